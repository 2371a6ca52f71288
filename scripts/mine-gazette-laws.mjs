// Mines the Công báo folder (shared/realdata/congbao, reference material outside the product)
// for laws and codes cited with their number: "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm
// 2024". Prints, per law id, how many citations and documents name it, the names and dates the
// citations give (with counts, so agreement is visible) and the documents with the line that says
// it. The corpus records in corpus/laws/ were written from this output and the other sources they
// name; the product never reads the gazette.
//
//   node scripts/mine-gazette-laws.mjs [--min 3] [--json] [path/to/congbao]

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const min = minAt >= 0 ? Number(args[minAt + 1]) : 3;
const asJson = args.includes('--json');
const recAt = args.indexOf('--records');
const root = args.find((a, i) => !a.startsWith('--') && !['--min', '--records', '--skip'].includes(args[i - 1] ?? '')) ?? new URL('../../shared/realdata/congbao', import.meta.url).pathname;
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No gazette folder at ${root} (reference material, not part of the product).`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const bySlug = new Map(index.map((d) => [d.slug, d]));

// Kind word, an optional name (no sentence punctuation, at most ~160 characters), "số", the id,
// then an optional "ngày D tháng M năm Y". The name is taken lazily so that "Luật số …" (an
// amending law cited by number only) gives no name.
const CITE =
  /(Bộ luật|Luật|Hiến pháp)((?: (?!Luật |Bộ luật |số:? \d|Căn cứ )[^\s;:()“”".0-9]+){0,25})? (?:số|số:) (\d{1,3}\/\d{4}\/QH\d{1,2})(?: (?:ngày|ngay) (\d{1,2}) tháng (\d{1,2}) năm (\d{4}))?/gu;

const laws = new Map();
let files = 0;
for (const topic of readdirSync(join(root, 'docs'))) {
  for (const f of readdirSync(join(root, 'docs', topic))) {
    if (!f.endsWith('.txt')) continue;
    files++;
    const slug = f.replace(/\.txt$/, '');
    const meta = bySlug.get(slug);
    const text = readFileSync(join(root, 'docs', topic, f), 'utf8').normalize('NFC').replace(/\s+/gu, ' ');
    for (const m of text.matchAll(CITE)) {
      const [line, kindWord, rawName, id, d, mo, y] = m;
      let name = (rawName ?? '').trim();
      // "Luật sửa đổi, bổ sung một số điều của Luật X" keeps its full name; a trailing "năm 2024"
      // or "(sửa đổi)" is part of how the text was cited, not the name.
      name = name.replace(/ năm$/u, '').replace(/,$/u, '');
      // "Luật sửa đổi, bổ sung một số điều của Luật X số …": the number is the amending law's. The
      // short form "Luật sửa đổi Luật Doanh nghiệp số 76/2025/QH15" too: without it the amending
      // law was read as named "Doanh nghiệp" (found in the spot check of 2026-12-17).
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const amend = /Luật (sửa đổi(?:, bổ sung)? (?:một số điều của )?)$/u.exec(before);
      if (amend && name) name = `${amend[1]}${kindWord} ${name}`;
      // "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, …, Luật Xử lý vi phạm hành chính
      // số 56/2024/QH15": the last of a list of amended laws is not the name of the number's law.
      // Such a citation gives no name (found in the spot check of 2026-12-01).
      const back = text.slice(Math.max(0, m.index - 600), m.index);
      const head = back.lastIndexOf('sửa đổi, bổ sung một số điều của ');
      if (name && !amend && head >= 0 && /^(?:(?:Bộ luật|Luật) [^;:()“”"]+?(?:, | và ))+$/u.test(back.slice(head + 'sửa đổi, bổ sung một số điều của '.length))) name = '';
      const iso = d ? `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
      let e = laws.get(id);
      if (!e) laws.set(id, (e = { id, kinds: {}, kindDocs: {}, names: {}, dates: {}, effective: {}, cites: 0, docs: new Map() }));
      e.cites++;
      e.kinds[kindWord] = (e.kinds[kindWord] ?? 0) + 1;
      if (name) e.names[name] = (e.names[name] ?? 0) + 1;
      if (iso) e.dates[iso] = (e.dates[iso] ?? 0) + 1;
      const key = meta?.so_hieu ?? slug;
      // A consolidated text opens with "Luật … số 109/2025/QH15 ngày 10 tháng 12 năm 2025 của Quốc
      // hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2026": the effective date its citation states,
      // kept per document (found in the spot check of 2026-12-16; the note used to deny it).
      const eff = /^(?: của Quốc hội)?,? có hiệu lực (?:thi hành )?(?:kể )?từ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(text.slice(m.index + line.length, m.index + line.length + 90));
      if (eff) {
        const effIso = `${eff[3]}-${eff[2].padStart(2, '0')}-${eff[1].padStart(2, '0')}`;
        (e.effective[effIso] ??= []).includes(key) || e.effective[effIso].push(key);
      }
      (e.kindDocs[kindWord] ??= []).includes(key) || e.kindDocs[kindWord].push(key);
      // One entry a document; its quoted line is the first that gives a date, else the first.
      const doc = e.docs.get(key);
      if (!doc) e.docs.set(key, { so_hieu: meta?.so_hieu ?? null, url: meta?.nguon_url ?? null, file: `${topic}/${f}`, line: line.slice(0, 240), dates: iso ? [iso] : [] });
      else if (iso && !doc.dates.includes(iso)) {
        if (doc.dates.length === 0) doc.line = line.slice(0, 240);
        doc.dates.push(iso);
      }
    }
  }
}

