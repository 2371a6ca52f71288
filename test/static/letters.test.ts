// The core's expressions read letters through rx() (server/src/core/text/letters.ts): a regular
// expression literal with \p{L}, \p{Lu}, \p{Ll}, \p{M} or \p{N} would bring back the full Unicode
// classes, and a start that builds hundreds of them (docs/architecture.md, invariants).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';
import { filesUnder } from '../helpers/files';

// A regular expression literal: after an operator (an arrow's `>` too), a bracket, a comma or `return`, up to its flags.
const LITERAL = /(?:^|[=(,:!&|?[;{>]\s*|return\s+)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\[\n])+)\/[dgimsuy]*/gm;
const CLASS = /\\p\{(?:L|Lu|Ll|M|N)\}/;

function literalsWithClasses(src: string): string[] {
  return [...src.matchAll(LITERAL)].map((m) => m[1]!).filter((body) => CLASS.test(body));
}

test('the finder sees a literal with a letter class, and not one built through rx()', () => {
  assert.deepEqual(literalsWithClasses('const A = /(?<![\\p{L}])x/u;\nconst B = rx(String.raw`\\p{L}`, "u");\nif (/^\\p{N}/u.test(s)) f();'), ['(?<![\\p{L}])x', '^\\p{N}']);
});

test('no regular expression literal in the core uses the full letter, mark or number classes', () => {
  const found: string[] = [];
  for (const f of filesUnder(path.join(ROOT, 'server/src/core'), '.ts')) {
    if (f.endsWith(path.join('text', 'letters.ts'))) continue;
    for (const body of literalsWithClasses(readFileSync(f, 'utf8'))) found.push(`${path.relative(ROOT, f)}: /${body}/`);
  }
  assert.deepEqual(found, []);
});
