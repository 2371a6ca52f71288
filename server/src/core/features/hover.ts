// Hover: what the corpus knows about the thing under the cursor, in Markdown, both languages.
// A date shows its weekday; a term (khóa) its span; a citation the record — issuer, term,
// subject, status at the report's date, sources, how the user's documents cite it — or that the
// corpus does not know it. The most specific thing wins: a date inside a citation shows the date.

import type { Analysis } from '../analyze';
import { idMatchKey, type CorpusIndex } from '../corpus/corpus-index';
import type { TermRecord } from '../corpus/types';
import type { Citation } from '../extract/citations';
import type { DateMention } from '../extract/dates';
import type { TermMention } from '../extract/terms';
import { weekdayName } from '../text/calendar';
import type { Localized, Span } from '../types';
import { both, confidenceLine, corpusLine, directiveCard, evidenceLine, md, shortDate, sourcesLine, termSpan } from './describe';

export interface HoverInfo {
  span: Span;
  /** Markdown. */
  contents: Localized;
}

const inside = (s: Span, offset: number) => offset >= s.start && offset < s.end;

export function hoverAt(a: Analysis, offset: number, corpus: CorpusIndex): HoverInfo | null {
  const r = a.reading;
  const date = r.dates.find((d) => inside(d.span, offset));
  if (date) return { span: date.span, contents: dateHover(date, a) };
  const term = r.terms.find((t) => inside(t.span, offset));
  if (term) return { span: term.span, contents: termHover(term, corpus) };
  const i = r.citations.findIndex((c) => inside(c.fullSpan, offset));
  if (i >= 0) {
    const c = r.citations[i]!;
    return { span: c.fullSpan, contents: citationHover(c, a.resolutions[i] ?? null, a, corpus) };
  }
  return null;
}

function dateHover(d: DateMention, a: Analysis): Localized {
  const isReportDate = a.reading.header.placeDate?.date.span.start === d.span.start;
  const tag = isReportDate ? both(' — ngày của báo cáo', " — the report's date") : both('', '');
  if (d.problem) return both(`Ngày ${d.day}/${d.month}${d.year ? `/${d.year}` : ''} không có trong lịch.`, `${d.day}/${d.month}${d.year ? `/${d.year}` : ''} is not a calendar date.`);
  if (d.year !== null) {
    const s = `${d.day}/${d.month}/${d.year}`;
    return both(`**${weekdayName(d.year, d.month, d.day, 'vi')}**, ${s}${tag.vi}`, `**${weekdayName(d.year, d.month, d.day, 'en')}**, ${s}${tag.en}`);
  }
  // No year written: the report's year is the likely one, and the hover says it is assumed.
  const y = +a.reportDate.slice(0, 4);
  const s = `${d.day}/${d.month}`;
  return both(
    `${s} — không ghi năm; nếu là năm ${y} (năm của báo cáo): **${weekdayName(y, d.month, d.day, 'vi')}**`,
    `${s} — no year written; if ${y} (the report's year): **${weekdayName(y, d.month, d.day, 'en')}**`,
  );
}

function termRecordLines(t: TermRecord, name: Localized): Localized {
  const vi = [`**${name.vi} khóa ${t.term}**: ${termSpan(t)}`];
  const en = [`**${name.en}, term (khóa) ${t.term}**: ${termSpan(t)}`];
  if (t.congress?.start) {
    const c = `${shortDate(t.congress.start)}${t.congress.end ? ` – ${shortDate(t.congress.end)}` : ''}`;
    vi.push('', t.body === 'party-central' ? `Đại hội: ${c}` : `Bầu cử: ${c}`);
    en.push('', t.body === 'party-central' ? `Congress: ${c}` : `Election: ${c}`);
  }
  const conf = confidenceLine(t.confidence);
  if (conf) {
    vi.push('', `⚠ Độ tin cậy: ${conf.vi}`);
    en.push('', `⚠ Confidence: ${conf.en}`);
  }
  if (t.note) {
    vi.push('', md(t.note));
    en.push('', md(t.note));
  }
  vi.push('', `Nguồn: ${sourcesLine(t.sources)}`);
  en.push('', `Sources: ${sourcesLine(t.sources)}`);
  return { vi: vi.join('\n'), en: en.join('\n') };
}

