import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // A scheme named by the number of the decision that approves it (forty-third session's probe 421: told an error):
  // information, the formal citation named; a kind the decision does not approve is told as before.
  { text: 'Nhiều mục tiêu trọng tâm của ⟦Đề án⟧ 204-QĐ/TW đã hoàn thành.', messages: ['Số 204-QĐ/TW là Quyết định phê duyệt hoặc ban hành Đề án, không phải số của Đề án; trích dẫn đúng thể thức là "Quyết định số 204-QĐ/TW"'] },
  { text: 'Ngày 20/01/2026, Thủ tướng Chính phủ ban hành ⟦Kế hoạch⟧ số 152/QĐ-TTg triển khai thi hành Luật Phòng, chống ma tuý năm 2025.', messages: ['Số 152/QĐ-TTg là Quyết định phê duyệt hoặc ban hành Kế hoạch'] },
  { text: 'Nhiều mục tiêu trọng tâm của ⟦Chỉ thị⟧ 204-QĐ/TW đã hoàn thành.', messages: ['"Chỉ thị" không mang ký hiệu "QĐ"'] },
  // The kind's code in other capitals is a spelling, not another kind (fortieth session's probe 384).
  { text: 'thực hiện Quy định số 11-Qđi/TW, ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu' },
  // A kind the record's sources disagree on is not told either way (three hundred and sixty-eighth outside probe: one căn
  // cứ says Quyết định, a footnote Quy định).
  { text: 'Ngày 21 tháng 11 năm 2011, Ban Bí thư ra Quy định số 50-QĐ/TW về tổ chức cơ quan chính trị trong Quân đội nhân dân Việt Nam.' },
  { text: '⟦Nghị quyết⟧ số 290-QĐ/TW ngày 25/2/2010', messages: ['không mang ký hiệu "QĐ"'] },
  { text: '⟦Chỉ thị⟧ số 25-NQ/TW', messages: ['Nghị quyết'] },
  // The code may be the slip: a Kết luận of that number and term is known (thirteenth outside probe).
  { text: 'triển khai ⟦Kết luận⟧ số 01-CT/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.', messages: ['số 01-CT/TW là Chỉ thị; hoặc có phải Kết luận 01-KL/TW (18/5/2021)?'] },
  // The conclusion asked about even once the corpus holds the Chỉ thị 01-CT/TW of khóa XIII (corpus round 159), the subject
  // naming the text the conclusion carries on; with the directive's own subject, the directive is meant.
  { text: 'triển khai ⟦Kết luận⟧ số 01-CT/TW của Bộ Chính trị khóa XIII về việc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII.', messages: ['số 01-CT/TW là Chỉ thị.'] },
  // The same in a state id: the type code before the issuer's (hundred-and-twenty-seventh outside probe).
  { text: 'Căn cứ ⟦Nghị quyết⟧ số 32/2007/NĐ-CP ngày 29/6/2007 của Chính phủ về một số giải pháp cấp bách nhằm kiềm chế tai nạn giao thông;', messages: ['số 32/2007/NĐ-CP là Nghị định; hoặc có phải Nghị quyết 32/2007/NQ-CP (29/6/2007)?'] },
  // … not when the term written is another's.
  { text: 'triển khai ⟦Kết luận⟧ số 01-CT/TW của Bộ Chính trị khóa XI.', messages: ['số 01-CT/TW là Chỉ thị.'] },
  // The code fits both Quyết định and Quy định: the corpus decides.
  { text: '⟦Quyết định⟧ số 213-QĐ/TW ngày 2/1/2020', messages: ['là Quy định'] },
  { text: '⟦Quy định⟧ số 290-QĐ/TW', messages: ['là Quyết định'] },
  // The text's own header: its kind line over a number of another kind (hundred-and-seventieth and -seventy-first outside
  // probes), told on the number; the number that fits, and a general kind word, say nothing.
  { text: 'ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: ⟦09/QĐ-UBND⟧\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\nThực hiện Chương trình điều chỉnh mức sinh\n', messages: ['Văn bản này là KẾ HOẠCH nhưng số ký hiệu "09/QĐ-UBND" mang ký hiệu "QĐ" của Quyết định; Kế hoạch mang ký hiệu KH.'] },
  { text: 'TỈNH ỦY HÀ TĨNH\nSố ⟦45-NQ/TU⟧\nHà Tĩnh, ngày 25 tháng 8 năm 2023\n\nBÁO CÁO\nTổng kết công tác dân vận\n', messages: ['mang ký hiệu "NQ" của Nghị quyết; Báo cáo mang ký hiệu BC'] },
  { text: 'ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 09/KH-UBND\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\nThực hiện Chương trình điều chỉnh mức sinh\n' },
  // State kinds from a Party body.
  { text: '⟦Nghị định⟧ số 12 của Bộ Chính trị' },
  // Correct kinds.
  { text: 'Quy định số 213-QĐ/TW; Quyết định số 290-QĐ/TW; Nghị quyết 25-NQ/TW; Kết luận 43-KL/TW; Nghị định số 30/2020/NĐ-CP' },
  // A Kết luận issued as a Thông báo carries TB: both kind words are right.
  { text: 'Kết luận số 159-TB/TW ngày 15/11/2004 và Thông báo số 159-TB/TW' },
  // The general word for a joint circular is a customary shortening.
  { text: 'sửa đổi Thông tư số 191/2005/TTLT-BQP-BLĐTBXH-BTC; Thông tư liên tịch số 191/2005/TTLT-BQP-BLĐTBXH-BTC; ⟦Thông tư⟧ số 06/2024/NĐ-CP' },
  // An action programme adopted as a standing committee's resolution carries NQ (Bình Thuận, khóa XII; ninety-fourth
  // outside probe, where the error was false); another code still does not fit.
  { text: 'Chỉ thị số 40-CT/TW của Ban Bí thư và Chương trình hành động số 33-NQ/TU của Ban Thường vụ Tỉnh ủy (khóa XII)' },
  // The kind's code with a letter lost (hundredth outside probe): the symbol mended first, a warning.
  { text: '⟦Chương trình hành động⟧ số 33-CT/TU', messages: ['không mang ký hiệu "CT" (ký hiệu của Chương trình hành động: CTr, NQ); có lẽ số ký hiệu là 33-CTr/TU, hoặc đây là Chỉ thị 33-CT/TU.'] },
  { text: '⟦Chương trình hành động⟧ số 33-KH/TU', messages: ['số 33-KH/TU là Kế hoạch'] },
  // Unknown document, code that fits: nothing to say.
  { text: 'Quyết định số 999-QĐ/TW' },
  // A state Quy định is QyĐ; "QĐ" belongs to a state Quyết định.
  { text: 'Quyết định số 1234/QĐ-UBND; ⟦Quy định⟧ số 12/QĐ-UBND' },
  // Compound kind words (corpus/kinds.json "compounds"): a Thông báo kết luận is a Thông báo and
  // carries TB (outside set 014); a Party one may carry KL; the last word alone still judges.
  { text: 'các Thông báo kết luận số 49/TB-VPCP ngày 07 tháng 02 năm 2024 và số 160/TB-VPCP của Văn phòng Chính phủ' },
  { text: 'THÔNG BÁO KẾT LUẬN SỐ 49/TB-VPCP' },
  { text: 'Thông báo kết luận số 02-KL/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy; Thông báo kết luận số 03-TB/TU' },
  { text: '⟦Thông báo kết luận⟧ số 7-QĐ/TU', messages: ['không mang ký hiệu "QĐ"'] },
  { text: 'Công văn hướng dẫn số 15-HD/BDVTU; Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh' },
  // A general word (Công văn) for a Hướng dẫn sent as a letter: information, saying how the
  // draft names it elsewhere.
  { text: 'Thực hiện ⟦Công văn⟧ số 7886/HD-BNV ngày 28/12/2024 của Bộ Nội vụ. Theo Hướng dẫn số 7886/HD-BNV, …', messages: ['"Công văn" là cách gọi chung; số 7886/HD-BNV mang ký hiệu "HD" của Hướng dẫn; bản thảo này cũng gọi là "Hướng dẫn 7886/HD-BNV" (dòng 1).'] },
  // Alone, a state công văn's code may be its sender's (symbol = sender – drafting unit): the Cục
  // Thuế's "Công văn 5649/CT-CS" is no Chỉ thị (fifteenth outside probe). A Party symbol has a kind code.
  { text: 'Công văn số 7886/HD-BNV' },
  { text: 'Căn cứ Công văn 5649/CT-CS ngày 01/12/2025 của Cục Thuế.' },
  { text: '⟦Công văn⟧ số 15-HD/BDVTU', messages: ['mang ký hiệu "HD" của Hướng dẫn.'] },
  // A state công văn carries no type code: "7683/VPCP-QHĐP" is number / office – unit.
  { text: 'Công văn số 7683/VPCP-QHĐP ngày 18 tháng 8 năm 2025; Công văn số 4096/VP-KT; Công văn số 1740-CV/VPTW' },
  // No source attests a code for Thông tri (outside set 007: the Front's "05/TT-MTTW-BTT"): not
  // claimed to be a Thông tư.
  { text: 'Thông tri số 05/TT-MTTW-BTT, ngày 04/11/2025 của Ủy ban Trung ương MTTQ Việt Nam' },
  // "TT" before a body that is no ministry is that body's own code: a firm's verification report is no Thông tư (probe 452);
  // before a ministry's code it is one.
  { text: 'Báo cáo số 03/TT-PT ngày 27/02/2026 của Công ty TNHH MTV PCCC và xây dựng Phú Thành về kết quả thẩm tra.' },
  { text: '⟦Báo cáo⟧ số 03/TT-BXD ngày 27/02/2026.', messages: ['là Thông tư'] },
  // The kind's own code with its last letters lost stays told, though no Thông tư fits a department's code (probe 127).
  { text: '⟦Tờ trình⟧ số 1044/TT-STC ngày 19/9/2014 của Sở Tài chính', messages: ['có lẽ số ký hiệu là 1044/TTr-STC'] },
];

