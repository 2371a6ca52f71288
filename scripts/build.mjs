// Bundles the three entry points with esbuild. tsc only type-checks (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // jsonc-parser's UMD build hides its requires from esbuild; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  define: { VANBAN_VERSION: JSON.stringify(pkg.version) },
};
// The exporter (markdown-it, docx) is a bundle of its own that the CLI and the server require on
// the first export only (server/src/host/export-loader.ts).
const split = { ...common, define: { ...common.define, VANBAN_SPLIT_EXPORT: 'true' } };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...split, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...split, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/host/export-docx.ts'], outfile: 'dist/export.js' },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
