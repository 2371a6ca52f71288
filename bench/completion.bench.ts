// Completion speed over large corpora, next to plain fuse.js over the same records.
//
// The records are SYNTHETIC (generated here, in memory only, never written anywhere): invented
// numbers, issuers named "Cơ quan Giả Lập …" and "Tỉnh ủy Giả Lập …", subjects drawn at random
// from common words of real subjects. They exist to measure speed, not to state facts.
//
// Each query is typed at the end of a line of running text, as a writer types it, and answered
// by the core's complete() as the server calls it (index already built — its build time is a
// row of its own; documentation left for completionItem/resolve, as the server does). The
// baseline is what one would write first: fuse.js over all records with diacritics ignored.
//
//   npm run bench -- completion
//   VANBAN_BENCH_BASE=<commit> npm run bench -- completion   (that commit's completion beside this
//     tree's over the same 100,000 records, alternating query by query, answers compared)

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Fuse from 'fuse.js';
import { complete, searchIndexOf } from '../server/src/core/features/index';
import { CorpusIndex, type DirectiveRecord, type Entry } from '../server/src/core/index';
import { bundledIndex } from '../test/helpers/corpus';
import { commitTree, percentile, type BenchRow } from './run';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [string, string][] = [
  ['Quyết định', 'QĐ'], ['Nghị quyết', 'NQ'], ['Kết luận', 'KL'], ['Chỉ thị', 'CT'], ['Hướng dẫn', 'HD'],
  ['Kế hoạch', 'KH'], ['Quy định', 'QĐ'], ['Thông báo', 'TB'], ['Chương trình', 'CTr'], ['Quy chế', 'QC'],
];
const STATE_KINDS: [string, string][] = [['Nghị định', 'NĐ'], ['Thông tư', 'TT'], ['Quyết định', 'QĐ'], ['Nghị quyết', 'NQ']];
const WORDS = (
  'tăng cường,đổi mới,nâng cao,chất lượng,hiệu quả,công tác,dân vận,quy chế,thực hiện,dân chủ,cơ sở,' +
  'xây dựng,Đảng,hệ thống chính trị,Mặt trận Tổ quốc,đoàn thể,nhân dân,giám sát,phản biện xã hội,' +
  'chính quyền,cán bộ,đảng viên,tổ chức,bộ máy,tinh gọn,sắp xếp,đơn vị hành chính,phong trào thi đua,' +
  'dân vận khéo,tôn giáo,dân tộc,đồng bào,vùng sâu,vùng xa,biên giới,hải đảo,an ninh,quốc phòng,' +
  'kinh tế,xã hội,văn hóa,giáo dục,y tế,nông thôn mới,đô thị,môi trường,tài nguyên,đất đai,' +
  'tiếp công dân,đối thoại,khiếu nại,tố cáo,cải cách hành chính,chuyển đổi số,khoa học,công nghệ,' +
  'đổi mới sáng tạo,thanh niên,phụ nữ,nông dân,công nhân,cựu chiến binh,trí thức,doanh nhân,' +
  'giai đoạn,đến năm 2030,tầm nhìn,trong tình hình mới,tiếp tục,đẩy mạnh,triển khai,kiểm tra,' +
  'sơ kết,tổng kết,học tập,làm theo,tư tưởng,đạo đức,phong cách,Hồ Chí Minh,chỉnh đốn,phòng chống,' +
  'tham nhũng,lãng phí,tiêu cực,kỷ luật,kỷ cương,trách nhiệm,người đứng đầu,quan hệ,mật thiết,' +
  'quy định,hướng dẫn,chức năng,nhiệm vụ,quyền hạn,cơ cấu,thẩm quyền,văn bản,thể thức,lưu trữ'
).split(',');

export function synthetic(n: number, seed: number): Entry[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const state = r() < 0.3;
    const [kind, code] = pick(state ? STATE_KINDS : KINDS);
    const number = String(1 + Math.floor(r() * 3000));
    const year = 1990 + Math.floor(r() * 37);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const local = !state && r() < 0.5;
    const province = `Giả Lập ${1 + Math.floor(r() * 60)}`;
    const symbol = state ? `${code}-GL${1 + Math.floor(r() * 40)}` : `${code}/${local ? 'TU' : 'TW'}`;
    const id = state ? `${number}/${year}/${symbol}` : `${number}-${symbol}`;
    const words: string[] = [];
    const len = 5 + Math.floor(r() * 10);
    for (let w = 0; w < len; w++) words.push(pick(WORDS));
    const rec: DirectiveRecord = {
      type: 'directive',
      id,
      kind,
      number,
      symbol,
      issuer: local ? 'Ban Thường vụ Tỉnh ủy' : `Cơ quan Giả Lập ${1 + Math.floor(r() * 50)}`,
      ...(local ? { organisation: `Tỉnh ủy ${province}` } : {}),
      date,
      subject: words.join(' '),
      status: { state: r() < 0.6 ? 'in-force' : r() < 0.5 ? 'replaced' : 'unknown' },
      sources: [{ title: 'bench: bản ghi giả lập, không phải sự thật' }],
    };
    out.push({ record: rec, origin: { file: 'synthetic', line: i, layer: 'user-record' } });
  }
  return out;
}

