// Incremental analysis (core/analyze.ts, core/blocks.ts): a report is cut into blocks of
// paragraphs, and the blocks an edit did not touch are not read or judged again. Three properties,
// through random edit sequences on real-looking drafts:
//   1. the incremental result equals a full analysis of the same text, at every step;
//   2. where the text is cut does not matter: cutting at every paragraph gives the same findings
//      (so no rule reads across a blank line, and the rules that weigh the whole report — first
//      mentions, abbreviations defined before use, the tone-mark majority — see every block);
//   3. an edit inside one paragraph re-reads and re-judges only the blocks around it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { AnalysisCache, analyze, resolveOptions, RULE_CODES, type Analysis, type CorpusIndex } from '../../server/src/core/index';
import { bundledIndex, ROOT } from '../helpers/corpus';
import { seeded } from '../helpers/random';

const TODAY = '2026-11-23';
const EVERY_PARAGRAPH = { spread: 1, min: 0, max: 1 << 30 };

// What a writer types and pastes: citations, dates, headings, abbreviations, both tone-mark
// customs, a merged province, quotes, page breaks, blank lines.
const PIECES = [
  'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X',
  'Nghị quyết 290-QĐ/TW',
  'Quy định số 11-QĐi/TW ngày 18/2/2019',
  'Chỉ thị số 45-CT/TW ngày 20/01/2025',
  'Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
  'Công văn số 7886/HD-BNV',
  'Hướng dẫn số 7886/HD-BNV',
  'Quyết định số 291-QĐ/TW',
  // Short references, before and after their full citations (either may be in another block).
  'Quyết định 290',
  'Nghị quyết 25',
  'Nghị quyết số 25-NQ/TW ngày 25/7/2008',
  'Luật Đất đai năm 2013',
  'theo Luật Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam (MTTQ)',
  'MTTQ các cấp',
  'Ban Thường vụ (BTV)',
  'BTV Tỉnh ủy',
  'Tỉnh ủy Hà Giang',
  'UBND huyện',
  'khoá XIII',
  'khóa XIII',
  'thuỷ lợi',
  'văn hóa',
  'tổng kết 10 năm thực hiện',
  'ngày 31/02/2024',
  'ngày 15 tháng 3 năm 2027',
  '"Dân vận khéo (DVK)"',
  '\n\nII. HẠN CHẾ, NGUYÊN NHÂN\n\n',
  '\n\nIII. PHƯƠNG HƯỚNG NHIỆM VỤ\n\n',
  '\n\n1. Kết quả\n',
  '\n\n',
  '\n',
  ' và ',
  ', ',
  '. ',
  '\n\n4\n\nCÔNG BÁO/Số 1085 + 1086/Ngày 01-11-2023\n\n',
  '<!-- vanban-disable-next-line citation-unknown -->\n',
];

function drafts(): { name: string; text: string }[] {
  const out = [path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md'), path.join(ROOT, 'test', 'fixtures', 'reader', 'bao-cao-so-ket.md')].map((f) => ({
    name: path.basename(f),
    text: readFileSync(f, 'utf8'),
  }));
  // A longer report: the drafts again, as the later parts of one report (several blocks).
  // Each part's paragraphs end with its number, so that no two paragraphs are the same.
  const body = out.map((d) => d.text).join('\n\n');
  const parts = Array.from({ length: 8 }, (_, i) => (i === 0 ? body : body.replace(/\n\n/g, ` (phần ${i + 1})\n\n`)));
  out.push({ name: 'long', text: parts.join('\n\n') });
  return out;
}

/** One random edit: insert a piece, delete a stretch, or type or delete one character. */
function edit(text: string, rnd: () => number): string {
  // One edit in four in the header (its number, date line, kind and title), which every block sees.
  const at = Math.floor(rnd() * (rnd() < 0.25 ? Math.min(text.length, 400) + 1 : text.length + 1));
  const r = rnd();
  if (r < 0.45) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)]! + text.slice(at);
  if (r < 0.65) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 80)));
  if (r < 0.85) return text.slice(0, at) + 'aăâbcdđeêoôơuưy0123 \n'.charAt(Math.floor(rnd() * 22)) + text.slice(at);
  return text.slice(0, Math.max(0, at - 1)) + text.slice(at);
}

