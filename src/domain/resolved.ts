import type { ActorType, Extraction } from './extraction.js';

/** How an extracted actor was tied to a graph actor: kept on the link so a human can check it. */
export interface ActorBinding {
  /** Extraction-local key. */
  key: string;
  /** Graph id of the actor it resolved to. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  title: string | null;
  count: number | null;
  /** Why it is this actor ("new actor", "alias of ...", "transliteration variant ..."). */
  reason: string;
  score: number;
}

/** How an extracted claim was tied to a graph claim. */
export interface ClaimBinding {
  key: string;
  id: string;
  /** 1 for a new claim; the similarity to the matched claim otherwise. */
  similarity: number;
  matchedText: string | null;
}

/** An extraction with graph ids decided: what the writer stores, in one transaction. */
export interface ResolvedArticle {
  extraction: Extraction;
  actors: ActorBinding[];
  claims: ClaimBinding[];
  /** Graph id of the publishing outlet (a MEDIA actor), when known. */
  outletId: string | null;
}
