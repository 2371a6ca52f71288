// Whether a record can be the document a citation names when their ids are the same. Party
// numbers restart every term and state numbers without a year every year, so the only record
// with an id may still be another document: "Nghị quyết số 23-NQ/TW của Bộ Chính trị về định
// hướng … phát triển công nghiệp quốc gia" is the 2018 resolution, not the 2003 one the corpus
// holds. The written date decides when it equals the record's; otherwise a written term or
// subject that contradicts the record means another document, which the rules then report as
// "probably another document with the same number" instead of an issuer, date or term error.

import type { Citation } from '../extract/citations';
import type { DirectiveRecord } from './types';
import { rx } from '../text/letters';
import { fold } from '../text/normalize';
import { boundedMemo } from '../text/memo';
import { isStateBody } from './bodies';
import { romanValue, toRoman } from '../extract/terms';

const WORD_RUN = rx(String.raw`[\p{L}\p{M}]+`, 'gu');
// The documents a subject names, by kind and number: "Chỉ thị số 07-CT/TW", "Nghị quyết số 25", "Quyết định 59/2015/QĐ-TTg"
// (Quyết định and Quy định share "QĐ", as their Party codes do).
const REF_IN = /\d/u;
const ID_RUN = rx(String.raw`(\d{1,5})(?:\/\d{4})?[-/]([\p{Lu}Đ]{1,8})[-/][\p{Lu}\p{N}Đ]{1,14}`, 'gu');
const NUMBERED_RUN = rx(String.raw`(Nghị\s{1,2}quyết|Chỉ\s{1,2}thị|Kết\s{1,2}luận|Quyết\s{1,2}định|Quy\s{1,2}định)\s{1,2}(?:số\s{1,2})?(\d{1,4})(?![\d/])`, 'giu');
const REF_CODE: Readonly<Record<string, string>> = { 'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'kết luận': 'KL', 'quyết định': 'QĐ', 'quy định': 'QĐ' };

/** The documents a subject names, as "CT:7" (type code, number without leading zeros); asked for every candidate record. */
const refsIn = boundedMemo(4096, (s: string): Set<string> => {
  const out = new Set<string>();
  if (!REF_IN.test(s)) return out;
  for (const m of s.matchAll(ID_RUN)) out.add(`${m[2]!.replace(/I$/u, '')}:${+m[1]!}`);
  for (const m of s.matchAll(NUMBERED_RUN)) {
    const code = REF_CODE[m[1]!.toLowerCase().replace(/\s+/gu, ' ')];
    if (code) out.add(`${code}:${+m[2]!}`);
  }
  return out;
});

export type OtherReason = 'term' | 'subject';

// Words of a subject that say nothing about which document it is: function words, the verbs
// every trích yếu starts with ("về việc tiếp tục đẩy mạnh thực hiện …") and the boilerplate of
// implementing texts ("quy định chi tiết thi hành một số điều của Luật …", "sửa đổi, bổ sung").
const SUBJECT_FILLER = new Set(
  ('về việc của và các những trong đối với cho đến năm tầm nhìn giai đoạn một số vấn đề tiếp tục thực hiện tăng cường đẩy mạnh ' +
    'nâng cao đổi mới sự lãnh đạo đảng nhà nước trong tình hình mới theo tại ban hành quy định hướng dẫn triển khai nghị quyết ' +
    'chỉ thị kết luận quyết định số ngày tháng là có được này đó nhằm để từ sau trước ' +
    'chi tiết thi điều khoản luật sửa đổi bổ sung bởi')
    .split(' '),
);

// "công tác" heads half the subjects of mass mobilisation ("công tác dân vận", "công tác người Việt Nam ở nước ngoài",
// "công tác phòng, chống tham nhũng"): one word, not two (sixty-ninth outside probe: its two syllables had been a
// quarter of a conclusion's subject on overseas Vietnamese, enough to take it for one on corruption). Its syllables
// stay words elsewhere ("công an", "hợp tác").
// So is "dân số" (population), whose "số" is filler elsewhere ("Nghị quyết số"): alone, its "dân" was any "nhân dân", and
// "Công tác dân số trong tình hình mới" agreed in full with 20-NQ/TW on the people's health (two hundred and ninety-second
// outside probe).
const JOINED_WORDS = /công\s{1,2}tác|dân\s{1,2}số/gu;
const joinWords = (m: string): string => m.replace(/\s+/gu, '');

// Initials that stand for a subject's words in running text: "đổi mới căn bản và toàn diện GD&ĐT theo Nghị quyết số
// 29-NQ/TW" is the 2013 resolution on education and training (hundred-and-twenty-eighth outside probe: without "đào
// tạo" the words held too little of its subject, and the 2022 one on industrialisation was kept). Lower case.
const INITIALS: Record<string, string> = {
  'gd&đt': 'giáo dục đào tạo', 'gd-đt': 'giáo dục đào tạo', gdđt: 'giáo dục đào tạo',
  'kt-xh': 'kinh tế xã hội', ktxh: 'kinh tế xã hội',
  'kh&cn': 'khoa học công nghệ', 'kh-cn': 'khoa học công nghệ', khcn: 'khoa học công nghệ',
  'cnh-hđh': 'công nghiệp hóa hiện đại hóa', 'cnh, hđh': 'công nghiệp hóa hiện đại hóa',
  'qp-an': 'quốc phòng an ninh', qpan: 'quốc phòng an ninh', antt: 'an ninh trật tự',
  atgt: 'an toàn giao thông', attp: 'an toàn thực phẩm', bhxh: 'bảo hiểm xã hội', bhyt: 'bảo hiểm y tế',
  cchc: 'cải cách hành chính', ntm: 'nông thôn mới', dtts: 'dân tộc thiểu số',
  // "tiến tới ĐHĐB toàn quốc lần thứ 13" (three hundred and sixty-ninth outside probe).
  đhđb: 'đại hội đại biểu',
};
const INITIALS_AT = rx(
  String.raw`(?<![\p{L}\p{N}])(?:${Object.keys(INITIALS)
    .sort((x, y) => y.length - x.length)
    .join('|')})(?![\p{L}\p{N}])`,
  'gu',
);
// An ordinal in figures after "lần thứ", "đại hội" or "khóa", as records write it in Roman numerals: "tiến tới ĐHĐB toàn quốc
// lần thứ 13" is the subject of the directive for the XIII congress, not the XIV one's, which agrees with every other word
// (three hundred and sixty-ninth outside probe: the directive of 2024 was taken for that of 2019).
const ORDINAL_IN_FIGURES = rx(String.raw`(?<=(?:lần\sthứ|đại\shội|khóa|khoá)\s{1,2})(\d{1,2})(?![\p{N}])`, 'gu');
function spelledOut(lower: string): string {
  return lower.replace(INITIALS_AT, (m) => INITIALS[m]!).replace(ORDINAL_IN_FIGURES, (m) => toRoman(+m).toLowerCase());
}

/**
 * The distinct content syllables of a subject, lower case, with no filler; with `joined`, "công tác" one word and ids
 * left out (to weigh one subject against another; the words around a citation count its syllables, context-choice.ts).
 */
export function subjectWords(s: string, joined = false): Set<string> {
  return new Set(contentSequence(s, joined));
}

/** subjectWords' syllables in their order, repeats kept. */
export function contentSequence(s: string, joined = false): string[] {
  const out: string[] = [];
  // Weighing subjects, numbers and symbols are not words: "25-NQ/TW" in a subject gave "nq" and "tw", which every
  // subject naming a Party text shares (fifteenth session: a subject with no other word had agreed with none and judged every other).
  const lower = spelledOut((joined && REF_IN.test(s) ? s.replace(ID_RUN, ' ') : s).normalize('NFC').toLowerCase());
  for (const w of (joined ? lower.replace(JOINED_WORDS, joinWords) : lower).match(WORD_RUN) ?? []) if (!SUBJECT_FILLER.has(w)) out.push(FINAL_Y.test(w) ? iForY(w) : w);
  return out;
}

/**
 * subjectWords(written, true), remembered: a citation's subject is weighed against every record of its number, by the
 * resolver and by several rules, each time split and lower-cased anew.
 */
const writtenWords: (written: string) => ReadonlySet<string> = boundedMemo(1024, (written) => subjectWords(written, true));

// A syllable whose only vowel is a final "y" after a consonant is written with "i" as well ("liệt sỹ" / "liệt sĩ", "kỹ
// thuật" / "kĩ thuật", "lý luận" / "lí luận"): one word (ninety-fifth outside probe: "thương binh, liệt sĩ" against the
// record's "liệt sỹ" left a subject short of the record's, and a year slip untold).
const FINAL_Y = /^[bcdđghklmnpqrstvx]{1,3}[yýỳỷỹỵ]$/u;
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
function iForY(w: string): string {
  return w.slice(0, -1) + Y_TO_I[w.slice(-1)]!;
}

// A written subject judges a record only when it says enough (four content syllables or more);
// below a quarter of them found in the record it names another document, from three fifths up
// the same one.
const MIN_WORDS = 4;
export const OTHER_BELOW = 0.25;
// The part of a record's own subject (its content syllables, five or more) a written subject must hold to be that record's
// however long it runs on.
const MOST_COVERED = 0.8;
export const SAME_FROM = 0.6;
// A short gloss in parentheses: "(tam nông)", "(MTTQ)".
const GLOSS = /\([^()]{1,30}\)/gu;
// With an issuer written that is not the record's, a list's subject below half the record's words is another document's.
const ISSUER_AND_SUBJECT_BELOW = 0.5;
// With a day written that is not the record's, a subject below half the record's words is another document's.
const DATE_AND_SUBJECT_BELOW = 0.5;

/**
 * A record's words, as subjectAgreement weighs them: of its subject, name and aliases together, and of its subject alone.
 * Asked for every candidate record of every citation with a subject; records do not change, so each is worked out once.
 */
const PLENUM_NAME = /^Nghị quyết (?:Hội nghị )?(?:lần thứ \S+ )?(?:Ban Chấp hành )?Trung ương(?: \d{1,2})? \(?(?:khóa|khoá) [IVXL]{1,6}\)?$/u;
const recordWords = new WeakMap<DirectiveRecord, { known: readonly string[]; have: Set<string>; subject: Set<string> | null }>();
function wordsOfRecord(r: DirectiveRecord): { known: readonly string[]; have: Set<string>; subject: Set<string> | null } {
  let x = recordWords.get(r);
  if (!x) {
    const known = [r.subject, r.name, ...(r.aliases ?? [])].filter((k): k is string => !!k);
    // A plenum's name says nothing of the subject: a record known only by it ("Nghị quyết Trung ương 5 khóa XII") has no
    // words to weigh (eightieth outside probe: "Nghị quyết số 12-NQ/TW về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu
    // quả DNNN" of that plenum was told another document than the corpus's 12-NQ/TW of 3/6/2017).
    const weighed = known.filter((k) => !PLENUM_NAME.test(k));
    recordWords.set(r, (x = { known, have: subjectWords(weighed.join(' '), true), subject: r.subject ? subjectWords(r.subject, true) : null }));
  }
  return x;
}

/**
 * How much of the record's own subject the written one holds (its content syllables), or null when the record has none:
 * the other way round from subjectAgreement, which a sentence running on past the title ("… của Ban Bí thư một cách tích
 * cực, bài bản") lowers while the title is all there.
 */
export function recordCoverage(written: string, r: DirectiveRecord): number | null {
  const { subject } = wordsOfRecord(r);
  if (!subject || subject.size === 0) return null;
  const w = writtenWords(written);
  let found = 0;
  for (const x of subject) if (w.has(x)) found++;
  return found / subject.size;
}

/** Whether the written subject holds MOST_COVERED of the record's own subject, of five content syllables or more. */
function mostCovered(written: string, r: DirectiveRecord): boolean {
  const { subject } = wordsOfRecord(r);
  return !!subject && subject.size >= 5 && (recordCoverage(written, r) ?? 0) >= MOST_COVERED;
}

/**
 * The longest run of the record's subject's content syllables, in order, that the written subject holds one after another
 * ("ngoại giao kinh tế" of "về công tác ngoại giao kinh tế phục vụ phát triển đất nước"): filler words aside on both sides.
 */
export function sharedRun(written: string, r: DirectiveRecord): number {
  return r.subject ? longestRun(contentSequence(r.subject), ` ${contentSequence(written).join(' ')} `) : 0;
}

/** The longest run of `words`, in order and one after another, that `text` (words joined by single spaces, padded) holds. */
export function longestRun(words: readonly string[], text: string): number {
  let best = 0;
  for (let i = 0; i + best < words.length; i++) {
    let n = 0;
    let phrase = ' ';
    while (i + n < words.length) {
      const next = `${phrase}${words[i + n]} `;
      if (!text.includes(next)) break;
      phrase = next;
      n++;
    }
    if (n > best) best = n;
  }
  return best;
}

/** Whether a written subject says enough to weigh a record by (subjectAgreement's least). */
export function weighable(written: string): boolean {
  return writtenWords(written).size >= MIN_WORDS;
}

/**
 * How much of a written subject a record's subject, name and aliases share: null when shorter
 * than `minWords` content words (too short to say).
 */
export function subjectAgreement(written: string, r: DirectiveRecord, minWords = MIN_WORDS): number | null {
  const w = writtenWords(written);
  const { known, have, subject } = wordsOfRecord(r);
  if (known.length === 0) return null;
  // A subject about another numbered text names it: the same id in both is the same subject ("Kết luận 65-KL/TW … về
  // tiếp tục thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị khóa VIII về xây dựng và thực hiện quy chế dân chủ cơ sở"
  // against the record's "tiếp tục thực hiện Chỉ thị 30-CT/TW"; fourteenth session) — however few its other words ("về
  // tiếp tục thực hiện Chỉ thị số 05-CT/TW", forty-third session's probe 420: too short to weigh, 01-KL/TW went unnamed).
  const refs = refsIn(written);
  if (refs.size) for (const k of known) for (const ref of refsIn(k)) if (refs.has(ref)) return 1;
  if (w.size < minWords) return null;
  // A record whose subject names only the text it follows ("tiếp tục thực hiện Nghị quyết số 25-NQ/TW") has no words to
  // weigh (fifteenth session: every subject written for the 43-KL/TW of 2019 had become another document's).
  if (have.size === 0) return null;
  let shared = 0;
  for (const x of w) if (have.has(x)) shared++;
  const whole = shared / w.size;
  // A news sentence runs on after the title: "Nghị quyết 59-NQ/TW về hội nhập quốc tế trong tình hình mới,
  // nhấn mạnh yêu cầu chủ động, …" (sixtieth outside probe: told it was another document). Its first clause,
  // when it is the record's subject word for word both ways, is that subject.
  // The record's subject may itself hold commas, and a gloss in parentheses: "… Khóa X về nông nghiệp, nông dân, nông thôn
  // (tam nông), Trưởng ban Kinh tế Trung ương Nguyễn Văn Bình cho biết …" (fifteenth session: told another document).
  // Any run up to a comma that is the subject word for word is.
  if (whole < 1 && subject) {
    // The word-for-word readings below may spell out an acronym in the record's words: they ask for the record's subject
    // in order, which an acronym's chance match ("KTTT" for "kinh tế thị trường", not "kinh tế tập thể") rarely gives.
    // The share of words above does not: it would make every record with those initials agree more.
    written = expandAcronyms(written, r);
    if (clauseAgrees(written.replace(GLOSS, ' '), subject, have)) return 1;
    // Or the record's subject word for word, then the sentence goes on: "về nông nghiệp, nông dân, nông thôn của Trung
    // ương đến với cán bộ, đảng viên …" (eightieth outside probe: with a plenum's name no longer weighed, the run-on
    // had made the resolution of 2008 on agriculture another document).
    if (subject.size >= 2 && startsWithWords(written, r.subject!)) return 1;
    // Or it closes the written subject after a comma: two documents of a list, their subjects joined ("Nghị quyết
    // 20-NQ/TW và Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về tăng cường công tác bảo vệ, chăm
    // sóc, nâng cao sức khỏe nhân dân, công tác dân số trong tình hình mới"; ninety-seventh outside probe: told another
    // document than the 21-NQ/TW on population).
    if (subject.size >= 2 && endsAfterComma(written, r.subject!)) return 1;
    // Or it is one clause of a list of subjects, between two commas: "Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính
    // trị về sắp xếp tổ chức bộ máy, tinh giản biên chế, cơ cấu lại đội ngũ …" against the record's "tinh giản biên chế"
    // (hundred-and-thirty-first outside probe: told another document than the 2015 resolution).
    if (subject.size >= 3 && clauseIsSubject(written, r.subject!)) return 1;
  }
  return whole;
}

// An acronym of three to six capitals standing alone ("BHYT", "HĐND"), not part of an id ("25-NQ/TW").
const ACRONYM = rx(String.raw`(?<![\p{L}\p{N}\-/.])[A-ZĐ]{3,6}(?![\p{L}\p{N}\-/])`, 'gu');
const MARKS = rx(String.raw`\p{M}`, 'gu');
const recordSyllables = new WeakMap<DirectiveRecord, string[]>();

/**
 * A written subject with each acronym spelled out where the record's subject, name or aliases hold words with those
 * initials: "điều chỉnh giao chỉ tiêu thực hiện BHYT giai đoạn 2016 – 2020" is the record's "… thực hiện bảo hiểm y tế
 * giai đoạn 2016-2020" (hundred-and-seventieth outside probe: a day's slip was taken for another document with the
 * same number). Vietnamese acronyms take each syllable's first letter ("HĐND", "UBND" of "ủy ban nhân dân").
 */
function expandAcronyms(written: string, r: DirectiveRecord): string {
  ACRONYM.lastIndex = 0;
  if (!ACRONYM.test(written)) return written;
  let words = recordSyllables.get(r);
  if (!words) recordSyllables.set(r, (words = lowerWords([r.subject, r.name, ...(r.aliases ?? [])].filter(Boolean).join(' '))));
  const initials = words.map((w) => w.normalize('NFD')[0]!);
  return written.replace(ACRONYM, (a) => {
    const letters = [...a.toLowerCase().normalize('NFD').replace(MARKS, '')];
    for (let i = 0; i + letters.length <= words.length; i++) {
      let k = 0;
      while (k < letters.length && initials[i + k] === letters[k]) k++;
      if (k === letters.length) return words.slice(i, i + k).join(' ');
    }
    return a;
  });
}

/**
 * Whether a run of `written` up to one of its commas, the sentence going on past it, is the record's subject (`subject`;
 * its words with its name's and aliases', `have`). Read once for both ways a run may be:
 * - the record's whole subject, two words or more: "về công tác dân số trong tình hình mới, Đảng ủy UBND tỉnh Đắk Nông đã
 *   ban hành …" (seventy-sixth outside probe: told it was another document than 21-NQ/TW of 2017);
 * - four content words or more, all the record's, and half its subject's words at least: "Chỉ thị số 21-CT/TW của Bộ
 *   Chính trị về phòng, chống ma túy, các đại biểu tập trung thảo luận …" after the same directive cited in full (120th
 *   outside probe: told another document than the 2008 directive on drugs). The words every trích yếu of a kind shares
 *   ("chức năng, nhiệm vụ, quyền hạn") are a small part of each subject that holds them.
 * A run with a word that is not the record's ends the search: every longer run holds it too.
 */
function clauseAgrees(written: string, subject: Set<string>, have: Set<string>): boolean {
  let leading = false;
  for (let comma = written.indexOf(','); comma > 0; comma = written.indexOf(',', comma + 1)) {
    const clause = subjectWords(written.slice(0, comma), true);
    let inSubject = 0;
    let all = true;
    for (const x of clause) {
      if (subject.has(x)) inSubject++;
      else if (!have.has(x)) all = false;
    }
    if (!all) break;
    if (clause.size >= 2 && clause.size === subject.size && inSubject === clause.size) return true;
    if (clause.size >= MIN_WORDS && clause.size * 2 >= subject.size) leading = true;
  }
  return leading;
}

function withoutLeadingVe(words: string[]): string[] {
  let i = 0;
  while (words[i] === 'về') i++;
  return i ? words.slice(i) : words;
}

/** A text's words in order, lower case (marks and punctuation between them aside). */
function lowerWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD_RUN) ?? [];
}

