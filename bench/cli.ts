/**
 * How long `smtp 421` takes from a shell, as a user feels it: the built command run directly and
 * through npx, side by side with `node -e 0` (Node's own start-up) and `npx tsc -v` (npx's own
 * start-up with a trivial command), interleaved, median of N runs.
 *   npm run bench:cli [-- --runs 15]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;

if (!existsSync('dist/cli/main.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const commands: [string, string, string[]][] = [
  ['node -e 0 (Node start-up)', 'node', ['-e', '0']],
  ['smtp 421 (dist/cli/main.js)', 'node', ['dist/cli/main.js', '421']],
  ['npx tsc -v (npx start-up)', 'npx', ['tsc', '-v']],
  ['npx smtp 421', 'npx', ['smtp', '421']],
];

const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, cmd, args] of commands) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    times.get(name)!.push(ms);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`median of ${RUNS} interleaved runs:`);
for (const [name] of commands) console.log(`  ${name.padEnd(32)} ${median(times.get(name)!).toFixed(0).padStart(6)} ms`);
const ours = median(times.get('smtp 421 (dist/cli/main.js)')!) - median(times.get('node -e 0 (Node start-up)')!);
console.log(`  our own work in smtp 421 (above Node start-up): ${ours.toFixed(0)} ms`);
