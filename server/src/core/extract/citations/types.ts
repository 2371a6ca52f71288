// The shapes of the citation reader: the public Citation and the Draft the stages fill in on
// canonical offsets before spans are mapped back.

import type { Span } from '../../types';
import type { DateMention } from '../dates';
import type { TermMention } from '../terms';

export type CitationStyle = 'party' | 'state' | 'number-only' | 'named';

/** How an id departs from the official form, when it does. */
export type IdMalformation =
  | 'state-order' // "217/QĐ-TW": a Party id written state-style
  | 'party-order' // "03-NQ/CP": a state id written Party-style
  | 'slash' // "66/QĐ/TW": slash instead of the hyphen
  | 'spacing' // "100 - KL/TW", "71/NQ -CP"
  | 'hyphen' // "27/CTTg": the hyphen between type and issuer codes lost
  | 'case' // "101/QĐ-TTG": a code whose official form mixes cases, in capitals
  | 'dash' // "25-NQ-TW", "182-QĐ-TTg": a hyphen where the form has a slash
  | 'term-split' // "163/2024/QH-15", "38/2019/QH 14": the National Assembly's term split from its code
  | 'double-slash' // "45//2022/NĐ-CP": two slashes before the year
  | 'year-slash' // "08/2022 NĐ-CP": a space for the slash after the year
  | 'na-type' // "54/2017/NQ-QH14": a type code the National Assembly's resolutions do not carry
  | 'type-missing' // "Chỉ thị số 37/TW": the type code left out, its kind written before
  | 'number-slash' // "318 QĐ-TTg": a space for the slash between the number and the symbol
  | null;

export interface NamedDocument {
  /**
   * "plenum" for "Nghị quyết Hội nghị Trung ương 4", "congress" for "Nghị quyết Đại hội XIII",
   * "law" for a law, code, ordinance or the Constitution cited by name ("Luật Đất đai năm 2024",
   * "Hiến pháp năm 2013"; the name is in Citation.name, the kind word in Citation.kind),
   * "charter" for "Điều lệ Đảng", "platform" for "Cương lĩnh xây dựng đất nước …".
   */
  kind: 'plenum' | 'congress' | 'law' | 'charter' | 'platform';
  /** Plenum number (4), or null for a congress. */
  plenum: number | null;
  /** Term (khóa) of the plenum, or the congress number, as a Roman numeral. */
  term: string | null;
  /**
   * The session of a plenum held in two ("Nghị quyết Trung ương 6 (lần 2) khóa VIII", 1999): its resolutions are not the
   * first session's of 1998.
   */
  session?: number;
  /** Year written with the name ("Luật Đất đai năm 2024" → 2024; "bổ sung, phát triển năm 2011"). */
  year?: number | null;
  /**
   * A law named in the title of an amending law ("Luật sửa đổi, bổ sung một số điều của Luật Đất
   * đai"): the law as it was before, not a law cited as in force.
   */
  amended?: boolean;
  /**
   * "Luật thi đua khen thưởng sửa đổi 2013": the law that amended the one named, in the year written
   * — not the law named, which resolving by the name would give.
   */
  amendment?: boolean;
  /**
   * For an amended law, the amending law's date when written ("Luật sửa đổi … của Luật Tổ chức
   * Chính phủ … ngày 22 tháng 11 năm 2019"): the text amended is the one in force that day.
   */
  amendedOn?: string;
  /**
   * For a law named, without its year, inside the subject of a dated document ("Nghị định số 159/2016/NĐ-CP
   * ngày 29/11/2016 … quy định chi tiết một số điều của Luật Thanh tra"): that document's date. The law it
   * names had been passed by then.
   */
  citedOn?: string;
  /**
   * For an amending law named by its title, the year of a law the title names with its number ("Luật sửa đổi, bổ sung
   * một số điều của Luật Giáo dục số 43/2019/QH14"): the amending law was passed that year or later.
   */
  amendsFrom?: number;
  /** A congress of a local Party organisation ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX") is not the national one. */
  level?: 'national' | 'local';
  /**
   * The plenum was read from the sentence before a bare "Nghị quyết" ("Hội nghị … khóa IX thông qua Nghị quyết về …"), not
   * from the words after it: later members of that sentence's list take it too.
   */
  fromSentence?: boolean;
  /**
   * For a law named without its year, the term of the National Assembly its clause says passed it ("… vừa được Quốc hội
   * khóa XIII thông qua gồm Luật Đo lường, Luật Khiếu nại, Luật Tố cáo"): the law of that term, not the one of the name in
   * force on the report's date.
   */
  assembly?: number;
}

