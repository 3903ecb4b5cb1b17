import { describe, expect, it } from 'vitest';
import { citation, escapeMarkdown, toCsv, toJsonExport, toMarkdown, toPlainText, withCitation } from '../../../utils/excerpts/format';
import { parseImport } from '../../../utils/excerpts/import';
import type { Excerpt } from '../../../utils/excerpts/model';
import { excerpts, parseCsv, seeded } from './generate';

const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

function make(fields: Partial<Excerpt>): Excerpt {
  const base = {
    id: 'e1',
    text: '人民群众是历史的创造者',
    note: '',
    tags: [],
    pageUrl: 'https://www.gov.cn/speech/1.html',
    pageTitle: '页面标题',
    speechTitle: '在全县动员大会上的讲话',
    sectionPath: ['一、提高政治站位', '（三）坚持人民至上'],
    host: 'www.gov.cn',
    createdAt: noon(2026, 3, 8),
    updatedAt: noon(2026, 3, 9),
    ...fields,
  } as Excerpt;
  return base;
}

describe('citation', () => {
  it('reads 《title》 › section path — URL, date', () => {
    expect(citation(make({}))).toBe('《在全县动员大会上的讲话》 › 一、提高政治站位 › （三）坚持人民至上 — https://www.gov.cn/speech/1.html, 2026-03-08');
  });
  it('falls back to the page title and leaves out an empty section path', () => {
    expect(citation(make({ speechTitle: '', sectionPath: [] }))).toBe('《页面标题》 — https://www.gov.cn/speech/1.html, 2026-03-08');
  });
  it('copies one excerpt with its citation', () => {
    expect(withCitation(make({}))).toBe(`人民群众是历史的创造者\n——${citation(make({}))}`);
  });
});

describe('Markdown export', () => {
  it('groups by speech, then section in reading order, with quote, note, tags and citation', () => {
    const md = toMarkdown([
      make({ id: 'a', text: '第二节的话', sectionPath: ['二、狠抓落实'], anchor: anchorAt(900) }),
      make({ id: 'b', text: '第一节的话\n第二行', note: '我的批注', tags: ['政绩观', '人民 至上'], anchor: anchorAt(100) }),
      make({ id: 'c', text: 'Ladies and gentlemen', speechTitle: 'Remarks by the Minister', pageUrl: 'https://gov.uk/r', sectionPath: [] }),
      make({ id: 'd', text: '同一节的另一句', anchor: anchorAt(200) }),
    ]);
    expect(md).toBe(
      [
        '## 《在全县动员大会上的讲话》',
        '',
        '<https://www.gov.cn/speech/1.html>',
        '',
        '### 一、提高政治站位 › （三）坚持人民至上',
        '',
        '> 第一节的话',
        '> 第二行',
        '',
        '我的批注',
        '',
        '#政绩观 #人民-至上',
        '',
        '—— 《在全县动员大会上的讲话》 › 一、提高政治站位 › （三）坚持人民至上 — <https://www.gov.cn/speech/1.html>, 2026-03-08',
        '',
        '> 同一节的另一句',
        '',
        '—— 《在全县动员大会上的讲话》 › 一、提高政治站位 › （三）坚持人民至上 — <https://www.gov.cn/speech/1.html>, 2026-03-08',
        '',
        '### 二、狠抓落实',
        '',
        '> 第二节的话',
        '',
        '—— 《在全县动员大会上的讲话》 › 二、狠抓落实 — <https://www.gov.cn/speech/1.html>, 2026-03-08',
        '',
        '## 《Remarks by the Minister》',
        '',
        '<https://gov.uk/r>',
        '',
        '> Ladies and gentlemen',
        '',
        '—— 《Remarks by the Minister》 — <https://gov.uk/r>, 2026-03-08',
        '',
      ].join('\n'),
    );
  });

  it('keeps page text inert: no HTML, no accidental headings or lists, no javascript: links', () => {
    const md = toMarkdown([make({ text: '<img src=x onerror=alert(1)>\n# 不是标题\n1. 不是列表\n*强调*', pageUrl: 'javascript:alert(1)' })]);
    expect(md).toContain('> \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('> \\# 不是标题');
    expect(md).toContain('> 1\\. 不是列表');
    expect(md).toContain('> \\*强调\\*');
    expect(md).not.toContain('<javascript:');
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
  });
});

describe('plain text export', () => {
  it('lists text, note, tags and citation, separated clearly', () => {
    const out = toPlainText([make({ note: '批注', tags: ['甲'] }), make({ id: 'e2', text: '第二条' })]);
    expect(out).toBe(`人民群众是历史的创造者\n\n批注\n\n#甲\n\n${citation(make({}))}\n\n* * *\n\n第二条\n\n${citation(make({}))}`);
  });
});

describe('CSV export', () => {
  it('starts with a BOM and the header, uses CRLF, and neutralises formulas', () => {
    const csv = toCsv([make({ text: '=HYPERLINK("http://evil")', note: '+1', tags: ['@x', '-y'] })]);
    expect(csv.startsWith('\uFEFFid,text,note,tags,speechTitle,sectionPath,pageUrl,pageTitle,createdAt,updatedAt\r\n')).toBe(true);
    const [, row] = parseCsv(csv.slice(1));
    expect(row).toEqual([
      'e1',
      `'=HYPERLINK("http://evil")`,
      `'+1`,
      `'@x; -y`,
      '在全县动员大会上的讲话',
      '一、提高政治站位 › （三）坚持人民至上',
      'https://www.gov.cn/speech/1.html',
      '页面标题',
      new Date(noon(2026, 3, 8)).toISOString(),
      new Date(noon(2026, 3, 9)).toISOString(),
    ]);
  });

  it('round-trips every cell through an RFC 4180 reader (200 generated cases)', () => {
    const neutral = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    for (let seed = 1; seed <= 200; seed++) {
      const list = excerpts(seeded(seed));
      const rows = parseCsv(toCsv(list).slice(1));
      expect(rows).toHaveLength(list.length + 1);
      list.forEach((e, i) => {
        expect(rows[i + 1], `seed ${seed}`).toEqual(
          [e.id, e.text, e.note, e.tags.join('; '), e.speechTitle, e.sectionPath.join(' › '), e.pageUrl, e.pageTitle]
            .map(neutral)
            .concat([new Date(e.createdAt).toISOString(), new Date(e.updatedAt).toISOString()]),
        );
      });
    }
  });
});

describe('JSON export', () => {
  it('wraps every field in a versioned envelope, without the derived search terms', () => {
    const e = make({ note: 'n', tags: ['t'], anchor: anchorAt(5) });
    const data = JSON.parse(toJsonExport([e], Date.UTC(2026, 0, 2)));
    expect(data).toEqual({
      format: 'lectern-excerpts',
      version: 1,
      exportedAt: '2026-01-02T00:00:00.000Z',
      excerpts: [{ ...e, terms: undefined }],
    });
    expect(Object.keys(data.excerpts[0])).not.toContain('terms');
  });

  it('export → parseImport reproduces every field (200 generated cases)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const list = excerpts(seeded(seed * 7919));
      const back = parseImport(toJsonExport(list));
      if (!back.ok) throw new Error(`seed ${seed}: ${back.error}`);
      expect(back.excerpts, `seed ${seed}`).toStrictEqual(list);
    }
  });
});

function anchorAt(start: number): Excerpt['anchor'] {
  return { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end: start + 1 }, sectionIndex: 0 };
}
