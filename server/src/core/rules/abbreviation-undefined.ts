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
import type { Rule, RuleFinding } from './rule';
import { sourceNote } from './util/citations';
import { capsLines, insideAny, insideSorted, likeOriginal, lineOf, quotedSpans, withoutFinalDot } from './util/text';

// The look-ahead for two capitals first: most positions fail it at once.
const TOKEN = /(?=\p{Lu}\p{Lu})(?<![\p{L}\p{N}/\-.&])(\p{Lu}{2,10})(?![\p{L}\p{N}]|[/\-]\p{L}|\.\p{L})/gu;
// "(MTTQ)", "(sau đây gọi tắt là MTTQ)", a list "(WAZ, HAZ, WHZ)"; and glossary lines "1. CHC: …".
const DEFINITION = /\(((?:sau\sđây\s)?(?:gọi|viết)\stắt(?:\slà)?:?\s{1,2})?(\p{Lu}{2,10}(?:\s{0,2}[,;]\s{0,2}\p{Lu}{2,10}){0,8})\)/gu;
const GLOSSARY = /^[ \t]{0,8}(?:(?:\d{1,3}|[a-zđ])[.)]\s{1,3}|[-+*]\s{1,3})?(\p{Lu}{2,10}):\s/gmu;

interface Definition {
  /** Canonical offset of the token in the definition. */
  token: number;
  /** The parentheses of a one-token definition, which a fix may drop; null for lists and glossaries. */
  paren: Span | null;
  /**
   * A definition the writer clearly meant: "(sau đây gọi tắt là T)", or "(T)" after words whose
   * initials spell T. Only these make an abbreviation unknown to the corpus worth flagging.
   */
  strong: boolean;
  /** The words it abbreviates, when the initials show them. */
  long: string | null;
}

/** Roman numerals of terms and parts ("XIII", "IV") are not abbreviations. */
function isRoman(s: string): boolean {
  return /^[IVXL]{1,10}$/u.test(s) && romanValue(s) !== null;
}

