import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusRecord } from '../../../server/src/core/index';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import { checkRule, type RuleCase } from '../../helpers/rules';

// Test records: the facts the rule depends on, with a source it must name.
const records: CorpusRecord[] = [
  {
    type: 'organisation', name: 'Ban Dân vận Trung ương', scope: 'central', until: '2025-02-03',
    successor: 'Ban Tuyên giáo và Dân vận Trung ương', sources: [{ url: 'https://example.test/merger' }],
  },
  { type: 'organisation', name: 'Ban Tuyên giáo và Dân vận Trung ương', scope: 'central', from: '2025-02-03', sources: [{ title: 'test' }] },
  { type: 'organisation', name: 'Huyện ủy', scope: 'district', until: '2025-07-01', sources: [{ title: 'two-level government' }] },
  { type: 'organisation', name: 'Ủy ban nhân dân huyện', abbreviations: ['UBND huyện'], scope: 'district', until: '2025-07-01', sources: [{ title: 'two-level government' }] },
  { type: 'organisation', name: 'Bộ Kế hoạch và Đầu tư', scope: 'central', until: '2025-03-01', successor: 'Bộ Tài chính', sources: [{ title: 'Nghị quyết 176/2025/QH15' }] },
  // A department the provinces merged in 2025, each on its own day: the record knows the year only.
  { type: 'organisation', name: 'Sở Kế hoạch và Đầu tư', scope: 'province', until: '2025', successor: 'Sở Tài chính', sources: [{ title: 'test' }] },
  // A successor without a day it ceased: nothing to judge.
  { type: 'organisation', name: 'Ban Dân vận Tỉnh ủy', scope: 'province', successor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', sources: [{ title: 'test' }] },
];
const corpus = memoryIndex(records);

const H = 'Hà Tĩnh, ngày 15 tháng 9 năm 2025\n\n';

const cases: RuleCase[] = [
  // The year only: "từ năm 2025", not "từ ngày 2025" (probe 153).
  { text: 'Hà Nội, ngày 10 tháng 4 năm 2026\n\n⟦Sở Kế hoạch và Đầu tư⟧ chủ trì.', messages: ['"Sở Kế hoạch và Đầu tư" không còn từ năm 2025, trước ngày của báo cáo 10/4/2026; cơ quan kế tục: Sở Tài chính'] },
  {
    text: `${H}Đồng chí Phó Trưởng ⟦ban Dân vận Trung ương⟧ dự hội nghị.`,
    messages: ['không còn từ ngày 3/2/2025, trước ngày của báo cáo 15/9/2025; cơ quan kế tục: Ban Tuyên giáo và Dân vận Trung ương — nguồn: example.test'],
  },
  { text: `${H}⟦UBND huyện⟧ Cẩm Xuyên đã triển khai kế hoạch.`, messages: ['không còn từ ngày 1/7/2025'] },
  // A text with no date of its own: an opening that dates an event before the change says when it
  // speaks of (news items of the second and fourth outside probes); one after it does not.
  { text: 'Sáng ngày 22/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị.\n\nĐồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Huyện ủy, phát biểu.', today: '2026-12-01' },
  { text: 'Sáng ngày 22/10/2025, xã tổ chức Hội nghị.\n\nĐồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ ⟦Huyện ủy⟧, phát biểu.', today: '2026-12-01', messages: ['không còn từ ngày 1/7/2025, trước ngày ghi ở câu mở đầu 22/10/2025'] },
  // Nor does a text that gives nothing later than the change — a date it writes, a document it cites
  // (twenty-third outside probe: a 2005 Huyện ủy regulation, a Q&A on a 2016 guide) — but one date
  // after it does; a date pointing ahead ("có hiệu lực từ ngày …") says nothing of when it was written.
  { text: 'Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.\n\nĐồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Huyện ủy, phát biểu.', today: '2026-12-01' },
  { text: 'Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.\n\nNgày 02/3/2026, đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ ⟦Huyện ủy⟧, phát biểu.', today: '2026-12-01', messages: ['không còn từ ngày 1/7/2025'] },
  { text: 'Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Quy chế có hiệu lực từ ngày 01/10/2025.\n\nĐồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Huyện ủy, phát biểu.', today: '2026-12-01' },
  // A ministry merged on 1/3/2025: named as a body of 2026 it is told; as the issuer or in the title of
  // a document it issued before, or beside "thay thế", it is of its time (the gazette's texts of 2026).
  { text: 'Hà Nội, ngày 10 tháng 4 năm 2026\n\n⟦Bộ Kế hoạch và Đầu tư⟧ chủ trì, phối hợp.', messages: ['không còn từ ngày 1/3/2025, trước ngày của báo cáo 10/4/2026; cơ quan kế tục: Bộ Tài chính'] },
  { text: 'Hà Nội, ngày 10 tháng 4 năm 2026\n\nBãi bỏ Thông tư số 10/2023/TT-BKHĐT ngày 1 tháng 12 năm \n2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn việc thuộc phạm vi quản lý của Bộ Kế hoạch và Đầu tư.' },
  { text: 'Hà Nội, ngày 10 tháng 4 năm 2026\n\nCục Đầu tư thay thế các đơn vị của Bộ Kế hoạch và Đầu tư thực hiện thủ tục.' },
  { text: `${H}Đồng chí Bí thư ⟦Huyện ủy⟧ Can Lộc phát biểu.` },
  // Case and tone placement do not matter.
  { text: `${H}⟦Ủy ban nhân dân Huyện⟧ và ⟦Uỷ ban nhân dân huyện⟧ phối hợp.` },
  // No date line: judged against today.
  { text: '⟦Ban Dân vận Trung ương⟧ chỉ đạo.', today: '2026-11-23', messages: ['hôm nay 23/11/2026'] },
  // A citation dated after the body ceased still names it.
  { text: `${H}Thực hiện Hướng dẫn số 12-HD/BDVTW ngày 5/5/2025 của ⟦Ban Dân vận Trung ương⟧.` },

  // The report is dated before the change.
  { text: 'Hà Tĩnh, ngày 15 tháng 9 năm 2024\n\nBan Dân vận Trung ương chỉ đạo; UBND huyện triển khai.' },
  // Historical mentions: a year up to the change, or a word saying so.
  { text: `${H}Năm 2020, Ban Dân vận Trung ương đã tổ chức hội nghị.` },
  { text: `${H}Ngày 16/6/2020, Ban Dân vận Trung ương đã tổ chức hội nghị.` },
  { text: `${H}Đồng chí nguyên Phó Trưởng ban Dân vận Trung ương dự.` },
  { text: `${H}Trước khi sáp nhập, Huyện ủy Cẩm Xuyên đã lãnh đạo tốt.` },
  { text: `${H}Xã Cẩm Lộc thuộc huyện Cẩm Xuyên (cũ) và Huyện ủy (cũ).` },
  // A citation's issuer for a document dated before the change.
  { text: `${H}Thực hiện Hướng dẫn số 12-HD/BDVTW ngày 5/5/2020 của Ban Dân vận Trung ương, các cấp đã triển khai.` },
  // The successor, and a body whose record has no end date.
  { text: `${H}Ban Tuyên giáo và Dân vận Trung ương chỉ đạo; Ban Dân vận Tỉnh ủy triển khai.` },
  // A line ending in "huyện" before "Ủy ban …" is not "Huyện ủy".
  { text: `${H}Thẩm quyền của Ủy ban nhân dân cấp huyện\nỦy ban nhân dân cấp huyện quyết định.` },
  // Quoted text.
  { text: `${H}Cuốn sách "Ban Dân vận Trung ương 90 năm" ra mắt.` },
  // A mass organisation's own central board (second outside probe: the Farmers' Union's).
  { text: `${H}Ban Dân vận Trung ương Hội Nông dân Việt Nam triển khai.` },
];

for (const c of cases) test(`organisation-renamed: ${c.text.replace(/\n/g, ' ⏎ ')}`, () => {
    checkRule('organisation-renamed', corpus, c);
  });

test('organisation-renamed: information, both languages, no fix', () => {
  const [f] = checkRule('organisation-renamed', corpus, { text: `${H}⟦Huyện ủy⟧ Can Lộc.` });
  assert.equal(f!.severity, 'information');
  assert.equal(f!.fixes, undefined);
  assert.match(f!.message.en, /ceased on 1\/7\/2025, before the report's date 15\/9\/2025 — source: two-level government/);
});

// The 2025 provinces, with the bundled corpus (corpus/provinces.json): former provinces are named
// through their bodies; the successor is the same body of the new unit.
const D26 = 'Tuyên Quang, ngày 10 tháng 3 năm 2026\n\n';
const provinceCases: RuleCase[] = [
  { text: `${D26}Đồng chí Bí thư ⟦Tỉnh ủy Hà Giang⟧ phát biểu.`, messages: ['không còn từ ngày 1/7/2025, trước ngày của báo cáo 10/3/2026; cơ quan kế tục: Tỉnh ủy Tuyên Quang — nguồn: Nghị quyết 202/2025/QH15'] },
  { text: `${D26}⟦UBND tỉnh Bình Dương⟧ đã ban hành kế hoạch.`, messages: ['cơ quan kế tục: UBND Thành phố Hồ Chí Minh'] },
  { text: `${D26}⟦Hội đồng nhân dân tỉnh Quảng Nam⟧ họp.`, messages: ['cơ quan kế tục: Hội đồng nhân dân thành phố Đà Nẵng'] },
  { text: `${D26}⟦Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu⟧ và ⟦Uỷ ban nhân dân tỉnh Bà Rịa – Vũng Tàu⟧ phối hợp.` },
  { text: `${D26}⟦Đảng bộ tỉnh Hà Nam⟧ lãnh đạo.`, messages: ['cơ quan kế tục: Đảng bộ tỉnh Ninh Bình'] },
  { text: `${D26}Thực hiện Nghị quyết số 05-NQ/TU ngày 10/9/2025 của ⟦Tỉnh ủy Hà Giang⟧.` },
  // Thừa Thiên Huế became the centrally-run thành phố Huế on 1/1/2025 (Nghị quyết 175/2024/QH15),
  // six months before the mergers: a report of 2025 already names its bodies after Huế.
  { text: 'Huế, ngày 20 tháng 3 năm 2025\n\nĐồng chí Bí thư ⟦Tỉnh ủy Thừa Thiên Huế⟧ phát biểu.', messages: ['không còn từ ngày 1/1/2025, trước ngày của báo cáo 20/3/2025; cơ quan kế tục: Thành ủy Huế — nguồn: Nghị quyết 175/2024/QH15'] },
  { text: `${D26}⟦UBND tỉnh Thừa Thiên Huế⟧ đã bàn giao.`, messages: ['cơ quan kế tục: UBND thành phố Huế'] },
  { text: 'Huế, ngày 20 tháng 12 năm 2024\n\nTỉnh ủy Thừa Thiên Huế chỉ đạo; Thành ủy Huế triển khai.' },

  // The same names in a report dated before the merger.
  { text: 'Hà Giang, ngày 15 tháng 9 năm 2024\n\nTỉnh ủy Hà Giang chỉ đạo; UBND tỉnh Bình Dương triển khai.' },
  { text: 'Hà Giang, ngày 30 tháng 6 năm 2025\n\nTỉnh ủy Hà Giang chỉ đạo.' },
  // A name the new unit kept, and the unchanged provinces.
  { text: `${D26}Tỉnh ủy Tuyên Quang, UBND tỉnh Bắc Ninh, Thành ủy Hải Phòng, Tỉnh ủy Hà Tĩnh và UBND Thành phố Hồ Chí Minh chỉ đạo.` },
  // The past, said in words; a citation of a former province's document; an address.
  { text: `${D26}Trước khi sáp nhập, Tỉnh ủy Hà Giang đã lãnh đạo tốt.` },
  { text: `${D26}Các xã thuộc tỉnh Hà Giang (cũ) và Tỉnh ủy Hà Giang (cũ) đã bàn giao hồ sơ.` },
  { text: `${D26}Thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2021 của Tỉnh ủy Hà Giang, các xã đã triển khai.` },
  { text: `${D26}Năm 2024, UBND tỉnh Bình Dương đã tổng kết.` },
  { text: `${D26}Đoàn công tác đến xã Lũng Cú, tỉnh Hà Giang cũ.` },
  { text: `${D26}Xã Minh Tân thuộc tỉnh Hà Giang trước đây.` },
];

for (const c of provinceCases)
  test(`organisation-renamed (provinces): ${c.text.replace(/\n/g, ' ⏎ ')}`, async () => {
    checkRule('organisation-renamed', await bundledIndex(), c);
  });
