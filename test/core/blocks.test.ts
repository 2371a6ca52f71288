// Paragraphs: a content line after blank lines starts the next one, once the text has had
// content. The splitter is held to a plain line-by-line reading of that rule on
// random texts; rows show the cases around the text's start and end, and the fix of a text that
// starts with a blank line (its first paragraph was cut after its first line).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from '../../server/src/core/blocks';
import { seeded } from '../helpers/random';

/** The rule read line by line, with split and an expression for a blank line. */
function reference(t: string): string[] {
  const starts = [0];
  let pos = 0;
  let sawContent = false;
  let blanksBefore = false;
  for (const line of t.split('\n')) {
    if (/^[ \t\r\f\v\u00a0\ufeff\u200b]*$/.test(line)) blanksBefore = true;
    else {
      if (blanksBefore && sawContent) starts.push(pos);
      sawContent = true;
      blanksBefore = false;
    }
    pos += line.length + 1;
  }
  return starts.map((s, k) => t.slice(s, starts[k + 1] ?? t.length));
}

const split = (t: string) => splitParagraphs(t).map((b) => t.slice(b.start, b.end));

const rows: [name: string, text: string, paragraphs: string[]][] = [
  ['two paragraphs', 'a\nb\n\nc', ['a\nb\n\n', 'c']],
  ['blank lines with spaces between', 'a\n \t\n\u00a0\nc\n', ['a\n \t\n\u00a0\n', 'c\n']],
  ['a text that starts with a blank line stays whole', '\nabc\ndef', ['\nabc\ndef']],
  ['blank lines first, then two paragraphs', '\n\nabc\ndef\n\nghi', ['\n\nabc\ndef\n\n', 'ghi']],
  ['blank lines at the end', 'a\n\n  ', ['a\n\n  ']],
  ['CRLF', 'a\r\n\r\nb', ['a\r\n\r\n', 'b']],
  ['no content', '\n \n', ['\n \n']],
  ['empty', '', ['']],
];
for (const [name, text, want] of rows) test(`paragraphs: ${name}`, () => assert.deepEqual(split(text), want));

test('paragraphs: the splitter agrees with a plain reading line by line on random texts', () => {
  const rnd = seeded(17);
  const pieces = ['a', 'bc', '\n', '\n', ' ', '\t', '\r', '\u00a0', '\u200b', 'x y'];
  for (let k = 0; k < 5000; k++) {
    let t = '';
    const n = Math.floor(rnd() * 14);
    for (let i = 0; i < n; i++) t += pieces[Math.floor(rnd() * pieces.length)]!;
    assert.deepEqual(split(t), reference(t), JSON.stringify(t));
  }
});
