// vision-year-order: a plan's horizon ("tầm nhìn", "định hướng") before the last year of the period it follows.

import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

const cases: RuleCase[] = [
  // The slips of the sets and the gazette (probes 438 and 258).
  { text: 'Quyết định số 36/QĐ-TTg ngày 11/01/2024 về việc quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021-2030, tầm nhìn đến ⟦2025⟧;', messages: ['"tầm nhìn đến 2025" sớm hơn năm cuối của giai đoạn (2030): tầm nhìn phải xa hơn giai đoạn; có lẽ viết nhầm năm.'] },
  { text: 'chiến lược công tác dân tộc giai đoạn 2021 - 2030, tầm nhìn đến năm ⟦1945⟧;', messages: ['"tầm nhìn đến năm 1945" sớm hơn năm cuối của giai đoạn (2030)'] },
  { text: "chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm ⟦2015⟧;", messages: ["(2030)"] },
  // Other ways to write the period and the horizon; capitals, as a title writes them.
  { text: 'kế hoạch giai đoạn từ năm 2021 đến năm 2030 và định hướng tới năm ⟦2025⟧', messages: ['"định hướng tới năm 2025"'] },
  { text: 'QUY HOẠCH TỈNH THỜI KỲ 2021 – 2030, TẦM NHÌN ĐẾN NĂM ⟦2025⟧', messages: ['"TẦM NHÌN ĐẾN NĂM 2025"'] },
  // Right: a horizon beyond its period, or in another clause; a horizon alone.
  { text: 'Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050' },
  { text: 'Chiến lược phát triển đến năm 2025, định hướng đến năm 2030' },
  { text: 'Kế hoạch giai đoạn 2026 – 2030, tầm nhìn đến năm 2030' },
  { text: 'Tầm nhìn đến năm 2045, nước ta trở thành nước phát triển' },
  { text: 'đến năm 2030 hoàn thành 100% mục tiêu. Định hướng đến năm 2025 các xã được công nhận' },
];

for (const c of cases) test(`vision-year-order: ${c.text}`, () => void checkRule('vision-year-order', corpus, c));
