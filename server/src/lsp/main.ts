// Process wiring only. Started as `node dist/server.js --stdio` (Neovim, Helix, Emacs, tests) or
// over IPC by the VS Code client; dist/server.js is the launcher (launch.ts), which loads this bundle
// (dist/server-main.js) through V8's code cache and calls `start`. A stray console.log would corrupt the stdio stream, so console
// output goes to stderr before anything else runs.
//
// Nothing here dies in silence: an uncaught exception is written to stderr (VS Code shows the
// server's stderr in the vanban Output channel) before the process exits, and a message on stdio
// whose header cannot be read (a broken Content-Length) is named on stderr instead of leaving a
// server that is alive but hears nothing.

import '../host/startup';
import { PassThrough } from 'node:stream';
import { createConnection, createProtocolConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer, type ServerHooks } from './server';

const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');

export function start(hooks: ServerHooks = {}): void {
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;

  process.on('uncaughtException', (e) => {
    toStderr(`vanban: máy chủ dừng vì lỗi không lường trước / the server stopped on an unexpected error:\n${(e as Error)?.stack ?? e}`);
    process.exit(1);
  });
  process.on('unhandledRejection', (e) => {
    // A failed promise ends one piece of work, not the server: say so and keep serving.
    toStderr(`vanban: một tác vụ thất bại / a task failed:\n${(e as Error)?.stack ?? e}`);
  });

  // Test-only crash switch for the editor tests of the client's crash-loop state (issue 12): the
  // variable must hold this exact sentence, so no real setup sets it by accident. It is read from
  // the environment only, never from settings.
  if (process.env.VANBAN_TEST_CRASH_AT_START === 'crash the vanban server at start (test only)')
    throw new Error('VANBAN_TEST_CRASH_AT_START: cố ý dừng máy chủ để thử / deliberate crash for a test');

  if (process.argv.includes('--stdio')) {
    const reader = new StreamMessageReader(process.stdin);
    reader.onError((e) => {
      // The stream cannot be resynchronised after a bad header: every later message would be lost.
      toStderr(
        `vanban: không đọc được thông điệp LSP trên stdin (tiêu đề Content-Length hỏng); dừng máy chủ / cannot read an LSP message on stdin (broken Content-Length header); stopping: ${e.message}`,
      );
      process.exit(1);
    });
    startServer(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)), hooks);
  } else startServer(createConnection(ProposedFeatures.all), hooks);
}

/**
 * For the build's code cache (launch.ts): a session of an editor, in this process, over streams in
 * memory — open `text`, pull its diagnostics, hover, complete, ask for code actions, shut down — so
 * that the functions a first session runs are compiled when the cache is made.
 */
export async function train(text: string): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  // Every other request (registrations, refreshes) answered, every notification heard: the star handlers
  // of vscode-jsonrpc, which the protocol connection's types do not name.
  const any = client as unknown as { onRequest(h: () => null): void; onNotification(h: () => void): void };
  any.onRequest(() => null);
  any.onNotification(() => undefined);
  client.listen();
  const uri = 'untitled:train.md';
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true } },
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items?: { range: unknown }[] };
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /\d+-[A-ZĐ]+\/TW/u.test(l));
  const line = Math.max(0, at);
  const character = Math.max(0, (lines[line] ?? '').search(/\d+-[A-ZĐ]+\/TW/u));
  await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const first = report.items?.[0];
  if (first) await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
  await client.sendRequest('shutdown');
  client.dispose();
}

// Run directly (tsx, or the bundle without its launcher).
if (require.main === module) start();
