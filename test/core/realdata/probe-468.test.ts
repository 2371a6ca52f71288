// Outside probe 468 (test/realdata/probe-2026-12-468/): agriculture, land, natural resources, environment and disasters in
// 2008–2025 — provincial and city texts after the 2025 merger, a Government resolution, a Prime Minister's dispatch, policy
// news: 15 texts, 10 warnings, all false (one document number with two dates, in a list of mine licences)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-468');
const { loud, resolved } = probeSet(DIR);

test('probe 468: the loud findings raised are the ones judged true (the ten judged false are no longer raised)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Luật số 43/2024/QH1": the term's last digit lost, told since the fifty-first session's resolver reads it.
  assert.deepEqual(raised, ['005.txt:7:citation-format']);
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 10);
});

test('probe 468: "Nghị quyết 168/NQ-CP" on the Long Thành mines is the Government\'s resolution of 2025', () => {
  // Corpus round 174: only the 168/NQ-CP of 2022 and 2023 were known, and the one of 2023 (anti-corruption) was taken.
  assert.equal(resolved('008', 'Nghị quyết 168/NQ-CP', 1), '168/NQ-CP 2025-06-11');
});
