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

/** Documents per value, at most one consolidated text among them (see `witness`). */
function docsBy(obs: Observation[], f: (o: Observation) => string | null): Map<string, GazetteDoc[]> {
  const m = new Map<string, GazetteDoc[]>();
  for (const o of obs) {
    const v = f(o);
    if (!v) continue;
    const list = m.get(v) ?? [];
    if (!list.some((d) => witness(d) === witness(o.doc))) list.push(o.doc);
    m.set(v, list);
  }
  return m;
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
  for (const doc of docs) {
    const learned = learnFromDocument(doc.text, doc.soHieu);
    const h = learned.record;
    const own = h && /^[^-/]+\/(?:\d{4}\/)?[^/]*-/u.test(h.id) ? h : null; // state ids only
    if (own) {
      const g = group(own.id, own.date ?? null);
      g.header ??= { doc, date: own.date && own.date.length === 10 ? own.date : null, kind: own.kind, issuer: null, subject: own.subject ?? null, body: own.issuer || null };
    }
    for (const c of read(doc.text).citations) {
      if (c.style !== 'state' || !c.id || !c.symbol) continue;
      const expected = c.typeCode ? KIND_BY_TYPE[c.typeCode] : undefined;
      if (c.kindWritten && expected && c.kind && fold(c.kind) !== fold(expected)) continue;
      if (own && idMatchKey(c.id) === idMatchKey(own.id)) continue; // its own number
      stats.citations++;
      const date = c.date?.iso && c.date.year !== null ? c.date.iso : null;
      group(c.id, date).cited.push({ doc, date, kind: c.kindWritten ? c.kind : null, issuer: c.issuer?.name ?? null });
    }
  }
  stats.distinctIds = groups.size;
  // A header names its body in capitals ("BỘ NỘI VỤ"); the same body as citations write it
  // ("Bộ Nội vụ") gives the record its name. Without one, the header's body is not used.
  const cased = new Map<string, string>();
  for (const g of groups.values()) for (const o of g.cited) if (o.issuer) cased.set(fold(o.issuer), o.issuer);
  const records: DirectiveRecord[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const parsed = parseId(g.id);
    if (!parsed?.number || !parsed.symbol) continue;
    const byDate = docsBy(g.cited, (o) => o.date);
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
    const issuer = majority(g.cited.map((o) => o.issuer)) ?? ISSUER_BY_CODE[code] ?? (g.header?.body ? cased.get(fold(g.header.body)) : undefined) ?? null;
    const kind = g.header?.kind ?? majority(g.cited.map((o) => o.kind));
    if (!issuer || !kind) {
      stats.skippedNoIssuer++;
      continue;
    }
    const agreeing = byDate.get(date) ?? [];
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
      ...(g.header?.subject ? { subject: g.header.subject.slice(0, 240) } : {}),
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
