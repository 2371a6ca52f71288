// Every formatting choice of `vanban export`, as data, each with the rule and clause it comes from.
// Two layouts: the Party's (Hướng dẫn 36-HD/VPTW and the Party's technical requirements) and the
// state's (Nghị định 30/2020/NĐ-CP, Phụ lục I). A province with house rules overrides any value in
// `.vanban.json` ("export": {"party": {…}, "state": {…}}); `parseExportConfig` checks it.
//
// Where a rule gives a range (13–14 pt, 20–25 mm) the value chosen is inside it and the range is
// kept beside it. Where no rule was read, `source` says "practice" and what the value rests on:
// those are the values to check first against a province's own template.

import type { Localized } from '../types';

export type LayoutId = 'party' | 'state';
export type Align = 'left' | 'center' | 'right' | 'justify';

/** A source: the rule and clause, and where its text was read. */
export interface Source {
  rule: string;
  /** Web pages the text was read on (see SOURCES below). */
  read: readonly string[];
}

export interface TextStyle {
  /** Points. */
  size: number;
  bold: boolean;
  italics: boolean;
  /** Upper case as written in the rule ("IN HOA"); the writer's text is not changed, only checked. */
  caps: boolean;
  align: Align;
  /** The range the rule allows, when it gives one. */
  range?: readonly [number, number];
  source: string;
}

/** The styled elements of a report, from the header down to the signature. */
export const ELEMENTS = [
  'superiorBody',
  'issuingBody',
  'issuingMark',
  'number',
  'motto',
  'mottoSecond',
  'placeDate',
  'kind',
  'subject',
  'body',
  'part',
  'partTitle',
  'roman',
  'arabic',
  'letter',
  'table',
  'recipientsLabel',
  'recipients',
  'signatureAuthority',
  'signatureTitle',
  'signatureName',
  'pageNumber',
] as const;
export type Element = (typeof ELEMENTS)[number];

export interface Layout {
  id: LayoutId;
  name: Localized;
  font: { family: string; source: string };
  page: {
    /** Millimetres. */
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
    marginRanges?: { top: readonly [number, number]; bottom: readonly [number, number]; left: readonly [number, number]; right: readonly [number, number] };
    source: string;
  };
  body: {
    /** First-line indent of a body paragraph, millimetres. */
    firstLineIndent: number;
    /** Space after a paragraph, points. */
    spacingAfter: number;
    /** Line spacing as a multiple of a single line. */
    lineSpacing: number;
    source: string;
  };
  pageNumbers: {
    position: 'top-center' | 'bottom-right';
    firstPage: boolean;
    /** Distance of the number from the top edge, millimetres. */
    fromEdge: number;
    source: string;
  };
  header: {
    /** Share of the text width taken by the left column (issuing body, number). */
    leftColumn: number;
    /** What stands under the issuing body: the Party's asterisk or the state's short rule. */
    issuingMark: 'asterisk' | 'rule';
    /** The title line(s) of the right column. */
    motto: readonly string[];
    /** A rule under the (last) motto line, as long as the text. */
    mottoRule: boolean;
    /** A short rule under the subject. */
    subjectRule: boolean;
    source: string;
  };
  /** Vertical spacing around the header and the closing, points. */
  spacing: { beforeKind: number; afterSubject: number; beforeClosing: number; source: string };
  closing: {
    /** Share of the text width taken by the Nơi nhận column; the signature takes the rest. */
    leftColumn: number;
    /** Empty lines left for the signature and the seal above the name. */
    signatureGap: number;
    source: string;
  };
  styles: Record<Element, TextStyle>;
}

