// citation-issuer-ceased: a document whose symbol carries the code of a body that had ceased by the day written.
// "Quyết định số 2418/QĐ-BTNMT ngày 28/6/2025 của Bộ Nông nghiệp và Môi trường" (forty-sixth session's probe 445): the
// Bộ Tài nguyên và Môi trường, whose code BTNMT is, worked until the end of 28/02/2025 (Nghị quyết 176/2025/QH15); a
// decision of June 2025 is the new ministry's, 2418/QĐ-BNNMT. Writers keep the old code out of habit, and the wrong number
// then finds no document. The same holds for the central Party commissions merged in February 2025 ("…-HD/BDVTW" of
// the Ban Dân vận Trung ương after it became the Ban Tuyên giáo và Dân vận Trung ương).
//
// Facts, none written here: which body a code is, from the corpus's own records of documents carrying it (the issuer most
// of them name); when that body ceased and what followed it, from its organisation record; the follower's code, the same
// way. Only what the corpus does not know is judged — a record of the number confirms the document, whatever its day.
// The day is the one written with the citation, its own (a day written once after a list may be another member's); or,
// with none, the year in a state number when the whole year is after the body ceased.

import { MINISTRY_CODES } from '../extract/patterns';
import type { CorpusIndex, Entry } from '../corpus/corpus-index';
import type { OrganisationRecord } from '../corpus/types';
import type { Citation } from '../extract/citations';
import type { Rule, RuleFinding } from './rule';
import { dateVi, label, sourceNote } from './util/citations';

interface Ceased {
  code: string;
  body: Entry<OrganisationRecord>;
  /** The follower's code, when the corpus's records show one. */
  successorCode: string | null;
}

/** The code naming the issuing body in a citation's symbol: "BTNMT" of "QĐ-BTNMT", of "BTNMT-TCMT", "BDVTW" of "HD/BDVTW". */
function bodyCode(c: { style: string; typeCode: string | null; issuerCode: string | null }): string | null {
  // A ministry's letters ("1234/BTNMT-TCMT") are read as the type code, the unit's as the issuer code.
  if (c.style === 'state' && c.typeCode && MINISTRY_CODES.has(c.typeCode)) return c.typeCode;
  return c.issuerCode;
}

/** The same for a record's symbol ("QĐ-BTNMT", "BTNMT-TCMT", "HD/BDVTW"), split as the reader splits a citation's. */
function recordCode(symbol: string): string | null {
  const slash = symbol.split('/');
  const party = slash.length === 2;
  const [typeCode, issuerCode] = party ? slash : symbol.split('-');
  return issuerCode === undefined ? null : bodyCode({ style: party ? 'party' : 'state', typeCode: typeCode ?? null, issuerCode });
}

const byCorpus = new WeakMap<CorpusIndex, Map<string, Ceased>>();

/** Codes of central bodies that ceased on a known day, once per corpus. */
function ceasedCodes(corpus: CorpusIndex): Map<string, Ceased> {
  let out = byCorpus.get(corpus);
  if (out) return out;
  // Code → issuer → how many records of the code name it; a joint document's several issuers are not one body's name.
  const tally = new Map<string, Map<string, number>>();
  for (const d of corpus.directives) {
    const code = d.record.symbol ? recordCode(d.record.symbol) : null;
    const issuer = d.record.issuer;
    if (!code || !issuer || issuer.includes(',')) continue;
    const m = tally.get(code) ?? tally.set(code, new Map()).get(code)!;
    m.set(issuer, (m.get(issuer) ?? 0) + 1);
  }
  const codeOf = new Map<string, string>();
  const bodyOf = new Map<string, string>();
  for (const [code, issuers] of tally) {
    const [issuer, n] = [...issuers].sort((a, b) => b[1] - a[1])[0]!;
    // The code is the body's when most records carrying it say so.
    const all = [...issuers.values()].reduce((a, b) => a + b, 0);
    if (2 * n <= all) continue;
    bodyOf.set(code, issuer);
    const mine = tally.get(codeOf.get(issuer) ?? '')?.get(issuer) ?? 0;
    if (n > mine) codeOf.set(issuer, code);
  }
  const orgs = new Map(corpus.organisations.filter((e) => e.record.scope === 'central').map((e) => [e.record.name, e] as const));
  out = new Map();
  for (const [code, issuer] of bodyOf) {
    const body = orgs.get(issuer);
    if (!body?.record.until || !/^\d{4}-\d\d-\d\d$/u.test(body.record.until)) continue;
    const successor = body.record.successor;
    out.set(code, { code, body, successorCode: successor ? (codeOf.get(successor) ?? null) : null });
  }
  byCorpus.set(corpus, out);
  return out;
}

