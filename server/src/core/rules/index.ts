// Every rule, in the order findings are listed. Add a rule: a file named after its code, and a
// line here.

import type { Rule } from './rule';
import { rule as dateInvalid } from './date-invalid';

export const RULES: readonly Rule[] = [dateInvalid];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);
