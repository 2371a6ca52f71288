// The numbers a slip of one keystroke reaches (rules/util/citations.ts, oneEditAway): looked up through an index of
// one-character deletions, they must be exactly those a comparison of every number of the suffix finds, in its order.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { oneEditAway, recordsBySuffix } from '../../../server/src/core/rules/util/citations';
import { oneEditApart } from '../../../server/src/core/text/edit';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import { seeded } from '../../helpers/random';

let bundled: CorpusIndex;
before(async () => {
  bundled = await bundledIndex();
});

/** Every number of the suffix compared with the written one: what the index must give back. */
function compared(corpus: CorpusIndex, suffix: string, number: string): string[] {
  return (recordsBySuffix(corpus).get(suffix) ?? []).filter((x) => oneEditApart(x.number, number)).map((x) => x.entry.key);
}

test('oneEditAway: the same records, in the same order, as comparing every number of the suffix', () => {
  const rnd = seeded(46);
  const suffixes = [...recordsBySuffix(bundled).entries()].filter(([, list]) => list.length >= 20).map(([s]) => s);
  assert.ok(suffixes.length >= 5, 'the bundled corpus has suffixes with many numbers');
  let met = 0;
  for (let k = 0; k < 2000; k++) {
    const suffix = suffixes[Math.floor(rnd() * suffixes.length)]!;
    const list = recordsBySuffix(bundled).get(suffix)!;
    // A recorded number with one keystroke changed, or any number.
    const base = list[Math.floor(rnd() * list.length)]!.number;
    const edits = [
      () => base.slice(0, -1),
      () => `${base}${Math.floor(rnd() * 10)}`,
      () => base.replace(/\d(?=\d*$)/u, String(Math.floor(rnd() * 10))),
      () => (base.length > 1 ? base[1]! + base[0]! + base.slice(2) : base),
      () => String(Math.floor(rnd() * 3000)),
    ];
    const number = edits[Math.floor(rnd() * edits.length)]!();
    const want = compared(bundled, suffix, number);
    met += want.length;
    assert.deepEqual(oneEditAway(bundled, suffix, number).map((x) => x.entry.key), want, `${number}${suffix}`);
  }
  assert.ok(met > 500, `the cases reach records (${met})`);
});

test('oneEditAway: a change, an insertion, a deletion and a swap each reach the number; the number itself and two edits do not', () => {
  const corpus = memoryIndex(
    ['123', '124', '1234', '12', '213', '9123', '456'].map((n) => ({
      type: 'directive' as const, id: `${n}/QĐ-TEST`, kind: 'Quyết định', number: n, symbol: 'QĐ-TEST', issuer: 'Cơ quan Thử nghiệm', date: '2026-01-01', sources: [{ title: 'test' }],
    })),
  );
  assert.deepEqual(oneEditAway(corpus, '/QĐ-TEST', '123').map((x) => x.number), ['124', '1234', '12', '213', '9123']);
  assert.deepEqual(oneEditAway(corpus, '/QĐ-TEST', '999').map((x) => x.number), []);
  assert.deepEqual(oneEditAway(corpus, '/NO-SUCH', '123'), []);
});