/** Whether `text` ends, after a comma, with `tail`'s words in order ("về" aside; lower case, punctuation between aside). */
function endsAfterComma(text: string, tail: string): boolean {
  const want = lowerWords(tail).filter((w, i) => i > 0 || w !== 'về');
  const comma = text.lastIndexOf(',');
  if (want.length < 3 || comma < 0) return false;
  return sameWords(lowerWords(text.slice(comma + 1)), want);
}

/** Whether one clause of `text` between commas (the first without its "về") is `subject` word for word. */
function clauseIsSubject(text: string, subject: string): boolean {
  const want = withoutLeadingVe(lowerWords(subject));
  if (want.length < 3) return false;
  return text.split(',').some((piece) => sameWords(withoutLeadingVe(lowerWords(piece)), want));
}

/** Whether two lists hold the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => b[i] === w);
}

/** Whether `text`'s words begin with all of `head`'s, in order (lower case; marks and punctuation between them aside). */
function startsWithWords(text: string, head: string): boolean {
  // "về" opening either, or typed twice ("về về công tác …"; hundred-and-fifteenth outside probe), is not the subject.
  const want = withoutLeadingVe(lowerWords(head));
  if (want.length === 0) return false;
  const have = withoutLeadingVe(lowerWords(text));
  return want.length <= have.length && want.every((w, i) => have[i] === w);
}

