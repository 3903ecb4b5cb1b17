// The walk reads an element without element children whole (textContent) in HTML
// documents, and node by node elsewhere. Both must give the same lines: the walk node by
// node is the reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLines, type Line } from '../../../utils/analyze/blocks';
import { parseDoc } from './html';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');

function pathOf(node: Node): string {
  const steps: number[] = [];
  for (let at: Node = node; at.parentNode; at = at.parentNode) steps.unshift(Array.prototype.indexOf.call(at.parentNode.childNodes, at));
  return steps.join('/');
}

const shape = (lines: Line[]) => lines.map((l) => [l.text, pathOf(l.node), l.bold, l.headingLevel, l.linkChars, l.inListItem]);

/** The lines of `doc`'s body, read whole where allowed (the default in an HTML document), and node by node. */
function bothWays(doc: Document) {
  return { whole: shape(collectLines(doc.body)), nodeByNode: shape(collectLines(doc.body, { leavesWhole: false })) };
}

describe('the walk reads childless elements whole, with the same lines', () => {
  it('joins text split over several text nodes, bold and plain mixed, links counted', () => {
    const doc = parseDoc('<body><div><p>一、<b>总体要求</b></p><p><strong>加粗</strong>正文</p><p><a href="#">链接</a>文字</p><ul><li>条目</li></ul><h2>标题</h2></div></body>');
    const p = doc.createElement('p');
    for (const piece of ['  ', '分成', '\u3000', '三段']) p.appendChild(doc.createTextNode(piece));
    const b = doc.createElement('b');
    for (const piece of ['粗体', '\u200b', ' 也分段']) b.appendChild(doc.createTextNode(piece));
    p.appendChild(b);
    doc.body.firstElementChild!.appendChild(p);
    const { whole, nodeByNode } = bothWays(doc);
    expect(whole).toEqual(nodeByNode);
    expect(whole.map((line) => line[0])).toContain('分成三段粗体也分段');
    expect(whole.find((line) => line[0] === '链接文字')?.[4]).toBe(2);
    expect(whole.find((line) => line[0] === '加粗正文')?.[2]).toBe(false);
  });

  it('gives the same lines on real pages', () => {
    for (const file of ['shaoxingyizhong/item-8981.html', 'whitehouse-speech-dl/inaugural-address.html', 'strongculture-word/kaixue-dianli-fayangao.html']) {
      const { whole, nodeByNode } = bothWays(parseDoc(readFileSync(join(CORPUS, file), 'utf8')));
      expect(whole.length, file).toBeGreaterThan(10);
      expect(whole, file).toEqual(nodeByNode);
    }
  });
});
