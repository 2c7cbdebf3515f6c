import { badInput } from '../errors.js';

/** A keyset position: the sort key of the last row seen and its id (the tie-breaker). */
export interface Cursor {
  key: string | number | null;
  id: string;
}

/** Encodes a keyset cursor as opaque base64url JSON. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Decodes a cursor; a malformed one is the client's error. */
export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (raw === null || raw === undefined || raw === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && isSortKey(value[0]) && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a valid cursor: ${JSON.stringify(raw.slice(0, 40))}`);
}

const isSortKey = (v: unknown): v is Cursor['key'] => v === null || typeof v === 'string' || typeof v === 'number';

/** Items in a page when the client gives no `first`; the query cost limit counts lists with it too. */
export const DEFAULT_PAGE_SIZE = 20;

/** Checks a requested page size against the cap. */
export function pageSize(first: number | null | undefined, max: number, fallback = DEFAULT_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!isPageSize(n, max)) throw badInput(`"first" must be between 1 and ${max}, got ${n}`);
  return n;
}

/** Whether `first` is a page size pageSize accepts (absent: the default). */
export function isPageSize(first: number | null | undefined, max: number): boolean {
  const n = first ?? DEFAULT_PAGE_SIZE;
  return Number.isInteger(n) && n >= 1 && n <= max;
}

export interface Page<T> {
  items: T[];
  /** One cursor per item: continuing after item i starts at item i + 1. */
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Turns first+1 fetched rows into a page; `keyOf` gives the sort key the cursor must carry. */
export function toPage<T extends { id: string }>(rows: T[], first: number, keyOf: (row: T) => string | number | null): Page<T> {
  const items = rows.slice(0, first);
  const cursors = items.map((row) => encodeCursor({ key: keyOf(row), id: row.id }));
  return { items, cursors, hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null };
}
