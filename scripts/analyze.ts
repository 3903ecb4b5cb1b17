// CLI: npm run --silent analyze -- [--json] [--force] [--url URL] [--encoding LABEL] FILE...
// Runs the same analysis core as the extension on saved HTML files. --force analyses the page
// even when the detector turns it down (so the outline can be checked on its own); the
// reported verdict stays the detector's.
import { basename } from 'node:path';
import { analyzePage, detectSpeech, type Analysis, type Detection } from '../utils/analyze';
import { loadHtmlFile } from './lib/load-html';

interface CliOptions {
  json: boolean;
  force: boolean;
  url: string | null;
  encoding: string;
  files: string[];
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { json: false, force: false, url: null, encoding: 'utf-8', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--url') options.url = argv[++i] ?? null;
    else if (arg === '--encoding') options.encoding = argv[++i] ?? 'utf-8';
    else if (arg.startsWith('--url=')) options.url = arg.slice(6);
    else if (arg.startsWith('--encoding=')) options.encoding = arg.slice(11);
    else options.files.push(arg);
  }
  return options;
}

function jsonLine(file: string, detection: Detection, analysis: Analysis | null): string {
  return JSON.stringify({
    file,
    isSpeech: detection.isSpeech,
    confidence: detection.confidence,
    title: analysis?.title ?? null,
    lang: detection.lang,
    outline: (analysis?.outline ?? []).map(({ level, text, kind }) => ({ level, text, kind })),
    syllabus: analysis?.syllabus?.map(({ level, text, inBody }) => ({ level, text, inBody })) ?? null,
    truncation: analysis?.truncation
      ? { shownChars: analysis.truncation.shownChars, totalChars: analysis.truncation.totalChars, cuts: analysis.truncation.cuts }
      : null,
  });
}

function textReport(file: string, detection: Detection, analysis: Analysis | null): string {
  const out: string[] = [];
  out.push(`== ${file}`);
  const forced = !detection.isSpeech && analysis ? ', analysed anyway (--force)' : '';
  out.push(`verdict: ${detection.isSpeech ? 'SPEECH' : 'not a speech'}${forced} (confidence ${detection.confidence.toFixed(2)}, lang ${detection.lang})`);
  const strongest = [...detection.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 6);
  out.push(`signals: ${strongest.map((s) => `${s.name} ${s.weight >= 0 ? '+' : ''}${s.weight.toFixed(1)}`).join(', ')}`);
  if (!analysis) return out.join('\n');
  out.push(`title: ${analysis.title}`);
  out.push(`text length: ${analysis.textLength}`);
  out.push(analysis.outline.length === 0 ? 'outline: (none)' : 'outline:');
  for (const item of analysis.outline) {
    const tag = item.kind === 'numbered' ? '' : ` (${item.kind})`;
    out.push(`  ${'  '.repeat(item.level - 1)}${item.text}${tag}`);
  }
  if (analysis.syllabus) {
    out.push('syllabus:');
    for (const item of analysis.syllabus) {
      out.push(`  ${'  '.repeat(item.level - 1)}${item.inBody ? '' : '[missing] '}${item.text}`);
    }
  }
  const t = analysis.truncation;
  if (t) {
    const counts = t.totalChars !== null ? `shown ${t.shownChars ?? '?'} of ${t.totalChars} chars` : 'counts unknown';
    out.push(`truncation: ${counts}${t.gated ? ', gated' : ''}${t.markerNodes.length ? `, ${t.markerNodes.length} marker element(s)` : ''}`);
    for (const cut of t.cuts) out.push(`  cut after "${cut.afterText}" (${cut.omittedChars ?? '?'} chars omitted)`);
  } else {
    out.push('truncation: none');
  }
  return out.join('\n');
}

async function analyzeFile(file: string, options: CliOptions): Promise<string> {
  // Without --url the verdict rests on the content alone (a file name is no evidence).
  const url = options.url ?? 'about:blank';
  const page = await loadHtmlFile(file, { url, encoding: options.encoding });
  try {
    const detection = detectSpeech(page.document, url);
    const analysis = detection.isSpeech || options.force ? analyzePage(page.document, url, { force: options.force }) : null;
    return options.json ? jsonLine(file, detection, analysis) : textReport(file, detection, analysis);
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.files.length === 0) {
    process.stderr.write('usage: analyze [--json] [--force] [--url URL] [--encoding LABEL] FILE...\n');
    return 2;
  }
  try {
    new TextDecoder(options.encoding);
  } catch {
    process.stderr.write(`analyze: unknown encoding "${options.encoding}"\n`);
    return 2;
  }
  let failed = false;
  for (const file of options.files) {
    try {
      process.stdout.write(`${await analyzeFile(file, options)}\n${options.json ? '' : '\n'}`);
    } catch (error) {
      failed = true;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stderr.write(`analyze: ${file}: ${reason ?? basename(file)}\n`);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
