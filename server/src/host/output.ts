// Shared by the CLI and the server: positions from offsets, today's date from the clock, and
// the finding formats of the CLI contract (text, json, sarif).

import type { Finding, Locale, Severity } from '../core/index';

import { lastAtOrBefore, LineMap, type Position } from '../core/text/lines';

export { LineMap, type Position };

/** Today in local time as YYYY-MM-DD: the only place the product reads the clock. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export interface FileDiagnostics {
  file: string;
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  range: { start: Position; end: Position };
  severity: Severity;
  code: string;
  message: string;
  source: 'vanban';
  /**
   * For a .docx: the 1-based paragraph (as Word counts them, empty ones included) and a short
   * quote around the finding. The range's lines are those of the text vanban extracted, which
   * the writer never sees.
   */
  paragraph?: number;
  quote?: string;
  /** Other places of the same finding (the same mistake repeated), as LSP relatedInformation. */
  related?: { range: { start: Position; end: Position }; message: string; repeat?: true; paragraph?: number }[];
}

export function toJsonDiagnostics(text: string, findings: Finding[], locale: Locale, opts: { paragraphs?: boolean } = {}): JsonDiagnostic[] {
  const lm = new LineMap(text);
  const paragraphs = opts.paragraphs ? new ParagraphMap(text) : null;
  return findings.map((f) => ({
    range: { start: lm.position(f.span.start), end: lm.position(f.span.end) },
    severity: f.severity,
    code: f.code,
    message: f.message[locale],
    source: 'vanban',
    ...(paragraphs ? { paragraph: paragraphs.paragraph(f.span.start), quote: paragraphs.quote(f.span.start, f.span.end) } : {}),
    ...(f.related?.length
      ? {
          related: f.related.map((r) => ({
            range: { start: lm.position(r.span.start), end: lm.position(r.span.end) },
            message: r.message[locale],
            ...(r.repeat ? { repeat: true as const } : {}),
            ...(paragraphs ? { paragraph: paragraphs.paragraph(r.span.start) } : {}),
          })),
        }
      : {}),
  }));
}

/**
 * Paragraphs of a text extracted from a .docx (mammoth ends each paragraph with a blank line):
 * offset → paragraph number, and a quote of at most ~70 characters around a span, cut at spaces.
 */
export class ParagraphMap {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) this.starts.push(i + 2);
  }
  private index(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
  paragraph(offset: number): number {
    return this.index(offset) + 1;
  }
  quote(start: number, end: number): string {
    const i = this.index(start);
    const pStart = this.starts[i]!;
    const pEnd = i + 1 < this.starts.length ? this.starts[i + 1]! - 2 : this.text.length;
    const span = this.text.slice(start, Math.min(end, pEnd));
    const room = Math.max(0, Math.floor((70 - span.length) / 2));
    let from = Math.max(pStart, start - room);
    let to = Math.min(pEnd, end + room);
    if (from > pStart) from = Math.min(start, this.text.indexOf(' ', from) + 1 || start);
    if (to < pEnd) to = Math.max(end, this.text.lastIndexOf(' ', to));
    return `${from > pStart ? '…' : ''}${this.text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < pEnd ? '…' : ''}`;
  }
}

const ALSO_AT: Record<Locale, (lines: string) => string> = {
  vi: (lines) => ` (cũng ở dòng ${lines})`,
  en: (lines) => ` (also at lines ${lines})`,
};
const ALSO_IN_PARAGRAPHS: Record<Locale, (paragraphs: string) => string> = {
  vi: (ps) => ` (cũng ở đoạn ${ps})`,
  en: (ps) => ` (also in paragraphs ${ps})`,
};

/** One line a finding; a finding repeated elsewhere names the other lines (paragraphs in a .docx). */
export function formatText(results: FileDiagnostics[], locale: Locale = 'vi'): string {
  const lines: string[] = [];
  for (const r of results)
    for (const d of r.diagnostics) {
      // Other places of the same mistake; places a message cites (citation-inconsistent) it names itself.
      const repeats = d.related?.filter((x) => x.repeat) ?? [];
      if (d.paragraph !== undefined) {
        const also = repeats.length ? ALSO_IN_PARAGRAPHS[locale]([...new Set(repeats.map((x) => x.paragraph))].join(', ')) : '';
        lines.push(`${r.file}:¶${d.paragraph}: ${d.severity} ${d.code}: ${d.message}${also} — "${d.quote}"`);
        continue;
      }
      const also = repeats.length ? ALSO_AT[locale]([...new Set(repeats.map((x) => x.range.start.line + 1))].join(', ')) : '';
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}${also}`);
    }
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(
  results: FileDiagnostics[],
  rules: { code: string; description: { vi: string; en: string } }[],
  version: string,
): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vanban',
            version,
            informationUri: 'https://example.invalid/vanban',
            rules: rules.map((r) => ({
              id: r.code,
              name: r.code,
              shortDescription: { text: r.description.vi },
              fullDescription: { text: `${r.description.vi} / ${r.description.en}` },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            level: SARIF_LEVEL[d.severity],
            message: { text: d.paragraph !== undefined ? `${d.message} (đoạn / paragraph ${d.paragraph}: "${d.quote}")` : d.message },
            // A .docx has no lines a viewer could show: the quote stands for the place.
            locations: [{ physicalLocation: d.paragraph !== undefined ? { artifactLocation: { uri: r.file.split('\\').join('/') }, region: { snippet: { text: d.quote } } } : sarifLocation(r.file, d.range) }],
            ...(d.related?.length
              ? { relatedLocations: d.related.map((x, id) => ({ id, physicalLocation: sarifLocation(r.file, x.range), message: { text: x.message } })) }
              : {}),
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

function sarifLocation(file: string, range: { start: Position; end: Position }) {
  return {
    artifactLocation: { uri: file.split('\\').join('/') },
    // SARIF regions are 1-based; columns count UTF-16 units (columnKind below).
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}
