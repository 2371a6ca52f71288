// The `vanban` command: a thin adapter over the core for batches and CI.
//
//   vanban check FILE... [--format text|json|sarif] [--corpus DIR]... [--today YYYY-MM-DD]
//                        [--config FILE] [--cache DIR] [--locale vi|en]
//   vanban citations FILE... [--format json|text]
//   vanban corpus build DIR... -o index.json | corpus stats [--corpus DIR]... | corpus validate FILE...
//   vanban --version | --help
//
// Exit status: 0 no finding is an error; 1 some finding is an error; 2 usage error, unreadable
// file or bad corpus/config (the message names it; other files are still checked).

import '../host/startup';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyze,
  resolveOptions,
  RULES,
  RULE_CODES,
  type Citation,
  type CorpusIndex,
  type Locale,
  type ResolvedOptions,
} from '../core/index';
import { CONFIG_FILE, readProjectConfig } from '../host/config';
import { bundledCorpusDir, loadCorpus, parseRecordFile, readDocumentText, type LoadProblem } from '../host/corpus-loader';
import { PREBUILT_FILE } from '../host/prebuilt';
import { NEW_USAGE, newReportCommand } from './new-report';
import { checkInWorkers, defaultJobs, isCliWorker, learnInWorkers, MIN_FILES_FOR_WORKERS, runCliWorker } from './workers';
import { formatSarif, formatText, LineMap, todayIso, toJsonDiagnostics, type FileDiagnostics } from '../host/output';

declare const VANBAN_VERSION: string;
const VERSION = typeof VANBAN_VERSION === 'string' ? VANBAN_VERSION : '0.0.0-dev';

const HELP = `vanban ${VERSION} — kiểm tra trích dẫn, ngày tháng, khóa trong báo cáo / checks Vietnamese reports

Cách dùng / Usage:
  vanban check FILE... [--format text|json|sarif] [--corpus DIR]... [--today YYYY-MM-DD]
                       [--report-date YYYY-MM-DD] [--config FILE] [--cache DIR] [--locale vi|en]
                       [--jobs N]
  vanban citations FILE... [--format json|text] [--corpus DIR]...
  vanban corpus build DIR... -o FILE [--jobs N]   học kho văn bản, ghi chỉ mục / index a corpus
  vanban corpus stats [--corpus DIR]...   thống kê kho / corpus statistics
  vanban corpus validate FILE...          kiểm tra tệp bản ghi JSON / validate record files
  vanban new --kind tong-ket|so-ket|bao-cao-nam|chuyen-de --directive ID --date YYYY-MM-DD
             [--issuer …] [--superior …] [--place …] [--years N] [-o FILE]   báo cáo mới / a new report
  vanban --version

--today: ngày hôm nay (mặc định: đồng hồ máy) / today's date (default: the clock).
--report-date: ngày của báo cáo chưa có dòng ngày tháng / the date of a draft without a date line.
--jobs N: số luồng khi kiểm tra nhiều tệp (mặc định: số lõi) / threads for many files (default: the core count).
Cấu hình / config: .vanban.json trong thư mục hiện tại, hoặc --config FILE.

Mã thoát / Exit status: 0 không có lỗi (no error), 1 có lỗi (an error finding),
2 sai cú pháp lệnh hoặc không đọc được tệp (usage error or unreadable file).`;

