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
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
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
  // The language server: a small launcher (dist/server.js) that loads its bundle with its code cache.
  { ...split, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-main.js', plugins: [vendorExternal] },
  { ...common, entryPoints: ['server/src/lsp/launch.ts'], outfile: 'dist/server.js', sourcemap: false },
  // The `vanban` command: a small launcher (dist/cli.js) that loads the CLI bundle with its code cache.
  { ...split, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', plugins: [vendorExternal] },
  { ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, sourcemap: false },
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
      contents: "export { parseBundled } from './server/src/host/corpus-loader'; export { makePrebuilt, prebuiltText, PREBUILT_FILE } from './server/src/host/prebuilt';",
      resolveDir: root,
      loader: 'ts',
    },
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-build-'));
  try {
    const file = path.join(tmp, 'prebuild.cjs');
    writeFileSync(file, r.outputFiles[0].text);
    const { parseBundled, makePrebuilt, prebuiltText } = createRequire(import.meta.url)(file);
    const dir = path.join(root, 'corpus');
    const { meta, entries, problems } = await parseBundled(dir);
    if (problems.length) {
      // The loader then reads the files at every start and reports the problems there.
      rmSync(out, { force: true });
      console.warn(`corpus/ has ${problems.length} problems; no prebuilt index written:\n${problems.slice(0, 5).map((p) => `  ${p.file}:${p.line ?? ''} ${p.message}`).join('\n')}`);
      return;
    }
    writeFileSync(out, prebuiltText(await makePrebuilt(dir, meta, entries), dir));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The code caches of the CLI and the server bundles (server/src/host/code-cache.ts): each bundle ends
 * with a hash of itself, and a fresh Node process runs it once — a check of an example report for the
 * CLI, a session over it for the server — and writes the bytecode of what ran beside it
 * (dist/cli-main.cache, dist/server-main.cache). A failure costs speed only, so it is said and the
 * build goes on.
 */
function codeCache(name, launcher, call) {
  const bundle = path.join(root, 'dist', `${name}.js`);
  const text = readFileSync(bundle, 'utf8');
  writeFileSync(bundle, `${text}\n//# vanbanBuild=${createHash('sha256').update(text).digest('hex')}\n`);
  rmSync(path.join(root, 'dist', `${name}.cache`), { force: true });
  const r = spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(path.join(root, 'dist', launcher))}).${call}.then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, VANBAN_TODAY: '2026-11-23' } },
  );
  if (r.status !== 0) console.warn(`no code cache for ${name}.js (it starts slower, works the same):\n${r.stderr}`);
}

const EXAMPLE = path.join(root, 'examples', 'bao-cao-tong-ket-co-loi.md');

if (watch) {
  // A rebuilt bundle has no build hash, so the launcher uses no cache with it.
  for (const name of ['cli-main', 'server-main']) rmSync(path.join(root, 'dist', `${name}.cache`), { force: true });
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  await prebuildCorpus();
  const dist = JSON.stringify(path.join(root, 'dist'));
  codeCache('cli-main', 'cli.js', `writeCodeCache(${dist}, ${JSON.stringify(['check', EXAMPLE, '--today', '2026-11-23'])})`);
  codeCache('server-main', 'server.js', `writeCodeCache(${dist}, ${JSON.stringify(EXAMPLE)})`);
}
