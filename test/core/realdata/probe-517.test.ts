// Outside probe 517 (test/realdata/probe-2026-12-517/): health, social insurance and health insurance — Vietnam Social
// Security's guidance, decrees and circulars of 2025 as legal Q&A pages quote them, the policy portal's news: 16 texts,
// 1 warning on the first run, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-517');
const { loud, cite, finding } = probeSet(DIR);

test('probe 517: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Hướng dẫn 52 HD/BTCTW": a space for the hyphen.
  assert.deepEqual(raised, ['011.txt:35:citation-format']);
});

test('probe 517: "1456/QĐ-BHΧΗ" with a Greek Χ and Η is read as QĐ-BHXH and the letters are told', () => {
  assert.equal(cite('002', 'Quyết định 1456', 1).c.id, '1456/QĐ-BHXH');
  assert.ok(finding('002', 'letter-lookalike', 'BHΧΗ'));
});

test('probe 517: what is left', () => {
  // FIXME: "Nghị quyết số 28-NQ/TW về việc từng bước mở rộng BHXH tự nguyện sang các chế độ khác …" (line 35) is the
  // resolution of 2018 on reforming social insurance; the words describe its content, not its title, and among the
  // 28-NQ/TW of several terms none is chosen.
  assert.equal(cite('008', 'Nghị quyết số 28-NQ/TW', 35).res, null);
});
