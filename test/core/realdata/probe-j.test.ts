// Outside probe 14 (test/realdata/probe-2026-12j/): 17 real formal Party, Front and Women's Union documents
// of 2018–2026, read after the other sets. The errors and warnings are exactly the judged ones, and the
// false warning of the first run is information.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12j');
const { doc, cite, loud } = probeSet(DIR);

test('probe 14: the errors and warnings are exactly the judged ones: one real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real']);
});

test('probe 14: a legal site\'s closing "do … ban hành" after a citation named in another\'s subject is not its issuer', () => {
  // Information until the forty-first session; since, the label after a title that names another document is the outer one's.
  const d = doc('004');
  const f = d.a.findings.filter((x) => x.code === 'citation-issuer-mismatch' && d.line(x.span.start) === 4);
  assert.deepEqual(f, []);
  assert.equal(cite('004', 'Chỉ thị 05-CT/TW', 4).c.issuer, null);
});

test('probe 14: a word glued to a state symbol is the next word', () => {
  assert.equal(cite('008', 'Nghị định số 56/2012/NĐ-CP').c.id, '56/2012/NĐ-CP');
});

test('probe 14: a header flattened into one line keeps its place and date', () => {
  assert.deepEqual([doc('001').a.reportDate, doc('001').a.reportDateSource], ['2018-05-04', 'header']);
});

test('probe 14: a Party resolution\'s title right after its term is its subject', () => {
  const f = doc('010').a.findings.filter((x) => x.code === 'citation-incomplete' && x.message.vi.includes('18-NQ/TW'));
  assert.deepEqual(f, []);
});
