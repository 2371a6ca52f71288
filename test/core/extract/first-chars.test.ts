import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstChars } from '../../../server/src/core/extract/first-chars';
import { ISSUERS } from '../../../server/src/core/extract/patterns';
import { rx } from '../../../server/src/core/text/letters';

function check(table: [string, string[] | null][]): void {
  for (const [src, want] of table) {
    const got = firstChars(src);
    assert.deepEqual(got === null ? null : [...got].sort(), want === null ? null : [...want].sort(), src);
  }
}

test('the first characters of a pattern, or null for "any"', () => {
  check([
    ['abc', ['a']],
    ['(?:x|y)z', ['x', 'y']],
    ['a?b', ['a', 'b']],
    ['(?:Ban\\s|BTV)x', ['B']],
    ['a|b(c|d)', ['a', 'b']],
    ['(?=x)y', ['y']],
    ['\\nA', ['\n']],
    ['Đảng|Ủy', ['Đ', 'Ủ']],
    // Whatever follows a required atom is stepped over, classes and escapes included.
    ['a[)|]b|c', ['a', 'c']],
    ['a\\)|b', ['a', 'b']],
    ['a(b|[|)])|d', ['a', 'd']],
    ['a(?:(?:b)|c)(d|e)|f', ['a', 'f']],
    // Read as "any character": classes, properties, a pattern that may match nothing.
    ['[ab]c', null],
    ['\\p{Lu}x', null],
    ['a*', null],
    ['x|', null],
  ]);
});

test('every issuer pattern has readable first characters, and a name it matches starts with one of them', () => {
  let matched = 0;
  for (const i of ISSUERS) {
    const f = firstChars(i.re);
    assert.ok(f !== null, i.re.slice(0, 60));
    if (!i.name || !rx(i.re, 'uy').test(i.name)) continue;
    matched++;
    assert.ok(f.has(i.name[0]!), `${i.name}: ${[...f].join('')}`);
  }
  assert.ok(matched >= 20, `${matched} issuers match their own name`);
});
