// Dev time only: builds corpus/gazette/state.json from the Công báo folder of the shared
// reference material (../shared/realdata/congbao). The product never reads ../shared; it ships
// the committed output. Run: node --import tsx scripts/build-gazette-layer.ts
//
// Which facts are taken, and why, is in scripts/gazette-layer.ts.

import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../server/src/host/corpus-loader';
import { buildGazetteLayer, layerFileText, type GazetteDoc } from './gazette-layer';

const ROOT = path.resolve(__dirname, '..');
export const CONGBAO = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao');

/**
 * A PDF line can break inside a document number ("Thông tư Số 03/2017/TT-\nBLĐTBXH ngày 01/3/2017",
 * "35/2018/\nQH14"); read as it stands, the number is cut and its date lost, so a document that
 * states the date was not counted (scripts/verify-gazette-facts.mjs found 13 records whose
 * `evidence.agreeing` was one short). A break right after a slash, or after a symbol's hyphen
 * between capitals, is joined; every other line stays as it is (headers are read line by line).
 */
export function joinBrokenNumbers(text: string): string {
  return text.replace(/\/[ \t]*\r?\n[ \t]*(?=[\p{L}\d])/gu, '/').replace(/(?<=[\p{Lu}\d])-[ \t]*\r?\n[ \t]*(?=\p{Lu})/gu, '-');
}

export function gazetteDocs(dir = CONGBAO): GazetteDoc[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { so_hieu: string; slug: string; nguon_url?: string }[];
  const bySlug = new Map(index.map((x) => [x.slug, x]));
  const out: GazetteDoc[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) {
        const meta = bySlug.get(n.slice(0, -4));
        // A file index.json does not name cannot be cited as a source: left out.
        if (meta) out.push({ soHieu: meta.so_hieu, url: meta.nguon_url, text: joinBrokenNumbers(readFileSync(p, 'utf8')) });
      }
    }
  };
  walk(path.join(dir, 'docs'));
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(CONGBAO)) throw new Error(`${CONGBAO} is absent`);
  const docs = gazetteDocs();
  const bundled = await loadCorpus({ bundledDir: path.join(ROOT, 'corpus'), userDirs: [], gazette: false });
  const { records, stats } = buildGazetteLayer(docs, bundled.index);
  const out = path.join(ROOT, 'corpus', 'gazette');
  mkdirSync(out, { recursive: true });
  const text = layerFileText(records);
  writeFileSync(path.join(out, 'state.json'), text);
  console.log(JSON.stringify({ ...stats, bytes: Buffer.byteLength(text) }, null, 2));
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
