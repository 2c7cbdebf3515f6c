import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RoleScorer } from '../../../src/ingest/extract/attribution/role.scorer.js';
import { PREV_LABELS, ROLE_TEMPLATES, roleFeatures, roleView } from '../../../src/ingest/extract/attribution/role.templates.js';
import { ruleAttributions } from '../../../src/ingest/extract/attribution/rules.js';
import { docContext, sentenceWindow, type RoleHint } from '../../../src/ingest/extract/attribution/tagger.features.js';
import { attributionTagger } from '../../../src/ingest/extract/attribution/tagger.js';
import { analyze } from '../../../src/ingest/extract/attribution/tokens.js';

const seeds = ['us-security-guarantees-donbas.clashreport.txt', 'us-security-guarantees-donbas.summary.md'].map((f) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8'));

describe('the cached role scorer', () => {
  it('gives every label the same score as the perceptron over the feature names, token by token', () => {
    const tagger = attributionTagger();
    expect(tagger).not.toBeNull();
    const scorer = new RoleScorer(tagger!.role);
    let compared = 0;
    for (const text of seeds) {
      const analysis = analyze(text);
      const ctx = docContext(text, analysis, ruleAttributions(analysis, text, new Set()));
      const doc = scorer.forDocument();
      // Rule cues and a few arbitrary tokens as cues, so hinted and unhinted cues are both covered.
      const cues: [number, number][] = [...ctx.hints.roles.keys()].map((k) => [k, k + 1]);
      for (let k = 5; k < ctx.tokens.length; k += 37) cues.push([k, k + 1]);
      for (const [c0, c1] of cues) {
        const hint: RoleHint | undefined = ctx.hints.roles.get(c0);
        const [lo, hi] = sentenceWindow(ctx.tokens, c0, tagger!.window);
        for (let i = lo; i < hi; i++) {
          if (i >= c0 && i < c1) continue;
          const prev1 = PREV_LABELS[i % PREV_LABELS.length]!;
          const prev2 = PREV_LABELS[(i * 7) % PREV_LABELS.length]!;
          const fast = doc.score(roleView(ctx, i, c0, c1, hint, prev1, prev2));
          const slow = tagger!.role.scores(roleFeatures(ctx, i, c0, c1, prev1, prev2));
          for (let y = 0; y < slow.length; y++) expect(fast[y]).toBeCloseTo(slow[y]!, 9);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    // Loading the model takes seconds on a busy machine.
  }, 30_000);

  it("gives each cached template's names distinct keys (per cue for 'cue-small', for good for 'small')", () => {
    const small = new Map<string, string>();
    const clashes: string[] = [];
    let checked = 0;
    for (const text of seeds) {
      const analysis = analyze(text);
      const ctx = docContext(text, analysis, ruleAttributions(analysis, text, new Set()));
      const cues: [number, number][] = [...ctx.hints.roles.keys()].map((k) => [k, k + 1]);
      for (let k = 3; k < ctx.tokens.length; k += 41) cues.push([k, k + 1]);
      for (const [c0, c1] of cues) {
        const perCue = new Map<string, string>();
        const [lo, hi] = sentenceWindow(ctx.tokens, c0, 1);
        for (let i = lo; i < hi; i++) {
          if (i >= c0 && i < c1) continue;
          const v = roleView(ctx, i, c0, c1, ctx.hints.roles.get(c0), PREV_LABELS[(i + c0) % PREV_LABELS.length]!, PREV_LABELS[i % PREV_LABELS.length]!);
          ROLE_TEMPLATES.forEach((t, k) => {
            if (!t.key) return;
            const seen = t.scope === 'small' ? small : perCue;
            const id = `${k}:${t.key(v)}`;
            const name = t.name(v);
            if ((seen.get(id) ?? name) !== name) clashes.push(`${seen.get(id)} / ${name}`);
            seen.set(id, name);
            checked++;
          });
        }
      }
    }
    expect(clashes).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
});
