// Outside probe 163 (test/realdata/probe-2026-12-163/): 20 real texts of 2008–2026 on ethnic-minority and mountain-area work. The first run raised two warnings: one true (the Prime Minister's decision credited to the Government), one false (a consolidated text's preamble judged as of the consolidation), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-163');
const { doc, loud } = probeSet(DIR);

test('probe 163: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 163: a consolidated text\'s preamble is not judged as of the consolidation', () => {
  // 01/VBHN-UBDT (2024) keeps Nghị định 05/2011's basis, the Government law of 2001, in force when the decree was made.
  assert.deepEqual(doc('003').a.findings.filter((x) => x.code === 'citation-superseded').map((x) => x.severity), []);
});
