// Hover, as data: a draft with $0 where the mouse is, and what the card must say (Vietnamese,
// and English where given). The report's date is passed as "today" (the drafts have no header).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { directiveCard, hoverAt } from '../../../server/src/core/features/index';
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
    // The replacement settled by 23-QĐ/TW's Điều 3; the status note in Vietnamese, English beside.
    {
      text: 'Quyết định số 29$00-QĐ/TW của Bộ Chính trị.',
      reportDate: '2024-03-05',
      vi: ['đã được thay thế bởi Quyết định 23-QĐ/TW (30/7/2021) trước ngày của báo cáo', 'Ghi chú hiệu lực: Thay thế bởi Quyết định 23-QĐ/TW ngày 30/7/2021 (Điều 3).'],
      en: ['replaced by Quyết định 23-QĐ/TW (30/7/2021)', 'Status note: Replaced by 23-QĐ/TW of 30/7/2021 (its Art. 3).'],
    },
    // A law: its name, when it took effect, and the law that replaced it.
    {
      text: 'Căn cứ Luật Đất đai số 4$05/2013/QH13;',
      reportDate: '2026-03-05',
      vi: ['**Luật số 45/2013/QH13** — Quốc hội, khóa XIII', 'Tên: Luật Đất đai', 'Ngày ban hành: 29/11/2013', 'Có hiệu lực từ: 1/7/2014', 'đã được thay thế bởi Luật 31/2024/QH15 (1/8/2024) trước ngày của báo cáo'],
      en: ['Name: Luật Đất đai', 'In force from: 1/7/2014'],
    },
    // What a law replaced, on the new law's card (corpus links made two-sided in the fifty-fourth session).
    { text: 'Căn cứ Luật Đất đai số 3$01/2024/QH15;', reportDate: '2026-03-05', vi: ['- Thay thế: Luật 45/2013/QH13 (29/11/2013)'], en: ['- Replaces: Luật 45/2013/QH13 (29/11/2013)'] },
    { text: 'Căn cứ Nghị định số 3$04/2017/NĐ-CP;', reportDate: '2026-03-05', vi: ['- Thay thế: Nghị định 58/2014/NĐ-CP (16/6/2014)'] },
    // Sources that disagree, named in Vietnamese with dates as writers write them.
    { text: 'Căn cứ Luật Đất đai số 3$01/2024/QH15;', reportDate: '2026-03-05', vi: ['⚠ Nguồn mâu thuẫn về ngày có hiệu lực: 1/8/2024 / 1/1/2025 / 1/7/2024'], en: ['⚠ Sources disagree on the date in force: 1/8/2024 / 1/1/2025 / 1/7/2024'] },
    // A name that is not the record's.
    { text: 'Căn cứ Luật Khiếu nại số 4$05/2013/QH13;', reportDate: '2026-03-05', vi: ['⚠ Trích dẫn ghi tên "Khiếu nại", kho ghi "Đất đai".'], en: ['⚠ The citation writes the name "Khiếu nại"; the corpus has "Đất đai".'] },
    // A source is a short title and its site: a Công báo document, a page's site.
    // A law passed and not yet in force on the report's date (forty-first session: "chưa rõ hiệu lực" was said).
    { text: 'Căn cứ Luật Xây dựng số 1$035/2025/QH15;', reportDate: '2026-03-05', vi: ['Hiệu lực vào ngày của báo cáo (5/3/2026): đã ban hành, chưa có hiệu lực (có hiệu lực từ 1/7/2026)'], en: ['issued, not yet in force (in force from 1/7/2026)'] },
    { text: 'Căn cứ Luật Xây dựng số 1$035/2025/QH15;', reportDate: '2026-08-05', vi: ['Hiệu lực vào ngày của báo cáo (5/8/2026): chưa rõ hiệu lực'] },
    // (135/2025/QH15 served here until corpus round 149 gave it a core record of news pages.)
    { text: 'Căn cứ Luật Đầu tư số 1$043/2025/QH15;', reportDate: '2026-03-05', vi: ['Nguồn: [Công báo: '] },
    // A report dated after the corpus's as-of date hears that the record may have changed since.
    { text: 'Quyết định số 2$03-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.', reportDate: '2027-02-01', vi: ['sau ngày cập nhật kho: thông tin trên có thể đã thay đổi'], en: ["after the corpus's as-of date: this may have changed since"] },
    { text: 'Quyết định số 9$099-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.', reportDate: '2027-02-01', vi: ['Kho văn bản chưa có văn bản này', 'sau ngày cập nhật kho'] },
  ];
  for (const c of cases) test(c.text + (c.reportDate ? ` @${c.reportDate}` : ''), () => check(corpus, c));

  test('a report dated on or before the as-of date hears nothing of it', () => {
    const m = parseMarkers('Quyết định số 2$03-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.');
    const h = hoverAt(analyze(m.text, corpus, resolveOptions(undefined, RULE_CODES).options, corpus.meta.asOf), m.cursor!, corpus)!;
    assert.ok(!h.contents.vi.includes('sau ngày cập nhật kho'), h.contents.vi);
  });

  // "Nguồn" never shows a long sentence: every link label of every bundled record is a title of
  // at most 60 characters (plus its site), or a site.
  test('every source label of every bundled directive is short', () => {
    const long: string[] = [];
    for (const e of corpus.directives) {
      const card = directiveCard(e, corpus, '2026-03-05');
      const line = card.vi.split('\n').find((l) => l.startsWith('- Nguồn: ')) ?? '';
      for (const m of line.matchAll(/\[((?:[^\]\\]|\\.)*)\]\(/g)) {
        const label = m[1]!.replace(/\\(.)/g, '$1').replace(/ \([^()]+\)$/, '');
        if (label.length > 61) long.push(`${e.record.id}: ${label}`);
      }
    }
    assert.deepEqual(long, []);
  });
});
