import type { ArticleInput, ParsedArticle } from '../domain/article.js';
import type { Extraction, Extractor } from '../domain/extraction.js';
import type { ExtractionState, StageExtractor } from './extract/context.js';
import { EXTRACTORS } from './extract/index.js';
import { parseArticle } from './parse/index.js';

function initialState(article: ParsedArticle): ExtractionState {
  return {
    article, text: article.text, tokens: [], sentences: [], actors: [], actorInfo: {}, actorRelations: [], mentions: [], places: [],
    attributions: [], claims: [], claimRelations: [], stances: [], statements: [], diagnostics: [], reportedClaims: [],
  };
}

/**
 * Runs the extractors over a parsed article. An extractor that fails is reported as an error
 * diagnostic and skipped; the others still run, so one bad rule never loses the article.
 */
export function runExtractors(article: ParsedArticle, extractors: readonly StageExtractor[] = EXTRACTORS): Extraction {
  let state = initialState(article);
  for (const extractor of extractors) {
    try {
      state = { ...state, ...extractor.run(state) };
    } catch (error) {
      state = {
        ...state,
        diagnostics: [...state.diagnostics, { level: 'error', code: 'EXTRACTOR_FAILED', message: `${extractor.name}: ${(error as Error)?.message ?? String(error)}` }],
      };
    }
  }
  return {
    article,
    actors: state.actors,
    actorRelations: state.actorRelations,
    claims: state.claims,
    claimRelations: state.claimRelations,
    attributions: state.attributions,
    stances: state.stances,
    diagnostics: state.diagnostics,
  };
}

/** Parses and extracts one article; parse diagnostics come first. Never throws. */
export function extractArticle(input: ArticleInput): Extraction {
  const { article, diagnostics } = parseArticle(input);
  const extraction = runExtractors(article);
  return { ...extraction, diagnostics: [...diagnostics, ...extraction.diagnostics] };
}

/** The rule-based extractor behind the Extractor interface (a model-backed one can replace it). */
export class RuleExtractor implements Extractor {
  readonly name = 'rules';

  constructor(private readonly extractors: readonly StageExtractor[] = EXTRACTORS) {}

  extract(article: ParsedArticle): Extraction {
    return runExtractors(article, this.extractors);
  }
}
