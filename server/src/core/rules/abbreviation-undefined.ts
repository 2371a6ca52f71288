// abbreviation-undefined: an abbreviation ("MTTQ", "BTV", "DV") used before it is spelled out
// ("Mặt trận Tổ quốc Việt Nam (MTTQVN)" or "(sau đây gọi tắt là MTTQ)" defines it).
//
// Precision first, so only two kinds of capital tokens are judged:
//   - those the corpus knows the expansion of (abbreviation records), and
//   - those the text itself clearly defines later: "(sau đây gọi tắt là T)", or "(T)" after words
//     whose initials spell T ("Dân vận khéo (DVK)") — the writer meant to define them, too late.
//     A bare "(USD)" after a column title, a list "(WAZ, HAZ, WHZ)" or a glossary line "CHC: …"
//     counts as a definition of what it names, but does not make an unknown token worth flagging.
// Never judged: abbreviations every reader knows (options.knownAbbreviations, default UBND, HĐND,
// TW, TP; and corpus records with `universal: true`), tokens inside a citation's number and
// symbol ("QĐ/TW", "NĐ-CP"), the report's header (issuing body, number, date line, kind and
// subject), headings in capitals, quoted text, and Roman numerals.
//
// Decision on issuers: "của BTV Tỉnh ủy" after a citation is the writer's own shortening, not part
// of the document's number, so it counts as a use (seed 004 uses "BTV" there undefined; the
// finding is information, so the seeds stay free of errors and warnings).
//
// One finding per abbreviation, at its first use. The fix spells it out there
// ("Mặt trận Tổ quốc (MTTQ)") and, when the text defines it later, drops that later " (T)".

import type { AbbreviationRecord } from '../corpus/types';
import type { Span, TextEdit } from '../types';
import { romanValue } from '../extract/terms';
import { fold } from '../text/normalize';
import type { BlockFacts, CollectingRule, RuleContext, RuleFinding } from './rule';
import { sourceNote } from './util/citations';
import { siteOf } from '../corpus/sources';
import type { Entry } from '../corpus/corpus-index';
import { capsLines, insideAny, insideSorted, keyText, likeOriginal, quotedSpans, withoutFinalDot } from './util/text';
import { charClasses, hasClass, IS_LETTER, IS_NUMBER, IS_UPPER, rx, startsIn } from '../text/letters';

const LAST_WORD = rx(String.raw`(\p{L}{1,30})\s{1,2}$`, 'u');
const ONLY_ACRONYM = rx(String.raw`^\p{Lu}{2,10}$`, 'u');
const ACRONYM_G = rx(String.raw`\p{Lu}{2,10}`, 'gu');

/**
 * Each token of 2 to 10 capitals standing alone, in order: not inside a word or a number, not after
 * "/", "-", "." or "&", not followed by a letter, a digit, or "/", "-", "." and a letter (the parts
 * of ids and codes). What `(?<![\p{L}\p{N}/\-.&])\p{Lu}{2,10}(?![\p{L}\p{N}]|[/\-]\p{L}|\.\p{L})`
 * finds, by table reads: as an expression, the scan over every character was a twelfth of a check.
 */
export function capitalTokens(t: string, found: (start: number, end: number) => void): void {
  const cls = charClasses();
  const n = t.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!(cls[t.charCodeAt(i)]! & IS_UPPER) || !(cls[t.charCodeAt(i + 1)]! & IS_UPPER)) continue;
    let e = i + 2;
    while (e < n && cls[t.charCodeAt(e)]! & IS_UPPER) e++;
    // No token starts inside this run of capitals either: each has a letter before it.
    const at = i;
    i = e - 1;
    if (at > 0) {
      const p = t.charCodeAt(at - 1);
      if (cls[p]! & (IS_LETTER | IS_NUMBER) || p === 47 || p === 45 || p === 46 || p === 38) continue;
    }
    if (e - at > 10 || (e < n && !endsToken(t, e, cls))) continue;
    found(at, e);
  }
}

