// Turning a file's bytes into text, or saying plainly why not. Vietnamese offices still produce
// files in the encodings of the 1990s: TCVN3 (ABC, one byte a letter), VNI (a vowel and a mark
// byte), Windows-1258 (a letter and a combining tone mark), and Notepad's "Unicode" (UTF-16 with a
// byte-order mark). Checking such a file as UTF-8 or Latin text is worse than refusing it:
// real errors vanish and false ones appear. So UTF-8 must decode without a single bad byte,
// UTF-16 is read by its BOM, and a legacy file is converted only when exactly one of the legacy
// tables turns it into Vietnamese syllables; otherwise it is refused with the reason.
//
// Tables: TCVN 5712:1993 (VN3 is the subset TCVN3/ABC fonts use) as published in the X-TrueType
// TCVN module and GNU libiconv's tcvn.h (the capitals in C0); VNI Windows as published in the
// xvnkb keyboard's vni.h (a vowel followed by a mark byte); Windows-1258 from the WHATWG table
// that TextDecoder carries.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258';

export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
  'windows-1258': 'Windows-1258',
};

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string; encoding?: Encoding };

// ---- The letters of Vietnamese, built from base letters and tone marks (NFC). ----

const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
/** Tone marks in the order the VNI table lists them: none, acute, grave, hook, tilde, dot below. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const withTone = (base: string, t: number) => (base + TONES[t]).normalize('NFC');

const VIETNAMESE_LETTERS = new Set<string>();
for (const b of BASES) for (let t = 0; t < TONES.length; t++) {
  VIETNAMESE_LETTERS.add(withTone(b, t));
  VIETNAMESE_LETTERS.add(withTone(b, t).toUpperCase());
}
VIETNAMESE_LETTERS.add('đ').add('Đ');

// ---- TCVN3: one byte a letter. ----

/** 0x80–0xFF of TCVN 5712 (VN1; TCVN3/ABC uses 0xA1–0xFF), code points. */
const TCVN_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];
/** Capitals TCVN 5712 puts among the C0 controls (never tab, LF or CR). */
const TCVN_C0: Record<number, number> = {
  0x01: 0x00da, 0x02: 0x1ee4, 0x04: 0x1eea, 0x05: 0x1eec, 0x06: 0x1eee, 0x11: 0x1ee8,
  0x12: 0x1ef0, 0x13: 0x1ef2, 0x14: 0x1ef6, 0x15: 0x1ef8, 0x16: 0x00dd, 0x17: 0x1ef4,
};
const TCVN_TO_CHAR: string[] = [];
for (let b = 0; b < 256; b++)
  TCVN_TO_CHAR[b] = b >= 0x80 ? String.fromCharCode(TCVN_HIGH[b - 0x80]!) : TCVN_C0[b] !== undefined ? String.fromCharCode(TCVN_C0[b]!) : String.fromCharCode(b);

const TCVN_UNITS = Uint16Array.from(TCVN_TO_CHAR, (c) => c.charCodeAt(0));

function decodeTcvn3(bytes: Uint8Array): string {
  // One UTF-16 unit a byte, joined in chunks (string += per byte is ten times slower).
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN_UNITS[bytes[i]!]!;
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
  return s.normalize('NFC'); // 0xB0–0xB4 are combining tone marks
}

// ---- VNI Windows: a base vowel followed by a mark byte (bytes shown as their Latin-1 letters). ----

/** Mark bytes after a plain vowel (a e o ơ u ư y): none, acute, grave, hook, tilde, dot below. */
const VNI_PLAIN = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
/** After a, e, o for â ê ô and their tones. */
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
/** After a for ă and its tones. */
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
/** i and its tones, and ỵ, are single bytes. */
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];
const VNI_BASE: Record<(typeof BASES)[number], [string, string[]]> = {
  a: ['a', VNI_PLAIN], ă: ['a', VNI_BREVE], â: ['a', VNI_CIRCUMFLEX], e: ['e', VNI_PLAIN], ê: ['e', VNI_CIRCUMFLEX],
  i: ['', VNI_I], o: ['o', VNI_PLAIN], ô: ['o', VNI_CIRCUMFLEX], ơ: ['ô', VNI_PLAIN], u: ['u', VNI_PLAIN], ư: ['ö', VNI_PLAIN], y: ['y', VNI_PLAIN],
};

