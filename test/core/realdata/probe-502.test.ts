// Outside probe 502 (test/realdata/probe-2026-12-502/): provincial councils' resolutions and committees' decisions of 2024–2026
// as legal Q&A pages quote them, thirteen provinces: 16 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-502');
const { loud, cite } = probeSet(DIR);

test('probe 502: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 502: laws by name resolve to the laws the texts mean', () => {
  // Readings the probe checked by hand (README): the capital's law of 2024, the fire law of 2024 written without its commas, the cadres law of 2025.
  for (const [doc, written, id] of [
    ['001', 'Luật Thủ đô', '39/2024/QH15'],
    ['001', 'Luật Phòng cháy chữa cháy và cứu nạn cứu hộ', '55/2024/QH15'],
    ['004', 'Luật Cán bộ, công chức', '80/2025/QH15'],
  ] as const) {
    assert.equal(cite(doc, written).res?.entry.record.id, id, `${doc}: ${written}`);
  }
});
