// The `vanban` command: a thin adapter over the core for batches and CI.
//
//   vanban check FILE|DIR|-... [--format text|json|sarif] [--corpus DIR]... [--today YYYY-MM-DD]
//                        [--config FILE] [--cache DIR] [--locale vi|en]
//   vanban convert FILE [-o OUT] [--from tcvn3|vni|windows-1258|utf-16le|utf-16be]
//   vanban citations FILE... [--format json|text]
//   vanban corpus build DIR... -o index.json | corpus stats [--corpus DIR]... | corpus validate FILE...
//   vanban export DRAFT.md [-o OUT.docx] [--layout party|state]
//   vanban --version | --help
//
// Exit status: 0 no finding is an error; 1 some finding is an error; 2 usage error, unreadable
// file or bad corpus/config (the message names it; other files are still checked).

import { compileForShortRun, SHORT_RUN_BYTES } from '../host/startup';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyze,
  PART_NAMES,
  resolveOptions,
  RULES,
  RULE_CODES,
  type Citation,
  type CorpusIndex,
  type Locale,
  type ResolvedOptions,
} from '../core/index';
import { CONFIG_FILE, readProjectConfig } from '../host/config';
import { bundledCorpusDir, loadCorpus, parseRecordFile, textFromBytes, unsupportedFormat, walk, type LoadProblem } from '../host/corpus-loader';
import { decodeAs, decodeBytes, ENCODING_NAMES, type Encoding } from '../host/encoding';
import { loadExporter } from '../host/export-loader';
import { PREBUILT_FILE } from '../host/prebuilt';
import { NEW_USAGE, newReportCommand } from './new-report';
import { checkInWorkers, checkRead, defaultJobs, isCliWorker, joinPrinted, learnInWorkers, MIN_FILES_FOR_WORKERS, readAhead, readOne, runCliWorker, setWorkerEntry, type FileResult } from './workers';
import { formatSarif, LineMap, todayIso, type FileDiagnostics } from '../host/output';
import { statOf } from '../host/files';

declare const VANBAN_VERSION: string;
const VERSION = typeof VANBAN_VERSION === 'string' ? VANBAN_VERSION : '0.0.0-dev';

const HELP = `vanban ${VERSION} — kiểm tra trích dẫn, ngày tháng, khóa trong báo cáo / checks Vietnamese reports

Cách dùng / Usage:
  vanban check FILE|DIR|-... [--format text|json|sarif] [--corpus DIR]... [--today YYYY-MM-DD]
                       [--report-date YYYY-MM-DD] [--config FILE] [--cache DIR] [--locale vi|en]
                       [--jobs N]
  vanban citations FILE|DIR|-... [--format json|text] [--corpus DIR]... [--today YYYY-MM-DD]
                       [--report-date YYYY-MM-DD]
  vanban convert FILE [-o OUT] [--from tcvn3|vni|windows-1258]
                                          ghi bản UTF-8 (TCVN3, VNI, Windows-1258, UTF-16) / write a UTF-8 copy
  vanban corpus build DIR... -o FILE [--jobs N]   học kho văn bản, ghi chỉ mục / index a corpus
  vanban corpus stats [--corpus DIR]...   thống kê kho / corpus statistics
  vanban corpus validate FILE...          kiểm tra tệp bản ghi JSON / validate record files
  vanban new --kind tong-ket|so-ket|bao-cao-nam|chuyen-de --directive ID --date YYYY-MM-DD
             [--issuer …] [--superior …] [--place …] [--years N] [-o FILE]   báo cáo mới / a new report
  vanban export DRAFT.md [-o OUT.docx] [--layout party|state]
                                          xuất ra Word theo thể thức / export to a formatted .docx
  vanban --version

--today: ngày hôm nay (mặc định: đồng hồ máy) / today's date (default: the clock).
--report-date: ngày của báo cáo chưa có dòng ngày tháng / the date of a draft without a date line.
FILE "-": đọc từ stdin / read stdin. DIR: các tệp .md, .txt, .docx trong thư mục, theo thứ tự tên /
the .md, .txt, .docx files inside, in name order.
--jobs N: số luồng khi kiểm tra nhiều tệp, từ 2 MB (mặc định: số lõi, tối đa 4) / threads for many files, from 2 MB (default: the core count, at most 4).
Cấu hình / config: .vanban.json trong thư mục hiện tại, hoặc --config FILE.

Mã thoát / Exit status: 0 không có lỗi (no error), 1 có lỗi (an error finding),
2 sai cú pháp lệnh hoặc không đọc được tệp (usage error or unreadable file).`;

