// How a record reads to a writer: the customary citation, its status at the report's date and a
// Markdown card with its facts and sources. Shared by hover, completion and lookup, so a record
// looks the same wherever it shows. Facts come from the record only; when the corpus does not
// know something (the replacement's date, the status), the text says so instead of guessing.

import { sourceName } from '../corpus/sources';
import type { CorpusIndex, DirectiveEntry, Evidence } from '../corpus/corpus-index';
import { differingFields, idMatchKey } from '../corpus/corpus-index';
import type { Confidence, DirectiveRecord, OfficialRecord, PartialDate, SourceRef, Supersession, TermRecord } from '../corpus/types';
import { parseIso, weekdayName } from '../text/calendar';
import type { IsoDate, Locale, Localized } from '../types';
import { hasClass, IS_LOWER, IS_NUMBER, IS_UPPER, rx, startsIn } from '../text/letters';

const PLACE_OF_COMMITTEE = rx(String.raw`^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s(?:ủy|uỷ)\s(?:xã\s|phường\s)?(\p{Lu}.*)$`, 'u');
const PLACE_OF_GOVERNMENT = rx(String.raw`(?:tỉnh|thành phố|huyện|quận|xã|phường)\s(\p{Lu}.*)$`, 'u');

/** "2010-02-25" → "25/2/2010"; "2026-01" → "1/2026"; "2021" → "2021". */
export function shortDate(d: PartialDate): string {
  const p = d.split('-');
  if (p.length === 3) return `${+p[2]!}/${+p[1]!}/${p[0]}`;
  if (p.length === 2) return `${+p[1]!}/${p[0]}`;
  return d;
}

/** The date part of a citation: "ngày 25/2/2010", "tháng 1/2026", "năm 2021". */
export function citationDate(d: PartialDate): string {
  const p = d.split('-');
  if (p.length === 3) return `ngày ${shortDate(d)}`;
  if (p.length === 2) return `tháng ${shortDate(d)}`;
  return `năm ${d}`;
}

