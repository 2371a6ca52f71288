// Outside probe 507 (test/realdata/probe-2026-12-507/): state institutions across the terms (Wikipedia's articles on the
// Assembly, the Government, the courts and procuracies, the codes and the Constitutions): 16 texts, 1 error and 4 warnings
// on the first run: 4 real, 1 false

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-507');
const { loud, cite } = probeSet(DIR);

test('probe 507: the loud findings raised are the ones judged true, and one false alarm left', () => {
  const { raised, judged } = loud();
  // FIXME: "Công văn 3613/UBPL13 năm 2016 đính chính Luật số 100/2015/QH13 do Ủy ban Pháp luật Quốc hội khóa XIII ban hành":
  // the passive clause names the letter's issuer, not the code's; the code is told it is not that committee's (judged false).
  assert.deepEqual(raised, [...judgedTrue(judged), '001.txt:63:citation-issuer-mismatch'].sort());
  // "102/2015/QH1" twice, "31 tháng 11 năm 2013", and Quy định 90-QĐ/TW credited to the Central Committee (the Politburo's:
  // Báo Hòa Bình, settled by the lead).
  assert.deepEqual(judgedTrue(judged), ['005.txt:188:citation-issuer-mismatch', '005.txt:77:citation-format', '006.txt:122:citation-format', '007.txt:229:date-invalid']);
});

test('probe 507: "Việt Nam" between a code\'s name and its year', () => {
  // "Bộ luật Dân sự Việt Nam 2015" had lost its year and become the code of 2005; "… 1995", which the corpus lacks, too.
  assert.equal(cite('004', 'Bộ luật Dân sự Việt Nam 2015', 69).res?.entry.record.id, '91/2015/QH13');
  assert.equal(cite('004', 'Bộ luật Dân sự Việt Nam 1995', 67).res, null);
  // "Hiến pháp Việt Nam 1992" had become the Constitution of 2013.
  assert.equal(cite('002', 'Hiến pháp Việt Nam 1992', 115).res?.entry.record.id, 'Hiến pháp năm 1992');
});
