// Laws, codes, ordinances and the Constitution cited by name: "Luật Đất đai năm 2024", "Bộ luật
// Lao động 2019", "Luật Thi đua, khen thưởng ngày 15/6/2022", "Hiến pháp năm 2013", and amending
// laws ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công"). The name is the words after the
// kind word; where it ends is the hard part:
//   - a known name (law-names.ts) is taken whole, across commas and "và", and may run on;
//   - otherwise words are taken while none of them is a word that ends a name in running text
//     (STOP: "năm", "số", "của", "và", "quy", "đã" …), up to MAX_WORDS, never across a comma;
//   - a year ("năm 2024", "2019") right after the name is the law's year; a date, an issuer and
//     a number are read like any citation's (tails.ts, and ids.ts for "… số 72/2025/QH15").
// Not read: lower-case kind words ("luật pháp", "theo quy định của luật"), a kind without a
// capitalised name ("Luật này", "Luật sư", "Luật 2019"), bills ("dự án Luật …", "dự thảo Luật …":
// no law is in force under that name yet), the law's own title in capitals ("LUẬT ĐẤT ĐAI"), and
// "Hiến pháp" with neither a year nor the country's name (a general appeal to the Constitution).

import { canonicalKey, fold } from '../../text/normalize';
import { LAW_NAMES, NAME_ABBREVIATIONS } from '../law-names';
import { COUNTRY_NAME } from '../patterns';
import * as textHelpers from './text';
import type { Draft } from './types';
import * as drafts from './types';
import { rx } from '../../text/letters';
import { termValue } from '../terms';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { isDigit, isWordChar, LIST_JOIN_GAP } = textHelpers;
const { blank } = drafts;

// "Bộ Luật Lao động" with a capital, as some write it (hundred-and-eighth outside probe: read as a Luật).
// "luật" in small letters only before a capital: "luật Nhà giáo; luật Giáo dục đại học" (thirty-seventh session's probe 322:
// not read), and then only a known name (scanLaws): "kỷ luật Đảng", "pháp luật Việt Nam" are no laws.
// "Pháp Lệnh" with a capital L, as "Bộ Luật" (probe 434: "Pháp Lệnh về bảo vệ chăm sóc và giáo dục trẻ em" was not read).
const LAW_SCAN = rx(String.raw`Luật|luật(?=[ ]\p{Lu})|Bộ\s{1,2}[lL]uật|Pháp\s{1,2}[lL]ệnh|Hiến\s{1,2}pháp`, 'gu');
const KIND_OF: Record<string, string> = { l: 'Luật', b: 'Bộ luật', p: 'Pháp lệnh', h: 'Hiến pháp' };

