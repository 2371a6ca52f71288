// The gazette-derived layer, as a function of a set of gazette documents (dev time only: used by
// scripts/build-gazette-layer.ts and bench/resolution.bench.ts, never by the product).
//
// The Công báo is the official record. Two kinds of statement in it are taken as facts about a
// state document:
//   - its own header (number, date, kind, issuer, subject), when the document is in the set;
//   - the date written with a citation of it ("Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9
//     năm 2022 …") when at least MIN_AGREE distinct gazette documents write the same full date
//     (all consolidated texts together counting as one: they copy their bases' preambles).
// A date cited by one document only is not a fact: it is counted as evidence, never recorded as
// the date nor as a conflicting value. Dates that two or more documents agree on but that differ
// from the chosen one are kept as conflicts with the documents that give them.

import { CorpusIndex, fold, idMatchKey, learnFromDocument, parseId, read, type Conflict, type DirectiveRecord } from '../server/src/core/index';

export interface GazetteDoc {
  /** "Nghị định số 200/2026/NĐ-CP", from index.json. */
  soHieu: string;
  url?: string;
  text: string;
}

export const MIN_AGREE = 2;
/** Sources named per record: enough to check, few enough to keep the .vsix small. */
const MAX_SOURCES = 3;

/** Issuers implied by a state symbol's issuer code, where one body alone uses the code. */
const ISSUER_BY_CODE: Record<string, string> = {
  CP: 'Chính phủ',
  TTG: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  CTN: 'Chủ tịch nước',
};

/**
 * The kind a state symbol's type code stands for. A citation whose kind word contradicts its
 * symbol ("Thông tư số 06/2024/NĐ-CP", repeated in two consolidated texts) says nothing reliable
 * about either document, so it is not counted.
 */
const KIND_BY_TYPE: Record<string, string> = {
  'NĐ': 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  'QĐ': 'Quyết định',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  CT: 'Chỉ thị',
  VBHN: 'Văn bản hợp nhất',
};

interface Observation {
  doc: GazetteDoc;
  date: string | null;
  kind: string | null;
  issuer: string | null;
}

interface Group {
  id: string;
  header: (Observation & { subject: string | null; body: string | null }) | null;
  cited: Observation[];
}

export interface LayerStats {
  documents: number;
  citations: number;
  distinctIds: number;
  records: number;
  fromHeader: number;
  fromCitations: number;
  skippedKnown: number;
  skippedOnce: number;
  skippedNoIssuer: number;
  conflicts: number;
}

/** A state id with its year ("62/2022/NĐ-CP") names one document; without ("16/CT-TTg") one per year. */
function groupKey(id: string, date: string | null): string {
  return /^[^/]+\/\d{4}\//u.test(id) ? idMatchKey(id) : `${idMatchKey(id)}|${date?.slice(0, 4) ?? '?'}`;
}

