// Outside probe 445 (test/realdata/probe-2026-12-445/): 15 texts by the provinces and communes after the 2025
// reorganisation (People's Council resolutions, People's Committee decisions and plans, ward and commune pages, an
// application's page texts), from a public crawl and public repositories. First run: 3 warnings, all true; a fourth,
// true, after the session's fix (the khóa of 2021 in the elections of 2026).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-445');
const { loud } = probeSet(DIR);

test('probe 445: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
