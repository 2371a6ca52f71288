// The report's own header (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP, Phụ lục I):
//
//   ĐẢNG BỘ TỈNH HÀ TĨNH                      ĐẢNG CỘNG SẢN VIỆT NAM
//   BAN DÂN VẬN TỈNH ỦY
//   Số 45-BC/BDVTU                            Hà Tĩnh, ngày 25 tháng 8 năm 2023
//                              BÁO CÁO
//            Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW …
//
// Its number is the report's own, not a citation; its date line is the report's date, against
// which "đã tổ chức", "tổng kết 10 năm" and "in force" are judged. Drafts in Markdown carry the
// same lines with heading and emphasis marks, so those are skipped. State documents write
// "Số: 25/2022/TT-BLĐTBXH", laws "Luật số: 51/2024/QH15"; two columns may share a line.

import type { NormalizedText } from '../text/normalize';
import type { IsoDate, Span } from '../types';
import { blankDayDate, spacedDateline, type DateMention } from './dates';
import { countIn, hasClass, IS_LETTER, IS_LOWER, IS_UPPER, rx } from '../text/letters';
import { dayNumber, parseIso } from '../text/calendar';

export interface HeaderField {
  text: string;
  span: Span;
}

export interface ReportHeader {
  issuingBody: HeaderField | null;
  /** "Số 45-BC/BDVTU": the report's own number. */
  number: (HeaderField & { id: string }) | null;
  /** "Hà Tĩnh, ngày 25 tháng 8 năm 2023". */
  /** `blankDay`: "ngày       tháng 10 năm 2021", dated the month's last day; `blankMonth` too: "ngày   tháng   năm 2020", the year's. */
  placeDate: (HeaderField & { place: string; date: DateMention; blankDay?: true; blankMonth?: true }) | null;
  /**
   * A web page's or a paper's dateline at the top, when there is no place-and-date line: "16/05/2019 -
   * 07:55", "17:28, Thứ Hai, 30/09/2019 (GMT+7)", "Ngày đăng: 27/09/2024". The text's date.
   */
  dateline: (HeaderField & { date: DateMention; banner?: true; lead?: true }) | null;
  /** "BÁO CÁO", "KẾ HOẠCH" … */
  kind: HeaderField | null;
  /** The subject line(s) under the kind. */
  subject: HeaderField | null;
  /** "tổng kết", "sơ kết" when the subject says so. */
  reportType: 'tổng kết' | 'sơ kết' | null;
}

