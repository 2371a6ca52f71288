// Extraction throughput of the reader (core `read`: normalisation, layout, dates, terms, header,
// citations, sections), in MB/s of UTF-8 text, on
//   - a 250 KB report dense with citations, generated here from sentence templates, and
//   - the 36 MB gazette folder (shared/realdata/congbao/docs beside the clone), when present.
// Compared in the same run with two obvious alternatives:
//   - ceiling: `text.normalize('NFC')` and one `matchAll` of a simple id pattern (no kinds, dates,
//     lists, offsets map): what any extractor must at least pay;
//   - naive: one big regular expression for "kind word [số] id", as a first attempt would write it
//     (a leading look-behind, case-insensitive alternation of the kind words).
// The figures that matter are the ratios; absolute times vary on shared machines.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { read } from '../server/src/core/extract/reading';
import { KIND_WORDS } from '../server/src/core/extract/patterns';
import type { BenchRow } from './run';
import { seeded } from '../test/helpers/random';

const ROOT = path.resolve(__dirname, '..');
const GAZETTE = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');


// Sentence templates: {n} a number, {y} a year, {d} a day, {m} a month, {r} a Roman term.
const TEMPLATES = [
  'Thực hiện Quyết định số {n}-QĐ/TW ngày {d}/{m}/{y} của Bộ Chính trị khóa {r} về Quy chế công tác dân vận của hệ thống chính trị, các cấp ủy đã tổ chức quán triệt sâu rộng.',
  'Ban Thường vụ Tỉnh ủy (khóa {r}) ban hành Chương trình hành động số {n}-CTr/TU ngày {d}/{m}/{y} nhằm cụ thể hóa Nghị quyết số {n}-NQ/TW của Ban Chấp hành Trung ương Đảng.',
  'Các đoàn thể phối hợp theo Quyết định số {n}-QĐ/TW và Quyết định số {n}-QĐ/TW, ngày {d}/{m}/{y} của Bộ Chính trị về giám sát và phản biện xã hội.',
  'Căn cứ Nghị định số {n}/{y}/NĐ-CP ngày {d} tháng {m} năm {y} của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.',
  'Chế độ được thực hiện theo Luật số {n}/{y}/QH14, Luật số {n}/{y}/QH15 và Thông tư {n}/{y}/TT-BNV của Bộ Nội vụ.',
  'Tiếp tục thực hiện Kết luận số {n}-KL/TW của Ban Bí thư và các Quyết định {n}, {n} của Bộ Chính trị.',
  'Quán triệt Nghị quyết Hội nghị Trung ương {m} (khóa {r}) và Nghị quyết Đại hội Đảng toàn quốc lần thứ {r}.',
  'Ngày {d}/{m}, Ban Dân vận tổ chức hội nghị; từ ngày {d}/{m}/{y} đến ngày {d}/{m}/{y} triển khai đợt cao điểm "Dân vận khéo".',
  'UBND tỉnh ban hành Quyết định số {n}/QĐ-UBND ngày {d}-{m}-{y} về việc phê duyệt kế hoạch; Chỉ thị số {n}/CT-TTg của Thủ tướng Chính phủ.',
  'Nhiều cơ quan, đơn vị đã rà soát, bổ sung quy chế làm việc, quy chế văn hóa công sở theo hướng gần dân, phục vụ Nhân dân, nâng cao hiệu lực, hiệu quả hoạt động.',
];
const ROMAN = ['IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** A report of about `bytes` UTF-8 bytes, with a header, sections and dense citations. */
export function denseReport(bytes: number, seed = 7): string {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const parts = [
    'ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN DÂN VẬN TỈNH ỦY\n*\nSố 45-BC/BDVTU\n\nHà Tĩnh, ngày 25 tháng 8 năm 2023\n\nBÁO CÁO\nTổng kết công tác dân vận\n\nPHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN\n\n',
  ];
  let size = Buffer.byteLength(parts[0]!);
  let section = 1;
  while (size < bytes) {
    let para = `${section}. Nội dung thứ ${section}\n\n`;
    for (let k = 0; k < 6; k++) {
      para += pick(TEMPLATES)
        .replace(/\{n\}/g, () => String(1 + Math.floor(rnd() * 400)))
        .replace(/\{y\}/g, () => String(2005 + Math.floor(rnd() * 20)))
        .replace(/\{d\}/g, () => String(1 + Math.floor(rnd() * 28)))
        .replace(/\{m\}/g, () => String(1 + Math.floor(rnd() * 12)))
        .replace(/\{r\}/g, () => pick(ROMAN));
      para += k % 3 === 2 ? '\n\n' : ' ';
    }
    parts.push(para);
    size += Buffer.byteLength(para);
    section++;
  }
  return parts.join('');
}

const SIMPLE_ID = /\d{1,5}(?:\/\d{4})?[-/][\p{Lu}Đ][\p{L}\p{N}]{0,10}(?:[-/][\p{Lu}Đ][\p{L}\p{N}]{0,12}){0,2}/gu;
const NAIVE = new RegExp(
  String.raw`(?<![\p{L}])(${KIND_WORDS.map((k) => k.replace(/ /g, String.raw`\s{1,2}`)).join('|')})\s{1,3}(?:số\s{0,2}:?\s{0,2})?(\d{1,5}[A-Za-z]?(?:\s{0,2}[-/]\s{0,2}[\p{L}\p{N}]{1,12}){0,4})`,
  'giu',
);

function ceiling(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(SIMPLE_ID)) n++;
  return n;
}

