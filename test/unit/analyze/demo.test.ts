// The demo page built from the seed (a 文库 speech preview with a 【提纲】 and a cut).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzePage, type Analysis } from '../../../utils/analyze';
import { loadHtmlFile, type LoadedPage } from '../../../scripts/lib/load-html';

const DEMO = join(__dirname, '../../fixtures/demo/wentop-speech.html');

describe('demo page: wentop speech preview', () => {
  let page: LoadedPage;
  let analysis: Analysis;

  beforeAll(async () => {
    page = await loadHtmlFile(DEMO, { url: 'https://www.wentop.com/doc/demo.html' });
    const result = analyzePage(page.document, 'https://www.wentop.com/doc/demo.html');
    if (!result) throw new Error('demo page not detected as a speech');
    analysis = result;
  });
  afterAll(async () => {
    await page.close();
  });

  it('is a speech with the speech title', () => {
    expect(analysis.detection.isSpeech).toBe(true);
    expect(analysis.title).toBe('在全县树立和践行正确政绩观学习教育动员会上的讲话');
  });

  it('outlines 一、二、三、 at level 1 and the (一)… the preview contains at level 2', () => {
    expect(analysis.outline.map((i) => [i.level, i.text.slice(0, 5)])).toEqual([
      [1, '一、牢牢把'], [2, '(一)政绩'],
      [1, '二、科学回'], [2, '(一)创造'], [2, '(二)创造'], [2, '(三)创造'],
      [1, '三、躬身践'], [2, '(一)大兴'], [2, '(二)坚持'],
    ]);
    expect(analysis.outline.every((i) => i.kind === 'numbered')).toBe(true);
  });

  it('keeps the 【提纲】 block out of the outline', () => {
    expect(analysis.outline.some((i) => i.node.textContent?.includes('【提纲】'))).toBe(false);
  });

  it('parses the 【提纲】 into 5 + 16 items and marks what the preview never reaches', () => {
    const syllabus = analysis.syllabus ?? [];
    expect(syllabus.filter((s) => s.level === 1)).toHaveLength(5);
    expect(syllabus.filter((s) => s.level === 2)).toHaveLength(16);
    const missing = syllabus.filter((s) => !s.inBody).map((s) => s.text.slice(0, 5));
    expect(missing).toEqual([
      '(二)政绩', '(三)政绩', '(三)勇于',
      '四、不断校', '(一)坚持', '(二)坚持', '(三)坚持',
      '五、着力营', '(一)树立', '(二)完善', '(三)健全', '(四)强化',
    ]);
    for (const item of syllabus.filter((s) => s.inBody)) {
      expect(analysis.outline[item.outlineIndex ?? -1]?.text.slice(0, 6)).toBe(item.text.slice(0, 6));
    }
  });

  it('reports the preview counts and the 此处省略1164字 cut', () => {
    const t = analysis.truncation;
    expect(t?.shownChars).toBe(3491);
    expect(t?.totalChars).toBe(7830);
    expect(t?.cuts).toHaveLength(1);
    expect(t?.cuts[0]?.omittedChars).toBe(1164);
    expect(t?.cuts[0]?.afterText).toMatch(/活字典”。$/);
    expect(t?.markerNodes.some((n) => n.textContent?.includes('此处省略1164字'))).toBe(true);
  });
});
