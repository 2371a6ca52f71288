import assert from 'node:assert/strict';
import { test } from 'node:test';
import { severityOf } from '../../server/src/core/analyze';

test('a configured severity replaces the default but keeps a rule\'s own downgrades', () => {
  const table: [Parameters<typeof severityOf>, string][] = [
    [['warning', undefined, null], 'warning'],
    [['warning', undefined, 'error'], 'error'],
    [['warning', undefined, 'hint'], 'hint'],
    // The rule made this finding milder (no date line): configuring error keeps it mild.
    [['warning', 'information', 'error'], 'information'],
    [['warning', 'information', null], 'information'],
    [['warning', 'information', 'hint'], 'hint'],
    // A finding at the rule's own level follows the configuration.
    [['error', 'error', 'warning'], 'warning'],
    // A capped error (inferred fact) is a downgrade too.
    [['error', 'warning', 'error'], 'warning'],
  ];
  for (const [args, want] of table) assert.equal(severityOf(...args), want, JSON.stringify(args));
});