/** Compare partial dates on their common precision: "2021" vs "2021-07-30" → 0. */
export function comparePartial(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function both(vi: string, en: string): Localized {
  return { vi, en };
}

/** Markdown-escape text that comes from data. */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Issuer as a citation names it: a local body gets its place ("Ban Thường vụ Tỉnh ủy Hà Tĩnh"). */
export function issuerText(r: DirectiveRecord): string {
  const org = r.organisation;
  if (!org || r.issuer.includes(org)) return r.issuer;
  const place =
    PLACE_OF_COMMITTEE.exec(org)?.[1] ??
    PLACE_OF_GOVERNMENT.exec(org)?.[1];
  if (!place) return r.issuer === org ? org : `${r.issuer} (${org})`;
  return r.issuer.includes(place) ? r.issuer : `${r.issuer} ${place}`;
}

/**
 * The customary citation: "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X ban
 * hành Quy chế …". Without the kind when the writer has already typed it. A date the corpus
 * knows only to the year or month is left out: "năm 2021" stops a reader of the citation (and
 * vanban's own) before the issuer, and a made-up day would be worse.
 */
export function citationText(r: DirectiveRecord, withKind = true): string {
  // A text without a number (the Constitution: id "Hiến pháp năm 2013") is cited by its id alone;
  // a law with a name by name and number ("Luật Đất đai số 31/2024/QH15").
  if (!startsIn(r.id, IS_NUMBER)) return r.id;
  // An amending law's name is its whole title ("sửa đổi, bổ sung một số điều của Luật …"); the
  // gazette cites such a law by number alone ("Luật số 09/2022/QH15"), and so does vanban.
  const name = r.name && !/^sửa đổi/u.test(r.name) ? ` ${r.name}` : '';
  const parts: string[] = [withKind ? `${r.kind}${name} số ${r.id}` : r.id];
  if (r.date && r.date.length === 10) parts.push(citationDate(r.date));
  parts.push(`của ${issuerText(r)}`);
  if (r.term) parts.push(`khóa ${r.term}`);
  if (r.subject) parts.push(subjectPhrase(r.subject));
  return parts.join(' ');
}

/** "ban hành Quy chế …" stays; "Tăng cường …" (a title) is quoted; anything else follows "về". */
export function subjectPhrase(subject: string): string {
  const s = subject.trim();
  if (/^(?:về|ban hành|quy định|hướng dẫn)\s/iu.test(s)) return s;
  if (startsIn(s, IS_UPPER) && hasClass(s.charCodeAt(1), IS_LOWER)) return `về "${s}"`;
  return `về ${s}`;
}

export type StatusAt =
  | { kind: 'not-yet' }
  | { kind: 'pending'; from: IsoDate; laterReplaced: Supersession | null }
  | { kind: 'replaced'; by: Supersession; on: PartialDate | null }
  | { kind: 'in-force'; laterReplaced: Supersession | null }
  | { kind: 'ended'; state: 'expired' | 'historical' | 'replaced' }
  | { kind: 'unknown'; laterReplaced: Supersession | null };

/** The record's standing on the report's date, from its date, replacements and status. */
export function statusAt(r: DirectiveRecord, date: IsoDate): StatusAt {
  if (r.date && comparePartial(r.date, date) > 0 && !date.startsWith(r.date)) return { kind: 'not-yet' };
  let later: Supersession | null = null;
  for (const s of r.replacedBy ?? []) {
    const on = s.effective ?? s.date ?? null;
    if (on && comparePartial(on, date) <= 0) return { kind: 'replaced', by: s, on };
    later ??= s;
  }
  // Issued, not yet in force: a law passed in December 2025 and in force from 1/7/2026, asked in March 2026 (the hover said
  // "chưa rõ hiệu lực" though the corpus knows the day).
  if (r.effective && r.effective.length === 10 && r.effective > date) return { kind: 'pending', from: r.effective, laterReplaced: later };
  const state = r.status?.state;
  if (state === 'in-force') return { kind: 'in-force', laterReplaced: later };
  if ((state === 'expired' || state === 'historical' || state === 'replaced') && !later) return { kind: 'ended', state };
  return { kind: 'unknown', laterReplaced: later };
}

/** Ranking weight of a status for completion: in force first, not-yet-issued last. */
export function statusWeight(s: StatusAt): number {
  switch (s.kind) {
    case 'in-force':
      return 10;
    case 'unknown':
      return s.laterReplaced ? 4 : 5;
    case 'pending':
      return 3;
    case 'ended':
      return -5;
    case 'replaced':
      return -15;
    case 'not-yet':
      return -40;
  }
}

function linkedRecord(corpus: CorpusIndex, s: Supersession): DirectiveEntry | undefined {
  return corpus.byOfficialId(s.id).find((e) => !s.date || !e.record.date || comparePartial(e.record.date, s.date) === 0) ?? corpus.byOfficialId(s.id)[0];
}

/** A link's day: the linked record's own when the link gives only its year or month ("2013" → 29/11/2013). */
function linkedDate(s: Supersession, hit: DirectiveEntry | undefined): PartialDate | undefined {
  const own = hit?.record.date;
  return own && (!s.date || (own.startsWith(s.date) && own.length > s.date.length)) ? own : s.date;
}

function replacementName(corpus: CorpusIndex, s: Supersession, hit = linkedRecord(corpus, s)): string {
  const kind = hit?.record.kind;
  // An id that is a name ("Hiến pháp năm 2013") already says its kind.
  return `${kind && startsIn(s.id, IS_NUMBER) ? `${kind} ` : ''}${s.id}`;
}

/** One line: "còn hiệu lực", "đã được thay thế bởi Quyết định 23-QĐ/TW (2021)" … */
export function statusLine(r: DirectiveRecord, date: IsoDate, corpus: CorpusIndex): Localized {
  const s = statusAt(r, date);
  const asOf = r.status?.asOf ? shortDate(r.status.asOf) : null;
  const when = (d: PartialDate | null | undefined) => (d ? ` (${shortDate(d)})` : '');
  switch (s.kind) {
    case 'not-yet':
      return both(`chưa ban hành vào ngày của báo cáo (${shortDate(date)})`, `not yet issued on the report's date (${shortDate(date)})`);
    case 'pending': {
      const base = both(`đã ban hành, chưa có hiệu lực (có hiệu lực từ ${shortDate(s.from)})`, `issued, not yet in force (in force from ${shortDate(s.from)})`);
      return s.laterReplaced ? laterLine(base, corpus, s.laterReplaced) : base;
    }
    case 'replaced': {
      const name = replacementName(corpus, s.by);
      return both(`đã được thay thế bởi ${name}${when(s.on)} trước ngày của báo cáo`, `replaced by ${name}${when(s.on)} before the report's date`);
    }
    case 'in-force': {
      const base = both(`còn hiệu lực${asOf ? ` (theo kho, ngày ${asOf})` : ''}`, `in force${asOf ? ` (per the corpus, as of ${asOf})` : ''}`);
      return s.laterReplaced ? laterLine(base, corpus, s.laterReplaced) : base;
    }
    case 'ended': {
      const word = s.state === 'expired' ? both('hết hiệu lực', 'expired') : s.state === 'historical' ? both('văn bản lịch sử, không còn áp dụng', 'historical, no longer applied') : both('đã được thay thế (kho chưa ghi văn bản thay thế)', 'replaced (the corpus does not record by what)');
      return both(`${word.vi}${asOf ? ` (theo kho, ngày ${asOf})` : ''}`, `${word.en}${asOf ? ` (per the corpus, as of ${asOf})` : ''}`);
    }
    case 'unknown': {
      const base = both('chưa rõ hiệu lực', 'status unknown');
      return s.laterReplaced ? laterLine(base, corpus, s.laterReplaced) : base;
    }
  }
}

function laterLine(base: Localized, corpus: CorpusIndex, by: Supersession): Localized {
  const name = replacementName(corpus, by);
  const on = by.effective ?? by.date;
  return both(`${base.vi}; sau đó được thay thế bởi ${name}${on ? ` (${shortDate(on)})` : ''}`, `${base.en}; later replaced by ${name}${on ? ` (${shortDate(on)})` : ''}`);
}

const CONFIDENCE: Record<Exclude<Confidence, 'confirmed'>, Localized> = {
  reported: both('mới được đưa tin, chưa đối chiếu văn bản gốc', 'reported, not checked against the original'),
  unverified: both('chưa kiểm chứng', 'unverified'),
  conflict: both('các nguồn mâu thuẫn nhau', 'sources disagree'),
};

export function confidenceLine(c: Confidence | undefined): Localized | null {
  return c && c !== 'confirmed' ? CONFIDENCE[c] : null;
}

/** The site of a URL: "https://www.vnexpress.net/a/b" → "vnexpress.net". */
/** "Short title (site)" linked to the page; a page without a title shows its site; a document its title. */
function sourceLink(s: SourceRef): string {
  return s.url ? `[${md(sourceName(s))}](${s.url})` : md(sourceName(s));
}

export function sourcesLine(sources: readonly SourceRef[], max = 3): string {
  const shown = sources.slice(0, max).map(sourceLink).join('; ');
  return sources.length > max ? `${shown}; … (+${sources.length - max})` : shown;
}

export function weekdayOf(iso: string, locale: Locale): string | null {
  const p = parseIso(iso);
  return p ? weekdayName(p.y, p.m, p.d, locale) : null;
}

/** "trích 3 lần (ngày 25/2/2010: 2, 25/3/2010: 1)". */
export function evidenceLine(ev: Evidence | undefined): Localized | null {
  if (!ev || ev.count === 0) return null;
  const dates = Object.entries(ev.dates)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([d, n]) => `${shortDate(d)}: ${n}`)
    .join(', ');
  return both(
    `tài liệu của bạn trích ${ev.count} lần${dates ? ` (với ngày ${dates})` : ''}`,
    `cited ${ev.count} time${ev.count === 1 ? '' : 's'} in your documents${dates ? ` (with the date ${dates})` : ''}`,
  );
}

