import type { CypherExecutor } from '../executor.js';
import { WHO_SAID } from '../cypher/whosaid.cypher.js';
import { fulltextQuery } from './fulltext.js';
import type { ClaimRecord } from './records.js';
import { listedStances, listingParams, type ListedStance, type ListedStanceRow, type StanceListing } from './stance.repository.js';

export interface WhoSaidRecord {
  claim: ClaimRecord;
  score: number;
  stances: ListedStance[];
}

/** Stances kept per claim found. */
const PER_CLAIM = 50;
/** Several stances can point at one claim, so the stance index is asked for more hits than claims wanted. */
const STANCE_HITS_PER_CLAIM = 5;

/** "Who said ...?": full-text search over claim texts and stance evidence and quotes. */
export class WhoSaidRepository {
  constructor(private readonly db: CypherExecutor) {}

  /** The `first` best claims with up to 50 stances each, listed as `listing` asks (links, related records, properties). */
  async search(text: string, first: number, listing: StanceListing): Promise<WhoSaidRecord[]> {
    const query = fulltextQuery(text);
    const rows = await this.db.read<Omit<WhoSaidRecord, 'stances'> & { stances: ListedStanceRow[] }>(WHO_SAID, {
      // Quotes are matched through the stances that carry them, so a rejected stance's quote (which the
      // claim's quoteText keeps) never finds the claim: the claim index is asked about the text only.
      claimQuery: query.replace(/(^|\s)\+/g, '$1+text:'),
      stanceQuery: query,
      first,
      claimLimit: first,
      stanceLimit: first * STANCE_HITS_PER_CLAIM,
      perClaim: PER_CLAIM,
      ...listingParams(listing),
    });
    return rows.map((row) => ({ ...row, stances: listedStances(row.stances, listing) }));
  }
}
