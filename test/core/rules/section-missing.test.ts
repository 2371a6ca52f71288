import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

const HEADER = [
  'ĐẢNG BỘ TỈNH HÀ TĨNH          ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY',
  'Số 45-BC/TU                    Hà Tĩnh, ngày 25 tháng 8 năm 2023',
  '',
  '⟦BÁO CÁO⟧',
  'Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW',
  '',
].join('\n');

const cases: RuleCase[] = [
  {
    text: `${HEADER}I. KẾT QUẢ THỰC HIỆN\nNội dung.\nII. HẠN CHẾ, NGUYÊN NHÂN\nNội dung.\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ\nNội dung.\n`,
    messages: ['Báo cáo tổng kết chưa có phần: bài học kinh nghiệm; đề xuất, kiến nghị.'],
  },
  // Two headings only, most parts missing.
  {
    text: `${HEADER}I. KẾT QUẢ\nNội dung.\nII. TỔ CHỨC THỰC HIỆN\nNội dung.\n`,
    messages: ['hạn chế, nguyên nhân; bài học kinh nghiệm; phương hướng, nhiệm vụ, giải pháp; đề xuất, kiến nghị'],
  },
  // A Markdown draft without a header: the first line says what it is.
  {
    text: '# ⟦Báo cáo sơ kết 5 năm thực hiện Kết luận số 43-KL/TW⟧\n\n## I. Kết quả\nNội dung.\n\n**Bài học kinh nghiệm**\nNội dung.\n\n## II. Phương hướng, nhiệm vụ\nNội dung.\n',
    messages: ['Báo cáo sơ kết chưa có phần: hạn chế, nguyên nhân; đề xuất, kiến nghị.'],
  },

  // Every part present, under customary names (diacritics do not matter).
  {
    text: `${HEADER}PHẦN THỨ NHẤT - KẾT QUẢ\nI. Ưu điểm\nII. Hạn chế, khuyết điểm và nguyên nhân\nIII. Bai hoc kinh nghiem\nPHẦN THỨ HAI - PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\nIV. Đề xuất, kiến nghị\n`.replace('⟦BÁO CÁO⟧', 'BÁO CÁO'),
  },
  // A part under a heading-like line without a number.
  {
    text: `${HEADER}I. KẾT QUẢ\nII. HẠN CHẾ VÀ NGUYÊN NHÂN\nIII. BÀI HỌC KINH NGHIỆM\nIV. NHIỆM VỤ, GIẢI PHÁP\nKiến nghị:\n- Trung ương sớm ban hành hướng dẫn.\n`.replace('⟦BÁO CÁO⟧', 'BÁO CÁO'),
  },
  // A news article about a review conference has no sections (seed 000): not a report.
  { text: 'Báo cáo tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW, Phó Trưởng ban Dân vận nêu rõ kết quả.\nTuy nhiên, còn hạn chế.' },
  // One heading only.
  { text: `${HEADER}I. KẾT QUẢ\nNội dung.\n`.replace('⟦BÁO CÁO⟧', 'BÁO CÁO') },
  // A report that is not a review.
  { text: 'BÁO CÁO\nTình hình công tác dân vận tháng 9 năm 2023\n\nI. Tình hình\nII. Nhiệm vụ tháng 10\n' },
  // A plan for a review conference is not a review report.
  { text: 'KẾ HOẠCH\nTổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW\n\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n' },
];

for (const c of cases) test(`section-missing: ${c.text.slice(0, 120).replace(/\n/g, ' ⏎ ')}`, () => {
    checkRule('section-missing', corpus, c);
  });

test('section-missing: one information finding, both languages', () => {
  const found = checkRule('section-missing', corpus, { text: `${HEADER}I. KẾT QUẢ\nII. HẠN CHẾ\n` });
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'information');
  assert.match(found[0]!.message.en, /lessons learnt; directions, tasks and solutions; proposals and recommendations/);
});