/** Whether the character at `e` (inside the text) may follow a token. */
function endsToken(t: string, e: number, cls: Uint8Array): boolean {
  const c = t.charCodeAt(e);
  if (cls[c]! & (IS_LETTER | IS_NUMBER)) return false;
  if (c === 47 || c === 45 || c === 46) return !(e + 1 < t.length && cls[t.charCodeAt(e + 1)]! & IS_LETTER);
  return true;
}
// "(MTTQ)", "(sau đây gọi tắt là MTTQ)", a list "(WAZ, HAZ, WHZ)"; and glossary lines "1. CHC: …".
// A compound of two or three, one space apart, defines its last one by the words before it: "Ủy ban Trung
// ương Mặt trận Tổ quốc Việt Nam (UBTW MTTQVN)" (thirty-seventh outside probe: MTTQVN was told undefined).
const DEFINITION = rx(String.raw`\(((?:sau\sđây\s)?(?:gọi|viết)\stắt(?:\slà)?:?\s{1,2})?(\p{Lu}{2,10}(?:\s{0,2}[,;]\s{0,2}\p{Lu}{2,10}){0,8}|\p{Lu}{2,10}(?:[ ]\p{Lu}{2,10}){1,2})\)`, 'gu');
const COMPOUND = rx(String.raw`^\p{Lu}{2,10}(?:[ ]\p{Lu}{2,10}){1,2}$`, 'u');
const GLOSSARY = rx(String.raw`^[ \t]{0,8}(?:(?:\d{1,3}|[a-zđ])[.)]\s{1,3}|[-+*]\s{1,3})?(\p{Lu}{2,10}):\s`, 'gmu');

/** Whether `t` has a capital letter right before ":" (what a GLOSSARY line needs). */
function glossaryColon(t: string): boolean {
  for (let i = t.indexOf(':'); i > 0; i = t.indexOf(':', i + 1)) if (hasClass(t.charCodeAt(i - 1), IS_UPPER)) return true;
  return false;
}

/** Whether the words after `end` are one of `folded` ("BCH Quân sự": the Ban Chỉ huy Quân sự). */
function meansOther(t: string, end: number, folded: readonly string[]): boolean {
  const after = fold(t.slice(end, end + 40)).replace(/^\s+/u, '');
  return folded.some((w) => after.startsWith(w) && !hasClass(after.charCodeAt(w.length), IS_LETTER));
}

/** Roman numerals of terms and parts ("XIII", "IV") are not abbreviations. */
function isRoman(s: string): boolean {
  return /^[IVXL]{1,10}$/.test(s) && romanValue(s) !== null;
}

