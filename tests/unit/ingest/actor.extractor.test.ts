import { describe, expect, it } from 'vitest';
import { actorNamed, extractText } from './helpers.js';

describe('actor extraction', () => {
  it('resolves capitals and short names to their state', () => {
    const x = extractText('Talks stalled.\nParis and Berlin disagree on the budget. The UK backed Paris, while Germany stayed silent.');
    const france = actorNamed(x, 'France')!;
    expect(france.type).toBe('STATE');
    expect(france.aliases).toContain('Paris');
    expect(actorNamed(x, 'Germany')!.aliases).toContain('Berlin');
    expect(actorNamed(x, 'United Kingdom')!.aliases).toContain('UK');
  });

  it('types agencies named by what they do as organisations, not people', () => {
    const x = extractText('Officers of the Harbour Patrol and the Coastal Protection said the port was closed. The Fisheries Enforcement agreed.');
    for (const name of [/Harbour Patrol$/, /Coastal Protection$/, /Fisheries Enforcement$/]) {
      expect(actorNamed(x, name)?.type, String(name)).toBe('ORGANIZATION');
    }
  });

  it('merges a titled full name and later surname mentions into one person', () => {
    const x = extractText('Prime Minister Jacinda Moreno met farmers on Tuesday. Moreno said the subsidy would continue.');
    const people = x.actors.filter((a) => a.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Jacinda Moreno', title: 'Prime Minister' });
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Jacinda Moreno', 'Prime Minister', 'Moreno']);
  });

  it('reads appositive roles as title and membership', () => {
    const x = extractText('Maria Lopez, a senior adviser at the European Commission, said the rules were final.');
    const maria = actorNamed(x, 'Maria Lopez')!;
    expect(maria.type).toBe('PERSON');
    expect(maria.title).toMatch(/adviser/);
    const commission = actorNamed(x, 'European Commission')!;
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: maria.key, to: commission.key, type: 'MEMBER_OF' }));
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: commission.key, type: 'PART_OF' }));
  });

  it('ties a state-prefixed title to the state', () => {
    const x = extractText('French Foreign Minister Jean Martin warned that sanctions would follow.');
    const jean = actorNamed(x, 'Jean Martin')!;
    expect(jean.title).toBe('Foreign Minister');
    expect(x.actorRelations).toContainEqual({ from: jean.key, to: actorNamed(x, 'France')!.key, type: 'AFFILIATED_WITH', role: 'Foreign Minister' });
  });

  it('reads a title set off before the name by commas, and later resolves the bare title to that person', () => {
    const x = extractText('Talks.\nThe Irish prime minister, Aoife Brennan, said the border would stay open. Later the prime minister flew home.');
    const aoife = actorNamed(x, 'Aoife Brennan')!;
    expect(aoife.type).toBe('PERSON');
    expect(aoife.title).toBe('prime minister');
    expect(aoife.mentions.map((m) => m.text)).toEqual(['Aoife Brennan', 'Irish prime minister', 'the prime minister']);
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: aoife.key, to: actorNamed(x, 'Ireland')!.key, type: 'AFFILIATED_WITH' }));
  });

  it('does not read a list after a title as a name', () => {
    const x = extractText('Talks.\nThe president, Congress and the courts disagreed about the budget.');
    expect(x.actors.filter((a) => a.type === 'PERSON')).toEqual([]);
  });

  it('knows well-known leaders with their title and state', () => {
    const x = extractText('Narendra Modi said India would host the summit.');
    const modi = actorNamed(x, 'Narendra Modi')!;
    expect(modi.title).toBe('Prime Minister');
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: modi.key, to: actorNamed(x, 'India')!.key }));
  });

  it('turns demonym phrases into groups affiliated to their states', () => {
    const x = extractText('Polish and Lithuanian diplomats criticised the plan. Japanese officials stayed quiet.');
    const both = actorNamed(x, 'Polish and Lithuanian diplomats')!;
    expect(both.type).toBe('GROUP');
    const targets = x.actorRelations.filter((r) => r.from === both.key && r.type === 'AFFILIATED_WITH').map((r) => r.to);
    expect(targets.sort()).toEqual([actorNamed(x, 'Lithuania')!.key, actorNamed(x, 'Poland')!.key].sort());
    expect(actorNamed(x, 'Japanese officials')!.type).toBe('GROUP');
  });

  it('finds anonymous sources with their count and affiliation', () => {
    const x = extractText(
      'Three people briefed on the negotiations said a deal was close. A senior Egyptian official said Cairo was ready. The official added that details remained open. Two of the people said the text was final.',
    );
    const three = x.actors.find((a) => a.type === 'ANONYMOUS_SOURCE' && a.count === 3)!;
    expect(three.name).toBe('Three people briefed on the negotiations');
    expect(three.mentions.map((m) => m.text)).toContain('Two of the people');
    const egyptian = x.actors.find((a) => a.type === 'ANONYMOUS_SOURCE' && a.count === 1)!;
    expect(egyptian.name).toBe('A senior Egyptian official');
    expect(egyptian.mentions.map((m) => m.text)).toContain('The official');
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: egyptian.key, to: actorNamed(x, 'Egypt')!.key, type: 'AFFILIATED_WITH' }));
  });

  it('resolves pronouns to the last compatible actor and leaves expletive "it" alone', () => {
    const x = extractText('Chancellor Klaus Weber visited Warsaw. He said Germany would send more aid. It was unclear when. Canada said it would join.');
    const weber = actorNamed(x, 'Klaus Weber')!;
    expect(weber.mentions.map((m) => m.text)).toContain('He');
    const canada = actorNamed(x, 'Canada')!;
    expect(canada.mentions.map((m) => m.text)).toContain('it');
    expect(x.actors.flatMap((a) => a.mentions).filter((m) => m.text === 'It')).toEqual([]);
  });

  it('treats seats of government as organisations that are part of their state', () => {
    const x = extractText('The Kremlin denied the report. Downing Street declined to comment.');
    const kremlin = actorNamed(x, 'Kremlin')!;
    expect(kremlin.type).toBe('ORGANIZATION');
    expect(x.actorRelations).toContainEqual({ from: kremlin.key, to: actorNamed(x, 'Russia')!.key, type: 'PART_OF', role: null });
    expect(x.actorRelations).toContainEqual(expect.objectContaining({ from: actorNamed(x, 'Downing Street')!.key, to: actorNamed(x, 'United Kingdom')!.key }));
  });

  it('makes the article outlet a MEDIA actor and finds outlets by short name', () => {
    const x = extractText('Ghana raised rates, Bloomberg reported.', 'The Guardian');
    expect(actorNamed(x, 'The Guardian')?.type).toBe('MEDIA');
    expect(actorNamed(x, 'Bloomberg')?.type).toBe('MEDIA');
  });

  it('takes a capital after "in" as a place, not an actor', () => {
    const x = extractText('Ministers met in Nairobi on Friday. Nairobi said it would respond.');
    const kenya = actorNamed(x, 'Kenya')!;
    expect(kenya.mentions.map((m) => m.start)).toEqual([x.article.text.lastIndexOf('Nairobi'), x.article.text.lastIndexOf('it')]);
  });

  it('ignores capitalised headline words', () => {
    const x = extractText('Markets Brace For Another Volatile Week\nInvestors in Tokyo sold shares.');
    expect(x.actors.filter((a) => a.type === 'PERSON')).toEqual([]);
  });
});

describe('references', () => {
  it('links "the president" to the one person titled president', () => {
    const x = extractText('President Ana Costa opened the session. Later the president said the vote would wait.');
    expect(actorNamed(x, 'Ana Costa')!.mentions.map((m) => m.text)).toContain('the president');
  });

  it('leaves pronouns inside quotations unresolved', () => {
    const x = extractText('Sweden said: "It is time to act, and they know it."');
    const sweden = actorNamed(x, 'Sweden')!;
    expect(sweden.mentions.map((m) => m.text)).toEqual(['Sweden']);
  });

  it('keeps a surname with the person the article introduced, not a listed leader', () => {
    const x = extractText('Press secretary Jay Carney spoke first. Carney said the bill was ready.');
    expect(actorNamed(x, 'Jay Carney')!.mentions.map((m) => m.text)).toEqual(['Jay Carney', 'Press secretary', 'Carney']);
    expect(actorNamed(x, 'Mark Carney')).toBeUndefined();
  });
});
