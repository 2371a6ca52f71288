// A new report from a directive: each row is a request, what the draft must say, and which
// findings the full analysis of the draft must (and must not) raise. The draft is checked with
// the same analyze() as any report, so a wrong N meets anniversary-mismatch like a typed one.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, newReport, resolveOptions, RULE_CODES, type NewReportRequest } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';

interface Case {
  name: string;
  req: NewReportRequest;
  /** Lines or phrases the draft must contain. */
  has: string[];
  /** N used, or null. */
  years: number | null;
  /** Codes the analysis must raise … */
  raises?: string[];
  /** … and must not. */
  quiet: string[];
  /** Substrings of the notes, in order. */
  notes?: string[];
}

const QUIET = ['title-capitalization', 'anniversary-mismatch', 'citation-incomplete', 'citation-unknown', 'date-format', 'section-missing', 'citation-term-mismatch', 'citation-issuer-mismatch', 'citation-date-mismatch'];
const HT = { issuer: 'Ban Dân vận Tỉnh ủy', superior: 'Đảng bộ tỉnh Hà Tĩnh', place: 'Hà Tĩnh' };

const CASES: Case[] = [
  {
    name: 'tổng kết 10 năm of 25-NQ/TW in 2023: N computed, full citation, no anniversary finding',
    req: { kind: 'tong-ket', directive: '25-NQ/TW', date: '2023-06-03', ...HT },
    has: [
      'ĐẢNG BỘ TỈNH HÀ TĨNH',
      '**BAN DÂN VẬN TỈNH ỦY**',
      '*Hà Tĩnh, ngày 03 tháng 6 năm 2023*',
      '**Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương khóa XI',
      '**KẾT QUẢ 10 NĂM THỰC HIỆN**',
      '**IV. BÀI HỌC KINH NGHIỆM**',
      '*Nơi nhận:*',
      '**TRƯỞNG BAN**',
    ],
    years: 10,
    quiet: QUIET,
    // Three documents carry 25-NQ/TW (Party numbers restart each term): the draft says which it used.
    notes: ['Có 3 văn bản cùng số 25-NQ/TW: đã dùng văn bản ngày 3/6/2013 (khóa XI); văn bản ngày 25/7/2008 (khóa X), văn bản ngày 12/3/2003 (khóa IX) là văn bản khác'],
  },
  {
    name: 'tổng kết 10 năm asked for in 2021: the draft says 10 and anniversary-mismatch fires',
    req: { kind: 'tong-ket', directive: '25-NQ/TW', date: '2021-06-03', years: 10, ...HT },
    has: ['**Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW'],
    years: 10,
    raises: ['anniversary-mismatch'],
    quiet: ['citation-incomplete', 'citation-unknown', 'section-missing'],
    notes: ['Có 3 văn bản cùng số 25-NQ/TW', 'đến năm 2021 là 8 năm, không phải 10 năm'],
  },
  {
    name: 'a report dated before the newer of two documents sharing the id reviews the older one',
    req: { kind: 'tong-ket', directive: '25-NQ/TW', date: '2012-07-25', years: 5, ...HT },
    has: ['**Tổng kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương khóa X'],
    years: 5,
    quiet: ['anniversary-mismatch', 'citation-unknown'],
    notes: ['đã dùng văn bản ngày 25/7/2008 (khóa X); văn bản ngày 3/6/2013 (khóa XI), văn bản ngày 12/3/2003 (khóa IX) là văn bản khác'],
  },
  {
    name: 'sơ kết of 290-QĐ/TW by a Tỉnh ủy: the standing committee signs T/M',
    req: { kind: 'so-ket', directive: '290-QĐ/TW', date: '2015-03-10', issuer: 'Tỉnh ủy Hà Tĩnh', superior: 'Đảng bộ tỉnh Hà Tĩnh', place: 'Hà Tĩnh' },
    has: ['**Sơ kết 5 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X', '**T/M BAN THƯỜNG VỤ**', '**BÍ THƯ**'],
    years: 5,
    quiet: QUIET,
  },
  {
    name: 'annual report: no directive needed, the year and the next',
    req: { kind: 'bao-cao-nam', date: '2025-12-15', field: 'công tác dân vận', ...HT },
    has: ['**Kết quả công tác dân vận năm 2025, phương hướng, nhiệm vụ năm 2026**', '**II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026**'],
    years: null,
    quiet: QUIET,
  },
  {
    name: 'a state body gets the motto and a People’s Committee signature',
    req: { kind: 'chuyen-de', directive: '30/2020/NĐ-CP', date: '2024-04-02', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', place: 'Hà Tĩnh', system: 'state' },
    has: ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**', 'Nghị định số 30/2020/NĐ-CP', '**T/M ỦY BAN NHÂN DÂN**', '**CHỦ TỊCH**'],
    years: null,
    quiet: QUIET,
  },
  {
    name: 'an id the corpus does not know: a placeholder and a note, never an invented citation',
    req: { kind: 'tong-ket', directive: '999-NQ/TW', date: '2024-01-05', ...HT },
    has: ['Tổng kết N năm thực hiện Nghị quyết số …'],
    years: null,
    quiet: ['anniversary-mismatch'],
    notes: ['Kho văn bản chưa có 999-NQ/TW'],
  },
];

async function check(c: Case): Promise<void> {
  const corpus = await bundledIndex();
  const out = newReport(c.req, corpus);
  for (const h of c.has) assert.ok(out.text.includes(h), `draft should contain "${h}":\n${out.text}`);
  assert.equal(out.years, c.years);
  const { options } = resolveOptions({}, RULE_CODES);
  const codes = analyze(out.text, corpus, options, '2026-12-01').findings.map((f) => f.code);
  for (const code of c.raises ?? []) assert.ok(codes.includes(code), `should raise ${code}; got ${codes.join(', ')}`);
  for (const code of c.quiet) assert.ok(!codes.includes(code), `should not raise ${code}; got ${codes.join(', ')}\n${out.text}`);
  c.notes?.forEach((n, i) => assert.ok(out.notes[i]?.vi.includes(n), `note ${i} "${out.notes[i]?.vi}" should contain "${n}"`));
  if (!c.notes) assert.deepEqual(out.notes, []);
}

describe('newReport', () => {
  for (const c of CASES) it(c.name, () => check(c));
});

describe('newReport: the issuing body in running text', () => {
  it('capitals typed for the header become the corpus spelling in the opening sentence', async () => {
    const out = newReport({ kind: 'tong-ket', directive: '25-NQ/TW', date: '2023-06-03', issuer: 'BAN DÂN VẬN TỈNH ỦY', place: 'Hà Tĩnh' }, await bundledIndex());
    assert.match(out.text, /Thực hiện chỉ đạo của …, Ban Dân vận Tỉnh ủy báo cáo kết quả 10 năm thực hiện Nghị quyết số 25-NQ\/TW như sau:/);
  });
});
