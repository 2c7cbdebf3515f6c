import { describe, expect, it } from 'vitest';
import { actorNamed, claimMatching, claimText, extractText } from './helpers.js';

describe('claims', () => {
  it('strips attribution and cue from the proposition', () => {
    const x = extractText('Mexico has told Canada that new tariffs depend on Ottawa first accepting stricter border checks, according to Bloomberg.');
    const claim = claimMatching(x, /tariffs/)!;
    expect(claim.text).toBe('new tariffs depend on Ottawa first accepting stricter border checks');
    expect(claim.about).toEqual(expect.arrayContaining([actorNamed(x, 'Canada')!.key]));
  });

  it('marks hedged propositions', () => {
    const x = extractText('The Swiss government said the reform could raise prices. The Swiss government said the reform raises wages.');
    expect(claimMatching(x, /could raise prices/)?.modality).toBe('HEDGED');
    expect(claimMatching(x, /raises wages/)?.modality).toBe('ASSERTED');
  });

  it('collects places named in a claim', () => {
    const x = extractText('Foreign Minister Lena Berg said talks in Geneva would resume in March.');
    expect(claimMatching(x, /talks in Geneva/)?.places).toContain('Geneva');
  });

  it('replaces resolved pronouns with the names they stand for', () => {
    const x = extractText('The Kremlin rejected claims that it was supplying weapons to the rebels.');
    expect(claimMatching(x, /supplying weapons/)?.text).toBe('Russia is supplying weapons to the rebels');
  });
});