// One word of a name, after one or two spaces (or a line break from a PDF) and perhaps a comma.
// A dash between words of a name counts as its comma ("Luật Thi đua - Khen thưởng"; nineteenth outside
// probe: the name had been cut at "Thi đua").
// An abbreviation in parentheses inside the name is passed over: "Luật Mặt trận Tổ quốc (MTTQ) Việt Nam năm 2015"
// (thirty-ninth outside probe: the name stopped at "Tổ quốc", and the law of 2015 was not found).
// A page's space before the comma as well: "Luật Phòng cháy, chữa cháy và cứu nạn , cứu hộ" (outside probe 412: cut short).
// "&" joins two parts of a name as "và" does: "Luật PCCC&CNCH" (ninety-third outside probe: cut to "Luật PCCC", the law of
// 2001).
const WORD_AT = rx(String.raw`(?:[ ]\([\p{Lu}Đ]{2,10}\)(?=[ ,]))?(?:([ ]?,|[ ]{1,2}[-–](?=[ ]))?(?:[ ]{1,2}|[ ]?\n[ ]?)|[ ]?(&)[ ]?)([\p{L}\p{M}]{1,10})(?![\p{L}\p{M}\p{N}])`, 'uy');
// The first word glued to the kind word, a space lost in a PDF's copy: "LuậtThủy sản", "LuậtTổ chức Chính phủ" (hundred-and-
// thirty-second outside probe: neither was read). Only a capitalised word, so "Luậtsư" stays no law.
const GLUED_FIRST = rx(String.raw`(\p{Lu}[\p{L}\p{M}]{0,9})(?![\p{L}\p{M}\p{N}])`, 'uy');
const MAX_WORDS = 8;
// A day after a glued "ngày": a space or two and a digit.
const GLUED_DAY_AFTER = /^\s{1,2}\d/u;
// The longest Vietnamese syllable ("nghiêng").
const SYLLABLE_MAX = 7;
/** Words that end a name in running text (lower case). A known name may still contain them. */
const STOP = new Set([
  'năm', 'ngày', 'tháng', 'số', 'của', 'và', 'về', 'theo', 'đã', 'được', 'có', 'là', 'thì', 'để', 'trong',
  'tại', 'với', 'cho', 'này', 'đó', 'mới', 'hiện', 'nhằm', 'khi', 'đang', 'sẽ', 'cũng', 'không', 'quy',
  'do', 'từ', 'đến', 'nêu', 'trên', 'gồm', 'như', 'vào', 'thông', 'ban', 'sửa', 'bổ', 'hướng', 'điều',
  'khoản', 'chương', 'mục', 'phần', 'còn', 'vẫn', 'phải', 'cần', 'mà', 'hay', 'hoặc', 'bị', 'trước',
  'sau', 'các', 'những', 'một', 'hai', 'ba', 'luật', 'nghị', 'quyết', 'chỉ', 'thị', 'văn', 'bản', 'đi',
  'vừa', 'chính', 'thức', 'ra', 'tới', 'kèm', 'nay', 'ngoài', 'giữa', 'thay', 'thế', 'hết', 'hiệu',
  'lực', 'tiếp', 'tục', 'đồng', 'thời', 'bảo', 'đảm', 'triển', 'khai', 'thi', 'hành', 'lần', 'thứ',
  'bao', 'bằng', 'đối', 'kỳ', 'trừ', 'tính', 'áp', 'dụng', 'liên', 'quan', 'riêng', 'nhưng', 'nếu', 'vì',
  'bởi', 'qua', 'sang', 'sư', 'chuyên', 'cũ', 'khác', 'chung', 'riêng', 'nói', 'nêu', 'đây', 'kia', 'ấy',
  // "Ban Chính sách Luật Pháp Trung ương Hội" (fourteenth outside probe): law in general, inverted.
  'pháp',
  // A legal site's menu and fields: "Luật Tóm tắt nội dung", "Luật\nNơi ban hành" (forty-fourth outside probe).
  'tóm', 'nơi',
]);
// Words that begin no name but may stand inside one ("Luật Hòa giải ở cơ sở", "Luật Nhà ở"): "các quy định của Luật ở
// nhiều cấp độ" (hundred-and-twenty-fifth outside probe).
const NO_FIRST = new Set(['ở']);
// Two words after "Luật" that are no name, though the first may begin one: "Luật quy định …" (the law provides, a verb;
// thirty-first and thirty-third outside probes), and a legal site's field after its value, "Loại văn bản Luật\nNgười ký
// Trần Thanh Mẫn" (hundred-and-fifth; "Người" begins "Người cao tuổi"). By first word, the second.
const NOT_A_NAME: ReadonlyMap<string, string> = new Map([
  ['quy', 'định'],
  ['người', 'ký'],
  // "những lợi ích mà Luật mang lại" (hundred-and-forty-fifth outside probe: read as a law named "mang lại").
  ['mang', 'lại'],
  // Verbs of a sentence whose subject is "Luật" (the law just named): "Luật kế thừa hợp lý các quy định của Luật năm 2015"
  // (two hundred and tenth outside probe: read as a law named "kế thừa hợp lý").
  ['kế', 'thừa'],
  ['góp', 'phần'],
  ['khẳng', 'định'],
  ['xác', 'định'],
  // "Luật nghiêm cấm tuyên truyền …", "Luật xác lập rõ phạm vi …", "một Luật hoàn chỉnh quản lý …" (fortieth session's probes
  // 372, 375 and 380: each read as a law of that name).
  ['nghiêm', 'cấm'],
  ['xác', 'lập'],
  ['hoàn', 'chỉnh'],
]);
// After a known name what follows is running text in the gazette ("Luật Bảo hiểm xã hội tham gia
// …", "Luật Giá kể từ …"), so a known name is never run on; the price is an unknown name that
// extends a known one ("Luật Doanh nghiệp nhà nước" reads "Doanh nghiệp").
// Known names by their canonical key, and every prefix of one (so a walk stops early).
const KNOWN = new Set<string>();
const PREFIX = new Set<string>();
for (const n of LAW_NAMES) {
  // Writers drop the comma too: "Luật Phòng chống bạo lực gia đình" (fifth outside probe).
  for (const key of new Set([canonicalKey(n), canonicalKey(n.replace(/,/gu, ''))])) {
    KNOWN.add(key);
    const words = key.split(' ');
    // "thi đua, khen thưởng": the walk asks for "thi đua" before it sees the comma.
    for (let i = 1; i <= words.length; i++) PREFIX.add(words.slice(0, i).join(' ').replace(/,$/u, ''));
  }
}