for (const c of cases) test(`citation-type-mismatch: ${c.text}`, () => void checkRule('citation-type-mismatch', corpus, c));

test('citation-type-mismatch fixes the kind word, keeping capitals in headings', () => {
  const table: [string, string][] = [
    ['Quyết định số 213-QĐ/TW ngày 2/1/2020', 'Quy định số 213-QĐ/TW ngày 2/1/2020'],
    ['Nghị quyết số 290-QĐ/TW', 'Quyết định số 290-QĐ/TW'],
    ['NGHỊ QUYẾT SỐ 290-QĐ/TW', 'QUYẾT ĐỊNH SỐ 290-QĐ/TW'],
  ];
  for (const [input, expected] of table) {
    const [f] = runRule('citation-type-mismatch', input, corpus);
    assert.ok(f, input);
    assert.equal(applyFix(input, f), expected);
  }
});

test('citation-type-mismatch: a general word is information, an error stays an error', () => {
  const table: [string, string][] = [
    ['Công văn số 15-HD/BDVTU', 'information'],
    ['Nghị quyết số 290-QĐ/TW', 'error'],
    ['Thông báo kết luận số 7-QĐ/TU', 'error'],
  ];
  for (const [input, severity] of table) assert.deepEqual(runRule('citation-type-mismatch', input, corpus).map((f) => f.severity), [severity], input);
});

