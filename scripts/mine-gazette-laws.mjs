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
// "số" is optional: writers also cite "Luật Hải quan 54/2014/QH13" (the spot check of 2026-12-18
// found such citations left out of counts presented as complete). The date is written in words or
// in figures ("ngày 23/6/2023", the tables of QĐ 1205/QĐ-BKHĐT).
const CITE =
  /(Bộ luật|Luật|Hiến pháp)((?: (?!Luật |Bộ luật |[sS]ố:? \d|Căn cứ )[^\s;:()“”".0-9]+){0,25})?(?: [sS]ố:?)? (\d{1,3}\/\d{4}\/QH\d{1,2})(?![\d\p{L}])(?: (?:ngày|ngay) (?:(\d{1,2}) tháng (\d{1,2}) năm (\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?!\d))?/gu;
/** Every writing of a law number, whatever stands before it (the note counts them all). */
const ANY_ID = /(?<![\p{L}\d/.-])(\d{1,3}\/\d{4}\/QH\d{1,2})(?![\d\p{L}])/gu;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const laws = new Map();
let files = 0;
for (const topic of readdirSync(join(root, 'docs'))) {
  for (const f of readdirSync(join(root, 'docs', topic))) {
    if (!f.endsWith('.txt')) continue;
    files++;
    const slug = f.replace(/\.txt$/, '');
    const meta = bySlug.get(slug);
    // A PDF line can break inside a number ("35/2018/\nQH14"): such a break is joined without a
    // space, or the citation is lost (the 2026-12-01 verifier found 74/2014/QH13 dated by three
    // documents where the miner had read one).
    // The Công báo's running head ("CÔNG BÁO/Số 271 + 272/Ngày 05-02-2025" and its page number)
    // can fall inside a citation; it is dropped. A year with a figure glued on ("năm 20237", a
    // footnote mark) is not read as a date.
    const text = readFileSync(join(root, 'docs', topic, f), 'utf8')
      .normalize('NFC')
      .replace(/^[ \t]*(?:\d{1,4}[ \t]*)?C?ÔNG BÁO[ \t]*\/[ \t]*Số[^\n]*\/[ \t]*Ngày[ \t]*[\d-]+[ \t]*(?:\r?\n[ \t]*\d{1,4}[ \t]*(?=\r?\n))?$/gmu, ' ')
      .replace(/\/[ \t]*\r?\n\s*/gu, '/')
      .replace(/\s+/gu, ' ');
    const key0 = meta?.so_hieu ?? slug;
    for (const m of text.matchAll(ANY_ID)) {
      let e = laws.get(m[1]);
      if (!e) laws.set(m[1], (e = { id: m[1], kinds: {}, kindDocs: {}, names: {}, ambiguous: {}, dates: {}, otherDates: {}, effective: {}, cites: 0, written: 0, so: 0, writtenIn: new Set(), docs: new Map() }));
      e.written++;
      e.writtenIn.add(key0);
      if (/[sS]ố:? $/u.test(text.slice(Math.max(0, m.index - 5), m.index))) e.so++;
    }
    for (const m of text.matchAll(CITE)) {
      const [line, kindWord, rawName, id, d1, mo1, y1, d2, mo2, y2] = m;
      const [d, mo, y] = d1 ? [d1, mo1, y1] : [d2, mo2, y2];
      let name = (rawName ?? '').trim();
      // "Luật X và Nghị quyết 142/2024/QH15": the number is not a law's; another kind word stands
      // between "Luật" and it.
      if (/(?:^| )(?:Nghị quyết|Nghị định|Thông tư|Quyết định|Pháp lệnh|Hiến pháp)(?: |$)/u.test(name)) continue;
      // "Luật sửa đổi, bổ sung một số điều của Luật X" keeps its full name; a trailing "năm 2024"
      // or "(sửa đổi)" is part of how the text was cited, not the name.
      name = name.replace(/ năm$/u, '').replace(/,$/u, '');
      // "Luật Luật sư số 65/2006/QH11": the law's name begins with the word "Luật", which the
      // pattern takes as the kind word; read alone, the name was "sư".
      if (name && text.slice(Math.max(0, m.index - 5), m.index) === 'Luật ') name = `Luật ${name}`;
      // "Luật sửa đổi, bổ sung một số điều của Luật X số N" says nothing sure of N's name: N is the
      // amending law's in "… của Luật Bảo hiểm y tế số 46/2014/QH13", X's in the enacting formula
      // "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp số
      // 14/2008/QH12" (found in the re-read of 2026-12-01; the amending-law reading of the spot
      // check of 2026-12-17 had turned that into a disagreement). Such a citation names neither: it
      // is counted apart and the note says so.
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const amend = /Luật (sửa đổi(?:, bổ sung)? (?:một số điều của )?)$/u.exec(before);
      let ambiguous = null;
      if (amend && name) [ambiguous, name] = [`${amend[1]}${kindWord} ${name}`, ''];
      // "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, …, Luật Xử lý vi phạm hành chính
      // số 56/2024/QH15": the last of a list of amended laws is not the name of the number's law.
      // Such a citation gives no name (found in the spot check of 2026-12-01).
      const back = text.slice(Math.max(0, m.index - 600), m.index);
      const head = back.lastIndexOf('sửa đổi, bổ sung một số điều của ');
      // Its quote starts with the amending law's name, not at the last law of the list ("Luật Thuế
      // tiêu thụ đặc biệt số 09/2026/QH16" read as another law: spot check of 2026-12-20).
      let listLead = '';
      if (name && !amend && head >= 0 && /^(?:(?:Bộ luật|Luật) [^;:()“”"]+?(?:, | và ))+$/u.test(back.slice(head + 'sửa đổi, bổ sung một số điều của '.length))) {
        name = '';
        const at = Math.max(0, m.index - 600) + head;
        listLead = text.slice(text.slice(Math.max(0, at - 5), at) === 'Luật ' ? at - 5 : at, m.index);
      }
      const iso = d ? `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
      let e = laws.get(id);

      e.cites++;
      e.kinds[kindWord] = (e.kinds[kindWord] ?? 0) + 1;
      if (name) e.names[name] = (e.names[name] ?? 0) + 1;
      if (ambiguous) e.ambiguous[ambiguous] = (e.ambiguous[ambiguous] ?? 0) + 1;
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
      // The quote starts where the law's name starts: "Luật sửa đổi, bổ sung một số điều của Luật Bảo
      // hiểm y tế số 46/2014/QH13", not "Luật Bảo hiểm y tế số 46/2014/QH13" (which reads as another law).
      const lead = listLead || (amend ? amend[0] : /Luật $/u.test(text.slice(Math.max(0, m.index - 5), m.index)) ? 'Luật ' : '');
      const quoted = (lead + line).slice(0, 400);
      if (!doc) e.docs.set(key, { so_hieu: meta?.so_hieu ?? null, url: meta?.nguon_url ?? null, file: `${topic}/${f}`, line: quoted, dates: iso ? [iso] : [], names: new Set(), ambig: new Set() });
      const here = e.docs.get(key);
      if (name) here.names.add(fold(name));
      if (ambiguous) here.ambig.add(fold(ambiguous));
      if (doc && iso && !doc.dates.includes(iso)) {
        if (doc.dates.length === 0) doc.line = quoted;
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
  const src = (doc, what) => ({ title: `Công báo: ${doc.so_hieu}`, ...(doc.url ? { url: doc.url } : {}), note: `${what}: "${doc.line.slice(0, doc.line.length > 170 && /^Luật sửa đổi/u.test(doc.line) ? 400 : 170)}"` });
  // Which numbers each law name is cited with, plainly ("Luật Bảo hiểm y tế số 25/2008/QH12"):
  // "Luật sửa đổi … của Luật X số N" names the amending law when X is cited plainly with another
  // number and never with N (46/2014/QH13 and "Luật Bảo hiểm y tế" 25/2008/QH12).
  const plainIds = new Map();
  for (const x of laws.values()) for (const n of Object.keys(x.names)) (plainIds.get(fold(n)) ?? plainIds.set(fold(n), new Set()).get(fold(n))).add(x.id);
  const amendedName = (f) => fold(f.replace(/^sửa đổi(?:, bổ sung)?(?: một số điều)?(?: của)? (?:Bộ luật|Luật) /u, ''));
  const records = [];
  for (const e of rows) {
    if (skip.has(e.id)) continue;
    const [num, year, qh] = e.id.split('/');
    const term = ROMAN[Number(qh.slice(2))];
    const kindWord = Object.entries(e.kinds).sort((a, b) => b[1] - a[1])[0][0];
    if (kindWord === 'Hiến pháp') continue; // the Constitution is cited without a number; hand-written
    // Names: spelling variants of one name count together; the most frequent spelling that starts
    // with a capital is kept (titles are capitalised; "Luật khám bệnh, chữa bệnh" is a writer's).
    const names = { ...e.names };
    const resolved = {};
    const unresolved = {};
    for (const [f, c] of Object.entries(e.ambiguous)) {
      const ids = plainIds.get(amendedName(f)) ?? new Set();
      const others = [...ids].filter((i) => i !== e.id);
      if (!ids.has(e.id) && others.length) {
        resolved[f] = [c, others];
        names[f] = (names[f] ?? 0) + c;
      } else unresolved[f] = c;
    }
    const groups = new Map();
    for (const [n, c] of Object.entries(names)) {
      const k = fold(n);
      const g = groups.get(k) ?? { total: 0, forms: [] };
      g.total += c;
      g.forms.push([n, c]);
      groups.set(k, g);
    }
    const named = [...groups.values()].sort((a, b) => b.total - a.total);
    const allNamed = named.reduce((s, g) => s + g.total, 0);
    const best = named[0];
    const name = best && best.total >= 2 && best.total / allNamed >= 0.6 ? best.forms.sort((a, b) => Number(/^\p{Lu}/u.test(b[0])) - Number(/^\p{Lu}/u.test(a[0])) || b[1] - a[1])[0][0] : null;
    const docs = [...e.docs.values()];
    const withDate = (d) => docs.filter((x) => x.dates.includes(d));
    // The day most documents give first (not the one most citations give: a consolidated text can
    // repeat one line many times).
    const dates = Object.entries(e.dates).filter(([d]) => d.startsWith(year)).sort((a, b) => withDate(b[0]).length - withDate(a[0]).length || b[1] - a[1]);
    const withName = name ? docs.filter((x) => x.names.has(fold(name)) || (resolved[name] && x.ambig.has(fold(name)))) : [];
    // Sources: one document per witness first (consolidated texts together are one witness, see
    // below), so that the sources of a `confirmed` record show the two independent documents it
    // rests on; the spot check of 2026-12-19 found 17 confirmed records whose three sources were
    // all consolidated texts, one witness. Remaining places go to further documents in order.
    const witnessKey = (x) => (/VBHN|van-ban-hop-nhat/iu.test(x.so_hieu ?? x.file) ? 'VBHN' : x.so_hieu ?? x.file);
    const ordered = [...(dates.length ? withDate(dates[0][0]) : []), ...withName, ...docs];
    const chosen = [];
    const keys = new Set();
    for (const d of ordered) if (chosen.length < 3 && !keys.has(witnessKey(d))) { chosen.push(d); keys.add(witnessKey(d)); }
    for (const d of ordered) if (!chosen.includes(d) && chosen.length < 3) chosen.push(d);
    // A day is recorded only when two documents agree on it: one gazette line can be a slip (a
    // 2026 decision dates 59-NQ/TW "2024" once and "2025" twice).
    // Two documents that are both consolidated texts copy one preamble: one line, one witness (the
    // spot check of 2026-12-23 found 40/2009/QH12 dated by VBHN 04 and 06/VBHN-BYT, both quoting the
    // căn cứ of Thông tư 50/2017/TT-BYT), so the day needs two witnesses, not two documents.
    const dateDocs = dates.length ? withDate(dates[0][0]).length : 0;
    const dayWitnesses = dates.length ? new Set(withDate(dates[0][0]).map((x) => (/VBHN|van-ban-hop-nhat/iu.test(x.so_hieu ?? x.file) ? 'VBHN' : x.so_hieu ?? x.file))).size : 0;
    const r = { type: 'directive', id: e.id, kind: kindWord, number: num, symbol: qh, issuer: 'Quốc hội', date: dayWitnesses >= 2 ? dates[0][0] : year, term };
    if (name) r.name = name;
    r.sources = chosen.map((d) => src(d, 'citation'));
    // Consolidated texts copy the preambles of the texts they consolidate (VBHN 19, 22, 28/VBHN-VPQH
    // carry one list of laws word for word): together they are one witness, as in the gazette layer.
    // `confirmed` needs two witnesses; the counts in the note stay counts of documents.
    const witnesses = (ds) => new Set(ds.map(witnessKey)).size;
    const nameDocs = witnesses(withName);
    const dateWitnesses = dates.length ? witnesses(withDate(dates[0][0])) : 0;
    r.confidence = dates.length > 1 && dateDocs >= 2 ? 'conflict' : dateWitnesses >= 2 || nameDocs >= 2 ? 'confirmed' : 'reported';
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
    const seen = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `"${k}" ×${v}`).join(', ');
    const docsGiving = (d) => docs.filter((x) => x.dates.includes(d)).length;
    const ambiguousCount = Object.values(unresolved).reduce((s, c) => s + c, 0);
    const resolvedList = (vi) => Object.entries(resolved).map(([f, [c, ids]]) => `"${f}" ×${c}, ${vi ? '"Luật X" được trích với' : '"Luật X" being cited with'} ${ids.join(', ')}`).join('; ');
    const dayList = (ds, vi) => ds.map(([d]) => `${d} (${docsGiving(d)} ${vi ? 'văn bản' : docsGiving(d) === 1 ? 'document' : 'documents'})`).join(', ');
    const otherYear = Object.entries(e.dates).filter(([d]) => !d.startsWith(year));
    const eff = (vi) => Object.entries(e.effective).map(([d, ks]) => `${d} (${ks.map((k) => k.replace(/^Văn bản hợp nhất số /u, 'VBHN ')).join(', ')})`).join('; ');
    // Every sentence says what was counted and how (the spot checks of 2026-12-16 and -18 found
    // notes presenting partial counts as complete), in Vietnamese (`note`, shown in hovers) and
    // English (`noteEn`); scripts/verify-gazette-facts.mjs re-derives each sentence from the texts.
    const parts = [
      ['Lớp Công báo (scripts/mine-gazette-laws.mjs).', 'Gazette layer (scripts/mine-gazette-laws.mjs).'],
      [` Số hiệu xuất hiện ${e.written} lần trong ${e.writtenIn.size} văn bản Công báo, ${e.so} lần dạng "… số ${e.id}".`, ` The number occurs ${e.written} times in ${e.writtenIn.size} Công báo document${e.writtenIn.size === 1 ? '' : 's'}, ${e.so} of them as "… số ${e.id}".`],
      name
        ? [` Tên theo cách viết của ${best.total} trong ${allNamed} trích dẫn có ghi tên trước số hiệu (không phân biệt hoa thường, dấu${ambiguousCount ? '; không kể các dạng luật sửa đổi nêu dưới đây' : ''}).`, ` Name as ${best.total} of ${allNamed} citations that write a name before the number write it (case and diacritics aside${ambiguousCount ? '; the amending-law forms below aside' : ''}).`]
        : allNamed === 1
          ? [` Không ghi tên: chỉ một trích dẫn ghi tên trước số hiệu (${seen(names)})${ambiguousCount ? ', không kể các dạng luật sửa đổi nêu dưới đây' : ''}.`, ` Name left out: only one citation writes a name before the number (${seen(names)})${ambiguousCount ? ', the amending-law forms below aside' : ''}.`]
          : allNamed
            ? [` Không ghi tên: các trích dẫn không thống nhất (${seen(names)})${ambiguousCount ? ', không kể các dạng luật sửa đổi nêu dưới đây' : ''}.`, ` Name left out: the citations do not agree (${seen(names)})${ambiguousCount ? ', the amending-law forms below aside' : ''}.`]
            : ambiguousCount
              ? [' Không ghi tên: ngoài các trích dẫn nêu dưới đây, không trích dẫn nào ghi tên trước số hiệu.', ' Name left out: no citation but those below writes a name before the number.']
              : [' Không ghi tên: không trích dẫn nào ghi tên trước số hiệu.', ' Name left out: no citation writes a name before the number.'],
      Object.keys(resolved).length
        ? [` Đọc là tên luật sửa đổi (dạng "Luật sửa đổi … của Luật X số ${e.id}"): ${resolvedList(true)}.`, ` Read as the amending law's name (the form "Luật sửa đổi … của Luật X số ${e.id}"): ${resolvedList(false)}.`]
        : ['', ''],
      ambiguousCount
        ? [` Không tính là tên: ${ambiguousCount} trích dẫn dạng "Luật sửa đổi … của Luật X số ${e.id}", trong đó số hiệu có thể là của luật sửa đổi hoặc của Luật X (${seen(unresolved)}).`, ` Not counted as a name: ${ambiguousCount} citation${ambiguousCount === 1 ? '' : 's'} of the form "Luật sửa đổi … của Luật X số ${e.id}", where the number may be the amending law's or X's (${seen(unresolved)}).`]
        : ['', ''],
      dayWitnesses >= 2
        ? [` Ngày thông qua theo ${dateDocs} văn bản.`, ` Date passed as ${dateDocs} documents give it.`]
        : dateDocs >= 2
          ? [` Không ghi ngày: ${dateDocs} văn bản nêu ngày ${dates[0][0]} nhưng đều là văn bản hợp nhất, tính là một; năm lấy từ số hiệu.`, ` Day left out: ${dateDocs} documents give ${dates[0][0]}, all consolidated texts, one witness; the year is from the number.`]
        : dates.length === 1
          ? [` Không ghi ngày: chỉ một văn bản nêu ngày (${dates[0][0]}); năm lấy từ số hiệu.`, ` Day left out: only one document gives one (${dates[0][0]}); the year is from the number.`]
          : dates.length
            ? [` Không ghi ngày: không ngày nào được hai văn bản nêu (${dayList(dates, true)}); năm lấy từ số hiệu.`, ` Day left out: no day is given by two documents (${dayList(dates, false)}); the year is from the number.`]
            : [' Chỉ biết năm (lấy từ số hiệu).', ' Only the year is known (from the number).'],
      otherYear.length ? [` Ngày thuộc năm khác năm của số hiệu, không dùng: ${dayList(otherYear, true)}.`, ` Dates in another year than the number's, not used: ${dayList(otherYear, false)}.`] : ['', ''],
      kinds.length > 1 ? [` Từ chỉ loại khác nhau (${seen(e.kinds)}): giữ cả hai dưới dạng mâu thuẫn.`, ` Kind words differ (${seen(e.kinds)}): both kept as a conflict.`] : ['', ''],
      Object.keys(e.effective).length
        ? [` Ngày có hiệu lực theo trích dẫn (chỉ ghi ở đây, không thành trường): ${eff(true)}.`, ` Effective date as the citations state it (kept in this note, not as a field): ${eff(false)}.`]
        : [' Trích dẫn không nêu ngày có hiệu lực.', ' No effective date in the citations.'],
      r.confidence === 'confirmed'
        ? [' Độ tin cậy "confirmed": ít nhất hai văn bản độc lập (các văn bản hợp nhất tính là một) thống nhất về tên hoặc ngày.', ' Confidence "confirmed": two or more independent documents (consolidated texts count as one) agree on the name or the day.']
        : r.confidence === 'reported'
          ? [' Độ tin cậy "reported": không có hai văn bản độc lập (các văn bản hợp nhất tính là một) thống nhất về tên hoặc ngày.', ' Confidence "reported": no two independent documents (consolidated texts count as one) agree on the name or the day.']
          : ['', ''],
      [` Cơ quan ban hành và khóa ${term} suy ra từ ký hiệu ${qh}.`, ` Issuer and khóa (term) ${term} inferred from the symbol ${qh}.`],
      [' Không ghi hiệu lực hay văn bản thay thế: công cụ khai thác không đọc các thông tin này.', ' No status or replacement recorded: the miner does not read them.'],
    ];
    r.note = parts.map((x) => x[0]).join('');
    r.noteEn = parts.map((x) => x[1]).join('');
    records.push(r);
  }
  const lines = records.map((r) => '    ' + JSON.stringify(r));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, `{\n  "$schema": "../schema/corpus-file.schema.json",\n  "records": [\n${lines.join(',\n')}\n  ]\n}\n`);
  console.log(`${records.length} records written to ${out}`);
}
