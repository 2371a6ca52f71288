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
  // The Government named for a document of the Council of Ministers or the Council of Government it succeeded: information
  // with the body of the day (thirty-ninth session); the body of the day is silent.
  { text: 'Quyết định số 16/HĐBT ngày 22/2/1989 của ⟦Chính phủ⟧ về Ngày Biên phòng toàn dân.', messages: ['Quyết định 16/HĐBT do Hội đồng Bộ trưởng ban hành (nay là Chính phủ)'] },
  { text: 'Quyết định số 216-CP ngày 26-12-1961 của ⟦Chính phủ⟧ về việc sinh đẻ có hướng dẫn.', messages: ['do Hội đồng Chính phủ ban hành (nay là Chính phủ)'] },
  { text: 'Ngày 22/2/1989, Hội đồng Bộ trưởng (nay là Chính phủ) ban hành Quyết định số 16/HĐBT về tổ chức Ngày Biên phòng toàn dân.' },
  // Two bodies in apposition before the citation: the record's is the first (hundred-and-sixty-sixth outside probe).
  { text: 'Ngày 26/3/2004, Bộ Chính trị, BCH Trung ương Đảng Cộng sản Việt Nam đã ban hành Nghị quyết 36-NQ/TW về công tác đối với người Việt Nam ở nước ngoài.' },
  // A project named by the number of the decision approving it is the Government's (hundred-and-sixty-fifth outside
  // probe); the decision itself is the Prime Minister's (hundred-and-sixty-third).
  { text: 'Thực hiện Đề án 06 của Chính phủ, tạo điều kiện thuận lợi cho công dân.' },
  { text: 'Ngày 6/1/2022, ⟦Chính phủ⟧ đã ban hành Quyết định 06/QĐ-TTg phê duyệt Đề án.', messages: ['Quyết định 06/QĐ-TTg do Thủ tướng Chính phủ ban hành, không phải Chính phủ'] },
  { text: 'Kết luận số 43-KL/TW của ⟦Bộ Chính trị⟧', messages: ['do Ban Bí thư ban hành'] },
  // Two documents of a list given one wrong issuer: one finding that names both (two hundred and fifty-ninth outside probe:
  // only the first was named).
  { text: 'Quyết định số 217-QĐ/TW và 218-QĐ/TW của ⟦Ban Chấp hành Trung ương Đảng⟧ (ban hành 12/12/2013)', messages: ['Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW do Bộ Chính trị ban hành, không phải Ban Chấp hành Trung ương Đảng'] },
  { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của ⟦Ban Bí thư⟧' },
  // A legal database's title line: the body of "do … ban hành" at its end issued the title's document, not the directive its
  // subject names (hundred-and-ninety-ninth outside probe). Outside such a line the body is the directive's.
  { text: 'Kết luận 43-KL/TW về 3 năm thực hiện Nghị quyết 46-NQ/TW về “Công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới” và 5 năm thực hiện Chỉ thị 06-CT/TW về “Củng cố và hoàn thiện mạng lưới y tế cơ sở” do Ban Chấp hành Trung ương ban hành\n\nSố hiệu 43-KL/TW' },
  { text: 'Các cấp ủy tiếp tục thực hiện Kết luận số 43-KL/TW do ⟦Bộ Chính trị⟧ ban hành\n', messages: ['do Ban Bí thư ban hành'] },
  { text: 'Quy định 30-QĐ/TW về thi hành Chương XI Điều lệ Đảng và Kết luận số 43-KL/TW do Bộ Chính trị ban hành\n' },
  // 25-NQ/TW of 2008 and of 2013 are both the Central Committee's: wrong whichever is meant.
  { text: 'Nghị quyết 25-NQ/TW của ⟦Bộ Chính trị⟧', messages: ['do Ban Chấp hành Trung ương ban hành'] },
  // 124-QĐ/TW of 2018 (Ban Bí thư) and of 2023 (Bộ Chính trị): either issuer names one of them.
  { text: 'Quy định số 124-QĐ/TW của Ban Bí thư; Quy định số 124-QĐ/TW của Bộ Chính trị' },
  // Right issuers in their written variants.
  { text: 'Kết luận số 43-KL/TW của Ban Bí thư; Nghị quyết 25-NQ/TW của BCH Trung ương Đảng khoá XI; Quyết định 290-QĐ/TW của Bộ Chính trị' },
  { text: 'Quyết định 657-QĐ/TU ngày 4/4/2018 của BTV Tỉnh ủy Hà Tĩnh' },
  // "Trung ương" alone is loose enough to cover the three central bodies.
  { text: 'Kết luận số 43-KL/TW của Trung ương' },
  // Where sources disagree on the issuer (124-QĐ/TW of 2023), neither is flagged.
  { text: 'Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Chấp hành Trung ương; Quy định số 124-QĐ/TW ngày 4/10/2023 của Bộ Chính trị' },
  // Party numbers restart every term: a subject, term or year that contradicts the only record
  // (23-NQ/TW of 2003, khóa IX, of the Central Committee) names another document, whose issuer
  // is not the record's to judge (citation-unknown says "probably another document").
  { text: 'Nghị quyết số 23-NQ/TW của Bộ Chính trị về định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045' },
  { text: 'Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị' },
  { text: 'Nghị quyết số 23-NQ/TW của Bộ Chính trị khóa XII' },
  // Nothing contradicts the record but the issuer: the issuer is wrong.
  { text: 'Nghị quyết số 23-NQ/TW của ⟦Bộ Chính trị⟧ về phát huy sức mạnh đại đoàn kết toàn dân tộc', messages: ['do Ban Chấp hành Trung ương ban hành'] },
  // A decree credited to the Prime Minister, known to the corpus or not (fifty-third outside probe; a gazette circular).
  { text: 'thành lập thị xã Buôn Hồ theo Nghị định 07/2008/NĐ-CP, ngày 23-12-2008 của ⟦Thủ tướng Chính phủ⟧.', messages: ['Nghị định 07/2008/NĐ-CP (ký hiệu NĐ-CP) do Chính phủ ban hành, nhưng được ghi là của Thủ tướng Chính phủ'] },
  // The Standing Committee's resolution credited to the Assembly, known to the corpus or not (two-hundred-and-thirty-seventh
  // outside probe); the Assembly's own resolution, and the Standing Committee named, say nothing.
  { text: 'Tháng 9 năm 2022, ⟦Quốc hội⟧ đã ban hành Nghị quyết số 595/NQ-UBTVQH15 về việc tiếp tục thực hiện.', messages: ['Nghị quyết 595/NQ-UBTVQH15 (ký hiệu UBTVQH15) do Ủy ban Thường vụ Quốc hội ban hành, nhưng được ghi là của Quốc hội'] },
  { text: 'Quốc hội đã ban hành Nghị quyết số 202/2025/QH15; Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 595/NQ-UBTVQH15 về việc tiếp tục thực hiện.' },
  // A ministry's circular credited to the Government (two hundred and eighty-second outside probe: nothing was said); after a
  // decree joined by "và", the body may be the decree's: information.
  { text: 'Năm 2016, ⟦Chính phủ⟧ ban hành Thông tư số 31/2015/TT-BCT về quy tắc xuất xứ.', messages: ['Thông tư 31/2015/TT-BCT mang ký hiệu của một bộ (BCT), nhưng được ghi là của Chính phủ'] },
  { text: 'Nghị định 68/2017/NĐ-CP và Thông tư 15/2017/TT-BCT của ⟦Chính phủ⟧.', messages: ['Thông tư 15/2017/TT-BCT mang ký hiệu của một bộ (BCT)'] },
  { text: 'Bộ Công Thương ban hành Thông tư số 42/2018/TT-BCT; Thủ tướng Chính phủ ban hành Quyết định 1516/QĐ-TTg.' },
  // Known to the corpus, the record's issuer tells it (corpus round 131).
  { text: 'Năm 2019, ⟦Chính phủ⟧ ban hành Thông tư số 42/2018/TT-BCT về hướng dẫn.', messages: ['Thông tư 42/2018/TT-BCT do Bộ Công Thương ban hành, không phải Chính phủ'] },
  // A resolution or decree cited by number alone and credited to the Prime Minister, who issues neither, is the Government's
  // document of the number (two hundred and eighty-seventh outside probe: nothing was said); his decision by number alone
  // is his.
  { text: 'UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết 120 của ⟦Thủ tướng Chính phủ⟧ về phát triển bền vững đồng bằng sông Cửu Long.', messages: ['Nghị quyết 120/NQ-CP do Chính phủ ban hành, không phải Thủ tướng Chính phủ'] },
  { text: 'Thực hiện Quyết định số 1719 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia.' },
  // A bare Party id in a text dated two terms after its one record's is more likely another document of the number: the
  // body written is not told against the record (a gazette resolution of 2026: "Kết luận số 93-KL/TW của Bộ Chính trị"
  // against the Secretariat's 93-KL/TW of 2020). Dated in the record's term, it still is.
  { text: 'CHÍNH PHỦ\nSố: 109/NQ-CP\nHà Nội, ngày 16 tháng 4 năm 2026\n\nNGHỊ QUYẾT\n\nTheo quy định của Luật Ngân sách nhà nước, Kết luận số 93-KL/TW của Bộ Chính trị (trừ trường hợp đặc biệt).' },
  { text: 'TỈNH ỦY BÌNH THUẬN\nSố: 12-BC/TU\nPhan Thiết, ngày 16 tháng 12 năm 2020\n\nBÁO CÁO\n\nQuán triệt Kết luận số 93-KL/TW của ⟦Bộ Chính trị⟧.', messages: ['Kết luận 93-KL/TW do Ban Bí thư ban hành'] },
  // The Prime Minister's own decision, and a decree of the Government, say nothing.
  { text: 'Quyết định số 123/QĐ-TTg ngày 1/2/2020 của Thủ tướng Chính phủ; Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ.' },
  // The Prime Minister named as the one who signed the decree (hundred-and-fourth outside probe: told a slip).
  // The corpus knows 128/2020/NĐ-CP (the Government's): the same holds against the record, and for a decree it lacks.
  { text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký ban hành Nghị định số 128/2020/NĐ-CP ngày 19/10/2020 quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan.' },
  { text: 'Phó Thủ tướng Trần Hồng Hà đã ký ban hành Nghị định số 987/2023/NĐ-CP ngày 2/3/2023 quy định chi tiết một số điều.' },
];

// A body of the other system (a state body after a Party document, a Party committee after a state
// one) is most likely the owner of the words before the citation (eleventh outside probe): information,
// said so; a body of the same system stays a warning (the 424/NQ-CP "của Quốc hội" of the gazette).
test('citation-issuer-mismatch: a body of the other system is information, said as a possibility', () => {
  const text = 'hướng dẫn của Ban Chỉ đạo về tổng kết thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Chính phủ tại Công văn số 68/CV-BCĐ';
  const [f, ...rest] = runRule('citation-issuer-mismatch', text, corpus);
  assert.deepEqual(rest, []);
  assert.equal(text.slice(f!.span.start, f!.span.end), 'Chính phủ');
  assert.equal(f!.severity, 'information');
  assert.match(f!.message.vi, /nếu "Chính phủ" ở đây là cơ quan ban hành văn bản này thì chưa đúng/);
  const [g] = runRule('citation-issuer-mismatch', 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Tỉnh ủy Hà Tĩnh', corpus);
  assert.equal(g!.severity, 'information');
  const [h] = runRule('citation-issuer-mismatch', 'Kết luận số 43-KL/TW của Bộ Chính trị', corpus);
  assert.equal(h!.severity, 'warning');
  // With only the cue of its clause before it, no words whose body it could be: the resolution itself is credited to the
  // Government (probe 449). A bullet or a sentence before changes nothing; words between do.
  for (const [line, severity] of [
    ['Căn cứ Nghị quyết 18-NQ/TW năm 2017 của Chính phủ đã đề ra mục tiêu.', 'warning'],
    ['Báo cáo như sau.\n- Thực hiện Nghị quyết 18-NQ/TW năm 2017 của Chính phủ, bộ đã sắp xếp.', 'warning'],
    ['Căn cứ Kế hoạch thực hiện Nghị quyết 18-NQ/TW năm 2017 của Chính phủ, bộ đã sắp xếp.', 'information'],
  ] as const) {
    const found = runRule('citation-issuer-mismatch', line, corpus);
    assert.deepEqual(found.map((x) => [line.slice(x.span.start, x.span.end), x.severity]), [['Chính phủ', severity]], line);
  }
});

// A ministry's code credited to the Government: a warning alone, information after a document joined by "và" that the body
// may be of (two hundred and eighty-second outside probe).
test('citation-issuer-mismatch: a ministry\'s circular credited to the Government is a warning, information after a decree', () => {
  const [f] = runRule('citation-issuer-mismatch', 'Năm 2016, Chính phủ ban hành Thông tư số 31/2015/TT-BCT về quy tắc xuất xứ.', corpus);
  assert.equal(f!.severity, 'warning');
  const [g] = runRule('citation-issuer-mismatch', 'Nghị định 68/2017/NĐ-CP và Thông tư 15/2017/TT-BCT của Chính phủ.', corpus);
  assert.equal(g!.severity, 'information');
});

// A local body after a central document is the owner of the words before it too (thirty-sixth outside
// probe: "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá" was told 57-NQ/TW is not
// the commune's). Information, said as a possibility; a central body of the same system stays a warning.
test('citation-issuer-mismatch: a local body after a central document is information', () => {
  const table: [string, string][] = [
    ['Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị', 'Đảng ủy xã Nghĩa Tá'],
    ['Kế hoạch triển khai Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của UBND tỉnh Hà Tĩnh', 'UBND tỉnh Hà Tĩnh'],
    ['Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy phường Ba Đình', 'Đảng ủy phường Ba Đình'],
    // A document named inside another's title with "thuộc", "theo", "hướng dẫn" (hundred-and-first outside probe).
    ['- 5Công văn 2184/BGDĐT-GDDT năm 2022 hướng dẫn thực hiện Tiểu dự án 1 - Dự án 5 thuộc Quyết định 1719/QĐ-TTg do Bộ Giáo dục và Đào tạo ban hành', 'Bộ Giáo dục và Đào tạo'],
  ];
  for (const [text, body] of table) {
    const f = runRule('citation-issuer-mismatch', text, corpus);
    assert.deepEqual(f.map((x) => [text.slice(x.span.start, x.span.end), x.severity]), [[body, 'information']], text);
    assert.match(f[0]!.message.vi, /có thể đây là cơ quan của cụm từ đứng trước/u);
  }
});

// The body written after two citations joined by a comma fits the first, which has none of its own: it is
// most likely the first's (twelfth session: 26-HD/BTCTW, the Organisation Commission's guide, had been told
// it is not the Politburo's). Information; without the comma join, a warning.
test('citation-issuer-mismatch: a body that fits the citation before, joined by a comma, is information', () => {
  const text = 'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.';
  assert.deepEqual(runRule('citation-issuer-mismatch', text, corpus).map((x) => x.severity), ['information']);
  const [g] = runRule('citation-issuer-mismatch', 'Thực hiện hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.', corpus);
  assert.equal(g?.severity, 'warning');
  // Joined by "và" (eighty-seventh outside probe): the Government's resolution and the Prime Minister's decision.
  const both = 'hỗ trợ theo Nghị quyết 42/NQ-CP và Quyết định 15/2020/QĐ-TTg của Chính phủ, bao gồm người có công.';
  assert.deepEqual(runRule('citation-issuer-mismatch', both, corpus).map((x) => x.severity), ['information']);
  assert.equal(runRule('citation-issuer-mismatch', 'hỗ trợ theo Quyết định 15/2020/QĐ-TTg của Chính phủ, bao gồm người có công.', corpus)[0]?.severity, 'warning');
});

// A Party document the corpus does not know, whose code names its issuer (twelfth outside probe).
const byCode: RuleCase[] = [
  { text: 'Thực hiện Hướng dẫn số 9026-HD/BTCTW ngày 18/10/2019 của ⟦Bộ Chính trị⟧ về đại hội.', messages: ['Ký hiệu "BTCTW" là của Ban Tổ chức Trung ương, nhưng Hướng dẫn 9026-HD/BTCTW được ghi là của Bộ Chính trị: kiểm tra lại ký hiệu hoặc cơ quan ban hành'] },
  { text: 'Thực hiện Hướng dẫn số 9026-HD/BTCTW của Ban Tổ chức Trung ương; Công văn số 9740-CV/VPTW của Văn phòng Trung ương Đảng.' },
  // The code of a body the corpus has no code for, or the Central Committee's shared "TW": nothing.
  { text: 'Thực hiện Hướng dẫn số 9003-HD/BTGDVTW của Bộ Chính trị; Kết luận số 9999-KL/TW của Bộ Chính trị.' },
];
for (const c of byCode) test(`citation-issuer-mismatch, by the code: ${c.text}`, () => void checkRule('citation-issuer-mismatch', corpus, c));

test('citation-issuer-mismatch: a citation named in the subject of the one before it takes no issuer from the title\'s end', () => {
  // Fourteenth outside probe: "do … ban hành" may be the outer document's (information then; since the forty-first session,
  // which stops a subject before that clause, the clause after a title naming another document is the outer one's).
  const text = 'Kết luận 01-KL/TW năm 2021 về tiếp tục thực hiện Chỉ thị 05-CT/TW "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" do Ban Chấp hành Trung ương ban hành';
  const f = runRule('citation-issuer-mismatch', text, corpus);
  assert.deepEqual(f.map((x) => x.severity), []);
  // Not nested: a list, or another sentence (a document with one record of its id: 05-CT/TW has two since the forty-third round).
  const [g] = runRule('citation-issuer-mismatch', 'Kết luận 01-KL/TW năm 2021 và Quy định 144-QĐ/TW do Ban Chấp hành Trung ương ban hành', corpus);
  assert.equal(g?.severity, 'warning');
});

test('citation-issuer-mismatch by the code: a warning alone, information in a list', () => {
  const [alone] = runRule('citation-issuer-mismatch', 'Hướng dẫn số 9026-HD/BTCTW của Bộ Chính trị', corpus);
  assert.equal(alone!.severity, 'warning');
  const [listed] = runRule('citation-issuer-mismatch', 'Chỉ thị số 35-CT/TW ngày 30/5/2019, Hướng dẫn số 9026-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về đại hội', corpus);
  assert.equal(listed?.severity, 'information');
});

for (const c of cases) test(`citation-issuer-mismatch: ${c.text}`, () => void checkRule('citation-issuer-mismatch', corpus, c));

test('citation-issuer-mismatch fix names the record\'s issuer', () => {
  const input = 'Kết luận số 43-KL/TW của Bộ Chính trị về tiếp tục thực hiện';
  const [f] = runRule('citation-issuer-mismatch', input, corpus);
  assert.equal(applyFix(input, f!), 'Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện');
});

test('citation-issuer-mismatch: the Government for the Council of Ministers is information, fixed to the body of the day', () => {
  const input = 'Quyết định số 16/HĐBT ngày 22/2/1989 của Chính phủ về Ngày Biên phòng toàn dân.';
  const [f] = runRule('citation-issuer-mismatch', input, corpus);
  assert.equal(f?.severity, 'information');
  assert.equal(applyFix(input, f!), 'Quyết định số 16/HĐBT ngày 22/2/1989 của Hội đồng Bộ trưởng về Ngày Biên phòng toàn dân.');
});
