import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusRecord } from '../../../server/src/core/index';
import { memoryIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, checkRule, type RuleCase } from '../../helpers/rules';

const sources = [{ title: 'test record' }];
const records: CorpusRecord[] = [
  {
    type: 'title', canonical: 'Phó Trưởng ban Dân vận Trung ương', sources,
    variants: ['Phó Trưởng Ban Dân vận Trung ương', 'Phó trưởng ban Dân vận Trung ương'],
  },
  { type: 'title', canonical: 'Trưởng ban Dân vận Tỉnh ủy', variants: ['Trưởng Ban Dân vận Tỉnh ủy'], sources },
  { type: 'title', canonical: 'Ủy viên Bộ Chính trị', variants: ['Uỷ viên Bộ Chính trị'], sources },
  { type: 'title', canonical: 'Ủy viên Ban Thường vụ Tỉnh ủy', abbreviations: ['Ủy viên BTV Tỉnh ủy', 'TVTU'], sources },
  { type: 'title', canonical: 'Bí thư Tỉnh ủy', sources },
  {
    type: 'organisation', name: 'Ban Chấp hành Trung ương Đảng', abbreviations: ['Ban Chấp hành Trung ương', 'BCH TW', 'TW'],
    scope: 'central', sources: [{ url: 'https://example.test/bch' }],
  },
  { type: 'organisation', name: 'Bộ Chính trị', scope: 'central', sources },
  { type: 'organisation', name: 'Ban Thường vụ Tỉnh ủy', abbreviations: ['BTV Tỉnh ủy'], scope: 'province', sources },
  { type: 'organisation', name: 'Tỉnh ủy', scope: 'province', sources },
  { type: 'organisation', name: 'Quốc hội', scope: 'central', sources },
  { type: 'organisation', name: 'Bộ Nội vụ', scope: 'central', sources },
];
const corpus = memoryIndex(records);

const cases: (RuleCase & { fixed?: string })[] = [
  {
    text: 'Đồng chí ⟦phó trưởng ban dân vận trung ương⟧ phát biểu.',
    fixed: 'Đồng chí Phó Trưởng ban Dân vận Trung ương phát biểu.',
    messages: ['nên viết "Phó Trưởng ban Dân vận Trung ương"'],
  },
  { text: 'Nghị quyết của ⟦ban chấp hành Trung ương⟧ khóa XI.', fixed: 'Nghị quyết của Ban Chấp hành Trung ương khóa XI.', messages: ['tên cơ quan'] },
  { text: 'Ý kiến của ⟦Bộ chính trị⟧.', fixed: 'Ý kiến của Bộ Chính trị.' },
  // The longest name wins: the whole "Ban Thường vụ tỉnh ủy", not "tỉnh ủy" alone.
  { text: 'Kết luận của ⟦Ban Thường vụ tỉnh ủy⟧ Hà Tĩnh.', fixed: 'Kết luận của Ban Thường vụ Tỉnh ủy Hà Tĩnh.' },
  // Tone-mark placement is tolerated in matching and kept by the fix.
  { text: 'Đồng chí ⟦uỷ viên bộ chính trị⟧ dự.', fixed: 'Đồng chí Uỷ viên Bộ Chính trị dự.' },
  // Written abbreviation forms of a title count as wordings of it.
  { text: 'Các đồng chí ⟦Ủy viên BTV tỉnh ủy⟧ dự.', fixed: 'Các đồng chí Ủy viên BTV Tỉnh ủy dự.' },
  // Extra spaces are kept.
  { text: 'Đồng chí ⟦bí thư  Tỉnh ủy⟧ chủ trì.', fixed: 'Đồng chí Bí thư  Tỉnh ủy chủ trì.' },

  // Canonical forms and the variants the corpus lists are accepted (conventions §5.1).
  { text: 'Phó Trưởng ban Dân vận Trung ương Bùi Tuấn Quang; Phó trưởng ban Dân vận Trung ương; Phó Trưởng Ban Dân vận Trung ương.' },
  { text: 'Trưởng ban Dân vận Tỉnh ủy Trương Thanh Huyền và Trưởng Ban Dân vận Tỉnh ủy.' },
  // Quoted titles keep their casing (§5.2); headings in capitals are not judged.
  { text: 'Cuốn sách “Ban chấp hành trung ương với công tác dân vận” ra mắt.' },
  { text: 'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 399-QĐ/TW' },
  // Names of one or two words double as common nouns.
  { text: 'Các tỉnh ủy, thành ủy và đại biểu quốc hội; cấp tỉnh ủy; tỉnh ủy Hà Tĩnh.' },
  // After "Phó": a longer title the corpus does not list.
  { text: 'Phó trưởng ban Dân vận Tỉnh ủy phát biểu.' },
  // Plural or generic uses.
  { text: 'Các ban thường vụ tỉnh ủy đã chỉ đạo.' },
  // A later member of a plural's list, in lower case like the first (forty-eighth outside probe, from Kết luận
  // 202-KL/TW), and the members in lower case after "các đồng chí" (forty-sixth).
  { text: 'biểu dương các tỉnh uỷ, thành uỷ và đảng uỷ xã, phường, đặc khu đã chủ động.' },
  { text: 'các đồng chí ủy viên Ban Thường vụ Tỉnh ủy; các đồng chí ủy viên bộ chính trị dự hội nghị.' },
  // One member's title is still told.
  { text: 'đồng chí ⟦ủy viên Ban Thường vụ Tỉnh ủy⟧ dự.', fixed: 'đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự.' },
  // A name in lower case after a list that was no plural's is still told.
  { text: 'Hội nghị có Ban Tổ chức, ⟦ban chấp hành Trung ương⟧ dự.', fixed: 'Hội nghị có Ban Tổ chức, Ban Chấp hành Trung ương dự.' },
  // With its first letter in capitals too (thirty-seventh outside probe); alone, still told.
  { text: 'Báo cáo của nhiều Ban Thường vụ tỉnh ủy, thành ủy; một số Ban Thường vụ tỉnh ủy gửi chậm.' },
  { text: 'Báo cáo của ⟦Ban Thường vụ tỉnh ủy⟧ Hà Tĩnh.', fixed: 'Báo cáo của Ban Thường vụ Tỉnh ủy Hà Tĩnh.' },
  // "Liên bộ" is one word: its "bộ" is not the ministry's capital.
  { text: 'Thông tư liên tịch của Liên bộ Nội vụ - Tài chính; liên bộ Nội vụ, Tài chính.' },
  { text: 'Thông tư của ⟦bộ Nội vụ⟧.', fixed: 'Thông tư của Bộ Nội vụ.' },
  // The subject of a cited document keeps the document's own wording.
  { text: 'Kết luận số 21-KL/TW ngày 25/10/2021 về trách nhiệm của ban chấp hành trung ương.' },
  // "giao ban" is a briefing: its "ban" is no body (twenty-fifth outside probe).
  { text: 'Ban Thường vụ Đảng ủy xã tổ chức Hội nghị giao ban Bí thư các chi, đảng bộ trực thuộc.' },
];

