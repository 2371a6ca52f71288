// The layout data of `vanban export`: every value names its source, chosen values sit inside the
// ranges the rules give, and `.vanban.json` overrides are checked and applied.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPatch, ELEMENTS, LAYOUTS, parseExportConfig, SOURCES, type ExportConfig } from '../../../server/src/core/index';

const cited = (src: string) => [...src.matchAll(/\[([\w-]+)\]/g)].map((m) => m[1]!);

test('every formatting value cites a source that is listed, and sources name where they were read', () => {
  for (const l of Object.values(LAYOUTS)) {
    const sources = [l.font.source, l.page.source, l.body.source, l.pageNumbers.source, l.header.source, l.spacing.source, l.closing.source, ...ELEMENTS.map((e) => l.styles[e].source)];
    for (const src of sources) {
      const keys = cited(src);
      assert.ok(keys.length > 0, `${l.id}: no source in "${src}"`);
      for (const k of keys) assert.ok(SOURCES[k], `${l.id}: unknown source [${k}] in "${src}"`);
    }
  }
  for (const [k, s] of Object.entries(SOURCES)) if (k !== 'practice') assert.ok(s.read.length > 0, `source ${k} has no page it was read on`);
});

test('chosen sizes and margins sit inside the ranges the rules allow', () => {
  for (const l of Object.values(LAYOUTS)) {
    for (const e of ELEMENTS) {
      const st = l.styles[e];
      if (st.range) assert.ok(st.size >= st.range[0] && st.size <= st.range[1], `${l.id}.${e}: ${st.size} outside ${st.range}`);
    }
    const r = l.page.marginRanges;
    if (r) for (const side of ['top', 'bottom', 'left', 'right'] as const) assert.ok(l.page.margins[side] >= r[side][0] && l.page.margins[side] <= r[side][1], `${l.id} margin ${side}`);
  }
});

test('.vanban.json "export": good values are kept, bad ones named and left out', () => {
  const rows: { name: string; raw: unknown; config: ExportConfig; problems: string[] }[] = [
    { name: 'absent', raw: undefined, config: {}, problems: [] },
    { name: 'default layout', raw: { defaultLayout: 'state' }, config: { defaultLayout: 'state' }, problems: [] },
    {
      name: 'house rules',
      raw: { party: { font: 'Liberation Serif', margins: { left: 30 }, body: { lineSpacing: 1.3 }, styles: { body: { size: 15 } } } },
      config: { party: { font: 'Liberation Serif', margins: { left: 30 }, body: { lineSpacing: 1.3 }, styles: { body: { size: 15 } } } },
      problems: [],
    },
    { name: 'not an object', raw: 'state', config: {}, problems: ['export'] },
    { name: 'unknown layout', raw: { defaultLayout: 'province' }, config: {}, problems: ['export.defaultLayout'] },
    { name: 'unknown key', raw: { colours: {} }, config: {}, problems: ['export.colours'] },
    {
      name: 'bad values beside a good one',
      raw: { state: { margins: { left: 300, top: 22 }, styles: { kind: { size: 'big' }, nope: {} } } },
      config: { state: { margins: { top: 22 }, styles: { kind: {} } } },
      problems: ['export.state.margins.left', 'export.state.styles.kind.size', 'export.state.styles.nope'],
    },
  ];
  for (const r of rows) {
    const got = parseExportConfig(r.raw);
    assert.deepEqual(got.config, r.config, r.name);
    assert.deepEqual(got.problems.map((p) => p.path), r.problems, r.name);
    for (const p of got.problems) assert.ok(p.message.vi && p.message.en, r.name);
  }
});

test('an override changes the value and says it comes from .vanban.json; the base layout is untouched', () => {
  const l = applyPatch(LAYOUTS.state, { font: 'Liberation Serif', margins: { left: 35 }, styles: { body: { size: 13 } } });
  assert.equal(l.font.family, 'Liberation Serif');
  assert.equal(l.font.source, '.vanban.json');
  assert.equal(l.page.margins.left, 35);
  assert.equal(l.page.margins.top, LAYOUTS.state.page.margins.top);
  assert.equal(l.styles.body.size, 13);
  assert.equal(l.styles.body.source, '.vanban.json');
  assert.equal(LAYOUTS.state.styles.body.size, 14);
  assert.equal(LAYOUTS.state.font.family, 'Times New Roman');
  assert.equal(applyPatch(LAYOUTS.party, undefined), LAYOUTS.party);
});
