// One mistake, one finding (rules/util/repeats.ts): the same wrong citation written several
// times is one finding at its first mention, the others its related locations. A row marks every
// place with ⟦…⟧: merged rows expect one finding at the first mark and the rest as related;
// separate rows expect one finding a mark.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledWithout } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, runRule } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  // Rows take 43-KL/TW as a document the corpus holds once (the Secretariat's of 2019); round 50 added the Politburo's of 2009 (dated 2008 until round 111).
  corpus = await bundledWithout(['43-KL/TW', '2009-04-01']);
});

interface RepeatCase {
  code: string;
  text: string;
  merged: boolean;
  /** The text after the merged finding's first fix, when it has one. */
  fixed?: string;
}

const cases: RepeatCase[] = [
  // The same wrong date for the same document, three times, on three lines.
  {
    code: 'citation-date-mismatch',
    text: 'Quyết định số 290-QĐ/TW ngày ⟦25/3/2010⟧ của Bộ Chính trị.\nThực hiện Quyết định số 290-QĐ/TW ngày ⟦25/3/2010⟧.\nSau Quyết định 290-QĐ/TW ngày ⟦25/3/2010⟧.',
    merged: true,
  },
  // The same wrong kind twice: the quick fix mends both places.
  {
    code: 'citation-type-mismatch',
    text: '⟦Nghị quyết⟧ số 290-QĐ/TW ngày 25/2/2010; lại ⟦Nghị quyết⟧ số 290-QĐ/TW.',
    merged: true,
    fixed: 'Quyết định số 290-QĐ/TW ngày 25/2/2010; lại Quyết định số 290-QĐ/TW.',
  },
  { code: 'citation-issuer-mismatch', text: 'Kết luận số 43-KL/TW của ⟦Bộ Chính trị⟧. Kết luận số 43-KL/TW của ⟦Bộ Chính trị⟧.', merged: true },
  // An impossible date written twice is one mistake.
  { code: 'date-invalid', text: 'Họp ngày ⟦31/4/2020⟧.\nBiên bản ngày ⟦31/4/2020⟧.', merged: true },
  // Two different wrong dates for one document are two mistakes.
  { code: 'citation-date-mismatch', text: 'Quyết định số 290-QĐ/TW ngày ⟦25/3/2010⟧; Quyết định số 290-QĐ/TW ngày ⟦26/3/2010⟧.', merged: false },
  // The same wrong issuer for two documents: two findings.
  { code: 'citation-issuer-mismatch', text: 'Kết luận số 43-KL/TW của ⟦Bộ Chính trị⟧; Nghị quyết 25-NQ/TW của ⟦Bộ Chính trị⟧.', merged: false },
  // Hints stay one a place, each with its own quick fix.
  { code: 'tone-mark-style', text: 'khóa X, khóa XI, khóa XII, hòa bình, ⟦khoá⟧ IX và ⟦khoá⟧ VIII.', merged: false },
];

for (const c of cases)
  test(`one mistake, one finding (${c.code}, ${c.merged ? 'merged' : 'separate'}): ${c.text.replace(/\n/g, ' ⏎ ')}`, () => {
    const m = parseMarkers(c.text);
    const found = runRule(c.code, m.text, corpus);
    const at = (s: { start: number; end: number }) => m.text.slice(s.start, s.end) + '@' + s.start;
    if (c.merged) {
      assert.deepEqual(found.map((f) => at(f.span)), [at(m.spans[0]!)]);
      assert.deepEqual(found[0]!.related?.map((r) => at(r.span)), m.spans.slice(1).map(at));
      assert.ok(found[0]!.related!.every((r) => r.message.vi && r.message.en && r.repeat));
    } else {
      assert.deepEqual(found.map((f) => at(f.span)), m.spans.map(at));
      assert.ok(found.every((f) => !f.related));
    }
    if (c.fixed !== undefined) assert.equal(applyFix(m.text, found[0]!), c.fixed);
  });
