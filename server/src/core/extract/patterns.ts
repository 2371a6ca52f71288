// Vocabulary of citations as data: kind words, symbol codes, issuers. The extractor builds its
// regular expressions from these tables; adding a kind or an issuer is a one-line change here.

import { rx } from '../text/letters';

/** Kind words, longest first so "Chương trình hành động" wins over "Chương trình". */
export const KIND_WORDS: readonly string[] = [
  'Chương trình hành động',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Văn bản hợp nhất',
  'Chương trình',
  'Nghị quyết',
  'Quyết định',
  'Quy định',
  'Chỉ thị',
  'Kết luận',
  'Thông báo',
  'Thông tri',
  'Hướng dẫn',
  'Quy chế',
  'Kế hoạch',
  'Công văn',
  'Công điện',
  'Nghị định',
  'Thông tư',
  'Pháp lệnh',
  'Bộ luật',
  'Hiến pháp',
  'Luật',
  'Lệnh',
  'Đề án',
  'Phương án',
  'Tờ trình',
  'Báo cáo',
];
/** KIND_WORDS as one regex alternation, a blank or two between their words. */
export const KIND_ALTERNATION = KIND_WORDS.map((k) => k.replace(/ /g, String.raw`\s{1,2}`)).join('|');

/** Kinds whose citations put a name between the kind and the number ("Luật Bảo hiểm xã hội số …"). */
export const NAMED_KINDS = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/**
 * Symbol type codes that name exactly one kind, for an id cited without its kind word
 * ("Quyết định số 217-QĐ/TW, 218-QĐ/TW" takes the kind from the list; "theo 43-KL/TW" from here).
 * "QĐ" is missing on purpose: Party Quyết định and Quy định both carry it (conventions §1.3).
 */
export const KIND_BY_CODE: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  PL: 'Pháp lệnh',
  CV: 'Công văn',
  TTr: 'Tờ trình',
  BC: 'Báo cáo',
  ĐA: 'Đề án',
  PA: 'Phương án',
  CĐ: 'Công điện',
  VBHN: 'Văn bản hợp nhất',
};

/**
 * A symbol whose hyphen was lost ("27/CTTg" for 27/CT-TTg) is read only when it splits into one of
 * these type codes and one of these issuer codes: a random run of capitals is not an id.
 */
export const GLUED_TYPES: readonly string[] = ['QĐ', 'CT', 'NQ', 'NĐ', 'KH', 'TB', 'CV', 'HD', 'BC', 'TTr', 'TT', 'CĐ'];
export const GLUED_ISSUERS: ReadonlySet<string> = new Set(['TTg', 'CP', 'VPCP', 'UBND', 'HĐND', 'TW', 'TU']);
/**
 * Ministries' codes, which a circular's or a decision's type code may lose its hyphen before ("02/2017/TTBLĐTBXH";
 * hundred-and-eighth outside probe: read as one unknown code, nothing said), current and merged ones alike.
 */
const GLUED_MINISTRY_TYPES: readonly string[] = ['TT', 'QĐ', 'CT'];
export const MINISTRY_CODES: ReadonlySet<string> = new Set([
  'BLĐTBXH', 'BNNPTNT', 'BNNMT', 'BTNMT', 'BVHTTDL', 'BGDĐT', 'BKHCN', 'BTTTT', 'BKHĐT', 'BGTVT', 'BDTTG', 'BCT', 'BTC',
  'BTP', 'BNV', 'BNG', 'BQP', 'BCA', 'BXD', 'BYT', 'NHNN', 'UBDT',
]);
/**
 * The Government's and the Prime Minister's numbers before 2001 had no type code ("Nghị định số 19/CP" of 1995, "64-CP" of
 * 1993, "Chỉ thị số 406/TTg"); nor had the Council of Ministers' ("HĐBT", 1981–1992) or the Government Council's ("HĐCP",
 * before 1981). These are those symbols.
 */
export const OLD_STATE_SYMBOLS: readonly string[] = ['CP', 'TTg', 'HĐBT', 'HĐCP'];
/** The type codes and the issuer codes that, glued, are one symbol with its hyphen lost ("NĐCP", "TTBLĐTBXH"). */
export const GLUED_PAIRS: readonly (readonly [readonly string[], ReadonlySet<string>])[] = [
  [GLUED_TYPES, GLUED_ISSUERS],
  [GLUED_MINISTRY_TYPES, MINISTRY_CODES],
];
/** Glued symbols that also lost a letter where two met: "CTTg" is CT + TTg, its shared T written once. */
export const GLUED_FORMS: Readonly<Record<string, readonly [string, string]>> = { CTTg: ['CT', 'TTg'] };

// The country's name as a law's or the Assembly's words give it, either placement of the tone mark and any case of its words,
// or its initials: "nước Cộng hoà Xã hội Chủ nghĩa Việt Nam", "nước CHXHCN Việt Nam". Without the blanks before it.
export const COUNTRY_NAME = String.raw`nước\s{1,2}(?:Cộng\s{1,2}(?:hòa|hoà|Hòa|Hoà)\s{1,2}[xX]ã\s{1,2}[hH]ội\s{1,2}[cC]hủ\s{1,2}[nN]ghĩa|CHXHCN)\s{1,2}Việt\s{1,2}Nam`;

