// Vocabulary of citations as data: kind words, symbol codes, issuers. The extractor builds its
// regular expressions from these tables; adding a kind or an issuer is a one-line change here.

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
  'Tờ trình',
  'Báo cáo',
];

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
  CĐ: 'Công điện',
  VBHN: 'Văn bản hợp nhất',
};

/** Issuer codes that mark a Party numbering ("…/TW", "…/TU"): decides "217/QĐ-TW" is a Party id written backwards. */
export const PARTY_ISSUER_CODE = /^(?:TW|TƯ|TU|HU|QU|ĐU|ĐUK|CB|HNTW|[\p{Lu}Đ]{1,8}(?:TW|TU|ĐU|ĐUK|HU))$/u;

/**
 * Issuers a citation names after "của", most specific first, with the full name a record uses.
 * `re` is a regular expression source matched at the position after "của ".
 */
export const ISSUERS: readonly { re: string; name: string }[] = [
  { re: String.raw`(?:Ban\sThường\svụ|BTV)\s(?:Tỉnh|Thành)\s(?:ủy|uỷ)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Ban Thường vụ Tỉnh ủy' },
  { re: String.raw`(?:Ban\sChấp\shành|BCH)\sĐảng\sbộ\s(?:tỉnh|thành\sphố)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Ban Chấp hành Đảng bộ tỉnh' },
  { re: String.raw`(?:Tỉnh|Thành)\s(?:ủy|uỷ)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Tỉnh ủy' },
  { re: String.raw`Bộ\sChính\strị|BCT`, name: 'Bộ Chính trị' },
  { re: String.raw`Ban\sBí\sthư(?:\sTrung\sương(?:\sĐảng)?)?|BBT`, name: 'Ban Bí thư' },
  { re: String.raw`(?:Ban\sChấp\shành|BCH)\s(?:Trung\sương|TW)(?:\sĐảng(?:\sCộng\ssản\sViệt\sNam)?)?`, name: 'Ban Chấp hành Trung ương' },
  { re: String.raw`Hội\snghị\sTrung\sương(?:\s\d{1,2})?`, name: 'Ban Chấp hành Trung ương' },
  { re: String.raw`Văn\sphòng\sTrung\sương(?:\sĐảng)?`, name: 'Văn phòng Trung ương Đảng' },
  { re: String.raw`Ban\sDân\svận\sTrung\sương`, name: 'Ban Dân vận Trung ương' },
  { re: String.raw`Ban\sTuyên\sgiáo\svà\sDân\svận\sTrung\sương`, name: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { re: String.raw`Ban\sTuyên\sgiáo\sTrung\sương`, name: 'Ban Tuyên giáo Trung ương' },
  { re: String.raw`Ban\sTổ\schức\sTrung\sương`, name: 'Ban Tổ chức Trung ương' },
  { re: String.raw`Trung\sương(?:\sĐảng)?`, name: 'Ban Chấp hành Trung ương' },
  { re: String.raw`Thủ\stướng\sChính\sphủ|Thủ\stướng`, name: 'Thủ tướng Chính phủ' },
  { re: String.raw`Chính\sphủ`, name: 'Chính phủ' },
  { re: String.raw`(?:Ủy|Uỷ)\sban\sThường\svụ\sQuốc\shội|UBTVQH`, name: 'Ủy ban Thường vụ Quốc hội' },
  { re: String.raw`Quốc\shội`, name: 'Quốc hội' },
  { re: String.raw`Bộ\s(?:Nội\svụ|Tư\spháp|Tài\schính|Giáo\sdục\svà\sĐào\stạo|Thông\stin\svà\sTruyền\sthông)`, name: '' },
  { re: String.raw`(?:(?:Ủy|Uỷ)\sban\snhân\sdân|UBND)\s(?:tỉnh|thành\sphố|huyện|xã|phường)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Ủy ban nhân dân' },
  { re: String.raw`(?:Hội\sđồng\snhân\sdân|HĐND)\s(?:tỉnh|thành\sphố|huyện|xã|phường)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Hội đồng nhân dân' },
  { re: String.raw`(?:Ủy|Uỷ)\sban\sTrung\sương\sMặt\strận\sTổ\squốc\sViệt\sNam|(?:Ủy|Uỷ)\sban\sMTTQ\sViệt\sNam`, name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { re: String.raw`Đảng\s(?:ủy|uỷ)\sKhối(?:\s[\p{L}]+){0,5}`, name: 'Đảng ủy Khối' },
  { re: String.raw`Ban\sDân\svận\s(?:Tỉnh|Thành)\s(?:ủy|uỷ)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}`, name: 'Ban Dân vận Tỉnh ủy' },
];

/**
 * Named documents without a number: resolutions of a plenum or a congress. Captures: the plenum
 * number (digits or a Vietnamese/Roman ordinal) and the term or congress number.
 */
export const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15,
};
