// What `npm run package` puts in vanban.vsix: the four bundles, the bundled corpus, the
// grammar, the snippets, translations, the manifest and the README — and nothing else. A source
// file, a source map, a test or node_modules slipping into the package fails here, and so does a
// contributed file left out of it.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { ROOT, VSIX } from '../helpers/env';
import { listZip, readZipEntry, type ZipEntry } from '../helpers/zip';
import pkg from '../../../package.json';

/** Every file the package may hold, relative to extension/. */
const ALLOWED: RegExp[] = [
  /^package\.json$/,
  /^package\.nls(\.[a-z-]{2,10})?\.json$/,
  /^readme\.md$/,
  /^changelog\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^dist\/(extension|server|server-main|cli|cli-main|export)\.js$/,
  /^dist\/vendor\/(ajv|mammoth)\.js$/,
  /^dist\/corpus-index\.json$/,
  /^corpus\/[\w./-]{1,200}\.(json|md)$/,
  /^syntaxes\/[\w.-]{1,100}\.json$/,
  /^snippets\/[\w.-]{1,100}\.(json|code-snippets)$/,
  /^l10n\/bundle\.l10n(\.[a-z-]{2,10})?\.json$/,
  /^language-configuration\.json$/,
  /^images\/[\w.-]{1,100}\.png$/,
];

let entries: ZipEntry[] = [];
let files: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(ROOT, p).split(path.sep).join('/')];
  });
}

before(() => {
  assert.ok(existsSync(VSIX), `${path.relative(ROOT, VSIX)} is missing: run \`npm run package\` first`);
  entries = listZip(VSIX);
  // Directory entries (which some zip tools write) hold nothing; only files count.
  files = entries.filter((e) => e.name.startsWith('extension/') && !e.name.endsWith('/')).map((e) => e.name.slice('extension/'.length));
});

test('the package holds only the shipped files', () => {
  const outside = entries.map((e) => e.name).filter((n) => !n.startsWith('extension/') && !n.endsWith('/'));
  assert.deepEqual(outside.sort(), ['[Content_Types].xml', 'extension.vsixmanifest']);
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(stray, [], 'files that should not be in the .vsix (sources, maps, tests, node_modules…)');
  for (const f of files) {
    assert.doesNotMatch(f, /(^|\/)node_modules\//, f);
    assert.doesNotMatch(f, /\.(ts|map|mjs|tsbuildinfo)$/, f);
  }
});

test('the package holds the bundles, the manifest and its translations', () => {
  for (const f of ['package.json', 'package.nls.json', 'package.nls.vi.json', 'readme.md', 'dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/export.js'])
    assert.ok(files.includes(f), `${f} is in the .vsix`);
});

// Every file the extension reads; not corpus/README.md, the maintainers' log of the research rounds (half a megabyte, about
// 150 KB of the package), which nothing at run time opens.
test('the package holds every file of the bundled corpus, and not its research log', () => {
  const corpus = walk(path.join(ROOT, 'corpus')).filter((f) => f !== 'corpus/README.md');
  assert.ok(corpus.includes('corpus/meta.json') && corpus.includes('corpus/schema/corpus-file.schema.json'));
  const missing = corpus.filter((f) => !files.includes(f));
  assert.deepEqual(missing, [], 'corpus files left out of the .vsix');
  assert.ok(!files.includes('corpus/README.md'), 'corpus/README.md is in the .vsix');
});

test('the package holds every contributed grammar, snippet file and language configuration', () => {
  const c = pkg.contributes as {
    snippets?: { path: string }[];
    grammars?: { path: string }[];
    languages?: { configuration?: string }[];
  };
  const contributed = [
    ...(c.snippets ?? []).map((s) => s.path),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.languages ?? []).flatMap((l) => (l.configuration ? [l.configuration] : [])),
  ].map((p) => path.posix.normalize(p.replace(/^\.\//, '')));
  // The issue asks for the grammar and the snippets in the package: the manifest must name them.
  assert.ok(contributed.some((p) => p.startsWith('snippets/')), 'package.json contributes a snippets file');
  assert.ok(contributed.some((p) => p.startsWith('syntaxes/')), 'package.json contributes a grammar');
  for (const p of contributed) assert.ok(files.includes(p), `${p} (contributed in package.json) is in the .vsix`);
});

test('the bundles are self-contained: they require only Node built-ins (and vscode, for the client)', () => {
  const builtin = new Set(require('node:module').builtinModules as string[]);
  for (const name of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/export.js']) {
    const entry = entries.find((e) => e.name === `extension/${name}`)!;
    const src = readZipEntry(VSIX, entry).toString('utf8');
    // A require inside a string is code that ajv writes for its standalone mode, not a call.
    const required = new Set([...src.matchAll(/(?<![\w.$`'"])require\("([^"./][^"]{0,100})"\)/g)].map((m) => m[1]!));
    const foreign = [...required].filter((m) => !builtin.has(m.replace(/^node:/, '')) && !(name === 'dist/extension.js' && m === 'vscode'));
    assert.deepEqual(foreign, [], `${name} requires packages that are not in the .vsix`);
  }
});

test('the package stays small', () => {
  const bytes = statSync(VSIX).size;
  console.log(`vanban.vsix: ${(bytes / 1024).toFixed(0)} KiB, ${files.length} files`);
  assert.ok(bytes < 5 * 1024 * 1024, `vanban.vsix is ${bytes} bytes`);
});
