import type { Span } from '../../../domain/span.js';
import { ruleAttributions, toSpans, type TokenAttribution } from './rules.js';
import { attributionTagger } from './tagger.js';
import { docContext } from './tagger.features.js';
import { analyze, tokensOverlapping, type Token } from './tokens.js';
import { layoutAttributions } from './layout.js';
import { cueLexicon } from './lexicon.js';
import { withoutLaterQuotesOfOthers, withQuoteContinuations } from './continuation.js';
import { isRaising, withRaisedSubjects } from './raising.js';
import { withSharedSubjects } from './shared-subject.js';
import { withDanglingContentExtended } from './dangling.js';
import type { AttributionSpans } from './types.js';

/**
 * Which extractor runs: cue-verb rules, the trained tagger (which reads the rules' output as
 * features), or the tagger plus the rule attributions whose cue it missed.
 */
export type AttributionSystem = 'rules' | 'model' | 'combined';

/**
 * Finds attributions with the chosen system. The default is `model`: on PolNeAR dev it scores as
 * well as `combined` (each figure within a point, no better on average) with fewer false cues.
 * Without a model file, every system falls back to the rules.
 */
export function extractAttributions(text: string, excluded: readonly Span[], system: AttributionSystem = 'model'): AttributionSpans[] {
  const analysis = analyze(text);
  const excludedTokens = tokensOverlapping(analysis.tokens, excluded);
  const tagger = system === 'rules' ? null : attributionTagger();
  const rules = ruleAttributions(analysis, text, excludedTokens);
  let found: TokenAttribution[];
  if (!tagger) found = rules;
  else {
    // The tagger reads the rules' output as features.
    found = tagger.attributions(docContext(text, analysis, rules), excludedTokens);
    // "X reported, citing Y": PolNeAR's taggers learn little of this shape; the rule reads Y as the source.
    const citing = cueLexicon().citing;
    found = found.map((a) => (citing.has(analysis.tokens[a.cue[0]]!.lower) ? (rules.find((r) => r.cue[0] === a.cue[0]) ?? a) : a));
    if (system === 'combined') found = withUncovered(found, rules);
  }
  // A cue that is only a punctuation mark is a layout cue, which only the layout frames read ("Said Ellis:" has its verb).
  found = found.filter((a) => !isMark(analysis.tokens, a.cue));
  // Speaker labels and signed quotes: no verb marks them, so neither the rules nor the tagger finds them.
  found = withUncovered(found, layoutAttributions(analysis, text, excludedTokens));
  withSharedSubjects(analysis.tokens, found, (a) => isRaising(analysis.tokens, a.cue));
  withRaisedSubjects(analysis.tokens, found);
  withoutLaterQuotesOfOthers(found);
  withQuoteContinuations(analysis, text, found);
  withDanglingContentExtended(analysis.tokens, found);
  linkVia(analysis.tokens, found);
  return toSpans(text, analysis, found);
}

/** `found` plus the `extra` attributions whose cue no attribution of `found` covers, in cue order. */
function withUncovered(found: readonly TokenAttribution[], extra: readonly TokenAttribution[]): TokenAttribution[] {
  const covered = new Set(found.flatMap((a) => range(a.cue)));
  const added = extra.filter((r) => !range(r.cue).some((i) => covered.has(i)));
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.cue[0] - b.cue[0]);
}

function isMark(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  return tokens.slice(a, b).every((t) => /^\p{P}+$/u.test(t.text));
}

function range([a, b]: [number, number]): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

/**
 * "X reported, citing Y": Y's attribution is reported through X's, the nearest cue before "citing"
 * in the sentence. Otherwise an attribution whose cue lies inside another's content is reported
 * through that one (the innermost). Linear in the text: contents are painted innermost-last onto
 * their tokens, so each cue looks up its enclosing content instead of scanning all of them.
 */
function linkVia(tokens: readonly Token[], found: TokenAttribution[]): void {
  const citing = cueLexicon().citing;
  const bySentence = new Map<number, TokenAttribution[]>();
  for (const a of [...found].sort((x, y) => x.cue[0] - y.cue[0])) {
    const s = tokens[a.cue[0]]!.sentence;
    const list = bySentence.get(s);
    if (list) list.push(a);
    else bySentence.set(s, [a]);
  }
  // Largest first; among equal sizes the earliest attribution last, so it wins as the scan over all did.
  const contents = found
    .flatMap((b, k) => b.content.map(([s, e]) => ({ b, k, s, e })))
    .sort((x, y) => y.e - y.s - (x.e - x.s) || y.k - x.k);
  const innermost = new Array<(typeof contents)[number] | undefined>(tokens.length);
  for (const c of contents) for (let i = c.s; i < c.e; i++) innermost[i] = c;
  for (const a of found) {
    if (a.viaCue !== null) continue;
    const cueTok = tokens[a.cue[0]]!;
    if (citing.has(cueTok.lower)) {
      const reporter = bySentence.get(cueTok.sentence)!.filter((b) => b !== a && b.cue[0] < a.cue[0]).pop();
      if (reporter) {
        a.viaCue = reporter.cue[0];
        continue;
      }
    }
    const painted = innermost[a.cue[0]];
    const encloses = (c: (typeof contents)[number]): boolean => c.b !== a && a.cue[0] >= c.s && a.cue[1] <= c.e;
    // The painted content is the innermost one at the cue's first token; when it is the cue's own or ends inside the cue, look at all.
    const best = painted && encloses(painted) ? painted : contents.filter(encloses).pop();
    if (best) a.viaCue = best.b.cue[0];
  }
}
