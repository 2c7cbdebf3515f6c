import { describe, expect, it } from 'vitest';
import { ClaimMatcher, DEFAULT_CLAIM_THRESHOLD, claimSimilarity, matchClaim, stableClaimId } from '../../../src/ingest/resolve/claim.matcher.js';

const sim = (a: string, b: string): number => claimSimilarity({ text: a }, { text: b }).similarity;

describe('claim matcher', () => {
  const headline = 'US links security guarantees for Ukraine to a peace deal ceding Donbas';

  it('matches the same proposition in different words', () => {
    for (const paraphrase of [
      'The United States has made its security guarantees for Ukraine contingent on a peace deal that involves Ukraine ceding the Donbas region',
      'Washington signalled that future security guarantees would be conditional on Kyiv agreeing to a peace deal that involves withdrawing from the Donbass',
      'The Trump administration told Ukraine that US security guarantees depend on Kyiv agreeing to a peace deal that could include giving up the Donbas region',
    ]) {
      expect(sim(headline, paraphrase), paraphrase).toBeGreaterThanOrEqual(DEFAULT_CLAIM_THRESHOLD);
    }
  });

  it('keeps different propositions about the same actors apart', () => {
    expect(sim('Zelenskyy rejects ceding territory', 'the US conditions guarantees on ceding territory')).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(sim(headline, 'the White House denies pressuring Ukraine')).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(sim(headline, 'Russia demands that Ukraine withdraw from Donbas')).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(sim('The EU offers Ukraine electricity generators', 'The EU excluded from territorial talks on Ukraine')).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
  });

  it('keeps a condition apart from the claim that is conditioned on it', () => {
    expect(sim('a peace deal that involves Ukraine ceding the Donbas region to Russia', headline)).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
  });

  it('keeps different actions on the same thing apart, and matches the same action in other words', () => {
    const delay = 'Trump delays steel tariffs on the EU, Canada and Mexico by 30 days';
    expect(sim(delay, 'Trump imposes steel tariffs on the EU, Canada and Mexico')).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(sim(delay, 'The White House postponed tariffs on European Union, Canadian and Mexican steel for another month')).toBeGreaterThanOrEqual(DEFAULT_CLAIM_THRESHOLD);
  });

  it('scores a negated claim at most half as similar', () => {
    const s = claimSimilarity({ text: headline }, { text: 'The US does not link security guarantees for Ukraine to a peace deal ceding Donbas' });
    expect(s.polarityMismatch).toBe(true);
    expect(s.similarity).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
  });

  it('matches two denials worded differently', () => {
    expect(sim('the White House denies pressuring Ukraine to give up territory', 'The White House rejected claims it was pressuring Kyiv to surrender land')).toBeGreaterThanOrEqual(DEFAULT_CLAIM_THRESHOLD);
  });

  it('uses the actor ids and places a caller passes', () => {
    const a = { text: 'the country will hold a referendum on the peace plan', actors: ['state:ukraine'] };
    const b = { text: 'a referendum on the peace plan will be held', actors: ['state:ukraine'] };
    const c = { text: 'a referendum on the peace plan will be held', actors: ['state:moldova'] };
    expect(claimSimilarity(a, b).similarity).toBeGreaterThan(claimSimilarity(a, c).similarity);
    expect(claimSimilarity(a, b).shared).toContain('@state:ukraine');
  });

  it('returns the best known claim above the threshold, with its similarity, or null', () => {
    const matcher = new ClaimMatcher([
      { id: 'c1', text: 'Zelenskyy rejects ceding territory' },
      { id: 'c2', text: headline },
    ]);
    const m = matcher.match({ text: 'The United States made security guarantees for Ukraine contingent on it ceding Donbas in a peace deal' });
    expect(m?.id).toBe('c2');
    expect(m?.similarity).toBeGreaterThan(0.6);
    expect(matchClaim({ text: 'Tariffs on steel imports were delayed by 30 days' }, [{ id: 'c2', text: headline }])).toBeNull();
  });

  it('gives a stable id that ignores case, punctuation and spacing', () => {
    expect(stableClaimId('The US links  guarantees.')).toBe(stableClaimId('the us links guarantees'));
    expect(stableClaimId('a')).not.toBe(stableClaimId('b'));
    expect(stableClaimId('x')).toMatch(/^claim:[0-9a-f]{16}$/);
  });
});
