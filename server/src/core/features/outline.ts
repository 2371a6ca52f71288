// The report's structure for the Outline view and folding: PHẦN THỨ …, I., 1., 1.1., a) nest by
// level. A level may be skipped (a "1." right under a PHẦN); a heading then nests under the
// nearest heading above it with a lower level.

import type { Section } from '../extract/sections';
import type { Span } from '../types';
import { rx } from '../text/letters';

export interface OutlineNode {
  /** "I. KẾT QUẢ THỰC HIỆN"; a PHẦN takes the capitalised title on the next line when it has none. */
  name: string;
  level: number;
  /** The heading line. */
  selection: Span;
  /** The heading and everything under it. */
  range: Span;
  children: OutlineNode[];
}

const CAPS_TITLE = rx(String.raw`^[\s*_#]{0,8}([\p{Lu}\p{M}\d][\p{Lu}\p{M}\d ,.;:\-–()"/]{2,160}?)[\s*_]{0,8}$`, 'u');

function titleBelow(text: string, s: Section): string {
  const nl = text.indexOf('\n', s.span.end);
  if (nl < 0) return '';
  const end = text.indexOf('\n', nl + 1);
  const line = text.slice(nl + 1, end < 0 ? text.length : end).replace(/\r$/, '');
  const m = CAPS_TITLE.exec(line);
  return m ? m[1]!.trim() : '';
}

export function outline(sections: readonly Section[], text: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const s of sections) {
    const title = s.title || (s.level === 0 ? titleBelow(text, s) : '');
    const node: OutlineNode = { name: title ? `${s.label} ${title}` : s.label, level: s.level, selection: s.span, range: s.range, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= s.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** Spans to fold: each section from its heading to its end. */
export function foldingSpans(sections: readonly Section[]): Span[] {
  return sections.filter((s) => s.range.end > s.span.end).map((s) => s.range);
}
