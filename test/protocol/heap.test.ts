// host/heap.ts: the full collection the server runs after loading a large user corpus really
// collects (without --expose-gc on the command line, as editors start the server).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectGarbage } from '../../server/src/host/heap';

function unreachable(): WeakRef<object> {
  return new WeakRef({ records: new Array(100_000).fill('x') });
}

test('collectGarbage runs a full collection in a process started without --expose-gc', async () => {
  assert.ok(!process.execArgv.includes('--expose-gc'));
  const ref = unreachable();
  // A WeakRef's target lives until the end of the job that made it or last dereferenced it.
  await new Promise((r) => setImmediate(r));
  assert.ok(ref.deref(), 'nothing has collected it yet');
  await new Promise((r) => setImmediate(r));
  assert.equal(collectGarbage(), true);
  assert.equal(ref.deref(), undefined);
});

test('collectGarbage leaves what is still referenced', async () => {
  const kept = { records: ['a', 'b'] };
  const ref = new WeakRef(kept);
  await new Promise((r) => setImmediate(r));
  assert.equal(collectGarbage(), true);
  assert.equal(ref.deref(), kept);
});
