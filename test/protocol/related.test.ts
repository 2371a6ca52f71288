// One mistake, one finding, over the protocol and the CLI: the same wrong date written on three
// lines is one diagnostic at the first, with the others as related information (LSP; in the
// message for a client that cannot show it), "cũng ở dòng …" (CLI text), `related` (JSON) and
// `relatedLocations` (SARIF).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../helpers/corpus';
import { positionOf, PUSH_ONLY, startServer, type TestClient } from '../helpers/lsp';

const DRAFT = 'Hội nghị họp ngày 31/4/2020 tại tỉnh.\nBiên bản lập ngày 31/4/2020.\nBáo cáo gửi ngày 1/5/2020; biên bản ngày 31/4/2020 được lưu.\n';
const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
// Positions of each mention, from the text.
const at = (k: number) => {
  let i = -1;
  for (let n = 0; n <= k; n++) i = DRAFT.indexOf('31/4/2020', i + 1);
  const line = DRAFT.slice(0, i).split('\n').length - 1;
  return { line, character: i - (DRAFT.lastIndexOf('\n', i - 1) + 1) };
};

describe('LSP: related information', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY });
  });
  after(async () => {
    assert.equal(await c.stop(), 0);
  });

  test('the repeated mistake is one diagnostic with the other places related', async () => {
    const uri = await c.open('related.md', DRAFT);
    const p = await c.waitFor('push', () => {
      const x = c.published.get(uri);
      return x && x.diagnostics.length > 0 ? x : undefined;
    });
    const invalid = p.diagnostics.filter((d) => d.code === 'date-invalid');
    assert.equal(invalid.length, 1);
    assert.deepEqual(invalid[0]!.range.start, positionOf(DRAFT, '31/4/2020'));
    assert.deepEqual(invalid[0]!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]), [[uri, at(1)], [uri, at(2)]]);
    assert.ok(invalid[0]!.relatedInformation!.every((r) => r.message.length > 0));
    assert.ok(!text(invalid[0]!.message).includes('cũng ở dòng'), text(invalid[0]!.message));
  });
});

describe('LSP: a client without related information', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: { ...PUSH_ONLY, textDocument: { ...PUSH_ONLY.textDocument, publishDiagnostics: { relatedInformation: false } } } });
  });
  after(async () => {
    assert.equal(await c.stop(), 0);
  });

  test('reads the other lines in the message', async () => {
    const uri = await c.open('norelated.md', DRAFT);
    const p = await c.waitFor('push', () => {
      const x = c.published.get(uri);
      return x && x.diagnostics.length > 0 ? x : undefined;
    });
    const invalid = p.diagnostics.filter((d) => d.code === 'date-invalid');
    assert.equal(invalid.length, 1);
    assert.ok(text(invalid[0]!.message).endsWith(' (cũng ở dòng 2, 3)'), text(invalid[0]!.message));
  });
});

describe('CLI: related locations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-related-'));
  const file = path.join(dir, 'draft.md');
  writeFileSync(file, DRAFT);
  const vanban = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: dir });

  test('text names the other lines, in the chosen language', () => {
    const vi = vanban('check', file, '--today', '2026-11-23').stdout.trim().split('\n');
    assert.equal(vi.length, 1, vi.join('\n'));
    assert.ok(vi[0]!.startsWith(`${file}:1:${at(0).character + 1}: error date-invalid: `), vi[0]);
    assert.ok(vi[0]!.endsWith(' (cũng ở dòng 2, 3)'), vi[0]);
    const en = vanban('check', file, '--today', '2026-11-23', '--locale', 'en').stdout.trim();
    assert.ok(en.endsWith(' (also at lines 2, 3)'), en);
  });

  test('json carries related ranges, sarif relatedLocations', () => {
    const j = JSON.parse(vanban('check', file, '--format', 'json', '--today', '2026-11-23').stdout);
    const d = j[0].diagnostics.filter((x: { code: string }) => x.code === 'date-invalid');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].related.map((r: { range: { start: unknown }; repeat?: boolean }) => [r.range.start, r.repeat]), [[at(1), true], [at(2), true]]);
    const s = JSON.parse(vanban('check', file, '--format', 'sarif', '--today', '2026-11-23').stdout);
    const r = s.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'date-invalid');
    assert.equal(r.length, 1);
    assert.deepEqual(
      r[0].relatedLocations.map((l: { physicalLocation: { region: { startLine: number; startColumn: number } } }) => [l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn]),
      [[at(1).line + 1, at(1).character + 1], [at(2).line + 1, at(2).character + 1]],
    );
  });

  test('a single mistake has no related locations', () => {
    const one = path.join(dir, 'one.md');
    writeFileSync(one, 'Họp ngày 31/4/2020.\n');
    const line = vanban('check', one, '--today', '2026-11-23').stdout.trim();
    assert.ok(!line.includes('cũng ở dòng'), line);
    const j = JSON.parse(vanban('check', one, '--format', 'json', '--today', '2026-11-23').stdout);
    assert.equal(j[0].diagnostics[0].related, undefined);
  });
});