/** A temporary folder of ten record files holding 100,000 synthetic records (one file of 100,000 would pass the 20 MB limit for a file). */
export function recordFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-records-'));
  const records = synthetic(100_000, 9).map((e) => e.record);
  for (let k = 0; k < 10; k++) writeFileSync(path.join(dir, `records-${k}.json`), JSON.stringify({ records: records.slice(k * 10_000, (k + 1) * 10_000) }));
  return dir;
}

// Typed at the end of running text, with and without diacritics.
export const LEAD = 'Các cấp ủy đã quán triệt ';
export const QUERIES = [
  'Quyết định số 1',
  'Quyết định số 12',
  'Nghị quyết 2',
  'Kết luận số ',
  'Chỉ thị số 15',
  'theo 123-QĐ/',
  'Nghị định số 30/2020/N',
  'quy che dan van',
  'Quy chế công tác dân vận',
  'Phó Trưởng ban Dân v',
  'pho truong ban dan v',
  'Ủy ban MTTQ',
  'tang cuong cong tac dan van',
  'nâng cao chất lượng giám sát',
  'xay dung Dang va he thong chinh tri',
  'thuc hien dan chu o co so',
  'Trương Thị M',
  'phong trao thi dua dan van kheo',
];

export function bundledEntries(b: CorpusIndex): Entry[] {
  return [...b.directives, ...b.terms, ...b.titles, ...b.organisations, ...b.officials, ...b.abbreviations, ...b.kinds];
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/**
 * VANBAN_BENCH_BASE=<commit>: the search index build and complete() of that commit beside this
 * tree's, on the same 100,000 records, in this process: query by query, each answered by both in
 * turn (the machine's load falls on both alike), and the items compared.
 */
async function baseRows(commit: string): Promise<BenchRow[]> {
  const tree = commitTree(commit, { paths: ['server'] });
  if ('error' in tree) return [{ bench: 'completion', case: `base ${commit}`, value: 0, unit: '-', note: `cannot extract: ${tree.error}` }];
  const dir = tree.dir;
  type Core = { CorpusIndex: typeof CorpusIndex; complete: typeof complete; searchIndexOf: typeof searchIndexOf };
  const base = (await import(path.join(dir, 'server/src/core/index'))) as Core;
  const bundled = await bundledIndex();
  const n = 100_000;
  // Each index gets its own records (copies), as a load would give it.
  const entries = () => [...bundledEntries(bundled), ...synthetic(n, 42 + n)];
  // The index build twice each, in both orders (the second build of a process runs warmer, and
  // the heap is larger by the first index): the faster of each.
  let buildBase = Infinity;
  let buildOurs = Infinity;
  let ours!: CorpusIndex;
  let theirs!: CorpusIndex;
  for (const baseFirst of [true, false]) {
    ours = new CorpusIndex(bundled.meta, entries(), bundled.evidence);
    theirs = new base.CorpusIndex(bundled.meta, entries(), bundled.evidence);
    const tb = () => (buildBase = Math.min(buildBase, time(() => base.searchIndexOf(theirs))));
    const ta = () => (buildOurs = Math.min(buildOurs, time(() => searchIndexOf(ours))));
    if (baseFirst) (tb(), ta());
    else (ta(), tb());
  }
  const ctx = { reportDate: '2023-08-25', province: 'Giả Lập 7', today: '2026-11-23' };
  const a: number[] = [];
  const b: number[] = [];
  let differ = 0;
  for (let round = -1; round < 20; round++) {
    for (const q of QUERIES) {
      const text = LEAD + q;
      let mine: unknown;
      let other: unknown;
      // Each goes first in every other round: a collection the first one's garbage sets off
      // lands on the second as often as not.
      const runBase = () => time(() => (other = base.complete(text, text.length, theirs, ctx, { documentation: false })));
      const runOurs = () => time(() => (mine = complete(text, text.length, ours, ctx, { documentation: false })));
      let ta: number;
      let tb: number;
      if (round % 2) {
        ta = runOurs();
        tb = runBase();
      } else {
        tb = runBase();
        ta = runOurs();
      }
      if (round < 0) {
        if (JSON.stringify(mine) !== JSON.stringify(other)) differ++;
        continue;
      }
      a.push(ta);
      b.push(tb);
    }
  }
  // a and b hold the rounds one after the other, QUERIES.length times each.
  const sumMedians = (xs: number[]) => QUERIES.reduce((sum, _, q) => sum + percentile(xs.filter((_, i) => i % QUERIES.length === q), 50), 0);
  const same = differ === 0 ? 'identical items for every query' : `DIFFERENT items for ${differ} of ${QUERIES.length} queries`;
  return [
    { bench: 'completion', case: `index build, ${n} records: ${commit} → this tree`, value: buildBase / buildOurs, unit: '× faster', note: `${buildBase.toFixed(0)} ms → ${buildOurs.toFixed(0)} ms` },
    { bench: 'completion', case: `complete() p50, ${n} records: ${commit} → this tree`, value: percentile(a, 50), unit: 'ms/query', note: `${commit}: ${percentile(b, 50).toFixed(2)} ms` },
    { bench: 'completion', case: `complete() p95, ${n} records: ${commit} → this tree`, value: percentile(a, 95), unit: 'ms/query', note: `${commit}: ${percentile(b, 95).toFixed(2)} ms; ${a.length} queries each, alternating; ${same}` },
    { bench: 'completion', case: `sum of per-query medians, ${n} records: ${commit} → this tree`, value: sumMedians(a), unit: 'ms', note: `${commit}: ${sumMedians(b).toFixed(2)} ms (the ${QUERIES.length} queries' medians over the rounds: the load's outliers left out)` },
  ];
}

export default async function run(): Promise<BenchRow[]> {
  if (process.env.VANBAN_BENCH_BASE) return baseRows(process.env.VANBAN_BENCH_BASE);
  const rows: BenchRow[] = [];
  const bundled = await bundledIndex();
  const ctx = { reportDate: '2023-08-25', province: 'Giả Lập 7', today: '2026-11-23' };
  for (const n of [1000, 10000, 100000]) {
    const entries = [...bundledEntries(bundled), ...synthetic(n, 42 + n)];
    const corpus = new CorpusIndex(bundled.meta, entries, bundled.evidence);
    const build = time(() => searchIndexOf(corpus));
    rows.push({ bench: 'completion', case: `index build, ${n} records`, value: build, unit: 'ms' });
    // vanban: every query many times (first warm-up round not counted).
    const ours: number[] = [];
    const rounds = n >= 100000 ? 20 : 50;
    for (let round = -1; round < rounds; round++) {
      for (const q of QUERIES) {
        const text = LEAD + q;
        const ms = time(() => complete(text, text.length, corpus, ctx, { documentation: false }));
        if (round >= 0) ours.push(ms);
      }
    }
    // fuse.js over the same directive records, diacritics ignored.
    const records = corpus.directives.map((e) => e.record);
    let fuse!: Fuse<DirectiveRecord>;
    const fuseBuild = time(() => {
      fuse = new Fuse(records, { keys: ['id', 'kind', 'subject', 'issuer'], includeScore: true, ignoreDiacritics: true, threshold: 0.4 });
    });
    // fuse.js takes seconds a query at 100k: there it runs every third query once, to keep the
    // bench short; the note on the row says how many queries were timed.
    const plain: number[] = [];
    const fuseQueries = n >= 100000 ? QUERIES.filter((_, i) => i % 3 === 0) : QUERIES;
    const fuseRounds = n >= 100000 ? 1 : n >= 10000 ? 2 : 10;
    for (let round = 0; round < fuseRounds; round++) for (const q of fuseQueries) plain.push(time(() => fuse.search(q, { limit: 30 })));
    const p50 = percentile(ours, 50);
    const p95 = percentile(ours, 95);
    const f50 = percentile(plain, 50);
    const f95 = percentile(plain, 95);
    rows.push(
      { bench: 'completion', case: `vanban complete() p50, ${n} records`, value: p50, unit: 'ms/query', note: `${ours.length} queries timed` },
      { bench: 'completion', case: `vanban complete() p95, ${n} records`, value: p95, unit: 'ms/query', note: p95 <= 5 ? 'target ≤ 5 ms met' : 'ABOVE the 5 ms target' },
      { bench: 'completion', case: `plain fuse.js p50, ${n} records`, value: f50, unit: 'ms/query', note: `index build ${fuseBuild.toFixed(0)} ms` },
      { bench: 'completion', case: `plain fuse.js p95, ${n} records`, value: f95, unit: 'ms/query', note: `${plain.length} queries timed` },
      { bench: 'completion', case: `ratio fuse.js / vanban at p95, ${n} records`, value: f95 / p95, unit: '×' },
    );
  }
  return rows;
}
