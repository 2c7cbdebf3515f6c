import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../src/domain/article.js';
import type { Extraction, ExtractedActor, ExtractedClaim } from '../../../src/domain/extraction.js';
import { lookupKeys } from '../../../src/ingest/resolve/actor.keys.js';
import { resolveArticle } from '../../../src/ingest/resolve/article.resolver.js';
import { stableActorId } from '../../../src/ingest/resolve/actor.identity.js';

const span = { start: 0, end: 0, text: '' };
function extraction(actors: ExtractedActor[], claims: ExtractedClaim[], outlet: string | null = null): Extraction {
  const article: ParsedArticle = { id: 'art-2', url: null, title: '', outlet, publishedAt: null, format: 'text', text: '', metadata: {}, sources: [], excluded: [], contentHash: '' };
  return { article, actors, actorRelations: [], claims, claimRelations: [], attributions: [], stances: [], diagnostics: [] };
}
const actor = (key: string, name: string, type: ExtractedActor['type'], aliases: string[] = []): ExtractedActor => ({ key, name, type, aliases, title: null, count: null, mentions: [] });
const claim = (key: string, text: string, about: string[]): ExtractedClaim => ({ key, text, span, modality: 'ASSERTED', about, places: [] });

describe('article resolution', () => {
  it('binds actors and claims of a second article to what the first created', () => {
    const known = {
      actors: [{ id: stableActorId('United States', 'STATE'), name: 'United States', type: 'STATE' as const, aliases: ['US'] }],
      claims: [{ id: 'claim:first', text: 'US links security guarantees for Ukraine to a peace deal ceding Donbas', actors: [stableActorId('United States', 'STATE')] }],
    };
    const ex = extraction(
      [actor('a1', 'Washington', 'STATE'), actor('a2', 'Daily Planet', 'MEDIA'), actor('a3', 'Ukraine', 'STATE')],
      [
        claim('c1', 'Washington made security guarantees for Ukraine contingent on a peace deal in which Ukraine cedes the Donbas', ['a1', 'a3']),
        claim('c2', 'Ukraine rejects any withdrawal from its territory', ['a3']),
      ],
      'Daily Planet',
    );
    const r = resolveArticle(ex, known);
    expect(r.actors[0]).toMatchObject({ id: 'state:united-states', action: 'matched' });
    expect(r.claims[0]).toMatchObject({ id: 'claim:first', matchedText: known.claims[0]!.text });
    expect(r.claims[0]!.similarity).toBeGreaterThan(0.6);
    expect(r.claims[1]).toMatchObject({ similarity: 1, matchedText: null });
    expect(r.outletId).toBe(stableActorId('Daily Planet', 'MEDIA'));
    expect(r.createdActors.map((a) => a.name).sort()).toEqual(['Daily Planet', 'Ukraine']);
  });

  it('never resolves a claim and its condition to one claim, however many words they share', () => {
    const ex = extraction(
      [actor('a1', 'Ruritania', 'STATE')],
      [
        claim('c1', 'Ruritania offers loans only if Sylvania agrees to the border compromise demanded by Ruritania', ['a1']),
        claim('c2', 'Sylvania agrees to the border compromise demanded by Ruritania', ['a1']),
      ],
    );
    ex.claimRelations.push({ type: 'CONDITIONED_ON', from: 'c1', to: 'c2' });
    const r = resolveArticle(ex, { actors: [], claims: [] });
    expect(r.claims[0]!.id).not.toBe(r.claims[1]!.id);
    // Without the relation the two would have merged: the guard is what keeps them apart.
    const unrelated = resolveArticle({ ...ex, claimRelations: [] }, { actors: [], claims: [] });
    expect(unrelated.claims[0]!.id).toBe(unrelated.claims[1]!.id);
  });

  it('gives lookup keys that bring transliteration variants, acronyms and domains together', () => {
    const shared = (a: string[], b: string[]): string[] => a.filter((k) => b.includes(k));
    expect(shared(lookupKeys('Oleksandr Syrskyi', 'PERSON'), lookupKeys('Syrsky', 'PERSON'))).not.toEqual([]);
    expect(shared(lookupKeys('The Kyiv Independent', 'MEDIA'), lookupKeys('kyivindependent.com', 'MEDIA'))).not.toEqual([]);
    expect(shared(lookupKeys('Financial Times', 'MEDIA'), lookupKeys('FT', 'MEDIA'))).not.toEqual([]);
    expect(shared(lookupKeys('United States', 'STATE'), lookupKeys('the Trump administration', 'ORGANIZATION'))).toContain('ref:state:USA');
    expect(shared(lookupKeys('The Daily Planet', 'MEDIA'), lookupKeys('thedailyplanet.com', 'MEDIA'))).not.toEqual([]);
    expect(shared(lookupKeys('Acme Steel Inc', 'ORGANIZATION'), lookupKeys('Acme Steel', 'ORGANIZATION'))).not.toEqual([]);
    expect(shared(lookupKeys('Hunter Biden', 'PERSON'), lookupKeys('Jill Biden', 'PERSON'))).toEqual(['sound:PTN', 'surname:biden']);
  });
});
