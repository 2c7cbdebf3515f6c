import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { PROJECT_ROOT } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Services } from '../services/services.js';
import { createContext, type Context } from './context.js';
import { graphqlResponseStatus } from './plugins/status.codes.js';

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

/** Where the service is in its life: HTTP serves from the start, GraphQL only once `ready`. */
export interface ServiceState {
  phase: 'starting-database' | 'connecting' | 'applying-schema' | 'seeding' | 'ready' | 'stopping';
  /** Failed attempts to reach the database so far. */
  attempts: number;
  lastError: string | null;
}

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  services: Services;
  logger: Logger;
  health: () => Promise<Record<string, unknown>>;
  /** Defaults to ready (tests and tools that build the server by hand). */
  state?: ServiceState;
  metrics?: Metrics;
}

class BodyTooLarge extends Error {}
class ClientGone extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('aborted', () => reject(new ClientGone()));
    req.on('error', () => reject(new ClientGone()));
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** True when the request may write: no key configured, or the key given as bearer token or x-api-key. */
function canWrite(req: IncomingMessage, apiKey: string | null): boolean {
  if (apiKey === null) return true;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return bearer === apiKey || req.headers['x-api-key'] === apiKey;
}

/** The media types a client accepts, lower-cased without parameters. */
function accepted(req: IncomingMessage): string[] {
  return (req.headers.accept ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase()).filter(Boolean);
}

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, requestId: string): Promise<void> {
  const { config } = deps.services;
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') {
    return graphqlError(res, 405, `${method} is not supported on /graphql: use GET or POST`, 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
  }
  let body: unknown = undefined;
  if (method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, config.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return graphqlError(res, 413, `request body exceeds ${config.maxBodyBytes} bytes (MAX_BODY_BYTES)`, 'BAD_REQUEST');
      }
      throw error;
    }
    const type = (req.headers['content-type'] ?? '').toLowerCase();
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
  if (deps.state && deps.state.phase !== 'ready') {
    const why = deps.state.phase === 'stopping' ? 'the service is stopping' : `the database is not ready yet (${deps.state.phase})`;
    return graphqlError(res, 503, `${why}; try again shortly`, 'DATABASE_UNAVAILABLE', { 'retry-after': '5' });
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = requestUrl(req);
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context: async () => createContext(deps.services, deps.logger.child({ requestId }), requestId, canWrite(req, config.apiKey)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.statusCode = graphqlResponseStatus(res.statusCode, response.headers.get('content-type'), response.body.string);
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function serveStatic(req: IncomingMessage, res: ServerResponse): boolean {
  const url = requestUrl(req);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return false;
  }
  const file = path.resolve(STATIC_DIR, relative);
  if (file !== STATIC_DIR && !file.startsWith(STATIC_DIR + path.sep)) return false;
  const target = existsSync(file) && statSync(file).isFile() ? file : path.join(STATIC_DIR, 'index.html');
  if (!existsSync(target)) return false;
  res.writeHead(200, { 'content-type': MIME[path.extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
  return true;
}

/** The request target as a URL; never throws ("//", "//x:y", absolute forms). */
function requestUrl(req: IncomingMessage): URL {
  const target = req.url ?? '/';
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target, 'http://localhost');
  } catch {
    return new URL('http://localhost/');
  }
}

/** The caller's request id when it is a sane token, else a fresh one (it ends up in logs and headers). */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:@/+=-]{1,128}$/.test(given) ? given : randomUUID();
}

const ROUTES = new Set(['/graphql', '/health', '/metrics']);

/** The HTTP front: /graphql (Apollo), /health, /metrics, and the explorer's static files at /. */
export function createHttpServer(deps: HttpDeps): Server {
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const url = requestUrl(req);
    const route = ROUTES.has(url.pathname) ? url.pathname : 'other';
    if (deps.state?.phase === 'stopping') res.setHeader('connection', 'close');
    deps.metrics?.inFlight.inc();
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      deps.metrics?.inFlight.dec();
      deps.metrics?.httpRequests.inc({ route, method: req.method ?? 'unknown', status: String(res.statusCode) });
      deps.metrics?.httpDuration.observe({ route }, seconds);
      deps.logger.info(
        { requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: +(seconds * 1000).toFixed(1), finished: res.writableFinished },
        'request',
      );
    });
    const handle = async (): Promise<void> => {
      if (url.pathname === '/graphql') return handleGraphQL(req, res, deps, requestId);
      if (url.pathname === '/health') {
        const health = await deps.health();
        return sendJson(res, health.status === 'ok' ? 200 : 503, health, { 'cache-control': 'no-store' });
      }
      if (url.pathname === '/metrics' && deps.metrics && deps.services.config.metrics) {
        const { contentType, body } = await deps.metrics.render();
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
        return;
      }
      if (req.method === 'GET' && serveStatic(req, res)) return;
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>claimgraph</title><p>claimgraph is running. GraphQL: <a href="/graphql">/graphql</a>, health: <a href="/health">/health</a>. The explorer is not built (npm run build:web).</p>');
        return;
      }
      sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
    };
    handle().catch((error: unknown) => {
      if (error instanceof ClientGone) {
        res.destroy();
        return;
      }
      deps.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  // Slow-loris and stuck clients: bound how long headers and bodies may take.
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  return server;
}
