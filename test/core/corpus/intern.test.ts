// The Interner that a corpus load shares equal values through (core/corpus/intern.ts): records
// keep every value, equal nested parts become one object, parts that differ stay apart.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Interner, type CorpusRecord, type DirectiveRecord } from '../../../server/src/core/index';

// Test data only: an invented province, no real fact implied.
const base = (over: Partial<DirectiveRecord>): DirectiveRecord => ({
  type: 'directive', id: '1-KH/TU', kind: 'Kế hoạch', number: '1', symbol: 'KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy',
  organisation: 'Tỉnh ủy Thử Nghiệm', date: '2021-04-01', subject: 'thử nghiệm', status: { state: 'in-force' },
  sources: [{ title: 'hồ sơ thử nghiệm' }], ...over,
});

interface Row {
  name: string;
  a: CorpusRecord;
  b: CorpusRecord;
  /** Fields whose values must be one object in both records after interning. */
  shared: string[];
  /** Fields whose values must stay two objects. */
  apart: string[];
}

const rows: Row[] = [
  { name: 'equal sources and status are one object', a: base({}), b: base({ id: '2-KH/TU', number: '2' }), shared: ['sources', 'status'], apart: [] },
  { name: 'sources that differ stay apart', a: base({}), b: base({ sources: [{ title: 'hồ sơ khác' }] }), shared: ['status'], apart: ['sources'] },
  { name: 'a status with another state stays apart', a: base({}), b: base({ status: { state: 'replaced' } }), shared: ['sources'], apart: ['status'] },
  { name: 'equal lists of strings are one list', a: base({ aliases: ['Kế hoạch thử nghiệm'] }), b: base({ aliases: ['Kế hoạch thử nghiệm'] }), shared: ['aliases'], apart: [] },
  { name: 'key order counts: the same fields in another order stay apart', a: base({ sources: [{ title: 't', url: 'https://example.org/a' }] }), b: base({ sources: [{ url: 'https://example.org/a', title: 't' }] }), shared: [], apart: ['sources'] },
  {
    name: 'records of other types too',
    a: { type: 'title', canonical: 'Trưởng ban Thử nghiệm', sources: [{ title: 'hồ sơ thử nghiệm' }] },
    b: { type: 'organisation', name: 'Ban Thử nghiệm', scope: 'province', sources: [{ title: 'hồ sơ thử nghiệm' }] },
    shared: ['sources'],
    apart: [],
  },
];

for (const row of rows)
  test(row.name, () => {
    const a = structuredClone(row.a);
    const b = structuredClone(row.b);
    const interner = new Interner();
    const ia = interner.record(a);
    const ib = interner.record(b);
    // In place, and no value changed.
    assert.equal(ia, a);
    assert.equal(ib, b);
    assert.deepEqual(ia, row.a);
    assert.deepEqual(ib, row.b);
    const field = (r: CorpusRecord, f: string) => (r as unknown as Record<string, unknown>)[f];
    for (const f of row.shared) assert.equal(field(ia, f), field(ib, f), `${f} shared`);
    for (const f of row.apart) assert.notEqual(field(ia, f), field(ib, f), `${f} apart`);
  });

test('two interners share nothing: a load does not keep values of the one before', () => {
  const a = new Interner().record(base({}));
  const b = new Interner().record(base({}));
  assert.notEqual(a.sources, b.sources);
  assert.deepEqual(a, b);
});