// The year after a law's name, also in parentheses ("Luật Thanh tra (năm 2022)"; twenty-first outside
// probe: without it the law in force today, of 2025, was chosen).
// … and after an abbreviation in parentheses, "Luật Phòng, chống tham nhũng (PCTN) năm 2005" (forty-first outside
// probe: the year was lost, and the law of 2018 chosen).
// … and with the next word glued to it by a PDF copy, "năm 2005Pháp lệnh sửa đổi" (thirty-sixth session's probe 317:
// the ordinance of 2020 was chosen): a capital then small letters starts a word, never a year's suffix.
// A word a crawled page glued to the year, the sentence going on: "Luật Đất đai 2024về …" (three hundred and sixty-seventh
// outside probe: the year was dropped and the law of 2013 taken).
const GLUED_NEXT = String.raw`(?:về|của|và|đã|được|có|quy|nhằm)(?![\p{Ll}\p{M}])`;
const YEAR_AFTER = rx(String.raw`[ ]{1,2}(?:\([\p{Lu}Đ]{2,10}\)[ ]{1,2})?(?:\(\s?sửa\s{1,2}đổi(?:,\s{1,2}bổ\s{1,2}sung)?\s?\)[ ]{1,2})?(?:\((?=(?:năm[ ]{1,2})?(?:19|20)\d\d\)))?(?:năm[ ]{1,2})?((?:19|20)\d\d)(?:(?<=\((?:năm[ ]{1,2})?(?:19|20)\d\d)\))?(?!(?!${GLUED_NEXT})[\p{N}\p{Ll}]|\p{Lu}(?![\p{Ll}\p{M}])|[/.\-]\p{N})`, 'uy');
// "Điều" and "Bổ sung" may be capitalised ("Luật Sửa đổi bổ sung một số Điều của Luật Thi đua, Khen
// thưởng"; nineteenth outside probe: read as the amended law, with the amending law's date).
// The title may wrap after "Luật" (forty-sixth outside probe: "… ngày 19/6/2015; Luật\nsửa đổi, bổ sung …" was read as the law it amends).
// A stray comma after "bổ sung" too ("Luật sửa đổi, bổ sung, một số điều của …"; hundred-and-ninth outside probe: the
// title was split, its date given to the second law it names).
// Abbreviated too, "Luật SĐ, BS một số điều của Luật CBCC và Luật Viên chức 2019" (hundred-and-thirty-first outside probe:
// read as a law named "SĐ", the two laws it amends taken for themselves).
const AMENDS = rx(String.raw`(?:[ ]{1,2}|[ ]?\n[ ]?)(?:[sS]ửa\s{1,2}đổi|SĐ)(?:,?\s{1,2}(?:[bB]ổ\s{1,2}sung|BS),?)?(?:\s{1,2}(?:[\p{Ll}\p{M}\d]{1,10}|Điều)){0,12}?\s{1,2}(?:của\s{1,2})?(?=Luật[\s:]|Bộ\s{1,2}luật\s)`, 'uy');
// An amending law of many laws, named by their count: "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy
// hoạch ngày 20 tháng 11 năm 2018" (hundred-and-thirty-second outside probe: not read at all). Its whole title is its
// name, up to its date, number or year, or the clause's end. A PDF's line may wrap inside it ("… liên quan đến quy \nhoạch").
// A comma inside such a title joins two fields ("… của 11 luật về quân sự, quốc phòng ngày 27/6/2025", Luật 98/2025/QH15;
// hundred-and-ninetieth outside probe: cut at the comma, its date lost); the short title leaves out "bổ sung một số điều
// của" ("Luật sửa đổi 11 Luật về quân sự, quốc phòng 2025"; hundred-and-fifth: not read).
const JOINED_FIELD = String.raw`\s{1,2}(?:quốc\s{1,2}phòng|an\s{1,2}ninh)(?![\p{L}])`;
const AMENDS_MANY = rx(
  String.raw`[ ]{1,2}([sS]ửa\s{1,2}đổi(?:,?\s{1,2}bổ\s{1,2}sung\s{1,2}một\s{1,2}số\s{1,2}điều\s{1,2}của)?\s{1,2}\d{1,3}\s{1,2}[lL]uật(?:[^;.,\n()]|,(?=${JOINED_FIELD})|[ ]?\n(?=[ ]?\p{Ll})){0,80}?)(?=\s{1,2}(?:ngày|số|năm|được|đã|(?:19|20)\d\d)(?![\p{L}\p{N}])|\s{0,2}(?:[;.(]|,(?!${JOINED_FIELD})|\n(?![ ]?\p{Ll}))|$)`,
  'uy',
);
const AMENDED_NEXT = /(?:,\s{1,2}và|,|\s{1,2}và)\s{1,2}(?=[Ll]uật\s|Bộ\s{1,2}luật\s)/uy;
// Either placement of the tone mark ("Cộng hoà", as older texts write it: ninety-fifth outside probe, where "Hiến
// pháp nước Cộng hoà … năm 1992" lost its year and was taken for the Constitution of 2013), any case of the
// country's words, and its initials.
const COUNTRY = new RegExp(String.raw`[ ]{1,2}${COUNTRY_NAME}`, 'uy');
// The country's short name between a law's name and its year: "Bộ luật Dân sự Việt Nam 2015", "Hiến pháp Việt Nam 1992"
// (fifty-fourth session's probe 507: the year was lost, and the code or Constitution in force today taken). Read only when
// a year follows; the name stays as the record has it.
const VIET_NAM = rx(String.raw`[ ]{1,2}(?:Việt|VIỆT)[ ]{1,2}(?:Nam|NAM)(?![\p{L}\p{N}])`, 'uy');

