#!/usr/bin/env node
// CI check: our code never turns strings into HTML or code. Fails on any use of
// innerHTML / outerHTML / insertAdjacentHTML / dangerouslySetInnerHTML (and the
// other HTML-from-string sinks: document.write, createContextualFragment,
// setHTMLUnsafe, parseHTMLUnsafe, srcdoc) and on eval( / new Function( / a string
// passed to setTimeout or setInterval, in entrypoints/, components/ and utils/
// (tests excluded), outside the reviewed allow-list below. Comments are ignored;
// strings are not (el['innerHTML'] counts).
//
// Usage: node scripts/check-unsafe-html.mjs [root]   (root defaults to the repository)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Files reviewed and allowed to use one of the sinks, with the reason. Keep it empty:
 * Preact renders text as text, and nothing of ours needs HTML from a string.
 * @type {Record<string, string>}
 */
export const ALLOWED = {};

const DIRECTORIES = ['entrypoints', 'components', 'utils'];
const EXTENSIONS = /\.(?:[cm]?[jt]sx?|html|vue|svelte)$/;
const TEST_FILE = /(?:\.test|\.spec|\.e2e)\.[cm]?[jt]sx?$|(?:^|\/)__tests__\//;

export const RULES = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\b(?:document|doc)\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'setHTMLUnsafe/parseHTMLUnsafe', pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/i },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(|\[\s*['"`]eval['"`]\s*\]|\.\s*eval\s*\(/ },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(/ },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
];

/** Source with comments blanked out (kept line for line), strings and template literals kept. */
export function stripComments(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      i += 2;
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
        if (source[i] === '\n') out += '\n';
        i++;
      }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const quote = c;
      out += c;
      i++;
      while (i < n && source[i] !== quote) {
        if (source[i] === '\\') {
          out += source[i] + (source[i + 1] ?? '');
          i += 2;
          continue;
        }
        if (quote !== '`' && source[i] === '\n') break; // unterminated: stop at the line end
        out += source[i];
        i++;
      }
      if (i < n && source[i] === quote) {
        out += quote;
        i++;
      }
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries.sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (EXTENSIONS.test(name)) yield path;
  }
}

/** Every finding under `root`: { file, line, rule, text }. */
export function findUnsafe(root) {
  const findings = [];
  for (const directory of DIRECTORIES) {
    for (const path of sourceFiles(join(root, directory))) {
      const file = relative(root, path).split(sep).join('/');
      if (TEST_FILE.test(file) || file in ALLOWED) continue;
      const original = readFileSync(path, 'utf8').split('\n');
      const lines = stripComments(readFileSync(path, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        for (const rule of RULES) {
          if (rule.pattern.test(line)) {
            findings.push({ file, line: index + 1, rule: rule.name, text: (original[index] ?? line).trim() });
          }
        }
      });
    }
  }
  return findings;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const root = resolve(process.argv[2] ?? join(new URL('.', import.meta.url).pathname, '..'));
  const findings = findUnsafe(root);
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.rule}: ${f.text.slice(0, 160)}`);
  if (findings.length) {
    console.error(
      `\ncheck-unsafe-html: ${findings.length} use(s) of an HTML/code-from-string sink in ${DIRECTORIES.join('/, ')}/.` +
        '\nRender page text as text (Preact children, textContent). If a use is truly needed, review it and add the file to ALLOWED in scripts/check-unsafe-html.mjs with the reason.',
    );
    process.exit(1);
  }
  console.log(`check-unsafe-html: no innerHTML/outerHTML/insertAdjacentHTML/dangerouslySetInnerHTML/eval/new Function in ${DIRECTORIES.join('/, ')}/ (allow-list: ${Object.keys(ALLOWED).length} files).`);
}
