// scripts/check-unsafe-html.mjs: passes on our code, and fails, naming file:line,
// on every HTML-from-string or code-from-string sink it is meant to catch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/check-unsafe-html.mjs');

const run = (root?: string) => spawnSync(process.execPath, root ? [SCRIPT, root] : [SCRIPT], { encoding: 'utf8' });

describe('check-unsafe-html', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lectern-unsafe-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const write = (root: string, path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('passes on the repository (the allow-list is empty)', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('allow-list: 0 files');
  });

  it.each([
    ['innerHTML assignment', 'utils/a.ts', 'el.innerHTML = text;'],
    ['innerHTML read', 'utils/a.ts', 'const html = el.innerHTML;'],
    ['innerHTML by key', 'utils/a.ts', "el['innerHTML'] = text;"],
    ['outerHTML', 'components/B.tsx', 'node.outerHTML = x;'],
    ['insertAdjacentHTML', 'entrypoints/c.content.ts', "el.insertAdjacentHTML('beforeend', s);"],
    ['dangerouslySetInnerHTML', 'components/D.tsx', 'return <div dangerouslySetInnerHTML={{ __html: s }} />;'],
    ['eval', 'utils/e.ts', 'eval(code);'],
    ['window.eval', 'utils/e.ts', 'window.eval(code);'],
    ['indirect eval', 'utils/e.ts', "globalThis['eval'](code);"],
    ['new Function', 'utils/f.ts', "const f = new Function('a', 'return a');"],
    ['Function()', 'utils/f.ts', "const f = Function('return 1');"],
    ['string setTimeout', 'utils/g.ts', "setTimeout('alert(1)', 10);"],
    ['document.write', 'entrypoints/h.ts', 'document.write(s);'],
    ['createContextualFragment', 'utils/i.ts', 'range.createContextualFragment(s);'],
    ['setHTMLUnsafe', 'utils/j.ts', 'el.setHTMLUnsafe(s);'],
    ['srcdoc', 'components/K.tsx', 'frame.srcdoc = s;'],
  ])('fails on %s, naming file:line', (_label, path, code) => {
    const root = mkdtempSync(join(scratch, 'case-'));
    write(root, 'utils/clean.ts', 'export const ok = 1;\n');
    write(root, path, `// harmless first line\n${code}\n`);
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path}:2:`);
  });

  it('ignores comments, tests and other folders; keeps look-alike names', () => {
    const root = mkdtempSync(join(scratch, 'clean-'));
    write(root, 'utils/a.ts', '// never use el.innerHTML = text here\n/* eval(x) and\n new Function() */\nexport const text = el.textContent;\n');
    write(root, 'utils/a.test.ts', 'el.innerHTML = "<b>test</b>";\n');
    write(root, 'test/unit/x.ts', 'eval("1");\n');
    write(root, 'scripts/y.mjs', 'el.innerHTML = s;\n');
    write(root, 'components/Z.tsx', 'const evaluate = (x: number) => x; const medieval = evaluate(1); writer.write(doc);\n');
    const result = run(root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports the line of a use after a multi-line comment', () => {
    const root = mkdtempSync(join(scratch, 'lines-'));
    write(root, 'components/A.tsx', '/*\n * innerHTML is mentioned\n */\nconst a = `template ${x}`;\nnode.innerHTML = a;\n');
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')[0]).toBe('components/A.tsx:5: innerHTML: node.innerHTML = a;');
  });
});
