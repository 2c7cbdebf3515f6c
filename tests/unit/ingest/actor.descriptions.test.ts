import { describe, expect, it } from 'vitest';
import { actorNamed, extractText } from './helpers.js';

const mentionsOf = (x: ReturnType<typeof extractText>, name: string): string[] => actorNamed(x, name)!.mentions.map((m) => m.text);

describe('descriptions of actors the article already named', () => {
  it('gives "the president" to the most mentioned president, and says why', () => {
    const x = extractText('President Ana Costa met President Luis Pardo. Costa said talks went well, and Costa thanked him. The president then left.');
    expect(mentionsOf(x, 'Ana Costa')).toContain('The president');
    expect(mentionsOf(x, 'Luis Pardo')).not.toContain('The president');
    const why = x.diagnostics.find((d) => d.code === 'DESCRIPTION_RESOLVED');
    expect(why?.message).toMatch(/most mentioned president/);
  });

  it('leaves "the president" unresolved when two presidents are equally salient', () => {
    const x = extractText('President Ana Costa met President Luis Pardo. The president left.');
    expect(x.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('The president');
  });

  it('uses the state a description names to choose the leader', () => {
    const x = extractText('Israeli Prime Minister Dan Levi met French President Paul Girard. Girard spoke twice, and Girard smiled. The Israeli leader said little.');
    expect(mentionsOf(x, 'Dan Levi')).toContain('The Israeli leader');
  });

  it('does not give a vice president the title "president"', () => {
    const x = extractText('Vice President Ana Costa spoke. The president was away.');
    expect(mentionsOf(x, 'Ana Costa')).not.toContain('The president');
  });

  it('keeps the title before a name as a mention, but not as an alias', () => {
    const x = extractText('Japanese Prime Minister Kenji Sato arrived on Monday.');
    const sato = actorNamed(x, 'Kenji Sato')!;
    expect(sato.mentions.map((m) => m.text)).toContain('Japanese Prime Minister');
    expect(sato.aliases).not.toContain('Japanese Prime Minister');
  });

  it('reads "the administration" as the state of the most mentioned head of state', () => {
    const x = extractText('President Donald Trump met farmers. Trump said the administration would help them.');
    expect(mentionsOf(x, 'United States')).toContain('the administration');
  });

  it('reads a plural demonym as its state', () => {
    const x = extractText('The Russians denied any role, while Iranians protested.');
    expect(mentionsOf(x, 'Russia')).toContain('The Russians');
    expect(mentionsOf(x, 'Iran')).toContain('Iranians');
  });
});

describe('names that look like other words', () => {
  it('reads May as a surname after a first name, title or honorific, not as the month', () => {
    const x = extractText('Theresa May flew out on May 3. Mrs. May spoke in May. Later May said the talks went well.');
    expect(mentionsOf(x, 'Theresa May')).toEqual(['Theresa May', 'May', 'May']);
  });

  it('keeps a hyphenated lower-case part of a name', () => {
    const x = extractText('President Moon Jae-in of South Korea spoke.');
    expect(actorNamed(x, 'Moon Jae-in')?.type).toBe('PERSON');
  });

  it('types a committee name with "and" in it as an organisation', () => {
    const x = extractText('The House Ways and Means Committee met on Tuesday.');
    expect(actorNamed(x, /Ways and Means Committee/)?.type).toBe('ORGANIZATION');
  });

  it('mentions a person named inside an appositive', () => {
    const x = extractText('Mike Pompeo, Donald Trump\'s pick for the post, testified.');
    expect(mentionsOf(x, 'Donald Trump')).toContain('Donald Trump');
  });

  it('knows the party committees and E.U. as names', () => {
    const x = extractText('The DNC sued WikiLeaks, and the E.U. watched.');
    expect(actorNamed(x, 'Democratic National Committee')?.type).toBe('ORGANIZATION');
    expect(actorNamed(x, 'WikiLeaks')?.type).toBe('ORGANIZATION');
    expect(mentionsOf(x, 'European Union')).toContain('E.U.');
  });
});

describe('descriptions of two actors and of "the country"', () => {
  it('makes "the two countries" a group of the two most mentioned states, affiliated with both', () => {
    const x = extractText('China and Japan met in Beijing. China wants a deal and Japan wants time. China spoke first. Later the two countries signed a memorandum.');
    const pair = x.actors.find((a) => a.type === 'GROUP' && a.mentions.some((m) => m.text === 'the two countries'));
    expect(pair?.name).toBe('China and Japan');
    const affiliated = x.actorRelations.filter((r) => r.from === pair!.key && r.type === 'AFFILIATED_WITH').map((r) => r.to);
    expect(affiliated.sort()).toEqual(['state:CHN', 'state:JPN']);
  });

  it('leaves "the two countries" alone when the second and third states tie', () => {
    const x = extractText('China, Japan and Peru met. The two countries signed.');
    expect(x.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('The two countries');
  });

  it('gives "the country" to the most mentioned state, only when one leads', () => {
    const led = extractText('Peru voted on Sunday. Peru and Chile trade copper. The country expects growth.');
    expect(mentionsOf(led, 'Peru')).toContain('The country');
    const tie = extractText('Peru and Chile trade copper. The country expects growth.');
    expect(tie.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('The country');
  });
});

describe('an organisation named again by its head noun', () => {
  it('gives "the committee" to the one organisation named "... Committee", and says why', () => {
    const x = extractText('The Harbour Oversight Committee met on Monday. The committee said the port must close.');
    const committee = x.actors.find((a) => a.type === 'ORGANIZATION' && /Committee$/.test(a.name));
    expect(committee?.mentions.map((m) => m.text)).toContain('The committee');
    expect(x.diagnostics.some((d) => d.code === 'DESCRIPTION_RESOLVED' && /only organisation/.test(d.message))).toBe(true);
  });

  it('leaves "the committee" alone when no organisation ends so, or when it is part of a longer noun', () => {
    const x = extractText('The Harbour Oversight Committee met on Monday. The committee chairman left. The party said nothing.');
    expect(x.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('The committee');
    expect(x.actors.flatMap((a) => a.mentions).map((m) => m.text)).not.toContain('The party');
  });
});