function naive(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').matchAll(NAIVE)) n++;
  return n;
}

function extract(text: string): number {
  return read(text).citations.length;
}

/**
 * Median MB/s of `fn` over `texts`, in steady state: warmed up until the engine has optimised the
 * code (10 passes or 300 ms, whichever is longer, at most 2 s), then repeated until at least
 * `minMs` of work (3 to 60 passes).
 */
function throughput(texts: readonly string[], fn: (t: string) => number, minMs: number): { mbps: number; found: number } {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const w0 = performance.now();
  for (let k = 0; (k < 10 && performance.now() - w0 < 2000) || performance.now() - w0 < 300; k++) for (const t of texts) fn(t);
  const times: number[] = [];
  let total = 0;
  let found = 0;
  while ((total < minMs || times.length < 3) && times.length < 60) {
    const t0 = performance.now();
    found = 0;
    for (const t of texts) found += fn(t);
    const ms = performance.now() - t0;
    times.push(ms);
    total += ms;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return { mbps: bytes / 1e6 / (median / 1000), found };
}

function gazetteTexts(): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) files.push(p);
    }
  };
  walk(GAZETTE);
  return files.sort().map((f) => readFileSync(f, 'utf8'));
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const report = denseReport(250_000);
  const kb = (Buffer.byteLength(report) / 1000).toFixed(0);
  const r = throughput([report], extract, 1500);
  const c = throughput([report], ceiling, 800);
  const n = throughput([report], naive, 800);
  rows.push(
    { bench: 'extract', case: `dense report ${kb} KB: read()`, value: r.mbps, unit: 'MB/s', note: `${r.found} citations; target ≥ 30` },
    { bench: 'extract', case: `dense report: ceiling (NFC + one id matchAll)`, value: c.mbps, unit: 'MB/s', note: `${c.found} ids; read() is ×${(r.mbps / c.mbps).toFixed(2)} of it` },
    { bench: 'extract', case: `dense report: naive big regex`, value: n.mbps, unit: 'MB/s', note: `${n.found} matches; read() is ×${(r.mbps / n.mbps).toFixed(2)} of it` },
  );
  if (!existsSync(GAZETTE)) {
    rows.push({ bench: 'extract', case: 'gazette folder: read()', value: 0, unit: 'MB/s', note: `skipped: ${GAZETTE} not found` });
    return rows;
  }
  const texts = gazetteTexts();
  const mb = (texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6).toFixed(1);
  const g = throughput(texts, extract, 3000);
  const gc = throughput(texts, ceiling, 1500);
  const gn = throughput(texts, naive, 1500);
  rows.push(
    { bench: 'extract', case: `gazette ${texts.length} files ${mb} MB: read()`, value: g.mbps, unit: 'MB/s', note: `${g.found} citations; target ≥ 30` },
    { bench: 'extract', case: `gazette: ceiling (NFC + one id matchAll)`, value: gc.mbps, unit: 'MB/s', note: `${gc.found} ids; read() is ×${(g.mbps / gc.mbps).toFixed(2)} of it` },
    { bench: 'extract', case: `gazette: naive big regex`, value: gn.mbps, unit: 'MB/s', note: `${gn.found} matches; read() is ×${(g.mbps / gn.mbps).toFixed(2)} of it` },
  );
  return rows;
}
