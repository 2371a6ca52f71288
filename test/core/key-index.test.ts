// The judges' key table (rules/util/key-index.ts): numbers stable for a key, a table emptied by
// begin() and growing past its first size, held against a Map on random operations.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyIndex, keyNumber } from '../../server/src/core/rules/util/key-index';
import { seeded } from '../helpers/random';

test('a key keeps its number; distinct keys get distinct numbers', () => {
  const a = keyNumber('25-NQ/TW||2013-06-03');
  assert.equal(keyNumber('25-NQ/TW||2013-06-03'), a);
  assert.notEqual(keyNumber('25/2026/NQ-CP||2026-04-30'), a);
});

test('KeyIndex behaves as a Map emptied at each begin(), past its first size', () => {
  const rnd = seeded(3);
  const keys = Array.from({ length: 2000 }, (_, i) => keyNumber(`test-key-${i}`));
  const t = new KeyIndex();
  for (let round = 0; round < 20; round++) {
    t.begin();
    const m = new Map<number, number>();
    for (let k = 0; k < 600; k++) {
      const key = keys[Math.floor(rnd() * keys.length)]!;
      if (rnd() < 0.5) {
        const v = Math.floor(rnd() * 1000);
        t.set(key, v);
        m.set(key, v);
      } else assert.equal(t.get(key), m.get(key) ?? -1);
    }
    for (const key of keys) assert.equal(t.get(key), m.get(key) ?? -1);
  }
});
