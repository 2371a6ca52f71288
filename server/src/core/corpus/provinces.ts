// Provinces as the corpus records them (corpus/provinces.json): organisation records of scope
// "province" named "tỉnh X", "thành phố X" or "Thành phố X", the 52 that merged on 1/7/2025 with
// `until` and `successor`, the 34 current ones (the 23 new units with `from`).
//
// Writers name a province through its bodies ("Tỉnh ủy Hà Giang", "UBND tỉnh Bình Dương"), so the
// names a rule matches are generated here from each province record and a table of body forms —
// one place to add a form, not four hundred strings in the data.

import { fold } from '../text/normalize';
import type { Entry } from './corpus-index';
import type { OrganisationRecord } from './types';

export type ProvinceUnit = 'tỉnh' | 'thành phố';

export interface Province {
  entry: Entry<OrganisationRecord>;
  unit: ProvinceUnit;
  /** As written in the record: "Hà Giang", "Bà Rịa - Vũng Tàu". */
  place: string;
  /** fold(place). */
  key: string;
}

/**
 * How writers name a province's bodies, by role; `{X}` is the place. The same role under the
 * other unit word names the successor's body ("UBND tỉnh Bình Dương" → "UBND Thành phố Hồ Chí
 * Minh"). Forms that match ignoring case and tone placement need not be listed twice.
 */
export const BODY_FORMS: readonly { role: string; 'tỉnh': string[]; 'thành phố': string[] }[] = [
  { role: 'party-committee', 'tỉnh': ['Tỉnh ủy {X}'], 'thành phố': ['Thành ủy {X}'] },
  { role: 'party-organisation', 'tỉnh': ['Đảng bộ tỉnh {X}'], 'thành phố': ['Đảng bộ thành phố {X}'] },
  { role: 'people-committee', 'tỉnh': ['UBND tỉnh {X}', 'Ủy ban nhân dân tỉnh {X}'], 'thành phố': ['UBND thành phố {X}', 'Ủy ban nhân dân thành phố {X}'] },
  { role: 'people-council', 'tỉnh': ['HĐND tỉnh {X}', 'Hội đồng nhân dân tỉnh {X}'], 'thành phố': ['HĐND thành phố {X}', 'Hội đồng nhân dân thành phố {X}'] },
  {
    role: 'front',
    'tỉnh': ['Ủy ban MTTQ Việt Nam tỉnh {X}', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {X}'],
    'thành phố': ['Ủy ban MTTQ Việt Nam thành phố {X}', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố {X}'],
  },
];

const NAME = /^(tỉnh|[Tt]hành phố)\s(.+)$/u;

/** A province record's unit and place, or null for any other organisation record. */
export function provinceOf(e: Entry<OrganisationRecord>): Province | null {
  if (e.record.scope !== 'province') return null;
  const m = NAME.exec(e.record.name);
  if (!m) return null;
  const place = m[2]!;
  return { entry: e, unit: m[1]!.toLowerCase() as ProvinceUnit, place, key: fold(place) };
}

/** Spellings of a place writers use: "Bà Rịa - Vũng Tàu" is also "Bà Rịa-Vũng Tàu". */
function placeSpellings(place: string): string[] {
  return place.includes(' - ') ? [place, place.replace(' - ', '-')] : [place];
}

export interface BodyName {
  /** The name as it may be written: "Tỉnh ủy Hà Giang". */
  name: string;
  province: Province;
  role: string;
  /** Which of the role's forms, so the successor is named the same way (UBND / Ủy ban nhân dân). */
  form: number;
}

/** Every body name of a province, from BODY_FORMS. */
export function bodyNames(p: Province): BodyName[] {
  const out: BodyName[] = [];
  for (const f of BODY_FORMS)
    f[p.unit].forEach((form, i) => {
      for (const place of placeSpellings(p.place)) out.push({ name: form.replace('{X}', place), province: p, role: f.role, form: i });
    });
  return out;
}

/** The same body of another province: the successor's "Tỉnh ủy" for a former "Tỉnh ủy". */
export function successorBody(b: BodyName, successorName: string): string | null {
  const m = NAME.exec(successorName);
  const f = BODY_FORMS.find((x) => x.role === b.role);
  if (!m || !f) return null;
  const unit = m[1]!.toLowerCase() as ProvinceUnit;
  // The city keeps its capital T in its name ("Thành phố Hồ Chí Minh"): name the body after it.
  const form = f[unit][b.form] ?? f[unit][0]!;
  return m[1] === 'Thành phố' ? form.replace('thành phố {X}', 'Thành phố {X}').replace('{X}', m[2]!) : form.replace('{X}', m[2]!);
}

/** Whether a record exists on `iso`: from ≤ iso < until (partial dates compare by their length). */
export function existsOn(r: OrganisationRecord, iso: string): boolean {
  if (r.from && iso.slice(0, r.from.length) < r.from) return false;
  if (r.until && iso.slice(0, r.until.length) >= r.until) return false;
  return true;
}
