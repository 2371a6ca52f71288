// organisation-renamed: an organisation or level named in a report dated after it ceased — "Ban
// Dân vận Trung ương" after its merger into the Ban Tuyên giáo và Dân vận Trung ương, "Huyện ủy"
// or "UBND huyện" after the district level ended. The facts (the day it ceased, the successor,
// the sources) come from corpus organisation records with `until`; nothing is hard-coded here.
//
// Historical mentions stay quiet:
//   - a sentence that names a year up to the year it ceased ("Năm 2020, Ban Dân vận Trung ương
//     đã …"; the year of a document issued after the change does not count), or that says it
//     speaks of the former body ("nguyên", "cũ", "trước đây", "trước khi", "sáp nhập", "hợp
//     nhất", "giải thể");
//   - "… huyện" at a line's end before "Ủy ban …" (not "Huyện ủy");
//   - a mention inside a citation (the issuer of a document), unless the citation's own date is
//     after the day it ceased;
//   - quoted text.
// Names match ignoring case and tone-mark placement; the record's name and its abbreviation forms
// ("UBND huyện") are matched. Provinces merged on 1/7/2025 are matched through the names of their
// bodies ("Tỉnh ủy Hà Giang", "UBND tỉnh Bình Dương"; corpus/provinces.ts), and the successor
// named is the same body of the new province; a name a current body still carries is never flagged. Information only, with no fix: the successor is not always a rename.

import type { CorpusIndex, Entry } from '../corpus/corpus-index';
import { bodyNames, existsOn, provinceOf, successorBody } from '../corpus/provinces';
import type { OrganisationRecord } from '../corpus/types';
import { formatVi } from '../text/calendar';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { fullSpansByStart, reportDateNote, sourceNote } from './util/citations';
import type { Span } from '../types';
import { insideAny, insideSorted, keyText, keyTextOf, LazyMatches, PhraseMatcher, quotedSpans, segmenterOf, type Segmenter, withoutFinalDot } from './util/text';
import { MASS_BODY } from '../extract/patterns';
import { rx } from '../text/letters';

/** A name the rule looks for, and what to say about it. */
interface Target {
  entry: Entry<OrganisationRecord>;
  /** The successor as the writer would name it: the record's, or the same body of the new province. */
  successor: string | undefined;
}

interface Matcher {
  /** A trie over every body name of every province: an alternation of them cost ~30 ms a 250 KB report. */
  re: PhraseMatcher | null;
  byKey: Map<string, Target[]>;
}
const cache = new WeakMap<CorpusIndex, Matcher>();
const UY_BAN = /ủy$/u;
const BAN_AFTER = rx(String.raw`^\s{1,3}ban(?![\p{L}])`, 'u');
// "Ban Tuyên giáo Trung ương Hội Nông dân …", "Ban Bí thư Trung ương Đoàn": a mass organisation's own
// board, named like the Party's (second outside probe); the words the issuer patterns know too.
const TRUNG_UONG = /trung ương$/u;
const MASS_AFTER = rx(String.raw`^\s{1,3}${MASS_BODY}`, 'iu');

const PAST_WORDS = rx(String.raw`(?<![\p{L}])(?:nguyên|cũ|trước\sđây|trước\skhi|sáp\snhập|hợp\snhất|giải\sthể|thay\sthế|thời\skỳ|giai\sđoạn\strước|kết\sthúc\shoạt\sđộng)(?![\p{L}])`, 'giu');
const YEAR = rx(String.raw`(?<![\p{N}])(19\d\d|20\d\d)(?![\p{N}])`, 'gu');