for (const c of cases)
  test(`title-capitalization: ${c.text.replace(/\n/g, ' ⏎ ')}`, () => {
    const found = checkRule('title-capitalization', corpus, c);
    if (c.fixed !== undefined) assert.equal(applyFix(parseMarkers(c.text).text, found[0]!), c.fixed);
  });

test('title-capitalization: a hint naming the source, and the accepted variants', () => {
  const [f] = checkRule('title-capitalization', corpus, { text: 'Đồng chí ⟦phó trưởng ban dân vận trung ương⟧.' });
  assert.equal(f!.severity, 'hint');
  assert.match(f!.message.vi, /cũng dùng: "Phó Trưởng Ban Dân vận Trung ương", "Phó trưởng ban Dân vận Trung ương"/);
  assert.match(f!.message.vi, /nguồn: test record/);
  const [g] = checkRule('title-capitalization', corpus, { text: 'Của ⟦ban chấp hành Trung ương⟧.' });
  assert.match(g!.message.en, /source: example\.test\./);
});

// Province names (corpus/provinces.json) are not judged: the unit word's capital depends on its
// place in the sentence and on the unit ("Thành phố Hồ Chí Minh").
test('title-capitalization: province names, as written at a paragraph start or mid-sentence, raise nothing', async () => {
  const { bundledIndex } = await import('../../helpers/corpus');
  const bundled = await bundledIndex();
  for (const text of ['Thành phố Hải Phòng và tỉnh Hà Tĩnh phối hợp.', 'Tỉnh Bà Rịa - Vũng Tàu (cũ) và Thành phố Hồ Chí Minh đã hợp nhất.'])
    checkRule('title-capitalization', bundled, { text });
});

// The "ban" of a head's title is the title's, in lower case as the title form writes it (two hundred and tenth outside
// probe: "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy" was told to write the body's "Ban"); the body alone is still told.
test('title-capitalization: the body named in a head\'s title is written as the title is', async () => {
  const { bundledIndex } = await import('../../helpers/corpus');
  const bundled = await bundledIndex();
  checkRule('title-capitalization', bundled, { text: 'Đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu.' });
  checkRule('title-capitalization', bundled, { text: 'Báo cáo của ⟦ban Tuyên giáo và Dân vận Tỉnh ủy⟧ gửi chậm.' });
});