/**
 * The corpus's version and as-of date; when the report is dated after that date, a warning that
 * what the corpus says may have changed since (a replacement issued after the corpus was built
 * is unknown to it).
 */
export function corpusLine(corpus: CorpusIndex, reportDate?: IsoDate): Localized {
  const asOf = /^\d{4}/.test(corpus.meta.asOf) ? shortDate(corpus.meta.asOf) : corpus.meta.asOf;
  const base = both(`_Kho văn bản ${md(corpus.meta.version)}, cập nhật ${asOf}_`, `_Corpus ${md(corpus.meta.version)}, as of ${asOf}_`);
  if (!reportDate || !/^\d{4}/.test(corpus.meta.asOf) || comparePartial(reportDate, corpus.meta.asOf) <= 0) return base;
  return both(
    `${base.vi}  \n⚠ _Báo cáo đề ngày ${shortDate(reportDate)}, sau ngày cập nhật kho: thông tin trên có thể đã thay đổi (văn bản mới, văn bản thay thế) mà kho chưa biết._`,
    `${base.en}  \n⚠ _The report is dated ${shortDate(reportDate)}, after the corpus's as-of date: this may have changed since (new or replacing documents the corpus does not know)._`,
  );
}

/** "Luật Đất đai" for a law, code or Constitution that has a name; null otherwise. */
export function lawTitle(r: DirectiveRecord): string | null {
  return r.name ? `${r.kind} ${r.name}` : null;
}