describe('stances', () => {
  it('types a condition as CONDITIONAL with the condition as its own claim', () => {
    const x = extractText('Japan said any new investment would be conditional on Seoul lifting its export curbs.');
    const japan = actorNamed(x, 'Japan')!;
    const stance = x.stances.find((s) => s.actor === japan.key && s.polarity === 'CONDITIONAL')!;
    expect(stance.cue.text).toBe('conditional on');
    expect(claimText(x, stance.condition)).toMatch(/^Seoul lifting/);
    expect(x.claimRelations).toContainEqual({ from: (stance.target as { claim: string }).claim, to: stance.condition, type: 'CONDITIONED_ON' });
  });

  it('reads "only if" in a narrated sentence as the subject’s condition', () => {
    const x = extractText('Norway will release the funds only if the court approves the contract.');
    const stance = x.stances.find((s) => s.actor === actorNamed(x, 'Norway')!.key)!;
    expect(stance.polarity).toBe('CONDITIONAL');
    expect(claimText(x, stance.condition)).toBe('the court approves the contract');
  });

  it('types denials as OPPOSE and links "the reports were false" to the denied claim', () => {
    const x = extractText(
      'Turkey rejected claims that it was blocking grain ships. Omer Kaya, the Turkish foreign ministry spokesman, said the reports were "completely false," insisting the ports were open.',
    );
    const claim = claimMatching(x, /blocking grain ships/)!;
    expect(claim.text).toBe('Turkey is blocking grain ships');
    const turkey = actorNamed(x, 'Turkey')!;
    const kaya = actorNamed(x, 'Omer Kaya')!;
    expect(x.stances).toContainEqual(expect.objectContaining({ actor: turkey.key, polarity: 'OPPOSE', target: { kind: 'CLAIM', claim: claim.key } }));
    expect(x.stances).toContainEqual(expect.objectContaining({ actor: kaya.key, polarity: 'OPPOSE', target: { kind: 'CLAIM', claim: claim.key } }));
    const counter = claimMatching(x, /ports were open/)!;
    expect(x.claimRelations).toContainEqual({ from: counter.key, to: claim.key, type: 'DENIES' });
  });

  it('gives relaying outlets a NEUTRAL stance and builds the chain outermost first', () => {
    const x = extractText('India plans to cut fuel taxes, the Financial Times reported, citing two officials familiar with the plan.', 'Daily Ledger');
    const india = actorNamed(x, 'India');
    const officials = x.actors.find((a) => a.type === 'ANONYMOUS_SOURCE')!;
    expect(officials.count).toBe(2);
    const holder = x.stances.find((s) => s.actor === officials.key)!;
    const names = holder.chain.map((k) => x.actors.find((a) => a.key === k)!.name);
    expect(names).toEqual(['Daily Ledger', 'Financial Times', 'two officials familiar with the plan']);
    const ft = actorNamed(x, 'Financial Times')!;
    expect(x.stances.find((s) => s.actor === ft.key)?.polarity).toBe('NEUTRAL');
    expect(india?.type).toBe('STATE');
  });

  it('keeps the quoted words of a direct quote', () => {
    const x = extractText('“We will not accept these terms,” the Danish prime minister Mette Frederiksen said.');
    const mf = actorNamed(x, 'Mette Frederiksen')!;
    const stance = x.stances.find((s) => s.actor === mf.key)!;
    expect(stance.quote?.text).toMatch(/We will not accept these terms/);
    expect(stance.evidence.text).toContain('Mette Frederiksen said');
  });

  it('finds actor-to-actor stances', () => {
    const x = extractText('Argentina criticized Chile over the fishing quotas. Peru praised Bolivia for its restraint.');
    const arg = actorNamed(x, 'Argentina')!;
    expect(x.stances).toContainEqual(expect.objectContaining({ actor: arg.key, polarity: 'OPPOSE', target: { kind: 'ACTOR', actor: actorNamed(x, 'Chile')!.key } }));
    expect(x.stances).toContainEqual(expect.objectContaining({ actor: actorNamed(x, 'Peru')!.key, polarity: 'SUPPORT', target: { kind: 'ACTOR', actor: actorNamed(x, 'Bolivia')!.key } }));
  });

  it('keeps every confidence in [0, 1]', () => {
    const x = extractText('Officials in Rome said the deal might collapse. Italy insisted the talks were going well.');
    for (const s of x.stances) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('the extractor', () => {
  it('never extracts from excluded text', () => {
    const x = extractText('Spain said wages would rise.\nRelated News\nPortugal Says Taxes Will Fall\nEurope\n01/02/2025');
    expect(actorNamed(x, 'Portugal')).toBeUndefined();
    expect(claimMatching(x, /Taxes/i)).toBeUndefined();
  });
});

describe('claim relations', () => {
  it('marks a claim and its negation as contradicting', () => {
    const x = extractText('Chile said the border crossing is open to trucks. Peru said the border crossing is not open to trucks.');
    const yes = claimMatching(x, /^the border crossing is open/)!;
    const no = claimMatching(x, /is not open/)!;
    expect(x.claimRelations).toContainEqual({ from: no.key, to: yes.key, type: 'CONTRADICTS' });
  });
});

describe('an HTML article end to end', () => {
  it('finds the minister, the groups and the conditional position in the fixture', async () => {
    const { readFileSync } = await import('node:fs');
    const { extractArticle } = await import('../../../src/ingest/pipeline.js');
    const html = readFileSync(new URL('../../fixtures/article.html', import.meta.url), 'utf8');
    const x = extractArticle({ content: html });
    expect(x.article.outlet).toBe('Andes Daily');
    expect(actorNamed(x, 'Ana Soto')).toMatchObject({ type: 'PERSON', title: 'Foreign Minister' });
    const officials = actorNamed(x, 'Peruvian officials')!;
    const stance = x.stances.find((s) => s.actor === officials.key)!;
    expect(stance.polarity).toBe('CONDITIONAL');
    expect(claimText(x, stance.condition)).toBe('both parliaments ratify it');
    expect(stance.chain.map((k) => x.actors.find((a) => a.key === k)!.name)).toEqual(['Andes Daily', 'Peruvian officials']);
  });
});

describe('relayed conditions', () => {
  it('gives a condition an outlet relays to the content’s subject, with the outlet in the chain', () => {
    const x = extractText('Vietnam will lower its rice export tax only if the harvest recovers, Bloomberg reported.', 'Daily Ledger');
    const vietnam = actorNamed(x, 'Vietnam')!;
    const bloomberg = actorNamed(x, 'Bloomberg')!;
    const stance = x.stances.find((s) => s.actor === vietnam.key)!;
    expect(stance.polarity).toBe('CONDITIONAL');
    expect(claimText(x, stance.condition)).toBe('the harvest recovers');
    expect(stance.chain.map((k) => x.actors.find((a) => a.key === k)!.name)).toEqual(['Daily Ledger', 'Bloomberg', 'Vietnam']);
    expect(x.stances.find((s) => s.actor === bloomberg.key)?.polarity).toBe('NEUTRAL');
  });
});