/** Unicode letter → its VNI form as Latin-1 characters (one per byte). */
export const VNI_OF = new Map<string, string>();
for (const b of BASES) {
  const [prefix, marks] = VNI_BASE[b];
  for (let t = 0; t < TONES.length; t++) {
    const vni = b === 'y' && t === 5 ? 'î' : prefix + marks[t]!;
    VNI_OF.set(withTone(b, t), vni);
    VNI_OF.set(withTone(b, t).toUpperCase(), vni.toUpperCase());
  }
}
VNI_OF.set('đ', 'ñ').set('Đ', 'Ñ');
const VNI_TO_LETTER = new Map<string, string>();
for (const [letter, vni] of VNI_OF) if (vni.length > 1 || vni.charCodeAt(0) > 0x7f) VNI_TO_LETTER.set(vni, letter);
// A writer's Shift state does not always match the mark's: "Aù" and "aÙ" both mean á / Á.
for (const [letter, vni] of [...VNI_OF]) if (vni.length === 2) {
  const mixed = vni[0] + (vni[1] === vni[1]!.toUpperCase() ? vni[1]!.toLowerCase() : vni[1]!.toUpperCase());
  if (!VNI_TO_LETTER.has(mixed)) VNI_TO_LETTER.set(mixed, letter);
}

const WIN1252 = new TextDecoder('windows-1252');

function decodeVni(bytes: Uint8Array): string {
  // Bytes VNI does not use keep their Windows (1252) meaning: VNI fonts ran on Western Windows,
  // so 0x93/0x94 are Word's curly quotes.
  const latin = WIN1252.decode(bytes);
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const two = latin.slice(i, i + 2);
    const pair = two.length === 2 ? VNI_TO_LETTER.get(two) : undefined;
    if (pair) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_TO_LETTER.get(latin[i]!) ?? latin[i];
  }
  return out;
}

// ---- Windows-1258: precomposed base letters and combining tone marks. ----

const WIN1258 = new TextDecoder('windows-1258');
const decodeWin1258 = (bytes: Uint8Array) => WIN1258.decode(bytes).normalize('NFC');

// ---- Encoders: only for tests and fixtures (and `vanban convert` never writes them). ----

/** Encode Unicode text in TCVN3; a character the table lacks becomes '?'. */
export function encodeTcvn3(text: string): Uint8Array {
  const rev = new Map<string, number>();
  for (let b = 255; b >= 0; b--) rev.set(TCVN_TO_CHAR[b]!, b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) out.push(rev.get(ch) ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f));
  return Uint8Array.from(out);
}

/** Encode Unicode text in VNI Windows. */
export function encodeVni(text: string): Uint8Array {
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(WIN1252.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) for (const c of VNI_OF.get(ch) ?? ch) out.push(rev.get(c) ?? 0x3f);
  return Uint8Array.from(out);
}

/** Encode Unicode text in Windows-1258: a precomposed base where the table has one, then the tone mark. */
export function encodeWin1258(text: string): Uint8Array {
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(WIN1258.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = rev.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Split off the tone mark, keep the rest (ă, â, ơ…) precomposed.
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => TONES.includes(c as (typeof TONES)[number]) && c !== '');
    const base = (tone ? nfd.replace(tone, '') : nfd).normalize('NFC');
    const b = rev.get(base);
    const t = tone ? rev.get(tone) : undefined;
    if (b !== undefined && (!tone || t !== undefined)) out.push(b, ...(t !== undefined ? [t] : []));
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

// ---- Telling them apart. ----

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// k ends place names of the Central Highlands (Đắk Lắk).
const CODA = '(?:ch|ng|nh|c|k|m|n|p|t)?';
/** Vowel groups a syllable may have (tone marks removed); the u of qu and the i of gi belong to the onset. */
const NUCLEI = (
  'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
  'iêu yêu oai oay oao oeo uây uôi uyê uya uyu ươi ươu'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Is this word (letters only) shaped like one Vietnamese syllable with at most one tone? */
export function isSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  if ((nfd.match(TONE_MARKS) ?? []).length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  // gh, ngh and k come only before i, e, ê (k also before y).
  if (/^(?:ngh|gh)/.test(bare) && !/^n?gh[ieê]/.test(bare)) return false;
  return true;
}

/** Characters a Vietnamese text may carry besides letters: Latin-1 and General Punctuation symbols. */
const ALLOWED_SYMBOL = /[\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20ab\u2100-\u215f\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff]/;

/**
 * How Vietnamese a decoding looks: words with a non-ASCII letter that are syllables count for it;
 * other such words, stray combining marks and control bytes count against it.
 */
export function plausibility(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}\s\x20-\x7e]/gu)) {
    const w = m[0];
    if (/^[\x00-\x7f]+$/.test(w)) continue;
    if (!/[\p{L}\p{M}]/u.test(w)) {
      if (!ALLOWED_SYMBOL.test(w)) bad++;
      continue;
    }
    if (/\p{M}/u.test(w)) bad++; // a mark NFC could not attach: not a Vietnamese letter
    else if ([...w].every((c) => c.charCodeAt(0) < 0x80 || VIETNAMESE_LETTERS.has(c)) && isSyllable(w)) good++;
    else bad++;
  }
  for (const c of text) {
    const n = c.charCodeAt(0);
    if (n < 0x20 && n !== 9 && n !== 10 && n !== 13 && n !== 12) bad++;
  }
  return { good, bad };
}

