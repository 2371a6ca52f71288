// The server never falls behind (issue 12, defect 5): random edits at typing speed and in bursts,
// from a push client and from a pull client that pulls after every edit and cancels some pulls.
//   - every push and every pull answer is the analysis of the version it was asked at or a newer
//     one (never an older one: at most the analysis in flight when the edit came);
//   - cancellations take effect (the pull is answered RequestCancelled);
//   - the final diagnostics equal a fresh check of the final text;
//   - the server's memory stays bounded.
// Expected findings of each version come from the core run in this process on that text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, DocumentDiagnosticRequest, HoverRequest, LSPErrorCodes, ResponseError, type Diagnostic, type Hover } from 'vscode-languageserver-protocol/node';
import { analyze, resolveOptions, RULE_CODES, type CorpusIndex } from '../../server/src/core/index';
import { LineMap } from '../../server/src/host/output';
import { bundledIndex } from '../helpers/corpus';
import { positionOf, PULL, PUSH_ONLY, startServer, type TestClient } from '../helpers/lsp';
import { seeded } from '../helpers/random';

const TODAY = '2026-11-23';
const PARAGRAPHS = [
  'Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư về Quy chế công tác dân vận, các cấp ủy đã quán triệt.',
  'Hội nghị được tổ chức ngày 31/4/2020 tại hội trường tỉnh; Ban Chấp hành Trung ương Đảng khóa XII chỉ đạo.',
  'Tiếp tục thực hiện Kết luận số 43-KL/TW của Ban Bí thư và Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương.',
  'MTTQ và các đoàn thể phối hợp chặt chẽ; phó trưởng ban dân vận trung ương dự và phát biểu.',
];
const INSERTS = ['1', ' ', '\n', '\n\n', 'Nghị quyết số 12-NQ/TW ngày 31/4/2020 ', 'ngày 29/2/2019', 'khóa XIII', 'Quyết định số 290-QĐ/TW'];

function draft(rnd: () => number, paragraphs: number): string {
  let t = 'BAN DÂN VẬN TỈNH ỦY\n\nHà Tĩnh, ngày 25 tháng 8 năm 2023\n\nBÁO CÁO\n\n';
  for (let i = 0; i < paragraphs; i++) t += PARAGRAPHS[Math.floor(rnd() * PARAGRAPHS.length)]! + '\n\n';
  return t;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function randomEdit(rnd: () => number, text: string): Edit {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.5) return { start: at, end: at, text: INSERTS[Math.floor(rnd() * INSERTS.length)]! };
  if (r < 0.85) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(rnd() * 3)), text: '' };
  return { start: at, end: Math.min(text.length, at + 5), text: INSERTS[Math.floor(rnd() * INSERTS.length)]! };
}

type Key = string;
let corpus: CorpusIndex;
const options = resolveOptions(undefined, RULE_CODES).options;

/** What a fresh check of `text` gives: ranges, codes and messages, as the server sends them. */
function expected(text: string): Key {
  const lm = new LineMap(text);
  const a = analyze(text, corpus, options, TODAY);
  return JSON.stringify(a.findings.map((f) => [lm.position(f.span.start), lm.position(f.span.end), f.code, f.message.vi]));
}

function got(ds: Diagnostic[]): Key {
  return JSON.stringify(ds.map((d) => [d.range.start, d.range.end, d.code, d.message]));
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Apply `n` random edits, with a typing pause or none (a burst); returns every version's text. */
async function storm(c: TestClient, uri: string, rnd: () => number, texts: string[], n: number, afterEdit: (version: number) => void): Promise<void> {
  for (let i = 0; i < n; i++) {
    const text = texts[texts.length - 1]!;
    const e = randomEdit(rnd, text);
    const lm = new LineMap(text);
    const next = text.slice(0, e.start) + e.text + text.slice(e.end);
    texts.push(next);
    const version = texts.length;
    await c.change(uri, version, [{ range: { start: lm.position(e.start), end: lm.position(e.end) }, text: e.text }]);
    afterEdit(version);
    // Bursts of ten with no pause, then typing speed (a key every 10–60 ms).
    if (Math.floor(i / 10) % 2 === 1) await sleep(10 + Math.floor(rnd() * 50));
  }
}

before(async () => {
  corpus = await bundledIndex();
});

describe('edit storm, push client', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY, today: TODAY });
  });
  after(async () => {
    await c.stop();
  });

  test('pushes follow the edits in order, each right for its version, the last one equals a fresh check', async () => {
    const rnd = seeded(41);
    const texts = [draft(rnd, 60)];
    const uri = await c.open('storm-push.md', texts[0]!);
    await c.waitFor('first push', () => c.published.get(uri));
    const rssBefore = rssMb(c.proc.pid!);
    await storm(c, uri, rnd, texts, 120, () => undefined);
    const last = texts.length;
    await c.waitFor('push of the last version', () => c.published.get(uri)?.version === last);
    const mine = c.pushes.filter((p) => p.uri === uri);
    for (let k = 1; k < mine.length; k++) assert.ok(mine[k]!.version! >= mine[k - 1]!.version!, `push versions in order: ${mine.map((p) => p.version).join(',')}`);
    for (const p of mine) assert.equal(got(p.diagnostics), expected(texts[p.version! - 1]!), `push of version ${p.version}`);
    assert.ok(mine.length < texts.length, `debounced: ${mine.length} pushes for ${texts.length} versions`);
    assert.equal(got(c.published.get(uri)!.diagnostics), expected(texts[last - 1]!));
    const grew = rssMb(c.proc.pid!) - rssBefore;
    assert.ok(grew < 150, `server memory grew by ${grew.toFixed(0)} MB during the storm`);
  });
});

