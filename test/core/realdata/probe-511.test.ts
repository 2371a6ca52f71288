// Outside probe 511 (test/realdata/probe-2026-12-511/): the Front and the mass organisations (union plans and rules, the Front's
// statements, Wikipedia's pages on the women's, farmers' and youth unions, short news items): 12 texts, nothing loud on the
// first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-511');
const { loud, doc } = probeSet(DIR);

test('probe 511: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 511: an infobox\'s founding day is not the text\'s date; a table\'s "Cử nhân Luật" over a title is no law', () => {
  // "Thành lập 14/10/1930" above Wikipedia's article on the Farmers' Union had dated the text 1930.
  assert.equal(doc('007').a.reportDateSource, 'today');
  // "Cử nhân Luật\nBí thư Trung ương Đoàn" had been read as a law named "Bí thư Trung ương Đoàn".
  const r = doc('008');
  assert.deepEqual(r.a.reading.citations.filter((c) => r.text.slice(c.span.start, c.span.end).startsWith('Luật\n')).map((c) => r.line(c.span.start)), []);
});