/** The year written after `at`, or after "Việt Nam" there, and where its words end; null when none. */
function yearAfter(t: string, at: number): { year: number; end: number } | null {
  const read = (from: number) => {
    YEAR_AFTER.lastIndex = from;
    const y = YEAR_AFTER.exec(t);
    return y ? { year: +y[1]!, end: from + y[0].length } : null;
  };
  const here = read(at);
  if (here) return here;
  VIET_NAM.lastIndex = at;
  const vn = VIET_NAM.exec(t);
  return vn ? read(at + vn[0].length) : null;
}
const AMENDED_AFTER = rx(String.raw`[ ]{1,2}(?:\(\s?)?sửa\s{1,2}đổi(?:,?\s{1,2}bổ\s{1,2}sung)?(?:[ ]{1,2}(?:năm[ ]{1,2})?((?:19|20)\d\d))?(?:\s?\))?(?![\p{L}\p{N}])`, 'uy');
// "Luật Dân quân tự vệ (sửa đổi) được Quốc hội thông qua tháng 11/2019": the passing year a writer
// gives after a law named without one (fiftieth outside probe: the revised law of 2019 was not
// found, and its effective day, misstated as 1/7/2019, went untold). Read for the year only; the
// citation's span stays the name.
// Also "Luật Đất đai hiện hành được Quốc hội khóa XIII, kỳ họp thứ 6, thông qua ngày 29/11/2013" (ninety-eighth outside
// probe: without its year the law of 2024 was taken, and the 2013 law's right effective day told wrong).
// The country's name and "khoá" may follow the Assembly: "Luật Công Đoàn được Quốc hội nước Cộng hoà Xã hội Chủ nghĩa Việt Nam khoá
// VIII, kỳ họp thứ 7 thông qua ngày 30 tháng 6 năm 1990" (two hundred and seventy-sixth outside probe: the law of 2024 was taken).
const PASSED_YEAR = rx(String.raw`,?(?:[ ]{1,2}hiện[ ]{1,2}hành)?[ ]{1,2}(?:(?:đã|đã được|được)[ ]{1,2}Quốc[ ]{1,2}hội(?:[ ]{1,2}nước[ ]{1,2}Cộng[ ]{1,2}ho[àa][ ]{1,2}[Xx]ã[ ]{1,2}hội[ ]{1,2}[Cc]hủ[ ]{1,2}nghĩa[ ]{1,2}Việt[ ]{1,2}[Nn]am)?(?:[ ]{1,2}\(?kh(?:[óo]a|oá)[ ]{1,2}[IVXL]{1,6}\)?)?(?:,?[ ]{1,2}(?:tại[ ]{1,2})?[Kk]ỳ[ ]{1,2}họp[ ]{1,2}thứ[ ]{1,2}[\p{L}\p{N}]{1,6},?)?[ ]{1,2}(?:(?:đã|chính[ ]{1,2}thức)[ ]{1,2})?)thông[ ]{1,2}qua(?:[ ]{1,2}(?:tại[ ]{1,2})?[Kk]ỳ[ ]{1,2}họp[ ]{1,2}thứ[ ]{1,2}[\p{L}\p{N}]{1,6}(?:,)?)?[ ]{1,2}(?:vào[ ]{1,2})?(?:ngày[ ]{1,3}\d{1,2}(?:[/.\-]|[ ]{1,2}tháng[ ]{1,2})\d{1,2}(?:[/.\-]|[ ]{1,2}năm[ ]{1,2})|tháng[ ]{1,3}\d{1,2}(?:[/.\-]|[ ]{1,2}năm[ ]{1,2})|năm[ ]{1,2})((?:19|20)\d\d)(?![\p{N}])`, 'uy');
const AND_GAP = /^\s{1,2}và\s{1,2}$/u;
const PHAP_BEFORE = rx(String.raw`(?:^|[^\p{L}])[pP]háp\s{1,2}$`, 'u');
// "Luật Gia Bùi tổng hợp" (a firm's name; forty-fourth outside probe) as well.
const JURIST_AFTER = /^\s{1,2}(?:gia|sư|Gia|Sư)(?![a-zA-Zà-ỹ])/u;
const BILL_BEFORE = /(?:dự\s{1,2}án|dự\s{1,2}thảo|Dự\s{1,2}án|Dự\s{1,2}thảo|DỰ\s{1,2}ÁN|DỰ\s{1,2}THẢO)\s{1,2}$/u;
// A school, a faculty, a firm or a site named after the law: "Trường Đại học Luật Hà Nội", "Khoa Luật", "Công ty
// Luật …", "Chi tiết văn bản pháp luật - Luật Dương Gia" (a law firm's site; fortieth outside probe: both were read
// as laws).
// "Hội đồng Hiến pháp" is the Constitutional Council, a body (two-hundred-and-forty-eighth outside probe: read as the
// Constitution).
// A degree's field too: "Thạc sĩ Luật; Cử nhân Luật" in a table of officials, over the next row's title (fifty-fourth session's
// probe 511: read as a law named "Bí thư Trung ương Đoàn").
const NOT_LAW_BEFORE = /(?:Đại\s{1,2}học|Khoa|Cử\s{1,2}nhân|Thạc\s{1,2}s[ĩỹ]|Tiến\s{1,2}s[ĩỹ]|[Cc]huyên\s{1,2}ngành|Công\s{1,2}ty|Văn\s{1,2}phòng|Hãng|Viện|Hội\s{1,2}đồng|pháp\s{1,2}luật\s{1,2}[-–|])\s{1,2}$/u;

// An international convention's subject: "Công ước của Liên Hợp Quốc về Luật Biển năm 1982" is UNCLOS, no law of Vietnam
// (hundred-and-thirty-second outside probe: read as a "Luật Biển" of 1982).
const CONVENTION_BEFORE = /[Cc]ông\s{1,2}ước[^.;\n]{0,50}\svề\s{0,2}$/u;

interface Word {
  start: number;
  end: number;
  key: string;
  comma: boolean;
  /** Joined by "&" to the word before ("PCCC&CNCH"): read as "và". */
  and: boolean;
  upper: boolean;
  /** Capitals only, two letters or more: initials ("GDĐH", "BVMT"). */
  caps: boolean;
  /** A line break before the word. */
  wrapped: boolean;
}

// Word keys repeat (a text cites the same laws again and again): cached, bounded.
const keyCache = new Map<string, string>();
function wordKey(w: string): string {
  let k = keyCache.get(w);
  if (k === undefined) {
    k = canonicalKey(NAME_ABBREVIATIONS[w] ?? w);
    if (keyCache.size < 5000) keyCache.set(w, k);
  }
  return k;
}

/** The words after a position, read only as far as a name needs them (most names are short). */
class Words {
  private readonly ws: Word[] = [];
  private pos: number;
  private done = false;
  constructor(
    private readonly t: string,
    pos: number,
    private readonly max: number,
    /** The first word follows the kind word with no space (GLUED_FIRST). */
    private readonly glued = false,
  ) {
    this.pos = pos;
  }
  get(i: number): Word | undefined {
    while (this.ws.length <= i && !this.done) {
      if (this.ws.length >= this.max) {
        this.done = true;
        break;
      }
      const first = this.ws.length === 0 && this.glued;
      const re = first ? GLUED_FIRST : WORD_AT;
      re.lastIndex = this.pos;
      const m = re.exec(this.t);
      if (!m) {
        this.done = true;
        break;
      }
      let w = first ? m[1]! : m[3]!;
      const start = this.pos + m[0].length - w.length;
      // "ngày" glued to the name's last word by a page's copy, its date after: "Luật Tổ chức Chính phủngày 25 tháng 12 năm
      // 2001", "Luật Tần số vô tuyến điệnngày 4/12/2009" (two hundred and fifty-seventh, sixty-fourth and sixty-fifth outside
      // probes: the names were not found). The name ends before it.
      if (w.length > 5 && w.endsWith('ngày') && GLUED_DAY_AFTER.test(this.t.slice(start + w.length, start + w.length + 4))) {
        w = w.slice(0, -4);
        this.done = true;
      }
      const c0 = w[0]!;
      this.ws.push({ start, end: start + w.length, key: wordKey(w), comma: !first && !!m[1], and: !first && !!m[2], upper: c0 !== c0.toLowerCase(), caps: w.length >= 2 && w === w.toUpperCase(), wrapped: m[0].includes('\n') });
      this.pos = start + w.length;
    }
    return this.ws[i];
  }
}