/** Where each source was read. Keys are cited in `source` strings as [key]. */
export const SOURCES: Record<string, Source> = {
  'ND30-PL1': {
    rule: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I (Quy định chung): khổ giấy, định lề, phông chữ, số trang',
    read: [
      'https://www.scribd.com/document/652855730/Phuluc1',
      'https://luatvietnam.vn/tin-van-ban-moi/huong-dan-moi-ve-cach-trinh-bay-van-ban-hanh-chinh-186-24146-article.html',
      'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A430F-hd-quy-dinh-kieu-chu-trong-van-ban-hanh-chinh-theo-nghi-dinh-30-nhu-the-nao.html',
    ],
  },
  'ND30-PL1-V': {
    rule: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục V (bảng mẫu chữ và chi tiết trình bày thể thức), mục 1–6',
    read: ['http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/huong-dan-chi-tiet-cach-trinh-bay-the-thuc-van-ban-hanh-chinh-co-loai-kieu-chu-trong-van-ban-hanh-c-248921-123352.html'],
  },
  'ND30-PL1-II1': {
    rule: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1 (Quốc hiệu và Tiêu ngữ)',
    read: ['https://www.scribd.com/document/652855730/Phuluc1'],
  },
  'ND30-spacing': {
    rule: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (nội dung văn bản): cách đoạn tối thiểu 6 pt, cách dòng từ dòng đơn đến 1,5 dòng; phần, chương in thường, đậm, canh giữa',
    read: ['https://www.chanhvanphong.com/2023/11/mot-so-noi-dung-30-2020n-cong-tac-van-thu.html'],
  },
  'HD36-PL3': {
    rule: 'Hướng dẫn 36-HD/VPTW (03/4/2018), Phụ lục 3: mẫu chữ, cỡ chữ, kiểu chữ trong văn bản của Đảng (conventions.md §4.1 [S5][S6][S8])',
    read: [
      'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E84-hd-mau-trinh-bay-the-thuc-van-ban-va-ban-sao-van-ban-cua-dang.html',
      'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E51-hd-cach-trinh-bay-tieu-de-dang-cong-san-viet-nam-trong-van-ban-cua-dang.html',
    ],
  },
  'HD36-general': {
    rule: 'Hướng dẫn 36-HD/VPTW, phần phông chữ, khổ giấy: TCVN 6909:2001, A4 (210 × 297 mm) (conventions.md §4.1 [S9])',
    read: ['https://vpdangdoan.vinhuni.edu.vn/thong-bao-van-ban/seo/huong-dan-ve-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-dang-86250'],
  },
  'Party-technical': {
    rule: 'Yêu cầu kỹ thuật trình bày văn bản của Đảng (Sổ tay công tác văn phòng cấp ủy, Đảng ủy Khối tỉnh Bình Thuận): mặt trước lề trên 25, dưới 25, trái 35, phải 15 mm; số trang từ trang thứ hai, cách mép trên 10 mm, giữa; Times New Roman',
    read: ['https://stdt.danguykhoibinhthuan.vn/sotay/cong-tac-van-phong-cap-uy/the-thuc-van-ban/yeu-cau-ky%CC%83-thua%CC%A3t-trinh-bay-van-ba%CC%89n'],
  },
  'HD11-title': {
    rule: 'Hướng dẫn 11-HD/VPTW (2004), I.1: tiêu đề "Đảng Cộng sản Việt Nam" ở góc phải, dòng đầu, đường kẻ dưới dài bằng tiêu đề',
    read: ['https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html'],
  },
  practice: {
    rule: 'Thực hành văn thư, không phải quy định đã đọc / office practice, no rule text read this session: check against your template',
    read: [],
  },
};

const s = (size: number, bold: boolean, italics: boolean, caps: boolean, align: Align, source: string, range?: readonly [number, number]): TextStyle =>
  range ? { size, bold, italics, caps, align, source, range } : { size, bold, italics, caps, align, source };

