// name-misspelt: a body's or an office's name of three words or more, its letters the corpus's and a mark another.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // Probe 433's slip, and one in a Party body's name.
  { text: 'Ủy ban ⟦Mặt trận Tố quốc Việt Nam⟧ xã tổ chức hội nghị.', messages: ['Viết sai dấu: "Mặt trận Tố quốc Việt Nam" — tên đúng là "Mặt trận Tổ quốc Việt Nam".'] },
  { text: 'Thực hiện Quy định của ⟦Ban Chấp hành Trung uơng Đảng⟧ về công tác dân vận.', messages: ['tên đúng là "Ban Chấp hành Trung ương Đảng"'] },
  // In capitals, as a heading writes it; across a line's end.
  { text: 'ỦY BAN ⟦MẶT TRẬN TỐ QUỐC VIỆT NAM⟧ XÃ', messages: ['tên đúng là "MẶT TRẬN TỔ QUỐC VIỆT NAM"'] },
  { text: 'đề nghị của Ủy ban ⟦Mặt trận Tố\nquốc Việt Nam⟧ xã.', messages: ['tên đúng là "Mặt trận Tổ\nquốc Việt Nam"'] },
  // The longest name the corpus knows is the one read.
  { text: 'đề nghị của ⟦Ủy ban Mặt trận Tố quốc Việt Nam tỉnh⟧.', messages: ['tên đúng là "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"'] },
  // Three words are enough.
  { text: '⟦Bộ Nôi vụ⟧ đã có văn bản.', messages: ['tên đúng là "Bộ Nội vụ"'] },
  // Not slips: the names as the corpus spells them, another placement of the tone mark, other capitals.
  { text: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Uỷ ban Thường vụ Quốc hội; Ủy Ban Thường Vụ Quốc Hội; Ban Chấp hành Trung ương Đảng.' },
  // A word before a body's name that folds like an office's first word is that word: the commission's hall, not its head.
  { text: 'Hội nghị được tổ chức từ Hội trường Ban Tuyên giáo và Dân vận Trung ương.' },
  { text: 'Đồng chí ⟦Trưởng Ban Tuyên giáo và Dân vân Trung ương⟧ phát biểu.', messages: ['tên đúng là "Trưởng Ban Tuyên giáo và Dân vận Trung ương"'] },
  // A name with other letters is another name; one typed with no marks at all is not a slip of a key.
  { text: 'Mặt trận Tổ quốc Việt Nam Hà Tĩnh; Mặt trận Tổ Quốc Việt Nam; Uy ban Mat tran To quoc Viet Nam.' },
  // A document's kind right before its number, of any length (probe 444, and the sets' slips found with it).
  { text: 'Căn cứ ⟦Thông từ⟧ 71/2018/TT-BTC ngày 10/8/2018 của Bộ Tài chính.', messages: ['Viết sai dấu: "Thông từ" — tên loại văn bản đúng là "Thông tư".'] },
  { text: 'Thực hiện ⟦Nghi định⟧ số 56/2013/NĐ-CP và ⟦Chỉ thi⟧ số 48-CT/TW.', messages: ['"Nghị định"', '"Chỉ thị"'] },
  { text: '⟦KẾT LỦẬN⟧ 127-KL/TW CỦA BỘ CHÍNH TRỊ', messages: ['"KẾT LUẬN"'] },
  // Not slips: the kind spelt right, typed with no marks at all, or a word that is no kind before the number.
  { text: 'Thông tư 71/2018/TT-BTC; Thong tu 71/2018/TT-BTC; theo số 71/2018/TT-BTC; mục tiêu 12/QĐ-UBND.' },
  // "số" written wrong between the kind and its number (probe 447), in the writer's case; not in a text typed without marks.
  { text: 'Thực hiện Chỉ thị ⟦so⟧ 41-CT/TW của Ban Bí thư và Nghị quyết ⟦sổ⟧ 03-NQ/TW.', messages: ['Viết sai dấu: "so" — trước số hiệu văn bản là "số".', '"sổ"'] },
  { text: 'NGHỊ ĐỊNH ⟦Sô⟧ 38/2016/NĐ-CP', messages: ['là "Số"'] },
  { text: 'Thực hiện ⟦Chỉ thi⟧ ⟦so⟧ 41-CT/TW.', messages: ['"Chỉ thị"', '"số"'] },
  { text: 'Thuc hien Chi thi so 41-CT/TW; Chỉ thị số 41-CT/TW; Chỉ thị Số 41-CT/TW.' },
];
for (const c of cases) test(`name-misspelt: ${c.text}`, () => void checkRule('name-misspelt', corpus, c));

test('name-misspelt: the fix keeps the writer\'s case and spaces, and is safe', () => {
  const text = 'Ủy ban MẶT TRẬN Tố quốc  Việt Nam tỉnh.';
  const [f] = runRule('name-misspelt', text, corpus);
  assert.ok(f);
  assert.equal(f.fixes?.[0]?.safe, true);
  assert.equal(applyFix(text, f), 'Ủy ban MẶT TRẬN Tổ quốc  Việt Nam tỉnh.');
});

test('name-misspelt: two names the corpus holds that fold alike are both right', () => {
  // Test records, clearly invented: two bodies whose names differ only in a mark.
  const twins = memoryIndex([
    { type: 'organisation', name: 'Cơ quan Thử nghiệm Một', scope: 'central', sources: [{ title: 'test record' }] },
    { type: 'organisation', name: 'Cơ quan Thủ nghiệm Một', scope: 'central', sources: [{ title: 'test record' }] },
  ]);
  assert.deepEqual(runRule('name-misspelt', 'Cơ quan Thử nghiệm Một và Cơ quan Thủ nghiệm Một đã họp.', twins), []);
  assert.equal(runRule('name-misspelt', 'Cơ quan Thừ nghiệm Một đã họp.', twins)[0]?.message.vi, 'Viết sai dấu: "Cơ quan Thừ nghiệm Một" — tên đúng là "Cơ quan Thử nghiệm Một".');
});