/** A National Assembly's or its Standing Committee's issuer code, with the term: "QH15", "UBTVQH14". */
export const NA_ISSUER_CODE = /^(?:UBTV)?QH(\d{1,2})$/u;

// Type codes typed without "Đ" ("30/2020/ND-CP", "18/2011/QD-TTg", "290-QD/TW"): a spelling of NĐ, QĐ.
const ASCII_D_CODE = /^(N|Q)D(?=$|[-/])/u;

/** A type code, or a symbol starting with one, with the "Đ" typed as "D" put back ("ND-CP" → "NĐ-CP"); null when none was missing. */
export function withD(code: string): string | null {
  return ASCII_D_CODE.test(code) ? code.replace(ASCII_D_CODE, '$1Đ') : null;
}

/**
 * Issuer codes only state bodies use: "03-NQ/CP" is the Government's 03/NQ-CP written Party-style
 * (seventh outside probe). Not the ministries' codes: a Party or event board may write "…/BTC".
 */
export const STATE_ISSUER_CODE = /^(?:CP|TTg|VPCP|UBND|HĐND|UBTVQH\d{0,2}|QH\d{0,2})$/u;

/** The Party's central bodies, which issue its central documents ("…/TW"). */
export const CENTRAL_PARTY_BODIES: ReadonlySet<string> = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương']);

/**
 * Issuer codes that mark a Party numbering ("…/TW", "…/TU"): decides "217/QĐ-TW" is a Party id written backwards.
 * Not the Fatherland Front's "MTTW": the Front numbers its own texts in the state order, "Thông tri số 18/TTr-MTTW" of its
 * central standing board (two hundred and twenty-first outside probe: told to write "18-TTr/MTTW"). Nor the state's schools
 * "of the centre": "147/TB-DBĐHDTTW" is the Trường Dự bị đại học Dân tộc Trung ương's notice, and so are a central college's
 * (CĐ…TW) or university's (ĐH…TW) (fortieth session's probe 390: told to write it the Party's way). Nor the central
 * interdisciplinary justice bodies' joint conclusions, "23/KL-LNTPTW" (liên ngành tư pháp Trung ương; probe 438).
 */
export const PARTY_ISSUER_CODE = rx(String.raw`^(?:TW|TƯ|TU|HU|QU|ĐU|ĐUK|CB|HNTW|(?!MT|DB|CĐ|ĐH|LN)[\p{Lu}Đ]{1,8}(?:TW|TU|ĐU|ĐUK|HU))$`, 'u');
/** The glued issuer codes of state bodies (not a Party committee's "TW", "TU"). */
export const STATE_GLUED_ISSUERS: readonly string[] = [...GLUED_ISSUERS].filter((x) => !PARTY_ISSUER_CODE.test(x));

/**
 * Ministries and ministry-level bodies whose names follow "của Bộ trưởng" / "của" in state
 * citations ("Thông tư số 08/2020/TT-BLĐTBXH ngày … của Bộ trưởng Bộ Lao động - Thương binh và
 * Xã hội"). Names as the gazette writes them, current and recently merged ones alike, since
 * citations name the body that issued the document at the time.
 */
export const MINISTRIES: readonly string[] = [
  'Lao động - Thương binh và Xã hội',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hoá, Thể thao và Du lịch',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Kế hoạch và Đầu tư',
  'Giao thông vận tải',
  'Dân tộc và Tôn giáo',
  'Công Thương',
  'Tài chính',
  'Tư pháp',
  'Nội vụ',
  'Ngoại giao',
  'Quốc phòng',
  'Công an',
  'Xây dựng',
  'Y tế',
];

// Inside an issuer pattern a space may be a line break (PDF) or a double space (Word), never a
// blank line: an issuer is not taken from the next paragraph.
const S = String.raw`(?:[ ]{1,2}|[ ]?\n[ ]?)`;
// A word after the first is read in either case: "Tài Chính" for "Tài chính", and "Bộ Lao động - Thương binh và xã hội"
// (forty-ninth session's probe 466: no issuer read).
const WORD_START_G = rx(String.raw` ([\p{L}])`, 'gu');
// "Lao động - Thương binh và Xã hội" is also written without the dash, "Tài chính" as "Tài Chính".
// The initials a ministry or a department goes by, for its full name: "Sở GD&ĐT thành phố Hải Phòng", "Bộ NN&PTNT" (outside
// probe 408: the issuer was not read).
export const MINISTRY_INITIALS: Readonly<Record<string, string>> = {
  'GD&ĐT': 'Giáo dục và Đào tạo', GDĐT: 'Giáo dục và Đào tạo', 'GD-ĐT': 'Giáo dục và Đào tạo',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội', 'LĐTB&XH': 'Lao động - Thương binh và Xã hội', LĐTBXH: 'Lao động - Thương binh và Xã hội',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn', 'NN-PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'NN&MT': 'Nông nghiệp và Môi trường', 'NN-MT': 'Nông nghiệp và Môi trường',
  'TN&MT': 'Tài nguyên và Môi trường', 'TN-MT': 'Tài nguyên và Môi trường', TNMT: 'Tài nguyên và Môi trường',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch', 'VHTT&DL': 'Văn hóa, Thể thao và Du lịch', VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  'KH&CN': 'Khoa học và Công nghệ', 'KH-CN': 'Khoa học và Công nghệ',
  'KH&ĐT': 'Kế hoạch và Đầu tư', 'KH-ĐT': 'Kế hoạch và Đầu tư',
  'TT&TT': 'Thông tin và Truyền thông', GTVT: 'Giao thông vận tải',
};
export const MINISTRY_ALT = [
  ...MINISTRIES.map((m) =>
    m
      .replace(/ - /g, ' (?:- )?')
      .replace(WORD_START_G, (_w, c: string) => ` [${c}${c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()}]`)
      .replace(/ /g, S),
  ),
  // Longest first, so that "VHTT&DL" is not read "VHTT".
  ...Object.keys(MINISTRY_INITIALS).sort((a, b) => b.length - a.length),
].join('|');

