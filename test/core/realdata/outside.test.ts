// The outside evaluation set (test/realdata/outside/: real documents from public sources other
// than the seeds and the gazette folder, labelled by hand) scored with its own scorer. The numbers
// below are the figures measured on the code of the day they were written: FLOORS to raise as the
// reader and the corpus improve, never targets (issue 10's targets are in the set's README). A
// regression fails here; an improvement should come with higher floors. The set is in the repo,
// so this check always runs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge, measureSet, ratio, readLabels, readSources, readVerdicts, type SetFigures } from '../../realdata/outside/score';
import { bundledIndex } from '../../helpers/corpus';

let figures: Promise<SetFigures> | null = null;
function measured(): Promise<SetFigures> {
  figures ??= bundledIndex().then(measureSet);
  return figures;
}

test('the set: ≥ 40 documents from ≥ 3 sources, ≥ 25 labelled, every labelled one in sources.json', () => {
  const sources = readSources();
  assert.ok(new Set(sources.map((s) => s.repo ?? new URL(s.url!).hostname)).size >= 3);
  assert.ok(readLabels().length >= 25);
  const files = new Set(sources.map((s) => s.file));
  for (const l of readLabels()) assert.ok(files.has(l.file), `${l.file} is labelled but not in sources.json`);
  assert.ok(sources.length >= 40, `${sources.length} documents`);
});

// Measured on main at 848b15a (all 65 documents labelled): numbered recall 0.945 (429/454),
// precision 0.991 (429/433), issuer 0.755 (194/257), Party documents by name 0.342 (13/38); laws by
// name 0 (0/152: the reader does not read them yet) — add its floor here when it does.
const FLOORS = [
  ['numbered recall', (f: SetFigures) => ratio(f.score.numbered.matched, f.score.numbered.labels), 0.94],
  ['numbered precision', (f: SetFigures) => ratio(f.score.numbered.matched, f.score.numbered.found), 0.99],
  ['issuer recall', (f: SetFigures) => ratio(f.score.issuer.right, f.score.issuer.labels), 0.75],
  ['Party documents by name recall', (f: SetFigures) => ratio(f.score.party.matched, f.score.party.labels), 0.34],
] as const;

for (const [what, get, floor] of FLOORS) {
  test(`outside set: ${what} stays at or above ${floor}`, async () => {
    const v = get(await measured());
    assert.ok(v >= floor, `${what}: ${v.toFixed(3)} fell below the floor ${floor}`);
  });
}

// Every error and warning on the set has a verdict in verdicts.json (verdicts.md says why). FIXME:
// two of them are false alarms today, asserted as they are; when the rules stop raising them the
// first assertion still holds and the count below must be lowered to 0.
test('outside set: every error and warning is reviewed, the real mistakes are still caught, and the false alarms are the known two', async () => {
  const j = judge((await measured()).loud, readVerdicts());
  assert.deepEqual(j.unreviewed, [], 'an error or warning not reviewed yet: add its verdict to verdicts.json and verdicts.md');
  assert.deepEqual(j.realMissing, [], 'a real mistake is no longer reported');
  assert.ok(j.falseAlarms.length <= 2, `${j.falseAlarms.length} false alarms: ${j.falseAlarms.join(', ')}`);
});

test('outside set: the labels hold at least 250 citations and 20 laws cited by name', () => {
  const labels = readLabels().flatMap((l) => l.citations.filter((c) => !c.self));
  assert.ok(labels.length >= 250, `${labels.length} labelled citations`);
  assert.ok(labels.filter((c) => c.named?.kind === 'law' && !c.id).length >= 20);
});
