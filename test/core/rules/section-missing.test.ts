import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { checkRule, type RuleCase } from '../../helpers/rules';
import { seeded } from '../../helpers/random';
import { headingLines } from '../../../server/src/core/rules/section-missing';
import { rx } from '../../../server/src/core/text/letters';

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

// headingLines judges each line by its code units; the expressions it replaced are the reference
// (kept here), on lines built to hit the edges: the 4/80/120/400 lengths, marks and spaces that
// trimming and the bare form drop, bold marks, capitals outside ASCII, code points beyond the BMP.
test('headingLines finds what the expressions it replaced find', () => {
  const CAPITAL = rx(String.raw`\p{Lu}`, 'u');
  const SMALL = rx(String.raw`\p{Ll}`, 'u');
  const reference = (t: string): string[] => {
    const out: string[] = [];
    for (let pos = 0; pos < t.length; ) {
      let nl = t.indexOf('\n', pos);
      if (nl < 0) nl = t.length;
      const raw = nl - pos > 400 ? '' : t.slice(pos, nl);
      pos = nl + 1;
      const line = raw.trim();
      if (line.length < 4 || line.length > 120) continue;
      const bare = line.replace(/^[#>\s]{1,20}/u, '');
      const bold = /^(?:\*\*|__).{2,116}(?:\*\*|__):?$/u.test(bare);
      const caps = CAPITAL.test(bare) && !SMALL.test(bare);
      const colon = /:$/u.test(bare) && bare.length <= 80;
      const markdownHeading = /^#{1,6}\s/u.test(line);
      if (bold || caps || colon || markdownHeading) out.push(bare);
    }
    return out;
  };
  const pieces = ['#', '##', '#######', '>', ' ', '\t', '\u00a0', '\u2003', '\r', '**', '__', '*', '_', ':', 'A', 'Ạ', 'Đ', 'a', 'ạ', 'đ', '1', '.', 'KẾT QUẢ', 'kết quả', '𝐀', 'Σ', 'σ', 'Ⅳ', '\n'];
  const rnd = seeded(3);
  const texts = ['## Kết quả\n**Bài học**\nHẠN CHẾ\nKiến nghị:', 'A'.repeat(401), `${'x'.repeat(79)}:`, `${'x'.repeat(80)}:`, `**${'A'.repeat(117)}**`, `${'> '.repeat(12)}HẠN CHẾ`, `${'#'.repeat(25)} KẾT QUẢ`, ''];
  for (let k = 0; k < 4000; k++) {
    let t = '';
    const parts = Math.floor(rnd() * 16);
    for (let i = 0; i < parts; i++) t += pieces[Math.floor(rnd() * pieces.length)]!;
    // Now and then a long run, to cross the 80, 120 and 400 limits.
    if (rnd() < 0.2) t += (rnd() < 0.5 ? 'A' : 'a').repeat(Math.floor(rnd() * 420)) + (rnd() < 0.5 ? ':' : '**');
    texts.push(t);
  }
  for (const t of texts) assert.deepEqual(headingLines(t), reference(t), JSON.stringify(t));
});
