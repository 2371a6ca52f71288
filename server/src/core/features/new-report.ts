// A new report from a directive: the writer picks the kind of report, the directive it reviews,
// the issuing body and the date; out comes a Markdown draft whose header, first full citation
// (date, issuer, khóa and subject from the record), title, sections and Nơi nhận / signature
// blocks are filled in. The N of "tổng kết N năm" is computed from the two dates unless the
// writer gives it; either way the draft is checked by the same rules as any other, so a wrong N
// meets anniversary-mismatch like a hand-typed one.
//
// The layout follows the Party's Hướng dẫn 36-HD/VPTW (the same one the snippets use: superior
// body, issuing body, "*", number on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-and-date line
// on the right) or, for state bodies, Nghị định 30/2020/NĐ-CP Phụ lục I (the motto). No official
// template fixes the sections of a review; those below are the parts real reviews ask for
// (conventions §4.2, the same list section-missing looks for).

import type { CorpusIndex, DirectiveEntry } from '../corpus/corpus-index';
import type { DirectiveRecord } from '../corpus/types';
import { fold } from '../text/normalize';
import type { IsoDate, Localized } from '../types';
import { dateLine } from './completion';
import { citationText } from './describe';
import { IS_LOWER, someIn } from '../text/letters';
import { formatVi } from '../text/calendar';

export type ReportKind = 'tong-ket' | 'so-ket' | 'bao-cao-nam' | 'chuyen-de';

export const REPORT_KINDS: readonly { kind: ReportKind; label: Localized; needsDirective: boolean; years: boolean }[] = [
  { kind: 'tong-ket', label: { vi: 'Báo cáo tổng kết N năm thực hiện một văn bản', en: 'N-year final review of a directive' }, needsDirective: true, years: true },
  { kind: 'so-ket', label: { vi: 'Báo cáo sơ kết N năm thực hiện một văn bản', en: 'N-year interim review of a directive' }, needsDirective: true, years: true },
  { kind: 'bao-cao-nam', label: { vi: 'Báo cáo kết quả công tác năm', en: 'Annual report' }, needsDirective: false, years: false },
  { kind: 'chuyen-de', label: { vi: 'Báo cáo chuyên đề về kết quả thực hiện một văn bản', en: 'Topical report on carrying out a directive' }, needsDirective: true, years: false },
];

export interface NewReportRequest {
  kind: ReportKind;
  /** The directive reviewed: a corpus record key (from lookup), or an official id ("25-NQ/TW"). */
  directive?: string | null;
  /** The report's date (the date line). */
  date: IsoDate;
  /** Issuing body as it heads the report: "BAN DÂN VẬN TỈNH ỦY". */
  issuer: string;
  /** The body above it: "ĐẢNG BỘ TỈNH HÀ TĨNH". */
  superior?: string | null;
  /** Place of the date line: "Hà Tĩnh". */
  place?: string | null;
  /** N of "tổng kết N năm"; computed from the dates when absent. */
  years?: number | null;
  /** Party (HD 36) or state (NĐ 30) layout; default Party. */
  system?: 'party' | 'state';
  /** Field of work for the annual report: "công tác dân vận". */
  field?: string | null;
}

export interface NewReport {
  /** The draft, Markdown. */
  text: string;
  /** The record used, when a directive was asked for and found. */
  directiveKey: string | null;
  /** N used for tổng kết / sơ kết. */
  years: number | null;
  /** What the writer should know: a directive not found, an N outside the customary window. */
  notes: Localized[];
}

/** Candidates for a directive named by key or official id; with an id shared across terms, the newest first. */
export function findDirective(corpus: CorpusIndex, ref: string): DirectiveEntry[] {
  const byKey = corpus.get(ref);
  if (byKey) return [byKey];
  return [...corpus.byOfficialId(ref.trim())].sort((a, b) => (b.record.date ?? '').localeCompare(a.record.date ?? ''));
}

/** "ngày 3/6/2013 (khóa XI)" for a record, to tell documents sharing an id apart. */
function whenTerm(r: DirectiveRecord, lang: 'vi' | 'en'): string {
  const d = r.date ? formatVi(r.date) : '?';
  const when = lang === 'vi' ? (r.date?.length === 10 ? `ngày ${d}` : `năm ${d}`) : `of ${d}`;
  return r.term ? `${when} (${lang === 'vi' ? 'khóa' : 'term'} ${r.term})` : when;
}

/** Years between the directive and the report, counted as reviews count them (by calendar year). */
export function reviewYears(r: DirectiveRecord, date: IsoDate): number | null {
  if (!r.date) return null;
  return Math.max(1, +date.slice(0, 4) - +r.date.slice(0, 4));
}

