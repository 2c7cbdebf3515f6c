import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { PROJECT_ROOT } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/services.js';
import { createContext, type Context } from './context.js';

const STATIC_DIR = path.join(PROJECT_ROOT, 'web', 'dist');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  services: Services;
  logger: Logger;
  health: () => Promise<Record<string, unknown>>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** True when the request may write: no key configured, or the key given as bearer token or x-api-key. */
function canWrite(req: IncomingMessage, apiKey: string | null): boolean {
  if (apiKey === null) return true;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return bearer === apiKey || req.headers['x-api-key'] === apiKey;
}

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, requestId: string): Promise<void> {
  const { config } = deps.services;
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, config.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return graphqlError(res, 413, `request body exceeds ${config.maxBodyBytes} bytes`, 'BAD_REQUEST');
      throw error;
    }
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return graphqlError(res, 400, 'request body is not valid JSON', 'BAD_REQUEST');
      }
    } else {
      body = raw;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(deps.services, deps.logger.child({ requestId }), requestId, canWrite(req, config.apiKey)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.setHeader('x-request-id', requestId);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function serveStatic(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(STATIC_DIR, relative);
  if (!file.startsWith(STATIC_DIR)) return false;
  const target = existsSync(file) && statSync(file).isFile() ? file : path.join(STATIC_DIR, 'index.html');
  if (!existsSync(target)) return false;
  res.writeHead(200, { 'content-type': MIME[path.extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
  return true;
}

/** The HTTP front: /graphql (Apollo), /health, and the explorer's static files at /. */
export function createHttpServer(deps: HttpDeps): Server {
  return http.createServer((req, res) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (url.pathname === '/graphql') return handleGraphQL(req, res, deps, requestId);
      if (url.pathname === '/health') {
        const health = await deps.health();
        return sendJson(res, health.status === 'ok' ? 200 : 503, health);
      }
      if (req.method === 'GET' && serveStatic(req, res)) return;
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>claimgraph</title><p>claimgraph is running. GraphQL: <a href="/graphql">/graphql</a>, health: <a href="/health">/health</a>. The explorer is not built (npm run build:web).</p>');
        return;
      }
      sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
    };
    route().catch((error: unknown) => {
      deps.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}
