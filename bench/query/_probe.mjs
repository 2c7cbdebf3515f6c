import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { printSchema } from 'graphql';
import { PEER_TYPEDEFS } from '/work/main/dist/bench/query/peer.typedefs.js';
const driver = neo4j.driver('bolt://127.0.0.1:7795', { scheme: 'none' });
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPEDEFS, driver }).getSchema();
const s = printSchema(schema).replace(/"""[\s\S]*?"""/g, '').replace(/.*@deprecated.*\n/g, '').replace(/\n\s*\n/g, '\n');
for (const t of process.argv.slice(2)) { const i = s.indexOf(t); console.log(s.slice(i, s.indexOf('}', i) + 1)); }
await driver.close();
