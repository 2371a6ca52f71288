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
// same lines with emphasis marks, so those are skipped.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import type { DateMention } from './dates';

export interface HeaderField {
  text: string;
  span: Span;
}

export interface ReportHeader {
  issuingBody: HeaderField | null;
  /** "Số 45-BC/BDVTU": the report's own number. */
  number: (HeaderField & { id: string }) | null;
  /** "Hà Tĩnh, ngày 25 tháng 8 năm 2023". */
  placeDate: (HeaderField & { place: string; date: DateMention }) | null;
  /** "BÁO CÁO", "KẾ HOẠCH" … */
  kind: HeaderField | null;
  /** The subject line(s) under the kind. */
  subject: HeaderField | null;
  /** "tổng kết", "sơ kết" when the subject says so. */
  reportType: 'tổng kết' | 'sơ kết' | null;
}

// Lines of the header are looked for in the first part of the document only.
const HEADER_LIMIT = 4000;
const DECOR = String.raw`[ \t*_#>|]{0,8}`;
const NUMBER_LINE = new RegExp(
  String.raw`^${DECOR}(Số\s{0,2}:?\s{0,2}((?:\d{1,5}[A-Za-z]?)\s{0,1}[-/]\s{0,1}[\p{L}\p{N}Đ/\-.]{1,40}))`,
  'mu',
);
const PLACE_DATE = new RegExp(
  String.raw`^${DECOR}((\p{Lu}[\p{L}\p{M}.]{0,20}(?:\s[\p{L}\p{M}.]{1,20}){0,5}),\s{1,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4})`,
  'mu',
);
const KIND_LINE = new RegExp(
  String.raw`^${DECOR}(BÁO\sCÁO|KẾ\sHOẠCH|NGHỊ\sQUYẾT|QUYẾT\sĐỊNH|CHỈ\sTHỊ|KẾT\sLUẬN|HƯỚNG\sDẪN|TỜ\sTRÌNH|THÔNG\sBÁO|CHƯƠNG\sTRÌNH(?:\sHÀNH\sĐỘNG)?|ĐỀ\sÁN|QUY\sĐỊNH|QUY\sCHẾ)[ \t*_]{0,8}$`,
  'mu',
);
const SKIP_BODY = /^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|\*|-+)$/u;
const CAPS_LINE = /^[\p{Lu}\p{M}\d ,.\-]{4,120}$/u;

function stripDecor(line: string): string {
  return line.replace(/^[\s*_#>|]+|[\s*_|]+$/gu, '');
}

export function emptyHeader(): ReportHeader {
  return { issuingBody: null, number: null, placeDate: null, kind: null, subject: null, reportType: null };
}

export function extractHeader(nt: NormalizedText, dates: DateMention[]): ReportHeader {
  const h = emptyHeader();
  const head = nt.text.slice(0, HEADER_LIMIT);
  const o = (s: number, e: number): Span => ({ start: nt.toOriginal(s), end: nt.toOriginal(e) });

  const num = NUMBER_LINE.exec(head);
  if (num) {
    const s = num.index + num[0].length - num[1]!.length;
    const idStart = num.index + num[0].length - num[2]!.length;
    h.number = { text: num[1]!, span: o(idStart, idStart + num[2]!.length), id: num[2]!.replace(/\s+/g, '') };
  }

  const pd = PLACE_DATE.exec(head);
  if (pd) {
    const s = pd.index + pd[0].length - pd[1]!.length;
    const e = s + pd[1]!.length;
    const date = dates.find((d) => d.form === 'long' && d.span.start >= nt.toOriginal(s) && d.span.end <= nt.toOriginal(e));
    if (date) h.placeDate = { text: pd[1]!, span: o(s, e), place: pd[2]!, date };
  }

  const kind = KIND_LINE.exec(head);
  if (kind) {
    const s = kind.index + kind[0].indexOf(kind[1]!);
    h.kind = { text: kind[1]!, span: o(s, s + kind[1]!.length) };
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
      if (/^[\s*\-_]+$/u.test(raw) || /^\(?Kèm theo/iu.test(text)) break;
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
  const stop = h.number ? nt.text.indexOf(h.number.text) : kind ? kind.index : -1;
  if (stop > 0) {
    const lines = head.slice(0, stop).split('\n');
    let offset = 0;
    const body: { text: string; start: number; end: number }[] = [];
    for (const raw of lines) {
      // Two columns on one line (body left, motto right) are split on runs of spaces.
      for (const col of raw.split(/\s{3,}|\t/u)) {
        const text = stripDecor(col);
        if (text && CAPS_LINE.test(text) && !SKIP_BODY.test(text)) {
          const at = offset + raw.indexOf(text);
          body.push({ text, start: at, end: at + text.length });
        }
      }
      offset += raw.length + 1;
    }
    if (body.length) h.issuingBody = { text: body.map((b) => b.text).join(' '), span: o(body[0]!.start, body[body.length - 1]!.end) };
  }
  return h;
}
