import type { CypherExecutor } from '../executor.js';
import { ACTOR_TIMELINE } from '../cypher/timeline.cypher.js';
import type { StanceRecord } from './records.js';

export interface TimelineEntryRecord {
  stance: StanceRecord;
  targetId: string;
  /** Polarity of this actor's previous stance on the same target; null for the first. */
  previousPolarity: string | null;
  /** SUPPORT after OPPOSE or OPPOSE after SUPPORT on the same target (stances in between that are neither do not reset it). */
  reversal: boolean;
}

const MAX_ENTRIES = 1000;

/** An actor's positions over time and where they flipped. */
export class TimelineRepository {
  constructor(private readonly db: CypherExecutor) {}

  async forActor(actorId: string, claimId: string | null): Promise<TimelineEntryRecord[]> {
    const rows = await this.db.read<{ stance: StanceRecord; targetId: string }>(ACTOR_TIMELINE, { actorId, claimId, limit: MAX_ENTRIES });
    return markReversals(rows);
  }
}

/** Marks, in time order, where the actor's polarity on a target turned from SUPPORT to OPPOSE or back. */
export function markReversals(rows: { stance: StanceRecord; targetId: string }[]): TimelineEntryRecord[] {
  const previous = new Map<string, string>();
  const lastDecided = new Map<string, string>();
  return rows.map(({ stance, targetId }) => {
    const polarity = stance.polarity;
    const decided = lastDecided.get(targetId);
    const reversal = (polarity === 'SUPPORT' || polarity === 'OPPOSE') && decided !== undefined && decided !== polarity;
    const entry = { stance, targetId, previousPolarity: previous.get(targetId) ?? null, reversal };
    previous.set(targetId, polarity);
    if (polarity === 'SUPPORT' || polarity === 'OPPOSE') lastDecided.set(targetId, polarity);
    return entry;
  });
}
