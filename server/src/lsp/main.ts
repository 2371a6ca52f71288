// Process wiring only. Started as `node dist/server.js --stdio` (Neovim, Helix, Emacs, tests) or
// over IPC by the VS Code client. A stray console.log would corrupt the stdio stream, so console
// output goes to stderr before anything else runs.
//
// Nothing here dies in silence: an uncaught exception is written to stderr (VS Code shows the
// server's stderr in the vanban Output channel) before the process exits, and a message on stdio
// whose header cannot be read (a broken Content-Length) is named on stderr instead of leaving a
// server that is alive but hears nothing.

import '../host/startup';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';

const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');
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
  startServer(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)));
} else startServer(createConnection(ProposedFeatures.all));
