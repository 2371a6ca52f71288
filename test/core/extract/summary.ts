// Shared by the reader's tests: one line of text per citation, so a table row states everything
// the reader decided about it. Fields: kind (* = not written at the citation, taken from its list
// or its symbol) | official id, "#n" for a number-only mention, "plenum 4 XI" / "plenum 6 session 2 VIII" / "congress XIII"
// / "law Đất đai 2024" (name, year) / "congress XX local" for a named document, "!malformation" when the id is written wrongly | date (ISO, "d/m" without
// a year, * = shared from the end of a list) | issuer | term:scope | list index when in a list.

import type { Citation } from '../../../server/src/core/extract/citations';

export function summarize(c: Citation): string {
  const kind = c.kind ? c.kind + (c.kindWritten ? '' : '*') : '-';
  const named = c.named
    ? [c.named.kind, c.named.plenum ?? '', c.named.session ? `session ${c.named.session}` : '', c.named.term ?? '', c.named.kind === 'law' ? (c.name?.text ?? '') : '', c.named.year ?? '', c.named.level === 'local' ? 'local' : '']
        .filter((x) => x !== '')
        .join(' ')
    : null;
  const id = named ?? (c.id ? c.id + (c.malformed ? `!${c.malformed}` : '') : c.number ? `#${c.number}${c.style === 'number-only' && c.idYear !== null ? `/${c.idYear}` : ''}` : '-');
  const date = c.date ? (c.date.iso ?? `${c.date.day}/${c.date.month}`) + (c.dateShared ? '*' : '') : '-';
  const issuer = c.issuer?.name ?? '-';
  const term = c.term ? `${c.term.roman}:${c.term.scope}` : '-';
  return [kind, id, date, issuer, term].join(' | ') + (c.list >= 0 ? ` | L${c.list}` : '');
}
