#!/usr/bin/env node
// Builds the Firefox add-on and runs `web-ext lint` on it: fails on any error,
// lists the warnings (Preact's own innerHTML handling is expected there).
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const lint = spawnSync(npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error(lint.stdout, lint.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint (Firefox build): ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const kind of ['errors', 'warnings']) {
  for (const message of report[kind]) console.log(`  ${kind.slice(0, -1)} ${message.code} ${message.file ?? ''}: ${message.message}`);
}
process.exit(errors === 0 ? 0 : 1);
