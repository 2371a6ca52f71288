// Outside probe 488 (test/realdata/probe-2026-12-488/): labour, social insurance, social welfare, people with merit, poverty reduction, 2023–2026:
// 15 texts, 1 error, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-488');
const { loud } = probeSet(DIR);

test('probe 488: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:57:citation-date-mismatch']);
});
