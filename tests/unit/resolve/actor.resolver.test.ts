import { describe, expect, it } from 'vitest';
import type { ActorType, ExtractedActor } from '../../../src/domain/extraction.js';
import { ActorResolver, resolveActors, type KnownActor } from '../../../src/ingest/resolve/actor.resolver.js';
import { stableActorId } from '../../../src/ingest/resolve/actor.identity.js';

let n = 0;
function actor(name: string, type: ActorType, aliases: string[] = [], title: string | null = null): ExtractedActor {
  return { key: `a${n++}`, name, type, aliases, title, count: null, mentions: [] };
}
function known(name: string, type: ActorType, aliases: string[] = [], title: string | null = null): KnownActor {
  return { id: stableActorId(name, type), name, type, aliases, title };
}

describe('actor resolver', () => {
  it('merges transliteration variants of a person name and says why', () => {
    const r = resolveActors([known('Oleksandr Syrskyi', 'PERSON')], [actor('Oleksandr Syrsky', 'PERSON'), actor('Syrskiy', 'PERSON')]);
    expect(r.decisions.map((d) => d.action)).toEqual(['matched', 'matched']);
    expect(r.decisions[0]!.reason).toMatch(/transliteration variant: syrsky ~ syrskyi \(jaro-winkler 0\.9\d\)/);
    expect(r.decisions[1]!.reason).toMatch(/short name: surname of Oleksandr Syrskyi/);
  });

  it('resolves curated spellings of a leader to one actor', () => {
    const r = resolveActors([known('Volodymyr Zelenskyy', 'PERSON')], [actor('Zelenskiy', 'PERSON'), actor('President Zelensky', 'PERSON')]);
    expect(r.decisions.every((d) => d.id === stableActorId('Volodymyr Zelenskyy', 'PERSON'))).toBe(true);
  });

  it('keeps two people with the same surname apart when their given names differ', () => {
    const r = resolveActors([known('Hunter Biden', 'PERSON')], [actor('Jill Biden', 'PERSON')]);
    expect(r.decisions[0]!.action).toBe('created');
  });

  it('does not merge a surname-only mention that fits two known people, unless the title decides', () => {
    const base = [known('Maria Okafor', 'PERSON', [], 'Senator'), known('James Okafor', 'PERSON', [], 'Governor')];
    expect(resolveActors(base, [actor('Okafor', 'PERSON')]).decisions[0]!.reason).toMatch(/ambiguous between/);
    const titled = resolveActors(base, [actor('Okafor', 'PERSON', [], 'Governor')]).decisions[0]!;
    expect(titled.name).toBe('James Okafor');
  });

  it('never merges across incompatible types (a person is not a state or an organisation)', () => {
    const base = [known('Jordan', 'STATE'), known('Ford Motor Company', 'ORGANIZATION')];
    for (const incoming of [actor('Jordan', 'PERSON'), actor('Ford', 'PERSON'), actor('Ford', 'STATE')]) {
      expect(resolveActors(base, [incoming]).decisions[0]!.action).toBe('created');
    }
  });

  it('resolves the US, Washington and the administration named after its president to the United States state', () => {
    const r = resolveActors([known('United States', 'STATE')], [
      actor('the US', 'STATE'),
      actor('Washington', 'STATE'),
      actor('the Trump administration', 'ORGANIZATION'),
      actor('US government', 'ORGANIZATION'),
    ]);
    const us = stableActorId('United States', 'STATE');
    expect(r.decisions.map((d) => d.id)).toEqual([us, us, us, us]);
    expect(r.decisions[1]!.reason).toBe("alias of United States: 'Washington' is its capital/seat of government");
    expect(r.decisions[2]!.type).toBe('STATE');
  });

  it('keeps the White House its own actor, PART_OF the United States', () => {
    const r = resolveActors([known('United States', 'STATE')], [actor('the White House', 'ORGANIZATION')]);
    const d = r.decisions[0]!;
    expect(d.action).toBe('created');
    expect(d.id).toBe('org:white-house');
    expect(d.relations).toEqual([expect.objectContaining({ type: 'PART_OF', to: stableActorId('United States', 'STATE') })]);
  });

  it('matches outlets by name, acronym and web domain', () => {
    const r = resolveActors([known('Financial Times', 'MEDIA')], [actor('FT', 'MEDIA'), actor('ft.com', 'MEDIA'), actor('the Financial Times', 'ORGANIZATION')]);
    expect(r.decisions.map((d) => d.action)).toEqual(['matched', 'matched', 'matched']);
    expect(r.decisions[1]!.reason).toBe('outlet domain ft.com');
  });

  it('recognises an uncurated outlet from its domain and acronym', () => {
    const r = resolveActors([known('The Kyiv Independent', 'MEDIA')], [actor('kyivindependent.com', 'MEDIA'), actor('KI', 'MEDIA')]);
    expect(r.decisions[0]!.reason).toBe('outlet domain kyivindependent.com');
    expect(r.decisions[1]!.reason).toBe('acronym: KI = The Kyiv Independent');
  });

  it('learns names across articles: a later article finds the actor by an alias an earlier one used', () => {
    const resolver = new ActorResolver();
    const first = resolver.resolve([actor('Marta Kos', 'PERSON', ['Commissioner Kos'])]);
    const second = resolver.resolve([actor('Kos', 'PERSON')]);
    expect(first.decisions[0]!.action).toBe('created');
    expect(second.decisions[0]!.id).toBe(first.decisions[0]!.id);
  });

  it('keeps anonymous sources apart between articles', () => {
    const resolver = new ActorResolver();
    const a = resolver.resolve([actor('a senior official', 'ANONYMOUS_SOURCE')], 'article-1');
    const b = resolver.resolve([actor('a senior official', 'ANONYMOUS_SOURCE')], 'article-2');
    expect(a.decisions[0]!.id).not.toBe(b.decisions[0]!.id);
  });

  it('is deterministic and gives stable ids from the canonical name', () => {
    const input = [actor('Zelensky', 'PERSON'), actor('the U.S.', 'STATE'), actor('Acme Steel Inc', 'ORGANIZATION')];
    expect(resolveActors([], input)).toEqual(resolveActors([], input));
    expect(stableActorId('the U.S.', 'STATE')).toBe('state:united-states');
    expect(stableActorId('President Emmanuel Macron', 'PERSON')).toBe(stableActorId('Emmanuel Macron', 'PERSON'));
  });
});