describe('size cap', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY, today: TODAY });
  });
  after(async () => {
    await c.stop();
  });

  test('a document over the cap is not analysed, and the writer is told so at its top', async () => {
    const line = 'Hội nghị được tổ chức ngày 31/4/2020 tại hội trường tỉnh của Ban Dân vận.\n';
    const huge = line.repeat(Math.ceil(5_000_001 / line.length));
    const uri = await c.open('huge.md', huge);
    const p = await c.waitFor('push for the huge document', () => c.published.get(uri), 30000);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [['document-too-large', 0]]);
    assert.match(String(p.diagnostics[0]!.message), /quá lớn/);
    // A small document beside it is checked as usual.
    const uri2 = await c.open('small.md', line);
    const q = await c.waitFor('push for a small document', () => c.published.get(uri2));
    assert.deepEqual(q.diagnostics.map((d) => d.code), ['date-invalid']);
  });
});

describe('edit storm, pull client with cancellations', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PULL, today: TODAY });
  });
  after(async () => {
    await c.stop();
  });

  test('pulls after every edit never answer for an older version; cancelled pulls say so; the end equals a fresh check', async () => {
    const rnd = seeded(43);
    const texts = [draft(rnd, 60)];
    const uri = await c.open('storm-pull.md', texts[0]!);
    const pull = (token?: CancellationTokenSource) =>
      c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, token?.token) as Promise<{ items: Diagnostic[] }>;
    await pull();
    const answers: Promise<{ asked: number; items: Diagnostic[] | 'cancelled' }>[] = [];
    await storm(c, uri, rnd, texts, 120, (version) => {
      const source = new CancellationTokenSource();
      answers.push(
        pull(source).then(
          (r) => ({ asked: version, items: r.items }),
          (e: unknown) => {
            if (e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled) return { asked: version, items: 'cancelled' as const };
            throw e;
          },
        ),
      );
      if (rnd() < 0.3) source.cancel();
    });
    const done = await Promise.all(answers);
    const keys = texts.map((t) => expected(t));
    let cancelled = 0;
    for (const a of done) {
      if (a.items === 'cancelled') {
        cancelled++;
        continue;
      }
      const k = got(a.items);
      const at = keys.findIndex((x, v) => v + 1 >= a.asked && x === k);
      assert.ok(at >= 0, `a pull asked at version ${a.asked} is answered with the findings of version ${a.asked} or later`);
    }
    assert.ok(cancelled > 0, 'some cancellations took effect');
    const final = await pull();
    assert.equal(got(final.items), keys[keys.length - 1]);
  });
});

describe('hover while typing', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY, today: TODAY });
  });
  after(async () => {
    await c.stop();
  });

  test('a hover after an edit elsewhere answers for the current text, before and after the edit', async () => {
    const text = 'Báo cáo của Ban Dân vận tỉnh.\n\nThực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư về công tác dân vận.\n\nCác cấp ủy đã quán triệt Quyết định số 290-QĐ/TW.\n';
    const uri = await c.open('hover-typing.md', text);
    await c.waitFor('first push', () => c.published.get(uri));
    const hover = (position: { line: number; character: number }) => c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
    const first = await hover(positionOf(text, '290-QĐ/TW'));
    const last = await hover(positionOf(text, '290-QĐ/TW', 1));
    assert.ok(first && last, 'hovers on both citations');
    // Type a word in the middle paragraph's line ending, then hover at once, before any push.
    const edited = text.replace('dân vận.\n\nCác', 'dân vận tỉnh.\n\nCác');
    const at = positionOf(text, '.\n\nCác');
    await c.change(uri, 2, [{ range: { start: at, end: at }, text: ' tỉnh' }]);
    const firstAgain = await hover(positionOf(edited, '290-QĐ/TW'));
    const lastAgain = await hover(positionOf(edited, '290-QĐ/TW', 1));
    assert.deepEqual(firstAgain, first, 'before the edit: the same answer');
    assert.deepEqual(lastAgain?.contents, last.contents, 'after the edit: the same card');
    assert.deepEqual(lastAgain?.range, last.range, 'on a line of its own after the edit, the same range');
    // And inside the edited text there is nothing to hover.
    assert.equal(await hover(positionOf(edited, 'tỉnh.\n\nCác')), null);
  });
});
