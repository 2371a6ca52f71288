// The outside evaluation set (test/realdata/outside/: real documents from public sources other
// than the seeds and the gazette folder, labelled by hand) scored with its own scorer. The numbers
// below are the figures measured on the code of the day they were written: FLOORS to raise as the
// reader and the corpus improve, never targets (issue 10's targets are in the set's README). A
// regression fails here; an improvement should come with higher floors. The set is in the repo,
// so this check always runs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureSet, ratio, readLabels, readSources, type SetFigures } from '../../realdata/outside/score';
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

// Every error and warning on the set, each with its verdict in verdicts.md.
const REAL_MISTAKES = [
  // "Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2028": the year of the date is mistyped.
  '036-ubnd-da-nang-qd-2638.txt:25:citation-date-mismatch',
  // "Quyết định số 217/QĐ-TW … của Ban Chấp hành Trung ương Đảng": a Party id written state-style,
  // and the Politburo's decision given to the Central Committee.
  '049-ldld-quang-binh-qd-217.txt:1:citation-format',
  '049-ldld-quang-binh-qd-217.txt:1:citation-issuer-mismatch',
];
// FIXME: false alarms, asserted as they are until the rules stop raising them (then delete them
// here): a Front "Thông tri" does carry TT; "Thông báo kết luận số 49/TB-VPCP" is a Thông báo.
const FALSE_ALARMS = [
  '007-mttq-xa-luong-minh-hd-bau-cu.txt:54:citation-type-mismatch',
  '014-vpcp-tb-648.txt:47:citation-type-mismatch',
];

// Real mistakes the code of main does not report yet, reviewed in advance because a branch in
// progress reports them (the reader's, at e659c55): allowed, not required.
const REAL_MISTAKES_NOT_YET_REPORTED = [
  // "Nghị quyết số 27/NQ- TW": a Party id written state-style, with a stray space.
  '019-ubnd-bac-ninh-kh-141.txt:61:citation-format',
];

test('outside set: every error and warning is one reviewed in verdicts.md, and the real mistakes are still caught', async () => {
  const loud = (await measured()).loud.map((x) => `${x.file}:${x.line}:${x.code}`);
  const reviewed = new Set([...REAL_MISTAKES, ...FALSE_ALARMS, ...REAL_MISTAKES_NOT_YET_REPORTED]);
  assert.deepEqual(loud.filter((x) => !reviewed.has(x)), [], 'an error or warning not reviewed yet: add its verdict to verdicts.md');
  for (const x of REAL_MISTAKES) assert.ok(loud.includes(x), `${x} is a real mistake and is no longer reported`);
});

test('outside set: the labels hold at least 250 citations and 20 laws cited by name', () => {
  const labels = readLabels().flatMap((l) => l.citations.filter((c) => !c.self));
  assert.ok(labels.length >= 250, `${labels.length} labelled citations`);
  assert.ok(labels.filter((c) => c.named?.kind === 'law' && !c.id).length >= 20);
});