function termHover(t: TermMention, corpus: CorpusIndex): Localized {
  if (t.scope === 'local')
    return both(
      `Khóa ${t.roman} của ${md(t.body ?? 'cấp địa phương')}: khóa địa phương được đánh số riêng, không đối chiếu với khóa của Trung ương.`,
      `Term ${t.roman} of ${md(t.body ?? 'a local body')}: local terms are numbered separately and are not compared with the Central Committee's.`,
    );
  if (t.scope === 'national-assembly') {
    const rec = corpus.terms.find((x) => x.record.body === 'national-assembly' && x.record.term === t.roman);
    return rec ? termRecordLines(rec.record, both('Quốc hội', 'National Assembly')) : both(`Kho chưa có Quốc hội khóa ${t.roman}.`, `The corpus does not know National Assembly term ${t.roman}.`);
  }
  const rec = corpus.centralTerm(t.roman);
  if (!rec) return both(`Kho chưa có khóa ${t.roman} của Ban Chấp hành Trung ương.`, `The corpus does not know Central Committee term ${t.roman}.`);
  const lines = termRecordLines(rec.record, both('Ban Chấp hành Trung ương Đảng', 'Party Central Committee'));
  if (t.scope === 'unknown')
    return both(`${lines.vi}\n\n_Không rõ khóa này của cơ quan nào; trên đây là khóa của Trung ương._`, `${lines.en}\n\n_Whose term this is is not clear; shown is the Central Committee's._`);
  return lines;
}

function written(c: Citation): string {
  if (c.id) return `${c.kind ? `${c.kind} số ` : ''}${c.id}`;
  if (c.style === 'number-only') return `${c.kind ?? ''} ${c.number ?? ''}`.trim();
  if (c.named?.kind === 'plenum') return `Nghị quyết Hội nghị Trung ương ${c.named.plenum ?? '?'}${c.named.term ? ` khóa ${c.named.term}` : ''}`;
  if (c.named?.kind === 'congress') return `Nghị quyết Đại hội ${c.named.term ?? ''}`.trim();
  if (c.named?.kind === 'law') return `${c.kind ?? ''}${c.name ? ` ${c.name.text}` : ''}${c.named.year ? ` năm ${c.named.year}` : ''}`.trim();
  return c.kind ?? '';
}

function citationHover(c: Citation, res: Analysis['resolutions'][number], a: Analysis, corpus: CorpusIndex): Localized {
  if (!res) {
    const name = md(written(c));
    const vi = [`**${name}**`, ''];
    const en = [`**${name}**`, ''];
    if (c.style === 'number-only') {
      vi.push('Kho văn bản chưa xác định được văn bản này: trích dẫn không có ký hiệu, và kho không có văn bản nào cùng loại, cùng số phù hợp.');
      en.push('The corpus cannot tell which document this is: the citation has no symbol and no document of this kind and number fits.');
    } else {
      vi.push('Kho văn bản chưa có văn bản này. vanban không kiểm tra được ngày, cơ quan ban hành và khóa của nó.');
      en.push('The corpus does not know this document; vanban cannot check its date, issuer or term.');
    }
    const ev = c.id ? evidenceLine(corpus.evidence.get(idMatchKey(c.id))) : null;
    if (ev) {
      vi.push('', `Trong tài liệu của bạn: ${ev.vi}`);
      en.push('', `In your documents: ${ev.en}`);
    }
    const cl = corpusLine(corpus, a.reportDate);
    vi.push('', cl.vi);
    en.push('', cl.en);
    return { vi: vi.join('\n'), en: en.join('\n') };
  }
  const card = directiveCard(res.entry, corpus, a.reportDate, { corpusLine: false });
  const vi = [card.vi];
  const en = [card.en];
  if (res.mismatch) {
    const m = res.mismatch;
    const field = m.field === 'year' ? both('năm', 'year') : both('tên', 'name');
    vi.push('', `⚠ Trích dẫn ghi ${field.vi} "${md(m.written)}", kho ghi "${md(m.recorded)}".`);
    en.push('', `⚠ The citation writes the ${field.en} "${md(m.written)}"; the corpus has "${md(m.recorded)}".`);
  }
  if (res.certainty === 'probable') {
    const others = res.candidates.filter((x) => x !== res.entry);
    if (others.length) {
      const list = others
        .slice(0, 4)
        .map((x) => `${md(x.record.id)}${x.record.date ? ` (${shortDate(x.record.date)})` : ''}${x.record.organisation ? `, ${md(x.record.organisation)}` : ''}`)
        .join('; ');
      vi.push('', `_Có ${res.candidates.length} văn bản cùng số hiệu; đây là văn bản khớp nhất với ngày và địa phương của báo cáo. Các văn bản khác: ${list}._`);
      en.push('', `_${res.candidates.length} documents share this number; this one fits the report's date and province best. Others: ${list}._`);
    } else {
      vi.push('', '_Khớp gần đúng: trích dẫn không nêu đủ để chắc chắn (ví dụ: văn bản địa phương mà báo cáo không nêu tỉnh)._');
      en.push('', "_A probable match: the citation does not say enough to be sure (e.g. a local document and the report names no province)._");
    }
  }
  const cl = corpusLine(corpus, a.reportDate);
  vi.push('', cl.vi);
  en.push('', cl.en);
  return { vi: vi.join('\n'), en: en.join('\n') };
}
