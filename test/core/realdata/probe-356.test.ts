// Outside probe 356 (test/realdata/probe-2026-12-356/): 15 real texts of 2023–2025 on budgets and public investment
// (the Assembly's budget resolutions, the public investment laws, Chỉ thị 27-CT/TW). The first run raised no error or
// warning; a lead-in "các Nghị quyết của Quốc hội khóa XV số: …" gives its items their issuer since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-356');
const { loud, cite } = probeSet(DIR);

test('probe 356: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 356: the Assembly\'s resolutions listed after "các Nghị quyết của Quốc hội khóa XV số:" take its issuer', () => {
  assert.deepEqual(['104/2023/QH15', '105/2023/QH15', '43/2022/QH15'].map((id) => cite('001', `số${id === '104/2023/QH15' ? ':' : ''} ${id}`).c.issuer?.name), ['Quốc hội', 'Quốc hội', 'Quốc hội']);
});
