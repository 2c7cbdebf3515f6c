import type { Attribution } from '../../domain/extraction.js';
import { spanOf } from '../../domain/span.js';
import { sentenceAt } from './sentence.extractor.js';
import { attributedClaims } from './claims/attributed.claims.js';
import { ClaimBuilder } from './claims/claim.builder.js';
import { deniedClaim, deniedReport, narratedCondition, positionOn } from './claims/sentence.rules.js';
import type { ExtractionState, StageExtractor } from './context.js';

/**
 * Turns attributed contents and stance-bearing sentences into claims: one normalized
 * proposition per content part, a separate claim for each condition, and the statements
 * (holder, cue, evidence) that the stance extractor types. Headings state no claims.
 */
export const claimExtractor: StageExtractor = {
  name: 'claims',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const b = new ClaimBuilder(state);
    const bySentence = new Map<number, Attribution[]>();
    for (const a of state.attributions) {
      const s = sentenceAt(state.sentences, a.cue[0]!.start);
      if (s) bySentence.set(s.index, [...(bySentence.get(s.index) ?? []), a]);
    }
    for (const sentence of state.sentences) {
      if (sentence.heading) continue;
      const attributions = bySentence.get(sentence.index) ?? [];
      const view = { sentence, span: spanOf(state.text, sentence.start, sentence.end), attributed: false };
      const denialAt = deniedClaim(b, view);
      const before = b.statements.length;
      attributedClaims(b, sentence, attributions, denialAt);
      view.attributed = b.statements.length > before;
      deniedReport(b, view);
      if (denialAt === null) narratedCondition(b, view);
      positionOn(b, view);
    }
    return {
      claims: b.claims,
      claimRelations: b.relations,
      statements: b.statements,
      reportedClaims: b.reported,
      diagnostics: [...state.diagnostics, ...b.diagnostics, { level: 'info', code: 'CLAIMS', message: `${b.claims.length} claims, ${b.statements.length} statements` }],
    };
  },
};
