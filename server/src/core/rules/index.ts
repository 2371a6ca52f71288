// Every rule, in the order findings are listed. Add a rule: a file named after its code, and a
// line here.

import type { Rule } from './rule';
import { rule as dateInvalid } from './date-invalid';
import { rule as dateFuture } from './date-future';
import { rule as dateFormat } from './date-format';
import { rule as spaceMissing } from './space-missing';
import { rule as letterLookalike } from './letter-lookalike';
import { rule as abbreviationUndefined } from './abbreviation-undefined';
import { rule as titleCapitalization } from './title-capitalization';
import { rule as nameMisspelt } from './name-misspelt';
import { rule as toneMarkStyle } from './tone-mark-style';
import { rule as organisationRenamed } from './organisation-renamed';
import { rule as sectionMissing } from './section-missing';
import { rule as citationUnknown } from './citation-unknown';
import { rule as citationDateMismatch } from './citation-date-mismatch';
import { rule as citationDateFuture } from './citation-date-future';
import { rule as citationEffectiveMismatch } from './citation-effective-mismatch';
import { rule as citationTypeMismatch } from './citation-type-mismatch';
import { rule as citationIssuerMismatch } from './citation-issuer-mismatch';
import { rule as citationIssuerCeased } from './citation-issuer-ceased';
import { rule as citationTermMismatch } from './citation-term-mismatch';
import { rule as citationSubjectMismatch } from './citation-subject-mismatch';
import { rule as ownNumberMismatch } from './own-number-mismatch';
import { rule as citationSuperseded } from './citation-superseded';
import { rule as citationInconsistent } from './citation-inconsistent';
import { rule as citationIncomplete } from './citation-incomplete';
import { rule as citationFormat } from './citation-format';
import { rule as anniversaryMismatch } from './anniversary-mismatch';
import { rule as commemorationCount } from './commemoration-count';
import { rule as visionYearOrder } from './vision-year-order';
import { rule as officeTermSpan } from './office-term-span';

export const RULES: readonly Rule[] = [
  citationUnknown,
  citationDateMismatch,
  citationDateFuture,
  citationEffectiveMismatch,
  citationTypeMismatch,
  citationIssuerMismatch,
  citationIssuerCeased,
  citationTermMismatch,
  citationSubjectMismatch,
  ownNumberMismatch,
  citationSuperseded,
  citationInconsistent,
  citationIncomplete,
  citationFormat,
  anniversaryMismatch,
  commemorationCount,
  officeTermSpan,
  visionYearOrder,
  dateInvalid,
  dateFuture,
  dateFormat,
  spaceMissing,
  letterLookalike,
  abbreviationUndefined,
  titleCapitalization,
  nameMisspelt,
  toneMarkStyle,
  organisationRenamed,
  sectionMissing];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);
