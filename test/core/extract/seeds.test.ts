// The five seed articles (real news texts) read end to end: every citation found — 18 numbered
// (three of them number-only) and 3 named — and nothing else. The articles live in shared/ beside
// the clone, not in the repository; where that folder is absent the test says so and skips.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { read } from '../../../server/src/core/extract/reading';
import { ROOT } from '../../helpers/corpus';
import { summarize } from './summary';

const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');

const EXPECTED: Record<string, [string, string][]> = {
  '000_8cf33f6aa54483ab.txt': [
    ['Quyết định số 290-QĐ/TW', 'Quyết định | 290-QĐ/TW | 2010-02-25 | Bộ Chính trị | X:party-central'],
    ['Quy định số 213-QĐ/TW', 'Quy định | 213-QĐ/TW | 2020-01-02 | Bộ Chính trị | -'],
    ['Quyết định số 290-QĐ/TW', 'Quyết định | 290-QĐ/TW | - | Bộ Chính trị | X:party-central'],
    ['Quyết định số 290-QĐ/TW', 'Quyết định | 290-QĐ/TW | - | - | -'],
    ['Nghị quyết Hội nghị Trung ương 4 (khoá XI)', 'Nghị quyết | plenum 4 XI | - | - | XI:party-central'],
    ['Quyết định 217', 'Quyết định | #217 | - | Bộ Chính trị | - | L0'],
    ['Quyết định 218', 'Quyết định | #218 | - | Bộ Chính trị | - | L0'],
  ],
  '001_8749eb300781a896.txt': [
    ['Quyết định số 217-QĐ/TW', 'Quyết định | 217-QĐ/TW | 2013-12-12* | Bộ Chính trị | - | L0'],
    ['Quyết định số 218-QĐ/TW', 'Quyết định | 218-QĐ/TW | 2013-12-12 | Bộ Chính trị | - | L0'],
  ],
  '002_85893354ba6e73ac.txt': [
    ['Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', 'Nghị quyết | congress XIII | - | - | -'],
    ['Kết luận số 21', 'Kết luận | #21 | - | Ban Chấp hành Trung ương | -'],
    ['Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết | congress XIII | - | - | -'],
  ],
  '003_3ea6026c526a05ce.txt': [],
  '004_88e453569ce4e8b0.txt': [
    ['Nghị quyết 25-NQ/TW', 'Nghị quyết | 25-NQ/TW | 2013-06-03 | Ban Chấp hành Trung ương | XI:party-central'],
    ['Kết luận số 43-KL/TW', 'Kết luận | 43-KL/TW | - | Ban Bí thư | -'],
    ['Nghị quyết số 25-NQ/TW', 'Nghị quyết | 25-NQ/TW | - | - | -'],
    ['Quyết định 657-QĐ/TU', 'Quyết định | 657-QĐ/TU | 2018-04-04 | Ban Thường vụ Tỉnh ủy | -'],
    ['Nghị quyết 25-NQ/TW', 'Nghị quyết | 25-NQ/TW | - | - | - | L0'],
    ['Kết luận số 43-KL/TW', 'Kết luận | 43-KL/TW | - | - | - | L0'],
    // The issuer is written first: "Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số …".
    ['Chương trình hành động số 961-CTr/TU', 'Chương trình hành động | 961-CTr/TU | 2013-08-19 | Ban Thường vụ Tỉnh ủy | -'],
    ['Nghị quyết 25-NQ/TW', 'Nghị quyết | 25-NQ/TW | - | - | -'],
    ['Quyết định số 657-QĐ/TU', 'Quyết định | 657-QĐ/TU | - | Ban Thường vụ Tỉnh ủy | -'],
  ],
};

const present = existsSync(SEEDS);
test('seed articles: every citation, and nothing else', { skip: present ? false : `the seed articles are not at ${SEEDS} (shared/ lives beside the clone in CI)` }, () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(files, Object.keys(EXPECTED).sort(), 'the five seed files');
  let numbered = 0;
  let named = 0;
  for (const f of files) {
    const text = readFileSync(path.join(SEEDS, f), 'utf8');
    const r = read(text);
    assert.deepEqual(
      r.citations.map((c) => [text.slice(c.span.start, c.span.end), summarize(c)]),
      EXPECTED[f],
      f,
    );
    for (const c of r.citations) c.style === 'named' ? named++ : numbered++;
  }
  assert.equal(numbered, 18);
  assert.equal(named, 3);
});

test('seed articles: report dates and day-month dates', { skip: present ? false : `the seed articles are not at ${SEEDS}` }, () => {
  const text = readFileSync(path.join(SEEDS, '001_8749eb300781a896.txt'), 'utf8');
  // "Hôm nay, ngày 22 tháng 1 năm 2019" is the web page's clock, not a date line.
  assert.equal(read(text).header.placeDate, null);
  const dm = read(readFileSync(path.join(SEEDS, '004_88e453569ce4e8b0.txt'), 'utf8')).dates.filter((d) => d.form === 'day-month');
  assert.deepEqual(dm.map((d) => `${d.day}/${d.month}`), ['25/8']);
});
