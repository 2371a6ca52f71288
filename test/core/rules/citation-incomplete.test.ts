import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledWithout } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  // Rows take 43-KL/TW as a document the corpus holds once (the Secretariat's of 2019); round 50 added the Politburo's of 2009 (dated 2008 until round 111).
  corpus = await bundledWithout(['43-KL/TW', '2009-04-01']);
});

const cases: RuleCase[] = [
  { text: 'Thực hiện ⟦Kết luận số 43-KL/TW⟧, các cấp ủy …', messages: ['ngày ban hành, cơ quan ban hành, trích yếu'] },
  // A subject written once after a list of two kinds is each member's (three hundred and fifty-first outside probe: the
  // directive was told it lacked one).
  { text: 'Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.' },
  // The documents that brought in the text a title names, alone or in a list, are named as the title is written: nothing is
  // asked of them (two hundred and sixty-second outside probe). The same decision cited for itself is asked.
  { text: 'Căn cứ Thông tư số 62/2016/TT-BTC ngày 15 tháng 4 năm 2016 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện quy chế quản lý tài chính đối với Ngân hàng Chính sách xã hội ban hành kèm theo Quyết định số 180/2002/QĐ-TTg ngày 19/12/2002 và Quyết định số 30/2015/QĐ-TTg ngày 31/7/2015 của Thủ tướng Chính phủ;' },
  { text: 'Căn cứ ⟦Quyết định số 180/2002/QĐ-TTg⟧ ngày 19/12/2002 của Thủ tướng Chính phủ;', messages: ['còn thiếu trích yếu ('] },
  // Named with its own subject inside another's: it has been cited with its title, and a later short mention is not the
  // first (fortieth session's probe 371). Without a subject of its own there, the later one is still asked (above).
  { text: 'triển khai thực hiện Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập.\n\nTheo đó, Kế hoạch nhằm quán triệt Kết luận số 49-KL/TW và Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X.' },
  { text: 'triển khai thực hiện Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW.\n\nTheo đó, Kế hoạch nhằm quán triệt Kết luận số 49-KL/TW và ⟦Chỉ thị số 11-CT/TW⟧ của Bộ Chính trị khóa X.', messages: ['còn thiếu ngày ban hành, trích yếu ('] },
  // Named with its day inside another's subject: cited, and a later short mention is not the first (probe 438).
  { text: 'Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An về việc thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh.\n\n- Phát triển hạ tầng số đồng bộ, hiện đại để thực hiện hiệu quả Nghị quyết số 57- NQ/TW của Bộ Chính trị, mục tiêu đến năm 2030.' },
  // The subject written without "về" straight after the citation is there (hundred-and-thirtieth outside probe); words
  // after a comma, or that are not its subject, are not.
  { text: 'thực hiện Nghị quyết số 15-NQ/TW ngày 1/6/2012 của BCH Trung ương Đảng (khóa XI) một số vấn đề chính sách xã hội giai đoạn 2012-2020; Báo cáo sơ kết.' },
  { text: 'thực hiện ⟦Nghị quyết số 15-NQ/TW⟧ ngày 1/6/2012 của BCH Trung ương Đảng (khóa XI), các cấp ủy đã ban hành chương trình hành động.', messages: ['còn thiếu trích yếu ('] },
  { text: 'thực hiện ⟦Nghị quyết số 15-NQ/TW⟧ ngày 1/6/2012 của BCH Trung ương Đảng (khóa XI) được các cấp ủy quán triệt sâu rộng đến cán bộ.', messages: ['còn thiếu trích yếu ('] },
  { text: 'thực hiện ⟦Nghị quyết số 15-NQ/TW⟧ ngày 1/6/2012 của BCH Trung ương Đảng (khóa XI) và sơ kết một số vấn đề chính sách xã hội.', messages: ['còn thiếu trích yếu ('] },
  // Complete first citation, short later ones.
  { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận của hệ thống chính trị. Quyết định số 290-QĐ/TW đã góp phần …' },
  // A list shares its date and issuer.
  { text: 'Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị ban hành "Quy chế giám sát và phản biện xã hội"' },
  // A bare number that shares the list's symbol names the whole id: only its date and subject are missing.
  { text: 'Thực hiện ⟦Nghị quyết số 18⟧, ⟦19-NQ/TW⟧ của Ban Chấp hành Trung ương khóa XII.', messages: ['Nghị quyết 18-NQ/TW nên ghi đủ: còn thiếu ngày ban hành, trích yếu (', 'Nghị quyết 19-NQ/TW nên ghi đủ: còn thiếu ngày ban hành, trích yếu ('] },
  // Unknown documents: nothing to insert, nothing said.
  { text: 'Quyết định số 9876-QĐ/TW' },
  // In parentheses after words that describe it with its issuer and subject (twelfth outside probe):
  // complete; without the issuer before it, still incomplete.
  { text: 'Bộ Chính trị đã ký ban hành Quyết định của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị (Quyết định số 290-QĐ/TW, ngày 25/2/2010).' },
  { text: 'Quy chế công tác dân vận (⟦Quyết định số 290-QĐ/TW⟧, ngày 25/2/2010).', messages: ['còn thiếu cơ quan ban hành, trích yếu ('] },
  // In brackets right after the same document cited by name, its subject after the bracket (three hundred and third
  // outside probe); a day without its year before it is the record's in a text of its year.
  { text: 'Hà Nội, ngày 12 tháng 6 năm 2014\n\nNgày 9-6, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI (Nghị quyết số 33-NQ/TW) về xây dựng và phát triển văn hóa, con người Việt Nam.' },
  { text: 'Hà Nội, ngày 12 tháng 6 năm 2014\n\nTổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI (⟦Nghị quyết số 33-NQ/TW⟧) về xây dựng và phát triển văn hóa, con người Việt Nam.', messages: ['còn thiếu ngày ban hành ('] },
  { text: 'Tổng Bí thư đã ký ban hành văn bản (⟦Nghị quyết số 33-NQ/TW⟧ ngày 9/6/2014) về xây dựng và phát triển văn hóa.', messages: ['còn thiếu cơ quan ban hành, trích yếu ('] },
  // A headline's mention the corpus cannot be sure of leaves the text's first mention to be judged (the hundred-and-eleventh
  // outside probe's set).
  { text: 'Tổng kết 10 năm thực hiện Nghị quyết số 11 của Bộ Chính trị\n\nĐoàn khảo sát làm việc về ⟦Nghị quyết số 11⟧ ngày 27-4-2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.', today: '2017-06-06', messages: ['còn thiếu số ký hiệu đầy đủ ('] },
  // A title written before the number that carries it (two hundred and ninety-third outside probe).
  { text: '“Quy chế công tác dân vận của hệ thống chính trị” ban hành theo Quyết định số 290-QĐ/TW, ngày 25-02-2010 của Bộ Chính trị (khóa X) khẳng định.' },
  // A law is cited by its kind, name and number, with no date (Nghị định 30/2020/NĐ-CP, Phụ lục I;
  // Nghị quyết 351/2017/UBTVQH14, Điều 24; fifteenth outside probe).
  { text: 'Căn cứ Luật Cán bộ, công chức số 22/2008/QH12; Luật Thi đua, khen thưởng số 06/2022/QH15.' },
  // A legal normative text of 1/4/2025 or later (its own number carries its year) cites other texts
  // with no date (Nghị định 78/2025/NĐ-CP, Điều 68); an administrative text of the same day still does.
  { text: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 37/2025/NQ-HĐND\nHà Tĩnh, ngày 18 tháng 11 năm 2025\n\nNGHỊ QUYẾT\nVề chính sách\n\nCăn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư;\n' },
  { text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1234/QĐ-UBND\nHà Tĩnh, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVề chính sách\n\nCăn cứ ⟦Nghị định số 30/2020/NĐ-CP⟧ của Chính phủ về công tác văn thư;\n', messages: ['còn thiếu ngày ban hành ('] },
  { text: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 37/2024/NQ-HĐND\nHà Tĩnh, ngày 18 tháng 11 năm 2024\n\nNGHỊ QUYẾT\nVề chính sách\n\nCăn cứ ⟦Nghị định số 30/2020/NĐ-CP⟧ của Chính phủ về công tác văn thư;\n', messages: ['còn thiếu ngày ban hành ('] },
  // A headline or a numbered heading names the document shortly above the text that cites it in
  // full: the text's mention is the first (twenty-second outside probe). Alone, the title is judged;
  // a complete title needs nothing more; a line of wrapped text going on in the next is no title.
  { text: 'Sơ kết việc thực hiện Kết luận 43-KL/TW\nNgày 7/1/2019, Ban Bí thư ban hành Kết luận số 43-KL/TW về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X. Kết luận 43-KL/TW …' },
  { text: '1. Bối cảnh ra đời Kết luận số 43-KL/TW\nKết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X.' },
  { text: 'Sơ kết việc thực hiện Kết luận 43-KL/TW\n\nNgày 7/1/2019, Ban Bí thư ban hành ⟦Kết luận số 43-KL/TW⟧.', messages: ['còn thiếu trích yếu ('] },
  { text: 'Sơ kết việc thực hiện ⟦Kết luận 43-KL/TW⟧\n\nCác cấp ủy đã quán triệt.', messages: ['còn thiếu ngày ban hành, cơ quan ban hành, trích yếu ('] },
  { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị\nCác cấp ủy thực hiện Quyết định số 290-QĐ/TW.' },
  { text: 'Các cấp ủy đã triển khai thực hiện ⟦Kết luận số 43-KL/TW⟧\nđến toàn thể cán bộ, đảng viên. Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X.', messages: ['còn thiếu ngày ban hành, cơ quan ban hành, trích yếu ('] },
  // The clause gives the date and the issuer before the citation, or the issuer after its subject
  // (thirty-sixth outside probe); a date of another day, or another body, does not count.
  { text: 'Tiếp đó, ngày 05/8/2008, Hội nghị Trung ương lần thứ bảy, khóa X đã thông qua Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn.' },
  { text: 'Ngày 7/1/2019, Ban Bí thư ban hành Kết luận số 43-KL/TW về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X.' },
  // A list headed by its issuer and a colon: each item has it (probe 337); a list with no such head does not.
  { text: 'Căn cứ Quyết định của Thủ tướng Chính phủ: số 1600/QĐ-TTg ngày 16/8/2016 phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020; số 491/QĐ-TTg ngày 16/4/2009 về việc ban hành Bộ tiêu chí quốc gia về nông thôn mới.' },
  { text: 'Căn cứ các văn bản: ⟦số 491/QĐ-TTg⟧ ngày 16/4/2009 về việc ban hành Bộ tiêu chí quốc gia về nông thôn mới.', messages: ['còn thiếu cơ quan ban hành ('] },
  // "thay mặt <issuer>" before the signer, and a stray full stop after the issuer's term (thirty-eighth session's probe 332).
  { text: 'Ngày 30-10-2016, thay mặt BCH Trung ương Đảng Cộng sản Việt Nam khóa XII. Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết số 04-NQ/TW về tăng cường xây dựng, chỉnh đốn Đảng.' },
  { text: 'Ngày 30-10-2016, Hội nghị kết thúc. Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành ⟦Nghị quyết số 04-NQ/TW⟧ về tăng cường xây dựng, chỉnh đốn Đảng.', messages: ['còn thiếu ngày ban hành, cơ quan ban hành ('] },
  { text: 'Ngày 8/1/2020, các cấp ủy quán triệt ⟦Quyết định số 290-QĐ/TW⟧ về Quy chế công tác dân vận của hệ thống chính trị.', messages: ['còn thiếu ngày ban hành, cơ quan ban hành ('] },
  { text: 'Các cấp ủy quán triệt ⟦Quyết định 290-QĐ/TW⟧ năm 2010 về Quy chế công tác dân vận của hệ thống chính trị do Bộ Chính trị ban hành.', messages: ['còn thiếu ngày ban hành ('] },
  // The instrument that amended a document cited before it is named by its number (thirty-eighth outside probe).
  { text: 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;' },
  { text: 'Căn cứ ⟦Nghị quyết số 203/2025/QH15⟧ của Quốc hội;', messages: ['còn thiếu ngày ban hành ('] },
  // A plan's trích yếu opens with "thực hiện" (thirty-seventh outside probe).
  { text: 'Ngày 19/02/2020, Ban Dân vận Trung ương ban hành Kế hoạch số 06-KH/BDVTW thực hiện "Năm dân vận khéo" 2020 (Kế hoạch);' },
];

for (const c of cases) test(`citation-incomplete: ${c.text}`, () => void checkRule('citation-incomplete', corpus, c));

test('citation-incomplete inserts the missing parts from the record, in order', () => {
  const input = 'Thực hiện Kết luận số 43-KL/TW, các cấp ủy đã quán triệt.';
  const [f] = runRule('citation-incomplete', input, corpus);
  assert.equal(f!.severity, 'information');
  const out = applyFix(input, f!);
  assert.match(out, /^Thực hiện Kết luận số 43-KL\/TW ngày 7\/1\/2019 của Ban Bí thư về .+, các cấp ủy đã quán triệt\.$/);
});

test('citation-incomplete keeps a written date and inserts the issuer after it', () => {
  const input = 'Theo Quy định số 213-QĐ/TW ngày 2/1/2020 về trách nhiệm của đảng viên';
  const [f] = runRule('citation-incomplete', input, corpus);
  assert.equal(applyFix(input, f!), 'Theo Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên');
});