export const PARTY: Layout = {
  id: 'party',
  name: { vi: 'văn bản của Đảng (HD 36-HD/VPTW)', en: 'Party document (HD 36-HD/VPTW)' },
  font: { family: 'Times New Roman', source: '[Party-technical] mục 5; [HD36-general] (bộ mã TCVN 6909:2001)' },
  page: {
    width: 210,
    height: 297,
    margins: { top: 25, bottom: 25, left: 35, right: 15 },
    source: '[HD36-general] khổ A4; [Party-technical] mục 2a (mặt trước)',
  },
  body: {
    firstLineIndent: 10,
    spacingAfter: 6,
    lineSpacing: 1.15,
    source: '[practice] no Party rule on paragraph spacing was read: the state values ([ND30-spacing]: ≥ 6 pt after, single to 1.5 lines; 1 cm indent) are used',
  },
  pageNumbers: { position: 'top-center', firstPage: false, fromEdge: 10, source: '[Party-technical] mục 3: từ trang thứ hai, cách mép trên 10 mm, giữa' },
  header: {
    leftColumn: 0.45,
    issuingMark: 'asterisk',
    motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    mottoRule: true,
    subjectRule: true,
    source: '[HD36-PL3] (asterisk under the issuing body; title top right); [HD11-title] (rule as long as the title); subject rule "-----": conventions.md §4.1 sketch, [practice]',
  },
  spacing: { beforeKind: 18, afterSubject: 12, beforeClosing: 12, source: '[practice]' },
  closing: { leftColumn: 0.5, signatureGap: 4, source: '[practice] Nơi nhận bottom left, signature bottom right (conventions.md §4.1 sketch); four lines for signature and seal' },
  styles: {
    superiorBody: s(14, false, false, true, 'center', '[HD36-PL3] cơ quan cấp trên: in hoa 14, đứng'),
    issuingBody: s(14, true, false, true, 'center', '[HD36-PL3] cơ quan ban hành: in hoa 14, đứng, đậm'),
    issuingMark: s(14, false, false, false, 'center', '[HD36-PL3] dấu * dưới tên cơ quan ban hành'),
    number: s(14, false, false, false, 'center', '[HD36-PL3] số và ký hiệu: in thường 14, đứng'),
    motto: s(15, true, false, true, 'center', '[HD36-PL3] tiêu đề: in hoa 15, đứng, đậm'),
    mottoSecond: s(15, true, false, false, 'center', '[HD36-PL3] (Party documents have one title line)'),
    placeDate: s(14, false, true, false, 'center', '[HD36-PL3] địa danh, ngày tháng năm: in thường 14, nghiêng'),
    kind: s(16, true, false, true, 'center', '[HD36-PL3] tên loại: in hoa 15–16, đứng, đậm', [15, 16]),
    subject: s(14, true, false, false, 'center', '[HD36-PL3] trích yếu: in thường 14–15, đứng, đậm', [14, 15]),
    body: s(14, false, false, false, 'justify', '[HD36-PL3] nội dung: in thường 14–15, đứng', [14, 15]),
    part: s(14, true, false, false, 'center', '[HD36-PL3] "Phần" + số: in thường 14–15, đứng, đậm', [14, 15]),
    partTitle: s(14, true, false, true, 'center', '[HD36-PL3] tên phần: in hoa 14–15, đứng, đậm', [14, 15]),
    roman: s(14, true, false, false, 'justify', '[practice] I., II. in bold as body text (HD 36 gives no style for report sections)'),
    arabic: s(14, true, false, false, 'justify', '[practice] 1., 2. in bold'),
    letter: s(14, true, true, false, 'justify', '[practice] a), b) in bold italics'),
    table: s(13, false, false, false, 'left', '[practice] one size under the body in tables'),
    recipientsLabel: s(12, true, true, false, 'left', '[practice] "Nơi nhận:" as in state documents (no Party rule read)'),
    recipients: s(12, false, false, false, 'left', '[practice] recipients 12 pt'),
    signatureAuthority: s(14, true, false, true, 'center', '[practice] T/M, K/T: in hoa 14, đậm (conventions.md §4.1 signature examples)'),
    signatureTitle: s(14, true, false, true, 'center', '[practice] chức vụ: in hoa 14, đậm'),
    signatureName: s(14, true, false, false, 'center', '[practice] họ tên: in thường 14, đậm'),
    pageNumber: s(14, false, false, false, 'center', '[Party-technical] mục 3 (chữ số Ả Rập); size: [practice] as the body'),
  },
};