class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`vanban: ${e.message}\n(vanban --help để xem cách dùng / for usage)`);
      return 2;
    }
    io.err(`vanban: lỗi nội bộ / internal error: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        corpus: { type: 'string', multiple: true },
        today: { type: 'string' },
        config: { type: 'string' },
        'report-date': { type: 'string' },
        cache: { type: 'string' },
        locale: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        output: { type: 'string', short: 'o' },
        kind: { type: 'string' },
        directive: { type: 'string' },
        date: { type: 'string' },
        issuer: { type: 'string' },
        superior: { type: 'string' },
        place: { type: 'string' },
        years: { type: 'string' },
        layout: { type: 'string' },
        field: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
  const corpusDir = bundledCorpusDir(__dirname);
  if (values.version) {
    const meta = await readMeta(corpusDir);
    io.out(`vanban ${VERSION}\ncorpus ${meta.version} (as of ${meta.asOf})`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(HELP);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`--today phải có dạng YYYY-MM-DD / --today must be YYYY-MM-DD: "${values.today}"`);
  if (values.locale !== undefined && values.locale !== 'vi' && values.locale !== 'en')
    throw new UsageError(`--locale phải là vi hoặc en / --locale must be vi or en`);

  switch (command) {
    case 'check':
      return check(rest, values, io, corpusDir);
    case 'citations':
      return citations(rest, values, io, corpusDir);
    case 'corpus':
      return corpus(rest, values, io, corpusDir);
    case 'new':
      return newReportCli(values, io, corpusDir);
    default:
      throw new UsageError(`lệnh không biết / unknown command: "${command}"`);
  }
}

async function readMeta(corpusDir: string): Promise<{ version: string; asOf: string }> {
  try {
    return JSON.parse(await fs.readFile(path.join(corpusDir, 'meta.json'), 'utf8'));
  } catch {
    return { version: 'unknown', asOf: 'unknown' };
  }
}

type Values = ReturnType<typeof parse>['values'];

function printProblems(io: Io, problems: LoadProblem[]): void {
  for (const p of problems) io.err(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
}

async function loadOptions(values: Values, io: Io): Promise<{ options: ResolvedOptions; bad: boolean; corpusDirs: string[] }> {
  const cfg = values.config ? await readProjectConfig(values.config, false) : await readProjectConfig(CONFIG_FILE, true);
  let bad = false;
  if (cfg) for (const p of cfg.problems) {
    io.err(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    bad = true;
  }
  const raw: Record<string, unknown> = { ...(cfg?.raw ?? {}) };
  if (values['report-date'] !== undefined) raw.reportDate = values['report-date'];
  const { options, problems } = resolveOptions(raw, RULE_CODES);
  for (const p of problems) {
    io.err(`${cfg?.file ?? '--report-date'}: ${p.path ? p.path + ': ' : ''}${p.message.vi} / ${p.message.en}`);
    bad = true;
  }
  if (values.locale) options.locale = values.locale as Locale;
  return { options, bad, corpusDirs: [...(values.corpus ?? []), ...(cfg?.corpusDirs ?? [])] };
}

async function loadIndex(corpusDir: string, dirs: string[], values: Values, io: Io): Promise<{ index: CorpusIndex; bad: boolean }> {
  const r = await loadCorpus({ bundledDir: corpusDir, userDirs: dirs, cacheDir: values.cache, prebuilt: path.join(__dirname, PREBUILT_FILE) });
  printProblems(io, r.problems);
  return { index: r.index, bad: r.problems.length > 0 };
}

/** Load config and corpus once, then read and analyse each file; unreadable files are named. */
async function analyzeFiles(files: string[], values: Values, io: Io, corpusDir: string) {
  const { options, bad: badConfig, corpusDirs } = await loadOptions(values, io);
  const { index, bad: badCorpus } = await loadIndex(corpusDir, corpusDirs, values, io);
  const today = values.today ?? todayIso();
  const analysed: { file: string; text: string; analysis: ReturnType<typeof analyze> }[] = [];
  let unreadable = false;
  for (const file of files) {
    const r = await readDocumentText(file);
    if ('error' in r) {
      io.err(`${file}: ${r.error}`);
      unreadable = true;
      continue;
    }
    analysed.push({ file, text: r.text, analysis: analyze(r.text, index, options, today) });
  }
  return { options, analysed, unreadable, bad: unreadable || badConfig || badCorpus };
}

async function check(files: string[], values: Values, io: Io, corpusDir: string): Promise<number> {
  if (files.length === 0) throw new UsageError('thiếu tệp cần kiểm tra / no file to check');
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format phải là text, json hoặc sarif / --format must be text, json or sarif`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs phải là số nguyên dương / --jobs must be a positive integer: "${values.jobs}"`);
  const results: FileDiagnostics[] = [];
  let anyError = false;
  let run: { bad: boolean; options: ResolvedOptions };
  if (jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS) {
    // Many files: worker threads, same output in the same order (workers.ts).
    const { options, bad: badConfig, corpusDirs } = await loadOptions(values, io);
    const { index, bad: badCorpus } = await loadIndex(corpusDir, corpusDirs, values, io);
    let unreadable = false;
    for (const r of await checkInWorkers(files, jobs, index, options, values.today ?? todayIso())) {
      if (r.error !== undefined) {
        io.err(`${r.file}: ${r.error}`);
        unreadable = true;
        continue;
      }
      if (r.anyError) anyError = true;
      results.push({ file: r.file, diagnostics: r.diagnostics! });
    }
    run = { bad: unreadable || badConfig || badCorpus, options };
  } else {
    const seq = await analyzeFiles(files, values, io, corpusDir);
    for (const { file, text, analysis: a } of seq.analysed) {
      if (a.findings.some((f) => f.severity === 'error')) anyError = true;
      results.push({ file, diagnostics: toJsonDiagnostics(text, a.findings, seq.options.locale) });
    }
    run = seq;
  }
  if (format === 'json') io.out(JSON.stringify(results, null, 2));
  else if (format === 'sarif') io.out(formatSarif(results, RULES.map((r) => ({ code: r.code, description: r.description })), VERSION));
  else {
    const text = formatText(results, run.options.locale);
    if (text) io.out(text);
  }
  if (run.bad) return 2;
  return anyError ? 1 : 0;
}

async function citations(files: string[], values: Values, io: Io, corpusDir: string): Promise<number> {
  if (files.length === 0) throw new UsageError('thiếu tệp / no file given');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError('--format phải là json hoặc text / --format must be json or text');
  const run = await analyzeFiles(files, values, io, corpusDir);
  const out: unknown[] = [];
  for (const { file, text, analysis: a } of run.analysed) {
    const lm = new LineMap(text);
    const range = (s: { start: number; end: number }) => ({ start: lm.position(s.start), end: lm.position(s.end) });
    const h = a.reading.header;
    const cits = a.reading.citations.map((c: Citation, i) => ({
      range: range(c.span),
      fullRange: range(c.fullSpan),
      text: text.slice(c.fullSpan.start, c.fullSpan.end),
      style: c.style,
      kind: c.kind,
      number: c.number,
      symbol: c.symbol,
      id: c.id,
      idAsWritten: c.idText,
      date: c.date?.iso ?? null,
      issuer: c.issuer?.name ?? null,
      term: c.term?.roman ?? c.named?.term ?? null,
      subject: c.subject?.text ?? null,
      named: c.named,
      resolved: a.resolutions[i]?.entry.key ?? null,
    }));
    out.push({
      file,
      reportDate: a.reportDate,
      reportDateSource: a.reportDateSource,
      header: {
        issuingBody: h.issuingBody?.text ?? null,
        number: h.number?.id ?? null,
        place: h.placeDate?.place ?? null,
        date: h.placeDate?.date.iso ?? null,
        kind: h.kind?.text ?? null,
        subject: h.subject?.text ?? null,
      },
      citations: cits,
    });
    if (format === 'text')
      for (const c of cits) io.out(`${file}:${c.range.start.line + 1}:${c.range.start.character + 1}: ${c.id ?? `${c.kind} ${c.number ?? ''}`.trim()}${c.date ? ` ${c.date}` : ''}${c.resolved ? ` → ${c.resolved}` : ''}`);
  }
  if (format === 'json') io.out(JSON.stringify(out, null, 2));
  return run.unreadable ? 2 : 0;
}

async function newReportCli(values: Values, io: Io, corpusDir: string): Promise<number> {
  const { options } = await loadOptions(values, io);
  const { index } = await loadIndex(corpusDir, [], values, io);
  try {
    return await newReportCommand(values, index, values.today ?? todayIso(), options.locale, io);
  } catch (e) {
    if (typeof e === 'string') throw new UsageError(`${e}\n${NEW_USAGE}`);
    throw e;
  }
}

async function corpus(args: string[], values: Values, io: Io, corpusDir: string): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'validate') {
    if (rest.length === 0) throw new UsageError('thiếu tệp / no file given');
    let bad = false;
    for (const f of rest) {
      let text: string;
      try {
        text = await fs.readFile(f, 'utf8');
      } catch (e) {
        io.err(`${f}: không đọc được / unreadable: ${(e as NodeJS.ErrnoException).code}`);
        bad = true;
        continue;
      }
      const r = await parseRecordFile(f, text, corpusDir, 'user-record');
      printProblems(io, r.problems);
      if (r.problems.length) bad = true;
      else io.out(`${f}: ${r.entries.length} bản ghi hợp lệ / valid records`);
    }
    return bad ? 2 : 0;
  }
  if (sub === 'stats' || sub === 'build') {
    const dirs = sub === 'build' ? rest : [...(values.corpus ?? []), ...rest];
    if (sub === 'build' && (dirs.length === 0 || !values.output)) throw new UsageError('cách dùng / usage: vanban corpus build DIR... -o FILE');
    const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs phải là số nguyên dương / --jobs must be a positive integer: "${values.jobs}"`);
    const r = await loadCorpus({ bundledDir: corpusDir, userDirs: dirs, cacheDir: values.cache, prebuilt: path.join(__dirname, PREBUILT_FILE), learnMany: learnInWorkers(jobs) });
    printProblems(io, r.problems);
    const idx = r.index;
    const stats = {
      corpus: idx.meta,
      records: {
        directives: idx.directives.length,
        terms: idx.terms.length,
        titles: idx.titles.length,
        organisations: idx.organisations.length,
        officials: idx.officials.length,
        abbreviations: idx.abbreviations.length,
        kinds: idx.kinds.length,
      },
      user: r.stats,
      citedIds: idx.evidence.size,
      conflicts: idx.directives.filter((d) => d.conflicts.length).length,
    };
    if (sub === 'build') {
      const payload = {
        meta: idx.meta,
        directives: idx.directives.map((d) => ({ key: d.key, origin: d.origin, record: d.record, conflicts: d.conflicts })),
        evidence: Object.fromEntries(idx.evidence),
      };
      await fs.writeFile(values.output!, JSON.stringify(payload));
      io.out(`${values.output}: ${payload.directives.length} văn bản / documents, ${idx.evidence.size} số hiệu được trích dẫn / cited ids`);
    } else io.out(JSON.stringify(stats, null, 2));
    return r.problems.length ? 2 : 0;
  }
  throw new UsageError(`lệnh corpus không biết / unknown corpus command: "${sub ?? ''}"`);
}

if (isCliWorker()) runCliWorker();
else if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
