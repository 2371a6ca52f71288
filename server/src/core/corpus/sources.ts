// How a source is named to a writer, in hovers and in messages alike: a short title and its site,
// never a whole headline or a long address (some sources are news articles titled by their first
// sentence). The full address stays one click away in the hover's link.

import type { SourceRef } from './types';

/** "thuvienphapluat.vn" from "https://thuvienphapluat.vn/van-ban/…". */
export function siteOf(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.|m\.)?([^/?#]+).*$/, '$1');
}

/** A title cut at a word before `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = 60): string {
  const t = title.trim().replace(/\s+/gu, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** "Short title (site)", the site alone, or the title alone: plain text. */
export function sourceName(s: SourceRef): string {
  const title = s.title ? shortTitle(s.title) : '';
  if (!s.url) return title;
  const site = siteOf(s.url);
  // A title that already names its site ("Văn bản … (vbpl.ts24.com.vn)") is not given it twice.
  if (title && title.endsWith(`(${site})`)) return title;
  return title ? `${title} (${site})` : site;
}