/**
 * How many of `ws` (from the first) a name takes: the longest known name, the deepest walk through
 * a known name across a comma run on ("Quản lý, sử dụng vũ khí …" shares "Quản lý, sử dụng" with a
 * known name), or else the words the fallback takes.
 */
function nameLength(ws: Words, knownOnly = false): number {
  const w0 = ws.get(0);
  // "Luật Năm 2026", "Luật Các …" in running text; a known name may start with such a word ("Thi hành …").
  if (!w0 || w0.comma || (STOP.has(w0.key) && !PREFIX.has(w0.key)) || NO_FIRST.has(w0.key)) return 0;
  const notSecond = NOT_A_NAME.get(w0.key);
  if (notSecond !== undefined && notSecond === ws.get(1)?.key) return 0;
  let known = 0;
  let key = w0.key;
  if (KNOWN.has(key)) known = 1;
  let crossed = false;
  let depth = 1;
  for (let i = 1; ; i++) {
    const w = ws.get(i);
    if (!w) break;
    let next = key + (w.comma ? ', ' : w.and ? ' và ' : ' ') + w.key;
    // A comma the known name does not have, once an abbreviation in brackets is passed: "Luật Phòng cháy, chữa cháy
    // (PCCC), và cứu nạn, cứu hộ (CNCH)" (three hundred and fifty-third outside probe: cut short, the law of 2001 taken).
    if (!PREFIX.has(next) && w.comma && PREFIX.has(`${key} ${w.key}`)) next = `${key} ${w.key}`;
    if (!PREFIX.has(next)) break;
    key = next;
    depth = i + 1;
    if (w.comma) crossed = true;
    if (KNOWN.has(key)) known = depth;
  }
  // After "luật" in small letters, a known name whole or nothing.
  if (knownOnly) return known;
  // Words taken while none ends a name; a line break ends a name found this way. After initials only capitalised words:
  // "Luật GDĐH khẳng định quyền tự chủ" names "GDĐH" (two hundred and thirteenth outside probe: read whole, not found).
  const runOn = (from: number, max: number): number => {
    let n = from;
    while (n < MAX_WORDS && n - from < max) {
      const w = ws.get(n);
      if (!w || w.comma || w.wrapped || STOP.has(w.key) || (w0.caps && !w.upper)) break;
      n++;
    }
    return n;
  };
  // A walk that crossed a comma into a longer name than any known one goes on as the fallback would.
  if (crossed && depth > known && !STOP.has(ws.get(depth - 1)!.key)) return runOn(depth, MAX_WORDS);
  if (known > 0) return known;
  // Two words or more of a known name, then a word of the writer's own ("Luật Thực hiện Dân chủ cơ sở" for
  // "… dân chủ ở cơ sở"; thirty-first outside probe: cut to "Luật Thực" at the word "hiện", which ends
  // names found by the fallback): the walk goes on from where the known name left off.
  // A walk into a longer known name that stops on its "và" gives the "và" back: "Luật bầu cử đại biểu Quốc hội và Luật bầu cử
  // đại biểu Hội đồng nhân dân" names two laws (hundred-and-thirty-seventh outside probe: read "… Quốc hội và").
  if (depth >= 2 && !crossed) return Math.max(withoutTrailingJoin(ws, runOn(depth, MAX_WORDS)), w0.upper ? runOn(1, MAX_WORDS) : 0);
  // An unknown name of one word, other than initials, is not one of one or two letters ("Luật G" where a copy was cut,
  // "Luật: Tp. Đà Nẵng") nor one longer than any Vietnamese syllable ("… theo quy định của Luật\nBaovannghe. vn - …", a
  // site's name; two hundred and eleventh and thirteenth outside probes).
  if (w0.upper) {
    const n = runOn(1, MAX_WORDS);
    return n === 1 && !w0.caps && (w0.end - w0.start <= 2 || w0.end - w0.start > SYLLABLE_MAX) ? 0 : n;
  }
  // A name in lower case ("Luật bầu cử đại biểu Quốc hội …") needs two words at least: after a
  // capitalised "Luật" one lower-case word is running text ("các nội dung Luật giao").
  const n = runOn(1, MAX_WORDS);
  return n >= 2 ? n : 0;
}

// Words no name ends on.
const NO_LAST = new Set(['và', 'của']);

/** `n` words, less a "và" or "của" that ends them. */
function withoutTrailingJoin(ws: Words, n: number): number {
  while (n > 1 && NO_LAST.has(ws.get(n - 1)!.key)) n--;
  return n;
}

/** The name after a law's kind word ending at `kindEnd` (canonical offsets), or null. */
function readName(t: string, kindEnd: number, glued = false, knownOnly = false): { start: number; end: number } | null {
  const ws = new Words(t, kindEnd, 20, glued);
  const n = nameLength(ws, knownOnly);
  return n > 0 ? { start: ws.get(0)!.start, end: ws.get(n - 1)!.end } : null;
}

function lawDraft(start: number, end: number, kind: string, kindEnd: number, name: { start: number; end: number } | null, year: number | null): Draft {
  const d = blank(start, end, 'named');
  d.kind = kind;
  d.kindWritten = kindEnd > start;
  d.kindStart = kindEnd > start ? start : -1;
  d.kindEnd = kindEnd > start ? kindEnd : -1;
  d.named = { kind: 'law', plenum: null, term: null, year };
  d.name = name;
  return d;
}

/**
 * The laws an amending law names in its title, from `p` (at "Luật" or "Bộ luật", or at ":" of
 * "của Luật: Chứng khoán, Kế toán, …"): each is its own citation, marked `amended`.
 */
