// Whether a text is Vietnamese: vanban stays quiet on an English README in the same workspace.
// Vietnamese writes most syllables with a letter that English never uses (ă â đ ê ô ơ ư or a tone
// mark); a share of such words above a few percent is decisive, and cheap to count.

import { rx } from './text/letters';

const WORD_RUN = rx(String.raw`[\p{L}]{1,30}`, 'gu');

const VIET_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** How much of a text's start the judgement reads: a long report's language is settled long before its end. */
export const LANGUAGE_SAMPLE = 20000;

export function isVietnamese(text: string, sample = LANGUAGE_SAMPLE): boolean {
  const s = text.slice(0, sample).normalize('NFC');
  let words = 0;
  let viet = 0;
  for (const m of s.matchAll(WORD_RUN)) {
    words++;
    if (VIET_LETTER.test(m[0])) viet++;
  }
  if (words < 8) return viet > 0;
  return viet / words >= 0.15;
}