/** The words before a later "(T)" whose initials spell T: "Mặt trận Tổ quốc Việt Nam (MTTQVN)". */
function longFromDefinition(t: string, parenStart: number, short: string): string | null {
  const before = t.slice(Math.max(0, parenStart - 200), parenStart).trimEnd();
  const words = before.split(/\s+/u);
  const n = short.length;
  if (words.length < n) return null;
  const cand = words.slice(words.length - n);
  const initials = cand.map((w) => fold(w).charAt(0)).join('');
  return initials === fold(short) && cand.every((w) => hasClass(w.charCodeAt(0), IS_LETTER)) ? cand.join(' ') : null;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A definition as a block found it, in the block's original offsets. */
interface FoundDefinition {
  short: string;
  /** Original offset of the token in the definition. */
  at: number;
  /** What a fix removes: the one-token " (T)", with the space before it. */
  drop: Span | null;
  strong: boolean;
  long: string | null;
}

/** The first use in a block that counts (not in an id, the header, a quote or a heading). */
interface Use {
  span: Span;
  /** The token as written (its normalisation form decides the fix's). */
  written: string;
  /** Whether the spelled-out form starts with a capital (a sentence's start, inside a name). */
  capital: boolean;
  /** The word right before it, lower case ("ban" in "Ban TVTU"). */
  prev: string;
}

interface Facts {
  definitions: FoundDefinition[];
  uses: Map<string, Use>;
  /** The block's original text, and its keyText once a long form is looked for in it (kept with the facts across re-checks). */
  keyed: { text: string; key?: string };
}

/** Abbreviation records by their short form, once per corpus. */
interface Records {
  records: Map<string, AbbreviationRecord[]>;
  universal: Set<string>;
  /** Folded words after a short form that give it another meaning ("BCH" → ["quan su"]). */
  otherMeaning: Map<string, string[]>;
}
const recordsCache = new WeakMap<object, Records>();
function recordsOf(corpus: RuleContext['corpus']): Records {
  let hit = recordsCache.get(corpus);
  if (hit) return hit;
  const records = new Map<string, AbbreviationRecord[]>();
  const universal = new Set<string>();
  const otherMeaning = new Map<string, string[]>();
  for (const e of corpus.abbreviations) {
    const short = e.record.short.normalize('NFC');
    if (e.record.universal) universal.add(short);
    if (e.record.otherMeaningBefore?.length) otherMeaning.set(short, [...(otherMeaning.get(short) ?? []), ...e.record.otherMeaningBefore.map((w) => fold(w))]);
    const list = records.get(short) ?? [];
    list.push(e.record);
    records.set(short, list);
  }
  recordsCache.set(corpus, (hit = { records, universal, otherMeaning }));
  return hit;
}

/** Abbreviations every reader knows, once per options and corpus (asked for every block). */
const knownCache = new WeakMap<object, { universal: Set<string>; known: Set<string> }>();
function knownOf(options: RuleContext['options'], universal: Set<string>): Set<string> {
  const hit = knownCache.get(options);
  if (hit && hit.universal === universal) return hit.known;
  const known = new Set(options.knownAbbreviations.map((k) => k.normalize('NFC')));
  for (const u of universal) known.add(u);
  knownCache.set(options, { universal, known });
  return known;
}

const PHOTO_CREDIT = rx(String.raw`(?:^|[(\-–|]\s?)Ảnh(?:\s(?:minh\s(?:họa|hoạ)|tư\sliệu))?\s?:\s?(?:[\p{L}.]{1,12}\s?[,/&-]?\s?){0,2}$`, 'mu');

export const rule: CollectingRule<Facts> = {
  code: 'abbreviation-undefined',
  scope: 'collect',
  defaultSeverity: 'information',
  description: { vi: 'Chữ viết tắt chưa được viết đầy đủ trước khi dùng', en: 'Abbreviation used before it is spelled out' },
  collect(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    const { universal, otherMeaning } = recordsOf(ctx.corpus);
    const known = knownOf(ctx.options, universal);

    // Places where a capital token is not a use: citation ids, the header, quotes, headings.
    const h = ctx.reading.header;
    const headerSpans = [h.issuingBody, h.number, h.placeDate, h.kind, h.subject].filter((x): x is NonNullable<typeof x> => !!x).map((x) => x.span);
    const ids: Span[] = [];
    for (const c of ctx.reading.citations) if (c.idSpan) ids.push(c.idSpan);
    ids.sort((a, b) => a.start - b.start);
    const quotes = quotedSpans(t);

    const definitions: FoundDefinition[] = [];
    const found: { short: string; token: number; paren: Span | null; strong: boolean; long: string | null }[] = [];
    for (const m of t.matchAll(DEFINITION)) {
      const list = m[2]!;
      const listStart = m.index! + 1 + (m[1]?.length ?? 0);
      const paren = { start: m.index!, end: m.index! + m[0].length };
      const single = ONLY_ACRONYM.test(list);
      const compound = !single && COMPOUND.test(list);
      for (const tok of list.matchAll(ACRONYM_G)) {
        const short = tok[0];
        // A compound's last token is spelled by the words right before the parenthesis; the others are
        // defined, but not clearly (the writer's words for them are further back).
        const last = compound && tok.index! + short.length === list.length;
        const long = single || last ? longFromDefinition(t, paren.start, short) : null;
        found.push({ short, token: listStart + tok.index!, paren: single ? paren : null, strong: (single && !!m[1]) || long !== null, long });
      }
    }
    // A glossary line needs capitals right before ": " — looked for with indexOf before the
    // expression is run over every line.
    if (glossaryColon(t)) for (const m of t.matchAll(GLOSSARY)) {
      const short = m[1]!;
      found.push({ short, token: m.index! + m[0].length - 2 - short.length, paren: null, strong: false, long: null });
    }
    found.sort((a, b) => a.token - b.token);
    for (const d of found) {
      if (isRoman(d.short)) continue;
      // Dropping the later " (T)" takes the space before it too.
      const ps = d.paren ? (d.paren.start > 0 && t[d.paren.start - 1] === ' ' ? d.paren.start - 1 : d.paren.start) : -1;
      definitions.push({
        short: d.short,
        at: nt.toOriginal(d.token),
        drop: d.paren ? { start: nt.toOriginal(ps), end: nt.toOriginal(d.paren.end) } : null,
        strong: d.strong,
        long: d.long,
      });
    }

    const caps = capsLines(t);
    const uses = new Map<string, Use>();
    capitalTokens(t, (s, e) => {
      const short = t.slice(s, e);
      if (uses.has(short) || known.has(short) || isRoman(short)) return;
      const os = nt.toOriginal(s);
      const oe = nt.toOriginal(e);
      if (insideSorted(ids, os, oe) || insideAny(headerSpans, os, oe) || insideAny(ctx.reading.quiet, os, oe)) return;
      if (insideSorted(quotes, s, e) || insideSorted(caps, s, e)) return;
      // A photo's credit names an agency or a photographer, not an abbreviation of the text: "(Ảnh minh hoạ: DV)", "- Ảnh:
      // TTXVN" (outside probe 412: "DV" was taken for "dân vận").
      if (PHOTO_CREDIT.test(t.slice(Math.max(0, s - 24), s))) return;
      const other = otherMeaning.get(short);
      if (other && meansOther(t, e, other)) return;
      // Capital first letter at the start of a sentence, or inside a name ("Ban DV Tỉnh ủy").
      const before = t.slice(Math.max(0, s - 40), s);
      const sentenceStart = /(?:^|[.!?:\n]\s{0,3}|^\s{0,3})$/u.test(before) || before.trim() === '';
      const prevWord = LAST_WORD.exec(before)?.[1] ?? '';
      uses.set(short, { span: { start: os, end: oe }, written: ctx.text.slice(os, oe), capital: sentenceStart || startsIn(prevWord, IS_UPPER), prev: prevWord.toLowerCase() });
    });
    return { definitions, uses, keyed: { text: ctx.text } };
  },
  judge(parts, doc) {
    const { records } = recordsOf(doc.corpus);
    // The issuing body's own name in the header ("ỦY BAN MTTQ VIỆT NAM XÃ …"): every reader of
    // its document knows it (outside set: the Front committee's plans were told to spell out MTTQ).
    const h = doc.header;
    const ownName = new Set(h.issuingBody ? doc.text.slice(h.issuingBody.span.start, h.issuingBody.span.end).normalize('NFC').match(ACRONYM_G) ?? [] : []);

    // First definition of each token; whether the text anywhere defines it clearly.
    const defs = new Map<string, FoundDefinition & { offset: number }>();
    const strong = new Map<string, FoundDefinition>();
    const first = new Map<string, { use: Use; offset: number }>();
    for (const { offset, facts } of parts) {
      for (const d of facts.definitions) {
        if (!defs.has(d.short)) defs.set(d.short, { ...d, offset });
        if (d.strong && !strong.has(d.short)) strong.set(d.short, d);
      }
      for (const [short, use] of facts.uses) if (!first.has(short)) first.set(short, { use, offset });
    }

    const out: RuleFinding[] = [];
    for (const [short, { use, offset }] of first) {
      if (ownName.has(short)) continue;
      const recs = records.get(short) ?? [];
      // Unknown to the corpus and never clearly defined: not ours to judge.
      if (recs.length === 0 && !strong.has(short)) continue;
      const def = defs.get(short);
      const os = use.span.start + offset;
      const oe = use.span.end + offset;
      if (def && def.at + def.offset <= os) continue; // defined at (or before) its first use

      const longs = [...new Set(recs.map((r) => r.long))];
      // The word before it is part of the spelled-out form: "Ban TVTU" is the Ban Thường vụ Tỉnh ủy, not
      // "Ban Ủy viên Ban Thường vụ Tỉnh ủy" (twelfth outside probe) — the writer's phrase means
      // something the record does not, so nothing is said.
      if (use.prev && longs.some((l) => l.toLowerCase().split(/\s+/u).includes(use.prev))) continue;
      const long = longs.length === 1 ? longs[0]! : strong.get(short)?.long ?? null;
      const edits: TextEdit[] = [];
      let spelled: string | null = null;
      if (long) {
        spelled = `${use.capital ? upperFirst(long) : long} (${short})`;
        edits.push({ start: os, end: oe, newText: likeOriginal(use.written, spelled) });
        if (def?.drop) edits.push({ start: def.drop.start + def.offset, end: def.drop.end + def.offset, newText: '' });
      }
      // The long form written out before, without the abbreviation after it ("Ủy ban mặt trận tổ quốc Việt Nam
      // xã …" on line 1, "Ủy ban MTTQ Việt Nam" on line 9): the text did spell it out, only did not tie the
      // abbreviation to it (thirty-ninth outside probe: "used before it is spelled out" was untrue). A hint,
      // said as it is.
      const rec = longs.length === 1 ? doc.corpus.abbreviations.find((x) => x.record === recs[0]) : undefined;
      const src = rec ? meaningSource(rec) : null;
      const spelledBefore = long ? spelledOutBefore(parts, os, long) : -1;
      if (spelledBefore >= 0) {
        const at = doc.lineAt(spelledBefore);
        out.push({
          span: { start: os, end: oe },
          severity: 'hint',
          message: {
            vi: `Chữ viết tắt "${short}" ("${long}") chưa được giải thích: văn bản viết đầy đủ ở dòng ${at} nhưng không kèm "(${short})" — lần viết đầy đủ đầu tiên nên ghi "${long} (${short})"${src ? ` — ${src.vi}` : ''}.`,
            en: `The abbreviation "${short}" ("${long}") is not tied to its long form: the text spells it out on line ${at} without "(${short})" — that first spelling should read "${long} (${short})"${src ? ` — ${src.en}` : ''}.`,
          },
        });
        continue;
      }
      const line = def ? doc.lineAt(def.at + def.offset) : 0;
      const laterVi = def ? `; văn bản chỉ giải thích ở dòng ${line}, sau lần dùng đầu tiên` : '';
      const laterEn = def ? `; the text spells it out only on line ${line}, after its first use` : '';
      const meaning = long ? { vi: ` ("${long}")`, en: ` ("${long}")` } : { vi: '', en: '' };
      out.push({
        span: { start: os, end: oe },
        message: {
          vi: `Chữ viết tắt "${short}"${meaning.vi} được dùng trước khi viết đầy đủ; lần dùng đầu tiên nên ghi "${spelled ?? `… (${short})`}"${laterVi}${src ? ` — ${src.vi}` : ''}.`,
          en: `The abbreviation "${short}"${meaning.en} is used before it is spelled out; its first use should read "${spelled ?? `… (${short})`}"${laterEn}${src ? ` — ${src.en}` : ''}.`,
        },
        fixes: spelled
          ? [{ title: { vi: `Viết đầy đủ: "${spelled}"`, en: `Spell out: "${spelled}"` }, edits, safe: true, preferred: true }]
          : undefined,
      });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/**
 * Where the long form is first written before `end` (any case, either tone placement: "Ủy ban mặt trận tổ
 * quốc", "BAN THƯỜNG VỤ", "Uỷ ban"), or -1. Lower case and canonical tone placement keep every code unit
 * in its place, so an offset in a block's copy is one in the block. Blocks end at blank lines, which a long
 * form never spans, so the first block holding it holds its first place in the text; `end` is where an
 * abbreviation starts (after a character that is not a letter), so no syllable is cut there. A block's copy
 * is made when a finding about to be raised first looks in it, and kept with its facts: made of the whole
 * text at every check, it was 3 % of a full check of real documents and more of a re-check.
 */
function spelledOutBefore(parts: readonly BlockFacts<Facts>[], end: number, long: string): number {
  const needle = keyText(long);
  for (const { offset, facts } of parts) {
    if (offset >= end) break;
    const keyed = facts.keyed;
    const at = (keyed.key ??= keyText(keyed.text)).indexOf(needle);
    if (at >= 0) return offset + at + needle.length <= end ? offset + at : -1;
  }
  return -1;
}

/**
 * Where the corpus read the abbreviation's meaning: the site of the first page it cites, else the
 * first source as named. A record's first source may be a news article named by its headline (the
 * seeds), which read as the finding's "source" made no sense beside a page that shows the use
 * (twenty-eighth and twenty-ninth outside probes).
 */
function meaningSource(rec: Entry<AbbreviationRecord>): { vi: string; en: string } | null {
  const page = rec.origin.layer === 'user-document' ? undefined : rec.record.sources?.find((x) => x.url);
  if (page?.url) return { vi: `nghĩa theo ${siteOf(page.url)}`, en: `meaning per ${siteOf(page.url)}` };
  return withoutFinalDot(sourceNote(rec.record.sources, rec.origin));
}
