// Completion, as data: a line typed with ⟦…⟧ around the text the first item replaces and $0 at
// the cursor, the labels expected first, and what must not be offered.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complete, type CompletionEntry, type DocumentContext } from '../../../server/src/core/features/index';
import { continuationFilter } from '../../../server/src/core/features/completion';
import type { CorpusIndex, CorpusRecord } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { smallIndex, TEST_SOURCE } from './test-corpus';

interface Case {
  text: string;
  ctx?: Partial<DocumentContext>;
  /** The first labels, in order ([] for no items). */
  labels?: string[];
  /** Labels that must be among the items. */
  some?: string[];
  /** Substrings no item's label or inserted text may contain. */
  absent?: string[];
  /** Plain text inserted by the first items, in order. */
  inserts?: string[];
  /** Snippet text of the first item. */
  snippet?: string;
  /** Substring of the first item's Vietnamese detail. */
  detail?: string;
}

const CTX: DocumentContext = { reportDate: '2024-06-10', province: 'Thử Nghiệm', today: '2026-03-05' };

function check(corpus: CorpusIndex, c: Case): CompletionEntry[] {
  const m = parseMarkers(c.text);
  assert.ok(m.cursor !== null, 'case has a $0 cursor');
  const list = complete(m.text, m.cursor, corpus, { ...CTX, ...c.ctx });
  const items = list.items;
  const labels = items.map((i) => i.label);
  assert.equal(list.isIncomplete, true, 'the editor must ask again on the next keystroke');
  if (c.labels) assert.deepEqual(labels.slice(0, c.labels.length), c.labels, `labels for ${c.text}:\n${labels.join('\n')}`);
  if (c.labels && c.labels.length === 0) assert.deepEqual(labels, []);
  for (const s of c.some ?? []) assert.ok(labels.some((l) => l.startsWith(s)), `"${s}" offered for ${c.text}:\n${labels.join('\n')}`);
  for (const a of c.absent ?? []) assert.ok(!items.some((i) => i.label.includes(a) || i.plainText.includes(a)), `nothing with "${a}" for ${c.text}`);
  if (c.inserts) assert.deepEqual(items.slice(0, c.inserts.length).map((i) => i.plainText), c.inserts);
  if (c.snippet) assert.equal(items[0]?.insertText, c.snippet);
  if (c.detail) assert.ok(items[0]?.detail.vi.includes(c.detail), `detail "${items[0]?.detail.vi}" has "${c.detail}"`);
  const span = m.spans[0];
  if (span && items.length) {
    // The editor filters on the text between the range's start and the cursor: the filter text
    // starts with that text, and goes on only with the rest of what the item inserts.
    for (const it of items.slice(0, 4)) {
      assert.deepEqual({ start: it.replace.start, end: it.replace.end }, { start: span.start, end: span.end }, `range of "${it.label}"`);
      assert.ok(it.filterText.startsWith(span.text), `filterText "${it.filterText}" starts with "${span.text}"`);
      const rest = it.filterText.slice(span.text.length);
      assert.ok(rest === '' || it.plainText.endsWith(rest), `filterText "${it.filterText}" continues "${it.plainText}"`);
    }
  }
  return items;
}

const FULL_12 = '12-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy Thử Nghiệm ban hành Quy định thử nghiệm về tiếp nhận ý kiến của Nhân dân';

