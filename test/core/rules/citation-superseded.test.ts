import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { read, type CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

// Quy định 76-QĐ/TW (2000) was replaced by Quy định 213-QĐ/TW of 2/1/2020 (a confirmed link).
const HEADER = (date: string) => `BAN DÂN VẬN TỈNH ỦY\nSố 12-BC/BDVTU\n\nHà Tĩnh, ${date}\n\nBÁO CÁO\nCông tác dân vận\n\n`;

const cases: RuleCase[] = [
  // Replaced on the text's own day: the text speaks of the change, not of the old one in force (fortieth session's probe 388).
  { text: HEADER('ngày 18 tháng 02 năm 2025') + 'Thực hiện Nghị quyết số 08/2021/QH15 của Quốc hội về cơ cấu tổ chức của Chính phủ, các bộ rà soát.' },
  { text: HEADER('ngày 19 tháng 02 năm 2025') + 'Thực hiện ⟦Nghị quyết số 08/2021/QH15⟧ của Quốc hội về cơ cấu tổ chức của Chính phủ, các bộ rà soát.', messages: ['176/2025/QH15'] },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Các chi bộ tiếp tục thực hiện ⟦Quy định số 76-QĐ/TW⟧ của Bộ Chính trị.', messages: ['213-QĐ/TW'] },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Tiếp tục thực hiện ⟦Quy định số 76-QĐ/TW⟧.', messages: ['trước ngày của báo cáo 5/3/2023'] },
  // The text's own kind names its date: a decision's is no report's (hundred-and-twenty-seventh outside probe).
  { text: HEADER('ngày 05 tháng 3 năm 2023').replace('BÁO CÁO', 'QUYẾT ĐỊNH') + 'Tiếp tục thực hiện ⟦Quy định số 76-QĐ/TW⟧.', messages: ['trước ngày của quyết định 5/3/2023'] },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Căn cứ ⟦Quy định số 76-QĐ/TW⟧ ngày 15/6/2000 của Bộ Chính trị;' },
  // Historical mentions: a review, a past year, a report dated before the replacement.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Hội nghị tổng kết 20 năm thực hiện Quy định số 76-QĐ/TW.' },
  // An amending act named in the căn cứ of the law it amended (a Công báo text).
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Căn cứ Quy chế được sửa đổi, bổ sung một số điều theo Quy định số 76-QĐ/TW;' },
  // Years of it looked back over, as a review (twenty-eighth outside probe).
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Đặc biệt, sau 20 năm thực hiện Quy định số 76-QĐ/TW, nhiều đảng viên đã gương mẫu.' },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Năm 2019, các chi bộ đã thực hiện Quy định số 76-QĐ/TW.' },
  { text: HEADER('ngày 05 tháng 3 năm 2019') + 'Các chi bộ tiếp tục thực hiện Quy định số 76-QĐ/TW.' },
  // The date of a header flattened into table lines is the report's (fourth outside probe: a 2018
  // Hải Phòng decision had been told its căn cứ laws were replaced in 2025).
  { text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 30/2018/QĐ-UBND | Hải Phòng, ngày 09 tháng 10 năm 2018 |\nQUYẾT ĐỊNH\n\nCăn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;' },
  { text: 'Căn cứ ⟦Luật Cán bộ, công chức⟧ ngày 13 tháng 11 năm 2008;', today: '2026-12-01', messages: ['80/2025/QH15'] },
  // An article of it between the cue and the citation, and the year written after it as its name's
  // (twenty-third outside probe: "theo quy định tại Điều 12 Quy định 124-QĐ/TW năm 2023" had passed).
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Xếp loại theo quy định tại Điều 3 ⟦Quyết định số 290-QĐ/TW⟧ năm 2010.', messages: ['23-QĐ/TW'] },
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Năm 2019, các chi bộ xếp loại theo quy định tại khoản 2 Điều 3 Quyết định số 290-QĐ/TW.' },
  // Mentioned, not cited as in force.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Quy định 213-QĐ/TW thay thế Quy định số 76-QĐ/TW.' },
  // 290-QĐ/TW was replaced by 23-QĐ/TW of 30/7/2021 (Điều 3 of 23, confirmed): a 2024 report that
  // still "continues" it hears so; one dated before the replacement does not.
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Tiếp tục thực hiện ⟦Quyết định số 290-QĐ/TW⟧ của Bộ Chính trị.', messages: ['23-QĐ/TW'] },
  { text: HEADER('ngày 05 tháng 3 năm 2021') + 'Tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị.' },
  // A replacement known only as "unverified" never speaks (171-QĐ/TW → 259-QĐ/TW, inferred from one subject; 77/2015/QH13 →
  // 65/2025/QH15 served here until corpus round 151 read a page that says so).
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện Quyết định số 171-QĐ/TW của Bộ Chính trị.' },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện ⟦Luật Tổ chức chính quyền địa phương số 77/2015/QH13⟧.', messages: ['65/2025/QH15'] },
  // The replacement replaced in its turn before the text's day: the one in force is named too; the year of an amendment
  // names the amending law, not a time the sentence speaks of (probe 447).
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Căn cứ ⟦Luật Tổ chức chính quyền địa phương⟧ ngày 19/6/2015 và Luật sửa đổi, bổ sung năm 2019;', messages: ['thay thế bởi Luật Tổ chức chính quyền địa phương 65/2025/QH15 (1/3/2025), nay là Luật Tổ chức chính quyền địa phương 72/2025/QH15 (16/6/2025) trước'] },
  { text: HEADER('ngày 05 tháng 4 năm 2025') + 'Căn cứ ⟦Luật Tổ chức chính quyền địa phương⟧ ngày 19/6/2015 (sửa đổi, bổ sung năm 2019);', messages: ['65/2025/QH15 (1/3/2025) trước'] },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Năm 2019, xã thực hiện Luật Tổ chức chính quyền địa phương ngày 19/6/2015.' },
  // A run of citations after one cue: each is cited as applied (probe 450: only the first was told).
  {
    text:
      HEADER('ngày 10 tháng 3 năm 2025') +
      'Thực hiện ⟦Pháp lệnh số 34/2007/PL-UBTVQH11⟧ ngày 20/4/2007 về thực hiện dân chủ ở xã, phường, thị trấn và ⟦Nghị định số 29/1998/NĐ-CP⟧ ngày 11/5/1998 của Chính phủ.',
    messages: ['10/2022/QH15', 'Nghị định 79/2003/NĐ-CP (2/8/2003), nay là Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (1/7/2023)'],
  },
  { text: HEADER('ngày 10 tháng 3 năm 2025') + 'Cán bộ nghiên cứu Pháp lệnh số 34/2007/PL-UBTVQH11 và Nghị định số 29/1998/NĐ-CP của Chính phủ.' },
  { text: HEADER('ngày 10 tháng 3 năm 2025') + 'Thực hiện ⟦Pháp lệnh số 34/2007/PL-UBTVQH11⟧, xã đã họp. Cán bộ nghiên cứu Nghị định số 29/1998/NĐ-CP.', messages: ['10/2022/QH15'] },
  // Laws: the replacement counts from the day it took effect, not the day it was passed.
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Căn cứ ⟦Luật Đất đai số 45/2013/QH13⟧;', messages: ['thay thế bởi Luật Đất đai 31/2024/QH15 (1/8/2024)'] },
  { text: HEADER('ngày 05 tháng 3 năm 2020') + 'Thực hiện ⟦Luật Tố cáo số 03/2011/QH13⟧, các cơ quan đã tiếp nhận đơn.', messages: ['Luật Tố cáo 25/2018/QH14 (1/1/2019)'] },
  { text: HEADER('ngày 05 tháng 9 năm 2018') + 'Thực hiện Luật Tố cáo số 03/2011/QH13, các cơ quan đã tiếp nhận đơn.' },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Căn cứ Luật Đất đai số 31/2024/QH15 và Luật Thi đua, khen thưởng số 06/2022/QH15;' },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện ⟦Luật Thi đua, khen thưởng số 15/2003/QH11⟧;', messages: ['06/2022/QH15'] },
  // In force documents.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Tiếp tục thực hiện Quy định số 213-QĐ/TW và Nghị quyết 25-NQ/TW.' },
  // Third outside probe: sentences about the time before the replacement, or about the replacement.
  { text: HEADER('ngày 14 tháng 10 năm 2021') + 'Quyết định số 23-QĐ/TW ngày 30/7/2021 ban hành Quy chế công tác dân vận, thay thế Quy chế ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị.' },
  { text: HEADER('ngày 20 tháng 6 năm 2025') + 'Trước khi có Quyết định số 23-QĐ/TW, các cấp ủy thực hiện Quy chế ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010.' },
  { text: HEADER('ngày 20 tháng 6 năm 2025') + 'Các cấp đã thực hiện Quy chế kèm theo Quyết định số 290-QĐ/TW đến khi được thay thế.' },
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Từ tháng 01/2020 đến hết tháng 6/2021, các chi bộ thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị.' },
  // A date after the replacement does not make it historical.
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Từ tháng 01/2022, các chi bộ tiếp tục thực hiện ⟦Quyết định số 290-QĐ/TW⟧ của Bộ Chính trị.', messages: ['23-QĐ/TW'] },
  // A PDF's lines wrap inside a sentence: the time it speaks of is on the line before (a Công báo circular's
  // transition clause, December 2026); a line that opens in capitals still ends the clause before it.
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'a) Gói thầu đã đăng tải trên Hệ thống trước \nngày 01/12/2021 thì tiếp tục tổ chức lựa chọn \nnhà thầu theo quy định của Quyết định số 290-QĐ/TW;' },
  { text: HEADER('ngày 05 tháng 3 năm 2024') + 'Trước đây có nhiều vướng mắc.\nCác chi bộ tiếp tục thực hiện ⟦Quyết định số 290-QĐ/TW⟧.', messages: ['23-QĐ/TW'] },
  // Granted under it then: "Cá nhân đã được cấp chứng chỉ … theo quy định của …".
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Cá nhân đã được cấp chứng chỉ theo quy định của Luật Đất đai số 45/2013/QH13 được tiếp tục sử dụng.' },
  // A law named in the subject of another document is that document's topic, not the writer's basis.
  // A consolidated text keeps its base text's preamble, which speaks from that text's day (hundred-and-sixty-third outside
  // probe); the same line in a text of its own is told.
  { text: 'ỦY BAN DÂN TỘC\nSố: 01/VBHN-UBDT\nHà Nội, ngày 17 tháng 10 năm 2024\nNGHỊ ĐỊNH\nVỀ CÔNG TÁC DÂN TỘC\nCăn cứ Luật Đất đai số 45/2013/QH13;' },
  { text: 'ỦY BAN DÂN TỘC\nSố: 01/QĐ-UBDT\nHà Nội, ngày 17 tháng 10 năm 2024\nQUYẾT ĐỊNH\nVỀ CÔNG TÁC DÂN TỘC\nCăn cứ ⟦Luật Đất đai số 45/2013/QH13⟧;', messages: ['31/2024/QH15'] },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Bãi bỏ Thông tư số 83/2016/TT-BTC ngày 17 tháng 6 năm 2016 của Bộ Tài chính hướng dẫn thực hiện ưu đãi đầu tư theo quy định của Luật Đất đai và Nghị định số 118/2015/NĐ-CP.' },
  // A record whose status alone says it ended (no replacing document read): told, as information (outside probe 416).
  { text: HEADER('ngày 05 tháng 12 năm 2025') + 'Căn cứ ⟦Luật Bảo vệ và phát triển rừng số 29/2004/QH11⟧;', messages: ['đã hết hiệu lực từ 1/1/2019, trước ngày của báo cáo 5/12/2025 (theo tình trạng hiệu lực kho ghi nhận, chưa đọc điều khoản bãi bỏ)'] },
  { text: HEADER('ngày 05 tháng 12 năm 2018') + 'Căn cứ Luật Bảo vệ và phát triển rừng số 29/2004/QH11;' },
  { text: HEADER('ngày 05 tháng 12 năm 2025') + 'Năm 2015, xã thực hiện Luật Bảo vệ và phát triển rừng số 29/2004/QH11.' },
];

