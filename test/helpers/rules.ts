// The check helper for rules: a draft with ⟦…⟧ around every span the rule must flag, run through
// the full analysis with one rule enabled, compared span by span.

import assert from 'node:assert/strict';
import { analyze, resolveOptions, RULE_CODES, type CorpusIndex, type Finding } from '../../server/src/core/index';
import { parseMarkers } from './markers';

export interface RuleCase {
  /** Draft text with ⟦…⟧ around each expected finding. */
  text: string;
  /** Today's date (the report date when the draft has no date line). */
  today?: string;
  /** Substrings each finding's Vietnamese message must contain, in order. */
  messages?: string[];
  options?: Record<string, unknown>;
}

export function runRule(code: string, text: string, corpus: CorpusIndex, today = '2026-11-23', extra: Record<string, unknown> = {}): Finding[] {
  const rules = Object.fromEntries(RULE_CODES.map((c) => [c, c === code]));
  const { options, problems } = resolveOptions({ ...extra, rules }, RULE_CODES);
  assert.deepEqual(problems, [], 'test options are valid');
  return analyze(text, corpus, options, today).findings;
}

export function checkRule(code: string, corpus: CorpusIndex, c: RuleCase): Finding[] {
  const m = parseMarkers(c.text);
  const findings = runRule(code, m.text, corpus, c.today, c.options);
  assert.deepEqual(
    findings.map((f) => m.text.slice(f.span.start, f.span.end)),
    m.spans.map((s) => s.text),
    `findings of ${code} in:\n${m.text}\n${findings.map((f) => f.message.vi).join('\n')}`,
  );
  if (c.messages)
    c.messages.forEach((msg, i) => assert.ok(findings[i]?.message.vi.includes(msg), `message ${i}: "${findings[i]?.message.vi}" should contain "${msg}"`));
  return findings;
}

/** Apply a finding's first fix to the text. */
export function applyFix(text: string, f: Finding, which = 0): string {
  const fix = f.fixes?.[which];
  assert.ok(fix, `finding ${f.code} has a fix`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
