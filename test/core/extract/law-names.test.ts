// Every law, code and ordinance the bundled corpus names is read whole by the reader, cited by name alone, in the
// two ways writers cite them: with the year, and as one member of a list. A name the reader cuts short ("Luật
// Phòng" for "Luật Phòng không nhân dân": "không" ends unknown names) resolves to nothing, or to another law
// whose name is the part read; LAW_NAMES (server/src/core/extract/law-names.ts) must know such names.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { read } from '../../../server/src/core/extract/reading';
import { ROOT } from '../../helpers/corpus';

interface LawRecord {
  id: string;
  kind: string;
  name?: string;
  date: string;
}

const laws = (JSON.parse(readFileSync(path.join(ROOT, 'corpus', 'laws', 'core.json'), 'utf8')) as { records: LawRecord[] }).records.filter(
  // Amending laws are cited by their title, which names other laws: read apart (citations.test.ts).
  (r) => r.name && ['Luật', 'Bộ luật', 'Pháp lệnh'].includes(r.kind) && !/^sửa đổi/u.test(r.name),
);

/** The name the reader took for the first citation of `text`, or null. */
function firstName(text: string): string | null {
  return read(text).citations[0]?.name?.text.replace(/\s+/gu, ' ') ?? null;
}

test('law names: the corpus holds enough named laws for the check to mean something', () => {
  assert.ok(laws.length >= 100, `${laws.length} named laws`);
});

for (const [form, make] of [
  ['with its year', (r: LawRecord) => `Căn cứ ${r.kind} ${r.name} năm ${r.date.slice(0, 4)};`],
  ['first of a list', (r: LawRecord) => `gồm: ${r.kind} ${r.name}; Luật Đất đai; Luật Đầu tư.`],
] as const) {
  test(`law names: each named law of the corpus is read whole, ${form}`, () => {
    const cut = laws.filter((r) => firstName(make(r)) !== r.name).map((r) => `${r.id} "${r.name}" → "${firstName(make(r))}"`);
    assert.deepEqual(cut, []);
  });
}
