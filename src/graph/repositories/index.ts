import type { CypherExecutor } from '../executor.js';
import { ActorRepository } from './actor.repository.js';
import { ArticleRepository } from './article.repository.js';
import { ClaimRepository } from './claim.repository.js';
import { ConflictRepository } from './conflict.repository.js';
import { CurationRepository } from './curation.repository.js';
import { GraphRepository } from './graph.repository.js';
import { IdentityRepository } from './identity.repository.js';
import { StanceRepository } from './stance.repository.js';
import { TimelineRepository } from './timeline.repository.js';
import { TraceRepository } from './trace.repository.js';
import { WhoSaidRepository } from './whosaid.repository.js';
import { WriteRepository } from './write.repository.js';

/** The repositories, created once per process around the one executor. */
export function createRepositories(db: CypherExecutor) {
  return {
    articles: new ArticleRepository(db),
    actors: new ActorRepository(db),
    claims: new ClaimRepository(db),
    stances: new StanceRepository(db),
    curation: new CurationRepository(db),
    identity: new IdentityRepository(db),
    writes: new WriteRepository(db),
    graph: new GraphRepository(db),
    traces: new TraceRepository(db),
    conflicts: new ConflictRepository(db),
    timelines: new TimelineRepository(db),
    whoSaid: new WhoSaidRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
