import { pino, type Logger } from 'pino';

/** The process logger: JSON lines on stderr so stdout stays clean for CLI output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'claimgraph' } }, pino.destination(2));
}

export type { Logger };
