// What the December 2026 corpus settles (shared/domain/corpus-audit-2026-12.md): a real Party
// "QĐi" symbol, ids reused across terms told apart by their dates, and documents of 2025–2026.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyze, read, resolveOptions, RULE_CODES, type CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const HEADER = (date: string) => `BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY\nSố 12-BC/BTGDVTU\n\nHà Tĩnh, ${date}\n\nBÁO CÁO\nCông tác dân vận\n\n`;

function findings(text: string) {
  const { options } = resolveOptions({}, RULE_CODES);
  return analyze(text, corpus, options, '2026-11-23').findings;
}

// Correct citations of documents the corpus now knows raise nothing at all, under every rule.
const quiet = [
  'Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.',
  'Thực hiện Kết luận số 215-KL/TW ngày 23/11/2025 của Bộ Chính trị về sửa đổi, bổ sung quy định về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân.',
  'Quán triệt Chỉ thị số 01-CT/TW ngày 23/01/2026 của Bộ Chính trị về nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIV của Đảng.',
  'Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về sắp xếp tổ chức bộ máy của hệ thống chính trị.',
  'Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.',
  'Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.',
  'Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09 tháng 6 năm 2015 được sửa đổi, bổ sung bởi Luật số 97/2025/QH15 ngày 27 tháng 6 năm 2025;',
];
for (const t of quiet)
  test(`quiet in a 2026 report: ${t.slice(0, 70)}`, () => {
    const f = findings(HEADER('ngày 05 tháng 3 năm 2026') + t);
    assert.deepEqual(f.map((x) => `${x.code}: ${x.message.vi}`), []);
  });

// Same id, two documents: the date chooses; without a date the report's date does (probably) —
// exactly when only one of them was issued by then (a 2012 report cannot cite the 2020 or 2025 one).
const reused: { text: string; report: string; date: string; certainty: 'exact' | 'probable' }[] = [
  { text: 'Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị', report: '2026-03-05', date: '2010-07-22', certainty: 'exact' },
  { text: 'Chỉ thị số 45-CT/TW ngày 14/4/2025', report: '2026-03-05', date: '2025-04-14', certainty: 'exact' },
  { text: 'Chỉ thị số 45-CT/TW', report: '2025-09-05', date: '2025-04-14', certainty: 'probable' },
  // The Secretariat's 45-CT/TW of 1994 on the Mông areas was issued by then as well: likely, no longer sure.
  { text: 'Chỉ thị số 45-CT/TW', report: '2012-09-05', date: '2010-07-22', certainty: 'probable' },
  { text: 'Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị', report: '2026-03-05', date: '2014-05-26', certainty: 'exact' },
  { text: 'Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị', report: '2026-03-05', date: '2019-05-30', certainty: 'exact' },
];
for (const r of reused)
  test(`reused id: ${r.text} (report ${r.report}) → ${r.date}`, () => {
    const res = corpus.resolve(read(r.text).citations[0]!, { reportDate: r.report, province: null });
    assert.equal(res?.entry.record.date, r.date);
    assert.equal(res?.certainty, r.certainty);
  });

test('the QĐi code is a Party code of Quy định, not a state one', () => {
  const k = corpus.kinds.find((e) => e.record.kind === 'Quy định')!.record;
  assert.ok(k.party?.includes('QĐi'));
  assert.ok(!k.state?.includes('QĐi'));
});
