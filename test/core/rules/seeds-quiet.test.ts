// Optional check: the five seed articles (real news texts in ../shared/seeds, next to the repo)
// must raise no error and no warning from ANY registered rule, with the bundled corpus and
// today = 2026-11-23, as written and in NFD and CRLF copies. A user's clone has no shared/
// folder: then the test says so and skips.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze, resolveOptions, RULE_CODES } from '../../../server/src/core/index';
import { bundledIndex, ROOT } from '../../helpers/corpus';

const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');
const TODAY = '2026-11-23';

const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

if (seeds.length === 0) {
  test('seeds-quiet: seed articles raise no error or warning', { skip: `no seed articles at ${SEEDS} (shared/ is not part of a clone)` }, () => {});
} else {
  test('seeds-quiet: the five seeds are there', () => assert.ok(seeds.length >= 5, `seeds found: ${seeds.join(', ')}`));
  for (const name of seeds)
    test(`seeds-quiet: ${name} raises no error or warning`, async () => {
      const corpus = await bundledIndex();
      const { options, problems } = resolveOptions({}, RULE_CODES);
      assert.deepEqual(problems, []);
      const text = readFileSync(path.join(SEEDS, name), 'utf8');
      // As written, and as Word or another keyboard may bring it: decomposed (NFD), CRLF.
      for (const [form, t] of [['as is', text], ['NFD', text.normalize('NFD')], ['CRLF', text.replace(/\n/g, '\r\n')]] as const) {
        const loud = analyze(t, corpus, options, TODAY).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.deepEqual(
          loud.map((f) => `${form}: ${f.severity} ${f.code} "${t.slice(f.span.start, f.span.end)}": ${f.message.vi}`),
          [],
        );
      }
    });
}