function amendedLaws(t: string, p: number, out: Draft[]): number {
  let end = -1;
  for (let guard = 0; guard < 16; guard++) {
    if (t.charCodeAt(p) === 58) {
      // "Luật: Chứng khoán, Kế toán, …": names without the kind word, one a comma.
      let q = p + 1;
      for (let g2 = 0; g2 < 16; g2++) {
        const r = readName(t, q);
        if (!r) break;
        const d = lawDraft(r.start, r.end, 'Luật', r.start, r, null);
        d.named!.amended = true;
        out.push(d);
        end = r.end;
        AMENDED_NEXT.lastIndex = r.end;
        if (AMENDED_NEXT.test(t) || t.charCodeAt(r.end) !== 44) break;
        q = r.end + 1;
      }
    } else {
      const k = /^(?:Bộ\s{1,2}luật|Luật)/iu.exec(t.slice(p, p + 9));
      if (!k) break;
      const kind = k[0].length > 4 ? 'Bộ luật' : 'Luật';
      const r = readName(t, p + k[0].length);
      if (!r) break;
      const d = lawDraft(p, r.end, kind, p + k[0].length, r, null);
      d.named!.amended = true;
      out.push(d);
      end = r.end;
    }
    AMENDED_NEXT.lastIndex = end;
    const nx = AMENDED_NEXT.exec(t);
    if (!nx) break;
    p = end + nx[0].length;
  }
  return end;
}

/**
 * Whether a list's number stands glued before the kind word: "- 1Luật Đất đai …", "2Luật Xây dựng …" as a site's
 * copy of a numbered căn cứ list prints them (forty-fifth outside probe: fourteen laws were skipped).
 */
function listNumberBefore(t: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isDigit(t.charCodeAt(k)) && start - k <= 2) k--;
  if (k === start - 1) return false;
  const c = k < 0 ? 10 : t.charCodeAt(k);
  return c === 10 || c === 32 || c === 9 || c === 45;
}

/** Whether the capitalised word glued at `at` begins a known name (its first word is a PREFIX key). */
function gluedName(t: string, at: number): boolean {
  GLUED_FIRST.lastIndex = at;
  const m = GLUED_FIRST.exec(t);
  return !!m && PREFIX.has(wordKey(m[1]!));
}

/** Laws by name, in order. */
export function scanLaws(t: string): Draft[] {
  const out: Draft[] = [];
  let billEnd = -1;
  LAW_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAW_SCAN.exec(t)) !== null) {
    const start = m.index;
    if (start > 0 && isWordChar(t.charCodeAt(start - 1)) && !listNumberBefore(t, start)) continue;
    const kindEnd = start + m[0].length;
    const glued = isWordChar(t.charCodeAt(kindEnd));
    // Glued, only "Luật" before a capital that begins a known name ("LuậtThủy sản"): "Luậtsư", "LuậtPháp" are no laws.
    if (glued && !(m[0] === 'Luật' && gluedName(t, kindEnd))) continue;
    // A bill, and the laws listed after it: "dự án Luật Trật tự, an toàn giao thông đường bộ, Luật Đường bộ" are two bills
    // (two hundred and seventy-third outside probe: the second taken for the law passed ten months later).
    if (BILL_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || (billEnd >= 0 && LIST_JOIN_GAP.test(t.slice(billEnd, start)))) {
      billEnd = readName(t, kindEnd, glued)?.end ?? kindEnd;
      continue;
    }
    if (NOT_LAW_BEFORE.test(t.slice(Math.max(0, start - 16), start))) continue;
    if (CONVENTION_BEFORE.test(t.slice(Math.max(0, start - 72), start))) continue;
    // "pháp luật" is law in general, and "Hệ Thống Pháp Luật" a legal site's name (thirteenth outside
    // probe: its banner "… Pháp Luật vui lòng lựa chọn …" was read as a law).
    if (m[0][0] === 'L' && PHAP_BEFORE.test(t.slice(Math.max(0, start - 6), start))) continue;
    // "luật gia" is a jurist ("Hội Luật gia Việt Nam" in a list of addressees was read as a law;
    // twenty-sixth outside probe), as "luật sư" is a lawyer.
    if ((m[0][0] === 'L' || m[0][0] === 'l') && JURIST_AFTER.test(t.slice(kindEnd, kindEnd + 6))) continue;
    const kind = KIND_OF[m[0][0]!.toLowerCase()]!;
    if (kind === 'Hiến pháp') {
      COUNTRY.lastIndex = kindEnd;
      const c = COUNTRY.exec(t);
      const nameEnd = c ? kindEnd + c[0].length : kindEnd;
      const ya = yearAfter(t, nameEnd);
      const end = ya?.end ?? nameEnd;
      out.push(lawDraft(start, end, kind, kindEnd, null, ya?.year ?? null));
      LAW_SCAN.lastIndex = end;
      continue;
    }
    AMENDS.lastIndex = kindEnd;
    const a = AMENDS.exec(t);
    if (a) {
      // The amending law is a citation of its own ("Luật sửa đổi, bổ sung một số điều"), named by
      // its whole title; each law its title names follows as a citation marked `amended`.
      const headEnd = kindEnd + a[0].replace(/\s{1,2}(?:của\s{1,2})?$/u, '').length;
      const nameStart = kindEnd + a[0].length - a[0].trimStart().length;
      const amended: Draft[] = [];
      const titleEnd = amendedLaws(t, kindEnd + a[0].length, amended);
      // No law named after it: perhaps a count of laws ("… của 37 Luật có liên quan đến quy hoạch"; hundred-and-sixty-
      // second outside probe: "37" taken for a word of the title, the title then dropped), read below.
      if (titleEnd >= 0) {
        YEAR_AFTER.lastIndex = titleEnd;
        const y = YEAR_AFTER.exec(t);
        const head = lawDraft(start, headEnd, kind, kindEnd, { start: nameStart, end: titleEnd }, y ? +y[1]! : null);
        for (const d of amended) d.amendedBy = head;
        out.push(head, ...amended);
        LAW_SCAN.lastIndex = y ? titleEnd + y[0].length : titleEnd;
        continue;
      }
    }
    AMENDS_MANY.lastIndex = kindEnd;
    const many = kind === 'Luật' ? AMENDS_MANY.exec(t) : null;
    if (many) {
      const nameStart = kindEnd + many[0].length - many[1]!.length;
      const nameEnd = kindEnd + many[0].length;
      YEAR_AFTER.lastIndex = nameEnd;
      const y = YEAR_AFTER.exec(t);
      const end = y ? nameEnd + y[0].length : nameEnd;
      out.push(lawDraft(start, end, kind, kindEnd, { start: nameStart, end: nameEnd }, y ? +y[1]! : null));
      LAW_SCAN.lastIndex = end;
      continue;
    }
    // "của Luật: Chứng khoán, Kế toán, …" without the amending words before it.
    if (t.charCodeAt(kindEnd) === 58 && kind === 'Luật') {
      const listed: Draft[] = [];
      const e = amendedLaws(t, kindEnd, listed);
      if (e < 0) continue;
      // "Luật số 56/2024/QH15 … về sửa đổi, bổ sung một số điều của Luật: …" names amended laws too.
      const amending = /sửa\s{1,2}đổi/u.test(t.slice(Math.max(0, start - 80), start));
      for (const d of listed) if (!amending) delete d.named!.amended;
      out.push(...listed);
      LAW_SCAN.lastIndex = e;
      continue;
    }
    const r = readName(t, kindEnd, glued, m[0] === 'luật');
    if (!r) continue;
    const ya = yearAfter(t, r.end);
    let end = ya?.end ?? r.end;
    // "Luật thi đua khen thưởng sửa đổi 2013 số 39/2013/QH13": the amending law of that year, not the
    // law it amends (thirteenth outside probe: it had resolved to Luật 15/2003/QH11). Its year is the
    // amendment's; an id after it takes the whole (attachLawNames).
    AMENDED_AFTER.lastIndex = end;
    const am = ya ? null : AMENDED_AFTER.exec(t);
    if (am) end += am[0].length;
    let year = ya ? ya.year : am?.[1] ? +am[1] : null;
    if (year === null) {
      PASSED_YEAR.lastIndex = end;
      const passed = PASSED_YEAR.exec(t);
      if (passed) year = +passed[1]!;
    }
    // "chính sách, pháp luật BHXH, BHYT" is the law of a field, not a law: with no year, "pháp luật" before a name is no
    // citation (fifty-first session: with "BHXH" read as a name, "pháp luật BHXH" had become Luật Bảo hiểm xã hội).
    if (year === null && m[0] === 'luật' && PHAP_BEFORE.test(t.slice(Math.max(0, start - 6), start))) continue;
    out.push(lawDraft(start, end, kind, kindEnd, r, year));
    if (am) {
      out[out.length - 1]!.named!.amendment = true;
      // "Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019": one amending law of both, so the
      // first takes the amendment and its year too (hundred-and-first outside probe: it had become the law of 2025).
      const prev = out[out.length - 2];
      if (year !== null && prev?.named?.kind === 'law' && prev.named.year == null && !prev.named.amendment && AND_GAP.test(t.slice(prev.end, start))) {
        prev.named.amendment = true;
        prev.named.year = year;
      }
    }
    LAW_SCAN.lastIndex = end;
  }
  return out;
}