/**
 * The parts of a review: a tổng kết (final review) splits limitations from their causes and
 * directions from tasks; a sơ kết (interim) keeps them whole.
 */
function reviewParts(n: number | null, final: boolean): string[] {
  return [
    'PHẦN THỨ NHẤT',
    `**KẾT QUẢ ${n ?? 'N'} NĂM THỰC HIỆN**`,
    '',
    '**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI**',
    '',
    '**II. KẾT QUẢ THỰC HIỆN**',
    '',
    '**III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN**',
    '',
    ...(final ? ['1. Hạn chế, khuyết điểm', '', '2. Nguyên nhân', ''] : []),
    '**IV. BÀI HỌC KINH NGHIỆM**',
    '',
    'PHẦN THỨ HAI',
    final ? '**PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI**' : '**PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI**',
    '',
    ...(final ? ['**I. PHƯƠNG HƯỚNG**', '', '**II. NHIỆM VỤ, GIẢI PHÁP**', ''] : []),
    'PHẦN THỨ BA',
    '**ĐỀ XUẤT, KIẾN NGHỊ**',
  ];
}

const PARTS: Record<ReportKind, (n: number | null, year: number) => string[]> = {
  'tong-ket': (n) => reviewParts(n, true),
  'so-ket': (n) => reviewParts(n, false),
  'bao-cao-nam': (_n, year) => [
    `**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${year}**`,
    '',
    '1. Công tác lãnh đạo, chỉ đạo',
    '',
    '2. Kết quả thực hiện các nhiệm vụ',
    '',
    '3. Hạn chế, khuyết điểm và nguyên nhân',
    '',
    `**II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}**`,
    '',
    '**III. ĐỀ XUẤT, KIẾN NGHỊ**',
  ],
  'chuyen-de': () => [
    '**I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN**',
    '',
    '**II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN**',
    '',
    '**III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP**',
    '',
    '**IV. ĐỀ XUẤT, KIẾN NGHỊ**',
  ],
};

/**
 * The issuing body as running text names it. Typed in mixed case, it is the writer's own spelling;
 * typed in capitals (as the header wants it), the corpus's spelling of that organisation when it
 * knows one ("BAN DÂN VẬN TỈNH ỦY" → "Ban Dân vận Tỉnh ủy"), else the capitals as typed: guessing
 * which words of a body's name take a capital is what title-capitalization checks, not what a
 * generator should invent.
 */
function bodyInText(issuer: string, corpus: CorpusIndex): string {
  if (someIn(issuer, IS_LOWER)) return issuer;
  const key = fold(issuer);
  const known = corpus.organisations.find((o) => fold(o.record.name) === key) ?? corpus.titles.find((t) => fold(t.record.canonical) === key);
  if (known) return known.record.type === 'organisation' ? known.record.name : known.record.canonical;
  // A local body: "BAN DÂN VẬN TỈNH ỦY HÀ TĨNH" → look the name up without its place.
  for (const o of corpus.organisations) {
    const name = fold(o.record.name);
    if (key.startsWith(name + ' ')) return o.record.name + issuer.slice(name.length);
  }
  return issuer;
}

