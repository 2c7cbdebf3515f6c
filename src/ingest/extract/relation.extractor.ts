import type { ClaimRelation } from '../../domain/extraction.js';
import type { ExtractionState, StageExtractor } from './context.js';
import { cueHas, DENIAL_STEMS } from './cue.lexicon.js';

function negationKey(text: string): { key: string; negated: boolean } {
  const lower = text.toLowerCase();
  const negated = /\b(not|n't|never|no longer)\b/.test(lower);
  return { key: lower.replace(/\b(not|never|no longer)\s+|n't\b/g, '').replace(/\s+/g, ' ').trim(), negated };
}

/**
 * Claim-to-claim relations the text states: a claim asserted alongside a denial DENIES the
 * denied claim ("said the reports were false, insisting ..."), and a claim that is another's
 * negation CONTRADICTS it. CONDITIONED_ON comes from the claim extractor.
 */
export const relationExtractor: StageExtractor = {
  name: 'claim-relations',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const relations: ClaimRelation[] = [...state.claimRelations];
    const has = new Set(relations.map((r) => `${r.from}|${r.to}|${r.type}`));
    const add = (r: ClaimRelation): void => {
      const id = `${r.from}|${r.to}|${r.type}`;
      if (r.from === r.to || has.has(id)) return;
      has.add(id);
      relations.push(r);
    };
    for (const denial of state.statements) {
      if (denial.polarity !== 'OPPOSE' || !(denial.origin === 'denial' || cueHas(denial.cue.text, DENIAL_STEMS))) continue;
      for (const other of state.statements) {
        if (other === denial || other.holder !== denial.holder || other.polarity === 'OPPOSE') continue;
        if (other.evidence.start !== denial.evidence.start) continue;
        add({ from: other.claim, to: denial.claim, type: 'DENIES' });
      }
    }
    const keyed = state.claims.map((c) => ({ claim: c, ...negationKey(c.text) }));
    for (const a of keyed) {
      for (const b of keyed) {
        if (a.claim.key < b.claim.key && a.key === b.key && a.negated !== b.negated) add({ from: b.claim.key, to: a.claim.key, type: 'CONTRADICTS' });
      }
    }
    return { claimRelations: relations };
  },
};
