import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../../src/domain/article.js';
import type { ActorType, Extraction, Polarity } from '../../src/domain/extraction.js';
import { spanOf } from '../../src/domain/span.js';

/**
 * Builds a hand-made Extraction over a real text: actors, claims and stances point at the
 * first occurrence of the given words, so every span is a true range into the text.
 */
export class StoryBuilder {
  private readonly extraction: Extraction;

  constructor(opts: { id: string; text: string; outlet?: string; publishedAt?: string; url?: string; title?: string }) {
    const article: ParsedArticle = {
      id: opts.id,
      url: opts.url ?? null,
      title: opts.title ?? opts.text.split('\n')[0]!.slice(0, 80),
      outlet: opts.outlet ?? null,
      publishedAt: opts.publishedAt ?? null,
      format: 'text',
      text: opts.text,
      metadata: {},
      sources: [],
      excluded: [],
      contentHash: createHash('sha256').update(opts.text).digest('hex'),
    };
    this.extraction = { article, actors: [], actorRelations: [], claims: [], claimRelations: [], attributions: [], stances: [], diagnostics: [] };
  }

  private span(words: string) {
    const start = this.extraction.article.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    return spanOf(this.extraction.article.text, start, start + words.length);
  }

  actor(key: string, name: string, type: ActorType, mention = name, extra: { aliases?: string[]; title?: string } = {}): this {
    this.extraction.actors.push({ key, name, type, aliases: extra.aliases ?? [], title: extra.title ?? null, count: null, mentions: [this.span(mention)] });
    return this;
  }

  claim(key: string, text: string, contentWords: string, about: string[] = []): this {
    this.extraction.claims.push({ key, text, span: this.span(contentWords), modality: 'ASSERTED', about, places: [] });
    return this;
  }

  stance(actor: string, target: { claim: string } | { actor: string }, polarity: Polarity, cue: string, sentence: string, extra: { chain?: string[]; condition?: string; quote?: string } = {}): this {
    this.extraction.stances.push({
      key: `st${this.extraction.stances.length}`,
      actor,
      target: 'claim' in target ? { kind: 'CLAIM', claim: target.claim } : { kind: 'ACTOR', actor: target.actor },
      polarity,
      cue: this.span(cue),
      evidence: this.span(sentence),
      quote: extra.quote ? this.span(extra.quote) : null,
      confidence: 0.9,
      modality: 'ASSERTED',
      condition: extra.condition ?? null,
      chain: extra.chain ?? [actor],
    });
    return this;
  }

  relation(type: 'CONDITIONED_ON' | 'DENIES' | 'CONTRADICTS', from: string, to: string): this {
    this.extraction.claimRelations.push({ type, from, to });
    return this;
  }

  member(from: string, to: string, type: 'MEMBER_OF' | 'PART_OF' | 'AFFILIATED_WITH', role: string | null = null): this {
    this.extraction.actorRelations.push({ from, to, type, role });
    return this;
  }

  build(): Extraction {
    return structuredClone(this.extraction);
  }
}
