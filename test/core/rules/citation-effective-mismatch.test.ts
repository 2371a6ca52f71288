import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';
import { parseMarkers } from '../../helpers/markers';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // The text a decree replaces, and the day the new decree takes effect (123rd outside probe): not the old one's day.
  { text: 'Ngày 7/10/2020, Chính phủ ban hành Nghị định số 119/2020/NĐ-CP. Nghị định này thay thế Nghị định số 159/2013/NĐ-CP ngày 12/11/2013 của Chính phủ và có hiệu lực thi hành kể từ ngày 01/12/2020.' },
  // Without "thay thế" the day is the decree's own, and judged.
  { text: 'Nghị định số 159/2013/NĐ-CP ngày 12/11/2013 của Chính phủ có hiệu lực thi hành kể từ ngày ⟦01/12/2020⟧.', messages: ['có hiệu lực từ ngày 1/1/2014'] },
  // The fiftieth outside probe's slip, with the law resolved by its number: 48/2019/QH14 took effect on 1/7/2020.
  { text: 'Luật Dân quân tự vệ số 48/2019/QH14 được Quốc hội thông qua ngày 22/11/2019 và có hiệu lực thi hành từ ngày ⟦1/7/2019⟧.', messages: ['Luật 48/2019/QH14 có hiệu lực từ ngày 1/7/2020, không phải "1/7/2019"'] },
  { text: 'Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực từ ngày ⟦01/01/2023⟧.', messages: ['có hiệu lực từ ngày 1/7/2023'] },
  // A law named bare whose day is before the law of the name in force was passed: an earlier law of the name (the
  // hundred-and-eightieth outside probe: the 2007 law was told the 2022 law's day). FIXME: the name still resolves to the
  // law of 2022; the day written is not used to choose the law.
  { text: 'Luật Phòng, chống bạo lực gia đình (BLGĐ) có hiệu lực thi hành từ ngày 1-7-2008. Qua 6 năm triển khai thực hiện Luật.' },
  { text: 'Luật Phòng, chống bạo lực gia đình năm 2022 có hiệu lực thi hành từ ngày ⟦1-7-2008⟧.', messages: ['có hiệu lực từ ngày 1/7/2023'] },
  { text: 'Luật Phổ biến, giáo dục pháp luật năm 2012 có hiệu lực thi hành kể từ ngày ⟦1-7-2013⟧.' },
  // The right day, in any form, says nothing.
  { text: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 có hiệu lực thi hành từ ngày 01/7/2023. Luật Phổ biến, giáo dục pháp luật năm 2012 có hiệu lực thi hành từ ngày 1-1-2013.' },
  // Days the sources disagree on are all accepted; a day a later law changed, only in a text written before the change
  // (the land law of 2024: 1/1/2025 until Luật 43/2024/QH15 of 29/6/2024 brought it to 1/8/2024; outside probe 416).
  { text: 'Hà Nội, ngày 15 tháng 3 năm 2024\nLuật Đất đai năm 2024 có hiệu lực từ ngày 01/7/2024; Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/01/2025.' },
  { text: 'Hà Nội, ngày 15 tháng 3 năm 2025\nLuật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024; Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày ⟦01 tháng 01 năm 2025⟧.', messages: ['có hiệu lực từ ngày 1/8/2024: ngày "01 tháng 01 năm 2025" là ngày ghi ban đầu, đã được Luật 43/2024/QH15 (29/6/2024) thay đổi'] },
  { text: 'Hà Nội, ngày 15 tháng 3 năm 2025\nTheo dự kiến ban đầu, Luật đất đai 2024 sẽ có hiệu lực từ ngày 01/01/2025. Tuy nhiên, Luật có hiệu lực sớm hơn.' },
  // The day of the laws that replaced it (outside probe 208).
  { text: 'Luật Giao thông đường bộ năm 2008 đã chính thức được thay thế bằng hai đạo luật mới có hiệu lực từ ngày 1 tháng 1 năm 2025.' },
  // The day of the document whose title names the law: a decree's (the thirty-third outside probe's text).
  { text: 'Ngày 14 tháng 8 năm 2023, Chính phủ đã ban hành Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, có hiệu lực thi hành từ ngày 15/8/2023.' },
  // An amending law's day, the law it amends named in its title (the twenty-ninth outside probe's text).
  { text: 'Luật số 52/2019/QH14 ngày 25 tháng 11 năm 2019 của Quốc hội sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức, có hiệu lực kể từ ngày 01 tháng 7 năm 2020.' },
  // Another citation between the law and the day owns it.
  { text: 'Luật Thực hiện dân chủ ở cơ sở năm 2022 được hướng dẫn bởi Nghị định số 59/2023/NĐ-CP có hiệu lực từ ngày 15/8/2023.' },
  // The day a text ended, and a day in the next sentence, are other facts.
  { text: 'Luật Phổ biến, giáo dục pháp luật năm 2012 hết hiệu lực từ ngày 1/7/2030.' },
  { text: 'Luật Thực hiện dân chủ ở cơ sở năm 2022 đã đi vào cuộc sống. Nghị quyết có hiệu lực từ ngày 01/01/2023.' },
  // Provisions named before the citation own the day (thirty-eighth session's probe 343).
  { text: 'Đối với các quy định tại điểm m khoản 3 Điều 6, điểm b khoản 1 Điều 27 Nghị định 168/2024/NĐ-CP có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026;' },
];

test('citation-effective-mismatch: the effective day written after a cited law', () => {
  for (const c of cases) checkRule('citation-effective-mismatch', corpus, c);
});

test('citation-effective-mismatch: the fix writes the record\'s day in the writer\'s form', () => {
  const m = parseMarkers('Luật Dân quân tự vệ số 48/2019/QH14 có hiệu lực thi hành từ ngày 01/7/2019.');
  const [f] = runRule('citation-effective-mismatch', m.text, corpus);
  assert.ok(f);
  assert.equal(applyFix(m.text, f), 'Luật Dân quân tự vệ số 48/2019/QH14 có hiệu lực thi hành từ ngày 01/7/2020.');
});
