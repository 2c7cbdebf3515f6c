/** The closed set of error codes a client can act on. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_REVERSIBLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error that carries a code and optional details; `cause` keeps the original error. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

export const badInput = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('BAD_USER_INPUT', message, { details });

export const notFound = (what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} does not exist`, { details: { id } });

/**
 * A node this request read a moment ago was deleted before a later read of the same request (a
 * re-ingest or delete ran in between): NOT_FOUND, since a retry reads the graph as it is now.
 */
export const deletedWhileReading = (what: string, id: string, role?: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)}${role ? ` (${role})` : ''} was deleted while this request was reading it (a re-ingest, delete or merge ran at the same time); retry the query`, {
    details: { id },
  });

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
