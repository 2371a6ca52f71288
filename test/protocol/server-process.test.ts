// Issue 12, defects 6 and 7: the server never dies or goes deaf in silence. An uncaught exception
// is written to stderr before the process exits (VS Code shows it in Output › vanban); a stdio
// message with a broken Content-Length header is named on stderr and the server exits instead of
// staying alive without hearing anything more; the test-only crash switch needs its exact value.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const CRASH = 'crash the vanban server at start (test only)';
const INIT = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Run the server with `input` on stdin (kept open for a moment), return what it wrote and how it ended. */
function run(input: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.stdin.write(input);
    // Leave stdin open long enough for an answer; a deaf server would sit here until killed.
    const timer = setTimeout(() => p.kill(), 5000);
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

const ROWS: { name: string; input: string; env?: Record<string, string>; exits: boolean; stderr: RegExp | null; answers: boolean }[] = [
  { name: 'a broken Content-Length is named and the server exits', input: 'Content-Length: abc\r\n\r\n{}' + frame(INIT), exits: true, stderr: /Content-Length.*abc/s, answers: false },
  { name: 'a header without Content-Length is named', input: 'Content-Type: x\r\n\r\n{}', exits: true, stderr: /Content-Length/, answers: false },
  { name: 'the crash switch logs the exception before the exit', input: frame(INIT), env: { VANBAN_TEST_CRASH_AT_START: CRASH }, exits: true, stderr: /máy chủ dừng vì lỗi.*the server stopped.*deliberate crash/s, answers: false },
  // Negative rows: a good message is answered; the switch with any other value does nothing.
  { name: 'a good initialize is answered', input: frame(INIT), exits: false, stderr: null, answers: true },
  { name: 'the crash switch set to "1" is ignored', input: frame(INIT), env: { VANBAN_TEST_CRASH_AT_START: '1' }, exits: false, stderr: null, answers: true },
];

for (const row of ROWS)
  test(`server process: ${row.name}`, async () => {
    const r = await run(row.input, row.env);
    if (row.exits) assert.equal(r.code, 1, r.err);
    else assert.equal(r.code, null, `killed after the wait, not exited: ${r.err}`);
    if (row.stderr) assert.match(r.err, row.stderr);
    else assert.doesNotMatch(r.err, /dừng|stopping/);
    assert.equal(/"id":1,"result"/.test(r.out), row.answers, r.out);
  });