// The congress a subject looks to ("tiến tới Đại hội … lần thứ XIV", "Đại hội XIII"): two subjects
// that agree word for word but name different congresses are two documents (the 35-CT/TW of 2019
// prepared the XIII Congress, that of 2024 the XIV). Up to twelve words between: "Đại hội đại biểu
// toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX" (eighth outside probe).
const CONGRESS = rx(String.raw`Đại\s{1,2}hội(?:\s{1,2}[\p{L}\p{M}]{1,10}){0,12}?\s{1,2}(?:lần\s{1,2}thứ\s{1,2})?([IVXL]{1,6})(?![\p{L}\p{N}])`, 'giu');

function congresses(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.normalize('NFC').matchAll(CONGRESS)) out.add(m[1]!.toUpperCase());
  return out;
}

/** Whether two subjects name congresses and none of them the same. */
export function otherCongress(a: string, b: string): boolean {
  const x = congresses(a);
  if (x.size === 0) return false;
  const y = congresses(b);
  return y.size > 0 && ![...x].some((k) => y.has(k));
}

// The place a subject is about, named early in it: "về xây dựng và phát triển thành phố Hải Phòng đến năm 2030", "… vùng Đông
// Nam Bộ", "… Thủ đô Hà Nội". Central resolutions on a city or region share their numbers with resolutions on anything
// else (sixty-fifth outside probe: the Politburo's 45-NQ/TW of 2019 on Hải Phòng had become the Central Committee's of
// 2023 on intellectuals, and drew a false issuer warning, the words "xây dựng", "phát triển" agreeing).
const PLACE = rx(String.raw`(?<![\p{L}])(?:tỉnh|thành\s{1,2}phố|Thành\s{1,2}phố|Thủ\s{1,2}đô|vùng|khu\s{1,2}vực)\s{1,2}(\p{Lu}[\p{Ll}\p{M}]{0,7}(?:\s{1,2}\p{Lu}[\p{Ll}\p{M}]{0,7}){0,3})|(?<![\p{L}])(Tây\s{1,2}Nguyên|Tây\s{1,2}Bắc|Đông\s{1,2}Nam\s{1,2}Bộ|Bắc\s{1,2}Trung\s{1,2}Bộ|đồng\s{1,2}bằng\s{1,2}sông\s{1,2}(?:Cửu\s{1,2}Long|Hồng))(?![\p{L}])`, 'u');

