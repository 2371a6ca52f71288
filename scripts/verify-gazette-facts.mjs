// Independent check of the two generated record files against the Công báo text they claim to
// come from: corpus/laws/gazette.json (scripts/mine-gazette-laws.mjs) and corpus/gazette/state.json
// (scripts/build-gazette-layer.ts). Written apart from both generators, sharing none of their code
// (not the core reader either), so that a mistake in how they read the gazette is not repeated
// here: every field and every sentence of a note is re-derived from the texts and compared.
//
//   node scripts/verify-gazette-facts.mjs [--corpus DIR] [--verbose] [path/to/congbao]
//
// --corpus reads the two files from another corpus folder (the test checks that a changed copy
// is caught).
//
// Prints one line a mismatch (file#index id — claim — what the text says) and a summary; exits 1
// when there is a mismatch, 2 when the gazette folder is absent (reference material, not shipped).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const ROOT = new URL('..', import.meta.url).pathname;
const corpusAt = argv.indexOf('--corpus');
const CORPUS = corpusAt >= 0 ? argv[corpusAt + 1] : join(ROOT, 'corpus');
const CB = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--corpus') ?? join(ROOT, '..', 'shared', 'realdata', 'congbao');
if (!existsSync(join(CB, 'index.json'))) {
  console.error(`verify-gazette-facts: no gazette folder at ${CB}; nothing verified.`);
  process.exit(2);
}