for (const c of cases) test(`citation-superseded: ${c.text.split('\n').pop()}`, () => void checkRule('citation-superseded', corpus, c));

test('citation-superseded: a reported replacement informs, never warns', () => {
  // Quy định 66-QĐ/TW → 399-QĐ/TW (9/1/2026) is reported only.
  const text = HEADER('ngày 05 tháng 3 năm 2026') + 'Văn bản trình bày theo Quy định số 66-QĐ/TW của Ban Bí thư.';
  const [f] = runRule('citation-superseded', text, corpus);
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /399-QĐ\/TW/);
});

test('citation-superseded: a replacement its sources disagree on informs, and says so', () => {
  // Luật Đấu thầu 43/2013/QH13 → 22/2023/QH15 (1/1/2024): law firms say replaced; the ministry's own list of 2024 says
  // only in part, and its 2024 circulars still cite the old law.
  const [f] = runRule('citation-superseded', HEADER('ngày 12 tháng 6 năm 2024') + 'Căn cứ Luật Đấu thầu số 43/2013/QH13;', corpus);
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /22\/2023\/QH15 \(1\/1\/2024\).*các nguồn chưa thống nhất/);
});

test('citation-superseded: without a date line the finding is information, saying why', () => {
  const [f] = runRule('citation-superseded', 'Các chi bộ tiếp tục thực hiện Quy định số 76-QĐ/TW.', corpus, '2023-03-05');
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /chưa có dòng/);
});

