import { AppError } from '../errors.js';
import type { Context } from './context.js';

/** Writes need the API key when one is configured. */
export function requireWrite(ctx: Context): void {
  if (!ctx.canWrite) {
    throw new AppError('UNAUTHENTICATED', 'this operation writes to the graph and needs the API key (Authorization: Bearer <key>)');
  }
}