// Record fields as a conflict line names them, in both languages; others show as written.
const FIELD_NAMES: Record<string, Localized> = {
  date: both('ngày ban hành', 'the date issued'),
  effective: both('ngày có hiệu lực', 'the date in force'),
  term: both('khóa', 'the term (khóa)'),
  issuer: both('cơ quan ban hành', 'the issuer'),
  subject: both('trích yếu', 'the subject'),
  kind: both('loại văn bản', 'the kind'),
  articleCount: both('số điều', 'the number of articles'),
};
const DATE_FIELDS = new Set(['date', 'effective']);

/** A Markdown card for a directive, in both languages. */
export function directiveCard(e: DirectiveEntry, corpus: CorpusIndex, reportDate: IsoDate, opts: { corpusLine?: boolean } = {}): Localized {
  const r = e.record;
  const vi: string[] = [];
  const en: string[] = [];
  // An id that is not a number (the Constitution's, "Hiến pháp năm 2013") is shown as it is.
  const numbered = startsIn(r.id, IS_NUMBER);
  const head = numbered ? `**${md(r.kind)} số ${md(r.id)}**` : `**${md(r.id)}**`;
  vi.push(`${head} — ${md(issuerText(r))}${r.term ? `, khóa ${r.term}` : ''}`);
  en.push(`${numbered ? `**${md(r.kind)} ${md(r.id)}**` : head} — ${md(issuerText(r))}${r.term ? `, term (khóa) ${r.term}` : ''}`);
  vi.push('');
  en.push('');
  const title = lawTitle(r);
  if (title && numbered) {
    vi.push(`- Tên: ${md(title)}`);
    en.push(`- Name: ${md(title)}`);
  }
  if (r.date) {
    const wd = { vi: weekdayOf(r.date, 'vi'), en: weekdayOf(r.date, 'en') };
    vi.push(`- Ngày ban hành: ${shortDate(r.date)}${wd.vi ? ` (${wd.vi})` : ''}`);
    en.push(`- Issued: ${shortDate(r.date)}${wd.en ? ` (${wd.en})` : ''}`);
  } else {
    vi.push('- Ngày ban hành: kho chưa có');
    en.push('- Issued: not in the corpus');
  }
  if (r.effective && r.effective !== r.date) {
    vi.push(`- Có hiệu lực từ: ${shortDate(r.effective)}`);
    en.push(`- In force from: ${shortDate(r.effective)}`);
  }
  if (r.subject) {
    vi.push(`- Trích yếu: ${md(r.subject)}`);
    en.push(`- Subject: ${md(r.subject)}`);
  }
  const st = statusLine(r, reportDate, corpus);
  vi.push(`- Hiệu lực vào ngày của báo cáo (${shortDate(reportDate)}): ${st.vi}`);
  en.push(`- Status on the report's date (${shortDate(reportDate)}): ${st.en}`);
  // What this document replaced: a writer citing the new text sees the old one it ends, the card
  // of the old one already says the reverse.
  const replaced = (r.replaces ?? []).map((s) => {
    const hit = linkedRecord(corpus, s);
    const day = linkedDate(s, hit);
    return `${replacementName(corpus, s, hit)}${day ? ` (${shortDate(day)})` : ''}`;
  });
  if (replaced.length) {
    const list = [...new Set(replaced)].map(md).join('; ');
    vi.push(`- Thay thế: ${list}`);
    en.push(`- Replaces: ${list}`);
  }
  // Status notes are Vietnamese with English beside (noteEn); an English-only note of a user's
  // record shows as written in both.
  if (r.status?.note) {
    vi.push(`- Ghi chú hiệu lực: ${md(r.status.note)}`);
    en.push(`- Status note: ${md(r.status.noteEn ?? r.status.note)}`);
  }
  const conf = confidenceLine(r.confidence);
  if (conf) {
    vi.push(`- ⚠ Độ tin cậy: ${conf.vi}`);
    en.push(`- ⚠ Confidence: ${conf.en}`);
  }
  for (const c of r.conflicts ?? []) {
    const dated = DATE_FIELDS.has(c.field);
    const vals = c.values.map((v) => md(dated && /^\d{4}/.test(v.value) ? shortDate(v.value) : v.value)).join(' / ');
    const field = FIELD_NAMES[c.field];
    vi.push(`- ⚠ Nguồn mâu thuẫn về ${field ? field.vi : md(c.field)}: ${vals}`);
    en.push(`- ⚠ Sources disagree on ${field ? field.en : md(c.field)}: ${vals}`);
  }
  if (e.conflicts.length) {
    // Each other record with what it says differently ("ngày 2010-03-25"), so the writer sees
    // the disagreement, not only that there is one.
    const files = e.conflicts
      .map((c) => {
        const diff = differingFields(r, c.record).map((f) => `${f} ${c.record[f] ?? '—'}`).join(', ');
        return `${md(baseName(c.origin.file))}${diff ? ` (${md(diff)})` : ''}`;
      })
      .join(', ');
    vi.push(`- ⚠ Kho của bạn có bản ghi khác về văn bản này: ${files}`);
    en.push(`- ⚠ Your corpus has another record of this document: ${files}`);
  }
  const ev = evidenceLine(corpus.evidence.get(idMatchKey(r.id)));
  if (ev) {
    vi.push(`- Trong tài liệu của bạn: ${ev.vi}`);
    en.push(`- In your documents: ${ev.en}`);
  }
  if (e.origin.layer === 'gazette' && r.evidence) {
    // Marked as derived: the facts were read by a program from the gazette, not by a person.
    const n = r.evidence.agreeing;
    const h = r.evidence.header;
    vi.push(`- Lớp suy ra từ Công báo: ${h ? `phần đầu của ${md(h)}` : ''}${h && n ? '; ' : ''}${n ? `${n} văn bản Công báo độc lập trích cùng ngày (các văn bản hợp nhất tính là một)` : ''}${r.evidence.disagreeing ? `, ${r.evidence.disagreeing} lần trích ghi ngày khác` : ''} (chỉ cảnh báo, không báo lỗi)`);
    en.push(`- Derived from the gazette: ${h ? `the header of ${md(h)}` : ''}${h && n ? '; ' : ''}${n ? `${n} independent gazette documents cite it with this date (consolidated texts count as one)` : ''}${r.evidence.disagreeing ? `, ${r.evidence.disagreeing} citations give another date` : ''} (warnings at most, never errors)`);
  } else if (e.origin.layer !== 'bundled') {
    vi.push(`- Bản ghi từ: ${md(baseName(e.origin.file))}${e.origin.layer === 'user-document' ? ' (phần đầu của tài liệu)' : ''}`);
    en.push(`- Record from: ${md(baseName(e.origin.file))}${e.origin.layer === 'user-document' ? " (the document's header)" : ''}`);
  }
  if (r.sources.length) {
    vi.push(`- Nguồn: ${sourcesLine(r.sources)}`);
    en.push(`- Sources: ${sourcesLine(r.sources)}`);
  }
  if (opts.corpusLine !== false) {
    const cl = corpusLine(corpus, reportDate);
    vi.push('', cl.vi);
    en.push('', cl.en);
  }
  return { vi: vi.join('\n'), en: en.join('\n') };
}