test('citation-superseded: an item with no date of its own, a day without its year, every date before the replacement: a hint', () => {
  const item = 'Ngày 27/9, Huyện ủy tổ chức hội nghị quán triệt, triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.';
  const [f] = runRule('citation-superseded', item, corpus, '2026-12-01');
  assert.equal(f?.severity, 'hint');
  assert.match(f!.message.vi, /45-CT\/TW/);
  // Without the yearless day nothing says it is an older item: information, as for a draft.
  const [g] = runRule('citation-superseded', item.replace('Ngày 27/9, ', ''), corpus, '2026-12-01');
  assert.equal(g?.severity, 'information');
});

// Laws cited by name: the index resolves them (test/core/corpus/resolve-laws.test.ts), but the
// reader that makes "Luật Đất đai năm 2013" a citation is not merged yet. FIXME(reader): these
// rows are reported as todo, not as passes, until it is.
const named: RuleCase[] = [
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện ⟦Luật Đất đai năm 2013⟧, các xã đã giải quyết dứt điểm các vụ việc.', messages: ['31/2024/QH15'] },
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện ⟦Luật Thi đua, khen thưởng năm 2003⟧;', messages: ['06/2022/QH15'] },
  // Before the successor took effect (passed 15/6/2022, in force 1/1/2024): nothing.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Thực hiện Luật Thi đua, khen thưởng năm 2003;' },
  // A law named in an amending law's title is the text amended, not one cited as in force (negative
  // row: here the clause cue already keeps it quiet; the rule's named.amended skip is a second guard).
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2003;' },
  // Without a year the law in force at the report's date is meant: nothing.
  { text: HEADER('ngày 05 tháng 3 năm 2026') + 'Thực hiện Luật Đất đai, các xã đã giải quyết dứt điểm các vụ việc.' },
];
const readerLanded = read('Thực hiện Luật Đất đai năm 2013.').citations.some((c) => c.named?.kind === 'law');
for (const c of named)
  test(`citation-superseded (named law): ${c.text.split('\n').pop()}`, { todo: readerLanded ? false : 'FIXME(reader): named law citations are not extracted yet' }, () => void checkRule('citation-superseded', corpus, c));

