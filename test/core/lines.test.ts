// LineMap: the line and character of an offset, with "\n", "\r\n" and a lone "\r" each ending a
// line. A text without "\r" is mapped by a faster path; both are held to a plain reading.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineMap } from '../../server/src/core/text/lines';
import { seeded } from '../helpers/random';

/** The reference: line and character by walking the text. */
function walk(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

const rows: [text: string, offset: number, line: number, character: number][] = [
  ['abc', 2, 0, 2],
  ['a\nb', 2, 1, 0],
  ['a\r\nb', 3, 1, 0],
  ['a\r\nb', 2, 0, 2],
  ['a\rb', 2, 1, 0],
  ['\n\n', 2, 2, 0],
  ['', 0, 0, 0],
];
for (const [text, offset, line, character] of rows)
  test(`LineMap ${JSON.stringify(text)} at ${offset}`, () => assert.deepEqual(new LineMap(text).position(offset), { line, character }));

test('LineMap agrees with walking the text, with and without "\\r"', () => {
  const rnd = seeded(9);
  const pieces = ['a', 'ố', '\n', '\r\n', '\r', ' ', 'x\n\n'];
  for (let k = 0; k < 500; k++) {
    const withCr = k % 2 === 0;
    let text = '';
    const n = Math.floor(rnd() * 30);
    for (let i = 0; i < n; i++) {
      const p = pieces[Math.floor(rnd() * pieces.length)]!;
      text += withCr || !p.includes('\r') ? p : '\n';
    }
    const map = new LineMap(text);
    for (let o = 0; o <= text.length; o++) assert.deepEqual(map.position(o), walk(text, o), `${JSON.stringify(text)} at ${o}`);
  }
});