describe('person names', () => {
  it('ignores middle initials and generational suffixes', () => {
    const r = resolveActors([known('Robert Mueller', 'PERSON')], [actor('Robert S. Mueller III', 'PERSON')]);
    expect(r.decisions[0]!.action).toBe('matched');
    expect(stableActorId('Vladimir V. Putin', 'PERSON')).toBe(stableActorId('Vladimir Putin', 'PERSON'));
    expect(stableActorId('Robert S. Mueller III', 'PERSON')).toBe(stableActorId('Robert Mueller', 'PERSON'));
  });
});

describe('names written with other spacing', () => {
  it('treats hyphenated and spaced given names as one person', () => {
    expect(resolveActors([known('Kim Jong Un', 'PERSON')], [actor('Kim Jong-un', 'PERSON')]).decisions[0]!.action).toBe('matched');
    expect(resolveActors([known('Kim Jong Un', 'PERSON')], [actor('Kim Jongun', 'PERSON')]).decisions[0]!.reason).toMatch(/hyphenated differently/);
    expect(resolveActors([known('Moon Jae-in', 'PERSON')], [actor('Moon Jae-won', 'PERSON')]).decisions[0]!.action).toBe('created');
  });
});

describe('duplicates already in the graph', () => {
  it('picks one of two copies of the same actor instead of creating a third', () => {
    const copies: KnownActor[] = [
      { id: 'act_b', name: 'Financial Times', type: 'MEDIA', aliases: [] },
      { id: 'act_a', name: 'Financial Times', type: 'MEDIA', aliases: ['FT'] },
    ];
    const d = resolveActors(copies, [actor('FT', 'MEDIA')]).decisions[0]!;
    expect(d.action).toBe('matched');
    expect(d.id).toBe('act_a');
  });
});

describe('family names', () => {
  it('does not take a relative for the curated leader because the article calls her by the surname', () => {
    const r = resolveActors([known('Donald Trump', 'PERSON')], [actor('Ivanka Trump', 'PERSON', ['Trump', 'Ms. Trump'])]);
    expect(r.decisions[0]!.action).toBe('created');
  });
});

describe('groups', () => {
  it('matches a group named after its state in different words, not a group of another state', () => {
    const base = [known('American allies', 'GROUP')];
    const same = resolveActors(base, [actor('US allies', 'GROUP')]).decisions[0]!;
    expect(same.action).toBe('matched');
    expect(same.reason).toBe("same group: 'US allies' ~ 'American allies'");
    expect(resolveActors(base, [actor('Russian allies', 'GROUP')]).decisions[0]!.action).toBe('created');
    expect(resolveActors(base, [actor('American officials', 'GROUP')]).decisions[0]!.action).toBe('created');
  });
});

describe('groups named by a description', () => {
  it('are one group within an article and never merged across articles', () => {
    const resolver = new ActorResolver([]);
    const first = resolver.resolve([actor('migrant caravan', 'GROUP')], 'article-1').decisions[0]!;
    const second = resolver.resolve([actor('migrant caravan', 'GROUP')], 'article-2').decisions[0]!;
    expect(first.action).toBe('created');
    expect(second.action).toBe('created');
    expect(second.id).not.toBe(first.id);
    expect(second.reason).toMatch(/description are not merged across articles/);
  });

  it('do not stop named groups from merging', () => {
    const resolver = new ActorResolver([]);
    const first = resolver.resolve([actor('Ukrainian officials', 'GROUP')], 'article-1').decisions[0]!;
    const second = resolver.resolve([actor('Ukrainian officials', 'GROUP')], 'article-2').decisions[0]!;
    expect(second.id).toBe(first.id);
  });
});
