// Outside probe 225 (test/realdata/probe-2026-12-225/): whole reports of communes, Front committees and Party committees, with headers, and news of review meetings (16 texts, 2013–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-225');
const { loud, resolved, doc } = probeSet(DIR);

test('probe 225: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 225: the term of office written names the directive on the congresses; a template\'s dots stand for the place', () => {
  assert.equal(resolved('007', 'Chỉ thị số 35-CT/TW'), '35-CT/TW 2019-05-30');
  assert.equal(`${doc('001').a.reportDate} ${doc('001').a.reportDateSource}`, '2018-06-20 header');
});
