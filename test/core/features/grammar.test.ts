// The injection grammar (cosmetic): it parses, injects into Markdown and plain text, and its
// patterns colour what they should. VS Code runs them with Oniguruma; here they run as JavaScript
// regular expressions with the u flag, which accept the same subset used (\p{…}, look-behind,
// bounded repetitions). It was also checked once with vscode-textmate and vscode-oniguruma.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../helpers/corpus';

interface Rule {
  name?: string;
  match?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
}
const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes', 'vanban.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function rules(r: Rule): Rule[] {
  return r.patterns ? r.patterns.flatMap(rules) : [r];
}

/** Every stretch of `line` a repository entry colours. */
function coloured(entry: string, line: string): string[] {
  const out: string[] = [];
  for (const r of rules(grammar.repository[entry]!)) {
    const re = new RegExp(r.match!, 'gu');
    for (const m of line.matchAll(re)) out.push(r.captures?.['2'] ? m[2]! : m[0]);
  }
  return out;
}

test('registered as an injection into Markdown and plain text', () => {
  const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === grammar.scopeName);
  assert.ok(g);
  assert.deepEqual(g.injectTo, ['text.html.markdown', 'text.plain']);
  assert.match(grammar.injectionSelector, /text\.html\.markdown -markup\.fenced_code/);
});

test('every pattern compiles and repeats are bounded', () => {
  for (const r of Object.values(grammar.repository).flatMap(rules)) {
    assert.doesNotThrow(() => new RegExp(r.match!, 'u'), r.match);
    assert.doesNotMatch(r.match!, /[^\\][*+]\)[*+]/, `no nested unbounded repetition in ${r.match}`);
  }
});

const CASES: [entry: string, line: string, expected: string[]][] = [
  ['citation', 'Quyết định số 290-QĐ/TW ngày 25/2/2010 và Nghị định số 30/2020/NĐ-CP, 1234/QĐ-UBND, 08B-NQ/HNTW', ['290-QĐ/TW', '08B-NQ/HNTW', '30/2020/NĐ-CP', '1234/QĐ-UBND', 'Quyết định', 'Nghị định']],
  ['citation', 'tỷ lệ 1/3; giai đoạn 2024-2025; Kế hoạch 5 năm', []],
  ['date', 'ngày 25/2/2010, 12-12-2013, Hà Tĩnh, ngày 05 tháng 3 năm 2023; 1/3; 2024-2025', ['25/2/2010', '12-12-2013', '05 tháng 3 năm 2023']],
  ['term', 'Bộ Chính trị khóa X, (khoá XI), KHÓA XIII, khóa học', ['khóa X', 'khoá XI', 'KHÓA XIII']],
  ['heading', 'PHẦN THỨ NHẤT', ['PHẦN THỨ NHẤT']],
  ['heading', '## II. HẠN CHẾ', ['II.']],
  ['heading', '1.2. Kết quả', ['1.2.']],
  ['heading', 'a) Ở cơ sở', ['a)']],
  ['heading', 'Phần lớn cán bộ đã tham gia', []],
];
for (const [entry, line, expected] of CASES) test(`${entry}: ${line}`, () => assert.deepEqual(coloured(entry, line), expected));
