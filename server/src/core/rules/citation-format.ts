// citation-format: a number and symbol written in another form than the official one. Party ids
// ("số-ký hiệu/cơ quan", Hướng dẫn 36-HD/VPTW): state order "217/QĐ-TW", a slash for the hyphen
// "66/QĐ/TW", spaces "100 - KL/TW" (conventions §1.8). State ids ("số/năm/ký hiệu", Nghị định
// 30/2020/NĐ-CP): the Party order "03-NQ/CP", stray spaces "71/NQ -CP", a lost hyphen "27/CTTg", "61/2018/NĐCP", a mixed-case
// code in capitals "101/QĐ-TTG". Fix: the official form.

import type { Rule, RuleFinding } from './rule';
import { allCaps } from './util/text';
import { ID_WITH_YEAR, trustedCitations } from './util/citations';
import { assemblyTermCut, idMatchKey } from '../corpus/corpus-index';
import { parseId, type Citation } from '../extract/citations';
import { withD } from '../extract/patterns';
import type { KindRecord } from '../corpus/types';
import type { Fix, Localized, Span } from '../types';
import { countIn, IS_LETTER, IS_LOWER, rx } from '../text/letters';

/** An id ending in the Assembly's code with its term: "…/QH15", "…/UBTVQH14". */
const ASSEMBLY_TERM_AT_END = /QH\d{1,2}$/u;

/**
 * Whether the line around [s, e) is a heading in capitals: no word starts in lower case, and lower-case letters are a
 * stray few (a broken copy writes "QUốC" for "QUỐC"; hundred-and-twenty-sixth outside probe: "CHỈ THỊ SỐ 01/CT-TTG"
 * in such a title was told to write "TTg").
 */
function inCapsLine(t: string, s: number, e: number): boolean {
  const a = t.lastIndexOf('\n', s - 1) + 1;
  const b = t.indexOf('\n', e);
  const line = t.slice(a, b < 0 ? t.length : b);
  if (allCaps(line)) return true;
  if (LOWER_WORD_START.test(line)) return false;
  return countIn(line, IS_LOWER) * 50 <= countIn(line, IS_LETTER);
}
const LOWER_WORD_START = rx(String.raw`(?<![\p{L}\p{M}\p{N}])\p{Ll}`, 'u');

const WHAT = {
  'state-order': { vi: 'viết theo kiểu văn bản nhà nước', en: 'written in the state order' },
  'party-order': { vi: 'viết theo kiểu văn bản của Đảng', en: 'written in the Party order' },
  slash: { vi: 'dùng dấu "/" thay cho dấu "-"', en: 'uses "/" instead of "-"' },
  spacing: { vi: 'có khoảng trắng trong số ký hiệu', en: 'has spaces inside the number and symbol' },
  hyphen: { vi: 'thiếu dấu "-" giữa ký hiệu loại văn bản và cơ quan ban hành', en: 'lacks the "-" between the type and issuer codes' },
  // A Party id's hyphen follows the number ("57 NQ/TW"; thirty-sixth outside probe: the message put it
  // between the type and the issuer).
  'hyphen-number': { vi: 'thiếu dấu "-" giữa số và ký hiệu loại văn bản', en: 'lacks the "-" between the number and the type code' },
  case: { vi: 'viết sai chữ hoa, chữ thường trong ký hiệu', en: 'has a code in the wrong letter case' },
  dash: { vi: 'dùng dấu "-" thay cho dấu "/"', en: 'uses "-" instead of "/"' },
  'term-split': { vi: 'tách số khóa Quốc hội khỏi ký hiệu "QH"', en: 'splits the National Assembly\'s term from "QH"' },
  'double-slash': { vi: 'có hai dấu "/" liền nhau', en: 'has two slashes in a row' },
  'year-slash': { vi: 'thiếu dấu "/" sau năm ban hành', en: 'lacks the "/" after the year' },
  'na-type': { vi: 'có mã "NQ-" mà số hiệu nghị quyết của Quốc hội không ghi', en: 'has an "NQ-" code a National Assembly resolution\'s number does not carry' },
  'type-missing': { vi: 'thiếu ký hiệu loại văn bản', en: 'lacks the document type code' },
  'number-slash': { vi: 'thiếu dấu "/" giữa số và ký hiệu', en: 'lacks the "/" between the number and the symbol' },
} as const;

// Where the official form is set: Party ids by the Central Office's guide, state ids by the decree on clerical work.
const FORM = {
  party: { vi: 'thể thức của Đảng là', en: 'the Party form is', source: { vi: 'Hướng dẫn 36-HD/VPTW', en: 'Guide 36-HD/VPTW' } },
  state: { vi: 'thể thức là', en: 'the official form is', source: { vi: 'Nghị định 30/2020/NĐ-CP', en: 'Decree 30/2020/NĐ-CP' } },
} as const;

