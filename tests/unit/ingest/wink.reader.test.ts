import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/ingest/extract/attribution/tokens.js';
import { tokenize } from '../../../src/ingest/extract/nlp.js';

const TEXT = "Trump's plan was fine, the aides said. Trump's people agreed.";
/** wink learns "Trump's" as one word from this text and, left alone, stops splitting it everywhere. */
const TEACHER = "The Trump's-era rules and Trump's-style deals.";

describe('reading with wink-nlp', () => {
  it('tokenizes a text the same whatever was read before it', () => {
    const words = (): string[] => tokenize(TEXT).tokens.map((t) => t.text);
    const lemmas = (): string[] => analyze(TEXT).tokens.map((t) => `${t.text}/${t.lemma}/${t.pos}`);
    const before = [words(), lemmas()];
    expect(before[0]).toContain("'s");
    tokenize(TEACHER);
    analyze(TEACHER);
    expect([words(), lemmas()]).toEqual(before);
  });

  it('needs the reader: plain wink-nlp splits the word differently once it has read the teacher', () => {
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const words = (): string[] => nlp.readDoc(TEXT).tokens().out() as string[];
    const before = words();
    nlp.readDoc(TEACHER);
    expect(words()).not.toEqual(before);
  });
});