class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** All of standard input, for the file "-". */
  stdin?: () => Promise<Uint8Array>;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
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
        from: { type: 'string' },
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
    case 'convert':
      return convert(rest, values, io);
    case 'new':
      return newReportCli(values, io, corpusDir);
    case 'export':
      return exportDraft(rest, values, io, corpusDir);
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
  const r = await loadCorpus({ bundledDir: corpusDir, userDirs: dirs, cacheDir: values.cache, prebuilt: path.join(__dirname, PREBUILT_FILE), readNow: true });
  printProblems(io, r.problems);
  printProblems(io, r.notices);
  return { index: r.index, bad: r.problems.length > 0 };
}

/** Load config and corpus once, then read and analyse each file; unreadable files are named. */
async function analyzeFiles(files: string[], values: Values, io: Io, corpusDir: string) {
  const { options, bad: badConfig, corpusDirs } = await loadOptions(values, io);
  const { index, bad: badCorpus } = await loadIndex(corpusDir, corpusDirs, values, io);
  const today = values.today ?? todayIso();
  const analysed: { file: string; text: string; analysis: ReturnType<typeof analyze> }[] = [];
  let unreadable = false;
  const { list, bad: badArgs } = await expandArgs(files, io);
  for (const file of list) {
    const r = await readOne(file, file === STDIN ? (io.stdin ?? readStdin) : undefined);
    if ('error' in r) {
      io.err(`${file}: ${r.error}`);
      unreadable = true;
      continue;
    }
    // A converted file is checked, and the writer is told (stderr: the findings stay parseable).
    if (r.notice) io.err(`${file}: ${r.notice}`);
    analysed.push({ file, text: r.text, analysis: analyze(r.text, index, options, today) });
  }
  return { options, analysed, unreadable: unreadable || badArgs, bad: unreadable || badArgs || badConfig || badCorpus };
}

/** How standard input is named in findings. */
const STDIN = '<stdin>';
const CHECKED_EXT = new Set(['.md', '.markdown', '.txt', '.docx']);

/**
 * Arguments → files: "-" is standard input; a folder gives the .md, .txt and .docx files inside
 * (any depth, sorted by path so runs compare); other files in it are named when vanban cannot
 * read their format (.doc, .pdf…), and ignored otherwise.
 */
async function expandArgs(args: string[], io: Io): Promise<{ list: string[]; bad: boolean }> {
  const list: string[] = [];
  let bad = false;
  for (const a of args) {
    if (a === '-') {
      list.push(STDIN);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await statOf(a)).isDirectory();
    } catch {
      /* a missing file is named when it is read */
    }
    if (!isDir) {
      list.push(a);
      continue;
    }
    const found: string[] = [];
    const problems: LoadProblem[] = [];
    await walk(a, found, problems);
    printProblems(io, problems);
    if (problems.length) bad = true;
    const docs = found.filter((f) => CHECKED_EXT.has(path.extname(f).toLowerCase())).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (const f of found) {
      const why = unsupportedFormat(f);
      if (why) io.err(`${f}: không kiểm tra / not checked — ${why}`);
    }
    if (docs.length === 0) {
      io.err(`${a}: thư mục không có tệp .md, .txt hoặc .docx / the folder has no .md, .txt or .docx file`);
      bad = true;
    }
    list.push(...docs);
  }
  return { list, bad };
}

