import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type Neo4jConfig } from '../config.js';
import { AppError } from '../errors.js';

const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');

/** JVM flags upstream neo4j.conf passes; without the java.nio opens some index work stalls. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Fetches the Neo4j jars from Maven Central unless they are cached already. */
export function ensureNeo4jFetched(): void {
  if (existsSync(path.join(NEO4J_DIR, 'lib', '.complete'))) return;
  const result = spawnSync('bash', [path.join(PROJECT_ROOT, 'scripts', 'neo4j-fetch.sh')], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new AppError('DATABASE_UNAVAILABLE', `fetching Neo4j failed (exit ${result.status ?? result.signal}); see the Maven output above`);
  }
}

/**
 * Starts Neo4j embedded (Bolt on loopback, auth off) and resolves once it accepts connections.
 * Rejects with the launcher's output when it exits or does not come up in time. `pluginsDir` (optional)
 * loads procedures from that folder, with apoc.* unrestricted; `txLogRetention` and `txLogRotation`
 * (optional) bound the transaction logs, which Neo4j otherwise keeps for two days.
 */
export async function startEmbeddedNeo4j(
  settings: Neo4jConfig['embedded'] & { pluginsDir?: string },
  options: { timeoutMs?: number; onLine?: (line: string) => void } = {},
): Promise<EmbeddedNeo4j> {
  ensureNeo4jFetched();
  mkdirSync(settings.dataDir, { recursive: true });
  const args = [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    ...JVM_FLAGS,
    '-cp',
    // Plugins are also on the classpath: APOC registers its config as a kernel extension, found there only.
    [`${path.join(NEO4J_DIR, 'lib')}/*`, ...(settings.pluginsDir ? [`${settings.pluginsDir}/*`] : [])].join(path.delimiter),
    path.join(NEO4J_DIR, 'Launcher.java'),
    settings.dataDir,
    String(settings.port),
    settings.pageCache,
    settings.host,
    ...(settings.pluginsDir ? [`--plugins=${settings.pluginsDir}`] : []),
    ...(settings.txLogRetention ? [`--tx-log-retention=${settings.txLogRetention}`] : []),
    ...(settings.txLogRotation ? [`--tx-log-rotation=${settings.txLogRotation}`] : []),
  ];
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(failure(`did not start within ${options.timeoutMs ?? 120_000} ms`, output));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (output.length > 200) output.shift();
        options.onLine?.(line);
        const ready = /^READY (\S+)/.exec(line);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new AppError('DATABASE_UNAVAILABLE', `could not run java: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(failure(`exited before it was ready (${code ?? signal})`, output));
    });
  });
  return { uri, pid: child.pid ?? -1, stop: () => stopChild(child) };
}

function failure(what: string, output: string[]): AppError {
  const tail = output.slice(-25).join('\n');
  return new AppError('DATABASE_UNAVAILABLE', `embedded Neo4j ${what}:\n${tail}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
