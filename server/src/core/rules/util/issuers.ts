// Two names of one body. A provincial (city, district, commune) Party committee IS the executive
// committee of that Party organisation: "Tỉnh ủy" is what everyone calls the "Ban Chấp hành Đảng
// bộ tỉnh" (Điều lệ Đảng; one real plan cites 328-KH/TU "của Ban chấp hành Đảng bộ tỉnh Nghệ An"
// and, lines later, "của Tỉnh ủy" — test/realdata/outside/docs/022). Rules that compare issuers
// compare these keys, so the two names are never a mismatch or an inconsistency.

import { boundedMemo } from '../../text/memo';
import { fold } from '../../text/normalize';

/** Folded forms, longest first: [the long name, the name it is known by]. */
const SAME_BODY: readonly [RegExp, string][] = [
  [/^(?:ban chap hanh|bch) dang bo (?:tinh)(?= |$)/u, 'tinh uy'],
  [/^(?:ban chap hanh|bch) dang bo thanh pho(?= |$)/u, 'thanh uy'],
  [/^(?:ban chap hanh|bch) dang bo (?:huyen|quan|thi xa)(?= |$)/u, 'huyen uy'],
  [/^(?:ban chap hanh|bch) dang bo (?:xa|phuong|thi tran|dac khu)(?= |$)/u, 'dang uy xa'],
];

// Initials a body's name is written with, folded, as whole words: "Thường trực HĐND tỉnh" and "Thường trực Hội đồng nhân
// dân tỉnh" in one resolution are one body (hundred-and-forty-ninth outside probe: a false citation-inconsistent).
const INITIALS: ReadonlyMap<string, string> = new Map([
  ['hdnd', 'hoi dong nhan dan'],
  ['ubnd', 'uy ban nhan dan'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['mttq', 'mat tran to quoc'],
  ['bch', 'ban chap hanh'],
  ['btv', 'ban thuong vu'],
  ['tw', 'trung uong'],
  ['vn', 'viet nam'],
]);
const INITIAL_WORD = /\b(?:hdnd|ubnd|ubmttq|mttq|bch|btv|tw|vn)\b/g;

/**
 * A comparison key for an issuer's name: folded, punctuation-free, initials spelt out, one name per body. Asked for
 * the same few names for every citation of a long report: remembered.
 */
export const issuerKey: (name: string) => string = boundedMemo(4096, (name) => {
  // "của" inside a name is optional: "Ủy ban Văn hóa và Xã hội của Quốc hội" and "… Xã hội Quốc hội" are one committee
  // (fifty-fourth session's probe 501: a false citation-inconsistent).
  const k = fold(name).replace(/[^a-z0-9]+/g, ' ').trim().replace(INITIAL_WORD, (w) => INITIALS.get(w)!).replace(/ cua (?=\S)/g, ' ');
  for (const [re, to] of SAME_BODY) if (re.test(k)) return k.replace(re, to);
  return k;
});