function matcher(corpus: CorpusIndex): Matcher {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const byKey = new Map<string, Target[]>();
  const add = (name: string, t: Target) => {
    const key = keyText(name.normalize('NFC').replace(/\s+/gu, ' ').trim());
    const list = byKey.get(key);
    if (!list) byKey.set(key, [t]);
    else if (!list.some((x) => x.entry === t.entry)) list.push(t);
  };
  for (const e of corpus.organisations) {
    const province = provinceOf(e);
    if (province) {
      // A province is named through its bodies ("Tỉnh ủy Hà Giang"), never by "tỉnh X" alone (an
      // address or a place in a sentence about the past). Current provinces are added too: a
      // name a current unit kept ("Tỉnh ủy Tuyên Quang") must not be flagged for its former unit.
      for (const b of bodyNames(province))
        add(b.name, { entry: e, successor: e.record.successor ? (successorBody(b, e.record.successor) ?? e.record.successor) : undefined });
      continue;
    }
    if (!e.record.until) continue;
    for (const name of [e.record.name, ...(e.record.abbreviations ?? [])]) add(name, { entry: e, successor: e.record.successor });
  }
  // Only names some record has ceased under are worth a pattern.
  const keys = [...byKey].filter(([, ts]) => ts.some((t) => t.entry.record.until)).map(([k]) => k);
  const re = keys.length ? new PhraseMatcher(keys) : null;
  const m = { re, byKey };
  cache.set(corpus, m);
  return m;
}

// What follows a citation in its sentence describes it: its issuer where the reader stopped before it,
// its title ("… Thông tư số 33/2014/TT-BNNPTNT ngày 30 tháng 10 năm 2014 của Bộ trưởng Bộ Nông nghiệp
// và Phát triển nông thôn quy định …", "… thuộc phạm vi quản lý của Bộ Nông nghiệp và Phát triển nông
// thôn"; the gazette's texts of 2026 cite what the former ministries issued).
const SENTENCE_BREAK = /[.;:](?:\s|$)|\n\s*\n/u;

/**
 * Whether the name at original offset `at` follows, in the same sentence and within 300 characters,
 * a citation of a document dated on or before `until` (written, or its record's): the name is that
 * document's, of its time.
 */
function describesOlder(ctx: RuleContext, at: number, until: string): boolean {
  let k = -1;
  ctx.reading.citations.forEach((c, i) => {
    if (c.fullSpan.end <= at && at - c.fullSpan.end <= 300 && (k < 0 || c.fullSpan.end > ctx.reading.citations[k]!.fullSpan.end)) k = i;
  });
  if (k < 0) return false;
  const c = ctx.reading.citations[k]!;
  if (SENTENCE_BREAK.test(ctx.text.slice(c.fullSpan.end, at))) return false;
  const res = ctx.resolutions[k];
  const date = c.date?.iso ?? (res?.certainty === 'exact' ? res.entry.record.date : undefined) ?? (c.idYear !== null ? String(c.idYear) : undefined);
  return !!date && date.slice(0, until.length) <= until;
}

/** The years written in [from, to) of `t` (what the matches of YEAR over all of `t` starting there are). */
function yearsIn(t: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  YEAR.lastIndex = from;
  for (let m = YEAR.exec(t); m !== null && m.index < to; m = YEAR.exec(t)) out.push(m);
  return out;
}

/** The record a name stands for on the report's date: none while a body of that name exists. */
function ceased(targets: Target[] | undefined, reportDate: string): Target | undefined {
  if (!targets || targets.some((t) => existsOn(t.entry.record, reportDate))) return undefined;
  return targets.find((t) => t.entry.record.until && after(reportDate, t.entry.record.until));
}

/** Whether `iso` is after a partial date ("2025-07-01", "2025-07", "2025"). */
function after(iso: string, until: string): boolean {
  return iso.slice(0, until.length) > until;
}

