// boundedMemo: an answer is worked out once per string, never more than `limit` are kept, and a
// remembered key is a copy (it does not keep the text it was cut from alive).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from '../../server/src/core/text/memo';

test('boundedMemo works an answer out once per string', () => {
  const asked: string[] = [];
  const upper = boundedMemo(10, (s) => (asked.push(s), s.toUpperCase()));
  assert.deepEqual(['ab', 'cd', 'ab', 'ab', 'cd'].map(upper), ['AB', 'CD', 'AB', 'AB', 'CD']);
  assert.deepEqual(asked, ['ab', 'cd']);
});

test('boundedMemo empties itself when full, and still answers', () => {
  const asked: string[] = [];
  const len = boundedMemo(3, (s) => (asked.push(s), s.length));
  for (const s of ['a', 'bb', 'ccc', 'dddd', 'a']) len(s);
  // 'dddd' found the memo full: emptied, so 'a' is worked out again.
  assert.deepEqual(asked, ['a', 'bb', 'ccc', 'dddd', 'a']);
  assert.equal(len('dddd'), 4);
  assert.equal(asked.length, 5);
});

test('boundedMemo remembers answers that are falsy', () => {
  let calls = 0;
  const none = boundedMemo(10, () => (calls++, 0));
  none('x');
  none('x');
  assert.equal(calls, 1);
});
