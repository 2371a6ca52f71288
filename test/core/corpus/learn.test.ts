// What a document of the user's corpus teaches from its own header: its id, kind, issuer, subject and as much of its date
// as the date line writes. A day or month left blank for the signature is no day of the document.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { learnFromDocument } from '../../../server/src/core/index';

const HEAD = (dateLine: string) => `ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nSố: 372/QĐ-UBND\n${dateLine}\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương;`;

const rows: [dateLine: string, date: string | undefined][] = [
  ['Thử Nghiệm, ngày 27 tháng 02 năm 2026', '2026-02-27'],
  // The day blank: the month; day and month blank: the year (a gazette text of the latter had been learned as of 31/12/2026).
  ['Thử Nghiệm, ngày       tháng 02 năm 2026', '2026-02'],
  ['Thử Nghiệm, ngày    tháng    năm 2026', '2026'],
];
for (const [dateLine, date] of rows)
  test(`learned from a header: "${dateLine}"`, () => {
    const { record } = learnFromDocument(HEAD(dateLine), 'qd-372.txt');
    assert.equal(record?.id, '372/QĐ-UBND');
    assert.equal(record?.date, date);
  });
