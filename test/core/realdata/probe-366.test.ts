// Outside probe 366 (test/realdata/probe-2026-12-366/): 15 texts of 2018–2025 on public security and social order
// (provincial anti-drug plans, Hà Nội's resolution on commune police, legal news on the police laws), taken from a
// crawl of legal databases kept on GitHub when the search budget ran out. The first run raised one error, true
// (163/2024/QH15 dated 27/11/2025), and one warning, unsure ("13/1998/NQ-QH10": no source gave the form of the 1990s;
// not judged before 2002 since).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-366');
const { loud } = probeSet(DIR);

test('probe 366: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
