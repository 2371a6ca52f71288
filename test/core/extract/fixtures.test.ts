// Fixture documents under test/fixtures/reader/ read end to end, compared with a readable golden
// file beside each (`<name>.golden.txt`). After a deliberate change, rewrite the golden files with
// `UPDATE_GOLDEN=1 node --import tsx --test test/core/extract/fixtures.test.ts` and review the diff.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { read } from '../../../server/src/core/extract/reading';
import { ROOT } from '../../helpers/corpus';
import { summarize } from './summary';

const DIR = path.join(ROOT, 'test/fixtures/reader');

function render(text: string): string {
  const r = read(text);
  const at = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end));
  const h = r.header;
  const lines = [
    '# header',
    `issuing body: ${h.issuingBody?.text ?? '-'}`,
    `number: ${h.number?.id ?? '-'}`,
    `date line: ${h.placeDate ? `${h.placeDate.place} ${h.placeDate.date.iso}` : '-'}`,
    `kind: ${h.kind?.text ?? '-'}`,
    `subject: ${h.subject?.text ?? '-'} (${h.reportType ?? '-'})`,
    '',
    '# citations (span → kind | id | date | issuer | term | list; then the full span and subject)',
    ...r.citations.flatMap((c) => [`${at(c.span)} → ${summarize(c)}`, `    full ${at(c.fullSpan)}${c.subject ? ` subject ${JSON.stringify(c.subject.text)}` : ''}`]),
    '',
    '# dates',
    ...r.dates.map((d) => `${at(d.span)} → ${d.iso ?? `${d.day}/${d.month} (${d.form})`}`),
    '',
    '# ranges',
    ...r.ranges.map((x) => `${at(x.span)}`),
    '',
    '# terms',
    ...r.terms.map((t) => `${at(t.span)} → ${t.roman} ${t.scope} ${t.body ?? '-'}`),
    '',
    '# sections',
    ...r.sections.map((s) => `${'  '.repeat(s.level)}${s.label} ${s.title}`),
  ];
  return lines.join('\n') + '\n';
}

const fixtures = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f) && !f.endsWith('.golden.txt')) : [];
test('there are reader fixtures', () => assert.ok(fixtures.length > 0));
for (const f of fixtures) {
  test(`fixture ${f} reads as its golden file`, () => {
    const text = readFileSync(path.join(DIR, f), 'utf8');
    const golden = path.join(DIR, f.replace(/\.(md|txt)$/, '.golden.txt'));
    const actual = render(text);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, actual);
    assert.equal(actual, readFileSync(golden, 'utf8'));
    // The NFD and CRLF copies read the same.
    assert.equal(render(text.normalize('NFD')).normalize('NFC'), actual.normalize('NFC'));
    assert.equal(render(text.replace(/\n/g, '\r\n')).replace(/\\r\\n/g, '\\n'), actual);
  });
}