// "do … ban hành" names who issued something, not what it is about: a legal database's title "… thực hiện Nghị quyết
// 21-NQ/TW về công tác dân số trong tình hình mới do tỉnh Sơn La ban hành" (ninety-seventh outside probe: the Central
// Committee's resolution was told another document, one of Sơn La).
const FIRST_CLAUSE_END = /[,;:(]|\s[-–]\s|\sdo\s/u;
// Two to four capitalised words: a province's name written bare ("… phát triển Hải Phòng"), asked of the corpus.
const CAPITALISED = rx(String.raw`(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}]{0,7}(?:\s\p{Lu}[\p{Ll}\p{M}]{0,7}){1,3}(?![\p{L}])`, 'gu');

const WHERE_CARRIED_OUT = rx(String.raw`\s(?:trên\s{1,2}địa\s{1,2}bàn|tại\s{1,2}địa\s{1,2}phương)(?![\p{L}])`, 'u');

/** The place a subject's first words are about, or null. */
function subjectPlace(written: string, isPlace?: (name: string) => boolean): string | null {
  // The first clause only: a subject read on past it names the next clause's actors ("… về công tác dân vận trong tình
  // hình mới, Thành ủy Hà Nội đã ban hành …") or a headline's ("… kinh tế tư nhân - Góc nhìn tại Vĩnh Phúc").
  const cut = FIRST_CLAUSE_END.exec(written);
  // A central document's subject, then where the text carries it out: "về khu vực phòng thủ trên địa bàn tỉnh Bình Dương"
  // (forty-fourth session's probe 436: the decree of 2019 on defence zones was told another document, one of Bình Dương).
  const local = WHERE_CARRIED_OUT.exec(written);
  const end = Math.min(90, cut ? cut.index : written.length, local ? local.index : written.length);
  const head = written.slice(0, end);
  const m = PLACE.exec(head);
  if (m) return m[1] ?? m[2]!;
  if (!isPlace) return null;
  for (const c of head.match(CAPITALISED) ?? []) if (isPlace(c)) return c;
  return null;
}

/** Whether a written subject is about a place (named in its first words) that the record does not name. */
function otherPlace(written: string, r: DirectiveRecord, isPlace?: (name: string) => boolean): boolean {
  const named = subjectPlace(written, isPlace);
  if (!named) return false;
  const place = fold(named);
  const known = [r.subject, r.name, ...(r.aliases ?? [])].filter((x): x is string => !!x).map(foldIssuer);
  return !known.some((k) => k.includes(place));
}

const SUBJECT_YEAR = /(?<![\d/.-])năm\s{1,2}((?:19|20)\d\d)(?![\d/.-])/gu;

/** Whether both subjects name a year ("năm 2026") and none of the written ones is the record's. */
function otherYears(written: string, recorded: string): boolean {
  const years = (s: string) => [...s.matchAll(SUBJECT_YEAR)].map((m) => m[1]!);
  const w = years(written);
  const r = years(recorded);
  return w.length > 0 && r.length > 0 && !w.some((y) => r.includes(y));
}

// A congress a subject names: "thực hiện Nghị quyết Đại hội XIV của Đảng", "… Đại hội đại biểu toàn quốc lần thứ XIII".
const CONGRESS_REF = rx(String.raw`Đại\s{1,2}hội(?:\s{1,2}đại\s{1,2}biểu\s{1,2}toàn\s{1,2}quốc)?(?:\s{1,2}lần\s{1,2}thứ)?\s{1,2}([IVXL]{1,6}|\d{1,2})(?![\p{L}\p{N}])`, 'gu');

/** The documents a subject names: numbered ones (refsIn) and congresses ("ĐH:14"). */
function namedDocuments(s: string): Set<string> {
  const out = new Set(refsIn(s));
  for (const m of s.matchAll(CONGRESS_REF)) {
    const n = /^\d/u.test(m[1]!) ? +m[1]! : romanValue(m[1]!);
    if (n) out.add(`ĐH:${n}`);
  }
  return out;
}

/**
 * Whether a written subject and a record's each name a document they carry out, and none in common: "về Chương trình hành
 * động của Chính phủ thực hiện Nghị quyết Đại hội XIV của Đảng" is not 14/NQ-CP's action programme for Nghị quyết số
 * 30-NQ/TW, whatever the words they share (fortieth session's probe 386: three such were offered as "did you mean").
 */
export function carriesOutOther(written: string, recorded: string): boolean {
  const a = namedDocuments(written);
  if (a.size === 0) return false;
  const b = namedDocuments(recorded);
  // A record carrying out a plenum's resolution, which it names by words ("thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp
  // hành Trung ương Đảng khóa X"): another document than any named by number or congress.
  if (b.size === 0) return CARRIES_OUT_PLENUM.test(recorded);
  return ![...a].some((x) => b.has(x));
}
const CARRIES_OUT_PLENUM = /thực\s{1,2}hiện\s{1,2}(?:các\s{1,2})?Nghị\s{1,2}quyết\s{1,2}(?:Hội\s{1,2}nghị|Trung\s{1,2}ương)/iu;

/** Whether both subjects name numbered texts, and none the same. */
function otherRefs(written: string, recorded: string): boolean {
  const a = refsIn(written);
  if (a.size === 0) return false;
  const b = refsIn(recorded);
  return b.size > 0 && ![...a].some((x) => b.has(x));
}

// A report names a few issuers and the corpus a few dozen, asked about for every unknown citation's
// neighbours: folding them each time was 2 % of a full check.
const foldIssuer = boundedMemo(1024, fold);

/** Whether a written issuer names neither the record's issuer nor a part of it ("Bộ Chính trị, Ban Bí thư"). */
export function otherIssuer(written: string, recorded: string): boolean {
  const a = foldIssuer(written);
  const b = foldIssuer(recorded);
  return !a.includes(b) && !b.includes(a);
}

/** Whether the body written is the record's issuer itself, not one whose name holds it or is held in it. */
export function sameIssuer(written: string, recorded: string): boolean {
  return foldIssuer(written) === foldIssuer(recorded);
}

// The run of a record's subject words that, with its term and body written, holds a citation to it.
const TERM_SUBJECT_RUN = 3;
// Half of a record's subject written: enough to be its title cut short.
const HALF_COVERED = 0.5;

/** The record's Central Committee term: its own, or the one its full date falls in. */
function recordTermOf(r: DirectiveRecord, termOn?: (iso: string) => string | null): string | null {
  return r.term ?? (r.date && r.date.length === 10 && termOn ? termOn(r.date) : null);
}

/**
 * Whether the citation writes the record's central term, no body but the record's, and a run of its subject's words: a
 * sentence that runs on past the title then names it, however little of the rest agrees ("Nghị quyết số 27-NQ/TW của Ban
 * Chấp hành Trung ương Đảng khóa X về đội ngũ trí thức, nhận thức trong Đảng, hệ thống chính trị và xã hội về vị trí, vai
 * trò …" is the 27-NQ/TW of 2008 "về xây dựng đội ngũ trí thức …"; two hundred and eighty-first outside probe: told unknown).
 */
function heldByTermAndRun(c: Citation, r: DirectiveRecord, termOn?: (iso: string) => string | null): boolean {
  return c.term?.scope === 'party-central' && !!c.issuer && !!c.subject && !otherIssuer(c.issuer.name, r.issuer) && recordTermOf(r, termOn) === c.term.roman && sharedRun(c.subject.text, r) >= TERM_SUBJECT_RUN;
}

/**
 * Why a record with the citation's id is another document, or null when it may be the same. A
 * written date equal to the record's identifies it (a wrong term is then the writer's slip).
 * `termOn` gives the Central Committee term of a date, for a record that states its date and not
 * its term: "Chỉ thị số 35-CT/TW của Bộ Chính trị khóa XIII" is not the 35-CT/TW of 30/5/2019
 * (khóa XII) but the 2024 one — a correct 2024 report had been told its khóa was wrong.
 */
export function otherDocument(c: Citation, r: DirectiveRecord, termOn?: (iso: string) => string | null, isPlace?: (name: string) => boolean): OtherReason | null {
  // A state number with its year ("30/2020/NĐ-CP") never restarts: one id, one document.
  if (c.style === 'state' && c.idYear !== null) return null;
  // Nor a state body's number with its year written without the symbol: "Nghị quyết số 202/2025 của Quốc hội khóa XV về
  // việc hợp nhất … tỉnh Ninh Thuận vào tỉnh Khánh Hòa" is the 202/2025/QH15 on all the provinces (sixty-fourth outside
  // probe: its subject, one part of the record's, had made it another document).
  if (c.style === 'number-only' && c.idYear !== null && c.issuer && isStateBody(foldIssuer(c.issuer.name))) return null;
  if (c.date?.iso && r.date && c.date.iso === r.date) return null;
  // Nor a number that restarts, named with the record's year: a term's or a year's numbers are one document each, whatever
  // the words after it say of it ("Tại Điểm 2.3, Khoản 2 Điều 7 Quy định 366-QĐ/TW năm 2025 về việc kiểm điểm đối với cán bộ
  // giữ nhiều chức vụ …" tells what that article is about; fifty-third session's probe 485: told another document).
  if (c.yearNamed && r.date?.startsWith(String(c.yearNamed))) return null;
  const agreement = c.subject ? subjectAgreement(c.subject.text, r) : null;
  // Unless the written subject holds most of the record's: a sentence run on far past the title ("Chỉ thị 05-CT/TW về đẩy
  // mạnh học tập và làm theo tấm gương đạo đức phong cách Hồ Chí Minh gắn với thực hiện nội dung “3 tốt”, … cán bộ Hội và
  // hội viên phụ nữ …"; forty-second session: once the corpus held the 05-CT/TW of 1987 with no subject, the directive of
  // 2016 was taken for another document and the one of 1987 for it).
  if (agreement !== null && agreement < OTHER_BELOW && !heldByTermAndRun(c, r, termOn) && !mostCovered(c.subject!.text, r)) return 'subject';
  // A day written that is not the record's, and a subject that is mostly not its either: two things that point
  // elsewhere ("Kết luận số 12-KL/TW ngày 12-8-2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài" is not
  // the 12-KL/TW of 6/4/2022 on corruption; sixty-ninth outside probe: three false date errors). Either alone may be
  // the writer's slip, and stays one.
  if (agreement !== null && agreement < DATE_AND_SUBJECT_BELOW && c.date?.iso?.length === 10 && r.date?.length === 10) return 'subject';
  // A list's subject that has nothing of the record's: "Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số
  // 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài" does not cite the 45-CT/TW of 2020 on the
  // elections (sixty-ninth outside probe). The subject may be the last member's alone, so only no word shared counts.
  if (!c.subject && c.listSubject && r.subject && subjectAgreement(c.listSubject, r) === 0) return 'subject';
  // A list's subject agreeing little, and the list's issuer not the record's: both point elsewhere ("Chỉ thị số 21-CT/TW và
  // công văn số 178-CV/TW của Ban Bí thư về đẩy mạnh thực hành tiết kiệm, chống lãng phí" is the Secretariat's directive of
  // 2012, not the Politburo's 21-CT/TW of 2008 on drugs, which shares "chống"; eighty-second outside probe: a false issuer
  // warning).
  if (!c.subject && c.listSubject && r.subject && c.issuer && otherIssuer(c.issuer.name, r.issuer) && (subjectAgreement(c.listSubject, r, 2) ?? 1) < ISSUER_AND_SUBJECT_BELOW) return 'subject';
  // A short subject sharing no word with the record, and an issuer that is not the record's: two
  // things written that both point elsewhere ("Nghị quyết số 26 của BCT về Nghệ An" is the Bộ Chính
  // trị's 26-NQ/TW of 2013, not the Central Committee's of 2008 on agriculture; sixteenth outside
  // probe, where it drew two false issuer warnings). Either alone may be the writer's slip.
  // A state number without its year restarts every year: there the short subject alone is enough ("Chỉ thị 20/CT-TTg về tiết
  // kiệm điện" is not the 20/CT-TTg of 2019 on medium-term public investment; two-hundred-and-seventh outside probe: taken
  // for it, exact).
  const yearless = c.style === 'state' && c.idYear === null;
  if (agreement === null && c.subject && (yearless || (c.issuer && otherIssuer(c.issuer.name, r.issuer))) && subjectAgreement(c.subject.text, r, 2) === 0) return 'subject';
  // There a subject mostly not the record's, covering under half of it and sharing no three words in a row, names another
  // year's document too: "Thủ tướng Chính phủ vừa ban hành Chỉ thị số 22/CT-TTg về đẩy mạnh công tác quy hoạch, kế hoạch sử
  // dụng đất các cấp" is not the 22/CT-TTg of 2014 "về việc xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020"
  // (fortieth session's probe 374: taken for it, exact, on the one word "kế hoạch").
  if (yearless && agreement !== null && agreement < SAME_FROM && (recordCoverage(c.subject!.text, r) ?? 0) < HALF_COVERED && sharedRun(c.subject!.text, r) < TERM_SUBJECT_RUN) return 'subject';
  if (c.subject && r.subject && otherCongress(c.subject.text, r.subject)) return 'subject';
  if (c.subject && r.subject && otherPlace(c.subject.text, r, isPlace)) return 'subject';
  // A subject about another numbered text than the record's: "Kết luận số 80 của Bộ Chính trị về đẩy mạnh thực hiện Nghị
  // quyết số 25" is not the 80-KL/TW "về tiếp tục đẩy mạnh thực hiện Chỉ thị số 07-CT/TW …" (sixty-sixth outside probe:
  // a false issuer warning, the subject's other words being all common ones).
  if (c.subject && r.subject && otherRefs(c.subject.text, r.subject)) return 'subject';
  // A yearly document's subject with its year: "Nghị quyết 02/NQ-CP về … nâng cao năng lực cạnh tranh quốc gia năm 2026" is
  // not the 02/NQ-CP of 2022 "… năm 2022" (fortieth session's probe 379: taken for it, exact). Only for numbers that restart
  // every year, and only where the record's subject names years none of which is written.
  if (yearless && c.subject && r.subject && otherYears(c.subject.text, r.subject)) return 'subject';
  const sameBySubject = agreement !== null && agreement >= SAME_FROM;
  const recordTerm = recordTermOf(r, termOn);
  // A subject alike in its common words does not outweigh a term and an issuer that are both another's ("Nghị quyết số
  // 10 … của Hội nghị Trung ương 5 (khóa XII) về phát triển kinh tế tư nhân" is not the Politburo's 10-NQ/TW of 2002
  // on "phát triển kinh tế-xã hội … vùng Tây Nguyên"; fifty-fourth outside probe).
  const otherBody = !!c.issuer && otherIssuer(c.issuer.name, r.issuer);
  if (c.term?.scope === 'party-central' && recordTerm && c.term.roman !== recordTerm && (!sameBySubject || otherBody)) return 'term';
  return null;
}
