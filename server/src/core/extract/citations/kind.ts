// Reading the kind word back from an id: "Quyết định số 290-QĐ/TW", "Luật Bảo hiểm xã hội số
// 41/2024/QH15" (a law's name between the kind and "số"), forms and standards that are not documents.

import { detached } from '../../text/detached';
import { KIND_BY_CODE, KIND_LAST_WORDS, KIND_WORDS } from '../patterns';
import * as textHelpers from './text';
import { rx } from '../../text/letters';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { isSo, isWordChar, wordBounds } = textHelpers;

// "Luật Bảo hiểm xã hội số …": a name between the kind and "số". The name may not contain the
// word "Luật", so in "Luật sửa đổi … của Luật Bảo hiểm y tế số …" the nearest "Luật" is taken; nor
// another kind in lower case, whose number it is ("Luật sư có tên trong quyết định số 3355/QĐ-BYT":
// a lawyer, not a law; eighty-seventh outside probe).
const NAMED_KIND_BEFORE = rx(
  String.raw`(?<![\p{L}])(Luật|LUẬT|Bộ\s{1,2}luật|Pháp\s{1,2}lệnh)((?:\s{1,2}(?!Luật(?![\p{L}])|(?:quyết\s{1,2}định|nghị\s{1,2}định|thông\s{1,2}tư|chỉ\s{1,2}thị|công\s{1,2}văn|kế\s{1,2}hoạch|tờ\s{1,2}trình)(?![\p{L}]))[\p{L}\p{M},\-]{1,20}){1,14}?)\s{1,3}(?:số|Số)\s{0,2}:?\s{0,3}$`,
  'u',
);
// The same before a law's number written without "số" ("Luật Hải quan 54/2014/QH13"); names of
// capitalised words only, so running text before a bare number is not taken for a name.
export const NAMED_LAW_BEFORE_ID = rx(
  String.raw`(?<![\p{L}])(Luật|Bộ\s{1,2}luật)((?:\s{1,2}(?!Luật(?![\p{L}]))[\p{Lu}][\p{L}\p{M},\-]{0,19}(?:\s{1,2}[\p{Ll}][\p{L}\p{M}]{0,12}){0,3}){1,6}?)\s{1,3}$`,
  'u',
);

// Words before "số" that number a form, a table or a standard, not a document: "Mẫu số 01/TKN-CNKD",
// "Biểu số 107/LĐVL-Bộ", and the prefix of a technical regulation "QCVN 02:2019/BLĐTBXH".
const NOT_A_DOCUMENT = new Set(['mẫu', 'biểu', 'mã', 'lục', 'qcvn', 'tcvn', 'phiếu', 'bảng']);

const KIND_BY_LOWER = new Map(KIND_WORDS.map((k) => [k.toLowerCase(), k]));
const KIND_LOWER = new Map(KIND_WORDS.map((k) => [k, k.toLowerCase()]));

const kindCache = new Map<string, string>();

export function canonicalKind(written: string): string {
  let k = kindCache.get(written);
  if (k === undefined) {
    k = KIND_BY_LOWER.get(written.replace(/\s+/g, ' ').toLowerCase()) ?? written;
    // Copies: the piece written is a view into the whole document, which the cache would
    // otherwise keep alive (text/detached.ts).
    if (kindCache.size < 1000) {
      const key = detached(written);
      if (k === written) k = key;
      kindCache.set(key, k);
    }
  }
  return k;
}

// Per last word of a kind, the kinds that end with it, as a pattern anchored at the window's end.
export const KIND_BY_LAST = new Map<string, RegExp>();
const KIND_SPELLED_BY_LAST = new Map<string, string[]>();
for (const last of KIND_LAST_WORDS) {
  const kinds = KIND_WORDS.filter((k) => k.slice(k.lastIndexOf(' ') + 1).toLowerCase() === last);
  KIND_SPELLED_BY_LAST.set(last, kinds);
  const alts = kinds.map((k) => k.replace(/ /g, String.raw`\s{1,2}`));
  KIND_BY_LAST.set(last, rx(String.raw`(?<![\p{L}])(?:${alts.join('|')})$`, 'iu'));
}

export interface KindHit {
  kind: string | null;
  kindStart: number;
  kindEnd: number;
  /** Where the citation starts: the kind, else "số", else the id. */
  start: number;
  name: { start: number; end: number } | null;
  /** The other kind of a compound ("Thông báo kết luận": Thông báo, else Kết luận). */
  alt?: string;
}

/** What kindBefore answers for "Mẫu số 01/…", "QCVN 02:…": a form or a standard, not a document. */
export const FORM: KindHit = { kind: null, kindStart: -1, kindEnd: -1, start: -1, name: null };

/**
 * The kind word (and "số") written before canonical offset `pos`, not before `floor`; FORM when
 * the number belongs to a form, a table or a standard.
 */
/** The kind word ending at the word `w` (canonical offsets), not before `floor`, or null. */
function kindEndingAt(t: string, w: { start: number; end: number }, floor: number): { kind: string; ks: number } | null {
  const word = t.slice(w.start, w.end).toLowerCase();
  const re = KIND_BY_LAST.get(word);
  if (!re) return null;
  // Fast path: the kind written with single spaces, compared as a string.
  for (const k of KIND_SPELLED_BY_LAST.get(word)!) {
    const a = w.end - k.length;
    if (a < floor || a < 0) continue;
    const written = t.slice(a, w.end);
    // Glued to the word before by a copy that lost the space, the kind written capitalised after a small letter still
    // counts: "theoNghị quyết số 111/2015/QH13" (three hundred and fiftieth outside probe: the kind was lost).
    const glued = a > 0 && isWordChar(t.charCodeAt(a - 1));
    if (glued && !(written === k && isCapital(t, a) && !isCapital(t, a - 1))) continue;
    if (written === k || written.toLowerCase() === KIND_LOWER.get(k)) return { kind: k, ks: a };
  }
  const from = Math.max(floor, w.end - 30);
  const m = re.exec(t.slice(from, w.end));
  return m ? { kind: canonicalKind(m[0]), ks: from + m.index } : null;
}