async function check(files: string[], values: Values, io: Io, corpusDir: string): Promise<number> {
  if (files.length === 0) throw new UsageError('thiếu tệp cần kiểm tra / no file to check');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format phải là text, json hoặc sarif / --format must be text, json or sarif`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs phải là số nguyên dương / --jobs must be a positive integer: "${values.jobs}"`);
  // Folders expand to their documents here, once; "-" (stdin) is read on this thread.
  const expanded = await expandArgs(files, io);
  const { options, bad: badConfig, corpusDirs } = await loadOptions(values, io);
  const setup = { options, today: values.today ?? todayIso(), format } as const;
  let badCorpus = false;
  const loadIndexOnce = async () => {
    const r = await loadIndex(corpusDir, corpusDirs, values, io);
    badCorpus = r.bad;
    return r.index;
  };
  let checked: FileResult[];
  if (jobs > 1 && expanded.list.length >= MIN_FILES_FOR_WORKERS && !expanded.list.includes(STDIN)) {
    // Many files: this thread and worker threads, same output in the same order (workers.ts).
    checked = await checkInWorkers(expanded.list, jobs, loadIndexOnce, setup);
  } else {
    const index = await loadIndexOnce();
    if (await isShortRun(expanded.list)) compileForShortRun();
    checked = [];
    let k = 0;
    await readAhead(
      () => expanded.list[k++],
      (file) => readOne(file, file === STDIN ? (io.stdin ?? readStdin) : undefined),
      (file, r) => checkRead(file, r, index, setup),
      (_, r) => void checked.push(r),
    );
  }
  let unreadable = false;
  let anyError = false;
  const printed: string[] = [];
  const results: FileDiagnostics[] = [];
  for (const r of checked) {
    if (r.error !== undefined) {
      io.err(`${r.file}: ${r.error}`);
      unreadable = true;
      continue;
    }
    // A converted file is checked, and the writer is told (stderr: the findings stay parseable).
    if (r.notice) io.err(`${r.file}: ${r.notice}`);
    if (r.anyError) anyError = true;
    if (r.printed !== undefined) printed.push(r.printed);
    if (r.diagnostics) results.push({ file: r.file, diagnostics: r.diagnostics });
  }
  if (format === 'sarif') io.out(formatSarif(results, RULES.map((r) => ({ code: r.code, description: r.description })), VERSION));
  else {
    const text = joinPrinted(printed, format);
    if (text) io.out(text);
  }
  if (unreadable || expanded.bad || badConfig || badCorpus) return 2;
  return anyError ? 1 : 0;
}