export const STATE: Layout = {
  id: 'state',
  name: { vi: 'văn bản hành chính (NĐ 30/2020/NĐ-CP)', en: 'state administrative document (Decree 30/2020)' },
  font: { family: 'Times New Roman', source: '[ND30-PL1] mục 4: Times New Roman, Unicode TCVN 6909:2001, màu đen' },
  page: {
    width: 210,
    height: 297,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    marginRanges: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    source: '[ND30-PL1] mục 1 (A4), mục 3 (trên, dưới 20–25; trái 30–35; phải 15–20 mm)',
  },
  body: {
    firstLineIndent: 10,
    spacingAfter: 6,
    lineSpacing: 1.15,
    source: '[ND30-spacing] cách đoạn ≥ 6 pt, cách dòng dòng đơn – 1,5 dòng; indent 1 cm: [practice] (the 1–1.27 cm of the superseded Thông tư 01/2011/TT-BNV)',
  },
  pageNumbers: { position: 'top-center', firstPage: false, fromEdge: 10, source: '[ND30-PL1] mục 7: giữa, trong lề trên, không hiển thị số trang thứ nhất; 10 mm: [practice]' },
  header: {
    leftColumn: 0.4,
    issuingMark: 'rule',
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    mottoRule: true,
    subjectRule: true,
    source: '[ND30-PL1-II1] Quốc hiệu trên cùng bên phải, Tiêu ngữ canh giữa dưới, đường kẻ dưới dài bằng tiêu ngữ; [ND30-PL1-V] mục 2, 5a (dòng kẻ bên dưới)',
  },
  spacing: { beforeKind: 18, afterSubject: 12, beforeClosing: 12, source: '[practice]' },
  closing: { leftColumn: 0.5, signatureGap: 4, source: '[practice] Nơi nhận bottom left, signature bottom right; four lines for signature and seal' },
  styles: {
    superiorBody: s(13, false, false, true, 'center', '[ND30-PL1-V] mục 2: cơ quan chủ quản in hoa 12–13, đứng', [12, 13]),
    issuingBody: s(13, true, false, true, 'center', '[ND30-PL1-V] mục 2: cơ quan ban hành in hoa 12–13, đứng, đậm', [12, 13]),
    issuingMark: s(13, false, false, false, 'center', '[ND30-PL1-V] mục 2: dòng kẻ bên dưới'),
    number: s(13, false, false, false, 'center', '[ND30-PL1-V] mục 3: số, ký hiệu in thường 13, đứng'),
    motto: s(12, true, false, true, 'center', '[ND30-PL1-V] mục 1: Quốc hiệu in hoa 12–13, đứng, đậm (12 keeps it on one line)', [12, 13]),
    mottoSecond: s(13, true, false, false, 'center', '[ND30-PL1-V] mục 1: Tiêu ngữ in thường 13–14, đứng, đậm', [13, 14]),
    placeDate: s(14, false, true, false, 'center', '[ND30-PL1-V] mục 4: in thường 13–14, nghiêng', [13, 14]),
    kind: s(14, true, false, true, 'center', '[ND30-PL1-V] mục 5a: tên loại in hoa 13–14, đứng, đậm', [13, 14]),
    subject: s(14, true, false, false, 'center', '[ND30-PL1-V] mục 5a: trích yếu in thường 13–14, đứng, đậm', [13, 14]),
    body: s(14, false, false, false, 'justify', '[ND30-PL1-V] mục 6: in thường 13–14, đứng', [13, 14]),
    part: s(14, true, false, false, 'center', '[ND30-PL1-V] mục 6a; [ND30-spacing]: "Phần" + số in thường 13–14, đậm, canh giữa', [13, 14]),
    partTitle: s(14, true, false, true, 'center', '[ND30-PL1-V] mục 6a: tiêu đề phần in hoa 13–14, đứng, đậm', [13, 14]),
    roman: s(14, true, false, false, 'justify', '[practice] I., II. in bold (sections of a report, not of a legal text)'),
    arabic: s(14, true, false, false, 'justify', '[practice] 1., 2. in bold'),
    letter: s(14, true, true, false, 'justify', '[practice] a), b) in bold italics'),
    table: s(13, false, false, false, 'left', '[practice] one size under the body in tables'),
    recipientsLabel: s(12, true, true, false, 'left', '[practice] "Nơi nhận:" 12, nghiêng, đậm (Phụ lục I row 9 not read this session)'),
    recipients: s(11, false, false, false, 'left', '[practice] recipients 11 pt (Phụ lục I row 9 not read this session)'),
    signatureAuthority: s(14, true, false, true, 'center', '[practice] TM., KT.: in hoa 13–14, đậm (Phụ lục I row 7 not read this session)'),
    signatureTitle: s(14, true, false, true, 'center', '[practice] chức vụ: in hoa 13–14, đậm'),
    signatureName: s(14, true, false, false, 'center', '[practice] họ tên: in thường 13–14, đậm'),
    pageNumber: s(13, false, false, false, 'center', '[ND30-PL1] mục 7: chữ số Ả Rập, cỡ 13–14, đứng', [13, 14]),
  },
};

