// Outside probe 254 (test/realdata/probe-2026-12-254/): texts of the provinces formed by the 2025 merger (60-NQ/TW, 202/2025/QH15, the new provinces' plans) (15 texts, 2022–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-254');
const { loud } = probeSet(DIR);

// The first run's one warning is judged unsure: "Nghị quyết 13-NQ/CP … tỉnh Lâm Đồng" is malformed, but its subject is a provincial
// committee's (13-NQ/TU), so the state form the message offers may name the wrong document.
test('probe 254: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
  // One true since the forty-first session: a legal site's closing label on the Politburo's 06-NQ/TW.
  assert.deepEqual(judgedTrue(judged), ['015.txt:9:citation-issuer-mismatch']);
});
