// Remembering a function of a string. A long report asks the same few things again and again —
// the folded form of a kind word or an issuer's name, the key of an id, the parts a section title
// names — for every citation, block or analysis; working them out each time cost more than the
// rest of the work that asked.

import { detached } from './detached';

/**
 * `compute`, remembered for the strings it was asked with. Bounded: emptied when it holds `limit`
 * answers, so a hostile text cannot grow it without end. Keys and string answers are stored as
 * detached copies (text/detached.ts): a remembered piece never keeps a whole document alive.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = compute(key);
      if (typeof v === 'string') v = detached(v) as V;
      if (memo.size >= limit) memo.clear();
      memo.set(detached(key), v);
    }
    return v;
  };
}