/** Whether the text cites the law `name` with a number other than `id` (so `id` is not its number). */
function amendingNumber(numbered: Map<string, Set<string>> | null, name: string, id: string): boolean {
  const ids = numbered?.get(name);
  if (!ids) return false;
  for (const x of ids) if (x !== id) return true;
  return false;
}

/** `d` takes `prev`'s start and kind word, and its name when `withName`: the two are one citation. */
function absorb(prev: Draft, d: Draft, withName: boolean): Draft {
  d.start = prev.start;
  d.kind = prev.kind;
  d.kindWritten = true;
  d.kindStart = prev.kindStart;
  d.kindEnd = prev.kindEnd;
  if (withName) d.name = prev.name;
  return d;
}

// Between a law's name and its number: spaces, and the name's short form in parentheses ("Luật Tài nguyên nước (TNN) số
// 28/2023/QH15"; two hundred and twenty-third outside probe: the name alone resolved to the law of 2012).
const NAME_TO_NUMBER = rx(String.raw`^\s{1,2}(?:\(\p{Lu}[\p{Lu}&]{1,9}\)\s{1,2})?$`, 'u');

/**
 * "Luật Đất đai năm 2024 số 31/2024/QH15": a law read by name right before "số" and an id that
 * found no kind word of its own become one citation, the id's, with the name and kind.
 */
