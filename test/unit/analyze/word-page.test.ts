// A four-level speech in Microsoft Word's "Save as Web Page" markup (hand-made fixture, see
// test/fixtures/PROVENANCE.md): MsoNormal paragraphs, mso-* styles, numbers split from their
// text across <span lang=EN-US> runs, <B> wrappers, 黑体/楷体 headings, Word list numbers,
// <o:p> empties, interleaved 一是 enumerations and an opening 一是…二是…三是… preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzePage, extractOutline, type Analysis } from '../../../utils/analyze';
import { collectLines } from '../../../utils/analyze/blocks';
import { parseDoc } from './html';
import { loadHtmlFile, type LoadedPage } from '../../../scripts/lib/load-html';

const WORD_PAGE = join(__dirname, '../../fixtures/synthetic/word-four-level-speech.html');
const URL = 'https://jyj.example.gov.cn/art/2026/2/27/art_1.html';

const NUMBERED: [number, string][] = [
  [1, '一、充分肯定2025年全市教育工作取得的成绩'],
  [2, '（一）立德树人根本任务进一步落实'],
  [2, '（二）教育资源供给进一步优化'],
  [3, '1．学前教育普惠发展'],
  [3, '2．义务教育优质均衡'],
  [4, '（1）集团化办学提质扩面'],
  [4, '（2）城乡结对帮扶走深走实'],
  [3, '3．高中教育多样发展'],
  [2, '（三）教师队伍建设进一步加强'],
  [1, '二、清醒认识当前教育发展面临的形势'],
  [2, '（一）人口变化带来新挑战'],
  [2, '（二）群众期盼提出新要求'],
  [1, '三、扎实做好2026年教育重点工作'],
  [2, '（一）聚焦立德树人，构建育人新格局'],
  [3, '1．目标体系'],
  [4, '（1）完善课程体系'],
  [4, '（2）深化评价改革'],
  [3, '2．工作体系'],
  [2, '（二）聚焦优质均衡，扩大资源新供给'],
  [3, '1．优化学校布局'],
  [3, '2．补齐短板弱项'],
  [2, '（三）聚焦队伍建设，激发教师新活力'],
  [3, '1．加强师德师风建设'],
  [3, '2．提升教师专业能力'],
];

describe('a four-level speech exported from Word', () => {
  let page: LoadedPage;
  let analysis: Analysis;

  beforeAll(async () => {
    page = await loadHtmlFile(WORD_PAGE, { url: URL });
    const result = analyzePage(page.document, URL, { force: true });
    if (!result) throw new Error('no analysis');
    analysis = result;
  });
  afterAll(async () => {
    await page.close();
  });

  it('has the speech title', () => {
    expect(analysis.title).toBe('在全市教育工作会议上的讲话');
  });

  it('lists every numbered heading of all four levels, in order, with its level', () => {
    const numbered = analysis.outline.filter((i) => i.kind === 'numbered').map((i) => [i.level, i.text]);
    expect(numbered).toEqual(NUMBERED);
  });

  it('keeps 一是… as enumerations one level below the heading that contains them', () => {
    const outline = analysis.outline;
    const enumerations = outline.filter((i) => i.kind === 'enumeration');
    expect(enumerations.map((i) => i.text)).toEqual([
      '一是思政课建设不断加强', '二是劳动教育扎实推进', '三是体育美育持续加强',
      '一是学前阶段入园人数持续下降', '二是小学阶段城区学位依然紧张',
      '一是加快学校建设', '二是推进数字赋能',
    ]);
    outline.forEach((item, i) => {
      if (item.kind !== 'enumeration') return;
      const container = outline.slice(0, i).reverse().find((p) => p.kind === 'numbered' && p.level < item.level);
      expect(container, item.text).toBeDefined();
      expect(item.level).toBe((container?.level ?? 0) + 1);
    });
  });

  it('does not list the opening preview sentence or the salutation', () => {
    expect(analysis.outline.some((i) => i.text.startsWith('一是总结'))).toBe(false);
    expect(analysis.outline.some((i) => i.text.includes('同志们'))).toBe(false);
  });

  it('points every item at the paragraph that carries it', () => {
    for (const item of analysis.outline) {
      expect(item.node.tagName).toBe('P');
      expect(item.node.textContent?.replace(/\s+/g, '')).toContain(item.text.replace(/\s+/g, '').slice(0, 4));
    }
  });

  it('gives the same outline when the same lines come in other markup (<br> lines in a <td>, <font>, spaces after markers)', () => {
    const plain = (item: { level: number; text: string; kind: string }) => `${item.level}|${item.kind}|${item.text}`;
    const expected = analysis.outline.map(plain);
    const texts = collectLines(analysis.root).map((line) => line.text);
    const escape = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const spaced = (text: string) =>
      escape(text).replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+．|（\d+）)/, '&nbsp;&nbsp;$1\u3000');
    const variants = [
      `<div id="speech">${texts.map((t) => `<p>${escape(t)}</p>`).join('')}</div>`,
      `<table><tr><td id="speech">${texts.map(spaced).join('<br>\n')}</td></tr></table>`,
      `<div id="speech">${texts.map((t) => `<div><font face="仿宋_GB2312" size="4">${spaced(t)}</font></div>`).join('')}</div>`,
    ];
    for (const markup of variants) {
      const doc = parseDoc(`<!doctype html><html><body>${markup}</body></html>`);
      expect(extractOutline(doc.getElementById('speech') as Element).map(plain)).toEqual(expected);
    }
  });
});
