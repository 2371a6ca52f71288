// Options the adapters pass in (from VS Code settings, .vanban.json or CLI flags), checked and
// completed with defaults. Bad values never throw: they become messages the adapter shows.

import { parseExportConfig, type ExportConfig } from './export/layouts';
import type { Localized, Locale, Severity } from './types';

export type RuleSetting = Severity | 'off' | boolean | { severity?: Severity | 'off'; enabled?: boolean };

export interface Options {
  locale?: Locale;
  /** Per-rule severity or on/off, keyed by rule code. */
  rules?: Record<string, RuleSetting>;
  /** The report's date when it has no date line ("YYYY-MM-DD"). */
  reportDate?: string;
  /** Abbreviations every reader knows, never flagged as undefined. */
  knownAbbreviations?: string[];
  /** Preferred tone-mark placement for tone-mark-style: "first" (khóa, ủy) or "second" (khoá, uỷ). */
  toneMarkStyle?: 'first' | 'second' | 'majority';
}

export interface ResolvedOptions {
  locale: Locale;
  rules: Record<string, { enabled: boolean; severity: Severity | null }>;
  reportDate: string | null;
  knownAbbreviations: string[];
  toneMarkStyle: 'first' | 'second' | 'majority';
  /** `"export"` of .vanban.json: the default layout and a province's overrides (export/layouts.ts). */
  export?: ExportConfig;
}

export const DEFAULT_KNOWN_ABBREVIATIONS = ['UBND', 'HĐND', 'TW', 'TP', 'TP.HCM'];

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

export interface OptionProblem {
  path: string;
  message: Localized;
}

/** Check and complete options. `knownRules` are the codes a setting may name. */
export function resolveOptions(
  input: unknown,
  knownRules: readonly string[],
): { options: ResolvedOptions; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const o: ResolvedOptions = {
    locale: 'vi',
    rules: {},
    reportDate: null,
    knownAbbreviations: [...DEFAULT_KNOWN_ABBREVIATIONS],
    toneMarkStyle: 'majority',
  };
  if (input === undefined || input === null) return { options: o, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ path: '', message: { vi: 'Cấu hình phải là một đối tượng JSON.', en: 'Options must be a JSON object.' } });
    return { options: o, problems };
  }
  const raw = input as Record<string, unknown>;
  const known = new Set(['locale', 'rules', 'reportDate', 'knownAbbreviations', 'toneMarkStyle', '$schema', 'corpus', 'export']);
  for (const k of Object.keys(raw)) {
    if (!known.has(k))
      problems.push({ path: k, message: { vi: `Khóa cấu hình không biết: "${k}".`, en: `Unknown option: "${k}".` } });
  }
  if (raw.export !== undefined) {
    const r = parseExportConfig(raw.export);
    o.export = r.config;
    problems.push(...r.problems);
  }
  if (raw.locale !== undefined) {
    if (raw.locale === 'vi' || raw.locale === 'en') o.locale = raw.locale;
    else problems.push({ path: 'locale', message: { vi: 'locale phải là "vi" hoặc "en".', en: 'locale must be "vi" or "en".' } });
  }
  if (raw.reportDate !== undefined && raw.reportDate !== null && raw.reportDate !== '') {
    if (typeof raw.reportDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.reportDate)) o.reportDate = raw.reportDate;
    else
      problems.push({
        path: 'reportDate',
        message: { vi: 'reportDate phải có dạng YYYY-MM-DD.', en: 'reportDate must be YYYY-MM-DD.' },
      });
  }
  if (raw.knownAbbreviations !== undefined) {
    if (Array.isArray(raw.knownAbbreviations) && raw.knownAbbreviations.every((x) => typeof x === 'string'))
      o.knownAbbreviations = raw.knownAbbreviations as string[];
    else
      problems.push({
        path: 'knownAbbreviations',
        message: { vi: 'knownAbbreviations phải là danh sách chuỗi.', en: 'knownAbbreviations must be a list of strings.' },
      });
  }
  if (raw.toneMarkStyle !== undefined) {
    if (raw.toneMarkStyle === 'first' || raw.toneMarkStyle === 'second' || raw.toneMarkStyle === 'majority')
      o.toneMarkStyle = raw.toneMarkStyle;
    else
      problems.push({
        path: 'toneMarkStyle',
        message: {
          vi: 'toneMarkStyle phải là "first", "second" hoặc "majority".',
          en: 'toneMarkStyle must be "first", "second" or "majority".',
        },
      });
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) {
      problems.push({ path: 'rules', message: { vi: 'rules phải là một đối tượng.', en: 'rules must be an object.' } });
    } else {
      const codes = new Set(knownRules);
      for (const [code, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!codes.has(code)) {
          problems.push({ path: `rules.${code}`, message: { vi: `Không có quy tắc "${code}".`, en: `No rule "${code}".` } });
          continue;
        }
        const r = parseRuleSetting(setting);
        if (r) o.rules[code] = r;
        else
          problems.push({
            path: `rules.${code}`,
            message: {
              vi: `Giá trị không hợp lệ cho "${code}": dùng true/false, "off" hoặc một mức error/warning/information/hint.`,
              en: `Bad value for "${code}": use true/false, "off" or a severity error/warning/information/hint.`,
            },
          });
      }
    }
  }
  return { options: o, problems };
}

function parseRuleSetting(s: unknown): { enabled: boolean; severity: Severity | null } | null {
  if (typeof s === 'boolean') return { enabled: s, severity: null };
  if (s === 'off') return { enabled: false, severity: null };
  if (typeof s === 'string' && SEVERITIES.has(s)) return { enabled: true, severity: s as Severity };
  if (typeof s === 'object' && s !== null && !Array.isArray(s)) {
    const o = s as { severity?: unknown; enabled?: unknown };
    if (o.enabled !== undefined && typeof o.enabled !== 'boolean') return null;
    if (o.severity === 'off') return { enabled: false, severity: null };
    if (o.severity !== undefined && !(typeof o.severity === 'string' && SEVERITIES.has(o.severity))) return null;
    return { enabled: o.enabled ?? true, severity: (o.severity as Severity | undefined) ?? null };
  }
  return null;
}
