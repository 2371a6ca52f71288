// Shared by the editor tiers: where things are, free loopback ports, process groups that are
// always ended, and waiting for a condition (never for a fixed time).

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Screenshots and logs of the editor tiers (git-ignored). */
export const RESULTS = path.join(ROOT, 'test-results');
export const WORKSPACE = path.join(ROOT, 'test', 'editor', 'workspace');
/** The package under test: the one `npm run package` makes, or another one named by VANBAN_VSIX. */
export const VSIX = process.env.VANBAN_VSIX ? path.resolve(process.env.VANBAN_VSIX) : path.join(ROOT, 'vanban.vsix');

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface Spawned {
  proc: ChildProcess;
  /** Ends the whole process group (the program and every child it started); resolves when gone. */
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// A test process that dies on an uncaught error still ends what it started.
process.on('exit', () => {
  for (const p of live) killGroup(p, 'SIGKILL');
});

function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  try {
    process.kill(-p.pid, signal); // negative pid: the group, since the child leads its own
  } catch {
    try {
      p.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Starts a program in its own process group with its output appended to `logFile`, so that
 * stop() ends it with all its children (code-server starts an extension host and the
 * extension's language server).
 */
export function spawnGroup(cmd: string, args: string[], logFile: string, opts: SpawnOptions = {}): Spawned {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const proc = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.pipe(log);
  proc.stderr!.pipe(log);
  live.add(proc);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    async stop() {
      killGroup(proc, 'SIGTERM');
      const t = setTimeout(() => killGroup(proc, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(t);
      // Children that ignored SIGTERM after their parent left are ended too.
      killGroup(proc, 'SIGKILL');
      live.delete(proc);
    },
  };
}