/** The words before a later "(T)" whose initials spell T: "Mặt trận Tổ quốc Việt Nam (MTTQVN)". */
function longFromDefinition(t: string, parenStart: number, short: string): string | null {
  const before = t.slice(Math.max(0, parenStart - 200), parenStart).trimEnd();
  const words = before.split(/\s+/u);
  const n = short.length;
  if (words.length < n) return null;
  const cand = words.slice(words.length - n);
  const initials = cand.map((w) => fold(w).charAt(0)).join('');
  return initials === fold(short) && cand.every((w) => /^\p{L}/u.test(w)) ? cand.join(' ') : null;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const rule: Rule = {
  code: 'abbreviation-undefined',
  defaultSeverity: 'information',
  description: { vi: 'Chữ viết tắt chưa được viết đầy đủ trước khi dùng', en: 'Abbreviation used before it is spelled out' },
  run(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    const known = new Set(ctx.options.knownAbbreviations.map((k) => k.normalize('NFC')));
    const records = new Map<string, AbbreviationRecord[]>();
    for (const e of ctx.corpus.abbreviations) {
      const short = e.record.short.normalize('NFC');
      if (e.record.universal) known.add(short);
      const list = records.get(short) ?? [];
      list.push(e.record);
      records.set(short, list);
    }

    // Places where a capital token is not a use: citation ids, the header, quotes, headings.
    const h = ctx.reading.header;
    const headerSpans = [h.issuingBody, h.number, h.placeDate, h.kind, h.subject].filter((x): x is NonNullable<typeof x> => !!x).map((x) => x.span);
    const idSpans = ctx.reading.citations.flatMap((c) => (c.idSpan ? [c.idSpan] : []));
    const quotes = quotedSpans(t);
    // The issuing body's own name in the header ("ỦY BAN MTTQ VIỆT NAM XÃ …"): every reader of
    // its document knows it (outside set: the Front committee's plans were told to spell out MTTQ).
    if (h.issuingBody) for (const w of nt.original.slice(h.issuingBody.span.start, h.issuingBody.span.end).normalize('NFC').match(/\p{Lu}{2,10}/gu) ?? []) known.add(w);

    // First definition of each token; whether the text anywhere defines it clearly.
    const defs = new Map<string, Definition>();
    const strong = new Map<string, Definition>();
    const found: [string, Definition][] = [];
    for (const m of t.matchAll(DEFINITION)) {
      const list = m[2]!;
      const listStart = m.index! + 1 + (m[1]?.length ?? 0);
      const paren = { start: m.index!, end: m.index! + m[0].length };
      const single = /^\p{Lu}{2,10}$/u.test(list);
      for (const tok of list.matchAll(/\p{Lu}{2,10}/gu)) {
        const short = tok[0];
        const long = single ? longFromDefinition(t, paren.start, short) : null;
        found.push([short, { token: listStart + tok.index!, paren: single ? paren : null, strong: single && (!!m[1] || long !== null), long }]);
      }
    }
    for (const m of t.matchAll(GLOSSARY)) {
      const short = m[1]!;
      found.push([short, { token: m.index! + m[0].length - 2 - short.length, paren: null, strong: false, long: null }]);
    }
    found.sort((a, b) => a[1].token - b[1].token);
    for (const [short, d] of found) {
      if (isRoman(short)) continue;
      if (!defs.has(short)) defs.set(short, d);
      if (d.strong && !strong.has(short)) strong.set(short, d);
    }

    const caps = capsLines(t);
    const ids = [...idSpans].sort((a, b) => a.start - b.start);
    const seen = new Set<string>(); // decided: flagged, or defined before any use
    const out: RuleFinding[] = [];
    for (const m of t.matchAll(TOKEN)) {
      const short = m[1]!;
      if (seen.has(short) || known.has(short) || isRoman(short)) continue;
      const recs = records.get(short) ?? [];
      const def = defs.get(short);
      if (recs.length === 0 && !strong.has(short)) {
        seen.add(short); // unknown to the corpus and never clearly defined: not ours to judge
        continue;
      }
      const s = m.index!;
      const e = s + short.length;
      if (def && def.token <= s) {
        seen.add(short); // defined at (or before) its first use
        continue;
      }
      const os = nt.toOriginal(s);
      const oe = nt.toOriginal(e);
      if (insideSorted(ids, os, oe) || insideAny(headerSpans, os, oe) || insideAny(ctx.reading.quiet, os, oe)) continue;
      if (insideSorted(quotes, s, e) || insideSorted(caps, s, e)) continue;
      seen.add(short);

      const longs = [...new Set(recs.map((r) => r.long))];
      const long = longs.length === 1 ? longs[0]! : strong.get(short)?.long ?? null;
      const edits: TextEdit[] = [];
      let spelled: string | null = null;
      if (long) {
        // Capital first letter at the start of a sentence, or inside a name ("Ban DV Tỉnh ủy").
        const before = t.slice(Math.max(0, s - 40), s);
        const sentenceStart = /(?:^|[.!?:\n]\s{0,3}|^\s{0,3})$/u.test(before) || before.trim() === '';
        const prevWord = /(\p{L}{1,30})\s{1,2}$/u.exec(before)?.[1] ?? '';
        const inName = /^\p{Lu}/u.test(prevWord);
        const text = sentenceStart || inName ? upperFirst(long) : long;
        spelled = `${text} (${short})`;
        edits.push({ start: os, end: oe, newText: likeOriginal(ctx.text.slice(os, oe), spelled) });
        if (def?.paren) {
          // Drop the later " (T)", now redundant, with the space before it.
          const ps = def.paren.start > 0 && t[def.paren.start - 1] === ' ' ? def.paren.start - 1 : def.paren.start;
          edits.push({ start: nt.toOriginal(ps), end: nt.toOriginal(def.paren.end), newText: '' });
        }
      }
      const laterVi = def ? `; văn bản chỉ giải thích ở dòng ${lineOf(t, def.token)}, sau lần dùng đầu tiên` : '';
      const laterEn = def ? `; the text spells it out only on line ${lineOf(t, def.token)}, after its first use` : '';
      const rec = longs.length === 1 ? ctx.corpus.abbreviations.find((x) => x.record === recs[0]) : undefined;
      const src = rec ? withoutFinalDot(sourceNote(rec.record.sources, rec.origin)) : null;
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
    return out;
  },
};
