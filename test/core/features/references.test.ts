// Find references' reading, as data: a text and, for each citation in it, the id of the record it
// resolves to. It must read a text as the checks do (analyze.ts), or a reference found would be a
// citation the checks judged as another document.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolvedCitations } from '../../../server/src/core/features/index';
import { bundledIndex } from '../../helpers/corpus';

interface Case {
  name: string;
  text: string;
  /** For each citation in order: the record's id, or null when unresolved. */
  ids: (string | null)[];
}

const CASES: Case[] = [
  {
    name: 'a law named, then its number in brackets, is that law (not the one of the name in force before)',
    text: 'Hà Nội, ngày 10 tháng 3 năm 2023\nTriển khai Luật Thi đua, khen thưởng (Luật số 06/2022/QH15) trong toàn tỉnh.',
    ids: ['06/2022/QH15', '06/2022/QH15'],
  },
  {
    name: 'a short name in brackets is the law just named, not the older one named after it',
    text: 'Hà Nội, ngày 10 tháng 3 năm 2020\nLuật Phòng, chống tham nhũng ( Luật PCTN ) thay thế Luật PCTN số 55/2005/QH11.',
    ids: ['36/2018/QH14', '36/2018/QH14', '55/2005/QH11'],
  },
  {
    name: 'without the bracket, the law of the name in force on the date',
    text: 'Hà Nội, ngày 10 tháng 3 năm 2010\nTriển khai Luật Thi đua, khen thưởng trong toàn tỉnh.',
    ids: ['15/2003/QH11'],
  },
];

// A list's members take the issuer they share, as a full check reads them. (Brackets alone joined these the same way;
// the test over the outside texts below is the one that told find references from a full check.)
CASES.push(
  {
    name: 'a list of directives takes the issuer its members share',
    // Dated after the three (03-CT/TW of 2011, 05-CT/TW of 2016): a text of 2010 could name neither, and a number alone
    // whose documents all came after the text's day is none of them (fortieth session).
    text: 'Hà Nội, ngày 10 tháng 3 năm 2017\nThực hiện Chỉ thị số 06-CT/TW ngày 7/11/2006 của Bộ Chính trị, từ Chỉ thị 06, Chỉ thị 03 đến Chỉ thị 05 đều nhấn mạnh.',
    ids: ['06-CT/TW', '06-CT/TW', '03-CT/TW', '05-CT/TW'],
  },
);

describe('find references: which record each citation is', async () => {
  const corpus = await bundledIndex();
  for (const c of CASES) {
    test(c.name, () => {
      const got = resolvedCitations(c.text, corpus, null, '2026-12-01').map((r) => (r.key === null ? null : (corpus.get(r.key)?.record.id ?? `?${r.key}`)));
      assert.deepEqual(got, c.ids);
    });
  }
});

// Over real texts of the outside sets: find references reads every citation as the checks do.
test('find references resolves each citation of the outside texts as a full check does', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { analyze, resolveOptions, RULE_CODES } = await import('../../../server/src/core/index');
  const corpus = await bundledIndex();
  const { options } = resolveOptions(undefined, RULE_CODES);
  const root = path.resolve(__dirname, '../../realdata');
  let compared = 0;
  for (const set of ['probe-2026-12-206', 'probe-2026-12-210', 'probe-2026-12-211', 'probe-2026-12-213']) {
    const dir = path.join(root, set, 'docs');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const full = analyze(text, corpus, options, '2026-12-01').resolutions.map((r) => r?.entry.key ?? null);
      assert.deepEqual(resolvedCitations(text, corpus, null, '2026-12-01').map((r) => r.key), full, `${set}/${f}`);
      compared += full.length;
    }
  }
  assert.ok(compared > 200, `${compared} citations compared`);
});