/** The day the document is said to be of, as ISO, when it is after `until`; or its number's year, when wholly after. */
function dayAfter(c: Citation, until: string): string | null {
  const own = c.date && !c.dateShared ? c.date.iso : null;
  if (own) return own >= until ? own : null;
  if (c.style === 'state' && c.idYear !== null && !c.date && c.idYear > Number(until.slice(0, 4))) return String(c.idYear);
  return null;
}

export const rule: Rule = {
  code: 'citation-issuer-ceased',
  defaultSeverity: 'warning',
  description: { vi: 'Ký hiệu văn bản của cơ quan đã thôi hoạt động trước ngày ban hành', en: "Symbol of a body that had ceased before the document's date" },
  run(ctx) {
    const out: RuleFinding[] = [];
    ctx.reading.citations.forEach((c, k) => {
      if (ctx.resolutions[k] || !c.idSpan || !c.idText || !c.id) return;
      const code = bodyCode(c);
      // The codes are worked out on the first unknown number with one (a few milliseconds over the corpus's records): a
      // page whose citations all resolve never pays for them.
      const hit = code ? ceasedCodes(ctx.corpus).get(code) : undefined;
      if (!hit) return;
      const until = hit.body.record.until!;
      const day = dayAfter(c, until);
      if (!day) return;
      // The corpus knows the number under this code (of another day): the document exists.
      if (ctx.corpus.byOfficialId(c.id).length > 0) return;
      const name = hit.body.record.name;
      const successor = hit.body.record.successor;
      const when = day.length === 4 ? { vi: `năm ${day}`, en: `of ${day}` } : { vi: `ngày ${dateVi(day)}`, en: `dated ${dateVi(day)}` };
      const now = successor
        ? { vi: ` (nay là ${successor}${hit.successorCode ? `, ký hiệu "${hit.successorCode}"` : ''})`, en: ` (now ${successor}${hit.successorCode ? `, code "${hit.successorCode}"` : ''})` }
        : { vi: '', en: '' };
      const src = sourceNote(hit.body.record.sources);
      const at = hit.successorCode ? c.idText.lastIndexOf(hit.code) : -1;
      const fixed = at >= 0 ? c.idText.slice(0, at) + hit.successorCode + c.idText.slice(at + hit.code.length) : null;
      out.push({
        span: c.idSpan,
        message: {
          vi: `Ký hiệu "${hit.code}" là của ${name}, thôi hoạt động từ ngày ${dateVi(until)}${now.vi}; ${label(c)} ${when.vi} không thể mang ký hiệu này: kiểm tra lại số, ký hiệu — ${src.vi}.`,
          en: `The code "${hit.code}" is the ${name}'s, which ceased on ${dateVi(until)}${now.en}; ${label(c)} ${when.en} cannot carry it: check the number and symbol — ${src.en}.`,
        },
        ...(fixed ? { fixes: [{ title: { vi: `Sửa ký hiệu thành "${fixed}"`, en: `Change the symbol to "${fixed}"` }, edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: fixed }], safe: false }] } : {}),
      });
    });
    return out;
  },
};