// Decrees have carried their year in the number since the nineties ("Nghị định 64-CP" of 1993 did not), and ministers'
// circulars as well ("Thông tư 09/2000/TT-BXD"); from this year on such a number without it is a slip.
const YEARED_FROM = 2001;
// The kinds always numbered with their year, by the symbol after the number: the Government's decrees, the ministers'
// circulars, alone or joint.
const YEARED: readonly { kind: string; symbol: RegExp }[] = [
  { kind: 'Nghị định', symbol: /^NĐ-CP$/u },
  { kind: 'Thông tư', symbol: /^TT-[A-ZĐ]{2,12}$/u },
  { kind: 'Thông tư liên tịch', symbol: /^TTLT-[A-ZĐ-]{2,40}$/u },
];
// Kinds whose number always carries its year ("27/2022/NĐ-CP"; Nghị định 30/2020/NĐ-CP, Phụ lục I: văn bản
// quy phạm pháp luật): a Government resolution or a decision may be numbered without one.
const YEAR_KINDS: ReadonlySet<string> = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Luật', 'Bộ luật', 'Pháp lệnh']);

/**
 * The record's id when the citation wrote it without its year: "Nghị định số 27/NĐ-CP ngày 19/4/2022" is
 * 27/2022/NĐ-CP (thirty-sixth outside probe: resolved by its date, and nothing said).
 */
function yearLost(c: Pick<Citation, 'id' | 'idText' | 'date'>, record: { id: string; kind: string; date?: string }): boolean {
  // A decision or a Government resolution may be numbered without a year, in a series of its own ("12/QĐ-TTg" of
  // January beside the normative 12/2018/QĐ-TTg of March): its year lost only when the day written is the record's
  // ("Quyết định số 12/QĐ-TTg ngày 06/3/2018"; hundred-and-eighty-seventh outside probe: resolved, and nothing said).
  if (!c.id || !(YEAR_KINDS.has(record.kind) || (!!record.date && c.date?.iso === record.date))) return false;
  const m = ID_WITH_YEAR.exec(record.id);
  return !!m && !ID_WITH_YEAR.test(c.id) && idMatchKey(`${m[1]}/${m[3]}`) === idMatchKey(c.id);
}

/**
 * Whether the citation is the record with its "Đ" typed as "D": "72/2020/ND-CP" for 72/2020/NĐ-CP (hundred-and-fifth outside
 * probe: found, and nothing said).
 */
function dForĐ(c: Citation, recordId: string): boolean {
  const spelt = c.symbol ? withD(c.symbol) : null;
  return !!spelt && !!c.id && c.id !== recordId && idMatchKey(c.id.replace(c.symbol!, spelt)) === idMatchKey(recordId);
}

// A type code that is none of the kinds' codes, one keystroke from the code of the kind written, is a slip of that code:
// "Quyết định số 173/QB-TTg", "12/QD-TTg" (122nd outside probe: unknown, and nothing said of the symbol). The Government's
// and the Prime Minister's at first; since the thirty-eighth session any issuer's, and a code's letter lost at either end
// too: "Quyết định số 156/QH-HĐPH" of a national council, "Quyết định số 4132/Đ-BTNMT" of a ministry (probes 333 and 330),
// and a Party id's, "Nghị quyết số 24-TQ/TW" — type codes are the kinds' (Nghị định 30/2020/NĐ-CP, Hướng dẫn
// 36-HD/VPTW) whoever issues. None of the 402 gazette documents has such a code. Another case ("Ctr" for "CTr") is not this.
const STATE_SYMBOL = rx(String.raw`^([\p{L}]{1,4})-[\p{L}]`, 'u');
const PARTY_SYMBOL = rx(String.raw`^([\p{L}]{1,4})/[\p{L}]`, 'u');
const kindCodes = new WeakMap<object, Record<'state' | 'party', { all: Set<string>; byKind: Map<string, string[]> }>>();
function codesOf(kinds: readonly { record: KindRecord }[], style: 'state' | 'party'): { all: Set<string>; byKind: Map<string, string[]> } {
  let x = kindCodes.get(kinds);
  if (!x) {
    x = { state: { all: new Set(), byKind: new Map() }, party: { all: new Set(), byKind: new Map() } };
    for (const { record } of kinds)
      for (const st of ['state', 'party'] as const) {
        for (const code of record[st] ?? []) x[st].all.add(code);
        // A kind may stand in several records (one per numbering system's source): its codes together, each once.
        const own = x[st].byKind.get(record.kind.toLowerCase()) ?? [];
        x[st].byKind.set(record.kind.toLowerCase(), [...new Set([...own, ...(record[st] ?? [])])]);
      }
    kindCodes.set(kinds, x);
  }
  return x[style];
}

