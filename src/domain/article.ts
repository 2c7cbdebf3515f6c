import type { Span } from './span.js';

export type ArticleFormat = 'markdown' | 'text' | 'html';

/** What a caller hands to ingestion: raw content plus optional metadata that overrides what parsing finds. */
export interface ArticleInput {
  content: string;
  format?: ArticleFormat;
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  metadata?: Record<string, unknown>;
}

/** A link the article gives as a source of its story (a "Sources" section, for instance). */
export interface SourceLink {
  outlet: string | null;
  title: string;
  url: string | null;
  date: string | null;
}

export interface ArticleMetadata {
  category?: string;
  sentimentScore?: number;
  sentimentLabel?: string;
  tldr?: string[];
  dek?: string;
  [key: string]: unknown;
}

/** An article after parsing: every span extracted later is a range into `text`. */
export interface ParsedArticle {
  /** Stable id: the caller's id, else derived from the url, else from the content. */
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  /** ISO 8601 date-time in UTC, or null when the article gives none. */
  publishedAt: string | null;
  format: ArticleFormat;
  text: string;
  metadata: ArticleMetadata;
  sources: SourceLink[];
  /** Ranges of `text` that are site boilerplate (related-news lists, navigation): never extracted from. */
  excluded: Span[];
  /** sha256 of `text` plus metadata: a changed article has a changed hash. */
  contentHash: string;
}