test('citation-type-mismatch: when the code is the slip, the preferred fix changes the number', () => {
  const input = 'triển khai Kết luận số 01-CT/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.';
  const [f] = runRule('citation-type-mismatch', input, corpus);
  assert.equal(f!.fixes![0]!.preferred, true);
  assert.equal(applyFix(input, f!), 'triển khai Kết luận số 01-KL/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.');
  assert.equal(applyFix(input, f!, 1), 'triển khai Chỉ thị số 01-CT/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.');
});

test('citation-type-mismatch: the own header\'s number takes its kind\'s code, a warning', () => {
  const input = 'ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 09/QĐ-UBND\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\nThực hiện Chương trình điều chỉnh mức sinh\n';
  const [f] = runRule('citation-type-mismatch', input, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(applyFix(input, f!), input.replace('09/QĐ-UBND', '09/KH-UBND'));
});

test('citation-type-mismatch: a scheme named by its approving decision is information, its fix the decision\'s kind', () => {
  const text = 'Nhiều mục tiêu của Đề án 204-QĐ/TW đã hoàn thành.';
  const [f] = runRule('citation-type-mismatch', text, corpus);
  assert.equal(f!.severity, 'information');
  assert.equal(applyFix(text, f!), 'Nhiều mục tiêu của Quyết định 204-QĐ/TW đã hoàn thành.');
});