describe('completion: document numbers (test corpus)', () => {
  const corpus = smallIndex();
  const cases: Case[] = [
    // The number and symbol, then the full citation; the report's province only.
    { text: 'Thực hiện Quyết định số ⟦1$0⟧', labels: ['12-QĐ/TU'], inserts: ['12-QĐ/TU', FULL_12], absent: ['Đối Chứng'], detail: 'còn hiệu lực' },
    { text: 'Thực hiện Quyết định số ⟦12$0⟧', inserts: ['12-QĐ/TU', FULL_12] },
    // Without diacritics, in capitals, with the number's leading zero.
    { text: 'Thuc hien Quyet dinh so ⟦1$0⟧', labels: ['12-QĐ/TU'], absent: ['Đối Chứng'] },
    { text: 'QUYẾT ĐỊNH SỐ ⟦12$0⟧', labels: ['12-QĐ/TU'] },
    { text: 'Kết luận số ⟦7$0⟧', labels: ['07-KL/TU'] },
    { text: 'Kết luận số ⟦07$0⟧', labels: ['07-KL/TU'] },
    // The symbol being typed narrows; a symbol that fits nothing offers nothing.
    { text: 'theo ⟦12-QĐ/$0⟧', labels: ['12-QĐ/TU'], absent: ['Đối Chứng'] },
    { text: 'theo ⟦12-qd/t$0⟧', labels: ['12-QĐ/TU'] },
    { text: 'theo ⟦12-NQ$0⟧', labels: [] },
    // The kind word filters: no Nghị quyết 12.
    { text: 'Nghị quyết số ⟦12$0⟧', labels: [] },
    // No province known: both provinces' documents, the one in force first.
    { text: 'Quyết định số ⟦12$0⟧', ctx: { province: null }, labels: ['12-QĐ/TU'], detail: 'Thử Nghiệm', some: ['12-QĐ/TU ngày 1/6/2021 của Ban Thường vụ Tỉnh ủy Đối Chứng'] },
    // Nothing typed after the kind: documents of that kind, in force at the report's date first.
    { text: 'Nghị quyết số ⟦⟧$0', labels: ['45-NQ/TU'] },
    { text: 'Nghị quyết số ⟦⟧$0', ctx: { reportDate: '2020-06-01' }, labels: ['29-NQ/TU'] },
    { text: 'Nghị quyết ⟦⟧$0', labels: ['45-NQ/TU'] },
    // Right after "số": the inserted text brings its own space.
    { text: 'Kết luận số⟦⟧$0', labels: ['07-KL/TU'], inserts: [' 07-KL/TU'] },
    // A date is not a document number.
    { text: 'ngày 25/2/2010$0', labels: [] },
    { text: 'đạt 12$0', labels: [] },
  ];
  for (const c of cases) test(c.text + (c.ctx ? ` ${JSON.stringify(c.ctx)}` : ''), () => void check(corpus, c));

  test('how often the user cites a document ranks it', () => {
    const ct = (id: string, n: string): CorpusRecord => ({
      type: 'directive', id, kind: 'Chỉ thị', number: n, symbol: 'CT/TU', issuer: 'Ban Thường vụ Tỉnh ủy', organisation: 'Tỉnh ủy Thử Nghiệm', date: '2022-01-10', sources: TEST_SOURCE,
    });
    const extra = [ct('3-CT/TU', '3'), ct('4-CT/TU', '4')];
    check(smallIndex({}, extra), { text: 'Chỉ thị số ⟦⟧$0', labels: ['3-CT/TU'] });
    const cited = smallIndex({ '4-CT/TU': { count: 4, dates: { '2022-01-10': 4 }, files: ['a.md'] } }, extra);
    check(cited, { text: 'Chỉ thị số ⟦⟧$0', labels: ['4-CT/TU'] });
  });

  test('documentation shows the record and its status', () => {
    const m = parseMarkers('Quyết định số 12$0');
    const items = complete(m.text, m.cursor!, corpus, CTX);
    const doc = items.items[0]!.documentation!;
    assert.match(doc.vi, /Ban Thường vụ Tỉnh ủy Thử Nghiệm/);
    assert.match(doc.vi, /còn hiệu lực/);
    assert.match(doc.en, /in force/);
    const lazy = complete(m.text, m.cursor!, corpus, CTX, { documentation: false });
    assert.equal(lazy.items[0]!.documentation, undefined);
    assert.deepEqual(lazy.items[0]!.ref, items.items[0]!.ref);
  });
});

describe('completion: the date line', () => {
  const corpus = smallIndex();
  const cases: Case[] = [
    { text: 'Thử Nghiệm, ⟦ngày$0⟧', labels: ['ngày 05 tháng 3 năm 2026'] },
    { text: '*Hà Tĩnh, ⟦ngay$0⟧', labels: ['ngày 05 tháng 3 năm 2026'] },
    { text: '⟦ngày 0$0⟧', labels: ['ngày 05 tháng 3 năm 2026'] },
    // Day < 10 and months 1–2 take a zero; months 3–12 do not.
    { text: 'Hà Nội, ⟦ngày$0⟧', ctx: { today: '2026-02-01' }, labels: ['ngày 01 tháng 02 năm 2026'] },
    { text: 'Hà Nội, ⟦ngày$0⟧', ctx: { today: '2026-11-09' }, labels: ['ngày 09 tháng 11 năm 2026'] },
    { text: 'Hà Nội, ⟦ngày$0⟧', ctx: { today: '2026-12-25' }, labels: ['ngày 25 tháng 12 năm 2026'] },
    // In running text "ngày" is not the date line.
    { text: 'Hội nghị được tổ chức ngày$0', labels: [] },
  ];
  for (const c of cases) test(c.text + (c.ctx ? ` ${JSON.stringify(c.ctx)}` : ''), () => void check(corpus, c));
});

