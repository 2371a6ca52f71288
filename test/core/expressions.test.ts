// The core's expressions declared through rx() are built on first use (text/letters.ts), so a pattern the engine
// refuses would no longer stop the module from loading: it would throw in the middle of a check, the first time a
// text reached it. This loads every module of the core and builds every declared expression.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildDeclared } from '../../server/src/core/text/letters';

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');

test('every expression the core declares with rx() compiles', async () => {
  const modules = (readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  assert.ok(modules.length > 80, `core modules found: ${modules.length}`);
  for (const f of modules) await import(pathToFileURL(path.join(CORE, f)).href);
  // About three hundred today; far fewer means the modules were not all loaded.
  const n = buildDeclared();
  assert.ok(n > 250, `declared expressions: ${n}`);
});
