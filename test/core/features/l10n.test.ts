// The client's UI strings: every vscode.l10n.t() message in client/src/*.ts is English
// (VS Code shows the message itself in English and never loads a bundle for it) and has its
// Vietnamese in l10n/bundle.l10n.vi.json; l10n/bundle.l10n.json lists the messages.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../helpers/corpus';

const CLIENT = path.join(ROOT, 'client', 'src');
const source = readdirSync(CLIENT)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(CLIENT, f), 'utf8'))
  .join('\n');
const messages = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
const vi = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
const VIET = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

test('the client has UI strings', () => assert.ok(messages.length >= 5));

for (const m of messages)
  test(m, () => {
    assert.doesNotMatch(m, VIET, 'the message in the source is English');
    assert.equal(bundle[m], m, 'listed in bundle.l10n.json');
    assert.ok(vi[m], 'translated in bundle.l10n.vi.json');
    assert.match(vi[m]!, VIET, 'the translation is Vietnamese');
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((x) => x[0]).sort();
    assert.deepEqual(holes(vi[m]!), holes(m), 'same placeholders');
  });

test('no stale translations', () => {
  assert.deepEqual(Object.keys(vi).sort(), [...new Set(messages)].sort());
  assert.deepEqual(Object.keys(bundle).sort(), [...new Set(messages)].sort());
});
