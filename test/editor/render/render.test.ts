// A real render of `vanban export`: LibreOffice (headless, Debian's libreoffice-writer-nogui) turns
// the exported .docx of examples/bao-cao-xuat-word.md into a PDF, poppler's pdftotext and pdfinfo
// read it back, pdftoppm draws its pages to PNG in test-results/render/. What is asserted is what a
// clerk checks on paper: A4, the margins, the two header columns side by side, the title and date,
// the kind centred, Nơi nhận beside the signature, no number on page 1 and "2" on top of page 2, and
// which font the page was set in (Times New Roman, or the metric-compatible Liberation Serif where
// Times New Roman is not installed — Debian ships no Times New Roman).
//
// Needs: scripts/editor/install-deps.sh (libreoffice-writer-nogui, poppler-utils, fonts-liberation).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { LAYOUTS, type LayoutId } from '../../../server/src/core/index';
import { RESULTS, ROOT } from '../helpers/env';

const OUT = path.join(RESULTS, 'render');
const DRAFT = path.join(ROOT, 'examples', 'bao-cao-xuat-word.md');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MM = 72 / 25.4; // PDF points per millimetre

function run(cmd: string, args: string[], timeout = 120_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} — run scripts/editor/install-deps.sh`);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}\n${r.stderr}`);
  return r.stdout;
}

interface Word {
  page: number;
  x: number;
  y: number;
  x2: number;
  text: string;
}

/** Words with their boxes (pdftotext -bbox), in points from the page's top left. */
function words(pdf: string): Word[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  const out: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else out.push({ page, x: Number(m[1]), y: Number(m[2]), x2: Number(m[3]), text: m[4]!.replace(/&amp;/g, '&') });
  }
  return out;
}

/** The words of the line that holds `first` on `page`, left to right. */
function lineOf(ws: Word[], page: number, first: string): Word[] {
  const w = ws.find((x) => x.page === page && x.text === first);
  assert.ok(w, `no word "${first}" on page ${page}`);
  return ws.filter((x) => x.page === page && Math.abs(x.y - w!.y) < 3).sort((a, b) => a.x - b.x);
}

const renders: Partial<Record<LayoutId, { pdf: string; text: string; ws: Word[]; fonts: string }>> = {};

describe('export rendered by LibreOffice', () => {
  before(() => {
    mkdirSync(OUT, { recursive: true });
    // A private LibreOffice profile: other soffice processes on the machine are left alone.
    const profile = mkdtempSync(path.join(tmpdir(), 'vanban-lo-'));
    for (const layout of ['party', 'state'] as const) {
      const docx = path.join(OUT, `${layout}.docx`);
      run(process.execPath, [CLI, 'export', DRAFT, '-o', docx, '--layout', layout]);
      run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx]);
      const pdf = path.join(OUT, `${layout}.pdf`);
      run('pdftoppm', ['-r', '110', '-png', pdf, path.join(OUT, layout)]);
      renders[layout] = { pdf, text: run('pdftotext', ['-layout', pdf, '-']), ws: words(pdf), fonts: run('pdffonts', [pdf]) };
    }
  });

  for (const layout of ['party', 'state'] as const) {
    const L = LAYOUTS[layout];
    test(`${layout}: A4, two pages, PNG pages in test-results/render`, () => {
      const info = run('pdfinfo', [renders[layout]!.pdf]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      assert.ok(Math.abs(Number(size[1]) - 210 * MM) < 1 && Math.abs(Number(size[2]) - 297 * MM) < 1, size[0]);
      assert.match(readFileSync(path.join(OUT, `${layout}-1.png`)).subarray(1, 4).toString(), /PNG/);
    });

    test(`${layout}: set in Times New Roman or its metric twin Liberation Serif`, () => {
      const fonts = renders[layout]!.fonts;
      assert.match(fonts, /TimesNewRoman|Times New Roman|LiberationSerif/);
      assert.doesNotMatch(fonts, /DejaVu/);
      console.log(`${layout}: fonts used by the render\n${fonts}`);
    });

    test(`${layout}: the body fills the text area between the margins of the rules`, () => {
      const ws = renders[layout]!.ws.filter((w) => w.page === 1);
      // Justified body lines run from the left margin to the right one.
      const left = Math.min(...ws.map((w) => w.x));
      assert.ok(Math.abs(left - L.page.margins.left * MM) < 2, `left edge ${left / MM} mm`);
      const right = Math.max(...ws.map((w) => w.x2));
      assert.ok(Math.abs(right - (210 - L.page.margins.right) * MM) < 3, `right edge ${right / MM} mm`);
      const top = Math.min(...ws.map((w) => w.y));
      assert.ok(top >= L.page.margins.top * MM - 1 && top < (L.page.margins.top + 8) * MM, `first line at ${top / MM} mm`);
    });

    test(`${layout}: header columns side by side; title, date and kind where the rules put them`, () => {
      const { ws, text } = renders[layout]!;
      const first = lineOf(ws, 1, 'ĐẢNG').map((w) => w.text).join(' ');
      assert.ok(first.startsWith('ĐẢNG BỘ TỈNH HÀ TĨNH '), first);
      assert.ok(first.endsWith(L.header.motto[0]!), first);
      assert.match(text, /Số 45-BC\/BDVTU/);
      assert.match(text, /Hà Tĩnh, ngày 05 tháng 3 năm 2023/);
      // The number stays in the left column.
      const num = lineOf(ws, 1, '45-BC/BDVTU').find((w) => w.text === '45-BC/BDVTU')!;
      assert.ok(num.x2 < (L.page.margins.left + (210 - L.page.margins.left - L.page.margins.right) * L.header.leftColumn) * MM, 'number in the left column');
      // The date line sits in the right half, the kind in the middle of the text area.
      const date = lineOf(ws, 1, 'ngày').find((w) => w.text === 'Hà')!;
      assert.ok(date.x > (L.page.margins.left + (210 - L.page.margins.left - L.page.margins.right) * L.header.leftColumn) * MM - 5, 'date in the right column');
      const kind = lineOf(ws, 1, 'BÁO');
      const mid = (kind[0]!.x + kind[kind.length - 1]!.x2) / 2;
      const centre = (L.page.margins.left + (210 - L.page.margins.left - L.page.margins.right) / 2) * MM;
      assert.ok(Math.abs(mid - centre) < 3, `kind centred: ${mid / MM} vs ${centre / MM} mm`);
    });

    test(`${layout}: Nơi nhận beside the signature; page number only from page 2`, () => {
      const { ws } = renders[layout]!;
      const last = Math.max(...ws.map((w) => w.page));
      const closing = lineOf(ws, last, 'nhận:').map((w) => w.text).join(' ');
      assert.equal(closing, 'Nơi nhận: T/M BAN DÂN VẬN TỈNH ỦY');
      assert.ok(!ws.some((w) => w.page === 1 && w.text === '1'), 'no number on page 1');
      const top2 = ws.filter((w) => w.page === 2).sort((a, b) => a.y - b.y)[0]!;
      assert.equal(top2.text, '2');
      assert.ok(Math.abs((top2.x + top2.x2) / 2 - (L.page.margins.left + (210 - L.page.margins.left - L.page.margins.right) / 2) * MM) < 3, 'number centred');
    });
  }
});
