// Outside probe 481 (test/realdata/probe-2026-12-481/): education and health, 2024–2025 (provincial plans, a Bộ Y tế
// circular, legal-news articles on Nghị quyết 71-NQ/TW and 72-NQ/TW): 16 texts, 5 warnings, all real (the Politburo's
// resolutions credited to the Central Committee)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-481');
const { loud, runs } = probeSet(DIR);

test('probe 481: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, [
    '007.txt:7:citation-issuer-mismatch',
    '008.txt:26:citation-issuer-mismatch',
    '009.txt:12:citation-issuer-mismatch',
    '010.txt:7:citation-issuer-mismatch',
    '016.txt:4:citation-issuer-mismatch',
  ]);
});

test('probe 481: "Nghị quyết số 19-NQ/TW và Nghị quyết số 20-NQ/TW" on hospitals', () => {
  // The pair is the sixth plenum's of 25/10/2017 (public service units; health): the words near it choose the first, and the
  // second follows its sibling (since the fifty-third session; the 20-NQ/TW of 16/6/2022 on collective economy had been kept).
  const r = runs().get('015.txt')!;
  const date = (n: string) => r.a.resolutions[r.a.reading.citations.findIndex((c) => c.number === n && c.symbol === 'NQ/TW')]?.entry.record.date;
  assert.equal(date('19'), '2017-10-25');
  assert.equal(date('20'), '2017-10-25');
});
