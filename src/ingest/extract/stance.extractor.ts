import type { Attribution, ExtractedActor, ExtractedStance, Polarity } from '../../domain/extraction.js';
import type { ExtractionState, StageExtractor, Statement } from './context.js';
import { cueHas, DENIAL_STEMS, RELAY_STEMS } from './cue.lexicon.js';

const NAMED = new Set(['PERSON', 'STATE', 'ORGANIZATION', 'MEDIA']);

function polarityOf(statement: Statement, holder: ExtractedActor | undefined): Polarity {
  if (statement.polarity) return statement.polarity;
  if (cueHas(statement.cue.text, DENIAL_STEMS)) return 'OPPOSE';
  if (holder?.type === 'MEDIA' && cueHas(statement.cue.text, RELAY_STEMS)) return 'NEUTRAL';
  return 'SUPPORT';
}

function confidenceOf(statement: Statement, holder: ExtractedActor | undefined, hedged: boolean): number {
  let c = statement.origin === 'attribution' ? 0.75 : statement.origin === 'denial' ? 0.8 : 0.6;
  if (holder && NAMED.has(holder.type)) c += 0.1;
  if (statement.quote) c += 0.05;
  if (hedged) c -= 0.15;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

/** The reporters an attribution comes through, outermost first: [Reuters, two officials]. */
function reporters(attribution: Attribution | undefined, byKey: Map<string, Attribution>): Array<{ actor: string | null; attribution: Attribution }> {
  const out: Array<{ actor: string | null; attribution: Attribution }> = [];
  const seen = new Set<string>();
  let a = attribution?.via ? byKey.get(attribution.via) : undefined;
  while (a && !seen.has(a.key)) {
    seen.add(a.key);
    out.unshift({ actor: a.sourceActor, attribution: a });
    a = a.via ? byKey.get(a.via) : undefined;
  }
  return out;
}

function chainOf(outlet: string | null, via: Array<string | null>, holder: string): string[] {
  const chain: string[] = [];
  for (const key of [outlet, ...via, holder]) if (key && chain[chain.length - 1] !== key) chain.push(key);
  return chain;
}

/**
 * Types each statement as a stance: polarity from the cue and content (conditional, denial,
 * relay, assertion), confidence from how it was found, and the chain of reporters from the
 * article's outlet to the holder. Outlets that relay a claim get a NEUTRAL stance of their own.
 */
export const stanceExtractor: StageExtractor = {
  name: 'stances',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const actors = new Map(state.actors.map((a) => [a.key, a] as const));
    const claims = new Map(state.claims.map((c) => [c.key, c] as const));
    const byKey = new Map(state.attributions.map((a) => [a.key, a] as const));
    const outletKey = state.actors.find((a) => a.type === 'MEDIA' && state.actorInfo[a.key]?.head === 'outlet')?.key ?? null;
    const stances: ExtractedStance[] = [];
    const seen = new Set<string>();
    const add = (s: Omit<ExtractedStance, 'key'>): void => {
      const id = `${s.actor}|${s.target.kind === 'CLAIM' ? s.target.claim : s.target.actor}|${s.polarity}`;
      if (seen.has(id)) return;
      seen.add(id);
      stances.push({ key: `stance:${stances.length + 1}`, ...s });
    };
    let unheld = 0;
    for (const st of state.statements) {
      if (!st.holder) {
        unheld++;
        continue;
      }
      const holder = actors.get(st.holder);
      const claim = claims.get(st.claim);
      const hedged = claim?.modality === 'HEDGED';
      const attribution = st.attribution ? byKey.get(st.attribution) : undefined;
      const chainVia = reporters(attribution, byKey);
      if (st.relayed && attribution) chainVia.push({ actor: attribution.sourceActor, attribution });
      const chain = chainOf(outletKey, chainVia.map((r) => r.actor), st.holder);
      add({
        actor: st.holder, target: { kind: 'CLAIM', claim: st.claim }, polarity: polarityOf(st, holder), cue: st.cue, evidence: st.evidence,
        quote: st.quote, confidence: confidenceOf(st, holder, hedged), modality: claim?.modality ?? 'ASSERTED', condition: st.condition, chain,
      });
      chainVia.forEach((r, i) => {
        if (!r.actor || actors.get(r.actor)?.type !== 'MEDIA') return;
        add({
          actor: r.actor, target: { kind: 'CLAIM', claim: st.claim }, polarity: 'NEUTRAL', cue: r.attribution.cue[0]!, evidence: st.evidence,
          quote: null, confidence: 0.7, modality: claim?.modality ?? 'ASSERTED', condition: null,
          chain: chainOf(outletKey, chainVia.slice(0, i).map((x) => x.actor), r.actor),
        });
      });
    }
    const diagnostics = [...state.diagnostics];
    if (unheld) diagnostics.push({ level: 'info' as const, code: 'STATEMENT_WITHOUT_HOLDER', message: `${unheld} statements have no resolvable holder` });
    return { stances: [...state.stances, ...stances], diagnostics };
  },
};
