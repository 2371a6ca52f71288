// Text as it arrives: every canonical character maps back to the original character(s) it came
// from, and layout noise of PDF extraction is left out without losing the map.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutNoise } from '../../../server/src/core/extract/layout';
import { read } from '../../../server/src/core/extract/reading';
import { dropRanges, normalizeText } from '../../../server/src/core/text/normalize';
import { summarize } from './summary';

// Original text → expected canonical text; the map is checked character by character.
const cases: [string, string, string][] = [
  ['plain text is its own canonical form', 'Nghị quyết 25-NQ/TW', 'Nghị quyết 25-NQ/TW'],
  ['NFD is composed', 'khóa XI'.normalize('NFD'), 'khóa XI'],
  ['CRLF and a lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
  ['BOM and zero-width marks are dropped', '\ufeffSố\u200b 45', 'Số 45'],
  ['Word punctuation is folded', '“Dân vận khéo” 25\u00a0–\u00a0NQ/TW ‘x’', '"Dân vận khéo" 25 - NQ/TW \'x\''],
  ['the eth lookalike becomes Đ', '\u00d0ảng', 'Đảng'],
  ['a lone combining mark at the start', '\u0301a', '\u0301a'],
  ['surrogate pairs stay whole', '😀\u0301 x', '😀\u0301 x'],
];

for (const [name, original, canonical] of cases) {
  test(`normalize: ${name}`, () => {
    const nt = normalizeText(original);
    assert.equal(nt.text, canonical);
    assert.equal(nt.toOriginal(0) >= 0, true);
    assert.equal(nt.toOriginal(nt.text.length), original.length);
    let prev = 0;
    for (let i = 0; i < nt.text.length; i++) {
      const a = nt.toOriginal(i);
      const b = nt.toOriginal(i + 1);
      assert.ok(a >= prev && b >= a, `monotone at ${i}`);
      prev = a;
      // The original slice of a character, normalized alone, contains it.
      if (b > a) assert.ok(normalizeText(original.slice(a, b)).text.includes(nt.text[i]!) || nt.text[i] === '\n', `char ${i} of ${JSON.stringify(original)}`);
    }
  });
}

test('normalize: a random mix maps monotonically and round-trips per character', () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = ['a', ' ', '\n', '\r\n', '\r', '\u00a0', '\u2013', '“', '”', '\ufeff', '\u200b', 'e\u0302\u0301', 'o\u031b\u0300', '\u0301', 'ế', '😀', '\t', 'Ð'];
  for (let iter = 0; iter < 3000; iter++) {
    let s = '';
    for (let k = Math.floor(rnd() * 40); k > 0; k--) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const nt = normalizeText(s);
    let prev = 0;
    for (let i = 0; i <= nt.text.length; i++) {
      const o = nt.toOriginal(i);
      assert.ok(o >= prev && o <= s.length, `map of ${JSON.stringify(s)} at ${i}`);
      prev = o;
    }
    assert.doesNotMatch(nt.text, /[\r\u00a0\u2013\u201c\u201d\ufeff\u200b\t\u00d0]/, `canonical form of ${JSON.stringify(s)}`);
  }
});

test('dropRanges: offsets still map to the original', () => {
  const original = 'ab\r\ncd XX ef';
  const nt = normalizeText(original);
  const x = nt.text.indexOf('XX ');
  const d = dropRanges(nt, [{ start: x, end: x + 3 }]);
  assert.equal(d.text, 'ab\ncd ef');
  assert.equal(original.slice(d.toOriginal(d.text.indexOf('ef')), d.toOriginal(d.text.length)), 'ef');
  assert.equal(original.slice(d.toOriginal(0), d.toOriginal(2)), 'ab');
});

test('layout: the gazette\'s running head, page number and signature stamp leave the text', () => {
  const t =
    'Căn cứ Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của \nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtin@example.vn\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 07.01.2025 16:32:41 +07:00\n\n \n4 \nCÔNG BÁO/Số 1085 + 1086/Ngày 01-11-2023 \n  \nChính phủ quy định chức năng;';
  const noise = layoutNoise(t);
  assert.equal(noise.length, 1);
  const r = read(t);
  assert.equal(r.nt.text, 'Căn cứ Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của \nChính phủ quy định chức năng;');
  assert.deepEqual(r.citations.map(summarize), ['Nghị định | 123/2016/NĐ-CP | 2016-09-01 | Chính phủ | -']);
  const c = r.citations[0]!;
  assert.equal(t.slice(c.issuer!.span.start, c.issuer!.span.end), 'Chính phủ');
  // The running head's own date is not a date of the text.
  assert.deepEqual(r.dates.map((d) => d.iso), ['2016-09-01']);
  assert.equal(r.layout.length, 1);
  assert.ok(t.slice(r.layout[0]!.start, r.layout[0]!.end).includes('CÔNG BÁO/Số 1085'));
});

test('layout: a line that merely mentions the gazette stays', () => {
  const t = 'Văn bản được đăng trên CÔNG BÁO/Số 12 theo quy định.';
  assert.deepEqual(layoutNoise(t), []);
});

test('canonicalKey: the two tone placements of "oa", "oe", "uy" are one key, whatever the case', async () => {
  const { canonicalKey } = await import('../../../server/src/core/text/normalize');
  const table: [string, string][] = [
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'], // a capital before the old placement (fourth outside probe)
    ['UỶ BAN', 'ỦY BAN'],
    ['khoá XII', 'khóa XII'],
    ['hoà giải', 'hòa giải'],
    ['thuỷ lợi', 'thủy lợi'],
  ];
  for (const [a, b] of table) assert.equal(canonicalKey(a), canonicalKey(b), `${a} / ${b}`);
  assert.notEqual(canonicalKey('Uy ban'), canonicalKey('Ủy ban'));
});
