import { readFile, writeFile } from 'node:fs/promises';

/** Reads one JSON value per non-empty line; a bad line fails with its line number. */
export async function readJsonl<T>(path: string): Promise<T[]> {
  const raw = await readFile(path, 'utf8');
  const out: T[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as T);
    } catch (cause) {
      throw new Error(`${path}:${i + 1}: not valid JSON`, { cause });
    }
  });
  return out;
}

export async function writeJsonl(path: string, rows: readonly unknown[]): Promise<void> {
  await writeFile(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : ''), 'utf8');
}