export function attachLawNames(drafts: Draft[], t: string): Draft[] {
  const out: Draft[] = [];
  const insideTitle = (prev: Draft | undefined, d: Draft): prev is Draft =>
    !!prev && prev.named?.kind === 'law' && !!prev.name && prev.name.end > prev.end && d.style !== 'named' && d.style !== 'number-only' && d.start >= prev.end && d.start < prev.name.end;
  // The numbers each law is cited with outside an amending law's title ("Luật Ban hành văn bản quy
  // phạm pháp luật số 64/2025/QH15"), by folded name.
  let numbered: Map<string, Set<string>> | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== 'Luật' || !d.name || d.idStart < 0 || d.style === 'named' || insideTitle(drafts[i - 1], d)) continue;
    const name = fold(t.slice(d.name.start, d.name.end));
    ((numbered ??= new Map()).get(name) ?? numbered.set(name, new Set()).get(name)!).add(t.slice(d.idStart, d.idEnd));
  }
  // The amending law whose title the drafts are in, and where the last law it names ends: the laws its title names with
  // their numbers, joined by commas and "và", run past the title the name reader found (it stops at "số").
  let title: { head: Draft; end: number; first?: Draft } | null = null;
  const isTitle = (x: Draft) => x.named?.kind === 'law' && !!x.name && x.name.end > x.end;
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const from = d.kindStart >= 0 ? d.kindStart : d.start;
    if (title && !(from < title.head.name!.end || (from >= title.end && LIST_JOIN_GAP.test(t.slice(title.end, from))))) title = null;
    // "Luật sửa đổi, bổ sung một số điều của Luật X số N": N may be X's own number ("… của Luật Bảo
    // hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008") or the amending law's. It is the amending
    // law's when the text cites X with another number (fifteenth outside probe: "Luật Ban hành văn
    // bản quy phạm pháp luật số 64/2025/QH15", then "Luật sửa đổi … của Luật Ban hành văn bản quy phạm
    // pháp luật số 87/2025/QH15", whose title alone had resolved to an earlier amendment, 63/2020/QH14):
    // then the id, read with "Luật X" as its kind and name, takes the whole title.
    if (insideTitle(prev, d) && d.name && d.idStart >= 0) {
      if (amendingNumber(numbered, fold(t.slice(d.name.start, d.name.end)), t.slice(d.idStart, d.idEnd))) {
        out[out.length - 1] = absorb(prev, d, true);
        title = isTitle(d) ? { head: d, end: d.name!.end } : null;
        continue;
      }
      // Else the number is the amended law's own, and the amending law was passed that year or later (hundred-and-
      // seventy-first outside probe: the title of Luật 123/2025/QH15, "… của Luật Giáo dục số 43/2019/QH14", had become
      // the amending law of 2009).
      if (d.idYear !== null && (prev.named!.amendsFrom ?? 0) < d.idYear) prev.named!.amendsFrom = d.idYear;
    }
    if (prev && prev.named?.kind === 'law' && d.style !== 'named' && d.style !== 'number-only' && !d.kindWritten && NAME_TO_NUMBER.test(t.slice(prev.end, d.start))) {
      // "Luật X sửa đổi 2013 số …": the name is the amended law's, not this law's own.
      out[out.length - 1] = absorb(prev, d, !prev.named.amendment);
      continue;
    }
    // A law cited by its number inside an amending law's title is an amended law: the date after the title is not its own
    // ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày
    // 29 tháng 6 năm 2024"; thirty-ninth session: 32/2024/QH15 was told it is not of 29/6/2024 once its day was known).
    // One law with its number and a day is read as written: the day may be that law's own ("… của Luật Bảo hiểm y tế số
    // 25/2008/QH12 ngày 14 tháng 11 năm 2008"). Two or more so named, the day after the last is the amending law's.
    if (title && d.style !== 'named' && d.style !== 'number-only') {
      if (title.first && title.first !== d) {
        title.first.amendedBy ??= title.head;
        d.amendedBy ??= title.head;
      } else title.first = d;
      title.end = Math.max(title.end, d.end);
    }
    out.push(d);
    if (isTitle(d)) title = { head: d, end: d.name!.end };
  }
  return out;
}


// "Quốc hội khóa XIII đã thông qua", "Quốc hội khoá 13 vừa thông qua": the term of the Assembly that passed the laws a
// clause goes on to name. (named.ts's TERM_WORD is not imported: it would make the two modules depend on each other.)
const ASSEMBLY_PASSED = rx(String.raw`Quốc[ ]{1,2}hội[ ]{1,2}(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)[ ]{1,2}([IVXL]{1,6}|\d{1,2})(?![\p{L}\p{N}])[^.;\n]{0,60}?(?:thông[ ]{1,2}qua|ban[ ]{1,2}hành)`, 'gu');
// "Luật Tố cáo được Quốc hội khóa XIII thông qua": the term written after the name.
const PASSED_BY_ASSEMBLY = rx(String.raw`^[ ]{0,2}(?:đã[ ]{1,2})?(?:được|do)[ ]{1,2}Quốc[ ]{1,2}hội[ ]{1,2}(?:khóa|khoá|Khóa|Khoá)[ ]{1,2}([IVXL]{1,6}|\d{1,2})(?![\p{L}\p{N}])`, 'u');
// Between the lead-in and a law it names, a word that makes the law the object of another text's words ("… thông qua
// Nghị quyết hướng dẫn thi hành Luật …", "theo Luật …"): that law was not passed then.
const NOT_PASSED_THERE = rx(String.raw`(?<![\p{L}])(?:của|theo|thi[ ]hành|hướng[ ]dẫn|thay[ ]thế)(?![\p{L}])`, 'u');

/**
 * For each law named without its year, the term of the National Assembly its clause says passed it (Citation.named.assembly):
 * a lead-in before the name, in the same sentence and at most 200 characters before it, or the words right after it.
 */
export function attachAssemblyTerms(drafts: readonly Draft[], t: string): void {
  if (!t.includes('Quốc')) return;
  const leads: { end: number; term: number }[] = [];
  for (const m of t.matchAll(ASSEMBLY_PASSED)) {
    const term = termValue(m[1]!);
    if (term) leads.push({ end: m.index! + m[0].length, term });
  }
  for (const d of drafts) {
    if (d.named?.kind !== 'law' || d.named.year || d.named.amendedOn || d.named.citedOn || d.amendedBy) continue;
    const after = PASSED_BY_ASSEMBLY.exec(t.slice(d.end, d.end + 40));
    if (after) {
      const term = termValue(after[1]!);
      if (term) d.named.assembly = term;
      continue;
    }
    let lead: { end: number; term: number } | undefined;
    for (const l of leads) if (l.end <= d.start) lead = l;
    if (!lead || d.start - lead.end > 200) continue;
    const gap = t.slice(lead.end, d.start);
    if (/[.;\n]/u.test(gap) || NOT_PASSED_THERE.test(gap)) continue;
    d.named.assembly = lead.term;
  }
}
