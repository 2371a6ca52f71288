import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusRecord } from '../../../server/src/core/index';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import { checkRule, runRule, type RuleCase } from '../../helpers/rules';

// Days as the corpus records them (the test's own sources): the Dân vận tradition day of 1930 and the "Ngày Dân
// vận cả nước" counted from 1999 on the same day and month; the Front's; the Party's and the Youth Union's.
const records: CorpusRecord[] = [
  { type: 'commemoration', name: 'Ngày truyền thống công tác Dân vận của Đảng', names: ['Ngày truyền thống công tác Dân vận'], date: '1930-10-15', sources: [{ title: 'test record' }] },
  { type: 'commemoration', name: 'Ngày Dân vận của cả nước', names: ['Ngày Dân vận cả nước'], date: '1999-10-15', sources: [{ title: 'test record' }] },
  { type: 'commemoration', name: 'Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam', names: ['Ngày truyền thống Mặt trận Tổ quốc Việt Nam'], date: '1930-11-18', sources: [{ title: 'test record' }] },
  { type: 'commemoration', name: 'Ngày thành lập Đảng Cộng sản Việt Nam', names: ['Ngày thành lập Đảng'], date: '1930-02-03', sources: [{ title: 'test record' }] },
  { type: 'commemoration', name: 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh', names: ['Ngày thành lập Đoàn'], date: '1931-03-26', sources: [{ title: 'test record' }] },
  { type: 'commemoration', name: 'Ngày hội Quốc phòng toàn dân', date: '1989-12-22', sources: [{ title: 'test record' }] },
  // Abbreviations the corpus knows are read as written out in a day's name.
  { type: 'abbreviation', short: 'TNCS', long: 'Thanh niên Cộng sản', sources: [{ title: 'test record' }] },
  { type: 'abbreviation', short: 'HCM', long: 'Hồ Chí Minh', sources: [{ title: 'test record' }] },
];
const corpus = memoryIndex(records);
const HEADER = (year: number) => `BAN DÂN VẬN TỈNH ỦY\nSố 12-BC/BDVTU\n\nHà Tĩnh, ngày 20 tháng 10 năm ${year}\n\nBÁO CÁO\n`;

const cases: RuleCase[] = [
  // The years written with it: their difference is the count.
  { text: 'Tổ chức ⟦kỷ niệm 94 năm⟧ Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2025).', messages: ['từ 1930 đến 2025 là 95 năm, không phải 94 năm'] },
  { text: 'Tổ chức kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2025).' },
  { text: 'Kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (1930-2025).' },
  // Else the report's year, the year before (a plan) or after (a report of it).
  { text: HEADER(2025) + 'Tổ chức kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng.' },
  { text: HEADER(2024) + 'Kế hoạch tổ chức kỷ niệm 95 năm Ngày truyền thống công tác Dân vận.' },
  { text: HEADER(2025) + 'Tổ chức ⟦kỷ niệm 94 năm⟧ Ngày truyền thống công tác Dân vận.', messages: ['kỷ niệm 94 năm rơi vào năm 2024, nhưng đến ngày của báo cáo 20/10/2025 là 95 năm'] },
  // The day of 1999 on the same day and month is its own count.
  { text: HEADER(2025) + 'Tổ chức kỷ niệm 26 năm Ngày Dân vận cả nước và 95 năm Ngày truyền thống công tác Dân vận.' },
  // A slip seen on a school's page (the corpus round's report): "chào mừng 92 năm" for the Youth Union's 94th.
  { text: 'Liên đội ⟦chào mừng 92 năm⟧ ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931-26/3/2025).', messages: ['từ 1931 đến 2025 là 94 năm, không phải 92 năm'] },
  // Written with abbreviations the corpus knows (forty-second outside probe: the school page's own form).
  { text: 'Liên đội ⟦chào mừng 92 năm⟧ ngày thành lập Đoàn TNCS HCM (26/3/1931-26/3/2025).', messages: ['từ 1931 đến 2025 là 94 năm, không phải 92 năm'] },
  // The count fits the day's origin, not the start written: the start is the slip (forty-second outside probe).
  { text: 'Tổ chức ⟦kỷ niệm 36 năm⟧ ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025).', messages: ['Ngày hội Quốc phòng toàn dân bắt đầu năm 1989, không phải 1944: 36 năm là từ 1989 đến 2025'] },
  // "kỉ niệm", spelled with i.
  { text: '⟦Kỉ niệm 93 năm⟧ Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2025).', messages: ['từ 1931 đến 2025 là 94 năm, không phải 93 năm'] },
  // A plan may look two years ahead (a plan of 12/4/2019 for the 90th, in October 2020).
  { text: 'BAN DÂN VẬN TRUNG ƯƠNG\nSố 2473-KH/BDVTW\n\nHà Nội, ngày 12 tháng 4 năm 2019\n\nKẾ HOẠCH\nHướng tới kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng.' },
  // A name that goes on into another: a provincial Party organisation's founding, the volunteer youth's.
  { text: HEADER(2025) + 'Kỷ niệm 80 năm Ngày thành lập Đảng bộ tỉnh Hà Tĩnh; kỷ niệm 75 năm Ngày thành lập Đoàn Thanh niên xung phong Việt Nam.' },
  { text: HEADER(2025) + '⟦Kỷ niệm 90 năm⟧ Ngày thành lập Đảng (3/2/1930 - 3/2/2025).', messages: ['từ 1930 đến 2025 là 95 năm, không phải 90 năm'] },
  { text: HEADER(2025) + 'Ôn lại ⟦kỷ niệm 90 năm⟧ ngày truyền thống Mặt trận Tổ quốc Việt Nam.', messages: ['kỷ niệm 90 năm rơi vào năm 2020'] },
  // A year the sentence names: the anniversary it speaks of.
  { text: HEADER(2025) + 'Năm 2020, tỉnh tổ chức kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.' },
  // Not a day the corpus knows, or another day's range: nothing to say.
  { text: HEADER(2025) + 'Kỷ niệm 50 năm Ngày giải phóng huyện.' },
  { text: 'Kỷ niệm 10 năm Ngày Dân vận cả nước (1999 - 2009).' },
  // A day the corpus does not know, written with its years: the arithmetic alone (forty-third outside probe, the
  // inspectorate's day) — and the right count passes.
  { text: 'Tổ chức ⟦kỷ niệm 79 năm⟧ Ngày truyền thống ngành Thanh tra Việt Nam (23/11/1945 – 23/11/2025).', messages: ['Từ 1945 đến 2025 là 80 năm, không phải 79 năm'] },
  { text: 'Tổ chức kỷ niệm 80 năm Ngày truyền thống ngành Thanh tra Việt Nam (23/11/1945 – 23/11/2025).' },
  { text: '⟦Kỷ niệm 22 năm⟧ Ngày Doanh nhân Việt Nam (2004-2025).', messages: ['Từ 2004 đến 2025 là 21 năm, không phải 22 năm'] },
  // The range belongs to a second count, or the years are a period lived through: not this count's.
  { text: 'Kỷ niệm 50 năm Ngày giải phóng miền Nam và 80 năm Quốc khánh (1945-2025).' },
  { text: 'Kỷ niệm 5 năm thực hiện Chỉ thị của tỉnh (2021-2025).' },
  { text: 'Kỷ niệm 30 năm thành lập trường (2025-1995).' },
  // The counts after the first in a list share its "kỷ niệm" (probe 440: only the first was checked).
  { text: 'Kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3; ⟦97 năm⟧ Ngày thành lập Đoàn (26/3/1931 - 26/3/2026).', messages: ['từ 1931 đến 2026 là 95 năm, không phải 97 năm'] },
  { text: 'Kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3; 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026).' },
  // Without its years a later count is left alone: the list may recall past celebrations (probe 412).
  { text: HEADER(2025) + 'Kế thừa kinh nghiệm tổ chức kỷ niệm 80 năm Cách mạng Tháng Tám và 94 năm Ngày thành lập Đảng.' },
  { text: 'Kỷ niệm 95 năm Ngày thành lập Đảng (1930-2025), 35 năm thực hiện Cương lĩnh (1991-2025).' },
  // Years after a second count are its own, not the first's day's (it would have told the Party's day began in 1945).
  { text: HEADER(2025) + 'Kỷ niệm 95 năm Ngày thành lập Đảng, 80 năm Cách mạng Tháng Tám (1945-2025).' },
];
for (const c of cases) test(`commemoration-count: ${c.text.split('\n').pop()}`, () => void checkRule('commemoration-count', corpus, c));

test('commemoration-count: without a date line the count against today is information; a written range stays a warning', () => {
  const [f] = runRule('commemoration-count', 'Tổ chức kỷ niệm 90 năm Ngày truyền thống công tác Dân vận.', corpus, '2026-11-23');
  assert.equal(f?.severity, 'information');
  const [g] = runRule('commemoration-count', 'Kỷ niệm 94 năm Ngày truyền thống công tác Dân vận (1930 - 2025).', corpus, '2026-11-23');
  assert.equal(g?.severity, 'warning');
});

// The bundled corpus's days of the armed forces (three hundred and forty-seventh outside probe: the Border Guard's and the
// militia's days were not held, so a wrong count passed): a count from the right year is silent, one from the companion
// day's year or off by one is told.
const BUNDLED: RuleCase[] = [
  { text: 'Nhân kỷ niệm 85 năm ngày truyền thống Dân quân tự vệ (28/3/1935 - 28/3/2020).' },
  { text: '⟦Kỷ niệm 86 năm⟧ Ngày truyền thống Dân quân tự vệ (28/3/1935 - 28/3/2020).', messages: ['từ 1935 đến 2020 là 85 năm, không phải 86 năm'] },
  { text: 'Kỷ niệm 65 năm Ngày Truyền thống Bộ đội Biên phòng (3/3/1959 - 3/3/2024) và 35 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2024).' },
  { text: '⟦Kỷ niệm 36 năm⟧ Ngày Biên phòng toàn dân (3/3/1959 - 3/3/2025).', messages: ['Ngày Biên phòng toàn dân bắt đầu năm 1989, không phải 1959'] },
  // The sectors' days (the forty-fourth session's round; probes 425, 426, 428): the inspectorate's, the doctors', the
  // entrepreneurs' day of 2004 beside the letter of 1945 it honours, each counted from its own year.
  { text: HEADER(2026) + '⟦Kỷ niệm 79 năm⟧ Ngày truyền thống ngành Thanh tra Việt Nam.', messages: ['Ngày truyền thống Thanh tra Việt Nam bắt đầu năm 1945; kỷ niệm 79 năm rơi vào năm 2024'] },
  { text: '⟦Kỷ niệm 72 năm⟧ Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2026).', messages: ['từ 1955 đến 2026 là 71 năm, không phải 72 năm'] },
  { text: 'Kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh gửi thư cho giới Công thương (13/10/1945 - 13/10/2025) và 21 năm Ngày Doanh nhân Việt Nam (13/10/2004 - 13/10/2025).' },
  { text: HEADER(2025) + '⟦Kỷ niệm 20 năm⟧ Ngày Doanh nhân Việt Nam.', messages: ['kỷ niệm 20 năm rơi vào năm 2024'] },
];
for (const c of BUNDLED) test(`commemoration-count, bundled corpus: ${c.text}`, async () => void checkRule('commemoration-count', await bundledIndex(), c));
