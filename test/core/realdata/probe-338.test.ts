// Outside probe 338 (test/realdata/probe-2026-12-338/): Party building at the grassroots, 2012–2026 (15 texts). First run: no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-338');
const { loud, doc, resolved, cite } = probeSet(DIR);

test('probe 338: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

// "Hướng dẫn 01-HD/TW năm 2016 về thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành": the subject stops before the
// "do … ban hành" clause since the forty-first session, so the guide of 20/9/2016 resolves.
// FIXME: its wrong issuer (the Secretariat's guide) is still not told: the charter named in the subject stands between the
// guide and the clause, which is read as the charter's title's and dropped.
test('probe 338: a subject stops before "do … ban hành": the guide of 2016 resolves, its issuer still unread (known wrong)', () => {
  assert.equal(resolved('014', 'Hướng dẫn 01-HD/TW'), '01-HD/TW 2016-09-20');
  assert.equal(cite('014', 'Hướng dẫn 01-HD/TW').c.issuer, null);
});
