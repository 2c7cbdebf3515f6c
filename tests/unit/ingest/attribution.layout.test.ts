import { describe, expect, it } from 'vitest';
import { extractAttributions, findAttributions, type AttributionSpans } from '../../../src/ingest/extract/attribution/index.js';

const texts = (a: AttributionSpans): { source: string[]; cue: string[]; content: string[] } => ({
  source: a.source.map((s) => s.text),
  cue: a.cue.map((s) => s.text),
  content: a.content.map((s) => s.text),
});
const byCue = (found: AttributionSpans[], cue: string): AttributionSpans[] => found.filter((a) => a.cue[0]?.text === cue);

describe('attributions marked by layout', () => {
  it('reads a headline speaker label when the article names the speaker again', { timeout: 30_000 }, () => {
    const text = 'Lindqvist: Harbour Tax Will Not Pass This Year.\n\nThe finance minister, Eva Lindqvist, spoke to reporters on Monday. Lindqvist has opposed the tax since March.';
    const [a] = byCue(findAttributions(text), ':');
    expect(texts(a!)).toEqual({ source: ['Lindqvist'], cue: [':'], content: ['Harbour Tax Will Not Pass This Year'] });
  });

  it('reads transcript lines with capitalised speaker labels, each its own attribution', () => {
    const text =
      'The host pressed Governor Halvorsen on the budget.\n\n"MORALES: Will you sign the budget on Friday?\n\n"HALVORSEN: I will sign it if the schools get their money back.\n\n"MORALES: Thank you, governor.';
    const found = byCue(findAttributions(text), ':');
    expect(found.map((a) => texts(a).source[0])).toEqual(['MORALES', 'HALVORSEN', 'MORALES']);
    expect(found[1]!.content[0]!.text).toBe('I will sign it if the schools get their money back');
  });

  it('reads a quote signed with a dash on its own line', () => {
    const text = 'Readers wrote to us about the closure.\n“The library was the only quiet place in town. Now it is gone.” ― Marta Quiroga\n“We will fight the decision.” — Idris Bello.';
    const found = byCue(findAttributions(text, []), '―').concat(byCue(findAttributions(text, []), '—'));
    expect(found.map(texts)).toEqual([
      { source: ['Marta Quiroga'], cue: ['―'], content: ['“The library was the only quiet place in town. Now it is gone.”'] },
      { source: ['Idris Bello'], cue: ['—'], content: ['“We will fight the decision.”'] },
    ]);
  });

  it('does not read section labels, list items, numbers or one-off headline kickers as speakers', () => {
    const text = [
      'The Latest: Storm Reaches the Coast.',
      'Breaking News Roundup: Storm Reaches the Coast.',
      'Key players',
      'Norway: The government has promised more money for the coast guard.',
      'Q: Will the ferries run tomorrow?',
      'OSLO: 45 percent',
      'Correction: An earlier version misspelled a name.',
      'The government of Norway promised money. Oslo agreed.',
    ].join('\n');
    const lines = ['The Latest: Storm Reaches the Coast.', 'Breaking News Roundup: Storm Reaches the Coast.'];
    for (const line of lines) expect(byCue(findAttributions(`${line}\nThe storm reached the coast.`), ':')).toEqual([]);
    expect(byCue(findAttributions(text), ':')).toEqual([]);
  });

  it('finds the layout frames with the rules alone too, and never inside an excluded range', () => {
    const text = 'ANDERSEN: We will reopen the port next week.\nANDERSEN: The ferries will run again.';
    expect(byCue(extractAttributions(text, [], 'rules'), ':')).toHaveLength(2);
    const second = text.indexOf('\n') + 1;
    const found = byCue(findAttributions(text, [{ start: second, end: text.length, text: text.slice(second) }]), ':');
    expect(found.map((a) => a.source[0]!.start)).toEqual([0]);
  });
});
