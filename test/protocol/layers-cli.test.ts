// CLI: a user record never silently removes a finding (issue 12, defect 3). Before the fix a
// record file giving the bundled 290-QĐ/TW an organisation made every finding on that citation
// disappear (exit 1 became 0) and no conflict was named; two record files with two dates let a
// third date pass.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const REPORT = 'Hà Tĩnh, ngày 10 tháng 3 năm 2012\n\nThực hiện Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị về Quy chế công tác dân vận.\n';
const R290 = {
  type: 'directive', id: '290-QĐ/TW', kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị', date: '2010-02-25',
  sources: [{ title: 'hồ sơ thử nghiệm' }],
};

interface Row {
  name: string;
  records: Record<string, unknown>[][];
  code: number;
  /** What stderr must name (the conflict), and the finding stdout must still carry. */
  stderr: RegExp;
}

const rows: Row[] = [
  { name: 'a record file gives the bundled document an organisation', records: [[{ ...R290, organisation: 'Tỉnh ủy Hà Tĩnh' }]], code: 2, stderr: /290-QĐ\/TW: mâu thuẫn với .*party-central\.json.*organisation: — ≠ Tỉnh ủy Hà Tĩnh/ },
  { name: 'two record files give the document two other dates', records: [[{ ...R290, date: '2010-02-26' }], [{ ...R290, date: '2010-02-27' }]], code: 2, stderr: /date: 2010-02-25 ≠ 2010-02-26[\s\S]*date: 2010-02-25 ≠ 2010-02-27/ },
];

for (const row of rows)
  test(`CLI layers: ${row.name} — the wrong date is still an error, the conflict is named`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-layers-'));
    const kho = path.join(dir, 'kho');
    mkdirSync(kho);
    row.records.forEach((records, i) => writeFileSync(path.join(kho, `ban-ghi-${i}.json`), JSON.stringify({ records }, null, 2)));
    const report = path.join(dir, 'bao-cao.md');
    writeFileSync(report, REPORT);
    const r = spawnSync(process.execPath, [CLI, 'check', report, '--corpus', kho, '--today', '2026-11-23'], { encoding: 'utf8', cwd: dir });
    assert.equal(r.status, row.code, r.stderr);
    assert.match(r.stdout, /error citation-date-mismatch: Quyết định 290-QĐ\/TW ban hành ngày 25\/2\/2010/);
    assert.match(r.stderr, row.stderr);
  });

test('CLI layers: without the record files the same report exits 1 (the baseline the records must not change)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-layers-'));
  const report = path.join(dir, 'bao-cao.md');
  writeFileSync(report, REPORT);
  const r = spawnSync(process.execPath, [CLI, 'check', report, '--today', '2026-11-23'], { encoding: 'utf8', cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /error citation-date-mismatch/);
});
