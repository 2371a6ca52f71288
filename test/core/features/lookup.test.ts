// Lookup, as data: a query (with or without diacritics) and the ids expected first.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lookup, type LookupOptions } from '../../../server/src/core/features/index';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { smallIndex } from './test-corpus';

interface Case {
  query: string;
  opts?: Partial<LookupOptions>;
  /** Ids expected first, in order; [] for none. */
  ids?: string[];
  /** Ids that must be among the results. */
  some?: string[];
  /** Exactly this many results. */
  count?: number;
}

function check(corpus: CorpusIndex, c: Case) {
  const hits = lookup(corpus, c.query, { reportDate: '2024-06-10', ...c.opts });
  const ids = hits.map((h) => h.id);
  if (c.ids) assert.deepEqual(ids.slice(0, c.ids.length), c.ids, ids.join(', '));
  if (c.ids && c.ids.length === 0) assert.deepEqual(ids, []);
  for (const s of c.some ?? []) assert.ok(ids.includes(s), `${s} in ${ids.join(', ')}`);
  if (c.count !== undefined) assert.equal(hits.length, c.count, ids.join(', '));
  return hits;
}

describe('lookup (test corpus)', () => {
  const corpus = smallIndex();
  const th = { province: 'Thử Nghiệm' };
  const cases: Case[] = [
    { query: 'quy dinh tiep nhan y kien', ids: ['12-QĐ/TU'] },
    { query: 'Quy định tiếp nhận ý kiến', ids: ['12-QĐ/TU'] },
    { query: 'QUY ĐỊNH TIẾP NHẬN Ý KIẾN', ids: ['12-QĐ/TU'] },
    { query: 'tiep nhan y kieen', ids: ['12-QĐ/TU'] },
    { query: '12-QĐ/TU', opts: th, ids: ['12-QĐ/TU'], count: 1 },
    { query: '12-qd/tu', count: 2 },
    { query: 'Nghị quyết 29', ids: ['29-NQ/TU'] },
    { query: 'nghi quyet so 4', ids: ['45-NQ/TU'] },
    { query: '7-KL', ids: ['07-KL/TU'] },
    { query: 'dan van thu nghiem', some: ['29-NQ/TU', '45-NQ/TU', '07-KL/TU'] },
    { query: 'khong co van ban nay', ids: [] },
    { query: '', opts: { limit: 3 }, count: 3 },
  ];
  for (const c of cases) test(`"${c.query}"${c.opts ? ` ${JSON.stringify(c.opts)}` : ''}`, () => void check(corpus, c));

  test('a result carries the citation, ready to insert, and its status in both languages', () => {
    const [h] = check(corpus, { query: '12-QĐ/TU', opts: th, ids: ['12-QĐ/TU'] });
    assert.equal(h!.citation, 'Quyết định số 12-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy Thử Nghiệm ban hành Quy định thử nghiệm về tiếp nhận ý kiến của Nhân dân');
    assert.equal(h!.issuer, 'Ban Thường vụ Tỉnh ủy Thử Nghiệm');
    assert.equal(h!.date, '2020-03-02');
    assert.match(h!.status!.vi, /còn hiệu lực/);
    assert.match(h!.status!.en, /in force/);
    const [old] = check(corpus, { query: '29-NQ/TU', ids: ['29-NQ/TU'] });
    assert.match(old!.status!.vi, /đã được thay thế bởi Nghị quyết 45-NQ\/TU/);
  });
});

describe('lookup (bundled corpus)', async () => {
  const corpus = await bundledIndex();
  const cases: Case[] = [
    // The Quy chế công tác dân vận, typed without diacritics: 290-QĐ/TW and its successor.
    { query: 'quy che dan van', some: ['290-QĐ/TW', '23-QĐ/TW'] },
    { query: 'Quy chế công tác dân vận', some: ['290-QĐ/TW', '23-QĐ/TW'] },
    { query: '290-QĐ/TW', ids: ['290-QĐ/TW'] },
    { query: '30/2020/nd-cp', ids: ['30/2020/NĐ-CP'] },
    // Laws by name, with or without diacritics; every text of that name is offered.
    { query: 'Luật Đất đai', some: ['31/2024/QH15', '45/2013/QH13', '13/2003/QH11'] },
    { query: 'luat thi dua khen thuong', some: ['06/2022/QH15', '15/2003/QH11'] },
    { query: 'luat to chuc chinh phu', some: ['63/2025/QH15'] },
  ];
  for (const c of cases) test(`"${c.query}"`, () => void check(corpus, c));
});

describe('lookup (merged provinces)', async () => {
  // After 1/7/2025 a report of tỉnh Tuyên Quang is offered the local documents of the former
  // Hà Giang too, not those of another new unit. Test records; the provinces are the bundled ones.
  const { memoryIndex } = await import('../../helpers/corpus');
  const provinces = (await bundledIndex()).organisations.map((e) => e.record);
  const local = (organisation: string) => ({
    type: 'directive' as const, id: '901-QĐ/TU', kind: 'Quyết định', number: '901', symbol: 'QĐ/TU', issuer: 'Ban Thường vụ Tỉnh ủy', organisation, date: '2023-05-04', subject: 'thử nghiệm', sources: [{ title: 'test' }],
  });
  const corpus = memoryIndex([...provinces, local('Tỉnh ủy Hà Giang'), local('Tỉnh ủy Tuyên Quang'), local('Tỉnh ủy Yên Bái')]);
  const cases: Case[] = [
    { query: '901-QĐ/TU', opts: { province: 'Tuyên Quang', reportDate: '2026-03-10' }, count: 2 },
    { query: '901-QĐ/TU', opts: { province: 'Hà Giang', reportDate: '2026-03-10' }, count: 2 },
    { query: '901-QĐ/TU', opts: { province: 'Tuyên Quang', reportDate: '2024-06-10' }, count: 1 },
    { query: '901-QĐ/TU', opts: { province: 'Lào Cai', reportDate: '2026-03-10' }, count: 1 },
  ];
  for (const c of cases) test(`"${c.query}" ${JSON.stringify(c.opts)}`, () => void check(corpus, c));
});