// A place name after a body ("Tỉnh ủy Nghệ An", "xã Lương Minh"): up to three capitalised words,
// none of them a word that starts the running text after an issuer. The look-ahead matters for
// text in capitals ("CỦA UBND TỈNH QUẢNG NAM VỀ VIỆC …"), read with a case-insensitive copy.
// A place joined by a dash to a second one of two words ("tỉnh Bà Rịa - Vũng Tàu"; sixteenth outside
// probe: the issuer had been cut at "Bà Rịa"). "Thành phố" with a capital before the name ("Sở Giáo dục và Đào tạo Thành
// phố Hồ Chí Minh"; fiftieth session's probe 467: the issuer was cut at "Thành").
export const ISSUER_PLACE_TAIL = String.raw`(?:${S}Thành${S}phố(?=${S}\p{Lu}))?(?:${S}(?!(?:về|Về|VỀ|quy|QUY|ban|Ban|BAN|tại|TẠI|theo|THEO|và|VÀ|của|CỦA|đã|ĐÃ|hướng|HƯỚNG|sửa|SỬA|thực|THỰC|triển|TRIỂN|trên|TRÊN|nhiệm|NHIỆM|khóa|KHÓA|khoá|KHOÁ|ngày|NGÀY|số|SỐ|năm|NĂM)(?![\p{L}]))\p{Lu}[\p{Ll}\p{M}]{0,12}){0,3}(?:[ ][-–][ ]\p{Lu}[\p{Ll}\p{M}]{0,12}[ ]\p{Lu}[\p{Ll}\p{M}]{0,12}(?![\p{L}]))?`;
// A local congress's ordinal after its place ("… thành phố Hải Phòng lần thứ I"): a place tail may
// end with it (tails.ts reads the two together).
export const CONGRESS_ORDINAL = String.raw`(?:${S}lần${S}thứ${S}[IVXL\d]{1,5})?`;
// Levels of local government as written before a place ("tỉnh", "Thành phố", "xã").
const LEVEL = String.raw`(?:[tT]ỉnh|[tT]hành${S}phố|[hH]uyện|[qQ]uận|[tT]hị${S}xã|[tT]hị${S}trấn|[xX]ã|[pP]hường|[đĐ]ặc${S}khu)`;
// "Tỉnh Ủy Kiên Giang" with a capital too (fourth outside probe).
const UY = String.raw`(?:ủy|uỷ|Ủy|Uỷ)`;
// A Party board inside a state body, "Ban cán sự đảng" (and with capitals, "Ban Cán sự Đảng").
const CADRE_BOARD = String.raw`Ban${S}[cC]án${S}sự${S}[đĐ]ảng`;
// A bloc's name after "Đảng ủy Khối": up to five words ("Doanh nghiệp Trung ương", "các cơ quan tỉnh", "DNTW"), not the
// words of what follows the issuer ("… Đảng ủy Khối DNTW về hướng dẫn kỷ niệm …"; outside probe 410: the issuer ran on).
const BLOC_NAME = String.raw`(?:${S}(?!(?:về|ban|hướng|quy|thực|triển|tổ|đã|vừa|đề|chỉ|yêu|ngày|số|tại|theo|với|cho|của|được|có|là|nhằm|năm|đến|trong|giai|nhiệm)(?![\p{L}]))[\p{L}]{1,12}){0,5}`;
// Boards of a Party committee: "Ban Tổ chức", "Ủy ban Kiểm tra", "Văn phòng" … of a Tỉnh ủy.
const PARTY_BOARD = String.raw`(?:Ban${S}(?:Tổ${S}chức|Tuyên${S}giáo(?:${S}và${S}Dân${S}vận)?|Dân${S}vận|Nội${S}chính|Kinh${S}tế|Chính${S}sách(?:${S}[\p{Ll}]{1,8}){0,3})|(?:Ủy|Uỷ)${S}ban${S}Kiểm${S}tra|Văn${S}phòng)`;
// Committees of a People's Council ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh").
const COUNCIL_BOARD = String.raw`(?:Ban${S}(?:Kinh${S}tế(?:${S}-${S}|${S})Ngân${S}sách|Văn${S}hóa(?:${S}-${S}|${S})Xã${S}hội|Văn${S}hoá(?:${S}-${S}|${S})Xã${S}hội|Pháp${S}chế|Dân${S}tộc|Đô${S}thị)|Thường${S}trực)`;
const FRONT = String.raw`(?:(?:Ủy|Uỷ)${S}ban${S}(?:Mặt${S}trận${S}Tổ${S}quốc|MTTQ)(?:${S}Việt${S}Nam)?|UBMTTQ(?:${S}Việt${S}Nam)?)`;
// After "Trung ương": a mass organisation's own central bodies ("Ban Chấp hành Trung ương Hội Nông dân
// Việt Nam", "Ban Bí thư Trung ương Đoàn", "Ban Tuyên giáo Trung ương Hội …") are not the Party's.
// Their initials too: "Đề án số 24 của Trung ương HND Việt Nam" is the Farmers' Union's (fortieth session's probe 385: read as
// the Party's Central Committee).
export const MASS_BODY = String.raw`(?:Hội|Đoàn|Công${S}đoàn|Mặt${S}trận|MTTQ|HND|HNDVN|HLHPN|HCCB|HCCBVN|TLĐLĐVN|ĐTN|ĐTNCS)(?![\p{L}])`;
const NOT_MASS = String.raw`(?!${S}${MASS_BODY})`;

