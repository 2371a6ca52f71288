// Where the exporter comes from. In the bundles it is a file of its own, dist/export.js (markdown-it
// and docx are about a megabyte of code): `vanban check` and the language server never parse it, and
// the first export loads it. From the sources (tests, tsx) it is the module itself.

import * as path from 'node:path';

type Exporter = typeof import('./export-docx');
declare const VANBAN_SPLIT_EXPORT: boolean | undefined;

let loaded: Promise<Exporter> | undefined;

export function loadExporter(): Promise<Exporter> {
  loaded ??=
    typeof VANBAN_SPLIT_EXPORT === 'boolean' && VANBAN_SPLIT_EXPORT
      ? Promise.resolve(require(path.join(__dirname, 'export.js')) as Exporter)
      : import('./export-docx');
  return loaded;
}
