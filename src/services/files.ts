import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFormat } from '../domain/article.js';
import type { Extraction } from '../domain/extraction.js';
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

/**
 * Ingests files in order; a bad file is reported and skipped, the others still load. The next
 * files are read and extracted (on the extraction pool) while the current one is written.
 */
export async function ingestFiles(
  ingest: IngestService,
  files: string[],
  onProgress?: (done: number, total: number, result: FileOutcome) => void,
): Promise<FileOutcome[]> {
  type Extracted = { extraction: Extraction } | { error: string };
  const ahead: Promise<Extracted>[] = [];
  const startExtracting = (file: string): Promise<Extracted> =>
    readFile(file, 'utf8')
      .then((content) => {
        const format = FORMATS[path.extname(file).toLowerCase()];
        return ingest.extract({ content, ...(format ? { format } : {}) });
      })
      .then(
        (extraction) => ({ extraction }),
        (error: Error) => ({ error: error.message }),
      );
  const results: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    for (let k = ahead.length; k < Math.min(files.length, i + 1 + ingest.extractor.concurrency); k++) ahead.push(startExtracting(files[k]!));
    const extracted = await ahead[i]!;
    let result: FileOutcome;
    if ('error' in extracted) result = { file, error: extracted.error };
    else {
      try {
        result = { file, outcome: await ingest.store(extracted.extraction) };
      } catch (error) {
        result = { file, error: (error as Error).message };
      }
    }
    results.push(result);
    onProgress?.(i + 1, files.length, result);
  }
  return results;
}