export function baseName(file: string): string {
  const m = /[^/\\]+$/.exec(file);
  return m ? decodeURIComponent(m[0]) : file;
}

/**
 * The record of a person that speaks for a date: one whose from/until span holds it, else the
 * latest one dated on or before it, else the earliest after it.
 */
export function officialAt(records: readonly OfficialRecord[], date: IsoDate): { record: OfficialRecord; fit: 'span' | 'before' | 'after' } | null {
  const inSpan = records.filter((r) => r.from && comparePartial(r.from, date) <= 0 && (!r.until || comparePartial(r.until, date) >= 0));
  if (inSpan.length) return { record: latest(inSpan), fit: 'span' };
  const before = records.filter((r) => comparePartial(r.asOf, date) <= 0 && (!r.until || comparePartial(r.until, date) >= 0));
  if (before.length) return { record: latest(before), fit: 'before' };
  const after = records.filter((r) => comparePartial(r.asOf, date) > 0).sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (after.length) return { record: after[0]!, fit: 'after' };
  return records.length ? { record: latest([...records]), fit: 'before' } : null;
}

function latest(rs: OfficialRecord[]): OfficialRecord {
  return [...rs].sort((a, b) => b.asOf.localeCompare(a.asOf))[0]!;
}

export function officialTitle(r: OfficialRecord): string {
  return r.organisation && !r.title.includes(r.organisation) ? `${r.title}, ${r.organisation}` : r.title;
}

