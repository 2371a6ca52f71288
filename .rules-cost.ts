import { bundledCorpus, coreBundle } from './bench/core-bundle';
import { denseReport } from './bench/extract.bench';
const TODAY = '2026-12-01';
(async () => {
  const core = await coreBundle();
  const corpus = await bundledCorpus(core);
  const text = denseReport(250_000);
  const codes: string[] = [...core.RULE_CODES];
  const opts = (off: string[]) => core.resolveOptions({ rules: Object.fromEntries(off.map((c) => [c, 'off'])) }, core.RULE_CODES).options;
  const time = (o: any, n = 7) => { const ts: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); core.analyze(text, corpus, o, TODAY); ts.push(performance.now() - s); } ts.sort((a, b) => a - b); return ts[Math.floor(n / 2)]!; };
  const all = opts([]); const none = opts(codes);
  for (let i = 0; i < 3; i++) { time(all, 3); time(none, 3); }
  const res: [string, number][] = [];
  const base = time(all, 9), empty = time(none, 9);
  console.log('all', base.toFixed(1), 'none', empty.toFixed(1), 'read', (() => { const s = performance.now(); for (let i = 0; i < 5; i++) core.read(text); return ((performance.now() - s) / 5).toFixed(1); })());
  for (const c of codes) { const only = time(opts(codes.filter((x) => x !== c)), 5); res.push([c, only - empty]); }
  res.sort((a, b) => b[1] - a[1]);
  for (const [c, d] of res) console.log(d.toFixed(1).padStart(7), c);
  console.log('sum', res.reduce((a, b) => a + b[1], 0).toFixed(1));
})();
