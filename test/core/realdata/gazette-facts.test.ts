// Optional check on real text: every claim of the two generated record files (corpus/laws/gazette.json,
// corpus/gazette/state.json) re-derived from the Công báo texts of ../shared/realdata/congbao by
// scripts/verify-gazette-facts.mjs, a reader written apart from the generators. The bundled records
// must pass it; a copy with one claim changed per row must be caught on that record and that claim,
// and on no other record. When shared/ is absent the test says so and is skipped.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../helpers/corpus';

const CONGBAO = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao');
const SKIP = existsSync(path.join(CONGBAO, 'index.json')) ? false : `${CONGBAO} is absent (a clone without shared/): the generated records are not verified`;
const VERIFIER = path.join(ROOT, 'scripts', 'verify-gazette-facts.mjs');

type Rec = Record<string, unknown> & { id: string; note?: string; noteEn?: string; sources: { title?: string; note?: string }[]; evidence?: { agreeing: number } };
interface Row {
  file: 'laws/gazette.json' | 'gazette/state.json';
  id: string;
  change: (r: Rec) => void;
  /** The claim the verifier must name for that record (the start of its claim text). */
  claim: string;
}

function run(corpusDir: string): { status: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [VERIFIER, '--corpus', corpusDir, CONGBAO], { encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => l.includes(' — ')) };
}

/** One verifier run over a copy of the corpus with every row's change applied. */
function check(rows: Row[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-facts-'));
  try {
    cpSync(path.join(ROOT, 'corpus'), dir, { recursive: true });
    const files = new Map<string, { records: Rec[] }>();
    for (const row of rows) {
      const f = files.get(row.file) ?? (JSON.parse(readFileSync(path.join(dir, row.file), 'utf8')) as { records: Rec[] });
      files.set(row.file, f);
      const rec = f.records.find((r) => r.id === row.id);
      assert.ok(rec, `${row.file} has no record ${row.id}`);
      row.change(rec);
    }
    for (const [f, body] of files) writeFileSync(path.join(dir, f), JSON.stringify(body));
    const { status, lines } = run(dir);
    assert.equal(status, rows.length ? 1 : 0, lines.join('\n'));
    for (const row of rows) {
      const hit = lines.some((l) => new RegExp(`^${row.file.replace(/[./]/g, '\\$&')}#\\d+ ${row.id.replace(/[./]/g, '\\$&')} — ${row.claim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(l));
      assert.ok(hit, `${row.id}: no mismatch on "${row.claim}"; got:\n${lines.filter((l) => l.includes(row.id)).join('\n') || '(none for this record)'}`);
    }
    // Nothing else is reported: the untouched records still pass.
    const touched = new Set(rows.map((r) => `${r.file} ${r.id}`));
    const others = lines.filter((l) => !touched.has(l.replace(/#\d+ /u, ' ').split(' — ')[0]!));
    assert.deepEqual(others, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('generated records: every claim stated by the Công báo texts (scripts/verify-gazette-facts.mjs)', { skip: SKIP }, () => {
  const { status, lines } = run(path.join(ROOT, 'corpus'));
  assert.deepEqual(lines, []);
  assert.equal(status, 0);
});

test('generated records: a changed claim is caught on its record, and only there', { skip: SKIP }, () => {
  const en = (r: Rec, from: RegExp, to: string) => {
    r.noteEn = r.noteEn!.replace(from, to);
  };
  check([
    // Law records (corpus/laws/gazette.json): counts, name, date, term, status, an unread sentence, a quote.
    { file: 'laws/gazette.json', id: '74/2014/QH13', change: (r) => en(r, /occurs \d+ times/u, 'occurs 99 times'), claim: 'note " The number occurs 99 times' },
    { file: 'laws/gazette.json', id: '22/2023/QH15', change: (r) => (r.name = 'Đầu tư'), claim: 'name Đầu tư' },
    // (43/2013/QH13 served here until status round 6 gave it a status and moved it to laws/core.json.)
    { file: 'laws/gazette.json', id: '69/2020/QH14', change: (r) => (r.date = '2020-11-14'), claim: 'date 2020-11-14' },
    // (90/2025/QH15 served here until corpus round 129 gave it a dated core record, 140/2025/QH15 until round 149.)
    // (37/2024/QH15, 65/2006/QH11 and 54/2014/QH13 served here until corpus round 154 gave them their days and moved them
    // to laws/core.json.)
    { file: 'laws/gazette.json', id: '143/2025/QH15', change: (r) => (r.term = 'XIV'), claim: 'term XIV' },
    { file: 'laws/gazette.json', id: '109/2025/QH15', change: (r) => (r.status = { state: 'in-force', asOf: '2026-11-23' }), claim: 'note " No status or replacement recorded' },
    // (57/2024/QH15 served here and below until the forty-fifth session moved it to laws/core.json with its title.)
    { file: 'laws/gazette.json', id: '22/2023/QH15', change: (r) => (r.noteEn += ' In force.'), claim: 'every note sentence verified' },
    // (51/2024/QH15 served here until the fortieth session gave it a core record with its name.)
    { file: 'laws/gazette.json', id: '109/2025/QH15', change: (r) => (r.sources[0]!.note = 'citation: "Luật Bảo hiểm xã hội số 109/2025/QH15"'), claim: 'source ' },
    // (09/2026/QH16, whose quote cut at the last law of an amending law's list was caught here, and 54/2014/QH13, whose day
    // only consolidated texts gave, left the layer in corpus round 154.)
    // A confirmed record whose sources are consolidated texts only (one witness; spot check 2026-12-19; 79/2006/QH11 until
    // round 154).
    { file: 'laws/gazette.json', id: '69/2020/QH14', change: (r) => (r.sources = r.sources.filter((s) => /vbhn/iu.test(s.title ?? ''))), claim: 'sources of a confirmed record: 1 independent' },
    // Gazette-layer records (corpus/gazette/state.json): a header's subject, a cited date, issuer, evidence, status.
    { file: 'gazette/state.json', id: '15/2022/TT-BKHĐT', change: (r) => (r.subject = String(r.subject).replace(/ [^ ]+$/u, '')), claim: 'subject ' },
    { file: 'gazette/state.json', id: '40/2026/NĐ-CP', change: (r) => (r.date = '2026-01-26'), claim: 'date 2026-01-26' },
    { file: 'gazette/state.json', id: '39/2026/TT-BTC', change: (r) => (r.issuer = 'Bộ Công Thương'), claim: 'issuer Bộ Công Thương' },
    { file: 'gazette/state.json', id: '03/2017/TT-BLĐTBXH', change: (r) => (r.evidence!.agreeing += 1), claim: 'evidence.agreeing ' },
    // A count of agreeing documents is recounted: the spot check of 2026-12-20 was on 1719/QĐ-TTg (VBHN 3503/VBHN-BLĐTBXH
    // consolidates TT 17/2022 and TT 03/2023, which cite it too: two witnesses, not three), a hand-written record since
    // the corpus's sixty-first round; 03/2014/NĐ-CP has a consolidated text among its two witnesses too.
    { file: 'gazette/state.json', id: '03/2014/NĐ-CP', change: (r) => (r.evidence!.agreeing = 3), claim: 'evidence.agreeing 3' },
    { file: 'gazette/state.json', id: '44/2016/NĐ-CP', change: (r) => (r.status = { state: 'in-force' }), claim: 'no status, no note' },
  ]);
});