// Who signs for the issuing body: a cấp ủy is collective, so its standing committee signs "T/M"
// (conventions §4: "T/M BAN THƯỜNG VỤ / BÍ THƯ", "T/M BỘ CHÍNH TRỊ"); an advisory ban is headed by
// its Trưởng ban, who signs in person; a People's Committee and a Mặt trận committee sign "T/M"
// (NĐ 30/2020 Phụ lục I). Patterns on the folded issuer; the first that fits wins.
const SIGNATURES: readonly { re: RegExp; lines: string[] }[] = [
  { re: /^(?:ban thuong vu|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy)/u, lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'] },
  { re: /^(?:chi uy|chi bo)/u, lines: ['T/M CHI BỘ', 'BÍ THƯ'] },
  { re: /^(?:uy ban nhan dan|ubnd)/u, lines: ['T/M ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] },
  { re: /^(?:uy ban mat tran|ban thuong truc)/u, lines: ['T/M BAN THƯỜNG TRỰC', 'CHỦ TỊCH'] },
  { re: /^ban /u, lines: ['TRƯỞNG BAN'] },
];

function signatureOf(issuer: string): string[] {
  const f = fold(issuer);
  return SIGNATURES.find((s) => s.re.test(f))?.lines ?? ['…'];
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

export function newReport(req: NewReportRequest, corpus: CorpusIndex): NewReport {
  const notes: Localized[] = [];
  const spec = REPORT_KINDS.find((k) => k.kind === req.kind) ?? REPORT_KINDS[0]!;
  const year = +req.date.slice(0, 4);
  let entry: DirectiveEntry | null = null;
  if (spec.needsDirective) {
    const ref = clean(req.directive);
    const found = ref ? findDirective(corpus, ref) : [];
    // Of documents sharing the id (numbers restart each term), the newest issued by the report's
    // date: a report of 2010 does not review the 25-NQ/TW of 2013.
    entry = found.find((e) => !e.record.date || e.record.date <= req.date) ?? found[0] ?? null;
    if (!ref) notes.push({ vi: 'Chưa chọn văn bản được tổng kết; điền trích dẫn vào chỗ "…".', en: 'No directive chosen; fill in the citation at "…".' });
    else if (!entry) notes.push({ vi: `Kho văn bản chưa có ${ref}; điền trích dẫn đầy đủ bằng tay.`, en: `The corpus does not have ${ref}; write the full citation by hand.` });
    else if (found.length > 1) {
      const others = found.filter((e) => e !== entry);
      notes.push({
        vi: `Có ${found.length} văn bản cùng số ${ref}: đã dùng văn bản ${whenTerm(entry.record, 'vi')}; ${others.map((e) => `văn bản ${whenTerm(e.record, 'vi')}`).join(', ')} là văn bản khác — nếu cần văn bản đó, chọn nó khi tra cứu.`,
        en: `${found.length} documents share the number ${ref}: used the one ${whenTerm(entry.record, 'en')}; the one ${others.map((e) => whenTerm(e.record, 'en')).join(', ')} is another document — pick it from the lookup if that is the one.`,
      });
    }
  }
  const r = entry?.record ?? null;
  let years: number | null = null;
  if (spec.years) {
    const computed = r ? reviewYears(r, req.date) : null;
    years = req.years ?? computed;
    if (req.years != null && computed !== null && Math.abs(req.years - computed) > 1)
      notes.push({
        vi: `${r!.kind} ${r!.id} ban hành năm ${r!.date!.slice(0, 4)}: đến năm ${year} là ${computed} năm, không phải ${req.years} năm.`,
        en: `${r!.kind} ${r!.id} dates from ${r!.date!.slice(0, 4)}: by ${year} that is ${computed} years, not ${req.years}.`,
      });
  }

  const issuer = clean(req.issuer) ?? '…';
  const superior = clean(req.superior);
  const place = clean(req.place) ?? '…';
  const state = req.system === 'state';
  const citation = r ? citationText(r, true) : 'Nghị quyết số …';
  const shortRef = r ? `${r.kind} số ${r.id}` : 'Nghị quyết số …';
  const field = clean(req.field) ?? 'công tác';

  const title =
    req.kind === 'tong-ket'
      ? `Tổng kết ${years ?? 'N'} năm thực hiện ${citation}`
      : req.kind === 'so-ket'
        ? `Sơ kết ${years ?? 'N'} năm thực hiện ${citation}`
        : req.kind === 'chuyen-de'
          ? `Kết quả thực hiện ${citation}`
          : `Kết quả ${field} năm ${year}, phương hướng, nhiệm vụ năm ${year + 1}`;

  const lines: string[] = [];
  if (state) {
    if (superior) lines.push(superior.toLocaleUpperCase('vi'));
    lines.push(`**${issuer.toLocaleUpperCase('vi')}**`, '', 'Số: …/BC-…', '', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**', '');
  } else {
    if (superior) lines.push(superior.toLocaleUpperCase('vi'));
    lines.push(`**${issuer.toLocaleUpperCase('vi')}**`, '\\*', 'Số …-BC/…', '', '**ĐẢNG CỘNG SẢN VIỆT NAM**', '');
  }
  lines.push(`*${place}, ${dateLine(req.date)}*`, '', '**BÁO CÁO**', `**${title}**`, '', '-----', '');
  // The opening sentence names the document again without repeating "tổng kết N năm": the title
  // carries the full citation (its first mention) and the count, once.
  const body = bodyInText(issuer, corpus);
  if (r && req.kind !== 'bao-cao-nam') {
    const span = years !== null ? `${years} năm ` : '';
    lines.push(`Thực hiện chỉ đạo của …, ${body} báo cáo kết quả ${span}thực hiện ${shortRef} như sau:`, '');
  }
  lines.push(...PARTS[req.kind](years, year));
  lines.push(
    '',
    '*Nơi nhận:*',
    '- …,',
    '- Lưu.',
    '',
    ...signatureOf(issuer).map((l) => `**${l}**`),
    '',
    '*(Ký, đóng dấu)*',
    '',
    '**…**',
    '',
  );
  return { text: lines.join('\n'), directiveKey: entry?.key ?? null, years, notes };
}