/**
 * Whether `type` is `code` with one letter typed wrong, two side by side swapped, or one lost at either end ("QB", "QH", "Đ" for
 * "QĐ"; "QN" for "NQ": "Nghị quyết 08/2025/QN-HĐND", fifty-first session's probe 474, only unknown).
 */
function oneKeystroke(type: string, code: string): boolean {
  if (type.toUpperCase() === code.toUpperCase()) return false;
  if (code.length === type.length) {
    const off = [...code].flatMap((ch, i) => (ch !== type[i] ? [i] : []));
    return off.length === 1 || (off.length === 2 && off[1] === off[0]! + 1 && code[off[0]!] === type[off[1]!] && code[off[1]!] === type[off[0]!]);
  }
  return code.length === type.length + 1 && (code.startsWith(type) || code.endsWith(type));
}

/** A symbol's unknown type code and the kind's code it is one keystroke from ("QB" → "QĐ"), or null. */
function typeCodeSlip(c: Citation, kinds: readonly { record: KindRecord }[]): { type: string; code: string } | null {
  if (!c.kind || !c.symbol || (c.style !== 'state' && c.style !== 'party')) return null;
  const m = (c.style === 'state' ? STATE_SYMBOL : PARTY_SYMBOL).exec(c.symbol);
  if (!m) return null;
  const { all, byKind } = codesOf(kinds, c.style);
  const type = m[1]!;
  if (all.has(type)) return null;
  const near = (byKind.get(c.kind.toLowerCase()) ?? []).filter((code) => oneKeystroke(type, code));
  return near.length === 1 ? { type, code: near[0]! } : null;
}

// The Icelandic eth, a lookalike of "Đ" (see the rule).
const ETH = /[\u00d0\u00f0]/u;
const ETH_ALL = /[\u00d0\u00f0]/gu;

/** The fix that writes `id` over `span`. */
function mendTo(span: Span, id: string, safe = true): Fix[] {
  return [{ title: { vi: `Sửa thành ${id}`, en: `Change to ${id}` }, edits: [{ start: span.start, end: span.end, newText: id }], safe, preferred: true }];
}

/** What a "D" typed for "Đ" is told: a keyboard without Vietnamese letters, not a wrong document. */
function dForĐMessage(written: string, id: string): Localized {
  return {
    vi: `Số ký hiệu "${written}" viết "D" thay cho "Đ"; thể thức là "${id}" (${FORM.state.source.vi}).`,
    en: `"${written}" has "D" for "Đ"; the official form is "${id}" (${FORM.state.source.en}).`,
  };
}

/** Whether the official id's hyphen follows its number ("57-NQ/TW"), not a type code ("27/CT-TTg"). */
function hyphenAfterNumber(id: string): boolean {
  const k = id.indexOf('-');
  return k > 0 && id.charCodeAt(k - 1) >= 48 && id.charCodeAt(k - 1) <= 57;
}

