// Bundles the three entry points with esbuild. tsc only type-checks (npm run typecheck).
//
// What a start must not pay for is kept out of the three bundles:
//   - ajv and mammoth (with its zip and XML libraries, two thirds of the code) become
//     dist/vendor/*.js, required on first use (a user record file to validate, a .docx to read);
//   - the bundled corpus is parsed and schema-checked here, once, into dist/corpus-index.json,
//     which the CLI and the server read in one JSON.parse (host/prebuilt.ts; a corpus edited
//     since the build does not match its fingerprint and is read from its files instead).
import * as esbuild from 'esbuild';
import { readFileSync, chmodSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
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

/** `import('./vendor/x')` in host/ stays a require of dist/vendor/x.js, next to the bundle. */
const vendorExternal = {
  name: 'vendor-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/vendor\/(ajv|mammoth)$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
  },
};

// The exporter (markdown-it, docx) is a bundle of its own that the CLI and the server require on
// the first export only (server/src/host/export-loader.ts).
const split = { ...common, define: { ...common.define, VANBAN_SPLIT_EXPORT: 'true' } };

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...split, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [vendorExternal] },
  { ...split, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [vendorExternal] },
  { ...common, entryPoints: ['server/src/host/vendor/ajv.ts'], outfile: 'dist/vendor/ajv.js', sourcemap: false },
  { ...common, entryPoints: ['server/src/host/vendor/mammoth.ts'], outfile: 'dist/vendor/mammoth.js', sourcemap: false },
  { ...common, entryPoints: ['server/src/host/export-docx.ts'], outfile: 'dist/export.js', plugins: [vendorExternal] },
];

/** Parse and validate corpus/ with the product's own loader and write dist/corpus-index.json. */
async function prebuildCorpus() {
  const out = path.join(root, 'dist', 'corpus-index.json');
  const r = await esbuild.build({
    ...common,
    sourcemap: false,
    write: false,
    stdin: {
      contents: "export { parseBundled } from './server/src/host/corpus-loader'; export { makePrebuilt, PREBUILT_FILE } from './server/src/host/prebuilt';",
      resolveDir: root,
      loader: 'ts',
    },
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-build-'));
  try {
    const file = path.join(tmp, 'prebuild.cjs');
    writeFileSync(file, r.outputFiles[0].text);
    const { parseBundled, makePrebuilt } = createRequire(import.meta.url)(file);
    const dir = path.join(root, 'corpus');
    const { meta, entries, problems } = await parseBundled(dir);
    if (problems.length) {
      // The loader then reads the files at every start and reports the problems there.
      rmSync(out, { force: true });
      console.warn(`corpus/ has ${problems.length} problems; no prebuilt index written:\n${problems.slice(0, 5).map((p) => `  ${p.file}:${p.line ?? ''} ${p.message}`).join('\n')}`);
      return;
    }
    writeFileSync(out, JSON.stringify(await makePrebuilt(dir, meta, entries)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  await prebuildCorpus();
}
