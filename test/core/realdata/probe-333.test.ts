// Outside probe 333 (test/realdata/probe-2026-12-333/): the 34 provinces after the 2025 merger and the two-level local government, 2025–2026 (15 texts). First run: 1 error, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-333');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 333: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 333: a decision\'s type code one keystroke from "QĐ" is told, as a hint with the symbol mended', () => {
  const f = doc('015').a.findings.find((x) => x.code === 'citation-format');
  assert.match(f?.message.vi ?? '', /"156\/QH-HĐPH" có ký hiệu loại văn bản "QH", không có trong thể thức; Quyết định viết "QĐ"/u);
});