export const rule: Rule = {
  code: 'citation-format',
  defaultSeverity: 'warning',
  description: { vi: 'Số, ký hiệu văn bản viết sai thể thức', en: 'Number and symbol in a non-standard form' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const malformedId = (span: { start: number; end: number }, written: string, id: string, malformed: NonNullable<Citation['malformed']>, style: Citation['style']): void => {
      // A title in capitals writes "TTg" as "TTG" with the rest ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG
      // NGÀY …": outside set, gazette): the case is the heading's, not the writer's mistake.
      if (malformed === 'case' && inCapsLine(ctx.text, span.start, span.end)) return;
      // Spaces and line breaks come from Word and PDF copies, as does a term split from "QH": a hint, not a warning.
      // So is a state id with no type code ("Nghị quyết 1665/UBTVQH15"): the Standing Committee's form has changed over the
      // years (a year in the number in some), so the form offered may not be that of the document's day.
      const severity = malformed === 'spacing' || malformed === 'term-split' || (malformed === 'type-missing' && style === 'state') ? 'hint' : 'warning';
      const w = WHAT[malformed === 'hyphen' && hyphenAfterNumber(id) ? 'hyphen-number' : malformed];
      // A number wrapped by a PDF line ("27/2016/\nTTBLĐTBXH") is quoted on one line.
      written = written.replace(/\s+/gu, ' ');
      const f = FORM[style === 'party' ? 'party' : 'state'];
      out.push({
        span,
        severity,
        message: {
          vi: `Số ký hiệu "${written}" ${w.vi}; ${f.vi} "${id}" (${f.source.vi}).`,
          en: `"${written}" ${w.en}; ${f.en} "${id}" (${f.source.en}).`,
        },
        fixes: mendTo(span, id),
      });
    };
    for (const c of ctx.reading.citations) if (c.malformed && c.idSpan && c.id) malformedId(c.idSpan, c.idText ?? c.id, c.id, c.malformed, c.style);
    // The text's own number, which the reader takes for its header and not for a citation: "Số 21/2017/QĐ UBND" in a
    // header a copy ran into one line (eighty-third outside probe, told while that line was read as a citation).
    const own = ctx.reading.header.number;
    if (own && own.span.start >= 0 && own.span.end <= ctx.text.length) {
      const written = ctx.text.slice(own.span.start, own.span.end);
      const p = parseId(written);
      if (p?.malformed && p.id) malformedId(own.span, written, p.id, p.malformed, p.style);
    }
    const told = new Set<number>();
    // The Icelandic eth "Ð" (U+00D0), a lookalike of "Đ" that PDF copies and some sites put in: the reader reads it as
    // "Đ", but a search for "QĐ-UBND" does not find "QÐ-UBND" (hundred-and-twenty-seventh outside probe: passed in
    // silence). A hint with the letter mended; nothing else about the id changes.
    for (const c of ctx.reading.citations) {
      if (!c.idSpan || c.malformed) continue;
      const written = ctx.text.slice(c.idSpan.start, c.idSpan.end);
      if (!ETH.test(written)) continue;
      const mended = written.replace(ETH_ALL, (e) => (e === 'ð' ? 'đ' : 'Đ'));
      told.add(c.idSpan.start);
      out.push({
        span: c.idSpan,
        severity: 'hint',
        message: {
          vi: `Số ký hiệu "${written}" dùng chữ "Ð" (eth, U+00D0) trông giống "Đ"; viết "${mended}" để tra cứu, tìm kiếm thấy được.`,
          en: `"${written}" has the lookalike "Ð" (eth, U+00D0) for "Đ"; write "${mended}" so that searches find it.`,
        },
        fixes: mendTo(c.idSpan, mended),
      });
    }
    for (const c of ctx.reading.citations) {
      const slip = !c.malformed && c.idSpan && c.id ? typeCodeSlip(c, ctx.corpus.kinds) : null;
      if (!slip) continue;
      const { type, code } = slip;
      const written = c.idText ?? c.id!;
      const id = c.style === 'party' ? written.replace(`-${type}/`, `-${code}/`) : written.replace(`/${type}-`, `/${code}-`);
      if (id === written) continue;
      told.add(c.idSpan!.start);
      const dOnly = type.replace(/D/gu, 'Đ') === code;
      const source = FORM[c.style === 'party' ? 'party' : 'state'].source;
      out.push({
        span: c.idSpan!,
        severity: 'hint',
        message: dOnly
          ? dForĐMessage(written, id)
          : {
              vi: `Số ký hiệu "${written}" có ký hiệu loại văn bản "${type}", không có trong thể thức; ${c.kind} viết "${code}": "${id}" (${source.vi}).`,
              en: `"${written}" has the type code "${type}", which the standard has not; ${c.kind} is "${code}": "${id}" (${source.en}).`,
            },
        fixes: mendTo(c.idSpan!, id, dOnly),
      });
    }
    for (const { citation: c, entry } of trustedCitations(ctx)) {
      if (told.has(c.idSpan?.start ?? -1)) continue;
      if (!c.malformed && c.idSpan && dForĐ(c, entry.record.id)) {
        out.push({ span: c.idSpan, severity: 'hint', message: dForĐMessage(c.idText ?? c.id!, entry.record.id), fixes: mendTo(c.idSpan, entry.record.id) });
        continue;
      }
      // The Assembly's term left off or cut from its symbol: "176/2025/QH" for 176/2025/QH15 (fortieth session's probes 386 and
      // 388), "02/2020/UBTVQH" for 02/2020/UBTVQH14, "43/2024/QH1" for 43/2024/QH15 (fiftieth session's probes 466 and 468).
      const termKept = c.symbol ? assemblyTermCut(c.symbol) : null;
      if (!c.malformed && c.idSpan && c.style === 'state' && termKept !== null && c.idYear !== null && ASSEMBLY_TERM_AT_END.test(entry.record.id) && entry.record.id.startsWith(`${c.number}/${c.idYear}/`)) {
        const id = entry.record.id;
        const written = c.idText ?? c.id!;
        const cut = termKept !== '';
        out.push({
          span: c.idSpan,
          severity: 'warning',
          message: cut
            ? {
                vi: `Số ký hiệu "${written}" thiếu chữ số cuối của khóa Quốc hội; thể thức là "${id}" (${FORM.state.source.vi}).`,
                en: `"${written}" lacks the last digit of the National Assembly's term; the official form is "${id}" (${FORM.state.source.en}).`,
              }
            : {
                vi: `Số ký hiệu "${written}" thiếu số khóa Quốc hội sau "QH"; thể thức là "${id}" (${FORM.state.source.vi}).`,
                en: `"${written}" lacks the National Assembly's term after "QH"; the official form is "${id}" (${FORM.state.source.en}).`,
              },
          fixes: mendTo(c.idSpan, id),
        });
        continue;
      }
      if (c.malformed || !c.idSpan || !yearLost(c, entry.record)) continue;
      const id = entry.record.id;
      out.push({
        span: c.idSpan,
        severity: 'warning',
        message: {
          vi: `Số ký hiệu "${c.idText ?? c.id}" thiếu năm ban hành; thể thức là "${id}" (${FORM.state.source.vi}).`,
          en: `"${c.idText ?? c.id}" lacks the year of issue; the official form is "${id}" (${FORM.state.source.en}).`,
        },
        fixes: mendTo(c.idSpan, id),
      });
    }
    // A decree or circular the corpus does not know, its year left out: every one since the nineties carries its year
    // ("Nghị định số 106/NĐ-CP ngày 28/10/2010", hundred-and-thirty-third outside probe; "Thông tư 32/TT-BGDĐT ngày
    // 26/12/2018", forty-fourth session's probe 429: only an unknown-document hint was given). The year is the date's, as
    // written: the fix is offered, not safe.
    ctx.reading.citations.forEach((c, i) => {
      if (ctx.resolutions[i] || c.malformed || !c.idSpan || c.idYear !== null || !c.symbol || !c.number) return;
      if (!YEARED.some((y) => y.kind === c.kind && y.symbol.test(c.symbol!))) return;
      const year = c.date?.year;
      if (!year || year < YEARED_FROM || told.has(c.idSpan.start)) return;
      const written = c.idText ?? c.id!;
      const id = `${c.number}/${year}/${c.symbol}`;
      out.push({
        span: c.idSpan,
        severity: 'warning',
        message: {
          vi: `Số ký hiệu "${written}" thiếu năm ban hành; theo ngày ghi kèm, thể thức là "${id}" (${FORM.state.source.vi}).`,
          en: `"${written}" lacks the year of issue; by the date written with it, the official form is "${id}" (${FORM.state.source.en}).`,
        },
        fixes: mendTo(c.idSpan, id, false),
      });
    });
    // A law named, then its number without the Assembly's symbol: "Luật Ban hành văn bản quy phạm pháp luật số 64/2025"
    // (forty-fourth session's probe 432) is 64/2025/QH15. Told when the law the name resolves to has that number.
    for (const { citation: c, entry } of trustedCitations(ctx)) {
      if (c.style !== 'named' || c.named?.kind !== 'law') continue;
      const m = LAW_NUMBER_AFTER.exec(ctx.text.slice(c.fullSpan.end, c.fullSpan.end + 24));
      if (!m) continue;
      const id = entry.record.id;
      if (!id.startsWith(`${m[2]!.replace(/^0+(?=\d)/u, '')}/${m[3]}/QH`)) continue;
      const start = c.fullSpan.end + m.index + m[0].length - m[1]!.length;
      const span = { start, end: start + m[1]!.length };
      if (told.has(span.start)) continue;
      out.push({
        span,
        severity: 'warning',
        message: {
          vi: `Số "${m[1]}" của ${entry.record.kind} thiếu ký hiệu "${id.slice(id.lastIndexOf('/') + 1)}"; thể thức là "${id}" (${FORM.state.source.vi}).`,
          en: `The number "${m[1]}" of the ${entry.record.kind} lacks its symbol "${id.slice(id.lastIndexOf('/') + 1)}"; the official form is "${id}" (${FORM.state.source.en}).`,
        },
        fixes: mendTo(span, id),
      });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

// "số 64/2025" right after a law's name, nothing after the year that continues a number (group 1: what is written; 2 the
// number, 3 the year).
const LAW_NUMBER_AFTER = rx(String.raw`^[ \t]{1,2}(?:số|Số)[ \t]{0,2}:?[ \t]{0,2}((\d{1,4})\/((?:19|20)\d\d))(?![\d/\-\p{L}])`, 'u');