/** A Markdown card for a person: the title at the report's date and every dated record. */
export function officialCard(records: readonly OfficialRecord[], reportDate: IsoDate): Localized {
  const at = officialAt(records, reportDate);
  const vi: string[] = [`**${md(records[0]!.name)}**`, ''];
  const en: string[] = [`**${md(records[0]!.name)}**`, ''];
  if (at) {
    const t = md(officialTitle(at.record));
    const asOf = shortDate(at.record.asOf);
    if (at.fit === 'span') {
      vi.push(`Vào ngày của báo cáo (${shortDate(reportDate)}): ${t}.`);
      en.push(`On the report's date (${shortDate(reportDate)}): ${t}.`);
    } else if (at.fit === 'before') {
      vi.push(`${t} — theo nguồn ngày ${asOf}; kho chưa biết chức danh vào ngày của báo cáo (${shortDate(reportDate)}).`);
      en.push(`${t} — per a source dated ${asOf}; the corpus does not know the title on the report's date (${shortDate(reportDate)}).`);
    } else {
      vi.push(`${t} — theo nguồn ngày ${asOf}, sau ngày của báo cáo (${shortDate(reportDate)}).`);
      en.push(`${t} — per a source dated ${asOf}, after the report's date (${shortDate(reportDate)}).`);
    }
    vi.push('');
    en.push('');
  }
  for (const r of [...records].sort((a, b) => a.asOf.localeCompare(b.asOf))) {
    const span = r.from || r.until ? ` (${r.from ? shortDate(r.from) : '…'} – ${r.until ? shortDate(r.until) : '…'})` : '';
    const conf = confidenceLine(r.confidence);
    vi.push(`- ${shortDate(r.asOf)}: ${md(officialTitle(r))}${span}${conf ? ` — ${conf.vi}` : ''}. Nguồn: ${sourcesLine(r.sources, 2)}`);
    en.push(`- ${shortDate(r.asOf)}: ${md(officialTitle(r))}${span}${conf ? ` — ${conf.en}` : ''}. Sources: ${sourcesLine(r.sources, 2)}`);
  }
  return { vi: vi.join('\n'), en: en.join('\n') };
}

/** "25/4/2006 – 19/1/2011" for a term record. */
export function termSpan(t: TermRecord): string {
  return `${shortDate(t.start)} – ${t.end ? shortDate(t.end) : '…'}`;
}

