// `vanban new`: a new report from a directive, printed to stdout or written to the file -o names
// (never over an existing file). The same composer as the editor's "vanban: Báo cáo mới".

import { promises as fs } from 'node:fs';
import { newReport, REPORT_KINDS, type CorpusIndex, type Locale, type ReportKind } from '../core/index';

export interface NewReportArgs {
  kind?: string;
  directive?: string;
  date?: string;
  issuer?: string;
  superior?: string;
  place?: string;
  years?: string;
  layout?: string;
  field?: string;
  output?: string;
}

export const NEW_USAGE = `vanban new --kind tong-ket|so-ket|bao-cao-nam|chuyen-de [--directive ID] [--date YYYY-MM-DD]
           [--issuer "BAN DÂN VẬN TỈNH ỦY"] [--superior "ĐẢNG BỘ TỈNH …"] [--place "Hà Tĩnh"]
           [--years N] [--layout party|state] [--field "công tác dân vận"] [-o FILE]`;

/** Returns the exit status; throws a message (string) for a usage error. */
export async function newReportCommand(a: NewReportArgs, index: CorpusIndex, today: string, locale: Locale, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const kind = REPORT_KINDS.find((k) => k.kind === a.kind);
  if (!kind) throw `--kind phải là một trong / must be one of: ${REPORT_KINDS.map((k) => k.kind).join(', ')}`;
  if (a.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) throw `--date phải có dạng YYYY-MM-DD / --date must be YYYY-MM-DD: "${a.date}"`;
  const years = a.years === undefined ? null : Number(a.years);
  if (years !== null && !(Number.isInteger(years) && years > 0 && years < 100)) throw `--years phải là số năm (1–99) / --years must be a whole number of years: "${a.years}"`;
  if (a.layout !== undefined && a.layout !== 'party' && a.layout !== 'state') throw `--layout phải là party hoặc state / --layout must be party or state`;
  if (kind.needsDirective && !a.directive) throw `--kind ${kind.kind} cần --directive (số hiệu văn bản) / needs --directive`;
  const r = newReport(
    {
      kind: kind.kind as ReportKind,
      directive: a.directive ?? null,
      date: a.date ?? today,
      issuer: a.issuer ?? '…',
      superior: a.superior ?? null,
      place: a.place ?? null,
      years,
      system: a.layout === 'state' ? 'state' : 'party',
      field: a.field ?? null,
    },
    index,
  );
  for (const n of r.notes) io.err(`vanban: ${n[locale]}`);
  if (a.output) {
    try {
      await fs.writeFile(a.output, r.text, { flag: 'wx' });
    } catch (e) {
      io.err(`${a.output}: không ghi được / cannot write: ${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'tệp đã có / the file exists' : (e as Error).message}`);
      return 2;
    }
    io.out(`${a.output}`);
  } else io.out(r.text);
  return 0;
}
