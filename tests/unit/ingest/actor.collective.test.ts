import { describe, expect, it } from 'vitest';
import { actorNamed, extractText } from './helpers.js';

const groups = (x: ReturnType<typeof extractText>): Record<string, string[]> =>
  Object.fromEntries(x.actors.filter((a) => a.type === 'GROUP').map((a) => [a.name, a.mentions.map((m) => m.text)]));

describe('groups named by what they are', () => {
  it('makes one group of every description with the same head noun', () => {
    const x = extractText('The migrants crossed the river at dawn. Police stopped the 300 migrants at the border. Most migrants said they would wait.');
    expect(groups(x)).toEqual({ migrants: ['The migrants', 'the 300 migrants', 'migrants', 'they'] });
  });

  it('keeps a modifier in the name and the determiner out of it', () => {
    const x = extractText('The migrant caravan reached Tijuana on Sunday. The caravan then split.');
    expect(actorNamed(x, 'migrant caravan')?.mentions.map((m) => m.text)).toEqual(['The migrant caravan', 'The caravan']);
  });

  it("leaves compounds, demonym groups and people's names to their own readings", () => {
    const x = extractText('The refugee camp was closed. Ukrainian officials met the protesters union. Supporters of Maria Lopez gathered.');
    const found = groups(x);
    expect(Object.keys(found)).not.toContain('refugee camp');
    expect(Object.keys(found)).not.toContain('protesters');
    expect(found['Ukrainian officials']).toEqual(['Ukrainian officials']);
    expect(actorNamed(x, 'Maria Lopez')?.type).toBe('PERSON');
  });
});

describe('groups named by what they are, with an indefinite article', () => {
  it('takes "a caravan" but not "a defendant"', () => {
    const x = extractText('A caravan left Honduras in May. The caravan grew. A defendant spoke, and the defendants appealed.');
    expect(groups(x)).toEqual({ caravan: ['caravan', 'The caravan'], defendants: ['the defendants'] });
  });
});
