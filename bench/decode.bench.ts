// Reading a file's bytes as text (server/src/host/encoding.ts): the cost of refusing to guess.
// UTF-8 is decoded strictly (one bad byte means "not UTF-8") next to Buffer.toString, which the
// loader used before and which replaces bad bytes silently. A legacy file is decoded by all three
// tables and scored, next to decoding it with the right table when it is known (--from).
//
// Input: the example report repeated to about 2 MB, encoded by the fixture encoders.
//
//   npm run bench -- decode

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeAs, decodeBytes, encodeTcvn3, encodeVni, encodeWin1258, type Encoding } from '../server/src/host/encoding';
import type { BenchRow } from './run';

const TEXT = readFileSync(path.resolve(__dirname, '..', 'examples', 'bao-cao-tong-ket-co-loi.md'), 'utf8').normalize('NFC');
const BIG = TEXT.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(TEXT)));

/** Best of `runs` of `fn` over `bytes`, as MB/s of input. */
function mbps(bytes: Uint8Array, fn: () => unknown, runs = 5): number {
  fn(); // warm up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return bytes.length / 1048576 / (best / 1000);
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const utf8 = Buffer.from(BIG);
  const strict = mbps(utf8, () => decodeBytes(utf8));
  const loose = mbps(utf8, () => utf8.toString('utf8'));
  rows.push({ bench: 'decode', case: 'UTF-8: decodeBytes (strict)', value: strict, unit: 'MB/s' });
  rows.push({ bench: 'decode', case: 'UTF-8: Buffer.toString (baseline)', value: loose, unit: 'MB/s', note: `strict is ×${(loose / strict).toFixed(1)} slower` });
  const legacy: [Encoding, Uint8Array][] = [
    ['tcvn3', encodeTcvn3(BIG)],
    ['vni', encodeVni(BIG)],
    ['windows-1258', encodeWin1258(BIG)],
  ];
  for (const [enc, bytes] of legacy) {
    const detected = mbps(bytes, () => decodeBytes(bytes), 3);
    const known = mbps(bytes, () => decodeAs(bytes, enc), 3);
    rows.push({ bench: 'decode', case: `${enc}: detect and convert`, value: detected, unit: 'MB/s' });
    rows.push({ bench: 'decode', case: `${enc}: convert with the table known (baseline)`, value: known, unit: 'MB/s', note: `detection is ×${(known / detected).toFixed(1)} slower` });
  }
  return rows;
}