const LEGACY: { encoding: Encoding; decode: (b: Uint8Array) => string }[] = [
  { encoding: 'tcvn3', decode: decodeTcvn3 },
  { encoding: 'vni', decode: decodeVni },
  { encoding: 'windows-1258', decode: decodeWin1258 },
];

/** Name a binary format by its first bytes, or null. */
export function sniffFormat(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'PDF';
  if (head.startsWith('PK\x03\x04')) return 'ZIP (.docx, .odt…)';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'Word 97–2003 (.doc)';
  if (head.startsWith('{\\rtf')) return 'RTF';
  return null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes → text, or why not. Never returns mis-decoded text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes) };
  const format = sniffFormat(bytes);
  if (format) return { ok: false, reason: `đây là tệp ${format}, không phải văn bản thuần / this is a ${format} file, not plain text` };
  // UTF-16 without a BOM: every other byte NUL in mostly-ASCII text.
  let nulEven = 0;
  let nulOdd = 0;
  const probe = Math.min(bytes.length, 4096);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) i % 2 ? nulOdd++ : nulEven++;
  if (nulOdd > probe / 4 && nulEven < probe / 50) return { ok: true, encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes) };
  if (nulEven > probe / 4 && nulOdd < probe / 50) return { ok: true, encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    const text = UTF8.decode(bytes); // drops a UTF-8 BOM
    // PDF text extraction leaves a stray NUL here and there; many NULs mean binary.
    let nul = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0) nul++;
    if (nul > text.length / 1000) return { ok: false, reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
    return { ok: true, encoding: 'utf-8', text: nul ? text.split('\u0000').join('') : text };
  } catch {
    /* not UTF-8: one of the legacy encodings, or binary */
  }
  let nul = 0;
  for (const b of bytes) if (b === 0) nul++;
  if (nul > bytes.length / 1000) return { ok: false, reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
  // Tables are judged on a sample (the first 64 KB, cut at a line end): scoring every word of a
  // large file costs seconds, and the first pages say as much about the encoding as the rest.
  let sampleEnd = Math.min(bytes.length, SAMPLE_BYTES);
  if (sampleEnd < bytes.length) {
    const nl = bytes.lastIndexOf(10, sampleEnd);
    if (nl > 0) sampleEnd = nl + 1;
  }
  const sample = bytes.subarray(0, sampleEnd);
  const scored = LEGACY.map((l) => {
    const text = l.decode(sample);
    return { ...l, text, ...plausibility(text) };
  }).sort((a, b) => b.good - 3 * b.bad - (a.good - 3 * a.bad));
  const best = scored[0]!;
  const fits = (s: (typeof scored)[number]) => s.good > 0 && s.bad <= Math.max(0, Math.floor(s.good / 50));
  if (!fits(best))
    return {
      ok: false,
      reason:
        'không phải UTF-8 và không nhận ra bảng mã (đã thử TCVN3, VNI, Windows-1258); hãy lưu lại dưới dạng UTF-8 / not UTF-8 and the encoding is not recognised (tried TCVN3, VNI, Windows-1258); save it as UTF-8',
    };
  const rival = scored.slice(1).find((s) => fits(s) && s.text !== best.text);
  if (rival)
    return {
      ok: false,
      encoding: best.encoding,
      reason: `không phải UTF-8; có thể là ${ENCODING_NAMES[best.encoding]} hoặc ${ENCODING_NAMES[rival.encoding]}, không chắc nên không kiểm tra; hãy chuyển sang UTF-8 (Unikey: Công cụ chuyển mã) / not UTF-8; could be ${ENCODING_NAMES[best.encoding]} or ${ENCODING_NAMES[rival.encoding]}, so it is not checked; convert it to UTF-8 (e.g. Unikey's converter)`,
    };
  return { ok: true, encoding: best.encoding, text: sample.length === bytes.length ? best.text : best.decode(bytes) };
}

const SAMPLE_BYTES = 64 * 1024;

/** Decode as the named encoding, when the writer knows it (`vanban convert --from`). */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
    case 'windows-1258':
      return decodeWin1258(bytes);
    default:
      return new TextDecoder(encoding).decode(bytes);
  }
}

/** The notice shown when a file was converted on the fly (null for UTF-8). */
export function conversionNotice(encoding: Encoding): string | null {
  if (encoding === 'utf-8') return null;
  const name = ENCODING_NAMES[encoding];
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return `đọc dưới dạng ${name} / read as ${name}`;
  return `tệp mã ${name}, đã chuyển sang Unicode để kiểm tra (vanban convert FILE -o FILE.md ghi bản UTF-8) / ${name} file, converted to Unicode for checking (vanban convert FILE -o FILE.md writes a UTF-8 copy)`;
}