export const LAYOUTS: Record<LayoutId, Layout> = { party: PARTY, state: STATE };

/** Overrides a province may set per layout in `.vanban.json`. */
export interface LayoutPatch {
  font?: string;
  margins?: Partial<Layout['page']['margins']>;
  body?: Partial<Pick<Layout['body'], 'firstLineIndent' | 'spacingAfter' | 'lineSpacing'>>;
  styles?: Partial<Record<Element, Partial<Pick<TextStyle, 'size' | 'bold' | 'italics' | 'align'>>>>;
}

export interface ExportConfig {
  /** Layout for drafts whose header names neither kind. */
  defaultLayout?: LayoutId;
  party?: LayoutPatch;
  state?: LayoutPatch;
}

export interface ExportConfigProblem {
  path: string;
  message: Localized;
}

const num = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/** Check `"export"` of `.vanban.json`; what is wrong is named and left out, the rest is kept. */
export function parseExportConfig(raw: unknown): { config: ExportConfig; problems: ExportConfigProblem[] } {
  const problems: ExportConfigProblem[] = [];
  const bad = (path: string, vi: string, en: string) => problems.push({ path: `export${path}`, message: { vi, en } });
  const config: ExportConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    bad('', 'export phải là một đối tượng.', 'export must be an object.');
    return { config, problems };
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!['defaultLayout', 'party', 'state'].includes(k)) bad(`.${k}`, `Khóa không biết: "${k}".`, `Unknown key: "${k}".`);
  if (r.defaultLayout !== undefined) {
    if (r.defaultLayout === 'party' || r.defaultLayout === 'state') config.defaultLayout = r.defaultLayout;
    else bad('.defaultLayout', 'defaultLayout phải là "party" hoặc "state".', 'defaultLayout must be "party" or "state".');
  }
  for (const id of ['party', 'state'] as const) {
    const p = r[id];
    if (p === undefined) continue;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      bad(`.${id}`, `${id} phải là một đối tượng.`, `${id} must be an object.`);
      continue;
    }
    config[id] = parsePatch(p as Record<string, unknown>, `.${id}`, bad);
  }
  return { config, problems };
}

