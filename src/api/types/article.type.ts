import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ARTICLE_PROPERTIES, type ArticleProperty, type ArticleRecord } from '../../graph/repositories/article.repository.js';
import { neededProperties } from '../../graph/repositories/records.js';
import { Connection } from './connection.type.js';

@ObjectType('SourceLink', { description: 'A link the article gives as a source of its story.' })
export class SourceLinkType {
  @Field(() => String, { nullable: true })
  outlet!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  date!: string | null;
}

@ObjectType('Article', { description: 'A news article as ingested; every evidence span is a range into its text.' })
export class ArticleType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'markdown, text or html' })
  format!: string;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => Float, { nullable: true })
  sentimentScore!: number | null;

  @Field(() => String, { nullable: true })
  sentimentLabel!: string | null;

  @Field(() => [String], { nullable: true })
  tldr!: string[] | null;

  @Field(() => String, { nullable: true })
  dek!: string | null;

  @Field(() => String)
  contentHash!: string;

  @Field(() => [SourceLinkType])
  sources!: SourceLinkType[];

  outletId!: string | null;

  /** Maps a repository record to the GraphQL shape. */
  static from(record: ArticleRecord): ArticleType {
    return Object.assign(new ArticleType(), {
      ...record,
      publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
      sources: record.sourcesJson ? (JSON.parse(record.sourcesJson) as SourceLinkType[]) : [],
    });
  }
}

/** The record properties each field of Article is made from; the field resolvers (text, outlet, stances) need `id` and `outletId`. */
const SOURCES: Record<string, readonly ArticleProperty[]> = {
  id: [],
  url: ['url'],
  title: ['title'],
  format: ['format'],
  publishedAt: ['publishedAt'],
  category: ['category'],
  sentimentScore: ['sentimentScore'],
  sentimentLabel: ['sentimentLabel'],
  tldr: ['tldr'],
  dek: ['dek'],
  contentHash: ['contentHash'],
  sources: ['sourcesJson'],
  text: [],
  outlet: [],
  stances: [],
  __typename: [],
};

/** The article record properties needed to answer `fields` of Article, in record order (see neededProperties). */
export function articleProperties(fields: Iterable<string>): ArticleProperty[] {
  return neededProperties(fields, SOURCES, ARTICLE_PROPERTIES, ['id', 'outletId']);
}

export const ArticleConnection = Connection('Article', ArticleType);