function isCapital(t: string, i: number): boolean {
  const c = t[i]!;
  return c !== c.toLowerCase();
}

export function kindBefore(t: string, pos: number, floor: number, allowNamed: boolean): KindHit | null {
  let w = wordBounds(t, pos, floor);
  if (!w) return null;
  let soStart = -1;
  if (isSo(t, w)) {
    soStart = w.start;
    w = wordBounds(t, w.start, floor);
  }
  let plain: KindHit | null = null;
  if (w) {
    const word = t.slice(w.start, w.end).toLowerCase();
    if (NOT_A_DOCUMENT.has(word)) return FORM;
    let hit = kindEndingAt(t, w, floor);
    let alt: string | undefined;
    if (hit) {
      // "Thông báo kết luận số 49/TB-VPCP": a capitalised kind before another kind is the head noun;
      // the other stays an alternative (a Party "Thông báo kết luận" carries KL). Written with two
      // capitals too ("Thông báo Kết luận số 02-TB/BCĐCVĐ"; sixteenth outside probe: read as a Kết luận).
      const prev = wordBounds(t, hit.ks, floor);
      const head = prev ? kindEndingAt(t, prev, floor) : null;
      // Not a bare number after a kind and "quy định" in lower case: "Nghị định quy định 8 nhóm đối tượng" is the verb and a
      // count (two hundred and thirtieth outside probe: read as "Nghị định 8").
      if (head && isCapital(t, head.ks) && head.ks >= floor && (!isCapital(t, hit.ks) || !hit.kind.startsWith(head.kind)) && (soStart >= 0 || allowNamed || hit.kind !== 'Quy định' || isCapital(t, hit.ks))) {
        alt = hit.kind;
        hit = head;
      }
    } else if (!hit && soStart >= 0 && !isCapital(t, w.start)) {
      // "Báo cáo tiếp thu số …", "Kế hoạch liên ngành số …": one or two lower-case words qualify a
      // capitalised kind.
      let b: { start: number; end: number } | null = w;
      for (let k = 0; k < 2 && b; k++) {
        b = wordBounds(t, b.start, floor);
        if (!b) break;
        const h = kindEndingAt(t, b, floor);
        if (h && isCapital(t, h.ks)) {
          hit = h;
          break;
        }
        if (isCapital(t, b.start)) break;
      }
    }
    if (hit) {
      plain = { kind: hit.kind, kindStart: hit.ks, kindEnd: w.end, start: hit.ks, name: null, ...(alt ? { alt } : {}) };
      // A kind word in lower case may end a law's name ("Luật Ban hành văn bản quy phạm pháp
      // luật số 64/2025/QH15"): a named law further back wins.
      if (isCapital(t, hit.ks) || !allowNamed || soStart < 0) return plain;
    }
  }
  if (soStart >= 0 && allowNamed) {
    const from2 = Math.max(floor, pos - 200);
    const m = NAMED_KIND_BEFORE.exec(t.slice(from2, pos));
    if (m) {
      const ks = from2 + m.index;
      const nameRaw = m[2]!;
      const lead = nameRaw.length - nameRaw.trimStart().length;
      const nameStart = ks + m[1]!.length + lead;
      return {
        kind: canonicalKind(m[1]!),
        kindStart: ks,
        kindEnd: ks + m[1]!.length,
        start: ks,
        name: { start: nameStart, end: nameStart + nameRaw.trim().length },
      };
    }
  }
  if (plain) return plain;
  if (soStart >= 0) return { kind: null, kindStart: -1, kindEnd: -1, start: soStart, name: null };
  return null;
}

/** Whether a kind word fits an id's type code (a list member takes the kind only if so). */
export function kindFits(kind: string, typeCode: string | null): boolean {
  if (!typeCode) return true;
  if (typeCode === 'QĐ') return kind === 'Quyết định' || kind === 'Quy định';
  const k = KIND_BY_CODE[typeCode];
  if (!k) return true;
  return k === kind || kind.startsWith(k);
}

/**
 * A kind written as the id's own type code before "số": "QĐ số 574/QĐ-BNV", "NQ số 25-NQ/TW" (fifteenth
 * outside probe: the kind was lost). The kind a code names alone (KIND_BY_CODE), and for a state "QĐ"
 * the Quyết định (a state Quy định carries QyĐ); a Party "QĐ" names two kinds and gives none. The
 * writer did not write the kind word, so the citation's kind is not "written" (no rule judges it).
 */
export function abbreviatedKind(t: string, pos: number, floor: number, code: string, style: string): { kind: string; start: number; end: number } | null {
  const so = wordBounds(t, pos, floor);
  if (!so || !isSo(t, so)) return null;
  const a = wordBounds(t, so.start, floor);
  if (!a || t.slice(a.start, a.end) !== code) return null;
  const kind = KIND_BY_CODE[code] ?? (code === 'QĐ' && style === 'state' ? 'Quyết định' : null);
  return kind ? { kind, start: a.start, end: a.end } : null;
}