/** Whether `files` (none of them stdin, whose size is not known) hold at most SHORT_RUN_BYTES. */
async function isShortRun(files: string[]): Promise<boolean> {
  if (files.includes(STDIN)) return false;
  const sizes = await Promise.all(files.map((f) => statOf(f).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0) <= SHORT_RUN_BYTES;
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
      province: a.province,
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

/**
 * Export one draft to .docx in the official layout. A draft with errors still exports (the count is
 * said on stderr), and parts a report needs but the draft lacks are named: nothing is refused silently.
 */
async function exportDraft(files: string[], values: Values, io: Io, corpusDir: string): Promise<number> {
  if (files.length !== 1) throw new UsageError('cách dùng / usage: vanban export DRAFT.md [-o OUT.docx] [--layout party|state]');
  const layout = values.layout;
  if (layout !== undefined && layout !== 'party' && layout !== 'state') throw new UsageError('--layout phải là party hoặc state / --layout must be party or state');
  const file = files[0]!;
  const out = values.output ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.docx`);
  if (path.resolve(out) === path.resolve(file)) throw new UsageError(`không ghi đè bản thảo / will not overwrite the draft: ${out}`);
  const run = await analyzeFiles([file], values, io, corpusDir);
  const draft = run.analysed[0];
  if (!draft) return 2;
  const { exportDocx } = await loadExporter();
  const { bytes, model } = await exportDocx(draft.text, { layout: layout as 'party' | 'state' | undefined, config: run.options.export });
  try {
    await fs.writeFile(out, bytes);
  } catch (e) {
    io.err(`${out}: không ghi được / cannot write: ${(e as NodeJS.ErrnoException).code ?? e}`);
    return 2;
  }
  const why = {
    option: { vi: 'theo --layout', en: 'from --layout' },
    motto: { vi: 'theo tiêu đề của bản thảo', en: "from the draft's title line" },
    'issuing-body': { vi: 'theo tên cơ quan ban hành', en: 'from the issuing body' },
    config: { vi: 'theo .vanban.json', en: 'from .vanban.json' },
    default: { vi: 'mặc định, vì bản thảo không có tiêu đề', en: 'the default: the draft has no title line' },
  }[model.layoutReason];
  io.out(`${out}: ${model.layout.name.vi} (${why.vi}) / ${model.layout.name.en} (${why.en})`);
  if (model.missing.length)
    io.err(
      `${file}: cảnh báo: bản thảo thiếu ${model.missing.map((p) => PART_NAMES[p].vi).join(', ')} / warning: the draft has no ${model.missing.map((p) => PART_NAMES[p].en).join(', ')}`,
    );
  const errors = draft.analysis.findings.filter((f) => f.severity === 'error').length;
  if (errors)
    io.err(`${file}: cảnh báo: bản thảo còn ${errors} lỗi, vẫn xuất (xem vanban check) / warning: the draft has ${errors} error(s), exported anyway (see vanban check)`);
  return run.bad ? 2 : 0;
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
        const read = textFromBytes(await fs.readFile(f));
        if ('error' in read) throw new Error(read.error);
        text = read.text;
      } catch (e) {
        io.err(`${f}: không đọc được / unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
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
    const r = await loadCorpus({ bundledDir: corpusDir, userDirs: dirs, cacheDir: values.cache, prebuilt: path.join(__dirname, PREBUILT_FILE), learnMany: learnInWorkers(jobs), readNow: true });
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

const FROM: Record<string, Encoding> = { tcvn3: 'tcvn3', abc: 'tcvn3', vni: 'vni', 'windows-1258': 'windows-1258', cp1258: 'windows-1258', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-8': 'utf-8' };

/**
 * `vanban convert FILE [-o OUT] [--from ENC]`: a UTF-8 copy of a TCVN3, VNI, Windows-1258 or
 * UTF-16 file, written only where the writer asks (-o), or to stdout. The encoding is detected
 * as for checking; when detection cannot decide, --from names it.
 */
async function convert(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('cách dùng / usage: vanban convert FILE [-o OUT] [--from tcvn3|vni|windows-1258]');
  const file = args[0]!;
  const from = values.from === undefined ? undefined : FROM[values.from.toLowerCase()];
  if (values.from !== undefined && !from) throw new UsageError(`--from phải là một trong / must be one of: ${Object.keys(FROM).join(', ')}`);
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await (io.stdin ?? readStdin)() : await fs.readFile(file);
  } catch (e) {
    io.err(`${file}: không đọc được / unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  let text: string;
  let encoding: Encoding;
  if (from) {
    text = decodeAs(bytes, from);
    encoding = from;
  } else {
    const d = decodeBytes(bytes);
    if (!d.ok) {
      io.err(`${file}: ${d.reason}${d.encoding ? `\n(vanban convert ${file} --from tcvn3|vni|windows-1258 -o OUT)` : ''}`);
      return 2;
    }
    text = d.text;
    encoding = d.encoding;
  }
  if (values.output) {
    await fs.writeFile(values.output, text, 'utf8');
    io.err(`${file}: ${ENCODING_NAMES[encoding]} → UTF-8: ${values.output}`);
  } else {
    io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    io.err(`${file}: ${ENCODING_NAMES[encoding]} → UTF-8`);
  }
  return 0;
}

/**
 * Run as the `vanban` command, or as one of its worker threads. `entry` is the file worker threads
 * start from: the launcher (dist/cli.js, launch.ts), so they load the bundle with its code cache.
 */
export function start(entry: string): void {
  if (isCliWorker()) return runCliWorker();
  setWorkerEntry(entry);
  // A reader that stops early ("vanban citations … | head") closes the pipe: leave quietly, as a command killed by SIGPIPE
  // would (status 141), rather than die on an unhandled 'error' event with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(128 + 13);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Leave once the output is out: what V8 scheduled meanwhile (a collection started while the
    // check ran) would otherwise run first and delay the exit by a few milliseconds. The write
    // callbacks come after everything written before them, on pipes and files alike.
    process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
  });
}

// Run directly (tsx, or the bundle without its launcher).
if (require.main === module) start(__filename);
