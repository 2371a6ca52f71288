// Runs the test tiers named on the command line (static, core, protocol, editor …) with node's
// built-in test runner, through tsx so tests are TypeScript. Node 20's --test takes no globs,
// so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tiers = process.argv.slice(2);
if (tiers.length === 0) tiers.push('static', 'core', 'protocol');
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
}
for (const t of tiers) walk(join('test', t));
if (files.length === 0) {
  console.error(`no test files in tiers: ${tiers.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