function parsePatch(p: Record<string, unknown>, at: string, bad: (path: string, vi: string, en: string) => void): LayoutPatch {
  const out: LayoutPatch = {};
  for (const k of Object.keys(p)) if (!['font', 'margins', 'body', 'styles'].includes(k)) bad(`${at}.${k}`, `Khóa không biết: "${k}".`, `Unknown key: "${k}".`);
  if (p.font !== undefined) {
    if (typeof p.font === 'string' && p.font.trim()) out.font = p.font.trim();
    else bad(`${at}.font`, 'font phải là tên một phông chữ.', 'font must be a font name.');
  }
  const obj = (v: unknown, path: string): Record<string, unknown> | null => {
    if (v === undefined) return null;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    bad(path, 'phải là một đối tượng.', 'must be an object.');
    return null;
  };
  const m = obj(p.margins, `${at}.margins`);
  if (m) {
    out.margins = {};
    for (const [k, v] of Object.entries(m)) {
      if (!['top', 'bottom', 'left', 'right'].includes(k)) bad(`${at}.margins.${k}`, `Lề không biết: "${k}".`, `Unknown margin: "${k}".`);
      else if (num(v, 0, 80)) out.margins[k as 'top'] = v;
      else bad(`${at}.margins.${k}`, 'Lề tính bằng mm, từ 0 đến 80.', 'Margins are millimetres, 0 to 80.');
    }
  }
  const b = obj(p.body, `${at}.body`);
  if (b) {
    out.body = {};
    const limits: Record<string, [number, number]> = { firstLineIndent: [0, 40], spacingAfter: [0, 48], lineSpacing: [1, 3] };
    for (const [k, v] of Object.entries(b)) {
      const lim = limits[k];
      if (!lim) bad(`${at}.body.${k}`, `Khóa không biết: "${k}".`, `Unknown key: "${k}".`);
      else if (num(v, lim[0], lim[1])) out.body[k as 'lineSpacing'] = v;
      else bad(`${at}.body.${k}`, `Giá trị phải từ ${lim[0]} đến ${lim[1]}.`, `Value must be ${lim[0]} to ${lim[1]}.`);
    }
  }
  const st = obj(p.styles, `${at}.styles`);
  if (st) {
    out.styles = {};
    for (const [el, v] of Object.entries(st)) {
      if (!(ELEMENTS as readonly string[]).includes(el)) {
        bad(`${at}.styles.${el}`, `Thành phần không biết: "${el}".`, `Unknown element: "${el}".`);
        continue;
      }
      const o = obj(v, `${at}.styles.${el}`);
      if (!o) continue;
      const patch: Partial<Pick<TextStyle, 'size' | 'bold' | 'italics' | 'align'>> = {};
      for (const [k, x] of Object.entries(o)) {
        if (k === 'size' && num(x, 6, 40)) patch.size = x;
        else if ((k === 'bold' || k === 'italics') && typeof x === 'boolean') patch[k] = x;
        else if (k === 'align' && (x === 'left' || x === 'center' || x === 'right' || x === 'justify')) patch.align = x;
        else bad(`${at}.styles.${el}.${k}`, `Giá trị không hợp lệ cho "${k}".`, `Bad value for "${k}".`);
      }
      out.styles[el as Element] = patch;
    }
  }
  return out;
}

const HOUSE = '.vanban.json';

/** The layout with a province's overrides applied; an overridden value's source says so. */
export function applyPatch(base: Layout, patch: LayoutPatch | undefined): Layout {
  if (!patch) return base;
  const l: Layout = structuredCloneLayout(base);
  if (patch.font) l.font = { family: patch.font, source: HOUSE };
  if (patch.margins && Object.keys(patch.margins).length) {
    l.page.margins = { ...l.page.margins, ...patch.margins };
    l.page.source = `${l.page.source}; ${HOUSE} (margins)`;
  }
  if (patch.body && Object.keys(patch.body).length) {
    l.body = { ...l.body, ...patch.body, source: `${l.body.source}; ${HOUSE}` };
  }
  for (const [el, p] of Object.entries(patch.styles ?? {}) as [Element, Partial<TextStyle>][])
    l.styles[el] = { ...l.styles[el], ...p, source: HOUSE };
  return l;
}

function structuredCloneLayout(x: Layout): Layout {
  return JSON.parse(JSON.stringify(x)) as Layout;
}
