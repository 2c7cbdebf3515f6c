import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The repository's data/models directory, found from this file in src/ (tests) or dist/src/ (built). */
export function modelsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 7; i++) {
    const candidate = join(dir, 'data', 'models');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'data', 'models');
}

/** Reads data/models/<name>.json or <name>.json.gz; null when neither exists or it cannot be read. */
export function loadModelFile<T>(name: string): T | null {
  const base = join(modelsDir(), name);
  try {
    if (existsSync(`${base}.json.gz`)) return JSON.parse(gunzipSync(readFileSync(`${base}.json.gz`)).toString('utf8')) as T;
    if (existsSync(`${base}.json`)) return JSON.parse(readFileSync(`${base}.json`, 'utf8')) as T;
  } catch {
    // A damaged model file must not stop extraction: callers fall back to rules.
  }
  return null;
}
