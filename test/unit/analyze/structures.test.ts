// The kinds of structure real speeches use, each on a small hand-made page: levels from the
// nesting the numbering families form (not from which family shows up first), restarts under
// a new parent, strays, mistyped markers, several speeches on one page, enumerations that stay
// enumerations, and the messy markup Word and old CMSs write.
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../utils/analyze';
import { collectLines } from '../../../utils/analyze/blocks';
import { filler, pageOf, parseDoc } from './html';

const body = filler();

function outlineOf(paragraphs: string[]) {
  const doc = pageOf(paragraphs);
  return extractOutline(doc.getElementById('content') as Element).map(({ level, text, kind }) => ({ level, text, kind }));
}

const levelsAndTexts = (paragraphs: string[]) => outlineOf(paragraphs).map((i) => [i.level, i.text]);

describe('levels from the nesting of numbering families', () => {
  it('puts 一、 on top even when a （一） list comes first, in a preface', () => {
    expect(levelsAndTexts([
      '（一）回顾过去', body, '（二）展望未来', body,
      '一、总体要求', body, '（一）指导思想', body, '（二）基本原则', body,
      '二、主要任务', body, '（一）任务甲', body, '（二）任务乙', body,
    ])).toEqual([
      [1, '（一）回顾过去'], [1, '（二）展望未来'],
      [1, '一、总体要求'], [2, '（一）指导思想'], [2, '（二）基本原则'],
      [1, '二、主要任务'], [2, '（一）任务甲'], [2, '（二）任务乙'],
    ]);
  });

  it('gives 1． its depth in each part when it first appears directly under 一、 (跳用) and later under （一）', () => {
    expect(levelsAndTexts([
      '一、成绩', body, '1．甲。' + body, '2．乙。' + body,
      '二、任务', body, '（一）第一项', body, '1．子甲。' + body, '2．子乙。' + body, '（二）第二项', body, '1．子丙。' + body, '2．子丁。' + body,
    ])).toEqual([
      [1, '一、成绩'], [2, '1．甲'], [2, '2．乙'],
      [1, '二、任务'], [2, '（一）第一项'], [3, '1．子甲'], [3, '2．子乙'], [2, '（二）第二项'], [3, '1．子丙'], [3, '2．子丁'],
    ]);
  });

  it('follows the page when it nests against the usual order (1、 above （一）)', () => {
    expect(levelsAndTexts([
      '1、第一部分', body, '（一）甲', body, '（二）乙', body, '2、第二部分', body, '（一）丙', body, '（二）丁', body,
    ]).map(([level]) => level)).toEqual([1, 2, 2, 1, 2, 2]);
  });

  it('keeps the level of a sequence that restarts under each new parent, four levels deep', () => {
    const outline = levelsAndTexts([
      '一、甲', body, '（一）甲一', body, '1.甲一一', body, '（1）细一', body, '（2）细二', body, '2.甲一二', body, '（1）细三', body, '（2）细四', body,
      '（二）甲二', body, '1.甲二一', body, '2.甲二二', body,
      '二、乙', body, '（一）乙一', body, '（二）乙二', body, '1.乙二一', body, '2.乙二二', body,
    ]);
    expect(outline.map(([level]) => level)).toEqual([1, 2, 3, 4, 4, 3, 4, 4, 2, 3, 3, 1, 2, 2, 3, 3]);
  });

  it('keeps the level of sub-items whose numbering runs on across parts (（三） under 二、)', () => {
    expect(levelsAndTexts([
      '一、甲', body, '（一）子一', body, '（二）子二', body, '二、乙', body, '（三）子三', body, '（四）子四', body, '（六）跳号', body,
    ])).toEqual([[1, '一、甲'], [2, '（一）子一'], [2, '（二）子二'], [1, '二、乙'], [2, '（三）子三'], [2, '（四）子四']]);
  });

  it('drops a lone stray number when its family restarts under the same parent', () => {
    expect(levelsAndTexts(['一、关于当前形势和任务', '同志们：', body, '一、关于形势', body, '二、关于任务', body, '三、关于措施', body])).toEqual([
      [1, '一、关于形势'], [1, '二、关于任务'], [1, '三、关于措施'],
    ]);
  });

  it('reads "三、" typed for the third （三） as a （三） when the real 三、 follows', () => {
    expect(levelsAndTexts([
      '一、基本情况', body, '二、特色亮点', body, '（一）亮点一', body, '（二）亮点二', body, '三、亮点三', body, '三、结语', body,
    ])).toEqual([[1, '一、基本情况'], [1, '二、特色亮点'], [2, '（一）亮点一'], [2, '（二）亮点二'], [2, '三、亮点三'], [1, '三、结语']]);
  });

  it('lists each speech of a page that carries several, with its own 一、 sequence beneath', () => {
    const outline = levelsAndTexts([
      '<p><b>张三同志在市委全会上的讲话</b></p>', '<p><b>张三同志的讲话</b></p>', body,
      '一、形势', body, '二、任务', body,
      '<p><b>李四同志的总结讲话</b></p>', body, '一、学习', body, '二、落实', body, '三、保障', body,
    ]);
    expect(outline).toEqual([
      [1, '张三同志的讲话'], [2, '一、形势'], [2, '二、任务'],
      [1, '李四同志的总结讲话'], [2, '一、学习'], [2, '二、落实'], [2, '三、保障'],
    ]);
  });
});

