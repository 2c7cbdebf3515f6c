import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/pipeline.js';
import { actorNamed, extractText } from './helpers.js';

const mentionsOf = (x: ReturnType<typeof extractText>, name: string): string[] => actorNamed(x, name)!.mentions.map((m) => m.text);

describe('names used before the article names the person in full', () => {
  it('links a surname in the headline to the person the body names', () => {
    const x = extractArticle({ content: 'Costa wins a second term in the runoff\n\nPresident Ana Costa thanked her voters on Sunday.', format: 'text' });
    const costa = actorNamed(x, 'Ana Costa')!;
    expect(costa.mentions.map((m) => [m.text, m.start])).toContainEqual(['Costa', 0]);
  });

  it('links a surname earlier in the body, possessive included', () => {
    const x = extractText('Critics attacked Pardo’s budget on Monday. Luis Pardo defended it a day later.');
    expect(mentionsOf(x, 'Luis Pardo')).toEqual(['Pardo', 'Luis Pardo']);
  });

  it('leaves a known name inside a longer name alone', () => {
    const x = extractText('The Pardo Foundation gave money. Luis Pardo defended it a day later.');
    expect(mentionsOf(x, 'Luis Pardo')).toEqual(['Luis Pardo']);
  });

  it('does not take the month for Theresa May when it comes first', () => {
    const x = extractText('In May the talks stalled. Theresa May said so.');
    expect(mentionsOf(x, 'Theresa May')).toEqual(['Theresa May']);
  });
});

describe('a state by its compass word', () => {
  it('reads "the North" as the one state so named in the article, and not "the North Atlantic"', () => {
    const x = extractText('North Korea tested a missile. Sanctions on the North will stay. Ships crossed the North Atlantic.');
    expect(mentionsOf(x, 'North Korea')).toEqual(['North Korea', 'the North']);
  });

  it('leaves "the South" alone when two states could be meant', () => {
    const x = extractText('South Korea and South Sudan signed. The deal helps the South.');
    expect(x.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('the South');
  });
});
