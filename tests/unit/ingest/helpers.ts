import type { Extraction, ExtractedActor, ExtractedClaim, ExtractedStance } from '../../../src/domain/extraction.js';
import type { Span } from '../../../src/domain/span.js';
import { extractArticle } from '../../../src/ingest/pipeline.js';

/** Extracts a plain-text article from a few sentences, with an outlet so chains have a reporter. */
export function extractText(content: string, outlet = 'Reuters'): Extraction {
  return extractArticle({ content, format: 'text', outlet });
}

export function actorNamed(x: Extraction, name: string | RegExp): ExtractedActor | undefined {
  const is = (n: string): boolean => (typeof name === 'string' ? n === name : name.test(n));
  return x.actors.find((a) => is(a.name)) ?? x.actors.find((a) => a.aliases.some(is));
}

export function claimMatching(x: Extraction, re: RegExp): ExtractedClaim | undefined {
  return x.claims.find((c) => re.test(c.text));
}

export function stancesOf(x: Extraction, actorKey: string | undefined): ExtractedStance[] {
  return x.stances.filter((s) => s.actor === actorKey);
}

export function claimText(x: Extraction, key: string | null | undefined): string {
  return x.claims.find((c) => c.key === key)?.text ?? '';
}

// Loading the language model and gazetteers takes seconds under the test transform: pay it at
// import time, outside any single test's timeout.
extractText('Warm up.');

/** Every span an extraction holds, so property tests can check each is an exact slice of the text. */
export function allSpans(x: Extraction): Span[] {
  return [
    ...x.article.excluded,
    ...x.actors.flatMap((a) => a.mentions),
    ...x.claims.map((c) => c.span),
    ...x.attributions.flatMap((a) => [...a.source, ...a.cue, ...a.content]),
    ...x.stances.flatMap((s) => [s.cue, s.evidence, ...(s.quote ? [s.quote] : [])]),
    ...x.diagnostics.flatMap((d) => (d.span ? [d.span] : [])),
  ];
}