describe('completion: people and words (test corpus)', () => {
  const corpus = smallIndex();
  const cases: Case[] = [
    // A person with the title they held on the report's date.
    { text: 'Đồng chí ⟦nguyen van th$0⟧', labels: ['Nguyễn Văn Thử'], detail: 'Bí thư Tỉnh ủy' },
    { text: 'Đồng chí ⟦Nguyễn Văn T$0⟧', ctx: { reportDate: '2019-01-01' }, labels: ['Nguyễn Văn Thử'], detail: 'Ủy viên Ban Thường vụ Tỉnh ủy' },
    // A name starts where the writer started it: "Văn Thử" is not the start of a name.
    { text: 'ông ⟦van thu$0⟧', absent: ['Nguyễn Văn Thử'] },
    // A document by the words of its subject, with words skipped and without diacritics.
    { text: 'Theo ⟦quy dinh ve tiep nhan y kien$0⟧', labels: ['Quyết định 12-QĐ/TU — ban hành Quy định thử nghiệm về tiếp nhận ý kiến của Nhân d…'], inserts: ['Quyết định số 12-QĐ/TU', `Quyết định số ${FULL_12}`] },
    // A typo in the last word.
    { text: 'Theo ⟦tiep nhan y kieen$0⟧', some: ['Quyết định 12-QĐ/TU'] },
  ];
  for (const c of cases) test(c.text + (c.ctx ? ` ${JSON.stringify(c.ctx)}` : ''), () => void check(corpus, c));
});

describe('completion: titles, organisations, documents (bundled corpus)', async () => {
  const corpus = await bundledIndex();
  const hn: Partial<DocumentContext> = { province: 'Hà Tĩnh', reportDate: '2023-08-25' };
  const cases: Case[] = [
    { text: 'Đồng chí ⟦Phó Trưởng ban Dân v$0⟧', labels: ['Phó Trưởng ban Dân vận Trung ương'] },
    { text: 'Đồng chí ⟦pho truong ban dan v$0⟧', labels: ['Phó Trưởng ban Dân vận Trung ương'] },
    { text: '⟦Ủy ban MTTQ$0⟧', ctx: hn, labels: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …'], snippet: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${1:Hà Tĩnh}', inserts: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh'] },
    { text: '⟦uy ban mttq$0⟧', ctx: { province: null }, labels: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …'], snippet: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${1:…}' },
    // The Quy chế công tác dân vận: Quyết định 290-QĐ/TW and its successor, without diacritics.
    { text: 'Căn cứ ⟦quy che dan van$0⟧', ctx: hn, some: ['Quyết định 290-QĐ/TW', 'Quyết định 23-QĐ/TW'] },
    { text: 'Căn cứ ⟦Quy chế công tác dân vận$0⟧', ctx: hn, some: ['Quyết định 290-QĐ/TW', 'Quyết định 23-QĐ/TW'] },
    { text: 'Quyết định số ⟦29$0⟧', ctx: hn, labels: ['290-QĐ/TW'] },
    { text: 'Nghị định số ⟦30/2020/N$0⟧', ctx: hn, labels: ['30/2020/NĐ-CP'] },
  ];
  for (const c of cases) test(c.text + (c.ctx ? ` ${JSON.stringify(c.ctx)}` : ''), () => void check(corpus, c));
});

describe('completion: the filter text continues what was typed', () => {
  // [typed, what the item inserts, filter text]: VS Code filters kept items by prefix, so an item
  // the typed text still leads to keeps matching, one it no longer leads to drops out.
  const rows: [string, string, string][] = [
    ['29', '290-QĐ/TW', '290-QĐ/TW'],
    ['', ' 290-QĐ/TW', ' 290-QĐ/TW'],
    ['290-qd/t', '290-QĐ/TW', '290-qd/tW'],
    ['Phó Trưởng ban D', 'Phó Trưởng ban Dân vận Trung ương', 'Phó Trưởng ban Dân vận Trung ương'],
    ['pho truong ban d', 'Phó Trưởng ban Dân vận Trung ương', 'pho truong ban dân vận Trung ương'],
    // Matched loosely (words skipped): the typed text, which every fresh item matches alike.
    ['quy che dan van', 'Quyết định số 23-QĐ/TW', 'quy che dan van'],
    ['29', '23-QĐ/TW', '29'],
  ];
  for (const [typed, target, expected] of rows) test(`"${typed}" → "${target}"`, () => assert.equal(continuationFilter(typed, target), expected));
});
