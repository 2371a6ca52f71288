// Which folder may import which (docs/architecture.md): the core is pure; the adapters do not
// import each other; the client sees only the protocol types.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';
import { filesUnder } from '../helpers/files';

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

const CORE = path.join(ROOT, 'server/src/core');

test('the core imports no editor, protocol, node module or adapter', () => {
  for (const f of filesUnder(CORE, '.ts')) {
    for (const imp of imports(f)) {
      const ok = imp === 'fuse.js' || (imp.startsWith('.') && path.resolve(path.dirname(f), imp).startsWith(CORE));
      assert.ok(ok, `${path.relative(ROOT, f)} imports ${imp}`);
    }
  }
});

test('the core never reads the clock', () => {
  for (const f of filesUnder(CORE, '.ts')) {
    const src = readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /Date\.now\(\)|new Date\(\s*\)|performance\.now/, path.relative(ROOT, f));
  }
});

test('adapters do not import each other; the client only sees protocol types', () => {
  const pairs: [string, RegExp][] = [
    ['server/src/lsp', /\/cli\//],
    ['server/src/cli', /\/lsp\//],
    ['client/src', /server\/src\/(?!protocol)/],
  ];
  for (const [dir, bad] of pairs)
    for (const f of filesUnder(path.join(ROOT, dir), '.ts'))
      for (const imp of imports(f)) assert.doesNotMatch(path.resolve(path.dirname(f), imp), bad, `${path.relative(ROOT, f)} imports ${imp}`);
});