const rows = [...laws.values()].filter((e) => e.cites >= min).sort((a, b) => b.cites - a.cites);
if (asJson) {
  console.log(JSON.stringify(rows.map((e) => ({ ...e, docs: [...e.docs.values()] })), null, 1));
} else {
  if (recAt < 0) console.log(`${files} gazette files; ${laws.size} distinct law ids cited; ${rows.length} cited at least ${min} times`);
  for (const e of recAt >= 0 ? [] : rows) {
    const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(' | ');
    console.log(`${e.id}\t${e.cites} cites / ${e.docs.size} docs\t${top(e.names)}\t${top(e.dates)}`);
  }
}

// ---- Records: --records FILE writes corpus records for the laws cited at least `min` times
// (skipping ids already in the hand-written files named by --skip). Only what citations state:
// the name where the named citations agree, the date where they give one (conflicts kept), the
// National Assembly term from the symbol (QH13 → XIII), the year from the number otherwise.
if (recAt >= 0) {
  const out = args[recAt + 1];
  const skip = new Set();
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--skip') continue;
    for (const r of JSON.parse(readFileSync(args[i + 1], 'utf8')).records) if (r.id) skip.add(r.id);
  }
  const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const src = (doc, what) => ({ title: `Công báo: ${doc.so_hieu}`, ...(doc.url ? { url: doc.url } : {}), note: `${what}: "${doc.line.slice(0, 170)}"` });
  const records = [];
  for (const e of rows) {
    if (skip.has(e.id)) continue;
    const [num, year, qh] = e.id.split('/');
    const term = ROMAN[Number(qh.slice(2))];
    const kindWord = Object.entries(e.kinds).sort((a, b) => b[1] - a[1])[0][0];
    if (kindWord === 'Hiến pháp') continue; // the Constitution is cited without a number; hand-written
    // Names: spelling variants of one name count together; the most frequent spelling is kept.
    const groups = new Map();
    for (const [n, c] of Object.entries(e.names)) {
      if (!/^[\p{Lu}]|^sửa đổi/u.test(n)) continue;
      const k = fold(n);
      const g = groups.get(k) ?? { total: 0, forms: [] };
      g.total += c;
      g.forms.push([n, c]);
      groups.set(k, g);
    }
    const named = [...groups.values()].sort((a, b) => b.total - a.total);
    const allNamed = named.reduce((s, g) => s + g.total, 0);
    const best = named[0];
    const name = best && best.total >= 2 && best.total / allNamed >= 0.6 ? best.forms.sort((a, b) => b[1] - a[1])[0][0] : null;
    const dates = Object.entries(e.dates).filter(([d]) => d.startsWith(year)).sort((a, b) => b[1] - a[1]);
    const docs = [...e.docs.values()];
    const withDate = (d) => docs.filter((x) => x.dates.includes(d));
    const withName = name ? docs.filter((x) => fold(x.line).includes(fold(name))) : [];
    const chosen = [];
    for (const d of [...(dates.length ? withDate(dates[0][0]) : []), ...withName, ...docs]) if (!chosen.includes(d) && chosen.length < 3) chosen.push(d);
    // A day is recorded only when two documents agree on it: one gazette line can be a slip (a
    // 2026 decision dates 59-NQ/TW "2024" once and "2025" twice).
    const dateDocs = dates.length ? withDate(dates[0][0]).length : 0;
    const r = { type: 'directive', id: e.id, kind: kindWord, number: num, symbol: qh, issuer: 'Quốc hội', date: dateDocs >= 2 ? dates[0][0] : year, term };
    if (name) r.name = name;
    r.sources = chosen.map((d) => src(d, 'citation'));
    const nameDocs = withName.length;
    r.confidence = dates.length > 1 && dateDocs >= 2 ? 'conflict' : dateDocs >= 2 || nameDocs >= 2 ? 'confirmed' : 'reported';
    if (dates.length > 1 && dateDocs >= 2)
      r.conflicts = [{ field: 'date', values: dates.map(([d]) => ({ value: d, sources: withDate(d).slice(0, 2).map((x) => src(x, 'citation')) })).filter((v) => v.sources.length), note: 'Gazette citations give different dates; the most frequent is the main value.' }];
    if (r.conflicts && r.conflicts[0].values.length < 2) { delete r.conflicts; r.confidence = 'confirmed'; }
    // Kind words that differ are both kept: consolidated texts cite 92/2015/QH13 as "Luật số
    // 92/2015/QH13" (an amending law in a list), the one citation that names it writes "Bộ luật Tố
    // tụng dân sự số 92/2015/QH13" (found in the spot check of 2026-12-15).
    const kinds = Object.entries(e.kinds).sort((a, b) => b[1] - a[1]);
    if (kinds.length > 1) {
      const byKey = new Map(docs.map((x) => [x.so_hieu ?? x.file, x]));
      const kindConflict = { field: 'kind', values: kinds.map(([k]) => ({ value: k, sources: e.kindDocs[k].slice(0, 2).map((key) => src(byKey.get(key), 'citation')) })), note: 'Gazette citations write different kind words; the most frequent is the main value.' };
      r.conflicts = [...(r.conflicts ?? []), kindConflict];
      r.confidence = 'conflict';
    }
    const seen = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `"${k}" ×${v}`).join(', ');
    r.note =
      // The counts are of what the pattern reads ("… số N"; a name only when capitalised): the spot
      // check of 2026-12-18 found "Luật Hải quan 54/2014/QH13" (no "số") and "Luật dạy nghề số …"
      // left out of counts the note presented as all the citations, so the note says what it counted.
      `Gazette layer (scripts/mine-gazette-laws.mjs): cited ${e.cites} times as "… số ${e.id}" in ${e.docs.size} Công báo documents (a citation without "số" is not counted).` +
      (name ? ` Name as ${best.total} of ${allNamed} citations that give a capitalised name write it (a name in lower case is not counted).` : Object.values(e.names).reduce((s, c) => s + c, 0) === 1 ? ` Name left out: only one citation names it (${seen(e.names)}).` : Object.keys(e.names).length ? ` Name left out: the citations do not agree (${seen(e.names)}).` : ' Name left out: cited by number only.') +
      (dateDocs >= 2
        ? ` Date passed as ${dateDocs} documents give it.`
        : dates.length
          ? ` Day left out: only one document gives one (${dates[0][0]}); the year is from the number.`
          : ' Only the year is known (from the number: số/năm/QH khóa).') +
      (kinds.length > 1 ? ` Kind words differ (${seen(e.kinds)}): both kept as a conflict.` : '') +
      (Object.keys(e.effective).length
        ? ` Effective date as the citations state it (kept in this note, not as a field): ${Object.entries(e.effective).map(([d, ks]) => `${d} (${ks.map((k) => k.replace(/^Văn bản hợp nhất số /u, 'VBHN ')).join(', ')})`).join('; ')}.`
        : ' No effective date in the citations.') +
      ' Status and replacement not stated by the citations.';
    records.push(r);
  }
  const lines = records.map((r) => '    ' + JSON.stringify(r));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, `{\n  "$schema": "../schema/corpus-file.schema.json",\n  "records": [\n${lines.join(',\n')}\n  ]\n}\n`);
  console.log(`${records.length} records written to ${out}`);
}
