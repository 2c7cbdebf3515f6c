import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFormat, ArticleInput } from '../domain/article.js';
import { badInput } from '../errors.js';
import { extractAhead } from './extract.ahead.js';
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

/**
 * Ingests files in order; a bad file is reported and skipped, the others still load. The next
 * files are read and extracted (on the extraction pool) while the current one is written.
 */
export async function ingestFiles(
  ingest: IngestService,
  files: string[],
  onProgress?: (done: number, total: number, result: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const read = async (file: string): Promise<ArticleInput> => {
    const format = FORMATS[path.extname(file).toLowerCase()];
    return { content: await readFile(file, 'utf8'), ...(format ? { format } : {}) };
  };
  const results: FileOutcome[] = [];
  for await (const extracted of extractAhead(ingest, files, read)) {
    const file = extracted.item;
    let result: FileOutcome;
    if ('error' in extracted) result = { file, error: extracted.error.message };
    else {
      try {
        result = { file, outcome: await ingest.store(extracted.extraction) };
      } catch (error) {
        result = { file, error: (error as Error).message };
      }
    }
    results.push(result);
    onProgress?.(results.length, files.length, result);
  }
  return results;
}
