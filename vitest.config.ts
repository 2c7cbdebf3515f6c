import { defineConfig } from 'vitest/config';

// type-graphql imports graphql through its CJS entry; without this alias the
// test process loads graphql twice and schema building fails across realms.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/reflect.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          setupFiles: ['tests/setup/reflect.ts'],
          // One real Neo4j for the run (embedded, or NEO4J_URI); files share it one at a time.
          globalSetup: ['tests/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
