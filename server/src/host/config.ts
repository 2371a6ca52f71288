// The project's own configuration file, `.vanban.json` at the workspace root (or `--config FILE`
// for the CLI). Read by the CLI and the server alike; a bad file is reported with its name and
// line, and everything else goes on with defaults.

import * as path from 'node:path';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { folderList, type SettingProblem } from './settings';
import { readBytes } from './files';

export const CONFIG_FILE = '.vanban.json';

export interface ProjectConfig {
  file: string;
  /** The parsed object (checked later by the core's resolveOptions), or undefined when unreadable. */
  raw: Record<string, unknown> | undefined;
  /** Corpus folders named in the file, resolved against the file's folder. */
  corpusDirs: string[];
  problems: { file: string; line?: number; message: string }[];
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Read a config file; a missing file is not a problem when `optional`. */
export async function readProjectConfig(file: string, optional: boolean): Promise<ProjectConfig | null> {
  let text: string;
  try {
    // Notepad saves "UTF-8" with a byte-order mark, which jsonc-parser calls an InvalidSymbol.
    text = stripBom((await readBytes(file)).toString('utf8'));
  } catch (e) {
    if (optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { file, raw: undefined, corpusDirs: [], problems: [{ file, message: `không đọc được cấu hình / cannot read config: ${(e as NodeJS.ErrnoException).code ?? e}` }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree || tree.type !== 'object') {
    const e = errors[0];
    return {
      file,
      raw: undefined,
      corpusDirs: [],
      problems: [{ file, line: e ? lineOf(text, e.offset) : 1, message: `cấu hình không phải JSON hợp lệ / config is not valid JSON${e ? ` (${printParseErrorCode(e.error)})` : ''}` }],
    };
  }
  // jsonc-parser's tree → plain value without re-parsing.
  const raw = JSON.parse(JSON.stringify(nodeToValue(tree))) as Record<string, unknown>;
  // "corpus": "docs" is one folder; a number or an object in the list is named, never dropped silently.
  const corpusProblems: SettingProblem[] = [];
  // The schema allows one folder as a plain string, so it raises nothing (a CLI run stays exit 0).
  const folders = typeof raw.corpus === 'string' ? (raw.corpus.trim() ? [raw.corpus] : []) : raw.corpus === undefined || raw.corpus === null ? [] : folderList(raw.corpus, 'corpus', corpusProblems);
  const corpusDirs = folders.map((d) => path.resolve(path.dirname(file), d));
  return { file, raw, corpusDirs, problems: corpusProblems.map((p) => ({ file, message: `${p.key}: ${p.message}` })) };
}

function nodeToValue(n: import('jsonc-parser').Node): unknown {
  if (n.type === 'object') return Object.fromEntries((n.children ?? []).map((p) => [p.children![0]!.value, nodeToValue(p.children![1]!)]));
  if (n.type === 'array') return (n.children ?? []).map(nodeToValue);
  return n.value;
}

/** Drop a leading UTF-8 byte-order mark (U+FEFF), which JSON parsers refuse. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
