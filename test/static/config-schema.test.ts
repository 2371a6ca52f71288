// schemas/vanban-config.schema.json (what VS Code validates .vanban.json against) agrees with the
// checks the core makes (resolveOptions, parseExportConfig): the same files pass and fail both.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { resolveOptions, RULE_CODES } from '../../server/src/core/index';
import { ROOT } from '../helpers/corpus';

const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'vanban-config.schema.json'), 'utf8')) as object);

/** The `"export"` example of docs/export.md, as written there. */
function docsExample(): unknown {
  const md = readFileSync(path.join(ROOT, 'docs', 'export.md'), 'utf8');
  const block = /```json\n(\{\n {2}"export"[\s\S]*?)```/.exec(md);
  assert.ok(block, 'docs/export.md has the .vanban.json example');
  return JSON.parse(block![1]!);
}

test('"export" in .vanban.json: the schema and the core accept and reject the same files', () => {
  const rows: { name: string; config: unknown; ok: boolean }[] = [
    { name: 'the docs/export.md example', config: docsExample(), ok: true },
    { name: 'a default layout only', config: { export: { defaultLayout: 'state' } }, ok: true },
    { name: 'an unknown layout', config: { export: { defaultLayout: 'province' } }, ok: false },
    { name: 'an unknown element', config: { export: { party: { styles: { footer: { size: 12 } } } } }, ok: false },
    { name: 'a margin out of range', config: { export: { state: { margins: { left: 300 } } } }, ok: false },
    { name: 'a size that is not a number', config: { export: { state: { styles: { kind: { size: 'big' } } } } }, ok: false },
    { name: 'an unknown key', config: { export: { colours: {} } }, ok: false },
  ];
  for (const r of rows) {
    assert.equal(validate(r.config), r.ok, `schema: ${r.name} ${JSON.stringify(validate.errors)}`);
    assert.equal(resolveOptions(r.config, RULE_CODES).problems.length === 0, r.ok, `core: ${r.name}`);
  }
});
