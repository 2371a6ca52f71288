// Inline markers for positions in test data: ⟦…⟧ marks a span, $0 a cursor. Positions in tests
// come from markers, never from counted offsets.

export interface Marked {
  text: string;
  spans: { start: number; end: number; text: string }[];
  cursor: number | null;
}

export function parseMarkers(src: string): Marked {
  let text = '';
  const spans: Marked['spans'] = [];
  const open: number[] = [];
  let cursor: number | null = null;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') {
      const s = open.pop();
      if (s === undefined) throw new Error(`unbalanced ⟧ in ${src}`);
      spans.push({ start: s, end: text.length, text: text.slice(s, text.length) });
    } else if (ch === '$' && src[i + 1] === '0') {
      cursor = text.length;
      i++;
    } else text += ch;
  }
  if (open.length) throw new Error(`unbalanced ⟦ in ${src}`);
  spans.sort((a, b) => a.start - b.start);
  return { text, spans, cursor };
}