function summary(a: Analysis) {
  return {
    findings: a.findings,
    reportDate: a.reportDate,
    reportDateSource: a.reportDateSource,
    province: a.province,
    citations: a.reading.citations.map((c) => [c.span, c.id, c.kind, c.date?.iso ?? null]),
    resolutions: a.resolutions.map((r) => r?.entry.key ?? null),
    sections: a.reading.sections,
  };
}

let corpus: CorpusIndex;
const { options } = resolveOptions(undefined, RULE_CODES);

test('incremental analysis equals a full analysis after every edit, however the text is cut', async () => {
  corpus = await bundledIndex();
  for (const d of drafts())
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rnd = seeded(seed * 7919 + d.text.length);
      const incremental = new AnalysisCache();
      const tiny = new AnalysisCache(EVERY_PARAGRAPH);
      let text = d.text;
      for (let step = 0; step < 50; step++) {
        text = edit(text, rnd);
        const full = analyze(text, corpus, options, TODAY);
        const inc = analyze(text, corpus, options, TODAY, incremental);
        const where = `${d.name}, seed ${seed}, step ${step}`;
        assert.deepStrictEqual(summary(inc), summary(full), `incremental ≠ full (${where})`);
        // Cut at every paragraph, and kept from step to step as well.
        const cut = analyze(text, corpus, options, TODAY, tiny);
        assert.deepStrictEqual(summary(cut), summary(full), `cut at every paragraph ≠ full (${where})`);
      }
    }
});

test('an edit inside a paragraph re-reads and re-judges only its block', async () => {
  corpus ??= await bundledIndex();
  const long = drafts().find((d) => d.name === 'long')!.text;
  for (const sizes of [undefined, EVERY_PARAGRAPH]) {
    const cache = new AnalysisCache(sizes);
    analyze(long, corpus, options, TODAY, cache);
    const blocks = cache.last.blocks;
    assert.ok(blocks >= 3, `the long draft makes several blocks (${blocks})`);
    // Inside a sentence of the body (not a heading, whose title the blocks below it see).
    const at = long.indexOf('phối hợp tốt', long.length >> 1);
    assert.ok(at > 0);
    analyze(long.slice(0, at) + 'x' + long.slice(at), corpus, options, TODAY, cache);
    assert.deepEqual({ read: cache.last.read, judged: cache.last.judged }, { read: 1, judged: 1 }, `one block of ${blocks} done again`);
    // The same text again: nothing to do.
    analyze(long.slice(0, at) + 'x' + long.slice(at), corpus, options, TODAY, cache);
    assert.deepEqual({ read: cache.last.read, judged: cache.last.judged }, { read: 0, judged: 0 });
  }
});

test('a change to the header or the options judges every block again', async () => {
  corpus ??= await bundledIndex();
  const long = drafts().find((d) => d.name === 'long')!.text;
  const cache = new AnalysisCache(EVERY_PARAGRAPH);
  analyze(long, corpus, options, TODAY, cache);
  const blocks = cache.last.blocks;
  // Another report date: every resolution may change.
  const dated = long.replace(/ngày (\d{1,2}) tháng (\d{1,2}) năm 20(\d\d)/u, 'ngày $1 tháng $2 năm 2019');
  assert.notEqual(dated, long, 'the draft has a date line');
  analyze(dated, corpus, options, TODAY, cache);
  // Every distinct block (a paragraph written twice is judged once).
  const fresh = new AnalysisCache(EVERY_PARAGRAPH);
  analyze(dated, corpus, options, TODAY, fresh);
  assert.ok(fresh.last.judged > blocks / 2);
  assert.equal(cache.last.judged, fresh.last.judged);
  assert.equal(cache.last.read, 1, 'only the header block is read again');
  const other = resolveOptions({ toneMarkStyle: 'second' }, RULE_CODES).options;
  analyze(dated, corpus, other, TODAY, cache);
  assert.deepEqual({ read: cache.last.read, judged: cache.last.judged }, { read: 0, judged: fresh.last.judged });
});
