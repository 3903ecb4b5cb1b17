#!/usr/bin/env node
// `npm test`: typecheck, then the rings (unit, corpus, end-to-end in Chromium, then in Firefox), each
// counted; stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'lectern-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const steps = [
  { name: 'unsafe-html', command: ['node', 'scripts/check-unsafe-html.mjs'], bare: true },
  { name: 'typecheck', command: ['tsc', '--noEmit'] },
  { name: 'unit', vitest: ['--project', 'unit'] },
  { name: 'corpus', vitest: ['--project', 'corpus'] },
  { name: 'firefox', command: ['node', 'scripts/lint-firefox.mjs'], bare: true },
  { name: 'build', command: ['wxt', 'build'] },
  { name: 'e2e', vitest: ['--config', 'vitest.e2e.config.ts'] },
  // The Firefox build from the `firefox` step, in Debian's firefox-esr.
  { name: 'e2e-firefox', vitest: ['--config', 'vitest.firefox.config.ts'] },
];

const counts = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  let args = step.command;
  let report;
  if (step.vitest) {
    report = join(reports, `${step.name}.json`);
    args = ['vitest', 'run', ...step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  }
  const result = spawnSync(step.bare ? args[0] : npx, step.bare ? args.slice(1) : args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report) {
    const summary = readSummary(report);
    counts.push({ ring: step.name, ...summary, seconds });
  }
  if (result.status !== 0) {
    printSummary();
    console.error(`\n${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
printSummary();

function readSummary(file) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

function printSummary() {
  console.log('\n━━ summary ━━');
  for (const c of counts) console.log(`${c.ring.padEnd(11)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${c.seconds}s)`);
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
}
