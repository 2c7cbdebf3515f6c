import type { CypherExecutor } from '../executor.js';
import { AGREEMENT, CONFLICTS } from '../cypher/conflict.cypher.js';
import type { ClaimRecord, StanceRecord } from './records.js';

export type ConflictKind = 'OPPOSITE_STANCES' | 'DENIES' | 'CONTRADICTS';

export interface ConflictRecord {
  kind: ConflictKind;
  claim: ClaimRecord;
  relatedClaim: ClaimRecord | null;
  /** OPPOSITE_STANCES: SUPPORT/CONDITIONAL stances; DENIES/CONTRADICTS: stances on the claim. */
  sideA: StanceRecord[];
  /** OPPOSITE_STANCES: OPPOSE stances; DENIES/CONTRADICTS: stances on the related claim. */
  sideB: StanceRecord[];
}

export interface StancePairRecord {
  claim: ClaimRecord;
  a: StanceRecord;
  b: StanceRecord;
}

const PER_SIDE = 50;
const MAX_PAIRS = 500;

/** Where actors agree and where claims and stances collide. */
export class ConflictRepository {
  constructor(private readonly db: CypherExecutor) {}

  async conflicts(actorId: string | null, first: number): Promise<ConflictRecord[]> {
    return this.db.read<ConflictRecord>(CONFLICTS(actorId !== null), { actorId, first, perSide: PER_SIDE });
  }

  /** One pair per claim both actors took a stance on: each actor's latest stance there. */
  async agreement(actorA: string, actorB: string): Promise<StancePairRecord[]> {
    return this.db.read<StancePairRecord>(AGREEMENT, { actorA, actorB, limit: MAX_PAIRS });
  }
}
