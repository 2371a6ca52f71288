// The extension manifest: every file it contributes exists and parses, every setting and
// command has Vietnamese and English titles, and the bin points at the CLI bundle.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const nlsVi = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.vi.json'), 'utf8'));

function placeholders(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') for (const m of v.matchAll(/^%([^%]+)%$/g)) out.push(m[1]!);
  else if (Array.isArray(v)) v.forEach((x) => placeholders(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => placeholders(x, out));
  return out;
}

test('main and bin point at the bundles', () => {
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.bin.vanban, 'dist/cli.js');
  for (const f of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/export.js']) assert.ok(existsSync(path.join(ROOT, f)), `${f} is built`);
});

test('every %placeholder% has an English and a Vietnamese string', () => {
  const keys = placeholders(pkg);
  assert.ok(keys.length > 5);
  for (const k of keys) {
    assert.equal(typeof nls[k], 'string', `package.nls.json: ${k}`);
    assert.equal(typeof nlsVi[k], 'string', `package.nls.vi.json: ${k}`);
  }
});

test('contributed snippets and grammars exist and parse', () => {
  const c = pkg.contributes;
  const files: string[] = [
    ...(c.snippets ?? []).map((s: { path: string }) => s.path),
    ...(c.grammars ?? []).map((g: { path: string }) => g.path),
  ];
  for (const f of files) {
    const p = path.join(ROOT, f);
    assert.ok(existsSync(p), `${f} exists`);
    assert.doesNotThrow(() => JSON.parse(readFileSync(p, 'utf8')), `${f} parses`);
  }
});

test('every command has a title and settings have descriptions', () => {
  for (const cmd of pkg.contributes.commands) assert.ok(cmd.title, cmd.command);
  for (const [k, v] of Object.entries(pkg.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
    assert.ok(k.startsWith('vanban.'), k);
    assert.ok(v.description || v.markdownDescription, `${k} has a description`);
  }
});

test('dependency versions are pinned', () => {
  for (const [name, v] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>))
    assert.match(v, /^\d+\.\d+\.\d+$/, `${name}@${v} is pinned`);
});

test('"Xuất ra Word (.docx)" is in the Command Palette and the editor title menu, for Markdown only', () => {
  const cmd = pkg.contributes.commands.find((c: { command: string }) => c.command === 'vanban.exportDocx');
  assert.ok(cmd, 'vanban.exportDocx is contributed');
  assert.equal(nlsVi[cmd.title.slice(1, -1)], 'Xuất ra Word (.docx)');
  assert.equal(nls[cmd.title.slice(1, -1)], 'Export to Word (.docx)');
  const rows: { menu: string; when: RegExp }[] = [
    { menu: 'commandPalette', when: /^editorLangId == markdown$/ },
    { menu: 'editor/title', when: /^resourceLangId == markdown$/ },
  ];
  for (const r of rows) {
    const item = (pkg.contributes.menus[r.menu] as { command: string; when?: string }[]).find((m) => m.command === 'vanban.exportDocx');
    assert.ok(item, `${r.menu} has the export`);
    assert.match(item!.when ?? '', r.when, r.menu);
  }
});