// ---- The texts. A PDF line may break inside an id ("64/2008/\nQĐ-TTg"): a break after a slash is
// joined without a space, so is one after a symbol's hyphen ("TT-\nBLĐTBXH"); every other run of white space becomes one space. Markdown-ish marks
// some files carry around header lines are dropped.
// The Công báo's running head ("CÔNG BÁO/Số 271 + 272/Ngày 05-02-2025" and the page number) can
// stand between a number and its date: it is taken out, as a reader of the page skips it.
// A blank line ends a paragraph: it becomes " ¶ ", which no date, name or number pattern crosses
// (the product's reader reads nothing across one either); the running head goes with the blank
// lines around it, a page break not being a paragraph's end.
const flat = (s) => s.normalize('NFC').replace(/\r/gu, '').replace(/\s*^[ \t]*(?:\d{1,4}[ \t]*)?C?ÔNG BÁO[ \t]*\/[ \t]*Số[^\n]*\/[ \t]*Ngày[ \t]*[\d-]+[ \t]*(?:\n[ \t]*\d{1,4}[ \t]*(?=\n))?$\s*/gmu, ' ').replace(/\/[ \t]*\n[ \t]*/gu, '/').replace(/\n[ \t]*(?:\n[ \t]*)+/gu, ' ¶ ').replace(/(?<=[\p{Lu}\d])-[ \t]*\r?\n\s*(?=\p{Lu})/gu, '-').replace(/[*_#|\\]+/gu, ' ').replace(/\s+/gu, ' ').replace(/(?<=[\p{Lu}\d])- (?=\p{Lu})/gu, '-');
const low = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();
const index = JSON.parse(readFileSync(join(CB, 'index.json'), 'utf8'));
const meta = new Map(index.map((d) => [d.slug, d]));
/** key (the so_hieu of index.json) → { key, url, text } */
const docs = new Map();
for (const topic of readdirSync(join(CB, 'docs'))) {
  for (const f of readdirSync(join(CB, 'docs', topic))) {
    if (!f.endsWith('.txt')) continue;
    const m = meta.get(f.slice(0, -4));
    if (!m) continue; // not in index.json: no so_hieu to cite it by
    docs.set(m.so_hieu, { key: m.so_hieu, url: m.nguon_url, file: `${topic}/${f}`, text: flat(readFileSync(join(CB, 'docs', topic, f), 'utf8')) });
  }
}
const isConsolidated = (key) => /VBHN|van-ban-hop-nhat/iu.test(key);
// A consolidated text's header names the texts it consolidates ("Thông tư số 17/2022/TT-BLĐTBXH …,
// được sửa đổi, bổ sung bởi: Thông tư số 03/2023/TT-BLĐTBXH …"), and its căn cứ lines are theirs,
// copied: where one of them is among the documents writing a date, the consolidated text adds no
// witness (the spot check of 2026-12-20 found records resting on a text and its own consolidation).
const STATE_ID = /(?<![\p{L}\d/.-])(\d{1,4}[a-z]?\/(?:\d{4}\/)?\p{Lu}[\p{L}\d-]*[\p{L}\d])/gu;
// Number and year only: a header can mistype the symbol ("Thông tư số 06/2024/NĐ-CP" in VBHN 6660).
const idKey = (id) => (/^[^/]+\/\d{4}\//u.test(id) ? id.split('/').slice(0, 2).join('/').replace(/^0+(?=\d)/u, '') : low(id));
for (const d of docs.values()) {
  const no = /Số:? ?(\d{1,4}[a-z]?\/(?:\d{4}\/)?\p{Lu}[\p{L}\d-]*[\p{L}\d])/u.exec(d.text.slice(0, 2000));
  d.own = no ? idKey(no[1]) : null;
  if (isConsolidated(d.key)) {
    const cut = d.text.search(/Căn cứ|Theo đề nghị|Điều 1\./u);
    d.consolidates = new Set([...d.text.slice(0, cut > 0 ? cut : 3000).matchAll(STATE_ID)].map((m) => idKey(m[1])));
  }
}
/** Witnesses among documents: each plain document one; consolidated texts together one, none where a text they consolidate is there. */
function witnessCount(ds) {
  const set = [...new Set(ds)];
  const plain = set.filter((d) => !isConsolidated(d.key));
  const owns = new Set(plain.map((d) => d.own).filter(Boolean));
  const vb = set.filter((d) => isConsolidated(d.key) && ![...(d.consolidates ?? [])].some((k) => owns.has(k)));
  return plain.length + (vb.length ? 1 : 0);
}

const groupBy = (xs, f) => {
  const o = {};
  for (const x of xs) (o[f(x)] ??= []).push(x);
  return o;
};
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Every place the id is written, in any form, with what stands around it. */
function occurrences(id) {
  // "4/2023/NĐ-CP" and "04/2023/NĐ-CP" are one number: leading zeros are a writer's choice.
  const [num, ...rest] = id.split('/');
  const re = new RegExp(`(?<![\\p{L}\\d/.-])0*${esc(num.replace(/^0+(?=\d)/u, ''))}/${esc(rest.join('/'))}(?![\\d\\p{L}])`, 'giu');
  const out = [];
  for (const d of docs.values()) {
    for (const m of d.text.matchAll(re)) out.push({ doc: d, at: m.index, before: d.text.slice(Math.max(0, m.index - 400), m.index), after: d.text.slice(m.index + m[0].length, m.index + m[0].length + 200) });
  }
  return out;
}

const iso = (d, m, y) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The date written right after a cited number: "ngày 13 tháng 6 năm 2014", "ngày 13/6/2014". */
// "của Chính phủ ngày 02 tháng 3 năm 2025" counts too: the issuer can come first. A bare date
// after the number is not its date (a table's next column is the date it took effect).
function dateAfter(after) {
  const lead = /^,? ?(?:của (?:(?!trước |sau |từ |đến |kể |xong |có |hết )[^\s,;.()“”"\d]+ ){1,12}?)?(?:được )?(?:ban hành )?ngày /iu.exec(after);
  if (!lead) return null;
  const rest = after.slice(lead[0].length);
  const m = /^(\d{1,2}) ?tháng ?(\d{1,2}) ?năm ?(\d{4})(?!\d)/u.exec(rest) ?? /^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})(?!\d)/u.exec(rest);
  return m ? iso(m[1], m[2], m[3]) : null;
}

const KIND_WORDS = ['Bộ luật', 'Luật', 'Hiến pháp', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Thông tư liên tịch', 'Thông tư', 'Quyết định', 'Chỉ thị', 'Pháp lệnh', 'Lệnh', 'Văn bản hợp nhất', 'Kế hoạch', 'Công văn', 'Quy định', 'Kết luận', 'Thông báo', 'Hướng dẫn', 'Sắc lệnh'];
const KIND_AT_END = new RegExp(`(?:^|[^\\p{L}])(${KIND_WORDS.join('|')}) (?:số:? ?)?$`, 'iu');
/** The kind word written immediately before the number ("Nghị định số 40/…", "Luật 22/…"). */
const kindBefore = (before) => KIND_AT_END.exec(before)?.[1] ?? null;

// ---- Laws: the name written between the kind word and the number.
const LAW_WORD = /(?:^|[^\p{L}])(Bộ luật|Luật|BỘ LUẬT|LUẬT)(?= |$)/gu;
/**
 * What a citation of a law number says of it: the kind word, the name ('' when cited by number
 * only, null when the words before it are not a name: a list of laws one amending law amends),
 * and whether "số" stands before the number.
 */
function lawCitation(o) {
  const so = /số:? ?$/iu.test(o.before);
  const b = o.before.replace(/ ?số:? ?$/iu, '').replace(/ $/u, '');
  let last = null;
  for (const m of b.matchAll(LAW_WORD)) last = { at: m.index + m[0].length - m[1].length, word: m[1] };
  if (!last) return { so, kind: null, name: null };
  const words = b.slice(last.at + last.word.length).trim();
  // A name has no sentence punctuation and no figures, and is not long.
  if (/[;:()“”"0-9¶]|\.\s/u.test(words) || words.split(' ').length > 25) return { so, kind: null, name: null };
  // Another kind word between "Luật" and the number: the number is not that law's.
  if (/(?:^| )(?:Nghị quyết|Nghị định|Thông tư|Quyết định|Pháp lệnh|Hiến pháp|Chỉ thị)(?: |$)/iu.test(words)) return { so, kind: null, name: null };
  const kind = /^bộ/iu.test(last.word) ? 'Bộ luật' : 'Luật';
  const lead = b.slice(0, last.at);
  // "Luật sửa đổi, bổ sung một số điều của Luật X số N": N may be the amending law's (46/2014/QH13)
  // or X's ("Quốc hội ban hành Luật sửa đổi … của Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12"):
  // no name either way, kept apart.
  const amend = /(?:^|[^\p{L}])Luật (sửa đổi(?:, bổ sung)?(?: một số điều)?(?: của)?) $/iu.exec(lead);
  if (amend && words) return { so, kind: 'Luật', name: null, ambiguous: `${amend[1]} ${last.word} ${words}` };
  // "… một số điều của Luật A, Luật B và Luật C số N": C is one of the amended laws, not N's name.
  const of = lead.lastIndexOf('sửa đổi, bổ sung một số điều của ');
  if (of >= 0 && /^(?:(?:Bộ luật|Luật) [^;:()“”"]+?(?:, | và ))+$/u.test(lead.slice(of + 'sửa đổi, bổ sung một số điều của '.length))) return { so, kind: null, name: null };
  // "Luật Luật sư số …": the name itself begins with the word Luật.
  if (words && /(?:^|[^\p{L}])Luật $/u.test(lead)) return { so, kind, name: `Luật ${words}` };
  return { so, kind, name: words };
}

// ---- Reporting
const problems = [];
let claims = 0;
const bad = (where, claim, says) => problems.push(`${where} — ${claim} — the text: ${says}`);
const check = (ok, where, claim, says) => {
  claims++;
  if (!ok) bad(where, claim, typeof says === 'function' ? says() : says);
  return ok;
};
const load = (f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')).records;
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
const quote = (s) => s.replace(/\s+/gu, ' ').trim();

/** A source: titled "Công báo: <so_hieu>", its url the index's, its quoted line in its text. */
function checkSource(where, s, id) {
  const key = s.title.replace(/^Công báo: /u, '');
  const d = docs.get(key);
  if (!check(!!d, where, `source "${s.title}"`, 'no gazette document has that so_hieu')) return null;
  if (s.url) check(s.url === d.url, where, `source url ${s.url}`, `index.json gives ${d.url}`);
  check(new RegExp(`(?<![\\d/.-])0*${esc(id.replace(/^0+(?=\d)/u, ''))}(?!\\d)`, 'iu').test(d.text), where, `source ${key} cites ${id}`, 'the number is not in it');
  const q = /^citation: "(.*)"$/su.exec(s.note ?? '');
  if (s.note) check(!!q && d.text.includes(quote(q[1])), where, `source ${key} quotes "${s.note}"`, 'no such words in it');
  return d;
}

// =============================================================================================
// corpus/laws/gazette.json
const laws = load('laws/gazette.json');
// Law names cited plainly with each number, over every law number the texts write: an amending-law
// form "Luật sửa đổi … của Luật X số N" is N's name only when X is cited plainly with another
// number and never with N.
const zeroless = (id) => id.replace(/^0+(?=\d)/u, '');
const plainWith = new Map();
for (const d of docs.values()) {
  for (const m of d.text.matchAll(/(?<![\p{L}\d/.-])\d{1,3}\/\d{4}\/QH\d{1,2}(?![\d\p{L}])/gu)) {
    const c = lawCitation({ before: d.text.slice(Math.max(0, m.index - 400), m.index) });
    if (c.name) (plainWith.get(low(c.name)) ?? plainWith.set(low(c.name), new Set()).get(low(c.name))).add(zeroless(m[0]));
  }
}
const amendedOf = (f) => low(f.replace(/^sửa đổi(?:, bổ sung)?(?: một số điều)?(?: của)? (?:Bộ luật|Luật) /iu, ''));
for (const [i, r] of laws.entries()) {
  const where = `laws/gazette.json#${i} ${r.id}`;
  const [num, year, qh] = r.id.split('/');
  check(r.number === num && r.symbol === qh && /^QH\d+$/u.test(qh), where, 'number/symbol', `id ${r.id}`);
  check(r.issuer === 'Quốc hội', where, `issuer ${r.issuer}`, 'QH symbol: Quốc hội');
  check(r.term === ROMAN[Number(qh.slice(2))], where, `term ${r.term}`, `symbol ${qh}`);
  const occ = occurrences(r.id).map((o) => ({ ...o, ...lawCitation(o), date: dateAfter(o.after) }));
  for (const o of occ) {
    if (!o.ambiguous) continue;
    const ids = plainWith.get(amendedOf(o.ambiguous)) ?? new Set();
    const others = [...ids].filter((i) => i !== zeroless(r.id));
    if (!ids.has(zeroless(r.id)) && others.length) [o.name, o.resolved, o.ambiguous] = [o.ambiguous, others, null];
  }
  const docsOf = (xs) => new Set(xs.map((o) => o.doc.key));
  const nDocs = docsOf(occ).size;
  const withSo = occ.filter((o) => o.so);
  // Kind: the word written before the number, where one is.
  const kinds = {};
  for (const o of occ) if (o.kind) kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
  const kindList = Object.entries(kinds).sort((a, b) => b[1] - a[1]);
  check(kindList.length > 0 && kindList[0][0] === r.kind, where, `kind ${r.kind}`, () => JSON.stringify(kinds));
  const kc = (r.conflicts ?? []).find((c) => c.field === 'kind');
  check(kindList.length < 2 || (kc && kindList.every(([k]) => kc.values.some((v) => v.value === k))), where, 'kind conflict kept', () => JSON.stringify(kinds));
  if (kc) for (const v of kc.values) for (const s of v.sources) {
    const d = checkSource(where, s, r.id);
    if (d) check(occ.some((o) => o.doc === d && o.kind === v.value), where, `kind ${v.value} in ${d.key}`, 'not written there');
  }
  // Names, case and diacritics aside.
  const named = occ.filter((o) => o.name);
  const ambiguous = occ.filter((o) => o.ambiguous);
  const sameName = r.name ? named.filter((o) => low(o.name) === low(r.name)) : [];
  if (r.name) {
    check(sameName.length >= 2 && sameName.length / named.length >= 0.6, where, `name ${r.name}`, `${sameName.length} of ${named.length} naming citations`);
    // Its spelling: the most frequent of those that fold to it.
    const sp = {};
    for (const o of sameName) sp[o.name] = (sp[o.name] ?? 0) + 1;
    // Titles are capitalised: a capitalised spelling first, the most frequent of them.
    const cap = (x) => Number(/^\p{Lu}/u.test(x));
    const top = Object.entries(sp).sort((a, b) => cap(b[0]) - cap(a[0]) || b[1] - a[1])[0];
    check(top && top[0] === r.name, where, `name spelled "${r.name}"`, () => JSON.stringify(sp));
  }
  // Dates: per document, the dates written after the number.
  const dated = occ.filter((o) => o.date);
  const docsGiving = (d) => docsOf(dated.filter((o) => o.date === d)).size;
  const inYear = dated.filter((o) => o.date.startsWith(year));
  // The day needs two witnesses: two consolidated texts copy one preamble (spot check 2026-12-23).
  const dayWitnesses = (d) => witnessCount(dated.filter((o) => o.date === d).map((o) => o.doc));
  if (r.date.length === 10) check(docsGiving(r.date) >= 2 && dayWitnesses(r.date) >= 2, where, `date ${r.date}`, `${docsGiving(r.date)} documents write it, ${dayWitnesses(r.date)} witness(es)`);
  else check(r.date === year && docsOf(inYear).size <= 1 || r.date === year && Object.keys(groupBy(inYear, (o) => o.date)).length > 1 || r.date === year && inYear.every((o) => dayWitnesses(o.date) < 2), where, `date ${r.date} (year only)`, () => `dates written: ${JSON.stringify(Object.fromEntries(Object.entries(groupBy(dated, (o) => o.date)).map(([k, v]) => [k, docsOf(v).size])))}`);
  const dc = (r.conflicts ?? []).find((c) => c.field === 'date');
  if (dc) for (const v of dc.values) for (const s of v.sources) {
    const d = checkSource(where, s, r.id);
    if (d) check(dated.some((o) => o.doc === d && o.date === v.value), where, `date ${v.value} in ${d.key}`, 'not written there');
  }
  for (const s of r.sources) {
    const d = checkSource(where, s, r.id);
    // A quote that starts inside a list of laws an amending law amends ("… của Luật A, Luật B và
    // Luật C số N") reads as law C's: it must start with the amending law (spot check 2026-12-20).
    const q = /^citation: "(.*)"$/su.exec(s.note ?? '');
    const at = d && q ? d.text.indexOf(quote(q[1])) : -1;
    if (at >= 0 && !/^(?:Bộ luật|Luật) số/u.test(q[1])) check(!/sửa đổi, bổ sung một số điều của (?:(?:Bộ luật|Luật) [^;:()“”"\d]+?(?:, | và ))+$/u.test(d.text.slice(Math.max(0, at - 600), at)), where, `source ${d.key} quote starts with the law cited`, 'it starts inside a list of amended laws');
  }
  // Confidence: confirmed when two independent documents agree on the day or the name; consolidated
  // texts copy their bases' preambles, so all of them together are one witness, and none beside a
  // text they consolidate (witnessCount).
  const witnessesOf = (xs) => witnessCount(xs.map((o) => o.doc));
  const agree = (r.date.length === 10 ? witnessesOf(dated.filter((o) => o.date === r.date)) : 0) >= 2 || witnessesOf(sameName) >= 2;
  const want = r.conflicts?.length ? 'conflict' : agree ? 'confirmed' : 'reported';
  check(r.confidence === want, where, `confidence ${r.confidence}`, `expected ${want}`);
  // A confirmed record's own sources show two witnesses: the spot check of 2026-12-19 found
  // confirmed records whose three sources were all consolidated texts, one witness.
  const sourceWitnesses = new Set(r.sources.map((s) => (isConsolidated(s.title) ? 'VBHN' : s.title))).size;
  if (r.confidence === 'confirmed') check(sourceWitnesses >= 2, where, `sources of a confirmed record: ${sourceWitnesses} independent document(s)`, 'two are needed (consolidated texts count as one)');

  // ---- The note, sentence by sentence. Each sentence the verifier knows is checked; a sentence
  // it does not know is itself a mismatch (a claim nobody checked).
  const sentences = { en: r.noteEn ?? r.note, vi: r.noteEn ? r.note : null };
  check(!!r.noteEn && !!r.note && r.note !== r.noteEn, where, 'note in Vietnamese with noteEn beside', 'one note only');
  const en = sentences.en ?? '';
  const known = [];
  const claim = (re, f) => {
    const m = re.exec(en);
    if (m) known.push(m[0]);
    return m ? f(m) : null;
  };
  const has = (re, what, ok, says) => {
    const m = re.exec(en);
    if (m) known.push(m[0]);
    check(!!m, where, `note says ${what}`, 'the note does not');
    if (m) check(ok(m), where, `note "${m[0]}"`, says);
  };
  has(/^Gazette layer \(scripts\/mine-gazette-laws\.mjs\)\./u, 'where it comes from', () => true, '');
  has(/ The number occurs (\d+) times in (\d+) Công báo documents?, (\d+) of them as "… số [^"]+"\./u, 'the count of citations', (m) => +m[1] === occ.length && +m[2] === nDocs && +m[3] === withSo.length, `${occ.length} times in ${nDocs} documents, ${withSo.length} with "số"`);
  claim(/ Name as (\d+) of (\d+) citations that write a name before the number write it \(case and diacritics aside(; the amending-law forms below aside)?\)\./u, (m) => check(+m[1] === sameName.length && +m[2] === named.length && !!r.name && !!m[3] === ambiguous.length > 0, where, `note "${m[0]}"`, `${sameName.length} of ${named.length}`));
  claim(/ Name left out: (?:only one citation writes a name before the number|the citations do not agree) \((.*?)\)(, the amending-law forms below aside)?\./u, (m) => {
    check(!!m[2] === ambiguous.length > 0, where, `note "${m[0]}" on the amending-law forms`, `${ambiguous.length} such forms`);
    const forms = {};
    for (const o of named) forms[o.name] = (forms[o.name] ?? 0) + 1;
    const shown = [...m[1].matchAll(/"([^"]+)" ×(\d+)/gu)];
    check(!r.name && shown.every(([, n, c]) => forms[n] === +c), where, `note "${m[0]}"`, JSON.stringify(forms));
  });
  claim(/ Name left out: no citation writes a name before the number\./u, (m) => check(!r.name && named.length === 0 && ambiguous.length === 0, where, `note "${m[0]}"`, `${named.length} citations name it, ${ambiguous.length} amending-law forms`));
  claim(/ Name left out: no citation but those below writes a name before the number\./u, (m) => check(!r.name && named.length === 0 && ambiguous.length > 0, where, `note "${m[0]}"`, `${named.length} citations name it`));
  claim(/ Not counted as a name: (\d+) citations? of the form "Luật sửa đổi … của Luật X số [^"]+", where the number may be the amending law's or X's \((.*)\)\.(?= )/u, (m) => {
    const forms = {};
    for (const o of ambiguous) forms[o.ambiguous] = (forms[o.ambiguous] ?? 0) + 1;
    const shown = [...m[2].matchAll(/"([^"]+)" ×(\d+)/gu)];
    check(+m[1] === ambiguous.length && shown.length === Object.keys(forms).length && shown.every(([, n, c]) => forms[n] === +c), where, `note "${m[0]}"`, JSON.stringify(forms));
  });
  claim(/ Read as the amending law's name \(the form "Luật sửa đổi … của Luật X số [^"]+"\): (.*?)\.(?= )/u, (m) => {
    const got = [...m[1].matchAll(/"([^"]+)" ×(\d+), "Luật X" being cited with ([^;]+)/gu)];
    const want = {};
    for (const o of occ.filter((x) => x.resolved)) want[o.name] = [(want[o.name]?.[0] ?? 0) + 1, o.resolved];
    check(got.length === Object.keys(want).length && got.every(([, f, c, ids]) => want[f]?.[0] === +c && ids.split(', ').every((i) => want[f][1].includes(zeroless(i)))), where, `note "${m[0]}"`, JSON.stringify(want));
  });
  check(!occ.some((o) => o.resolved) || /Read as the amending law's name/u.test(en), where, 'note says which amending-law forms were read as its name', 'it does not');
  check(ambiguous.length === 0 || /Not counted as a name/u.test(en), where, 'note mentions the amending-law forms', () => JSON.stringify(ambiguous.map((o) => o.ambiguous)));
  check(!!(r.name ? /Name as/u.test(en) : /Name left out/u.test(en)), where, 'note speaks of the name', 'no sentence on it');
  claim(/ Date passed as (\d+) documents give it\./u, (m) => check(r.date.length === 10 && +m[1] === docsGiving(r.date), where, `note "${m[0]}"`, `${docsGiving(r.date)} documents`));
  claim(/ Day left out: only one document gives one \((\d{4}-\d\d-\d\d)\); the year is from the number\./u, (m) => check(r.date === year && docsOf(inYear).size === 1 && docsGiving(m[1]) === 1, where, `note "${m[0]}"`, `${docsOf(inYear).size} documents give a day`));
  claim(/ Day left out: (\d+) documents give (\d{4}-\d\d-\d\d), all consolidated texts, one witness; the year is from the number\./u, (m) => check(r.date === year && docsGiving(m[2]) === +m[1] && +m[1] >= 2 && dayWitnesses(m[2]) < 2 && dated.filter((o) => o.date === m[2]).every((o) => isConsolidated(o.doc.key)), where, `note "${m[0]}"`, `${docsGiving(m[2])} documents, ${dayWitnesses(m[2])} witness(es)`));
  claim(/ Only the year is known \(from the number\)\./u, (m) => check(r.date === year && inYear.length === 0, where, `note "${m[0]}"`, `${inYear.length} dated citations`));
  claim(/ Dates in another year than the number's, not used: ([^.]*)\./u, (m) => {
    const other = dated.filter((o) => !o.date.startsWith(year));
    check([...m[1].matchAll(/(\d{4}-\d\d-\d\d) \((\d+) documents?\)/gu)].every(([, d, n]) => docsGiving(d) === +n && !d.startsWith(year)) && new Set(other.map((o) => o.date)).size === [...m[1].matchAll(/\d{4}-\d\d-\d\d/gu)].length, where, `note "${m[0]}"`, JSON.stringify(other.map((o) => o.date)));
  });
  const otherYear = dated.filter((o) => !o.date.startsWith(year));
  check(otherYear.length === 0 || /another year/u.test(en), where, 'note mentions dates of another year', () => JSON.stringify(otherYear.map((o) => `${o.doc.key}: ${o.date}`)));
  claim(/ Confidence "(confirmed|reported)": (?:two or more|no two) independent documents \(consolidated texts count as one\) agree on the name or the day\./u, (m) =>
    check(m[1] === r.confidence && (m[0].includes('two or more') === agree), where, `note "${m[0]}"`, `confidence ${want}`));
  check(r.confidence === 'conflict' || /Confidence "/u.test(en), where, 'note says why the confidence', 'it does not');
  claim(/ Kind words differ \(([^)]*)\): both kept as a conflict\./u, (m) => check(kindList.length > 1 && [...m[1].matchAll(/"([^"]+)" ×(\d+)/gu)].every(([, k, c]) => kinds[k] === +c), where, `note "${m[0]}"`, JSON.stringify(kinds)));
  // Effective dates: "… số N ngày …, có hiệu lực (thi hành) (kể) từ ngày D".
  const eff = {};
  for (const o of occ) {
    const m = /^(?:,? ?(?:được )?(?:ban hành )?ngày [^,;]{6,25}?)?(?: của Quốc hội)?,? có hiệu lực (?:thi hành )?(?:kể )?từ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(o.after);
    if (m) (eff[iso(m[1], m[2], m[3])] ??= new Set()).add(o.doc.key);
  }
  claim(/ Effective date as the citations state it \(kept in this note, not as a field\): (.*?)\.(?= |$)/u, (m) => {
    const got = [...m[1].matchAll(/(\d{4}-\d\d-\d\d) \(([^)]*)\)/gu)];
    const ok = got.length === Object.keys(eff).length && got.every(([, d, ks]) => eff[d] && ks.split(', ').length === eff[d].size && ks.split(', ').every((k) => eff[d].has(k.replace(/^VBHN /u, 'Văn bản hợp nhất số '))));
    check(ok, where, `note "${m[0]}"`, JSON.stringify(Object.fromEntries(Object.entries(eff).map(([k, v]) => [k, [...v]]))));
  });
  claim(/ No effective date in the citations\./u, (m) => check(Object.keys(eff).length === 0, where, `note "${m[0]}"`, JSON.stringify(Object.keys(eff))));
  has(/ Issuer and khóa \(term\) ([IVX]+) inferred from the symbol (QH\d+)\./u, 'where issuer and term come from', (m) => m[1] === r.term && m[2] === qh, `${qh} → ${ROMAN[Number(qh.slice(2))]}`);
  has(/ No status or replacement recorded: the miner does not read them\.$/u, 'that status is not recorded', () => !r.status && !r.replacedBy && !r.effective, 'the record has one');
  // Every sentence accounted for.
  let rest = en;
  for (const k of known) rest = rest.replace(k, '');
  check(rest.trim() === '', where, 'every note sentence verified', `unchecked: "${rest.trim()}"`);
  // The Vietnamese note carries the same figures.
  if (r.noteEn) {
    const figs = (s) => (s.match(/\d[\d/.-]*/gu) ?? []).sort().join(' ');
    check(figs(r.note) === figs(r.noteEn), where, 'note and noteEn give the same figures', `${figs(r.note)} | ${figs(r.noteEn)}`);
  }
}

// =============================================================================================
// corpus/gazette/state.json
const CODE_ISSUER = { CP: 'Chính phủ', TTG: 'Thủ tướng Chính phủ', QH: 'Quốc hội', UBTVQH: 'Ủy ban Thường vụ Quốc hội', CTN: 'Chủ tịch nước' };
const CODE_KIND = { 'NĐ': 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', 'QĐ': 'Quyết định', NQ: 'Nghị quyết', NQLT: 'Nghị quyết liên tịch', CT: 'Chỉ thị', VBHN: 'Văn bản hợp nhất' };
const state = load('gazette/state.json');
for (const [i, r] of state.entries()) {
  const where = `gazette/state.json#${i} ${r.id}`;
  check(r.id === `${r.number}/${r.symbol}` || r.id.startsWith(`${r.number}/`) && r.id.endsWith(`/${r.symbol}`), where, 'number/symbol', r.id);
  const typeCode = r.symbol.split('-')[0];
  const code = (r.symbol.split('-').pop() ?? '').replace(/\d+$/u, '').toUpperCase();
  const withYear = /^[^/]+\/\d{4}\//u.test(r.id);
  if (withYear) check(r.date.startsWith(r.id.split('/')[1]), where, `date ${r.date}`, `the number's year is ${r.id.split('/')[1]}`);
  const h = r.evidence?.header;
  // Citations of it by other documents (its own header excluded); an id without a year names one
  // document a year, so only citations dated in the record's year are its.
  const occ = occurrences(r.id)
    .map((o) => ({ ...o, date: dateAfter(o.after), kind: kindBefore(o.before) }))
    .filter((o) => o.doc.key !== h && !(new RegExp(`^(?:${KIND_WORDS.join('|')}) số:? ?$`, 'iu').test(o.doc.key.slice(0, -r.id.length)) && o.doc.key.endsWith(r.id)))
    .filter((o) => withYear || (o.date ?? '').startsWith(r.date.slice(0, 4)));
  if (h) {
    const d = docs.get(h);
    if (!check(!!d, where, `header ${h}`, 'no such document')) continue;
    const t = d.text;
    const so = new RegExp(`Số: ?${esc(r.id)}(?![\\d\\p{L}])`, 'iu').exec(t);
    if (!check(!!so, where, `header of ${h} numbers it ${r.id}`, () => `"${t.slice(0, 400)}"`)) continue;
    const head = t.slice(Math.max(0, so.index - 400), so.index + 2500);
    const dm = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(t.slice(so.index, so.index + 300));
    check(!!dm && iso(dm[1], dm[2], dm[3]) === r.date, where, `date ${r.date}`, () => (dm ? dm[0] : 'no date after the number'));
    const KIND_UP = r.kind.toUpperCase();
    const kAt = t.indexOf(` ${KIND_UP} `, so.index);
    check(kAt > 0 && kAt - so.index < 400, where, `kind ${r.kind}`, () => `"${t.slice(so.index, so.index + 200)}"`);
    check(low(t.slice(Math.max(0, so.index - 600), so.index)).includes(low(r.issuer)) || (CODE_ISSUER[code] && low(t.slice(Math.max(0, so.index - 600), so.index)).includes(low(CODE_ISSUER[code]))), where, `issuer ${r.issuer}`, () => `"${t.slice(Math.max(0, so.index - 200), so.index)}"`);
    if (r.subject) {
      // The title: right after the kind word in capitals, and whole (what follows is not more of it).
      let at = kAt > 0 ? kAt + KIND_UP.length + 2 : -1;
      while (at > 0 && t.startsWith('¶ ', at)) at += 2; // a blank line between the kind word and the title
      const got = at > 0 ? t.slice(at, at + r.subject.length) : '';
      check(got === r.subject, where, `subject "${r.subject}"`, () => `"${t.slice(at, at + r.subject.length + 40)}"`);
      const next = t.slice(at + r.subject.length, at + r.subject.length + 60).replace(/^(?:\s*¶)+/u, '').trim();
      // What may follow a whole title: the preamble, the first article, a decoration line, the
      // signer's title in capitals, the gazette's signature stamp, a Chỉ thị's first sentence, or
      // (in a consolidated text) the line that names the text it consolidates.
      check(next === '' || /^(?:Căn cứ|Theo đề nghị|Theo|Kèm theo|\(Kèm theo|Điều 1|Chương I|Phần|Ký bởi|Thực hiện|[–—_-]{3,}|(?:Nghị định|Thông tư|Quyết định|Nghị quyết)(?: liên tịch)? số|\p{Lu}{2,}(?: \p{Lu}{2,}){1,})/u.test(next), where, `subject "${r.subject.slice(0, 40)}…" whole`, `continues: "${next}"`);
    } else check(false, where, 'subject of a header record', 'the header has a title; the record gives none');
  } else {
    check(!r.subject, where, 'subject without a header', 'no header read');
    const cited = occ.filter((o) => o.kind || true);
    // Kind: a citation writes it, or the type code implies it.
    check(cited.some((o) => o.kind && low(o.kind) === low(r.kind)) || CODE_KIND[typeCode.toUpperCase()] === r.kind || CODE_KIND[typeCode] === r.kind, where, `kind ${r.kind}`, () => JSON.stringify([...new Set(cited.map((o) => o.kind))]));
    // Issuer: written after a citation ("của Bộ trưởng Bộ X", "của Chính phủ"), or implied by the code.
    const squash = (s) => low(s).replace(/[\s\-–]+/gu, '');
    const says = (o, n) => r.issuer.split(', ').every((b) => squash(o.after.slice(0, n)).includes(squash(b)));
    check(CODE_ISSUER[code] === r.issuer || cited.some((o) => says(o, 260)), where, `issuer ${r.issuer}`, () => `"${cited[0]?.after.slice(0, 120)}"`);
    // A reader opens the record's own sources: one of them must show the kind and the issuer.
    const mine = cited.filter((o) => r.sources.some((s) => s.title === `Công báo: ${o.doc.key}`));
    check(CODE_KIND[typeCode] === r.kind || mine.some((o) => o.kind && low(r.kind).startsWith(low(o.kind))), where, `kind ${r.kind} in a listed source`, () => JSON.stringify(mine.map((o) => o.kind)));
    // A joint text (TTLT-BLĐTBXH-BTC): one body a code, each written after a citation in a listed source.
    const bodies = r.issuer.split(', ');
    const codes = r.symbol.split('-').slice(1);
    if (codes.length > 1) check(bodies.length === codes.length && mine.some((o) => says(o, 260)), where, `issuers ${r.issuer} (one a code of ${r.symbol})`, () => JSON.stringify(mine.map((o) => o.after.slice(0, 160))));
    else check(CODE_ISSUER[code] === r.issuer || mine.some((o) => squash(o.after.slice(0, 180)).includes(squash(r.issuer))), where, `issuer ${r.issuer} in a listed source`, () => JSON.stringify(mine.map((o) => o.after.slice(0, 100))));
  }
  // Dates written by the documents citing it, counted as witnesses (see witnessCount).
  const witnesses = (date) => witnessCount(occ.filter((o) => o.date === date).map((o) => o.doc));
  check(!!h || witnesses(r.date) >= 2, where, `date ${r.date}`, () => `${witnesses(r.date)} documents write it; dates written: ${JSON.stringify(occ.map((o) => o.date))}`);
  check(r.evidence.agreeing === witnesses(r.date), where, `evidence.agreeing ${r.evidence.agreeing}`, () => `${witnesses(r.date)} (${[...new Set(occ.filter((o) => o.date === r.date).map((o) => o.doc.key))].join('; ')})`);
  const disagreeing = occ.filter((o) => o.date && o.date !== r.date).length;
  check((r.evidence.disagreeing ?? 0) === disagreeing, where, `evidence.disagreeing ${r.evidence.disagreeing ?? 0}`, () => `${disagreeing}: ${JSON.stringify(occ.filter((o) => o.date && o.date !== r.date).map((o) => `${o.doc.key} ${o.date}`))}`);
  // Sources: the header, else documents citing it with the recorded date.
  for (const s of r.sources) {
    const d = checkSource(where, s, r.id);
    if (d && !h) check(occ.some((o) => o.doc === d && o.date === r.date), where, `source ${d.key} gives ${r.date}`, 'it does not');
    if (d && h) check(d.key === h, where, `source ${d.key}`, 'not the header document');
  }
  const dc = (r.conflicts ?? []).find((c) => c.field === 'date');
  if (dc) for (const v of dc.values) for (const s of v.sources) {
    const d = checkSource(where, s, r.id);
    if (d && d.key !== h) check(occ.some((o) => o.doc === d && o.date === v.value), where, `conflict date ${v.value} in ${d.key}`, 'not written there');
  }
  const others = [...new Set(occ.map((o) => o.date).filter((x) => x && x !== r.date && witnesses(x) >= 2))];
  check(others.every((x) => dc?.values.some((v) => v.value === x)), where, 'conflicting dates kept', () => JSON.stringify(others));
  check(r.confidence === (r.conflicts?.length ? 'conflict' : 'reported'), where, `confidence ${r.confidence}`, 'generated: reported, or conflict');
  check(!r.status && !r.note, where, 'no status, no note', 'the record has one');
}

for (const p of problems) console.log(p);
console.log(`verify-gazette-facts: ${laws.length} law records, ${state.length} state records, ${claims} claims checked, ${problems.length} mismatches (${docs.size} gazette documents).`);
if (verbose) console.log(CB);
process.exit(problems.length ? 1 : 0);
