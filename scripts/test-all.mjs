// `npm test`: every check, in the order a failure is cheapest to find, then one summary line.
// Installs Debian's Chromium first when it is missing and we may (root, apt-get present), because
// Playwright's own browser download does not work on our machines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `No Chromium at ${chromium}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  run('install Chromium', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
  ]);
}

mkdirSync('reports', { recursive: true });
run('types', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('types (workers + engine, no DOM)', 'npx', ['tsc', '-p', 'workers/tsconfig.json', '--noEmit']);
run('types (node: tests, configs)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
run('lint + format', 'npx', ['biome', 'check', '.']);
run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=reports/unit.json',
]);
run('production build', 'npx', ['vite', 'build']);
run('end-to-end tests', 'npx', ['playwright', 'test']);

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
const passed = unit.numPassedTests + (e2e.stats?.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
console.log(`\nunit: ${unit.numPassedTests} passed; end-to-end: ${e2e.stats?.expected ?? 0} passed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
