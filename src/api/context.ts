import type { Logger } from '../logger.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request state: services, fresh DataLoaders (so caching never leaks across requests), the caller. */
export interface Context {
  services: Services;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** True when the request carried the configured API key (or no key is configured). */
  canWrite: boolean;
}

export function createContext(services: Services, logger: Logger, requestId: string, canWrite: boolean): Context {
  return { services, loaders: createLoaders(services.repos), logger, requestId, canWrite };
}