test('citation-superseded: a date line with its year only informs, counted to the year\'s end', () => {
  // Two-hundred-and-forty-seventh outside probe: a draft dated "ngày    tháng    năm 2020" was read as of today.
  assert.deepEqual(runRule('citation-superseded', 'Hà Nội, ngày    tháng    năm 2020\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', corpus), []);
  const [f] = runRule('citation-superseded', 'Hà Nội, ngày    tháng    năm 2026\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', corpus);
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /năm 2026 của báo cáo \(dòng ngày chưa ghi ngày, tháng; tính đến 31\/12\/2026\)/);
});

test('citation-superseded: a paragraph that cites the replacing law too sets the old beside the new, and is not told', () => {
  // Two-hundred-and-forty-ninth outside probe: the law of 2003 contrasted with that of 2022 was told it had been replaced.
  const text = HEADER('ngày 05 tháng 3 năm 2024') + 'Theo quy định của Luật Thi đua, khen thưởng năm 2003, Huy hiệu là hình thức khen thưởng. Tuy nhiên, Luật Thi đua, khen thưởng năm 2022 không còn quy định hình thức này.';
  assert.deepEqual(runRule('citation-superseded', text, corpus), []);
  // Alone, it is told.
  const [f] = runRule('citation-superseded', HEADER('ngày 05 tháng 3 năm 2024') + 'Theo quy định của Luật Thi đua, khen thưởng năm 2003, Huy hiệu là hình thức khen thưởng.', corpus);
  assert.match(f!.message.vi, /06\/2022\/QH15/);
});

test('citation-superseded: an end known by the status alone informs', () => {
  const [f] = runRule('citation-superseded', HEADER('ngày 05 tháng 12 năm 2025') + 'Căn cứ Luật Bảo vệ và phát triển rừng số 29/2004/QH11;', corpus);
  assert.equal(f!.severity, 'information');
});