/**
 * Issuers a citation names after "của", most specific first, with the full name a record uses.
 * `re` is a regular expression source matched at the position after "của ". An empty name means
 * "the name as written"; `ministry` marks the ministries, named "Bộ …" whatever the title before.
 */
// "Ban thường vụ Tỉnh ủy" in lower case is as often written (forty-fourth session's probe 435: no issuer read).
const STANDING = String.raw`(?:Ban${S}[Tt]hường${S}vụ|BTV)`;

export const ISSUERS: readonly { re: string; name: string; ministry?: true }[] = [
  { re: String.raw`${STANDING}${S}Tỉnh${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Ban Thường vụ Tỉnh ủy' },
  // A city's Party committee is a Thành ủy, not a Tỉnh ủy (issue 10).
  { re: String.raw`${STANDING}${S}Thành${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Ban Thường vụ Thành ủy' },
  { re: String.raw`${STANDING}${S}(?:Huyện|Quận|Thị)${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Ban Thường vụ Huyện ủy' },
  { re: String.raw`${STANDING}${S}Đảng${S}${UY}${S}Khối${BLOC_NAME}`, name: 'Ban Thường vụ Đảng ủy Khối' },
  // A commune's or a ward's Party committee ("Ban Thường vụ Đảng ủy xã Lương Minh").
  { re: String.raw`(?:${STANDING}${S})?Đảng${S}${UY}${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:Ban${S}[cC]hấp${S}[hH]ành|BCH)${S}Đảng${S}bộ${S}tỉnh${ISSUER_PLACE_TAIL}`, name: 'Ban Chấp hành Đảng bộ tỉnh' },
  // A city's, whose committee is a Thành ủy (rules/util/issuers.ts), not a Tỉnh ủy.
  { re: String.raw`(?:Ban${S}[cC]hấp${S}[hH]ành|BCH)${S}Đảng${S}bộ${S}(?:thành${S}phố|Thành${S}phố)${ISSUER_PLACE_TAIL}`, name: 'Ban Chấp hành Đảng bộ thành phố' },
  // A district's or a commune's: "Nghị quyết số 05 của BCH Đảng bộ huyện về …" (fortieth session: a district's resolution was
  // taken for the Central Committee's 05-NQ/TW, exact, once the corpus held it).
  { re: String.raw`(?:Ban${S}[cC]hấp${S}[hH]ành|BCH)${S}Đảng${S}bộ${S}(?:[hH]uyện|[qQ]uận|[tT]hị${S}xã|[tT]hị${S}trấn|[xX]ã|[pP]hường|[đĐ]ặc${S}khu)${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`Ban${S}Dân${S}vận${S}Tỉnh${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Ban Dân vận Tỉnh ủy' },
  { re: String.raw`Ban${S}Tuyên${S}giáo${S}và${S}Dân${S}vận${S}Tỉnh${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  { re: String.raw`${PARTY_BOARD}${S}(?:Tỉnh|Thành|Huyện|Quận|Thị)${S}${UY}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`Tỉnh${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Tỉnh ủy' },
  { re: String.raw`Thành${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Thành ủy' },
  { re: String.raw`(?:Huyện|Quận|Thị)${S}${UY}${ISSUER_PLACE_TAIL}`, name: 'Huyện ủy' },
  // "Bộ chính trị", "Ban bí thư" in lower case too (sixth outside probe).
  // "BộChính trị" glued by a copy that lost the space (three hundred and thirty-eighth outside probe: not read as the issuer).
  { re: String.raw`Bộ(?:${S})?[cC]hính${S}[tT]rị|BCT`, name: 'Bộ Chính trị' },
  // "Ban Bí thư T.Ư Đảng", "Ban Bí thư TƯ" as papers shorten it (thirteenth outside probe).
  // "Ban Bí thư TW Đảng (khoá IX)" too (eightieth outside probe: cut at "Ban Bí thư", the khóa was lost with its slip).
  { re: String.raw`Ban${S}[bB]í${S}[tT]hư(?!${S}(?:Trung${S}ương|TW|TƯ)${S}(?:Đoàn|Hội)(?![\p{L}]))(?:${S}(?:Trung${S}ương|T\.[ ]?Ư|TƯ|TW)(?:${S}Đảng)?)?|BBT`, name: 'Ban Bí thư' },
  { re: String.raw`(?:(?:Ban${S}[cC]hấp${S}[hH]ành|BCH)(?:${S}|(?<=hành)(?=Trung))(?:Trung${S}ương|TW|TƯ|T\.[ ]?Ư)|BCHTW|BCHTƯ)${NOT_MASS}(?:${S}[Đđ]ảng(?:${S}Cộng${S}sản${S}Việt${S}Nam)?)?`, name: 'Ban Chấp hành Trung ương' },
  // The plenum's ordinal in digits or words: "lần thứ 11", "lần thứ sáu", "lần thứ mười ba".
  // The plenum's number may be a capitalised word ("của Hội nghị Trung ương Ba (khóa X)"; hundred-and-sixth outside
  // probe: the term after it was lost), never the year after "năm" ("Hội nghị Trung ương năm 2023"). The ordinal may
  // follow "Trung ương" too ("Nghị quyết số 18-NQ/TW, Hội nghị Trung ương lần thứ 6, khóa XII"; hundred-and-eighteenth
  // outside probe: the khóa was lost and the resolution of 2022 taken). "trung ương" in lower case too ("của Hội nghị trung
  // ương 8 khóa XI"; two hundred and eighteenth: neither issuer nor khóa read).
  // The Committee in brackets after the plenum: "của Hội nghị lần thứ 9 (Ban Chấp hành Trung ương khoá XII)" (three hundred
  // and fifty-eighth outside probe: issuer and khóa lost, a wrong khóa untold).
  { re: String.raw`Hội${S}nghị${S}(?:lần${S}thứ${S}(?:\d{1,2}|[mM]ười${S}(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|\p{L}{1,5}),?${S})?(?:\(?(?:Ban${S}[cC]hấp${S}[hH]ành|BCH)${S})?[tT]rung${S}ương(?:${S}Đảng)?(?:${S}(?:lần${S}thứ${S})?(?:\d{1,2}|[mM]ười${S}(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|[mM]ột|[hH]ai|[bB]a|[bB]ốn|[tT]ư|[nN]ăm|[sS]áu|[bB]ảy|[tT]ám|[cC]hín|[mM]ười)(?![\p{L}])(?!${S}(?:19|20)\d\d))?`, name: 'Ban Chấp hành Trung ương' },
  // "Văn phòng Ban chấp hành trung ương" is the same office (forty-sixth session's probe 443: the issuer of 19197-CV/VPTW was
  // not read).
  { re: String.raw`Văn${S}phòng${S}(?:Trung|Ban${S}[cC]hấp${S}[hH]ành${S}[tT]rung)${S}ương(?:${S}Đảng)?`, name: 'Văn phòng Trung ương Đảng' },
  // Central boards and the Prime Minister are often written in lower case ("Ban tổ chức Trung ương", "Thủ tướng
  // chính phủ"; fifty-seventh and fifty-ninth outside probes: the issuer, and the date after it, were lost).
  { re: String.raw`Ban${S}[tT]uyên${S}giáo${S}và${S}[dD]ân${S}vận${S}Trung${S}ương${NOT_MASS}`, name: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { re: String.raw`Ban${S}[dD]ân${S}vận${S}Trung${S}ương${NOT_MASS}`, name: 'Ban Dân vận Trung ương' },
  { re: String.raw`Ban${S}[tT]uyên${S}giáo${S}Trung${S}ương${NOT_MASS}`, name: 'Ban Tuyên giáo Trung ương' },
  { re: String.raw`Ban${S}[tT]ổ${S}chức${S}Trung${S}ương${NOT_MASS}`, name: 'Ban Tổ chức Trung ương' },
  // The standing office of a central steering committee issues its own notices ("Thông báo số
  // 07-TB/CQTTBCĐ … của Cơ quan Thường trực Ban Chỉ đạo Trung ương"; seventh outside probe).
  { re: String.raw`Cơ${S}quan${S}[tT]hường${S}trực${S}(?:Ban${S}Chỉ${S}đạo|BCĐ)${S}Trung${S}ương`, name: '' },
  { re: String.raw`(?:Ban${S}[cC]hỉ${S}đạo|BCĐ)${S}Trung${S}ương`, name: 'Ban Chỉ đạo Trung ương' },
  { re: String.raw`(?:Ủy|Uỷ)${S}ban${S}Kiểm${S}tra${S}Trung${S}ương${NOT_MASS}`, name: 'Ủy ban Kiểm tra Trung ương' },
  // "Thường vụ Quân ủy Trung ương", "Đảng ủy Công an Trung ương" (tenth outside probe).
  { re: String.raw`(?:Ban${S})?Thường${S}vụ${S}Quân${S}${UY}${S}Trung${S}ương`, name: 'Thường vụ Quân ủy Trung ương' },
  { re: String.raw`Quân${S}${UY}${S}Trung${S}ương`, name: 'Quân ủy Trung ương' },
  { re: String.raw`Đảng${S}${UY}${S}Công${S}an${S}Trung${S}ương`, name: 'Đảng ủy Công an Trung ương' },
  // "Trung ương Mặt trận Tổ quốc Việt Nam" is the Front's central committee (outside probe: a Front
  // "Thông tri 28" was credited to the Party's); "Trung ương Đoàn", "Trung ương Hội …" are the Youth
  // Union's and the associations': none of them the Party Central Committee.
  { re: String.raw`(?:Ban${S}Thường${S}trực${S})?Trung${S}ương${S}(?:Mặt${S}trận${S}Tổ${S}quốc|MTTQ)(?:${S}Việt${S}Nam)?`, name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { re: String.raw`Trung${S}ương${NOT_MASS}(?:${S}Đảng)?`, name: 'Ban Chấp hành Trung ương' },
  { re: String.raw`Thủ${S}tướng${S}[cC]hính${S}phủ|Thủ${S}tướng`, name: 'Thủ tướng Chính phủ' },
  // "Chính Phủ" with a capital as some writers put it (eighth outside probe; title-capitalization says so).
  { re: String.raw`Chính${S}[pP]hủ`, name: 'Chính phủ' },
  // The Government's name from 1981 to 1992 ("Quyết định số 132-HĐBT … của Hội đồng Bộ trưởng"; two hundred and
  // eighty-fourth outside probe: no issuer read).
  { re: String.raw`Hội${S}đồng${S}Bộ${S}trưởng`, name: 'Hội đồng Bộ trưởng' },
  // "Uỷ Ban thường vụ Quốc hội" as a page capitalised it (outside probe 415: read "Quốc hội", a false issuer warning).
  { re: String.raw`(?:Ủy|Uỷ)${S}[bB]an${S}(?:Thường|thường)${S}vụ${S}Quốc${S}hội|UBTVQH`, name: 'Ủy ban Thường vụ Quốc hội' },
  { re: String.raw`Văn${S}phòng${S}Quốc${S}hội`, name: 'Văn phòng Quốc hội' },
  // The Assembly's committees, before and after the 2025 merger ("Báo cáo thẩm tra số 433/BC-UBPLTP15 … của Ủy ban
  // Pháp luật và Tư pháp"; hundred-and-tenth outside probe: no issuer).
  { re: String.raw`(?:Ủy|Uỷ)${S}ban${S}(?:Pháp${S}luật(?:${S}và${S}Tư${S}pháp)?|Tư${S}pháp|Kinh${S}tế(?:${S}và${S}Tài${S}chính)?|Tài${S}chính,?${S}Ngân${S}sách|Quốc${S}phòng(?:,${S}An${S}ninh${S}và${S}Đối${S}ngoại|${S}và${S}An${S}ninh)|Văn${S}hóa(?:,${S}Giáo${S}dục|${S}và${S}Xã${S}hội)|Xã${S}hội|Khoa${S}học,${S}Công${S}nghệ${S}và${S}Môi${S}trường|Đối${S}ngoại|Dân${S}nguyện(?:${S}và${S}Giám${S}sát)?)(?:${S}(?:của${S})?Quốc${S}hội)?`, name: '' },
  // "QH" as papers shorten it: "Luật Bình đẳng giới được QH khóa XII ban hành" (three hundred and sixty-fifth outside probe:
  // the term was not read, and the law of khóa XI told nothing). "Quốc Hội" with a capital, as some write it ("Luật Báo chí được
  // Quốc Hội khóa XIII thông qua ngày 05- 4- 2016"; fortieth session's probe 375: neither the day nor the term was read).
  { re: String.raw`Quốc${S}[hH]ội|QH(?![\p{L}\p{N}])`, name: 'Quốc hội' },
  { re: String.raw`Chủ${S}tịch${S}nước`, name: 'Chủ tịch nước' },
  // "của Bộ trưởng Bộ Tài chính": the ministry is the issuer a record names.
  // "của Liên bộ Nội vụ - Tài chính": a joint circular's ministries, the first named here and the
  // others read after it (tails.ts, jointIssuers).
  { re: String.raw`(?:Liên${S}[bB]ộ${S}|Bộ${S}(?:trưởng|Trưởng)${S}(?:Bộ${S})?|Bộ${S})(?:${MINISTRY_ALT})(?![\p{L}])`, name: '', ministry: true },
  // A province's departments carry the ministries' names ("Sở Tài chính", "Sở Giáo dục và Đào tạo").
  { re: String.raw`(?:Giám${S}đốc${S})?Sở${S}(?:${MINISTRY_ALT})(?![\p{L}])${ISSUER_PLACE_TAIL}`, name: '' },
  // Election bodies (election-year plans cite their resolutions and decisions).
  { re: String.raw`Hội${S}đồng${S}[bB]ầu${S}cử${S}[qQ]uốc${S}gia`, name: 'Hội đồng bầu cử quốc gia' },
  { re: String.raw`(?:Ủy|Uỷ)${S}ban${S}[bB]ầu${S}cử${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`Văn${S}phòng${S}Chính${S}[pP]hủ`, name: 'Văn phòng Chính phủ' },
  // "Tổng Thanh tra Chính phủ đã ban hành Quyết định số 1426/QĐ-TTCP" (hundred-and-sixth outside probe: read as the
  // Government's, the words before "Chính phủ" lost).
  { re: String.raw`(?:Tổng${S})?Thanh${S}tra${S}Chính${S}[pP]hủ`, name: 'Thanh tra Chính phủ' },
  { re: String.raw`(?:Thống${S}đốc${S})?Ngân${S}hàng${S}Nhà${S}nước(?:${S}Việt${S}Nam)?`, name: 'Ngân hàng Nhà nước Việt Nam' },
  { re: String.raw`Bảo${S}hiểm${S}xã${S}hội${S}Việt${S}Nam`, name: 'Bảo hiểm xã hội Việt Nam' },
  // With its presidium or executive committee: "Kế hoạch 22/KH-TLĐ … của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
  // (forty-ninth session's probe 457: no issuer).
  { re: String.raw`(?:(?:Đoàn${S}Chủ${S}tịch|Ban${S}Chấp${S}hành|BCH)${S})?Tổng${S}Liên${S}đoàn${S}Lao${S}động${S}Việt${S}Nam`, name: 'Tổng Liên đoàn Lao động Việt Nam' },
  { re: String.raw`(?:Hội${S}đồng${S}Thẩm${S}phán${S})?Tòa${S}án${S}nhân${S}dân${S}tối${S}cao`, name: 'Tòa án nhân dân tối cao' },
  { re: String.raw`Viện${S}kiểm${S}sát${S}nhân${S}dân${S}tối${S}cao`, name: 'Viện kiểm sát nhân dân tối cao' },
  { re: String.raw`Kiểm${S}toán${S}(?:nhà${S}nước|Nhà${S}nước)`, name: 'Kiểm toán nhà nước' },
  // The agencies of the Ministry of Finance and of Justice that write to every province, and their regional and local
  // branches: "Công văn số 838/CCTKV.XII-NVDTPC.HUE … của Chi cục Thuế khu vực XII", "Cục Hải quan tỉnh Quảng Ninh", "Tổng cục
  // Thống kê", "Kho bạc Nhà nước khu vực V" (fifty-first session: such letters, cited in finance texts, had no issuer).
  { re: String.raw`(?:(?:Tổng${S}cục|Chi${S}cục|Cục)${S}(?:Thuế|Hải${S}quan|Thống${S}kê|Quản${S}lý${S}thị${S}trường|Thi${S}hành${S}án${S}dân${S}sự|Dự${S}trữ${S}[nN]hà${S}nước)|Kho${S}bạc${S}Nhà${S}nước)(?:${S}khu${S}vực${S}[IVXL\d]{1,6}(?![\p{L}\p{N}]))?(?:${S}${LEVEL}${ISSUER_PLACE_TAIL}|${S}Việt${S}Nam)?`, name: '' },
  // "Văn phòng UBND thành phố": the office of a People's Committee issues its own letters.
  { re: String.raw`Văn${S}phòng${S}(?:(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|UBND|Hội${S}đồng${S}nhân${S}dân|HĐND|Đoàn${S}ĐBQH(?:${S}và${S}HĐND)?)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|UBND)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: 'Ủy ban nhân dân' },
  // "Ban Pháp chế của Hội đồng nhân dân tỉnh" (fourth outside probe) as well as without "của".
  { re: String.raw`${COUNCIL_BOARD}${S}(?:của${S})?(?:Hội${S}đồng${S}nhân${S}dân|HĐND)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:Hội${S}đồng${S}nhân${S}dân|HĐND)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: 'Hội đồng nhân dân' },
  { re: String.raw`(?:(?:Đoàn${S}Chủ${S}tịch|Ban${S}Thường${S}trực)${S})?(?:Ủy|Uỷ)${S}ban${S}Trung${S}ương${S}(?:Mặt${S}trận${S}Tổ${S}quốc|MTTQ)${S}Việt${S}Nam|UBTWMTTQVN`, name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  // A Fatherland Front committee of a province or commune, or its standing board.
  // Written as two patterns, the one with the place first, so that the place ends a pattern (see
  // ISSUER_PLACE_TAIL): the same matches as one pattern with the place optional.
  { re: String.raw`(?:Ban${S}Thường${S}trực${S})?${FRONT}${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:Ban${S}Thường${S}trực${S})?${FRONT}`, name: '' },
  // The boards of a bloc's Party committee ("của Ban Tuyên giáo Đảng ủy Khối"; seventeenth outside probe).
  { re: String.raw`(?:Ban${S}(?:Tuyên${S}giáo(?:${S}và${S}Dân${S}vận)?|Tổ${S}chức|Dân${S}vận)|(?:Ủy|Uỷ)${S}ban${S}Kiểm${S}tra|Văn${S}phòng)${S}Đảng${S}${UY}${S}Khối${BLOC_NAME}`, name: '' },
  { re: String.raw`Đảng${S}${UY}${S}Khối${BLOC_NAME}`, name: 'Đảng ủy Khối' },
  // The central Party committees of 2025 (twelfth outside probe: "Kế hoạch số 34-KH/ĐUQH … của Đảng
  // ủy Quốc hội" lost its issuer and subject).
  { re: String.raw`(?:(?:Ban${S}Thường${S}vụ|BTV)${S})?Đảng${S}${UY}${S}(?:Quốc${S}hội|Chính${S}phủ|các${S}cơ${S}quan${S}Đảng${S}Trung${S}ương|Mặt${S}trận${S}Tổ${S}quốc,?${S}các${S}đoàn${S}thể${S}Trung${S}ương)`, name: '' },
  // Party committees and boards inside state bodies (outside probe): "Đảng ủy UBND tỉnh", "Ban
  // Thường vụ Đảng ủy Bộ Công Thương", "Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum".
  { re: String.raw`(?:(?:Ban${S}Thường${S}vụ|BTV)${S})?Đảng${S}${UY}${S}(?:(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|UBND)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  // Both in one pattern: one copy of the ministries' alternation (each copy makes the issuer
  // expression slower to compile, which a one-page check pays at its start).
  { re: String.raw`(?:(?:(?:Ban${S}Thường${S}vụ|BTV)${S})?Đảng${S}${UY}|${CADRE_BOARD})${S}Bộ${S}(?:${MINISTRY_ALT})(?![\p{L}])`, name: '' },
  { re: String.raw`${CADRE_BOARD}${S}(?:(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|UBND)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`${CADRE_BOARD}${S}Chính${S}phủ`, name: '' },
  // The Party group of the National Assembly (forty-first session's probe 405: "Kế hoạch số 862-KH/ĐĐQH15 … của Đảng đoàn
  // Quốc hội" lost its issuer; "Ban Cán sự Đảng Chính phủ" with a capital likewise).
  { re: String.raw`Đảng${S}đoàn${S}Quốc${S}hội`, name: '' },
  { re: String.raw`Học${S}viện${S}Chính${S}trị${S}(?:[qQ]uốc${S}gia${S})?Hồ${S}Chí${S}Minh`, name: 'Học viện Chính trị quốc gia Hồ Chí Minh' },
  // Ministers who head a body that is not a ministry: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
  { re: String.raw`(?:Bộ${S}trưởng,?${S}Chủ${S}nhiệm${S})?(?:Ủy|Uỷ)${S}ban${S}Dân${S}tộc`, name: 'Ủy ban Dân tộc' },
  { re: String.raw`Bộ${S}trưởng,?${S}Chủ${S}nhiệm${S}Văn${S}phòng${S}Chính${S}phủ`, name: 'Văn phòng Chính phủ' },
  { re: String.raw`Hội${S}đồng${S}Thi${S}đua${S}?[-–]${S}?Khen${S}thưởng${S}Trung${S}ương`, name: '' },
  { re: String.raw`Hội${S}đồng${S}Thi${S}đua${S}?[-–]${S}?Khen${S}thưởng${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:Giám${S}đốc${S})?Sở${S}Ngoại${S}vụ${ISSUER_PLACE_TAIL}`, name: '' },
  // A local congress resolves ("Nghị quyết số 09-NQ/ĐH … của Đại hội đại biểu Đảng bộ thành phố Hải
  // Phòng lần thứ I"), and the mass organisations' local bodies ("Thường trực Hội Cựu chiến binh
  // tỉnh", "Ban Thường vụ Tỉnh đoàn"; fourth outside probe).
  { re: String.raw`Đại${S}hội(?:${S}đại${S}biểu)?${S}Đảng${S}bộ${S}${LEVEL}${ISSUER_PLACE_TAIL}${CONGRESS_ORDINAL}`, name: '' },
  { re: String.raw`(?:(?:Ban${S}Thường${S}vụ|Thường${S}trực|Ban${S}Chấp${S}hành|BCH)${S})?(?:Hội${S}(?:Cựu${S}chiến${S}binh|Nông${S}dân|Liên${S}hiệp${S}Phụ${S}nữ|LHPN)|Liên${S}đoàn${S}Lao${S}động|LĐLĐ)${S}${LEVEL}${ISSUER_PLACE_TAIL}`, name: '' },
  { re: String.raw`(?:(?:Ban${S}Thường${S}vụ|BTV|Ban${S}Chấp${S}hành|BCH)${S})?(?:Tỉnh|Thành)${S}[đĐ]oàn${ISSUER_PLACE_TAIL}`, name: '' },
  // A trade union by its name ("của Công đoàn GTVT Việt Nam", "Ban Thường vụ Công đoàn ngành Giáo dục";
  // seventeenth outside probe: no issuer, and the subject lost).
  // A national sectoral union's name may hold small letters before "Việt Nam": "Công đoàn Ngân hàng Việt Nam", "Công đoàn
  // Giao thông vận tải Việt Nam", and a province's, "Công đoàn Giáo dục tỉnh Nghệ An" (forty-ninth session's probe 457: cut to
  // "Công đoàn Ngân").
  { re: String.raw`(?:(?:Ban${S}Thường${S}vụ|Ban${S}Chấp${S}hành|BCH)${S})?Công${S}đoàn${S}(?:ngành${S})?\p{Lu}[\p{L}]{0,12}(?:(?:${S}[\p{L}]{1,12}){0,4}?${S}(?:Việt${S}Nam|${LEVEL}${ISSUER_PLACE_TAIL})|(?:${S}\p{Lu}[\p{L}]{0,12}){0,4})`, name: '' },
  // The mass organisations' own central bodies (NOT_MASS keeps them from the Party's names).
  { re: String.raw`(?:(?:Ban${S}[cC]hấp${S}[hH]ành|BCH|Ban${S}Thường${S}vụ|Ban${S}Bí${S}thư|Đoàn${S}Chủ${S}tịch)${S})?Trung${S}ương${S}(?:Hội${S}(?:Nông${S}dân|Liên${S}hiệp${S}Phụ${S}nữ|Cựu${S}chiến${S}binh)(?:${S}Việt${S}Nam)?|Đoàn(?:${S}Thanh${S}niên${S}Cộng${S}sản${S}Hồ${S}Chí${S}Minh)?)`, name: '' },
];

/** Kind words by their last syllable, lower case: a cheap first test before a look-back. */
export const KIND_LAST_WORDS: ReadonlySet<string> = new Set(KIND_WORDS.map((k) => k.slice(k.lastIndexOf(' ') + 1).toLowerCase()));

/**
 * Named documents without a number: resolutions of a plenum or a congress. Captures: the plenum
 * number (digits or a Vietnamese/Roman ordinal) and the term or congress number.
 */
export const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15,
};
