// Property: a text and its NFD, CRLF, Word-punctuation and BOM variants read alike. The
// citations (and dates, terms, ranges) have equal fields, and every range read on a variant,
// normalized, is the text of the same range read on the original, normalized.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Reading } from '../../../server/src/core/extract/reading';
import { readStrict } from '../../../server/src/core/extract/reading';
import { normalizeText } from '../../../server/src/core/text/normalize';
import type { Span } from '../../../server/src/core/types';
import { ROOT } from '../../helpers/corpus';
import { summarize } from './summary';

/** Word's habits: curly quotes, en dashes, non-breaking spaces after "số" and before numbers. */
function wordPunctuation(t: string): string {
  let open = false;
  return t
    .replace(/"/g, () => ((open = !open) ? '\u201c' : '\u201d'))
    .replace(/'/g, '\u2019')
    .replace(/-/g, '\u2013')
    .replace(/(số|ngày|khóa|khoá) (?=\S)/gu, '$1\u00a0')
    .replace(/ (?=\d)/g, '\u00a0');
}

export function variantsOf(text: string): Record<string, string> {
  return {
    nfd: text.normalize('NFD'),
    crlf: text.replace(/\n/g, '\r\n'),
    word: wordPunctuation(text),
    bom: '\ufeff' + text,
    all: '\ufeff' + wordPunctuation(text).normalize('NFD').replace(/\n/g, '\r\n'),
  };
}

/** Every span a reading reports, by a stable name. */
function spansOf(r: Reading): [string, Span][] {
  const out: [string, Span][] = [];
  r.citations.forEach((c, i) => {
    out.push([`citation ${i} span`, c.span], [`citation ${i} fullSpan`, c.fullSpan]);
    if (c.idSpan) out.push([`citation ${i} id`, c.idSpan]);
    if (c.kindSpan) out.push([`citation ${i} kind`, c.kindSpan]);
    if (c.issuer) out.push([`citation ${i} issuer`, c.issuer.span]);
    if (c.subject) out.push([`citation ${i} subject`, c.subject.span]);
    if (c.name) out.push([`citation ${i} name`, c.name.span]);
  });
  r.dates.forEach((d, i) => out.push([`date ${i}`, d.span]));
  r.ranges.forEach((d, i) => out.push([`range ${i}`, d.span]));
  r.terms.forEach((d, i) => out.push([`term ${i}`, d.span]));
  r.sections.forEach((s, i) => out.push([`section ${i}`, s.span]));
  if (r.header.number) out.push(['header number', r.header.number.span]);
  if (r.header.placeDate) out.push(['header date line', r.header.placeDate.span]);
  return out;
}

function fieldsOf(r: Reading): unknown {
  const canon = (s: string | null | undefined) => (s == null ? null : normalizeText(s).text);
  return {
    citations: r.citations.map((c) => ({
      summary: summarize(c),
      style: c.style,
      idText: canon(c.idText),
      subject: c.subject?.text ?? null,
      name: c.name?.text ?? null,
      issuer: c.issuer?.written ?? null,
      named: c.named,
    })),
    dates: r.dates.map((d) => [d.iso, d.day, d.month, d.year, d.form, d.time]),
    ranges: r.ranges.map((x) => [x.from.iso, x.to.iso]),
    terms: r.terms.map((t) => [t.roman, t.scope, t.body]),
    header: [r.header.number?.id, r.header.placeDate?.date.iso, r.header.kind?.text, r.header.subject?.text, r.header.issuingBody?.text],
    sections: r.sections.map((s) => [s.level, s.label, s.title]),
  };
}

function checkVariants(name: string, text: string): void {
  const base = readStrict(text);
  const baseSpans = spansOf(base);
  const baseFields = fieldsOf(base);
  for (const [kind, variant] of Object.entries(variantsOf(text))) {
    const r = readStrict(variant);
    assert.deepEqual(fieldsOf(r), baseFields, `${name}: fields of the ${kind} variant`);
    const spans = spansOf(r);
    assert.deepEqual(spans.map((s) => s[0]), baseSpans.map((s) => s[0]), `${name}: spans of the ${kind} variant`);
    spans.forEach(([label, span], i) => {
      const mine = normalizeText(variant.slice(span.start, span.end)).text;
      const theirs = normalizeText(text.slice(baseSpans[i]![1].start, baseSpans[i]![1].end)).text;
      assert.equal(mine, theirs, `${name}: ${label} in the ${kind} variant`);
    });
  }
}

const SENTENCES = [
  'Ngày 16/6, Đảng ủy Khối tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khoá X về Quy chế công tác dân vận của hệ thống chính trị.',
  'Các đoàn thể tham gia theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị ban hành "Quy chế giám sát và phản biện xã hội".',
  'Thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12-12-2013; các Quyết định 217 và 218 của Bộ Chính trị.',
  'Quán triệt Nghị quyết số 25 - NQ/TW và Kết luận số 100 - KL/TW, Quy định 66/QĐ/TW, số31-QĐ/TW, Nghị quyết 8b-NQ/HNTW.',
  'Quán triệt Nghị quyết số 25-\nNQ/TW của BCH Trung ương Đảng khoá XI; Ban Thường vụ Tỉnh ủy (khóa XV).',
  'Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số 97/2015/QH13;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;',
  'Nghị quyết Hội nghị Trung ương 4 (khóa XI) “Một số vấn đề cấp bách”; Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII; Kết luận số 21 của Ban Chấp hành Trung ương.',
  'Từ ngày 01/10/2022 đến ngày 15/10/2022 tổ chức hội thi; sáng 15/10 khai mạc; cập nhật 13/01/2022 12:40:31.',
  'Thông tư số 42/2019/TT-\nBLĐTBXH ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện.',
];

test('variants: sentences of every form', () => {
  SENTENCES.forEach((s, i) => checkVariants(`sentence ${i}`, s));
});

test('variants: the fixture report', () => {
  const file = path.join(ROOT, 'test/fixtures/reader/bao-cao-so-ket.md');
  checkVariants('bao-cao-so-ket.md', readFileSync(file, 'utf8'));
});

const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
test('variants: the seed articles', { skip: existsSync(SEEDS) ? false : `no seed articles at ${SEEDS} (shared/ lives beside the clone in CI)` }, () => {
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) checkVariants(f, readFileSync(path.join(SEEDS, f), 'utf8'));
});