// Lines of the header are looked for in the first part of the document only.
export const HEADER_LIMIT = 4000;
const DECOR = String.raw`[ *_#>|\\]{0,8}`;
// A place and date right after the number, one space between (a two-column header copied onto one
// line: "Số: 300/BC-CP Hà Nội, ngày 03 tháng 5 năm 2025"; seventh outside probe).
// Without the comma, only when the line ends at the year (PLACE_DATE_BARE).
const PLACE_AHEAD = String.raw`(?=\p{Lu}[\p{L}\p{M}.]{0,20}(?:[ \t][\p{L}\p{M}.]{1,20}){0,5}(?:,\s{1,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng|\s{1,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}[ \t*_.]{0,4}$))`;
// The motto's end, where a header a copy ran into one line goes on with its number ("… Hạnh phúc Số: 22/2011/QĐ-UBND Hà
// Nội, ngày …").
const MOTTO_END = String.raw`(?:Hạnh\sphúc|HẠNH\sPHÚC)`;
// The rules of dashes under the two columns, flattened after the motto: "… Hạnh phúc ------- --------- Số: 17/2009/QĐ-UBND
// TP. Hồ Chí Minh, ngày 12 tháng 02 năm 2009 QUYẾT ĐỊNH …" (fiftieth session's probe 469: the date was missed, the decision
// judged as of today and the 2003 local-government law it cites told replaced).
const MOTTO_RULES = String.raw`(?:[ ]{1,6}[-_]{3,60}){0,3}`;
// An issuer in capitals a copy ran into one line with its number, "ỦY BAN NHÂN DÂN Số: 53/2017/QĐ-UBND | CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM Đồng Tháp, ngày 21 tháng 12 năm 2017 |" (thirty-eighth session's probe 330: the decision's number was
// taken for a citation and its date lost). The colon is asked for.
const BODY_BEFORE_NUMBER = String.raw`\p{Lu}{2,}(?:[ ]\p{Lu}{1,12}){0,8}[ ]{1,4}`;
// After a rule of dashes, with or without a space: a copy that kept the rule under the issuer glues it to the number,
// "-------Số: 41-QĐ/TW" (thirty-ninth session's probe 368: the Politburo's own number was taken for a citation).
// A letter's "V/v" (về việc, its subject) run onto the number's line: "Số: 9476 /BNNMT-CNTY V/v trả lời bổ sung kiến nghị
// của cử tri …" (forty-eighth session's probe 454: neither number nor issuer was read).
const ABOUT_AHEAD = String.raw`[Vv]\/[Vv][ .:]`;
const NUMBER_LINE = rx(
  String.raw`(?:^${DECOR}|(?<=[-_]{3})[ ]?|(?<=${MOTTO_END}[ ]{1,6})|(?<=^${DECOR}${BODY_BEFORE_NUMBER})(?=Số:|SỐ:))((?:(?:Luật|LUẬT|Bộ\sluật|Pháp\slệnh|Nghị\squyết|Lệnh)\s(?:số|Số)\s{0,2}:|(?:Số|SỐ)\s{0,2}:?)\s{0,2}((?:\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)\s{0,1}[-/]\s{0,1}[\p{L}\p{N}/\-.]{1,40}(?:[ ](?:TTg|CP|UBND|HĐND)(?![\p{L}\p{N}]))?))(?=[ *_]{0,8}$|[ ]{2,}|\t|[ ]{0,2}\||[ ]${PLACE_AHEAD}|[ ]{1,6}${ABOUT_AHEAD})`,
  'mu',
);
const WRAPPED_REST = rx(String.raw`[ ]{0,4}\n[ ]{0,4}[\p{Lu}Đ][\p{L}\p{N}\-]{1,40}`, 'uy');
// The number stands alone on its line, or in the left column: "Luật số 32/2013/QH13, …" starting a
// wrapped line of the body is a citation. With a kind before "số", the header has a colon
// ("Luật số: 51/2024/QH15"); "Nghị quyết số 66.16/2026/NQ-CP" alone on a line is a wrapped citation.
// A place's name and what never begins one (a web page's "Hôm nay, ngày …", a weekday banner),
// shared by the three place-and-date forms below.
// A template's dots where the place is left to fill: ".........., ngày 20 tháng 6 năm 2018" (two hundred and twenty-fifth
// outside probe: the commune's report was judged as of today).
// A city's district or ward by its number: "Quận 2, ngày 11 tháng 01 năm 2008" (fiftieth session's probe 472: the date was
// missed and the district's resolution of 2008 judged as of today).
const PLACE_NAME = String.raw`(\p{Lu}[\p{L}\p{M}.]{0,20}(?:(?:[ \t]|[ \t]?[-–][ \t]?)[\p{L}\p{M}.]{1,20}){0,5}(?:[ \t]\d{1,2})?|[.…]{3,30})`;
// "Chủ Nhật" capitalised too (two-hundred-and-fifty-second outside probe: a banner's weekday had become the place).
// Nor the words that open a sentence's clause: "Theo đó, ngày 27 tháng 10 năm 2021, Chính phủ đã ban hành …" (two hundred
// and sixty-fifth outside probe: "Theo đó" became the place, and the news item of 2022 a text of 2021). Nor a signer's
// "Thay mặt Bộ Chính trị, ngày 22 tháng 8 năm 2025, Tổng Bí thư … đã ký ban hành …" (two hundred and ninety-ninth: the
// item of a later day was dated by the resolution it reports).
const NOT_A_PLACE = String.raw`(?!Hôm\snay|Cập\snhật|Ngày\s|Hôm\s|Thứ\s|Chủ\s[nN]hật|CHỦ\sNHẬT|(?:Theo|Trong|Sau|Tiếp|Trước|Cùng)\sđó,|Đồng\sthời,|Tuy\snhiên,|Như\svậy,|Bên\scạnh\sđó,|Vừa\squa,|Thay\smặt\s)`;
// "Hà Tĩnh, ngày 25 tháng 8 năm 2023": at a line start, after a run of spaces (the right-hand
// column), never a weekday (a site's banner "Thứ Sáu, ngày 23 tháng 08 năm 2019" had become the
// report's place and date; eighth outside probe), after a table bar ("Số: 30/2018/QĐ-UBND | Hải Phòng, ngày 09 tháng 10 năm 2018 |") or after
// the number and one space ("Số: 300/BC-CP Hà Nội, ngày …"), or after the motto or the Party's name and one
// space, a header flattened into one line ("… Độc lập – Tự do – Hạnh phúc Hà Nội, ngày 04 tháng 5 năm 2018
// HƯỚNG DẪN …"; fourteenth outside probe: its date had been lost and today's taken). A web page's "Hôm nay, ngày …" or "Cập nhật ngày …" is not a place. A place's words may
// be joined by a hyphen, with or without spaces ("Phan Rang-Tháp Chàm", "Phan Rang - Tháp Chàm"),
// never by a line break (a wrapped symbol "…-\nBTC-BLĐTBXH" stands on the line above).
// (… in the right-hand column in italics, "Số: 1673/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*", as
// pandoc writes a Word table; thirty-eighth outside probe: the Standing Committee's resolutions were dated today.)
// (… or glued to the rule of dashes that opens its line, "-------------Hà Nội, ngày 08 tháng 11 năm 2012"; two hundred
// and sixteenth outside probe: a decree of 2012 was judged as of today.)
// (… or after the rule of dashes under the motto, as a header flattened into one line prints it: "… Hạnh
// phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2018 |"; thirty-fifth outside probe.)
// A header a copy ran into one line ("… Độc lập - Tự do - Hạnh phúc Số: 22/2011/QĐ-UBND Hà Nội, ngày 18 tháng 07 năm
// 2011 QUYẾT ĐỊNH …"; ninety-third and ninety-fourth outside probes: the date line was missed and a 2011 decision was
// judged as of today) has its place and date after the number that follows the motto.
// The number before a place and date on the same line ("Số: 300/BC-CP "), and the day itself, in words.
// A law's own number as its header prints it, "Luật số: 65/2025/QH15 Hà Nội, ngày 19 tháng 02 năm 2025" (two hundred and
// tenth outside probe: the date was missed, and the law's "Quốc hội ban hành Luật Tổ chức chính quyền địa phương" taken
// for the later law that replaced it), with the kind and its colon as NUMBER_LINE reads them.
const NUMBER_HEAD = String.raw`(?:(?:Luật|LUẬT|Bộ\sluật|Pháp\slệnh|Nghị\squyết|Lệnh)\s(?:số|Số)\s{0,2}:|Số|SỐ)\s{0,2}:?\s{0,2}\d{1,5}`;
const NUMBER_BEFORE = String.raw`${NUMBER_HEAD}[\p{L}\p{N}/\-.]{1,40}`;
// "tháng" without its tone mark too: "Vinh Hà, ngày 25 thang 11 năm 2022" (thirty-sixth session's probe 315: the report
// was judged as of today).
const LONG_DAY = String.raw`ngày\s{1,6}\d{1,2}\s{0,6}th[áa]ng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}`;
// With its comma, the line may put a space before the comma and a capital on "Ngày" ("Hà Nội , Ngày 29 tháng 11 năm
// 2005", the National Assembly's law text on a 2005 portal; hundred-and-forty-sixth outside probe: the law was judged as
// of today and the 1992 Constitution it cites told replaced).
const COMMA_DAY = String.raw`[ ]?,\s{1,3}[nN]${LONG_DAY.slice(1)}`;
// A number a copy glued to the place ("Số: 116/2021/NĐ-CPHà Nội, ngày 21 tháng 12 năm 2021"; 120th outside probe: the
// place was read "Nội" and the number "116/2021/NĐ-CPHà"): the place starts at the capital before a small letter.
// A place's first word has a vowel: "TTg Hà Nội" is not "T" and a place "Tg Hà Nội".
const VOWEL = '[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]';
const NUMBER_GLUED = String.raw`${NUMBER_HEAD}[\p{L}\p{N}/\-.]{0,40}[\p{Lu}Đ]`;
// A date line ends at its year: a comma and words after it make a sentence, "Như chúng ta đã biết, ngày 27 tháng 11 năm
// 2015, Bộ luật hình sự …" (thirty-seventh session's probe 324: an article was dated by the day the code passed, and a
// resolution of 2016 it cites told impossible).
const PLACE_DATE = rx(
  String.raw`(?:^${DECOR}|(?<=^${DECOR}${NUMBER_GLUED})(?=\p{Lu}\p{Ll}{0,3}${VOWEL})|[ ]{2,}[*_]{0,2}|[ \t]{0,2}\|[ \t]{0,2}[*_]{0,2}|(?<=(?:^${DECOR}|${MOTTO_END}${MOTTO_RULES}[ ]{1,6})${NUMBER_BEFORE})[ ]|(?<=(?:Hạnh\sphúc|HẠNH\sPHÚC|ĐẢNG\sCỘNG\sSẢN\sVIỆT\sNAM|CHỦ\sNGHĨA\sVIỆT\sNAM)[*_]{0,2})[ ]|(?<=[-_]{3})[ ]|(?<=^[ \t]{0,4}[-_]{3,60}))${NOT_A_PLACE}(${PLACE_NAME}${COMMA_DAY})(?![ ]?,[ ]{0,2}\p{L})`,
  'mu',
);
// The same without the comma, where nothing else can be meant: alone on its line, or after the number ("Số: 114/NQ-CP
// Hà Nội ngày 29 tháng 4 năm 2025"; hundred-and-fourteenth outside probe: a Government resolution of 2025 was judged
// as of today). In running text a name before "ngày" is a subject ("Tỉnh ủy ngày 12 tháng 3 năm 2020 ban hành …"), so
// the line must end at the year.
const PLACE_DATE_BARE = rx(
  String.raw`(?:^${DECOR}|(?<=^${DECOR}${NUMBER_BEFORE})[ ]{1,3})${NOT_A_PLACE}(${PLACE_NAME}\s{1,3}${LONG_DAY})[ \t*_.]{0,4}$`,
  'mu',
);
// … and right after the motto of a header a copy ran into one line, with neither comma nor line end: "… Độc lập - Tự do -
// Hạnh phúc Phú Thọ ngày 15 tháng 7 năm 2013 NGHỊ QUYẾT …" (hundred-and-forty-ninth outside probe: a resolution of 2013
// was judged as of today, and the 2003 local-government law it cites told replaced).
const PLACE_DATE_MOTTO = rx(String.raw`(?<=${MOTTO_END}[*_]{0,2}[ ]{1,3})${NOT_A_PLACE}(${PLACE_NAME}[ ]{1,3}${LONG_DAY})(?=[ \t*_.]|$)`, 'mu');
// A place a narrow table column wrapped over two lines: "Thanh\nHóa, ngày 15 tháng 01 năm 2020", "Hà\nNội, ngày …"
// (forty-seventh outside probe: the place was read "Hóa", "Nội"). The word alone on the line before joins it.
const WRAPPED_PLACE_BEFORE = rx(String.raw`(?:^|\n)[ \t]{0,4}(\p{Lu}\p{Ll}{1,6})[ \t]{0,2}\n[ \t]{0,4}$`, 'u');
function wrappedPlace(head: string, at: number, place: string): string {
  if (place.includes(' ')) return place;
  const m = WRAPPED_PLACE_BEFORE.exec(head.slice(Math.max(0, at - 24), at));
  return m ? `${m[1]} ${place}` : place;
}
// "Hà Nội, 10/05/2010" (or "…, ngày 10/5/2010") alone on its line: a web copy's place and date line with
// the date in figures (sixteenth outside probe: a Front plan of 2010 was dated today).
const PLACE_NUMERIC = rx(
  String.raw`^${DECOR}${NOT_A_PLACE}(${PLACE_NAME},\s{1,3}(?:ngày\s{1,3})?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)[ \t*_.]{0,4}$`,
  'mu',
);
// "Thái Nguyên, ngày       tháng 10 năm 2021": the day left blank for the signature (seventeenth outside
// probe: such a draft was dated today). Dated the month's last day.
// The month may be blank too, a draft dated by its year only ("Hà Nội, ngày    tháng    năm 2020"; two-hundred-and-forty-
// seventh outside probe: read as of today, and told a law of 2015 had since been replaced): dated the year's last day.
// In the right-hand column too, after the body's name and a run of spaces: "ĐẢNG ỦY KHỐI DOANH NGHIỆP      Cần Thơ, ngày   tháng
// 9 năm 2015" (two hundred and seventy-fifth outside probe: dated today).
const PLACE_BLANK_DAY = rx(
  String.raw`(?:^${DECOR}|[ ]{3,})${NOT_A_PLACE}(${PLACE_NAME},\s{1,3}ngày[ \t.…_]{1,20}tháng(?:\s{1,3}(\d{1,2})\s{1,3}|[ \t.…_]{1,20})năm\s{1,3}((?:19|20)\d\d))`,
  'mu',
);
// A dateline: a line at the top holding a numeric date with a year, and nothing but a weekday, a
// time, a time zone or "Ngày đăng:" around it (the outside probe's news pages; their dates had
// been taken for today's). Looked for in the first DATELINE_LIMIT characters only.
// Also shortened as portals print it: "Th 6, 19/06/2020 | 16:51 CH" (two-hundred-and-sixth outside probe: dated today).
// In English too, as a feed's stamp gives it: "Thu, 18/07/2019 - 09:28" (two-hundred-and-fifty-third outside probe).
const WEEKDAY = String.raw`(?:Thứ\s(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Th\s[2-7]|[Cc]hủ\s[Nn]hật|CN|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=,))`;
// "12:0": a page copy may cut the stamp's last digit (fifty-first outside probe).
// A minute mark after the minutes: "Chủ Nhật, 12/4/2020 21:16'(GMT+7)" (two hundred and nineteenth outside probe: the
// site's banner above it had been taken for the date).
// The part of the day in words after it: "28-07-2022 / 11:13:43 Sáng" (thirty-eighth session's probe 330: dated today).
const CLOCK = String.raw`\d{1,2}:\d{1,2}['’′]?(?::\d{2})?(?:\s?(?:SA|CH|AM|PM|Sáng|Chiều|Tối|Trưa)(?![\p{L}]))?`;
const AROUND = String.raw`(?:${WEEKDAY}|${CLOCK})`;
const DATELINE_SEP = String.raw`\s{0,2}[-–|,/]?\s{0,2}`;
// A news page's byline before its time stamp: "Bùi Ánh - 14:20 28/09/2023 GMT+7" (fifth outside
// probe), up to four capitalised words and a dash, or initials ("PV - 10:56, 18/12/2020"; eighth).
// What may close a dateline: a weekday or a time, a time zone, emphasis or a parenthesis.
// "[GMT+7]" in brackets too (twenty-first outside probe).
// A page's counters after the stamp: "12:40, Thứ Hai, 13-1-2025 34 0" (views, comments), "Đăng ngày: 07/05/2025 -
// Lượt xem: 51" (fifty-first outside probe: these pages were dated today), "10/11/2019 19:54 Số lượt xem: 2470"
// (eighty-eighth: a 2019 item's "Chỉ thị số 35" had become the directive of 2024), "… - 15:55 Đã xem: 358"
// (hundred-and-ninety-eighth).
// Two of them: "Thứ năm, 11/05/2023 | Đã xem: 963 | Nhận xét: 10" (two hundred and eighteenth).
// In English: "Ngày đăng 13/05/2022 | 2:04 PM  | View count: 67" (two hundred and eightieth: dated today).
/** A page's count of views ("Lượt xem", "Đã xem", "Views"), also what makes a month-first stamp a site's (date-invalid). */
export const VIEW_COUNTER = String.raw`(?:Số\s)?[Ll]ượt\s(?:xem|đọc|truy\scập)|Số\slần\sxem|Đã\sxem|[Vv]iews?`;
// In brackets: "Cập nhật ngày: 30/10/2023 08:29 (Lượt xem: 961)" (fortieth session's probe 386: dated today).
// The count before its word too: "20/12/2019 10:43 SA 1129 lượt xem" (thirty-eighth session's probe 328: dated today).
const COUNTERS = String.raw`(?:(?:${DATELINE_SEP}\(?(?:${VIEW_COUNTER}|Nhận\sxét|Bình\sluận|[Vv]iew\s[Cc]ount)\s?:?\s{0,2}\d{1,7}\)?){1,2}|(?:[ \t]{1,2}\d{1,7}){1,2}(?=[ \t]*$)|[ \t]{1,2}\d{1,7}[ \t]{1,2}(?:lượt\s(?:xem|đọc|truy\scập)|views?))?`;
// "07/01/2026 lúc 13:06 (GMT+7)" (two-hundred-and-first outside probe: the item was dated today).
// A copy may leave a run of spaces after the stamp ("29/05/2025 09:31           "; two hundred and thirteenth outside probe).
// A page's print link after the counters, and the title it repeats: "02:59 PM 31/10/2015 | Lượt xem: 6436 In bài viết |Chỉ
// thị số 35-CT/TW …" (two hundred and fifty-eighth outside probe: dated today).
// "… 05:56 - Chia sẻ" (thirty-eighth session's probe 332: a list item's stamp with the share link, dated today).
const PAGE_TOOLS = String.raw`(?:(?:[ \t]{1,3}|[ \t]{0,2}[-–|][ \t]{0,2})(?:In\sbài\sviết|Gửi\sbài\sviết|Bản\sin|Chia\ssẻ)(?:[ \t]{0,3}\|[^\n]{0,300})?)?`;
const DATELINE_END = String.raw`(?:${DATELINE_SEP}(?:lúc\s{1,2})?${AROUND}){0,2}(?:\s{0,2}[([]?GMT\s?[+-]\s?\d{1,2}[)\]]?)?${COUNTERS}${PAGE_TOOLS}[ \t*_)|]{0,4}[ \t]{0,40}$`;
// The author's footnote mark may follow the name: "Trần Quốc Dân(*) - 07:02 08/06/2024 GMT+7" (two-hundred-and-forty-second).
// Or a bar: "Hương Ly| 30/08/2017 20:05" (two-hundred-and-fifty-second).
// A dash glued to what follows: "QPTD -Thứ Hai, 14/09/2020, 09:10 (GMT+7)" (forty-fourth session's probe 436: dated today).
const AUTHOR = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]{0,8}|\p{Lu}{1,3})(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,8}){0,3}(?:\(\*{1,2}\))?(?:[ ][-–][ ]?|[ ]?\|[ ])`;
// A page's section before "Ngày đăng" ("Chính trị - Ngày đăng : 14:36, 17/09/2016"), and a byline in
// capitals with its role and no dash ("NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09"; twenty-third outside probe).
const SECTION = String.raw`\p{Lu}[\p{Ll}\p{M}]{0,8}(?:[ ][\p{L}\p{M}]{1,9}){0,3}[ ][-–|][ ](?=Ngày\sđăng|Đăng\sngày|Cập\snhật)`;
// A page's section right before the date, no dash: "Kinh tế 31-05-2024" (hundred-and-thirty-second outside probe: the
// item was dated today, and its "Nghị định 37, Nghị định 38" taken for decrees of 2026 and 2023).
// Or a dash between: "Thời sự - 03/04/2023 16:53" (forty-third session's probe 427: dated today).
const SECTION_BARE = String.raw`\p{Lu}[\p{Ll}\p{M}]{1,8}(?:[ ][\p{Ll}\p{M}]{1,9}){0,2}[ ](?:[-–][ ])?(?=\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)`;
// A byline in capitals, an initial with its dot perhaps, right before a time stamp: "N.NGHĨA 06:14, 11/12/2023"
// (hundred-and-thirty-fifth outside probe: the item was dated today, and its bare "Luật Thanh tra" taken for the 2025 law).
const CAPS_BYLINE = String.raw`(?:\p{Lu}\.[ ]?)?\p{Lu}[\p{Lu}\p{M}]{1,10}(?:[ ]\p{Lu}[\p{Lu}\p{M}]{0,10}){0,3}[ ](?=${CLOCK})`;
// A byline in mixed case right before the time, no dash: "Thu Huyền 17:49, 30/10/2023" (two hundred and thirty-fourth outside
// probe: dated today).
// … or before the weekday: "Nguyễn Hòa Thứ sáu, ngày 14/11/2025 06:49 GMT+7" (thirty-seventh session's probe 322: dated today).
// … or before the date when the time follows it: "Nghĩa Văn 05/01/2024 16:43" (forty-third session's probe 426: dated today).
// … and with the writer's unit in brackets: "Khương Quang (Quân khu 1) 16:09, 27/02/2023" (probe 436: dated today).
const NAME_BEFORE_CLOCK = String.raw`\p{Lu}[\p{Ll}\p{M}]{0,8}(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,8}){0,3}(?:[ ]\([^()\n]{1,30}\))?[ ](?=${CLOCK}|${WEEKDAY}|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[ ,]{1,2}${CLOCK})`;
// A byline a page's copy glued to its date: "Đức Quyền07/01/2026" (thirty-seventh session's probe 323: dated today).
const NAME_GLUED = String.raw`\p{Lu}[\p{Ll}\p{M}]{0,8}(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,8}){0,3}(?<=\p{Ll})(?=\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)`;
const CAPS_AUTHOR = String.raw`\p{Lu}{1,8}(?:[ ]\p{Lu}{1,8}){1,3}[ ]\((?:thực\shiện|[\p{Ll}\p{M} ]{2,20})\)[ ]`;
// An icon's name a copy glues before the stamp: "ClockThứ Tư, 30/01/2019 09:52" (two-hundred-and-third outside probe).
// A bullet too: "  • Cập nhật: 02/03/2022" (two hundred and twenty-eighth outside probe: dated today).
const ICON = String.raw`(?:Clock|Calendar|Time|Date|•[ \t]{0,2})?`;
// A poster's name before the stamp: "Đăng bởi: Admin Ngày đăng:10-04-2025" (two hundred and twenty-sixth).
const POSTED_BY = String.raw`(?:Đăng\sbởi\s?:?\s{0,2}[\p{L}\p{N}._]{1,20}(?:[ ][\p{L}\p{N}._]{1,20}){0,3}[ ]{1,3}(?=Ngày\sđăng))`;
// The writer and the photographer before the stamp: "Dạ Yến Ảnh: Thành Trung 10/02/2017 11:30" (two hundred and fifty-sixth
// outside probe: a Front item of 2017 was dated today).
const BYLINE_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]{0,8}(?:[ ]\p{Lu}[\p{Ll}\p{M}]{0,8}){0,3}`;
const PHOTO_BYLINE = String.raw`${BYLINE_NAME}[ ]?[-–,]?[ ]?Ảnh[ ]?:[ ]?${BYLINE_NAME}[ ](?=\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)`;
// A portal's fields before the stamp, each "label: value" and a bar: "Chuyên mục: Thông tin Kinh tế - Xã hội, Thông tin cần biết |
// Người đăng: Nguyễn Tiến Lâm | Ngày đăng: 04/03/2024 | Số lần xem: 603" (fortieth session's probe 376: dated today).
const PORTAL_FIELDS = String.raw`(?:(?:Chuyên\smục|Danh\smục|Người\sđăng|Người\sviết|Tác\sgiả|Nguồn)\s?:[^|\n]{1,100}\|[ ]{0,2}){1,3}(?=Ngày\sđăng|Đăng\sngày|Cập\snhật)`;
// A government portal's label before the clock: "Ngày giờ đăng bài viết gốc: 12:40 19/5/2025" (probe 435: dated today).
// A dash before the clock, as a page's list of fields prints it: "- Pháp luật\n- 11:58 - 21/10/2023" (two hundred and sixty-fifth
// outside probe: dated today).
// An infobox's field above an article, "Thành lập 14/10/1930" (Wikipedia's page on the Farmers' Union; fifty-fourth session's
// probe 511: the union's founding day had become the text's date), is no stamp of the text.
const INFOBOX_FIELD = String.raw`(?!(?:Thành\slập|Ngày\sthành\slập|Năm\sthành\slập|Ngày\ssinh|Sinh|Mất|Ngày\smất|Giải\sthể|Nhậm\schức)\s)`;
const DATELINE = rx(
  String.raw`^[ \t*_(]{0,4}${INFOBOX_FIELD}(?:[-–][ \t]{1,2}(?=${CLOCK}|${WEEKDAY}))?${ICON}(?:${AUTHOR}|${SECTION}|${PORTAL_FIELDS}|${SECTION_BARE}|${CAPS_AUTHOR}|${CAPS_BYLINE}|${POSTED_BY}|${NAME_BEFORE_CLOCK}|${NAME_GLUED}|${PHOTO_BYLINE})?(?:(?:Ngày\s[đĐ]ăng(?:\sbài)?|Ngày\sgiờ\sđăng(?:\sbài(?:\sviết)?(?:\sgốc)?)?|Ngày\sphát\shành|Ngày\sxuất\sbản|Nhập\sngày|Đăng\sngày|Đăng\slúc|Xuất\sbản|Được\sđăng|Cập\snhật\sngày|Cập\snhật\slúc|Cập\snhật|Ngày\scập\snhật|Thời\sgian\sđăng|Ngày)\s?[:,]?\s{0,2})?(?:${AROUND}${DATELINE_SEP}){0,2}(?:[Nn]gày\s)?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(\d{1,2})[ ][-/][ ](\d{1,2})[ ][-/][ ]((?:19|20)\d\d))${DATELINE_END}`,
  'mu',
);
// A council's term and session line under a resolution's subject: "KHÓA X - KỲ HỌP THỨ 7", "KHOÁ VIII, KỲ HỌP THỨ MƯỜI".
const COUNCIL_SESSION = /^KH(?:ÓA|OÁ)\s[IVXLC]{1,7}\s?[-–,]?\s{0,2}KỲ\sHỌP/u;
// The body that enacts a state text, on its own line above the session line or the first "Căn cứ".
const ENACTING_BODY = /^(?:HỘI\sĐỒNG\sNHÂN\sDÂN|[ỦU]Y\sBAN\sNHÂN\sDÂN|CHÍNH\sPHỦ$|THỦ\sTƯỚNG\sCHÍNH\sPHỦ$|BỘ\sTRƯỞNG\sBỘ|QUỐC\sHỘI$|[ỦU]Y\sBAN\sTHƯỜNG\sVỤ\sQUỐC\sHỘI$)/u;
const ENACTING_NEXT = /^\s{0,200}?(?:KH(?:ÓA|OÁ)\s[IVXLC]|Căn\scứ|CĂN\sCỨ)/u;
// A portal's stamp in square brackets, the date in round ones, its count of views after: "[ Cập nhật vào ngày (18/12/2020) ]
// - [ Số lần xem: 330 ]" (thirty-eighth session's probe 335: dated today). Group 1: the date, as DATELINE's.
const BRACKETED_STAMP = rx(String.raw`^[ \t]{0,4}\[[ \t]{0,2}(?:Cập\snhật|Ngày\sđăng|Đăng\sngày)(?:\svào)?(?:\sngày|\slúc)?\s?:?\s{0,2}\(?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\)?[ \t]{0,2}\](?:[ \t]{0,2}[-–|][ \t]{0,2}\[[ \t]{0,2}(?:Số\slần\sxem|${VIEW_COUNTER})\s?:?\s{0,2}\d{1,7}[ \t]{0,2}\])?[ \t]*$`, 'mu');
const DATELINE_LIMIT = 1000;
// A stored page's metadata before its title: " date 2025-08-08 Đại hội …" (groups as ISO_DATELINE's).
const PAGE_DATE = /^[ \t]{0,4}date[ \t]{1,2}((?:19|20)\d\d)-(\d{2})-(\d{2})(?=[ \t\n])/u;
// What may stand before a news item's opening: blanks, a list's or a quote's mark, and on a social page an emoji ("📅 Chiều
// ngày 15/01/2026, …", "🌸 Sáng ngày 04/11/2025, …"; probe 440: dated today).
const LEAD_MARKS = String.raw`(?:[ \t*_>-]|\p{Extended_Pictographic}|\uFE0F|\u200D){0,6}`;
// A news item's first sentence opening on a time of day and a full date: "Sáng ngày 29/12/2025, …", "Chiều
// 19-12-2022, …", "Tối 12 tháng 01 năm 2023, …" (group 1: the date, read by scanDates).
// After a news agency's tag too: "(BL-MN) Sáng 29/1/2018, …", "(Chinhphu.vn) - Chiều 5/3/2024, …" (seventy-ninth outside
// probe: a 2018 item was dated today, and a directive of 2025 taken for its "Chỉ thị 48").
// Without the comma, before the body that held the event: "Sáng ngày 24/11/2023 UBND phường Tân Thạnh tổ chức hội nghị"
// (hundred-and-ninetieth outside probe: dated today). With the day of the week: "Sáng thứ 2, ngày 06/10/2025, Bệnh viện …"
// (forty-fourth session's probe 428: dated today).
const LEAD_DATE = rx(
  String.raw`^${LEAD_MARKS}(?:\([\p{L}\p{N} .\-]{2,24}\)\s{0,2}[-–]?\s{0,2})?(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng\ssáng|Sáng\snay|Chiều\snay|Tối\snay)\s{1,2}(?:(?:thứ\s{1,2}(?:[2-7]|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s{1,2}nhật)\s{0,2},?\s{1,2})?(?:(?:hôm\s)?(?:ngày|nay)\s{1,2})?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}\s{1,2}tháng\s{1,2}\d{1,2}\s{1,2}năm\s{1,2}(?:19|20)\d\d)(?:\s{0,2}[,:]|[ ](?=(?:UBND|HĐND|Ủy\s|Hội\s|Ban\s|Đảng\s|Huyện\s|Tỉnh\s|Thành\s|Sở\s|Bộ\s)))`,
  'mu',
);
// A news agency's or review's tag before the opening makes a bare "Ngày …" the news form as well: "TCCS – Ngày 3-7-2023,
// Tỉnh ủy Bắc Ninh tổ chức tổng kết …" (two hundred and eighteenth outside probe: dated today). Group 1: the date.
const AGENCY_LEAD_DATE = rx(
  String.raw`^${LEAD_MARKS}(?:\([\p{L}\p{N} .\-]{2,24}\)|\p{Lu}{2,10}(?:\.vn)?)\s{0,2}[-–]\s{0,2}[Nn]gày\s{1,2}(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}\s{1,2}tháng\s{1,2}\d{1,2}\s{1,2}năm\s{1,2}(?:19|20)\d\d)\s{0,2},`,
  'mu',
);
const LEAD_DATE_LIMIT = 1500;
// A bare "Ngày …," opening an item, when its clause says an event was held: "Ngày 30/5/2018, Hội Liên hiệp Phụ nữ Quận 5 đã
// tổ chức Hội nghị sơ kết …", "Ngày 19/12/2019, Sở GDĐT đã tổ chức …" (thirty-eighth session's probes 329 and 334: dated
// today). The news form; "Ngày 15/3/2024, Ban Thường vụ ban hành …" may open a draft written long after. Without the comma
// too, before the body's name: "Ngày 30/12/2025 Ủy ban nhân dân phường Tô Châu tổ chức Hội nghị …" (probe 440). Group 1: the date.
const EVENT_LEAD = rx(
  String.raw`^${LEAD_MARKS}[Nn]gày\s{1,2}(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?:\s{0,2},\s{1,2}|\s{1,2}(?=\p{Lu}))[^.\n]{3,120}?\s(?:đã\s{1,2})?(?:tổ\s{1,2}chức|khai\s{1,2}mạc|diễn\s{1,2}ra)(?![\p{L}])`,
  'mu',
);
// A year the opening names more than a year after a lead's: the lead is history the item tells ("(QNO) - Ngày 16.2.1995,
// Bảo hiểm xã hội Việt Nam ra đời …" in a piece of 2020 on "25 năm qua (1995 - 2020)"; probe 328), not its day. A target
// or a period's end ("đến năm 2030", "giai đoạn 2021 - 2025", "nhiệm kỳ 2020 - 2025") may lie ahead and does not count.
const YEAR_IN_OPENING = rx(String.raw`(?<![\p{L}\p{N}/.-])((?:19|20)\d\d)(?![\p{N}]|[/.-]\d)`, 'gu');
const AHEAD_BEFORE_YEAR = rx(String.raw`(?:đến|tới|tầm\s{1,2}nhìn|giai\s{1,2}đoạn|nhiệm\s{1,2}kỳ|kế\s{1,2}hoạch|chương\s{1,2}trình|năm\s{1,2}học)(?:\s{1,2}năm)?\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, 'iu');

/** Whether `opening` names a year more than one after `leadYear`, outside a target or a period (see AHEAD_BEFORE_YEAR). */
function laterYearNamed(opening: string, leadYear: number): boolean {
  YEAR_IN_OPENING.lastIndex = 0;
  for (let m = YEAR_IN_OPENING.exec(opening); m; m = YEAR_IN_OPENING.exec(opening)) {
    if (+m[1]! <= leadYear + 1) continue;
    if (!AHEAD_BEFORE_YEAR.test(opening.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}
// A news item's opening with the day and month only, the year the stamp's: "Chiều 13/1, Đại tướng … chủ trì …" (groups 1
// and 2: day and month).
const YEARLESS_OPENING = rx(String.raw`^[ \t]{0,4}(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)\s{1,2})?(?:[Nn]gày\s{1,2})?(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)\s{0,2},`, 'gmu');
// A news item is posted within days of what it opens with; one stamp this much later is a site's clock.
const STAMP_AFTER_EVENT_DAYS = 45;
// A paragraph opening with the day of what it tells: "Ngày 22/4/2022, …", "Sáng ngày 3/7/2023, …" (group 1: the date).
const EVENT_OPENING = rx(String.raw`^[ \t]{0,4}(?:(?:Sáng|Chiều|Tối|Trưa)\s{1,2})?[Nn]gày\s{1,2}(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\s{0,2},`, 'gmu');
// A document's own number and date in parentheses under its title, as the Party's archive pages print it: "ban hành
// Quy định về sự phối hợp …\n(Quyết định số 283-QĐ/TW ngày 26-1-2010\n của Ban Bí thư Trung ương Đảng)" (123rd outside
// probe: undated, its "Căn cứ Điều lệ Đảng" was taken for the charter of 2011). Group 1: the number, group 2: the date.
const PAREN_OWN = rx(
  String.raw`^[ \t]{0,4}\((?:Quyết\sđịnh|Chỉ\sthị|Kết\sluận|Nghị\squyết|Quy\sđịnh|Hướng\sdẫn|Thông\stri|Thông\sbáo|Quy\schế)\s{1,2}số\s{1,2}(\d{1,5}-[\p{L}]{1,6}\/[\p{L}\p{N}\-]{1,20}),?\s{1,2}ngày\s{1,2}(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)`,
  'mu',
);
const PAREN_OWN_LIMIT = 800;
const QUOTE_END = /["”»][ \t]*\n[ \t]*$/u;
// The older title that carries the document's own number and date, as the gazette and legal sites print texts before
// 2011: "THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 67/2005/TT-BTC NGÀY 24 THÁNG 8 NĂM 2005 HƯỚNG DẪN …", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ
// 92/2006/NĐ-CP NGÀY 7 THÁNG 9 NĂM 2006 …" (hundred-and-fifty-second outside probe: a circular of 2005 was judged as of
// today). Only with "CỦA" and the body right before "SỐ", at a line's start: a plan's title "THỰC HIỆN QUYẾT ĐỊNH SỐ …
// NGÀY …" names another document's date. Group 1: the number; group 2: from "NGÀY" to the year.
const TITLE_OWN = rx(
  String.raw`^[ \t]{0,4}(?:(?:THÔNG\sTƯ(?:\sLIÊN\sTỊCH)?|QUYẾT\sĐỊNH|NGHỊ\sĐỊNH|CHỈ\sTHỊ|NGHỊ\sQUYẾT)\s{1,2})?CỦA\s[\p{Lu}Đ][\p{Lu}Đ \-–]{1,80}?\sSỐ\s{1,2}(\d{1,5}/[\p{L}\p{N}/\-.]{2,40})\s{1,2}(NGÀY\s{1,2}\d{1,2}\s{1,2}THÁNG\s{1,2}\d{1,2}\s{1,2}NĂM\s{1,2}(?:19|20)\d\d)`,
  'mu',
);
const TITLE_OWN_LIMIT = 1500;
// A legal database's field of the issue date: at a line's start or a table cell's, or with its colon after the fields a
// copy ran into one line ("… Người ký: Nguyễn Tấn Dũng Ngày ban hành: 27/01/2014 Lĩnh vực: …"); glued to its date as the
// National Assembly's pages print it ("Ngày ban hành9 tháng 4 năm 2016"). Group 1: from the date on; 2–4: day, month, year.
const ISSUED_FIELD = rx(
  String.raw`(?:(?:^|[|•*]|\n-)[ \t]{0,4}Ngày[ ]ban[ ]hành[ \t]{0,2}:?|[ ]Ngày[ ]ban[ ]hành[ \t]{0,2}:)[ \t]{0,2}(?:\|[ \t]{0,2})?((?:ngày[ ]{1,2})?(\d{1,2})(?:[/.-](\d{1,2})[/.-]|[ ]{1,2}tháng[ ]{1,2}(\d{1,2})[ ]{1,2}năm[ ]{1,2})((?:19|20)\d\d))`,
  'gmu',
);
// A date and a time with its seconds (group 1: the date). Not a clock in the American form ("10/8/2017 12:00:00 AM", a
// placeholder a Youth Union page printed over an item of 2022; hundred-and-twenty-first outside probe), whose day and
// month may be swapped and whose midnight is no one's time.
const GLUED_STAMP = /(?:[Nn]gày\s?)?(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\s{1,2}\d{1,2}:\d{2}:\d{2}(?!\d|\s?[AaPp][Mm])/u;
const GLUED_STAMP_LIMIT = 400;
// A posting stamp at a page's foot (see extractHeader): its label, a time perhaps, the date (group 1), a time perhaps.
const FOOT_STAMP = rx(String.raw`^[ \t]{0,4}(?:Ngày\s(?:giờ\s)?đăng(?:\sbài(?:\sviết)?(?:\sgốc)?)?|Đăng\sngày|Ngày\sxuất\sbản)\s?:?\s{0,2}(?:${CLOCK}[ \t,-]{1,3})?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?:[ \t,-]{1,3}${CLOCK})?[ \t]*$`, 'gmu');
const FOOT_STAMP_REACH = 600;
// The closing line of a resolution, a law or an ordinance (see extractHeader); group 1: its day of passing, written out.
const PASSED_LINE = rx(String.raw`^[ \t]{0,4}(?:Nghị\squyết|Luật|Bộ\sluật|Pháp\slệnh)\snày\s(?:đã\s)?được\s[^\n]{0,200}?thông\squa\s(?:vào\s)?ngày\s(\d{1,2}\stháng\s\d{1,2}\snăm\s(?:19|20)\d\d)`, 'gmu');

/**
 * The dateline of the last match of `re` (global; group 1 the date) in `text` from `from`, when a date was read where its group
 * stands; else null.
 */
function lastDatedLine(
  re: RegExp,
  text: string,
  from: number,
  dates: readonly { mention: DateMention; start: number; end: number }[],
  o: (s: number, e: number) => Span,
): ReportHeader['dateline'] {
  const part = from > 0 ? text.slice(from) : text;
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) last = m;
  return last ? datedMatch(last, from, dates, o) : null;
}

/** The dateline a match gives (group 1 its date; the match `offset` into the text), when a date was read there. */
function datedMatch(
  m: RegExpExecArray,
  offset: number,
  dates: readonly { mention: DateMention; start: number; end: number }[],
  o: (s: number, e: number) => Span,
): ReportHeader['dateline'] {
  const s = offset + m.index + m[0].lastIndexOf(m[1]!);
  const date = dates.find((d) => d.start === s && d.mention.iso);
  return date ? { text: m[0].trim(), span: o(s, date.end), date: date.mention } : null;
}
// A news agency's dateline opening a paragraph: "Hà Nội (TTXVN 18/4/2024) Trong năm 2023, …" (two hundred and seventy-eighth
// outside probe: dated today). Only with the year: "(TTXVN 27/7)" leaves the year to be inferred. Group 1: the date.
const AGENCY_DATELINE = rx(String.raw`^[ \t]{0,4}\p{Lu}[\p{L}\p{M}.]{0,20}(?:[ ]\p{Lu}[\p{L}\p{M}.]{0,20}){0,3}[ ]{1,2}\((?:TTXVN|TTXVN\/VNA|VNA|TTXVN\/Vietnam\+)[ ]{1,2}(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\)`, 'mu');
const AGENCY_DATELINE_LIMIT = 800;
// The page's first line, a date and a time glued to the title: "27/06/2025 11:11Công đoàn, Đoàn Thanh niên trực thuộc …"
// (two hundred and fifty-ninth outside probe: dated today). Group 1: the date.
const GLUED_CLOCK_TITLE = rx(String.raw`^[ \t]{0,4}(\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)[ ]{1,2}\d{1,2}:\d{2}(?=\p{Lu})`, 'u');
// A headline whose line ends with the day in brackets: "Thủ tướng Chính phủ phê duyệt Đề án … (27/08/2018)" (two hundred
// and fifty-eighth outside probe: dated today). Only the first line. Group 1: the date.
const HEADLINE_DATE = rx(String.raw`^[ \t*_#]{0,6}\p{Lu}[^\n()]{10,300}\((\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\)[ \t]*(?:\n|$)`, 'u');
// The line after a banner, when it is a document's title with its number and date: "Công văn số
// 454-CV/BDVTW ngày 24/9/2015 của …", "Kế hoạch số 2473 - KH/BDVTW ngày 12/4/2019 …" (forty-second outside probe)
// (group 1: the date). Sticky, tried right after the banner's line.
const DATED_TITLE = String.raw`[ \t*_#]{0,6}(?:Công\svăn|Hướng\sdẫn|Kế\shoạch|Quyết\sđịnh|Chỉ\sthị|Kết\sluận|Nghị\squyết|Thông\sbáo|Thông\stri|Quy\sđịnh|Quy\schế|Báo\scáo|Chương\strình|Đề\sán|Công\sđiện|Thông\stư|Nghị\sđịnh)\s{1,2}(?:số\s{1,2})?\d{1,5}(?:[ ]?-[ ]?)?[\p{L}\d/.\-]{1,30},?\s{1,2}(?:ngày\s{1,2})?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)`;
const TITLE_AFTER_BANNER = rx(`\\n${DATED_TITLE}`, 'uy');
// The same title as the text's first line (see extractHeader, which looks for a căn cứ line under it).
const OWN_TITLE = rx(String.raw`^\s{0,8}${DATED_TITLE}`, 'u');
// A căn cứ line: "Căn cứ …", "- Căn cứ …".
const CAN_CU_LINE = /^[ \t]{0,4}(?:[-–+•*][ \t]{0,2})?Căn\scứ\s/u;
// How far under the title a căn cứ line is looked for: the lines that follow it, blank ones aside.
const OWN_TITLE_LINES = 2;
// The same title as a page's first line, the date in brackets: "Nghị định 42/2010/NĐ-CP (15/04/2010)" above the page's
// "26/02/2016" (hundred-and-sixty-seventh outside probe: the decree was read as of its posting, and its basis, the law of
// 2001 in force in 2010, told replaced). Group 1: the date.
const TITLE_FIRST_LINE = rx(
  String.raw`^[ \t*_#]{0,6}(?:Quyết\sđịnh|Chỉ\sthị|Kết\sluận|Nghị\squyết|Quy\sđịnh|Thông\stư|Nghị\sđịnh|Luật|Pháp\slệnh)\s{1,2}(?:số\s{1,2})?\d{1,5}(?:[ ]?-[ ]?)?[\p{L}\d/.\-]{1,30}\s{0,2}\((\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\)[ \t]*\n`,
  'u',
);
// The month as a word between day and year, no "năm": "Thứ ba, 18 Tháng 8 2015 16:06", as many
// provincial portals stamp an article (twenty-seventh outside probe: a text of 2015 had been dated today).
// Without a time it may be the site's banner of the day, as BANNER below.
// After "Được đăng:" too: "Được đăng: Thứ bảy, 10 Tháng 5 2025 22:25" (two-hundred-and-thirty-sixth outside probe: the lead's day taken).
// The month in words too, as some portals print it: "Thứ Hai, 29 Tháng Tư, 2024" (thirty-eighth session's probe 339: dated
// today). Longest names first.
const MONTH_NAMES: readonly (readonly [string, number])[] = [
  ['Mười Một', 11], ['Mười Hai', 12], ['Mười', 10], ['Giêng', 1], ['Một', 1], ['Hai', 2], ['Ba', 3], ['Tư', 4], ['Năm', 5],
  ['Sáu', 6], ['Bảy', 7], ['Tám', 8], ['Chín', 9], ['Chạp', 12],
];
const MONTH_NAME = MONTH_NAMES.map(([w]) => `${w}|${w.toLowerCase()}`).join('|');
const MONTH_WORD_DATELINE = rx(String.raw`^[ \t*_(]{0,4}(?:(?:Được|Ngày)\sđăng\s?:?\s{0,2})?(?:${WEEKDAY}\s?,?\s{1,2})?(\d{1,2})\s{1,2}[Tt]háng\s{1,2}(\d{1,2}|(?:${MONTH_NAME})(?![\p{L}])),?\s{1,2}((?:19|20)\d\d)${DATELINE_END}`, 'mu');

/** A month as the dateline writes it, in figures or in words ("Tư"), as a number's digits. */
function monthOf(written: string): string {
  if (/^\d/u.test(written)) return written;
  const w = written.toLowerCase();
  return String(MONTH_NAMES.find(([name]) => name.toLowerCase() === w)?.[1] ?? 0);
}
// With its zone too: "2023-12-19T03:04:15-05:00" (two-hundred-and-forty-ninth outside probe: dated today).
// With slashes too, as some school portals print it: "2025/07/08 15:51" (thirty-eighth session's probe 334: dated today).
const ISO_DATELINE = /^[ \t]{0,4}((?:19|20)\d\d)[-/](\d{2})[-/](\d{2})[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?[ \t]*$/mu;
// A weekday and a date alone, no time, no "Ngày đăng", no author: "Thứ sáu,  12/08/2022" — as often a
// site's banner of the day the page was read as the article's own date (thirteenth outside probe: a
// review of 16/5/2016 read on 12/8/2022 was told its "5 năm" were 11). Kept as the text's date, but
// findings that rest on it are information (ReportDateSource 'banner').
// Lines a title may take between a site's clock and an article's stamp.
const TITLE_LINES = 2;

/**
 * The lines holding text between two offsets of one text (blank lines aside: a page copied with a blank line between its
 * lines, "Thứ năm 17/04/2025 - 02:36" / "" / "Khoáng sản" / "" / title / "" / "Thứ Năm 28/05/2020 - 10:42", has a section's
 * label and a title between its clock and the article's stamp; two-hundred-and-forty-eighth outside probe: dated by the clock).
 */
function linesBetween(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = t.indexOf('\n', from); i >= 0 && i < to; ) {
    const next = t.indexOf('\n', i + 1);
    const end = next < 0 || next > to ? to : next;
    if (t.slice(i + 1, end).trim() !== '') n++;
    i = next;
  }
  return n;
}

/** The first full date found within [start, end), as ISO text, or "" when none. */
function isoIn(dates: readonly { mention: DateMention; start: number; end: number }[], start: number, end: number): string {
  return dates.find((d) => d.start >= start && d.end <= end && d.mention.iso)?.mention.iso ?? '';
}
const BANNER = rx(String.raw`^[ \t*_(]{0,4}${WEEKDAY}\s?,?\s{1,3}(?:[Nn]gày\s)?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[ \t*_)]{0,4}$`, 'u');
const LONG_DATELINE = rx(
  String.raw`^[ \t*_(]{0,4}(?:(?:Cập\snhật(?:\slúc|\sngày)?|Ngày\sđăng|Đăng\sngày|Đăng\slúc)\s?[:,]?\s{0,2})?(?:${WEEKDAY}\s?,?\s{1,2})?[Nn]gày\s{1,2}\d{1,2}\s{1,2}tháng\s{1,2}\d{1,2}\s{1,2}năm\s{1,2}(?:19|20)\d\d${DATELINE_END}`,
  'mu',
);

const KIND_WORDS_CAPS = String.raw`BÁO\sCÁO|KẾ\sHOẠCH|NGHỊ\sQUYẾT(?:\sLIÊN\sTỊCH)?|QUYẾT\sĐỊNH|CHỈ\sTHỊ|KẾT\sLUẬN|HƯỚNG\sDẪN|TỜ\sTRÌNH|THÔNG\sBÁO|THÔNG\sTRI|CHƯƠNG\sTRÌNH(?:\sHÀNH\sĐỘNG)?|ĐỀ\sÁN|QUY\sĐỊNH|QUY\sCHẾ|NGHỊ\sĐỊNH|THÔNG\sTƯ(?:\sLIÊN\sTỊCH)?|LUẬT|BỘ\sLUẬT|PHÁP\sLỆNH|LỆNH|CÔNG\sĐIỆN`;
const DATABASE_TITLE = rx(
  String.raw`^[ \t]{0,4}(?:Nghị[ ]định|Nghị[ ]quyết|Quyết[ ]định|Thông[ ]tư(?:[ ]liên[ ]tịch)?|Chỉ[ ]thị|Pháp[ ]lệnh|Luật)[ ]{1,2}(?:của|Của|CỦA)[ ]{1,2}[^\n]{2,80}?[ ]{1,2}(?:Số|số|SỐ)[ ]{0,2}:?[ ]{0,2}(\d{1,5}[\p{L}\p{N}/\-.]{1,40})[ ]{1,3}(${LONG_DAY})`,
  'du',
);
const KIND_LINE = rx(String.raw`^${DECOR}(${KIND_WORDS_CAPS})[ *_]{0,8}$`, 'mu');
const SKIP_BODY =
  /^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG H(?:ÒA|OÀ) XÃ(?: HỘI)?|(?:HỘI )?CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|VĂN BẢN (?:QUY PHẠM )?PHÁP LUẬT(?: KHÁC)?|VĂN BẢN HỢP NHẤT\s?-?|\*|[- ]*-[- ]*|\d{1,4})$/u;
const CAPS_LINE = rx(String.raw`^[\p{Lu}\p{M}\d ,.\-]{4,120}$`, 'u');
const SUBJECT_ABOUT = /^[Vv]ề\s/u;

/** Whether a line is written in running case: more small letters than capitals. */
function runningCase(line: string): boolean {
  return countIn(line, IS_LOWER) > countIn(line, IS_UPPER);
}

// "Số" and a symbol with no number before it: dots, an ellipsis or spaces where the number will go.
const BLANK_NUMBER_LINE = rx(String.raw`^${DECOR}((?:Số|SỐ)\s{0,2}:?[ \t.…_]{0,24}[-/][ ]?[\p{Lu}][\p{L}\p{N}/\-.]{1,40})`, 'mu');
// A kind word and more words in capitals is a document's title, not a body: "QUYẾT ĐỊNH BAN HÀNH CHƯƠNG TRÌNH PHÁT
// TRIỂN ĐÔ THỊ …" heading a legal database's page (seventy-seventh outside probe: read as the issuing body).
const TITLE_LINE = rx(String.raw`^(?:${KIND_WORDS_CAPS})\s\p{Lu}`, 'u');
// A body's name wrapped in a table cell leaves its last word alone on a line ("THỦ TƯỚNG CHÍNH" /
// "PHỦ", "HỘI ĐỒNG NHÂN" / "DÂN"; fifteenth outside probe): kept right after a body line.
const CAPS_WORD = rx(String.raw`^[\p{Lu}\p{M}]{2,4}$`, 'u');

// Two columns on one line (body left, motto right) are split on runs of spaces, or on the bars of a
// table flattened into lines ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |", as legal portals copy the two-column
// header; fourth outside probe).
const COLUMN_BREAK = / {3,}|\t|[ ]{0,2}\|[ ]{0,2}/u;

/** A line without the Markdown and emphasis marks around it. Linear: no backtracking regex. */
function stripDecor(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && ' \t*_#>|\\'.includes(line[a]!)) a++;
  while (b > a && ' \t*_|\\'.includes(line[b - 1]!)) b--;
  return line.slice(a, b);
}

export function emptyHeader(): ReportHeader {
  return { issuingBody: null, number: null, placeDate: null, dateline: null, kind: null, subject: null, reportType: null };
}

// "Số: 86/QĐ UBND" (a province's decision of 2012, sixty-third outside probe): the hyphen typed as a space.
// Not after a hyphen or slash already there: "53/ 2014/QĐ- UBND" is 53/2014/QĐ-UBND (123rd outside probe: "QĐ--UBND").
const SPACED_ISSUER = /(?<![-/]) (TTg|CP|UBND|HĐND)$/u;

/** The report's own id as written, wrap and spaces out; a space that stands for the state hyphen ("86/QĐ UBND") made one. */
function ownId(written: string): string {
  return written
    .replace(SPACED_ISSUER, '-$1')
    .replace(/\s+/g, '')
    .replace(/[.,;:]+$/u, '');
}

/**
 * Read the header. `dates` are the document's dates with canonical offsets, so the date line is
 * found among them without mapping offsets back and forth.
 */
// The body's first sentence opening on its day and month: "Chiều 07/3, Ban Thường vụ Huyện ủy …" (groups: day, month).
const LEAD_DAY_MONTH = rx(String.raw`\n[ \t]{0,4}(?:(?:Sáng|Chiều|Tối|Trưa)\s{1,2})?(?:ngày\s{1,2}|Ngày\s{1,2})?(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)\s{0,2},`, 'uy');
const LEAD_REACH = 400;

/**
 * A site's stamp in the American order, month first, told by the lead it stamps: "Cập nhật lúc : 17:28 03/07/2025" over
 * "Chiều 07/3, Ban Thường vụ Huyện ủy …" is of 7 March, not 3 July (two hundred and sixty-sixth outside probe: the
 * district's bodies were told they had ceased on 1/7/2025, before the text). Only when the lead's day and month are the
 * stamp's two numbers swapped, and they differ.
 */
function monthFirst(nt: NormalizedText, head: string, after: number, at: number, d: DateMention): DateMention {
  if (!d.iso || d.day === d.month || d.day > 12) return d;
  const next = head.slice(after, after + LEAD_REACH);
  for (let i = next.indexOf('\n'); i >= 0 && i < LEAD_REACH; i = next.indexOf('\n', i + 1)) {
    LEAD_DAY_MONTH.lastIndex = i;
    const m = LEAD_DAY_MONTH.exec(next);
    if (!m) continue;
    if (+m[1]! !== d.month || +m[2]! !== d.day) return d;
    const swapped = spacedDateline(nt, at, d.span.end - d.span.start + at, String(d.month), String(d.day), String(d.year)).mention;
    return swapped.iso ? swapped : d;
  }
  return d;
}

/**
 * A stamp alone on its line with no month of its number, read month first as a site printed it: "11/20/2020 - 12:00 AM" is
 * 20 November 2020 (thirty-eighth session's probe 330: the item was dated today; date-invalid's usTimestamp spares it).
 */
function usStamp(nt: NormalizedText, found: { mention: DateMention; start: number; end: number } | undefined): { mention: DateMention } | undefined {
  const d = found?.mention;
  if (!d || d.problem?.kind !== 'month' || d.year === null) return undefined;
  const swapped = spacedDateline(nt, found!.start, found!.end, String(d.month), String(d.day), String(d.year));
  return swapped.mention.iso ? swapped : undefined;
}

export function extractHeader(nt: NormalizedText, dates: readonly { mention: DateMention; start: number; end: number }[]): ReportHeader {
  const h = emptyHeader();
  const head = nt.text.slice(0, HEADER_LIMIT);
  const o = (s: number, e: number): Span => ({ start: nt.toOriginal(s), end: nt.toOriginal(e) });

  const kind = KIND_LINE.exec(head);
  // The number and date lines stand above the kind line; below it is the body.
  const limit = kind ? kind.index : head.length;
  const num = NUMBER_LINE.exec(head);
  let numStart = -1;
  // The number's id in the head's offsets, which a place glued to it may cut short below.
  let numIdStart = -1;
  let numIdEnd = -1;
  const setNumber = (textStart: number, idStart: number, idEnd: number): void => {
    h.number = { text: head.slice(textStart, idEnd), span: o(idStart, idEnd), id: ownId(head.slice(idStart, idEnd)) };
    numIdStart = idStart;
    numIdEnd = idEnd;
  };
  if (num && num.index < limit) {
    numStart = num.index + num[0].length - num[1]!.length;
    const idStart = num.index + num[0].length - num[2]!.length;
    let idEnd = idStart + num[2]!.length;
    // A joint symbol may wrap after a hyphen: "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP".
    if (num[2]!.endsWith('-')) {
      WRAPPED_REST.lastIndex = idEnd;
      const rest = WRAPPED_REST.exec(head);
      if (rest) idEnd = WRAPPED_REST.lastIndex;
    }
    setNumber(numStart, idStart, idEnd);
  }

  // A draft's number left blank for the day it is signed ("Số:        /BGDĐT-GDTrH", "Số: ……-BC/TU"): no number, but
  // the issuing body stands above it as above a number (seventy-eighth outside probe: a ministry's letter had none,
  // and its date line's Hà Nội was taken for its province).
  if (numStart < 0) {
    const blank = BLANK_NUMBER_LINE.exec(head);
    if (blank && blank.index < limit) numStart = blank.index + blank[0].length - blank[1]!.length;
  }

  // With its comma first; without, only where nothing else can be meant.
  for (const re of [PLACE_DATE, PLACE_DATE_BARE, PLACE_DATE_MOTTO]) {
    const pd = re.exec(head);
    if (!pd || pd.index >= limit) continue;
    const s = pd.index + pd[0].indexOf(pd[1]!);
    const e = s + pd[1]!.length;
    const date = dates.find((d) => d.mention.form === 'long' && d.start >= s && d.end <= e);
    if (!date) continue;
    h.placeDate = { text: pd[1]!, span: o(s, e), place: wrappedPlace(head, s, pd[2]!), date: date.mention };
    // A place glued to the number ends the number.
    if (h.number && s > numIdStart && s < numIdEnd && /\S/u.test(head[s - 1]!)) setNumber(numStart, numIdStart, s);
    break;
  }
  if (!h.placeDate) {
    const pb = PLACE_BLANK_DAY.exec(head);
    const month = pb?.[3];
    if (pb && pb.index < limit && (month === undefined || (+month >= 1 && +month <= 12))) {
      const s = pb.index + pb[0].indexOf(pb[1]!);
      const e = s + pb[1]!.length;
      h.placeDate = { text: pb[1]!, span: o(s, e), place: pb[2]!, date: blankDayDate(nt, s, e, month ?? '12', pb[4]!).mention, blankDay: true };
      if (month === undefined) h.placeDate.blankMonth = true;
    }
  }
  if (!h.placeDate) {
    const pn = PLACE_NUMERIC.exec(head);
    if (pn && pn.index < limit) {
      const s = pn.index + pn[0].indexOf(pn[1]!);
      const e = s + pn[1]!.length;
      const date = dates.find((d) => d.mention.form === 'numeric' && d.start >= s && d.end <= e);
      if (date?.mention.iso) h.placeDate = { text: pn[1]!, span: o(s, e), place: pn[2]!, date: date.mention };
    }
  }
  if (!h.placeDate) {
    let dl = DATELINE.exec(head.slice(0, DATELINE_LIMIT)) ?? BRACKETED_STAMP.exec(head.slice(0, DATELINE_LIMIT));
    // The next stamp may be the article's own, in two layouts. A banner of the day above it: the stamp (an earlier probe's
    // 030: "Thứ hai, ngày 17/6/2024" over "Thứ Tư 19/01/2022 21:26"). A site's clock on the page's first line, the title,
    // then the stamp, earlier: "Thứ Năm, 02/05/2024 07:03 SA" / title / "Chủ Nhật, 02/10/2022 06:00 SA" is an item of 2022
    // (hundred-and-ninety-eighth outside probe: its "92 năm" was told 94 by the clock's year).
    const banner = dl !== null && BANNER.test(dl[0]);
    if (dl && (banner || dl.index === 0)) {
      const from = dl.index + dl[0].length;
      const next = DATELINE.exec(head.slice(from, DATELINE_LIMIT));
      const at = next ? from + next.index : -1;
      const overBanner = banner && next !== null && !BANNER.test(next[0]);
      const stamp = next && dl.index === 0 ? isoIn(dates, at, at + next[0].length) : '';
      const underClock = stamp !== '' && linesBetween(head, from, at) <= TITLE_LINES && stamp < isoIn(dates, 0, from);
      if (next && (overBanner || underClock)) {
        next.index = at;
        dl = next;
      }
    }
    // A banner of the day above the title of the document the page publishes: "Thứ Hai, 6/12/2021" over
    // "Công văn số 454-CV/BDVTW ngày 24/9/2015 của Ban Dân vận Trung ương về việc …" is the letter of 2015
    // (thirty-seventh outside probe: three letters were dated by the day the page was read, and one's
    // "Kết luận số 01" became the conclusion of 2021). The title's date, no later than the banner's.
    if (dl && BANNER.test(dl[0])) {
      const from = dl.index + dl[0].length;
      TITLE_AFTER_BANNER.lastIndex = from;
      const t = TITLE_AFTER_BANNER.exec(head);
      const date = t ? dates.find((d) => d.start === t.index + t[0].length - t[1]!.length && d.mention.iso) : undefined;
      const banner = dates.find((d) => d.start >= dl!.index && d.end <= from && d.mention.iso);
      if (t && date && banner && date.mention.iso! <= banner.mention.iso!) {
        h.dateline = { text: t[0].trim(), span: o(date.start, date.end), date: date.mention };
        dl = null;
      }
    }
    if (dl && !BANNER.test(dl[0])) {
      const t = TITLE_FIRST_LINE.exec(head);
      const date = t ? dates.find((d) => d.start === t.index + t[0].indexOf(t[1]!) && d.mention.iso) : undefined;
      const posted = dates.find((d) => d.start >= dl!.index && d.end <= dl!.index + dl![0].length && d.mention.iso);
      if (t && date && posted && t[0].length <= dl.index + 1 && date.mention.iso! <= posted.mention.iso!) {
        h.dateline = { text: t[0].trim(), span: o(date.start, date.end), date: date.mention };
        dl = null;
      }
    }
    // Else a portal's stamp in ISO form alone on its line ("2025-07-14 14:43:00.0"; twenty-fifth outside probe),
    // or a page's metadata at the very start, " date 2025-08-08 Sáng 8-8, …" (thirty-third, thirty-eighth).
    const iso = dl || h.dateline ? null : ISO_DATELINE.exec(head.slice(0, DATELINE_LIMIT)) ?? PAGE_DATE.exec(head);
    if (iso) {
      const s = iso.index + iso[0].indexOf(iso[1]!);
      const date = spacedDateline(nt, s, s + 10, iso[3]!, iso[2]!, iso[1]!);
      if (date.mention.iso) h.dateline = { text: iso[0].trim(), span: o(iso.index, iso.index + iso[0].length), date: date.mention };
    } else if (dl) {
      const s = dl.index + dl[0].indexOf(dl[1]!);
      // "17 - 05 - 2024" (a portal's spaced form; seventh outside probe): read here, not in the body.
      // A date glued to a byline ("Đức Quyền07/01/2026") is none of the body's dates, which a letter before refuses: read here.
      const glued = !dl[2] && s > 0 && hasClass(head.charCodeAt(s - 1), IS_LETTER) ? dl[1]!.split(/[/.-]/) : null;
      const found = dl[2] || glued ? undefined : dates.find((d) => d.start === s);
      const date = dl[2]
        ? spacedDateline(nt, s, s + dl[1]!.length, dl[2], dl[3]!, dl[4]!)
        : glued
          ? spacedDateline(nt, s, s + dl[1]!.length, glued[0]!, glued[1]!, glued[2]!)
          : found?.mention.iso
            ? found
            : usStamp(nt, found);
      if (date?.mention.iso) {
        h.dateline = { text: dl[0].trim(), span: o(dl.index, dl.index + dl[0].length), date: monthFirst(nt, head, dl.index + dl[0].length, s, date.mention) };
        if (BANNER.test(dl[0])) h.dateline.banner = true;
      }
    }
  }
  if (!h.placeDate && !h.dateline) {
    const mw = MONTH_WORD_DATELINE.exec(head.slice(0, DATELINE_LIMIT));
    if (mw) {
      const s = mw.index + mw[0].indexOf(mw[1]!);
      const e = mw.index + mw[0].indexOf(mw[3]!, mw[0].indexOf('háng')) + 4; // after the year
      const date = spacedDateline(nt, s, e, mw[1]!, monthOf(mw[2]!), mw[3]!);
      if (date.mention.iso) {
        h.dateline = { text: mw[0].trim(), span: o(mw.index, mw.index + mw[0].length), date: date.mention };
        if (!/\d:\d\d/u.test(mw[0])) h.dateline.banner = true;
      }
    }
  }
  if (!h.placeDate && !h.dateline) {
    // With no numeric one, a dateline written out: "Cập nhật lúc Thứ Sáu, ngày 28 tháng 11 năm 2025 -
    // 13:47 (GMT+7)" (tenth outside probe). After the numeric form, so that a site's banner of the
    // day does not outrank an article's own time stamp further down (eighth probe's 033).
    const dl = LONG_DATELINE.exec(head.slice(0, DATELINE_LIMIT));
    if (dl) {
      const s = dl.index;
      const e = s + dl[0].length;
      const date = dates.find((d) => d.mention.form === 'long' && d.start >= s && d.end <= e && d.mention.iso);
      if (date) h.dateline = { text: dl[0].trim(), span: o(s, e), date: date.mention };
    }
  }

  if (!h.placeDate && !h.dateline) {
    // Else a site's stamp with its seconds anywhere in the opening, glued to the title as a page's copy may leave it:
    // "Tuyên truyền luật tố cáoNgày 17/10/2024 14:54:26 Tố cáo hành vi …" (hundred-and-thirty-ninth outside probe: a
    // 2024 item was dated today). A time with seconds is a system's stamp, not a sentence's date.
    const st = GLUED_STAMP.exec(head.slice(0, GLUED_STAMP_LIMIT));
    const s = st ? st.index + st[0].indexOf(st[1]!) : -1;
    const date = st ? dates.find((d) => d.start === s && d.mention.iso) : undefined;
    if (st && date) h.dateline = { text: st[0].trim(), span: o(s, date.end), date: date.mention };
  }

  if (!h.placeDate && !h.dateline) {
    const first = GLUED_CLOCK_TITLE.exec(head) ?? HEADLINE_DATE.exec(head) ?? AGENCY_DATELINE.exec(head.slice(0, AGENCY_DATELINE_LIMIT));
    const s = first ? first.index + first[0].indexOf(first[1]!) : -1;
    const date = first ? dates.find((d) => d.start === s && d.mention.iso) : undefined;
    if (first && date) h.dateline = { text: first[0].trim(), span: o(s, date.end), date: date.mention };
  }

  if (!h.placeDate && !h.dateline) {
    let po = PAREN_OWN.exec(head.slice(0, PAREN_OWN_LIMIT));
    // Under a quotation it is the quotation's source: "“Xây dựng gia đình hạnh phúc … phát triển bền vững đất nước”\n(Chỉ
    // thị số 06-CT/TW ngày 24/6/2021về tăng cường …)" (two-hundred-and-fourth outside probe: the page was dated 2021 and the
    // directive read as its own number, no citation).
    if (po && QUOTE_END.test(head.slice(Math.max(0, po.index - 8), po.index))) po = null;
    const s = po ? po.index + po[0].length - po[2]!.length : -1;
    const date = po ? dates.find((d) => d.start === s && d.mention.iso) : undefined;
    if (po && date) {
      h.dateline = { text: po[0].trim(), span: o(s, date.end), date: date.mention };
      const ns = po.index + po[0].indexOf(po[1]!);
      if (!h.number) setNumber(ns, ns, ns + po[1]!.length);
    }
  }

  if (!h.placeDate && !h.dateline) {
    const to = TITLE_OWN.exec(head.slice(0, TITLE_OWN_LIMIT));
    const s = to ? to.index + to[0].length - to[2]!.length : -1;
    const date = to ? dates.find((d) => d.start >= s && d.end <= s + to[2]!.length && d.mention.form === 'long' && d.mention.iso) : undefined;
    if (to && date) {
      h.dateline = { text: to[0].trim(), span: o(date.start, date.end), date: date.mention };
      const ns = to.index + to[0].indexOf(to[1]!, to[0].indexOf('SỐ'));
      if (!h.number) setNumber(ns, ns, ns + to[1]!.length);
    }
  }

  if (!h.placeDate && !h.dateline) {
    // Else a legal database's record of the document the page holds, when it gives one issue date: "Ngày ban hành:31/12/2017",
    // "Ngày ban hành: | 27/06/2013 | Ngày hiệu lực: …", "Ngày ban hành : ngày 25 tháng 6 năm 2025" (two hundred and
    // thirteenth outside probe: the Government's resolution of 2017 was judged as of today, and its "Luật Giáo dục" taken
    // for the law of 2019; fifty texts of the outside sets had such a line and no other date). A page listing several
    // documents gives several: none is the page's. One day given twice is one (the field in the page's head and again in its
    // table of fields; outside probe 415).
    let only: RegExpExecArray | null = null;
    let days = 0;
    const dayOf = (m: RegExpExecArray) => `${+m[2]!}/${+(m[3] ?? m[4]!)}/${m[5]}`;
    ISSUED_FIELD.lastIndex = 0;
    for (let m = ISSUED_FIELD.exec(head); m && days < 2; m = ISSUED_FIELD.exec(head)) {
      if (!only) {
        only = m;
        days = 1;
      } else if (dayOf(m) !== dayOf(only)) days = 2;
    }
    if (only && days === 1) {
      const e = only.index + only[0].length;
      const s = e - only[1]!.length;
      const date = spacedDateline(nt, s, e, only[2]!, only[3] ?? only[4]!, only[5]!);
      if (date.mention.iso) h.dateline = { text: only[0].trim(), span: o(s, e), date: date.mention };
    }
  }

  if (!h.placeDate && !h.dateline) {
    // Else a news item's opening: "Sáng ngày 29/12/2025, Đảng ủy xã … tổ chức …" — the event's day, which a
    // report of it follows by days (thirty-eighth and thirty-ninth outside probes: fifteen news texts were
    // dated today, and a later document of a cited number could be chosen). Only after a time of day, the
    // news form; a draft opening "Ngày 15/3/2024, Ban Thường vụ …" may be written long after. Findings that
    // rest on it are information (ReportDateSource 'lead').
    const opening = head.slice(0, LEAD_DATE_LIMIT);
    // The time of day makes the news form sure; a bare "Ngày …" opening is the item's day unless the opening names later years.
    const timed = LEAD_DATE.exec(opening);
    const ld = timed ?? AGENCY_LEAD_DATE.exec(opening) ?? EVENT_LEAD.exec(opening);
    if (ld) {
      const s = ld.index + ld[0].lastIndexOf(ld[1]!);
      const date = dates.find((d) => d.start === s && d.mention.iso);
      if (date && (timed || !laterYearNamed(opening, date.mention.year!))) h.dateline = { text: ld[0].trim(), span: o(s, date.end), date: date.mention, lead: true };
    }
  }
  if (!h.placeDate && !h.dateline) {
    // Else the posting stamp a copied page keeps at its foot, under the source's name and address: "Theo Cổng thông tin điện
    // tử Bộ Quốc phòng / https://www.mod.gov.vn/… / Ngày đăng bài viết gốc: 14:30 17/03/2025" (fifty-first session's probe 475:
    // the item was judged as of today, and its "Nghị quyết số 18" taken for the resolution of 2022, not of 2017). Only a
    // labelled posting stamp on a line of its own, the last one, in the text's last lines.
    h.dateline = lastDatedLine(FOOT_STAMP, nt.text, Math.max(0, nt.text.length - FOOT_STAMP_REACH), dates, o);
  }
  if (!h.placeDate && !h.dateline) {
    // Else the line that closes a resolution, a law or an ordinance with its day of passing: "Nghị quyết này đã được Hội đồng
    // nhân dân tỉnh Bắc Giang khoá XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2017 …" (fifty-first session's probe 478:
    // a copy without its header was judged as of today, and the laws of 2015 it rests on told replaced). The last such line
    // at a paragraph's start is the text's own.
    // Only a text with those words is scanned whole: the scan costs some 4 ms a megabyte, and is asked of every undated text.
    if (nt.text.includes('thông qua')) h.dateline = lastDatedLine(PASSED_LINE, nt.text, 0, dates, o);
  }
  if (!h.placeDate && !h.dateline) {
    // Else the text's own title on its first line, with its number and day, over its căn cứ: "Quy định số 110-QĐ/TW ngày
    // 06/7/2023 của Ban Bí thư về luân chuyển cán bộ …" / "- Căn cứ Điều lệ Đảng;" (fifty-fifth session's probe 518: dated
    // today, so 22-QĐ/TW, in force in 2023, was said to have been replaced since). A headline over a news item has no căn cứ
    // under it: only with a căn cứ line within the next two.
    const m = OWN_TITLE.exec(head);
    if (m && canCuUnder(head, m.index + m[0].length)) h.dateline = datedMatch(m, 0, dates, o);
  }
  // A stamp earlier than the day a paragraph of the item opens with cannot be the item's own: "Thứ 5 Ngày 14/5/2020,
  // 10:13:21 AM" above "Ngày 22/4/2022, Thủ tướng Chính phủ ký ban hành Quyết định số 505/…" is a site's clock (two hundred
  // and twenty-fourth outside probe: the decision was told issued after the text). Kept, as a banner is: what rests on
  // it is information.
  const stamped = h.dateline && !h.dateline.banner && !h.dateline.lead ? h.dateline.date.iso : null;
  if (stamped) {
    EVENT_OPENING.lastIndex = 0;
    for (let m = EVENT_OPENING.exec(head); m && m.index < LEAD_DATE_LIMIT; m = EVENT_OPENING.exec(head)) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      const later = dates.find((d) => d.start === at)?.mention.iso;
      if (later && later > stamped) {
        h.dateline!.banner = true;
        break;
      }
    }
    // … and a stamp months after the day, with no year, the item opens with: "Thứ Hai, 16/03/2026, 23:32 (GMT+7)" over
    // "Chiều 13/1, Đại tướng … chủ trì … sơ kết 5 năm …" (three hundred and sixth outside probe: a journal's clock line, the
    // review of 2024 told its "5 năm" should be 7).
    YEARLESS_OPENING.lastIndex = 0;
    const m = YEARLESS_OPENING.exec(head);
    if (m && m.index < LEAD_DATE_LIMIT && !h.dateline!.banner && longAfter(stamped, +m[1]!, +m[2]!)) h.dateline!.banner = true;
  }

  if (kind) {
    const s = kind.index + kind[0].indexOf(kind[1]!);
    h.kind = { text: kind[1]!.replace(/\s+/gu, ' '), span: o(s, s + kind[1]!.length) };
    // Subject: the non-empty lines right under the kind, up to a blank line.
    let pos = kind.index + kind[0].length + 1;
    const lines: { text: string; start: number; end: number }[] = [];
    while (pos < head.length && lines.length < 4) {
      const nl = head.indexOf('\n', pos);
      const end = nl < 0 ? head.length : nl;
      const raw = head.slice(pos, end);
      const text = stripDecor(raw);
      if (!text) {
        if (lines.length) break;
        pos = end + 1;
        continue;
      }
      if (/^[\s*\-_]+$/u.test(text) || /^\(?Kèm theo/iu.test(text) || /^Căn cứ/u.test(text)) break;
      // The enacting body's line under a state text's subject, "HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG" over "KHÓA X - KỲ HỌP THỨ 7"
      // or over "Căn cứ …", ends it (thirty-seventh session's probe 327: the subject ran on into the council and its session).
      if (lines.length && (COUNCIL_SESSION.test(text) || (ENACTING_BODY.test(text) && ENACTING_NEXT.test(head.slice(end + 1, end + 200))))) break;
      // A subject in capitals ends where a line in running case starts: a page extracted without the blank line
      // under it runs on into the body ("… ĐẾN NĂM 2045" / "Tại phiên họp ngày"; seventy-seventh outside probe).
      // Running case is more small letters than capitals: a symbol's "QĐ-TTg" in a line of capitals is not.
      // A Party text's subject in running case under its issuer line is the subject's own ("NGHỊ QUYẾT" / "CỦA BAN
      // THƯỜNG VỤ TỈNH ỦY" / "về lãnh đạo xây dựng, phát triển thị xã Sông Cầu …").
      if (lines.length && !lines.some((l) => runningCase(l.text)) && runningCase(text) && !SUBJECT_ABOUT.test(text)) break;
      const lead = raw.indexOf(text);
      lines.push({ text, start: pos + lead, end: pos + lead + text.length });
      pos = end + 1;
    }
    if (lines.length) {
      const text = lines.map((l) => l.text).join(' ');
      h.subject = { text, span: o(lines[0]!.start, lines[lines.length - 1]!.end) };
      const lower = text.toLowerCase();
      h.reportType = lower.includes('tổng kết') ? 'tổng kết' : lower.includes('sơ kết') ? 'sơ kết' : null;
    }
  }

  // Issuing body: capitalised lines before the number (or before the kind), other than the
  // national motto lines.
  const stop = numStart >= 0 ? head.lastIndexOf('\n', numStart) + 1 : kind ? kind.index : -1;
  if (stop > 0) {
    const body: { text: string; start: number; end: number }[] = [];
    let offset = 0;
    let afterBody = false;
    let pendingWord: { text: string; start: number } | null = null;
    while (offset < stop) {
      let nl = head.indexOf('\n', offset);
      if (nl < 0 || nl > stop) nl = stop;
      const raw = head.slice(offset, nl);
      const bodyBefore = afterBody;
      const wordBefore = pendingWord;
      afterBody = false;
      pendingWord = null;
      let colStart = 0;
      let first = true;
      for (const col of raw.split(COLUMN_BREAK)) {
        const at0 = raw.indexOf(col, colStart);
        colStart = at0 + col.length;
        const stripped = stripDecor(col);
        const end = offset + at0 + col.indexOf(stripped) + stripped.length;
        let text = stripped;
        let at = end - stripped.length;
        // A cell whose first word wrapped alone onto the line above ("VĂN" / "PHÒNG CHÍNH PHỦ", "CỘNG" /
        // "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; twenty-first outside probe): the two lines are one name.
        if (first && wordBefore && text && CAPS_LINE.test(text)) {
          text = `${wordBefore.text} ${text}`;
          at = wordBefore.start;
        }
        first = false;
        const loneWord = !!text && CAPS_WORD.test(text);
        const shortLine = raw.trim().length <= 8;
        // A lone word that begins the motto on the next line ("CỘNG" / "HÒA XÃ HỘI …") is the motto's.
        if (loneWord && shortLine) {
          let nl2 = head.indexOf('\n', nl + 1);
          if (nl2 < 0) nl2 = head.length;
          const next = stripDecor(head.slice(nl + 1, nl2).split(COLUMN_BREAK)[0] ?? '');
          if (next && SKIP_BODY.test(`${text} ${next}`)) {
            pendingWord = { text, start: at };
            continue;
          }
        }
        if (text && (CAPS_LINE.test(text) || (bodyBefore && loneWord)) && !SKIP_BODY.test(text) && !TITLE_LINE.test(text)) {
          // The gazette repeats the body in its own heading: keep one copy.
          if (!body.some((b) => b.text === text)) body.push({ text, start: at, end });
          afterBody = true;
        } else if (loneWord && !bodyBefore && shortLine) pendingWord = { text, start: at };
      }
      offset = nl + 1;
    }
    if (body.length) h.issuingBody = { text: body.map((b) => b.text).join(' '), span: o(body[0]!.start, body[body.length - 1]!.end) };
  }
  // A legal database's title as the page's first line, its kind, issuer, number and day: "Nghị định của chính phủ Số
  // 22/2005/NĐ-CP ngày 01 tháng 3 năm 2005 Hướng dẫn thi hành …" is the document itself (three hundred and fifty-ninth outside
  // probe: a decree of 2005 was judged as of today, the laws in force then told replaced, and its own number asked for its
  // issuer). Only with nothing else read, and only on the first line.
  if (!h.number && !h.placeDate && !h.dateline) {
    const m = DATABASE_TITLE.exec(head);
    const idAt = m?.indices?.[1];
    const dayAt = m?.indices?.[2];
    const date = dayAt ? dates.find((d) => d.mention.form === 'long' && d.start >= dayAt[0] && d.end <= dayAt[1]) : undefined;
    if (m && idAt && dayAt && date?.mention.iso) {
      setNumber(idAt[0], idAt[0], idAt[1]);
      h.dateline = { text: head.slice(dayAt[0], dayAt[1]), span: o(dayAt[0], dayAt[1]), date: date.mention };
    }
  }
  return h;
}

/** Whether one of the first OWN_TITLE_LINES non-blank lines after the line holding `from` is a căn cứ line. */
function canCuUnder(text: string, from: number): boolean {
  let at = text.indexOf('\n', from);
  for (let seen = 0; at >= 0 && seen < OWN_TITLE_LINES; ) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    at = next;
    if (!line.trim()) continue;
    if (CAN_CU_LINE.test(line)) return true;
    seen++;
  }
  return false;
}

