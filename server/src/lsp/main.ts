// Process wiring only. Started as `node dist/server.js --stdio` (Neovim, Helix, Emacs, tests) or
// over IPC by the VS Code client. A stray console.log would corrupt the stdio stream, so console
// output goes to stderr before anything else runs.

import '../host/startup';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

startServer(createConnection(ProposedFeatures.all));
