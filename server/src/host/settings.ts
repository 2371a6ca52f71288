// The editor's "vanban.*" settings as the client sends them: checked key by key before the server
// uses them. A client may send anything (a hand-edited settings.json, another editor's Lua table),
// and one bad value used to throw before the server was ready, leaving every request waiting.
// Each bad value is named in a message and ignored; the key keeps its default.

import type { Settings } from '../protocol';

export interface SettingProblem {
  /** The setting's full name, "vanban.corpus.paths". */
  key: string;
  message: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  reportDate: null,
  corpus: { paths: [] },
  rules: {},
  knownAbbreviations: null,
  toneMarkStyle: 'majority',
  locale: null,
};

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
};

type Check = (v: unknown, out: Settings, problems: SettingProblem[]) => void;

function oneOf<K extends 'enable' | 'toneMarkStyle' | 'locale'>(key: K, allowed: readonly (Settings[K] & string)[], allowNull: boolean): Check {
  return (v, out, problems) => {
    if (v === null && allowNull) return;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) (out[key] as unknown) = v;
    else
      problems.push({
        key: `vanban.${key}`,
        message: `giá trị ${show(v)} không hợp lệ, phải là ${allowed.map((a) => `"${a}"`).join(', ')}; dùng mặc định / invalid value ${show(v)}, must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; using the default`,
      });
  };
}

/** Each known key and how to check it; keys not listed are ignored (VS Code sends "trace" too). */
const CHECKS: Record<string, Check> = {
  enable: oneOf('enable', ['auto', 'always', 'never'], false),
  toneMarkStyle: oneOf('toneMarkStyle', ['majority', 'first', 'second'], false),
  locale: oneOf('locale', ['auto', 'vi', 'en'], true),
  reportDate(v, out, problems) {
    if (v === null || v === '') return;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.reportDate = v;
    else
      problems.push({
        key: 'vanban.reportDate',
        message: `giá trị ${show(v)} không hợp lệ, phải có dạng "YYYY-MM-DD"; bỏ qua / invalid value ${show(v)}, must be "YYYY-MM-DD"; ignored`,
      });
  },
  corpus(v, out, problems) {
    if (v === null) return;
    if (typeof v !== 'object' || Array.isArray(v)) {
      problems.push({ key: 'vanban.corpus', message: `phải là một đối tượng; bỏ qua / must be an object; ignored` });
      return;
    }
    const paths = (v as { paths?: unknown }).paths;
    if (paths === undefined || paths === null) return;
    out.corpus = { paths: folderList(paths, 'vanban.corpus.paths', problems) };
  },
  rules(v, out, problems) {
    if (v === null) return;
    if (typeof v === 'object' && !Array.isArray(v)) out.rules = v as Record<string, unknown>; // each rule is checked by resolveOptions
    else problems.push({ key: 'vanban.rules', message: `${show(v)} không phải một đối tượng { "mã-quy-tắc": mức }; bỏ qua / is not an object { "rule-code": severity }; ignored` });
  },
  knownAbbreviations(v, out, problems) {
    if (v === null) return;
    if (Array.isArray(v)) {
      const good = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      if (good.length !== v.length)
        problems.push({
          key: 'vanban.knownAbbreviations',
          message: `bỏ qua ${v.length - good.length} mục không phải chuỗi / ignored ${v.length - good.length} entries that are not strings`,
        });
      out.knownAbbreviations = good;
    } else if (typeof v === 'string' && v.trim()) {
      // One abbreviation typed without brackets: meant as a list of one.
      out.knownAbbreviations = [v];
      problems.push({ key: 'vanban.knownAbbreviations', message: `nên là danh sách ["${v}"]; đã hiểu là một mục / should be a list ["${v}"]; taken as one entry` });
    } else problems.push({ key: 'vanban.knownAbbreviations', message: `${show(v)} không phải danh sách chuỗi; bỏ qua / is not a list of strings; ignored` });
  },
};

/**
 * A list of folders: an array of non-empty strings. A single string is one folder (it used to be
 * split into one folder per character); anything else in the list is named and dropped.
 */
export function folderList(v: unknown, key: string, problems: SettingProblem[]): string[] {
  if (typeof v === 'string') {
    if (!v.trim()) return [];
    problems.push({ key, message: `nên là danh sách ["${v}"]; đã hiểu là một thư mục / should be a list ["${v}"]; taken as one folder` });
    return [v];
  }
  if (!Array.isArray(v)) {
    problems.push({ key, message: `${show(v)} không phải danh sách thư mục; bỏ qua / is not a list of folders; ignored` });
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item);
    else problems.push({ key: `${key}[${i}]`, message: `${show(item)} không phải tên thư mục; bỏ qua / is not a folder name; ignored` });
  });
  return out;
}

/** Check what the client sent for the "vanban" section; never throws. */
export function validateSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, corpus: { paths: [] }, rules: {} };
  const problems: SettingProblem[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: 'vanban', message: `cấu hình phải là một đối tượng; dùng mặc định / settings must be an object; using defaults` });
    return { settings, problems };
  }
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (v === undefined) continue;
    // A client that flattens the section sends "corpus.paths" as one key.
    if (k === 'corpus.paths') CHECKS.corpus!({ paths: v }, settings, problems);
    else CHECKS[k]?.(v, settings, problems);
  }
  return { settings, problems };
}