/** 'header-month': the header's date line with the day left blank (dated the month's last day). */
export type ReportDateSource = 'header' | 'header-month' | 'header-year' | 'option' | 'dateline' | 'banner' | 'lead' | 'today';

/**
 * The date a report speaks from: its place-and-date line; else the configured date (the writer's
 * word for a draft without one); else a dateline at the top (a news page's), or a news item's opening
 * ("Sáng ngày 29/12/2025, …"); else today.
 */
export function reportDateOf(h: ReportHeader, option: IsoDate | null | undefined, today: IsoDate): { date: IsoDate; source: ReportDateSource } {
  if (h.placeDate?.date.iso) return { date: h.placeDate.date.iso, source: h.placeDate.blankMonth ? 'header-year' : h.placeDate.blankDay ? 'header-month' : 'header' };
  if (option) return { date: option, source: 'option' };
  // A news lead's day after today is no day the item was written on (a slip, or a plan's words): today then, and date-future
  // may tell the day.
  if (h.dateline?.date.iso && !(h.dateline.lead && h.dateline.date.iso > today)) return { date: h.dateline.date.iso, source: h.dateline.banner ? 'banner' : h.dateline.lead ? 'lead' : 'dateline' };
  return { date: today, source: 'today' };
}

/** Whether `stamp` is more than STAMP_AFTER_EVENT_DAYS after the last `day`/`month` on or before it. */
function longAfter(stamp: IsoDate, day: number, month: number): boolean {
  const s = parseIso(stamp);
  if (!s || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const year = month > s.m || (month === s.m && day > s.d) ? s.y - 1 : s.y;
  return dayNumber(s.y, s.m, s.d) - dayNumber(year, month, day) > STAMP_AFTER_EVENT_DAYS;
}