export const rule: Rule = {
  code: 'organisation-renamed',
  defaultSeverity: 'information',
  description: { vi: 'Cơ quan, cấp đã không còn vào ngày của báo cáo', en: 'Organisation or level that no longer existed at the report date' },
  run(ctx) {
    const { re, byKey } = matcher(ctx.corpus);
    if (!re) return [];
    const nt = ctx.reading.nt;
    const t = nt.text;
    const key = keyTextOf(nt);
    const quotes = quotedSpans(t);
    const out: RuleFinding[] = [];
    // Sentences and citation spans are found on the first name that has ceased (most reports name none), and the
    // words of the past and the years only in the sentences asked about (over the whole block they were a third of
    // the rule on real reports, which name "Huyện ủy" often).
    let found: { seg: Segmenter; pastWords: LazyMatches; citationSpans: Span[] } | null = null;
    const lazy = () =>
      (found ??= {
        seg: segmenterOf(nt),
        pastWords: new LazyMatches(t, PAST_WORDS),
        citationSpans: fullSpansByStart(ctx.reading.citations),
      });
    re.scan(key, (s, e, phrase) => {
      const target = ceased(byKey.get(phrase), ctx.reportDate);
      if (!target) return;
      // A text with no date of its own speaks of its time: when its opening dates an event before the
      // change ("Sáng ngày 22/10/2019, … Huyện ủy …"; second and fourth outside probes), or nothing it
      // gives (a date, a cited document) is later than the change (twenty-third: a 2005 Huyện ủy
      // regulation, a Q&A on a 2016 guide, were told the Huyện ủy is gone).
      if (ctx.latestDate && ctx.latestDate <= target.entry.record.until!) return;
      if (ctx.leadDate && ctx.leadDate <= target.entry.record.until!) return;
      const { seg, pastWords, citationSpans } = lazy();
      const entry = target.entry;
      const r = entry.record;
      const until = r.until!;
      const matched = key.slice(s, e);
      // "… huyện" at a line's end before "Ủy ban …" is not "Huyện ủy".
      if (UY_BAN.test(matched) && BAN_AFTER.test(key.slice(e, e + 8))) return;
      if (TRUNG_UONG.test(matched) && MASS_AFTER.test(key.slice(e, e + 16))) return;
      if (insideSorted(quotes, s, e)) return;
      const os = nt.toOriginal(s);
      const oe = nt.toOriginal(e);
      if (insideAny(ctx.reading.quiet, os, oe)) return;
      const inCitation = insideSorted(citationSpans, os, oe);
      if (!inCitation && describesOlder(ctx, os, until)) return;
      if (inCitation) {
        const citation = ctx.reading.citations.find((c) => os >= c.fullSpan.start && oe <= c.fullSpan.end);
        if (!(citation?.date?.iso && after(citation.date.iso, until))) return;
      } else {
        const sentence = seg.sentenceAt(s);
        if (pastWords.any(sentence.start, sentence.end)) return;
        // Years of documents issued after the change say nothing about the past ("Hướng dẫn …
        // ngày 5/5/2025 của Ban Dân vận Trung ương" is itself the anachronism).
        const past = yearsIn(t, sentence.start, sentence.end).some((y) => {
          if (y[1]! > until.slice(0, 4)) return false;
          const at = nt.toOriginal(y.index!);
          const c = ctx.reading.citations.find((x) => at >= x.fullSpan.start && at < x.fullSpan.end);
          return !(c?.date?.iso && after(c.date.iso, until));
        });
        if (past) return;
      }
      const written = t.slice(s, e);
      const when = reportDateNote(ctx);
      // A record that knows the year only ("2025") says so, not "từ ngày 2025" (hundred-and-fifty-third outside probe).
      const since = until.length >= 10 ? { vi: `ngày ${formatVi(until)}`, en: `on ${formatVi(until)}` } : { vi: `năm ${until.slice(0, 4)}`, en: `in ${until.slice(0, 4)}` };
      const src = withoutFinalDot(sourceNote(r.sources, entry.origin));
      const successor = target.successor
        ? { vi: `; cơ quan kế tục: ${target.successor}`, en: `; its successor: ${target.successor}` }
        : { vi: '', en: '' };
      out.push({
        span: { start: os, end: oe },
        message: {
          vi: `"${written}" không còn từ ${since.vi}, trước ${when.vi}${successor.vi} — ${src.vi}. Nếu nói về thời gian trước đó, nên ghi rõ năm.`,
          en: `"${written}" ceased ${since.en}, before ${when.en}${successor.en} — ${src.en}. If the text speaks of an earlier time, say the year.`,
        },
      });
    });
    return out;
  },
};