export interface Citation {
  /** From the kind word (or the id when there is none) to the end of the id or number. */
  span: Span;
  /** The citation with its date, issuer and term (not the subject). */
  fullSpan: Span;
  style: CitationStyle;
  /** Canonical kind word ("Quyết định"), null when neither written nor implied. */
  kind: string | null;
  kindSpan: Span | null;
  /** Whether the kind came from the text at this citation (false: from the list or the code). */
  kindWritten: boolean;
  number: string | null;
  /**
   * "QĐ/TW", "NĐ-CP", "QH15"; null for named citations and for number-only ones, except a bare
   * number that shares the symbol of the Party id ending its list ("Quyết định 217, 218-QĐ/TW").
   */
  symbol: string | null;
  /** Official form: "290-QĐ/TW", "30/2020/NĐ-CP". */
  id: string | null;
  /** The id as written ("217/QĐ-TW", "25 - NQ/TW"), and where. */
  idText: string | null;
  idSpan: Span | null;
  malformed: IdMalformation;
  /** Symbol parts: type code ("QĐ") and issuer code ("TW"; "CP" of "NĐ-CP"; "QH15"). */
  typeCode: string | null;
  issuerCode: string | null;
  /** Year inside a state id ("30/2020/NĐ-CP" → 2020). */
  idYear: number | null;
  date: DateMention | null;
  /** True when the date was written after the last member of a list and shared. */
  dateShared: boolean;
  issuer: { name: string; written: string; span: Span } | null;
  /**
   * Every issuer when the citation names several ("của Bộ Chính trị, Ban Bí thư"; joint
   * resolutions); `issuer` is the first. Absent when there is one or none.
   */
  issuers?: { name: string; written: string; span: Span }[];
  /**
   * The issuer is another member's, written once after a list ("Nghị quyết số 21-NQ/TW, Kết luận số 149-KL/TW của Bộ Chính
   * trị"): it may be the last member's alone, so it does not choose among documents of this one's number.
   */
  issuerShared?: boolean;
  term: TermMention | null;
  subject: { text: string; span: Span } | null;
  /**
   * The subject written once after a list whose members are of other kinds from one issuer ("Nghị quyết số 36-NQ/TW,
   * Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài"): not this
   * member's own (it may be the last one's alone), but what the list is about. Absent when there is none.
   */
  listSubject?: string;
  /**
   * The year written right after an id that has none of its own, as its name's ("Quy định 366-QĐ/TW năm 2025 về …", "Chỉ thị
   * 28/CT-TTg năm 2025 ngày …"): absent when none is.
   */
  yearNamed?: number;
  /**
   * The short name the text gives this document in parentheses, when it is a law's name ("Luật số 51/2024/QH15 sửa đổi, bổ
   * sung một số điều của Luật BHYT (gọi tắt là Luật BHYT năm 2024)"): later uses of that name mean this document.
   */
  shortName?: ShortName;
  named: NamedDocument | null;
  /** Index of the list this citation belongs to (members share it), or -1. */
  list: number;
  /**
   * The name written between the kind and the number: "Bảo hiểm xã hội" of "Luật Bảo hiểm xã
   * hội số 41/2024/QH15". Null when there is none.
   */
  name: { text: string; span: Span } | null;
}

/** A citation being read, on canonical offsets. */
export interface Draft {
  start: number; // canonical offsets
  end: number;
  fullEnd: number;
  style: CitationStyle;
  kind: string | null;
  kindStart: number;
  kindEnd: number;
  kindWritten: boolean;
  number: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  suffix: string | null;
  idYear: number | null;
  idStart: number;
  idEnd: number;
  malformed: IdMalformation;
  date: DateMention | null;
  dateShared: boolean;
  issuer: { name: string; written: string; start: number; end: number } | null;
  issuers?: { name: string; written: string; start: number; end: number }[];
  /** See Citation.issuerShared. */
  issuerShared?: boolean;
  /** The issuer was written before the citation ("Chính phủ đã ban hành Nghị định số …"). */
  issuerFirst?: boolean;
  /** With issuerFirst: the date is the sentence's, written before the issuer ("Ngày 21/3/2025, Phó Thủ tướng … ký …"). */
  dateFirst?: boolean;
  /** A state symbol with a slash after its type code ("NQLT/CP-UBTƯMTTQVN"), kept in the id. */
  typeSlash?: boolean;
  /** An old state number written with a hyphen, "64-CP": the id keeps it (corpus lookups try either spelling). */
  numberDash?: boolean;
  /** For a law named in an amending law's title: the amending law's draft. */
  amendedBy?: Draft;
  term: TermMention | null;
  subject: { text: string; start: number; end: number } | null;
  listSubject?: string;
  yearNamed?: number;
  shortName?: ShortName;
  named: NamedDocument | null;
  name: { start: number; end: number } | null;
  list: number;
}

/** A law's short name as a text defines it: its kind, its name as written (spaces made single), its year if written. */
export interface ShortName {
  kind: string;
  name: string;
  year: number | null;
}

export function blank(start: number, end: number, style: CitationStyle): Draft {
  return {
    start, end, fullEnd: end, style,
    kind: null, kindStart: -1, kindEnd: -1, kindWritten: false,
    number: null, typeCode: null, issuerCode: null, suffix: null, idYear: null,
    idStart: -1, idEnd: -1, malformed: null,
    date: null, dateShared: false, issuer: null, term: null, subject: null, named: null, name: null, list: -1,
  };
}
