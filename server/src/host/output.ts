// Shared by the CLI and the server: positions from offsets, today's date from the clock, and
// the finding formats of the CLI contract (text, json, sarif).

import type { Finding, Locale, Severity } from '../core/index';

export interface Position {
  line: number;
  character: number;
}

/** Offsets → 0-based line and UTF-16 character, as LSP counts them. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }
}

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
  /** Other places of the same finding (the same mistake repeated), as LSP relatedInformation. */
  related?: { range: { start: Position; end: Position }; message: string; repeat?: true }[];
}

export function toJsonDiagnostics(text: string, findings: Finding[], locale: Locale): JsonDiagnostic[] {
  const lm = new LineMap(text);
  return findings.map((f) => ({
    range: { start: lm.position(f.span.start), end: lm.position(f.span.end) },
    severity: f.severity,
    code: f.code,
    message: f.message[locale],
    source: 'vanban',
    ...(f.related?.length
      ? {
          related: f.related.map((r) => ({
            range: { start: lm.position(r.span.start), end: lm.position(r.span.end) },
            message: r.message[locale],
            ...(r.repeat ? { repeat: true as const } : {}),
          })),
        }
      : {}),
  }));
}

const ALSO_AT: Record<Locale, (lines: string) => string> = {
  vi: (lines) => ` (cũng ở dòng ${lines})`,
  en: (lines) => ` (also at lines ${lines})`,
};

/** One line a finding; a finding repeated elsewhere names the other lines. */
export function formatText(results: FileDiagnostics[], locale: Locale = 'vi'): string {
  const lines: string[] = [];
  for (const r of results)
    for (const d of r.diagnostics) {
      // Other places of the same mistake; places a message cites (citation-inconsistent) it names itself.
      const repeats = d.related?.filter((x) => x.repeat) ?? [];
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
            message: { text: d.message },
            locations: [{ physicalLocation: sarifLocation(r.file, d.range) }],
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
