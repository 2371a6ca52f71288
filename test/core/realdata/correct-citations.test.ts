// Correct citations (test/realdata/correct-citations-2026-12/): fourteen report drafts whose every
// citation was checked against public sources must get no error and no warning; a fifteenth plants
// known mistakes, which must be caught.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { analyze, resolveOptions, RULE_CODES, type CorpusIndex } from '../../../server/src/core/index';
import { LineMap } from '../../../server/src/host/output';
import { bundledIndex } from '../../helpers/corpus';

const DIR = path.resolve(__dirname, '../../realdata/correct-citations-2026-12/drafts');
const TODAY = '2026-12-01';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

/** A draft's analysis. */
function analysed(file: string) {
  const { options } = resolveOptions(undefined, RULE_CODES);
  return analyze(readFileSync(path.join(DIR, file), 'utf8'), corpus, options, TODAY);
}

/** "line:code" of each error and warning of a draft. */
function loud(file: string): string[] {
  const lines = new LineMap(readFileSync(path.join(DIR, file), 'utf8'));
  return analysed(file)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${lines.position(f.span.start).line + 1}:${f.code}`);
}

const drafts = readdirSync(DIR).filter((f) => f.endsWith('.md') && !f.startsWith('z-'));

test('the correct drafts are there', () => assert.equal(drafts.length, 14));

for (const f of drafts) test(`no error or warning on a correct report: ${f}`, () => assert.deepEqual(loud(f), []));

test('the planted mistakes are caught, and nothing else is raised', () => {
  // mistakes-key.md: M1–M19 by line. FIXME: M15 ("theo Luật Đất đai năm 2003" in a 2023 report) is
  // only information, since the corpus holds that replacement as "reported".
  assert.deepEqual(loud('z-mistakes.md').sort(), [
    '10:anniversary-mismatch', '10:citation-date-mismatch', '10:citation-issuer-mismatch',
    '12:citation-format', '12:citation-term-mismatch', '12:citation-type-mismatch',
    '16:anniversary-mismatch', '16:citation-superseded', '16:citation-type-mismatch',
    '18:citation-date-mismatch', '18:citation-term-mismatch',
    '20:citation-issuer-mismatch',
    '22:citation-term-mismatch',
    // M14's impossible "31/6/2015" is told by citation-date-mismatch, with the day of 114-KL/TW and why it cannot be.
    '24:citation-date-mismatch', '24:citation-date-mismatch',
    '26:citation-date-mismatch',
    '28:citation-issuer-mismatch',
    '30:citation-date-mismatch',
  ].sort());
});

test('M14: the impossible day of a known conclusion is told once, with its day and why it cannot be', () => {
  const f = analysed('z-mistakes.md').findings.filter((x) => x.code === 'citation-date-mismatch' && x.message.vi.includes('31/6/2015'));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message.vi, /114-KL\/TW ban hành ngày 14\/7\/2015, không phải "31\/6\/2015" \(ngày không có thật: tháng 6 chỉ có 30 ngày\)/u);
});