function majority(xs: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/**
 * Consolidated texts (văn bản hợp nhất) copy the preambles of the texts they consolidate, mistakes
 * included: "Luật thống kê số 85/2015/QH13 ngày 23 tháng 11 năm 2015" (Luật Thống kê is 89/2015)
 * stands in two of them. They are not independent witnesses, so all of them together count as one.
 */
function witness(d: GazetteDoc): string {
  return /VBHN|van-ban-hop-nhat/iu.test(d.soHieu) ? 'VBHN' : d.soHieu;
}

/**
 * Documents per value, one per witness (see `witness`). A consolidated text's căn cứ lines are
 * those of the texts it consolidates, copied: where one of those texts is itself among the
 * documents, the consolidated text adds no witness (the spot check of 2026-12-20 found records
 * whose two "agreeing" documents were a circular and its own consolidation).
 */
function docsBy(obs: Observation[], f: (o: Observation) => string | null, consolidates: Map<GazetteDoc, Set<string>>, ownKey: Map<GazetteDoc, string>): Map<string, GazetteDoc[]> {
  const all = new Map<string, GazetteDoc[]>();
  for (const o of obs) {
    const v = f(o);
    if (!v) continue;
    const list = all.get(v) ?? [];
    if (!list.includes(o.doc)) list.push(o.doc);
    all.set(v, list);
  }
  const m = new Map<string, GazetteDoc[]>();
  for (const [v, ds] of all) {
    const owns = new Set(ds.map((d) => ownKey.get(d)).filter((k): k is string => !!k));
    const kept = ds.find((d) => witness(d) === 'VBHN' && ![...(consolidates.get(d) ?? [])].some((k) => owns.has(k)));
    m.set(v, ds.filter((d) => witness(d) !== 'VBHN' || d === kept));
  }
  return m;
}

/**
 * The whole title under a gazette header. The header reader keeps at most four lines (enough for a
 * report's subject), but a gazette title can run to six ("Ngưng hiệu lực của Thông tư số 08/2022/…
 * và Thông tư số 10/2022/…"): recording the first four, or a fixed number of characters, made a
 * subject that stops mid-phrase, and citation-incomplete would insert it as the trích yếu (found
 * in the spot check of 2026-12-15). The lines after the header's subject are added while they
 * continue it: up to a blank line, a decoration, a "Căn cứ"/"Theo đề nghị"/"Kèm theo" line or a
 * line of words in capitals (the signer's title of a Quyết định; "13/2020/TT-BTC" alone
 * continues). When the header's subject cannot be found line for line, it is kept as read.
 */
export function wholeTitle(text: string, subject: string): string {
  const lines = text.split(/\r?\n/u).map((l) => l.replace(/^[\s*_#>|\\]+|[\s*_|\\]+$/gu, ''));
  // The header reader writes curly quotes straight; lines are compared without the difference and
  // the title is kept as the page writes it (13/2023/TT-BKHĐT's title, quoted, stopped at its
  // fourth line before this: found by scripts/verify-gazette-facts.mjs).
  const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const key = (s: string) => norm(s).replace(/[“”„‟"]/gu, '"');
  const want = key(subject);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] || !want.startsWith(key(lines[i]!))) continue;
    let got = '';
    let j = i;
    while (j < lines.length && lines[j] && key(`${got} ${lines[j]}`).length <= want.length && want.startsWith(key(`${got} ${lines[j]}`))) got = norm(`${got} ${lines[j++]}`);
    if (key(got) !== want) continue;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      // Case matters: "kèm theo Quyết định số 167/QĐ-TTg" continues a title, "(Kèm theo …)" opens an annex.
      if (!l || /^[\s*\-_–—]+$/u.test(l) || /^\(?(?:Kèm theo|Căn cứ|Theo đề nghị|Điều 1\b)/u.test(l) || (!/\p{Ll}/u.test(l) && /\p{Lu}{2,}\s+\p{Lu}/u.test(l))) break;
      got = norm(`${got} ${l}`);
    }
    return got;
  }
  return subject;
}

/**
 * The text citations are read from: one line, without the Công báo's running heads. A table row
 * ("Thông tư \nSố 03/2017/TT-BLĐTBXH \nngày 01/3/2017") or a page break between a number and its
 * date ("15/2022/TT-BKHĐT CÔNG BÁO/Số 271 + 272/Ngày 05-02-2025 13 ngày 30/6/2022") hid the date
 * from the reader, so documents that state it were not counted (scripts/verify-gazette-facts.mjs
 * found `evidence.agreeing` short on 13 records). Headers are still read line by line.
 */
export function citationText(text: string): string {
  return (
    text
      .replace(/\r/gu, '')
      // The running head with the blank lines around it: a page break is not a paragraph's end.
      .replace(/\s*(?:\d{1,4}[ \t]*\n\s*)?C?ÔNG BÁO ?\/ ?Số \d+(?: ?\+ ?\d+)?\/ ?Ngày \d{1,2}-\d{1,2}-\d{4}(?:\s*\n\s*\d{1,4}(?=\s*\n))?\s*/gu, ' ')
      // A blank line still ends a paragraph (the reader reads nothing across one); other breaks are spaces.
      .replace(/\n[ \t]*(?:\n[ \t]*)+/gu, '\u0000')
      .replace(/\s+/gu, ' ')
      .replace(/ ?\u0000 ?/gu, '\n\n')
      .replace(/(?<=\d\/) (?=\d{4}\b)/gu, '') // "ngày 30/6/ 2022"
  );
}

const src = (d: GazetteDoc, i: number) => ({ title: `Công báo: ${d.soHieu}`, ...(i === 0 && d.url ? { url: d.url } : {}) });

/**
 * Records for the state documents the set states facts about, leaving out those `known` already
 * resolves (the bundled corpus answers for them; a disagreement is for a person to read).
 */
export function buildGazetteLayer(docs: GazetteDoc[], known: CorpusIndex): { records: DirectiveRecord[]; stats: LayerStats } {
  const groups = new Map<string, Group>();
  const stats: LayerStats = { documents: docs.length, citations: 0, distinctIds: 0, records: 0, fromHeader: 0, fromCitations: 0, skippedKnown: 0, skippedOnce: 0, skippedNoIssuer: 0, conflicts: 0 };
  const group = (id: string, date: string | null) => {
    const k = groupKey(id, date);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { id, header: null, cited: [] }));
    return g;
  };
  // Each document's own number, and the numbers a consolidated text's header says it consolidates
  // (the words before its first căn cứ), for `docsBy`: number and year only, as a header can
  // mistype the symbol (VBHN 6660/VBHN-BLĐTBXH names its amending "Thông tư số 06/2024/NĐ-CP").
  const numYear = (id: string) => (/^[^/]+\/\d{4}\//u.test(id) ? id.split('/').slice(0, 2).join('/').replace(/^0+(?=\d)/u, '') : idMatchKey(id));
  const ownKey = new Map<GazetteDoc, string>();
  const consolidates = new Map<GazetteDoc, Set<string>>();
  for (const doc of docs) {
    const learned = learnFromDocument(doc.text, doc.soHieu);
    const h = learned.record;
    const own = h && /^[^-/]+\/(?:\d{4}\/)?[^/]*-/u.test(h.id) ? h : null; // state ids only
    if (own) ownKey.set(doc, numYear(own.id));
    if (witness(doc) === 'VBHN') {
      const flatText = citationText(doc.text);
      const cut = flatText.search(/Căn cứ|Theo đề nghị|Điều 1\./u);
      consolidates.set(doc, new Set(read(flatText.slice(0, cut > 0 ? cut : 3000)).citations.filter((c) => c.id).map((c) => numYear(c.id!))));
    }
    if (own) {
      const g = group(own.id, own.date ?? null);
      g.header ??= { doc, date: own.date && own.date.length === 10 ? own.date : null, kind: own.kind, issuer: null, subject: own.subject ? wholeTitle(doc.text, own.subject) : null, body: own.issuer || null };
    }
    for (const c of read(citationText(doc.text)).citations) {
      if (c.style !== 'state' || !c.id || !c.symbol) continue;
      const expected = c.typeCode ? KIND_BY_TYPE[c.typeCode] : undefined;
      // "Thông tư 17/2014/TTLT-…" names a joint circular by its family: not a contradiction (it was
      // dropped, and the record's `agreeing` came out one short of the documents stating the date).
      if (c.kindWritten && expected && c.kind && !fold(expected).startsWith(fold(c.kind))) continue;
      if (own && idMatchKey(c.id) === idMatchKey(own.id)) continue; // its own number
      stats.citations++;
      const date = c.date?.iso && c.date.year !== null ? c.date.iso : null;
      // The family word stands for the symbol's full kind ("Thông tư" of a TTLT is a joint circular).
      const kind = c.kindWritten ? (expected && c.kind && fold(expected) !== fold(c.kind) ? expected : c.kind) : null;
      group(c.id, date).cited.push({ doc, date, kind, issuer: c.issuer?.name ?? null });
    }
  }
  stats.distinctIds = groups.size;
  // A header names its body in capitals ("BỘ NỘI VỤ"); the same body as citations write it
  // ("Bộ Nội vụ") gives the record its name. Without one, the header's body is not used.
  const cased = new Map<string, string>();
  for (const g of groups.values()) for (const o of g.cited) if (o.issuer) cased.set(fold(o.issuer), o.issuer);
  // The body each code of a single-body symbol stands for, as citations write it ("TT-BTC" → "Bộ
  // Tài chính"): a joint text (TTLT-BLĐTBXH-BTC) is issued by all the bodies of its symbol, and its
  // record named only the first, the one a citation's reader takes (found in the 2026-12-01 re-read).
  const bodyVotes = new Map<string, (string | null)[]>();
  for (const g of groups.values()) {
    const parts = parseId(g.id)?.symbol?.split('-') ?? [];
    if (parts.length !== 2) continue;
    const c = parts[1]!.replace(/\d+$/u, '').toUpperCase();
    bodyVotes.set(c, [...(bodyVotes.get(c) ?? []), ...g.cited.map((o) => o.issuer)]);
  }
  const records: DirectiveRecord[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const parsed = parseId(g.id);
    if (!parsed?.number || !parsed.symbol) continue;
    const byDate = docsBy(g.cited, (o) => o.date, consolidates, ownKey);
    const agreed = [...byDate].filter(([, ds]) => ds.length >= MIN_AGREE).sort((a, b) => b[1].length - a[1].length);
    const date = g.header?.date ?? agreed[0]?.[0] ?? null;
    if (!date) {
      stats.skippedOnce++;
      continue;
    }
    // Does the bundled corpus already know it? Resolve the way a citation would.
    const probe = read(`${g.header?.kind ?? majority(g.cited.map((o) => o.kind)) ?? 'Văn bản'} số ${g.id} ngày ${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`).citations[0];
    if (probe && known.resolve(probe, { reportDate: '2099-12-31', province: null })) {
      stats.skippedKnown++;
      continue;
    }
    const code = (parsed.symbol.split('-').pop() ?? '').replace(/\d+$/u, '').toUpperCase();
    // The document's own header names its body; a citation's spelling of the same body ("Bộ Lao động
    // Thương binh và Xã hội", without the header's hyphen) is used only when none matches it.
    // A gazette page repeats the body above the header ("BỘ LAO ĐỘNG - … XÃ HỘI BỘ LAO ĐỘNG - …").
    const body = g.header?.body ? fold(g.header.body) : '';
    const once = body.slice(0, (body.length - 1) / 2);
    const headerBody = body ? (cased.get(body) ?? (body === `${once} ${once}` ? cased.get(once) : undefined)) : undefined;
    // Only where citations give an issuer: the documents whose header alone would name it are
    // still left out (skippedNoIssuer), as before — adding them is a change of its own.
    const cited = majority(g.cited.map((o) => o.issuer));
    const codes = parsed.symbol.split('-').slice(1).map((c) => c.replace(/\d+$/u, '').toUpperCase());
    const joint = codes.length > 1 ? codes.map((c) => majority(bodyVotes.get(c) ?? [])) : null;
    // A joint text whose bodies are not all known is left out rather than given one of them.
    const issuer = joint ? (joint.every(Boolean) ? joint.join(', ') : null) : ((cited && headerBody ? headerBody : cited) ?? ISSUER_BY_CODE[code] ?? (body ? cased.get(body) : undefined) ?? null);
    const kind = g.header?.kind ?? majority(g.cited.map((o) => o.kind));
    if (!issuer || !kind) {
      stats.skippedNoIssuer++;
      continue;
    }
    // Sources a reader opens first are those whose citation also names the issuer: a record listed
    // three documents that give the date but not the body it names (found by the verifier).
    const squash = (s: string) => fold(s).replace(/[\s\-–]+/gu, '');
    const saysIssuer = (d: GazetteDoc) => g.cited.some((o) => o.doc === d && o.date === date && o.issuer !== null && (joint ? squash(issuer).startsWith(squash(o.issuer)) : squash(o.issuer) === squash(issuer)));
    const dated = byDate.get(date) ?? [];
    const agreeing = [...dated.filter(saysIssuer), ...dated.filter((d) => !saysIssuer(d))];
    const disagreeing = g.cited.filter((o) => o.date && o.date !== date).length;
    const others = agreed.filter(([d]) => d !== date);
    const conflicts: Conflict[] = others.length
      ? [
          {
            field: 'date',
            values: [
              { value: date, sources: g.header ? [src(g.header.doc, 0)] : agreeing.slice(0, MAX_SOURCES).map(src) },
              ...others.map(([d, ds]) => ({ value: d, sources: ds.slice(0, MAX_SOURCES).map(src) })),
            ],
            note: g.header ? 'the header gives the first date; gazette documents citing it agree on the others' : 'gazette documents citing it agree on each of these dates',
          },
        ]
      : [];
    const sources = g.header ? [src(g.header.doc, 0)] : agreeing.slice(0, MAX_SOURCES).map(src);
    const record: DirectiveRecord = {
      type: 'directive',
      id: g.id,
      kind,
      number: parsed.number,
      symbol: parsed.symbol,
      issuer,
      date,
      ...(g.header?.subject ? { subject: g.header.subject } : {}),
      sources,
      confidence: conflicts.length ? 'conflict' : 'reported',
      ...(conflicts.length ? { conflicts } : {}),
      evidence: {
        ...(g.header ? { header: g.header.doc.soHieu } : {}),
        agreeing: agreeing.length,
        ...(disagreeing ? { disagreeing } : {}),
      },
    };
    if (conflicts.length) stats.conflicts++;
    if (g.header) stats.fromHeader++;
    else stats.fromCitations++;
    records.push(record);
  }
  stats.records = records.length;
  return { records, stats };
}

/** The layer file's text: 2-space header, one record a line (go-to-definition, small diffs). */
export function layerFileText(records: DirectiveRecord[]): string {
  return `{\n  "$schema": "../schema/corpus-file.schema.json",\n  "records": [\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}
