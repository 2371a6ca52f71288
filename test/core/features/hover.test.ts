// Hover, as data: a draft with $0 where the mouse is, and what the card must say (Vietnamese,
// and English where given). The report's date is passed as "today" (the drafts have no header).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hoverAt } from '../../../server/src/core/features/index';
import { analyze, resolveOptions, RULE_CODES, type CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { smallIndex } from './test-corpus';

interface Case {
  text: string;
  reportDate?: string;
  vi?: string[];
  en?: string[];
  /** The hovered span starts with this text. */
  starts?: string;
  /** No hover at all. */
  none?: boolean;
}

function check(corpus: CorpusIndex, c: Case): void {
  const m = parseMarkers(c.text);
  const a = analyze(m.text, corpus, resolveOptions(undefined, RULE_CODES).options, c.reportDate ?? '2024-06-10');
  const h = hoverAt(a, m.cursor!, corpus);
  if (c.none) return assert.equal(h, null);
  assert.ok(h, `a hover at $0 in ${c.text}`);
  assert.ok(h.span.start <= m.cursor! && m.cursor! < h.span.end, 'the span holds the position');
  if (c.starts) assert.ok(m.text.slice(h.span.start).startsWith(c.starts), `span starts "${m.text.slice(h.span.start, h.span.end)}"`);
  for (const s of c.vi ?? []) assert.ok(h.contents.vi.includes(s), `"${s}" in:\n${h.contents.vi}`);
  for (const s of c.en ?? []) assert.ok(h.contents.en.includes(s), `"${s}" in:\n${h.contents.en}`);
}

const P = 'Tỉnh ủy Thử Nghiệm chỉ đạo. ';

describe('hover (test corpus)', () => {
  const corpus = smallIndex({ '12-QĐ/TU': { count: 3, dates: { '2020-03-02': 2 }, files: ['bao-cao.md'] } });
  const cases: Case[] = [
    {
      text: `${P}Thực hiện Quyết định số 1$02-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy.`,
      starts: 'Quyết định số 12-QĐ/TU',
      vi: ['**Quyết định số 12-QĐ/TU** — Ban Thường vụ Tỉnh ủy Thử Nghiệm', 'Ngày ban hành: 2/3/2020 (Thứ Hai)', 'Trích yếu: ban hành Quy định thử nghiệm', 'còn hiệu lực (theo kho, ngày 1/1/2026)', 'tài liệu của bạn trích 3 lần (với ngày 2/3/2020: 2)', 'Nguồn: Dữ liệu thử nghiệm', '_Kho văn bản test, cập nhật 1/1/2026_'],
      en: ['Issued: 2/3/2020 (Monday)', 'in force (per the corpus, as of 1/1/2026)', 'cited 3 times in your documents'],
    },
    // Replaced before the report's date, or only after it.
    { text: `${P}Nghị quyết số 2$09-NQ/TU ngày 10/5/2019.`, vi: ['đã được thay thế bởi Nghị quyết 45-NQ/TU (5/1/2023) trước ngày của báo cáo'], en: ['replaced by Nghị quyết 45-NQ/TU (5/1/2023)'] },
    { text: `${P}Nghị quyết số 2$09-NQ/TU ngày 10/5/2019.`, reportDate: '2021-01-01', vi: ['sau đó được thay thế bởi Nghị quyết 45-NQ/TU (5/1/2023)'] },
    // Issued after the report's date.
    { text: `${P}Nghị quyết số 4$05-NQ/TU.`, reportDate: '2022-01-01', vi: ['chưa ban hành vào ngày của báo cáo (1/1/2022)'] },
    // A record the corpus itself doubts.
    { text: `${P}Kết luận số 0$07-KL/TU.`, vi: ['⚠ Độ tin cậy: chưa kiểm chứng'], en: ['⚠ Confidence: unverified'] },
    // Unknown to the corpus.
    { text: `${P}Quyết định số 99$09-QĐ/TU ngày 1/1/2020.`, vi: ['Kho văn bản chưa có văn bản này'], en: ['The corpus does not know this document'] },
    // No province: two documents share the id; the card says which was chosen and why.
    { text: 'Thực hiện Quyết định số 1$02-QĐ/TU.', vi: ['Có 2 văn bản cùng số hiệu'] },
    // Dates: the weekday; a date with no year, assuming the report's year, and saying so.
    { text: 'Ngày 25/2/20$010, Bộ Chính trị họp.', vi: ['**Thứ Năm**, 25/2/2010'], en: ['**Thursday**, 25/2/2010'] },
    { text: 'Sáng 16/$06, Hội nghị khai mạc.', vi: ['không ghi năm; nếu là năm 2024 (năm của báo cáo): **Chủ nhật**'] },
    { text: 'Ngày 31/4/20$020 họp.', vi: ['không có trong lịch'] },
    // A local term is the province's own numbering.
    { text: 'Ban Chấp hành Đảng bộ tỉnh khóa X$0V lãnh đạo.', vi: ['khóa địa phương được đánh số riêng'] },
    // Plain words: nothing.
    { text: 'Các cấp ủy đã quán $0triệt.', none: true },
  ];
  for (const c of cases) test(c.text + (c.reportDate ? ` @${c.reportDate}` : ''), () => check(corpus, c));
});

describe('hover (bundled corpus)', async () => {
  const corpus = await bundledIndex();
  const cases: Case[] = [
    { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa $0X.', vi: ['Ban Chấp hành Trung ương Đảng khóa X**: 25/4/2006 – 19/1/2011'] },
    { text: 'Quyết định số 29$00-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X.', reportDate: '2023-08-25', vi: ['**Quyết định số 290-QĐ/TW** — Bộ Chính trị, khóa X', 'Thứ Năm', '23-QĐ/TW'] },
  ];
  for (const c of cases) test(c.text, () => check(corpus, c));
});
