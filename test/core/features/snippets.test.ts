// The snippets: both files (Markdown and plain text) parse and say the same thing, prefixes can be
// typed without diacritics, the date line follows NĐ 30 padding for any date, and an expanded
// report skeleton reads back through the core as a report (header, date, kind, sections).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { dateLine } from '../../../server/src/core/features/index';
import { read } from '../../../server/src/core/index';
import { ROOT } from '../../helpers/corpus';

type Snippets = Record<string, { prefix: string[]; body: string[]; description: string }>;
const load = (f: string) => JSON.parse(readFileSync(path.join(ROOT, 'snippets', f), 'utf8')) as Snippets;
const MD = load('markdown.code-snippets');
const PLAIN = load('plaintext.code-snippets');

/** A snippet as VS Code would expand it, given values for some tab stops and today's date. */
function expand(body: string[], iso: string, values: Record<number, string> = {}): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const vars: Record<string, string> = { CURRENT_YEAR: y, CURRENT_MONTH: m, CURRENT_DATE: d };
  const chosen = new Map<number, string>();
  const pick = (n: number, fallback: string) => {
    if (!chosen.has(n)) chosen.set(n, values[n] ?? fallback);
    return chosen.get(n)!;
  };
  let s = body.join('\n');
  s = s.replace(/\$\{([A-Z_]+)\/((?:\\\/|[^/])*)\/((?:\\\/|[^/])*)\/([a-z]*)\}/g, (_m, name: string, re: string, fmt: string, flags: string) =>
    vars[name]!.replace(new RegExp(re, flags), fmt),
  );
  s = s.replace(/\$\{([A-Z_]+)\}/g, (_m, name: string) => vars[name]!);
  s = s.replace(/\$\{(\d+):([^}$]*)\}/g, (_m, n: string, def: string) => pick(+n, def));
  s = s.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, choices: string) => pick(+n, choices.split(',')[0]!));
  s = s.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => pick(+(a ?? b)!, ''));
  assert.doesNotMatch(s, /\$/, `nothing left unexpanded in:\n${s}`);
  return s;
}

/** The plain-text form of a Markdown line: no emphasis marks, no escaped star. */
function plain(line: string): string {
  if (line === '\\*') return '*';
  return line.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^\*(.+)\*(\$0)?$/, '$1$2');
}

test('the two files have the same snippets, prefixes and (but for Markdown marks) bodies', () => {
  assert.deepEqual(Object.keys(PLAIN), Object.keys(MD));
  for (const [name, s] of Object.entries(MD)) {
    assert.deepEqual(PLAIN[name]!.prefix, s.prefix, name);
    assert.deepEqual(PLAIN[name]!.body, s.body.map(plain), name);
  }
});

test('every prefix can be typed without diacritics, and no two snippets share one', () => {
  const seen = new Set<string>();
  for (const [name, s] of Object.entries(MD)) {
    assert.ok(s.prefix.length > 0, name);
    for (const p of s.prefix) {
      assert.match(p, /^[a-z0-9-]+$/, `${name}: ${p}`);
      assert.ok(!seen.has(p), `prefix ${p} used twice`);
      seen.add(p);
    }
    assert.match(s.description, / \/ /, `${name}: description in Vietnamese / English`);
  }
  for (const p of ['baocao', 'tongket', 'soket', 'noinhan', 'cancu', 'tm', 'kt', 'ngaythang']) assert.ok(seen.has(p), p);
});

describe('the date line: NĐ 30 padding from the snippet variables, as the server writes it', () => {
  for (const iso of ['2026-03-05', '2026-02-09', '2026-01-31', '2026-10-01', '2026-11-20', '2026-12-25', '2027-09-09']) {
    test(iso, () => {
      const line = expand(PLAIN['Dòng địa danh, ngày tháng']!.body, iso, { 1: 'Hà Tĩnh' });
      assert.equal(line, `Hà Tĩnh, ${dateLine(iso)}`);
    });
  }
  test('values', () => {
    assert.equal(dateLine('2026-03-05'), 'ngày 05 tháng 3 năm 2026');
    assert.equal(dateLine('2026-02-19'), 'ngày 19 tháng 02 năm 2026');
    assert.equal(dateLine('2026-12-01'), 'ngày 01 tháng 12 năm 2026');
  });
});

describe('a report skeleton reads back as a report', () => {
  const values = { 1: 'ĐẢNG BỘ TỈNH THỬ NGHIỆM', 2: 'BAN DÂN VẬN TỈNH ỦY', 3: '45', 4: 'BDVTU', 5: 'Thử Nghiệm', 7: 'Nghị quyết số 25-NQ/TW' };
  const cases: [name: string, type: 'tổng kết' | 'sơ kết'][] = [
    ['Báo cáo tổng kết (khung)', 'tổng kết'],
    ['Báo cáo sơ kết (khung)', 'sơ kết'],
  ];
  for (const [file, snippets] of [['markdown', MD], ['plaintext', PLAIN]] as const)
    for (const [name, type] of cases)
      test(`${file}: ${name}`, () => {
        const text = expand(snippets[name]!.body, '2026-03-05', values);
        const r = read(text);
        assert.equal(r.header.number?.id, '45-BC/BDVTU');
        assert.equal(r.header.placeDate?.date.iso, '2026-03-05');
        assert.equal(r.header.kind?.text, 'BÁO CÁO');
        assert.equal(r.header.reportType, type);
        assert.deepEqual(
          r.sections.map((s) => s.label),
          ['PHẦN THỨ NHẤT', 'I.', 'II.', 'III.', '1.', '2.', 'IV.', 'PHẦN THỨ HAI', 'I.', 'II.', 'PHẦN THỨ BA', '1.'],
        );
      });

  test('closed sets are choices: the tổng kết period, the body and title of a signature', () => {
    const body = MD['Báo cáo tổng kết (khung)']!.body.join('\n');
    assert.match(body, /Tổng kết \$\{6\|10,15,20\|\} năm thực hiện/);
    assert.match(MD['Chữ ký T/M (thay mặt)']!.body.join('\n'), /T\/M \$\{1\|BAN THƯỜNG VỤ,/);
    assert.match(MD['Chữ ký K/T (ký thay)']!.body.join('\n'), /K\/T \$\{1\|TRƯỞNG BAN,/);
  });
});
