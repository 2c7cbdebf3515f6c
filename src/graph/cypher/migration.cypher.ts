/**
 * Builds of derived data run at start (migration.ts). A `Migration` node records each build: who
 * builds (`owner`), the last id done (`after`; null while leftovers of an earlier build are being
 * cleared) and a heartbeat (`at`) renewed by every batch.
 * The node's write lock is taken (SET, held to the commit) before its state is read, so two starts
 * cannot both take one build over.
 */

/** Claims the build: `mine` when this caller owns it (new, or taken over from a stale owner). */
export const CLAIM_MIGRATION = `
MERGE (m:Migration {name: $name})
  ON CREATE SET m.state = 'building', m.owner = $owner, m.at = datetime()
SET m.lock = true
REMOVE m.lock
WITH m, m.state = 'building' AND m.owner <> $owner AND m.at < datetime() - duration({seconds: $staleSeconds}) AS stale
SET m.owner = CASE WHEN stale THEN $owner ELSE m.owner END, m.at = CASE WHEN stale THEN datetime() ELSE m.at END
RETURN m.state AS state, m.owner = $owner AS mine, m.after AS after`;

/** Renews the heartbeat and moves the cursor; no row when the build is no longer the caller's. */
export const ADVANCE_MIGRATION = `
MATCH (m:Migration {name: $name})
SET m.lock = true
REMOVE m.lock
WITH m WHERE m.owner = $owner AND m.state = 'building'
SET m.at = datetime(), m.after = $after
RETURN m.after AS after`;

export const FINISH_MIGRATION = `
MATCH (m:Migration {name: $name, owner: $owner})
SET m.state = 'done', m.at = datetime()
RETURN m.state AS state`;
