import { createHash } from 'node:crypto';

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The caller's id, else a short hash of the url, else of the text: the same article gets the same id. */
export function articleId(explicit: string | undefined, url: string | null, text: string): string {
  if (explicit && explicit.trim()) return explicit.trim();
  return sha256(url ?? text).slice(0, 16);
}

/** Stable JSON: object keys sorted, so equal metadata hashes equally whatever its key order. */
function stable(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

/** sha256 over the text and its metadata. */
export function contentHash(text: string, metadata: unknown): string {
  return sha256(`${text}\u0000${stable(metadata)}`);
}
