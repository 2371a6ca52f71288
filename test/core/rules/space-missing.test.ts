import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

// Each glued place from an outside probe's text, then what must stay quiet.
const cases: (RuleCase & { fixed?: string })[] = [
  // Probe 103 (018), 90 (022): "ngày" glued to the day of a law's date.
  { text: 'Căn cứ Luật Tổ chức HĐND và UBND ⟦ngày26/11/2003⟧;', fixed: 'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;', messages: ['"ngày26/11/2003" nên viết "ngày 26/11/2003"'] },
  { text: 'Chương trình làm việc số 50/CTr-UBND ⟦Ngày20/3/2013⟧ của Ủy ban nhân dân tỉnh', fixed: 'Chương trình làm việc số 50/CTr-UBND Ngày 20/3/2013 của Ủy ban nhân dân tỉnh' },
  // Probe 113 (024), 100 (016): the day glued to "tháng".
  { text: 'Nghị định số 42/2010/NĐ-CP ngày ⟦15tháng 4 năm 2010⟧ của Chính phủ', fixed: 'Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ', messages: ['"15tháng 4 năm 2010" nên viết "15 tháng 4 năm 2010"'] },
  // Probe 93 (006): the month glued to "năm".
  { text: 'Nghị quyết số 88/2011/NQ-CP ngày ⟦24 tháng 8năm 2011⟧ của Chính phủ', fixed: 'Nghị quyết số 88/2011/NQ-CP ngày 24 tháng 8 năm 2011 của Chính phủ' },
  // Probe 132 (012): a law's name glued to "Luật", read as the law; "Luậtsư" and a lower-case glue are no law.
  { text: 'Căn cứ ⟦LuậtThủy⟧ sản ngày 26 tháng 11 năm 2003;', fixed: 'Căn cứ Luật Thủy sản ngày 26 tháng 11 năm 2003;', messages: ['"LuậtThủy" nên viết "Luật Thủy"'] },
  { text: 'Căn cứ ⟦LuậtTổ⟧ chức Chính phủ ngày 25 tháng 12 năm 2001;', fixed: 'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;' },
  { text: 'Văn phòng Luậtsư Minh Đức; hệ thống Luậtthủy sản' },
  // Probes 257, 264, 265: "ngày" glued to a law's name, its date after; not a word that only ends so, nor "ngày" with no day.
  { text: 'Căn cứ Luật Tổ chức Chính ⟦phủngày⟧ 25 tháng 12 năm 2001;', fixed: 'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;', messages: ['"phủngày" nên viết "phủ ngày"'] },
  { text: 'Căn cứ Luật Tổ chức HĐND và ⟦UBNDngày⟧ 26/11/2003;', fixed: 'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;' },
  { text: 'Thực hiện Luật Thanh niên hằngngày như mọi ngày.' },
  // Two places in one date: one finding, one fix inserting both spaces.
  { text: 'Hà Nội, ⟦ngày25tháng 3 năm2012⟧', fixed: 'Hà Nội, ngày 25 tháng 3 năm 2012', messages: ['nên viết "ngày 25 tháng 3 năm 2012"'] },
  // Probe 111 (016): "số" glued to a decree's number.
  { text: 'thực hiện Nghị định ⟦số56/2012/NĐ-CP⟧ của Chính phủ', fixed: 'thực hiện Nghị định số 56/2012/NĐ-CP của Chính phủ', messages: ['"số56/2012/NĐ-CP" nên viết "số 56/2012/NĐ-CP"'] },
  // Probe 146 (009), 14th probe: a word glued after the symbol.
  { text: 'theo Quyết định số ⟦31/2017/QĐ-TTgngày⟧ 17/7/2017 của Thủ tướng Chính phủ', fixed: 'theo Quyết định số 31/2017/QĐ-TTg ngày 17/7/2017 của Thủ tướng Chính phủ', messages: ['"31/2017/QĐ-TTgngày" nên viết "31/2017/QĐ-TTg ngày"'] },
  { text: 'thực hiện Nghị định số ⟦56/2012/NĐ-CPvà⟧ kiến nghị', fixed: 'thực hiện Nghị định số 56/2012/NĐ-CP và kiến nghị' },
  // Decomposed text (NFD): the same, spans and edits on the original.
  { text: 'Căn cứ Luật ⟦ngày26/11/2003⟧;'.normalize('NFD'), fixed: 'Căn cứ Luật ngày 26/11/2003;'.normalize('NFD') },

  // Spaced as it should be: nothing.
  { text: 'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; Nghị định số 56/2012/NĐ-CP ngày 15 tháng 4 năm 2010.' },
  // Glued digits outside a date or a number read: a formula, a footnote mark, a form's blank (the gazette).
  { text: 'ntb = nsdtt(năm2015) x k = 5 x 0,8' },
  { text: 'được tính bình quân 03 năm58.' },
  { text: '8. Quyết định thành lập số2:...................' },
  // "ngày" inside a longer word is not the word: "Ngày" must start it.
  { text: 'mỗingày26/11/2003 là ngày hội' },
];

for (const c of cases)
  test(`space-missing: ${c.text}`, () => {
    const found = checkRule('space-missing', corpus, c);
    if (c.fixed !== undefined) assert.equal(applyFix(parseMarkers(c.text).text, found[0]!), c.fixed);
  });