describe('enumerations stay enumerations', () => {
  it('never promotes 一是 to a numbered level and never puts one above a numbered heading', () => {
    const outline = outlineOf([
      '一、甲', body, '（一）甲一', body, '一是提高认识。' + body, '二是压实责任。' + body, '1.具体措施。' + body, '2.保障机制。' + body,
      '（二）甲二', body, '二、乙', body,
    ]);
    expect(outline.map((i) => [i.level, i.kind])).toEqual([
      [1, 'numbered'], [2, 'numbered'], [3, 'enumeration'], [3, 'enumeration'], [3, 'numbered'], [3, 'numbered'], [2, 'numbered'], [1, 'numbered'],
    ]);
    // Every enumeration sits strictly below the numbered heading that contains it.
    outline.forEach((item, i) => {
      if (item.kind !== 'enumeration') return;
      const parent = outline.slice(0, i).reverse().find((p) => p.kind === 'numbered' && p.level < item.level);
      expect(parent?.level).toBe(item.level - 1);
    });
  });

  it('does not take an opening "一是…；二是…；三是…" preview sentence for a heading or an enumeration', () => {
    const outline = outlineOf([
      '同志们：', '一是总结成绩、坚定信心；二是分析形势、找准差距；三是明确任务、压实责任。', '下面，我讲三个方面：一是形势，二是任务，三是措施。',
      '一、形势', body, '二是另起一段的说法。' + body, '二、任务', body,
    ]);
    expect(outline.map((i) => i.text)).toEqual(['一、形势', '二、任务']);
  });

  it('reads 第一，… inside a numbered part one level below it', () => {
    expect(levelsAndTexts(['一、甲', body, '第一，要看清。' + body, '第二，要做实。' + body, '二、乙', body])).toEqual([
      [1, '一、甲'], [2, '第一，要看清'], [2, '第二，要做实'], [1, '二、乙'],
    ]);
  });
});

describe('messy markup reads as the lines a reader sees', () => {
  it('joins numbers split from their text across runs, skips <o:p> and spaces after the marker', () => {
    const outline = outlineOf([
      `<p class=MsoNormal><span lang=EN-US>1</span><span>．</span><span>\u3000</span><b><span>目标体系。</span></b><span>${body}</span><o:p></o:p></p>`,
      `<p class=MsoNormal><span lang=EN-US>2</span><span>.</span><span lang=EN-US>&nbsp;&nbsp;</span><span>工作体系。${body}</span><o:p>&nbsp;</o:p></p>`,
      `<p class=MsoNormal><span>（</span><span lang=EN-US>３</span><span>）</span><span>全角数字。${body}</span></p>`,
    ]);
    expect(outline.map((i) => i.text)).toEqual(['1．目标体系', '2.工作体系']);
  });

  it('reads full-width digits as numbers: （１） （２）', () => {
    expect(outlineOf([`（１）第一点。${body}`, `（２）第二点。${body}`]).map((i) => i.text)).toEqual(['（１）第一点', '（２）第二点']);
  });

  it('finds headings marked only by a heading typeface (黑体 style, <font face>) or <B>', () => {
    const outline = outlineOf([
      `<p><span style="font-family:黑体;mso-ascii-font-family:'Times New Roman'">开篇的话</span></p>`, body,
      `<p><font face="黑体">中间的话</font></p>`, body,
      `<p><B><span>结尾的话</span></B></p>`, body,
      `<p><span style="font-family:仿宋_GB2312">这是一行正文字体写的短句</span></p>`, body,
    ]);
    expect(outline.map((i) => [i.level, i.text, i.kind])).toEqual([
      [1, '开篇的话', 'heading'], [1, '中间的话', 'heading'], [1, '结尾的话', 'heading'],
    ]);
  });

  it('ignores emphasis when most of the text carries it (a page set in 黑体 throughout)', () => {
    const hei = (text: string) => `<p><span style="font-family:黑体">${text}</span></p>`;
    expect(outlineOf([hei('尊敬的各位来宾'), hei(body), hei('短短一行没有标点'), hei(body), hei('又一行短句'), hei(body)])).toEqual([]);
  });

  it('splits <br>-separated lines inside one <p> or <td>', () => {
    const doc = parseDoc(
      `<body><div id="c"><p>同志们：<br>${body}<br>一、统一思想<br>${body}</p>` +
        `<table><tr><td>二、狠抓落实<br>${body}<br>三、强化保障<br>${body}</td></tr></table></div></body>`,
    );
    const lines = collectLines(doc.getElementById('c') as Element).map((l) => l.text);
    expect(lines).toContain('一、统一思想');
    expect(lines).toContain('二、狠抓落实');
    expect(extractOutline(doc.getElementById('c') as Element).map((i) => i.text)).toEqual(['一、统一思想', '二、狠抓落实', '三、强化保障']);
  });

  it('gives a run-in heading its lead sentence only', () => {
    expect(outlineOf([`1．目标体系。要围绕${body}`, `2．工作体系：要健全${body}`]).map((i) => i.text)).toEqual(['1．目标体系', '2．工作体系']);
  });
});
