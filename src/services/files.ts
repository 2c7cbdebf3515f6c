import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFormat } from '../domain/article.js';
import { badInput } from '../errors.js';
import type { IngestOutcome, IngestService } from './ingest.service.js';

const FORMATS: Record<string, ArticleFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.html': 'html', '.htm': 'html' };

/** Lists the article files under the given files or folders (recursively), sorted for a stable order. */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw badInput(`no such file or folder: ${p}`);
    }
    if (info.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      const children = entries.filter((e) => e.isDirectory() || FORMATS[path.extname(e.name).toLowerCase()]).map((e) => path.join(p, e.name));
      out.push(...(await listArticleFiles(children.sort())));
    } else {
      out.push(p);
    }
  }
  return out;
}

export interface FileOutcome {
  file: string;
  outcome?: IngestOutcome;
  error?: string;
}

/** Ingests files one by one; a bad file is reported and skipped, the others still load. */
export async function ingestFiles(
  ingest: IngestService,
  files: string[],
  onProgress?: (done: number, total: number, result: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const results: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let result: FileOutcome;
    try {
      const content = await readFile(file, 'utf8');
      const format = FORMATS[path.extname(file).toLowerCase()];
      result = { file, outcome: await ingest.ingest({ content, ...(format ? { format } : {}) }) };
    } catch (error) {
      result = { file, error: (error as Error).message };
    }
    results.push(result);
    onProgress?.(i + 1, files.length, result);
  }
  return results;
}
