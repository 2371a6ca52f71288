import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DirectiveRecord } from '../../../server/src/core/index';
import { memoryIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, checkRule, type RuleCase } from '../../helpers/rules';

// The two standards, as the rule finds them in the corpus (their dates bound the rule; their
// sources are named in the message).
const standards: DirectiveRecord[] = [
  {
    type: 'directive', id: '30/2020/NĐ-CP', kind: 'Nghị định', number: '30', symbol: 'NĐ-CP', issuer: 'Chính phủ', date: '2020-03-05',
    subject: 'về công tác văn thư', sources: [{ url: 'https://example.test/nd30', note: 'test record' }],
  },
  {
    type: 'directive', id: '36-HD/VPTW', kind: 'Hướng dẫn', number: '36', symbol: 'HD/VPTW', issuer: 'Văn phòng Trung ương Đảng', date: '2018-04-03',
    subject: 'thể thức và kỹ thuật trình bày văn bản của Đảng', sources: [{ url: 'https://example.test/hd36', note: 'test record' }],
  },
];
const corpus = memoryIndex(standards);

const cases: (RuleCase & { fixed?: string })[] = [
  { text: 'Hà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧', fixed: 'Hà Tĩnh, ngày 05 tháng 3 năm 2023', messages: ['ngày dưới 10 viết thêm số 0'] },
  { text: 'Hà Nội, ngày ⟦12 tháng 1 năm 2024⟧', fixed: 'Hà Nội, ngày 12 tháng 01 năm 2024', messages: ['tháng 1, 2 viết thêm số 0'] },
  { text: 'Hà Nội, ngày ⟦15 tháng 05 năm 2023⟧', fixed: 'Hà Nội, ngày 15 tháng 5 năm 2023', messages: ['tháng 3 đến 12 không thêm số 0'] },
  { text: 'Hà Nội, ngày ⟦5 tháng 2 năm 2023⟧', fixed: 'Hà Nội, ngày 05 tháng 02 năm 2023', messages: ['"ngày 05 tháng 02 năm 2023"'] },
  // Markdown emphasis around the date line.
  { text: '*Hà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧*', fixed: '*Hà Tĩnh, ngày 05 tháng 3 năm 2023*' },
  // NFD text and Windows line ends: spans and edits on the original.
  { text: 'ĐẢNG BỘ TỈNH HÀ TĨNH\r\nHà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧\r\n'.normalize('NFD'), fixed: 'ĐẢNG BỘ TỈNH HÀ TĨNH\r\nHà Tĩnh, ngày 05 tháng 3 năm 2023\r\n'.normalize('NFD') },

  // The line is named by the text's own kind, from its header; "văn bản" without one (hundred-and-fifth and
  // -seventh outside probes: a decision's and a law's line were called the report's).
  { text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/QĐ-UBND\nHà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch', messages: ['Dòng ngày tháng của quyết định nên viết'] },
  { text: 'TỈNH ỦY HÀ TĨNH\nSố: 12-BC/TU\nHà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧\nBÁO CÁO\nTổng kết công tác dân vận', messages: ['Dòng ngày tháng của báo cáo nên viết'] },
  { text: 'Hà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧', messages: ['Dòng ngày tháng của văn bản nên viết'] },

  // The standard form raises nothing.
  { text: 'Hà Nội, ngày 05 tháng 3 năm 2020' },
  { text: 'Hạ Long, ngày 20 tháng 02 năm 2018' },
  { text: 'Hà Nội, ngày 09 tháng 01 năm 2026' },
  { text: 'Hưng Yên, ngày 28 tháng 02 năm 2023' },
  { text: 'Thành phố Hồ Chí Minh, ngày 09  tháng 12 năm 2021' },
  // Older documents padded every month (11-HD/VPTW, 2004): before the standards, nothing.
  { text: 'Hà Nội, ngày 28 tháng 05 năm 2004' },
  // Only the header's date line: dates in running text are free.
  { text: 'Ngày 5 tháng 3 năm 2023, Tỉnh ủy tổ chức hội nghị; ngày 2/1/2020, ngày 05/3/2020.' },
  { text: 'Hà Tĩnh, ngày 05 tháng 3 năm 2023\n\nNgày 5 tháng 3 năm 2023, Tỉnh ủy họp.' },
  // A web page's "Hôm nay, ngày …" is no date line (seed 001).
  { text: 'Hôm nay, ngày 22 tháng 1 năm 2019' },
  // An impossible date is date-invalid's business.
  { text: 'Hà Nội, ngày 30 tháng 2 năm 2023' },
];

for (const c of cases)
  test(`date-format: ${c.text.replace(/\r?\n/g, ' ⏎ ')}`, () => {
    const found = checkRule('date-format', corpus, c);
    if (c.fixed !== undefined) assert.equal(applyFix(parseMarkers(c.text).text, found[0]!), c.fixed);
  });

test('date-format: the message names the standards and their sources', () => {
  const [f] = checkRule('date-format', corpus, { text: 'Hà Tĩnh, ngày ⟦5 tháng 3 năm 2023⟧' });
  assert.match(f!.message.vi, /Nghị định 30\/2020\/NĐ-CP/);
  // Sources by their site, once each, after one "nguồn:" (the hover links the full page).
  assert.match(f!.message.vi, /\(nguồn: example\.test\)\.$/);
  assert.match(f!.message.en, /leading zero/);
  assert.equal(f!.severity, 'hint');
  assert.equal(f!.fixes![0]!.safe, true);
});

test('date-format: without the standards in the corpus the rule still applies, naming them only', () => {
  const [f] = checkRule('date-format', memoryIndex([]), { text: 'Hà Nội, ngày ⟦5 tháng 3 năm 2004⟧' });
  assert.doesNotMatch(f!.message.vi, /nguồn/);
});
