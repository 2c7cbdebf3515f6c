import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printCurrentSchema, SCHEMA_FILE } from '../../../src/api/schema.emit.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema:emit` after changing them)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printCurrentSchema());
  });
});
