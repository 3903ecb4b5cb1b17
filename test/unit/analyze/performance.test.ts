// Lenient guards against accidental quadratic work (exact numbers vary with machine load).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/analyze';
import { toChinese } from '../../../utils/analyze/candidates';
import { parseDoc } from './html';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function syntheticSpeech(chars: number): Document {
  const parts = ['<h1>在全市工作会议上的讲话</h1><p>同志们：</p>'];
  const paragraph = '同志们，这项工作关系全局，我们必须抓紧抓实，切实提高工作质量和效率，推动高质量发展。'.repeat(3);
  let length = 0;
  for (let section = 1; length < chars; section++) {
    parts.push(`<p><strong>第${toChinese(section)}部分 标题${section}</strong></p>`);
    for (let sub = 1; sub <= 3; sub++) {
      parts.push(`<p>（${CN[sub - 1]}）小标题${sub}。我们要坚持实事求是。</p>`);
      for (let k = 0; k < 3; k++) parts.push(`<p>${paragraph}</p>`);
      length += paragraph.length * 3;
    }
  }
  return parseDoc(`<html><head><title>讲话</title></head><body><div id="c">${parts.join('')}</div></body></html>`);
}

function medianMs(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

describe('analyzePage performance', () => {
  it('stays near-linear from 10k to 1M characters', () => {
    const small = syntheticSpeech(10_000);
    const large = syntheticSpeech(1_000_000);
    for (let i = 0; i < 5; i++) analyzePage(small, 'https://example.org/');
    const smallMs = medianMs(() => analyzePage(small, 'https://example.org/'), 9);
    const largeMs = medianMs(() => analyzePage(large, 'https://example.org/'), 3);
    expect(analyzePage(large, 'https://example.org/')?.outline.length).toBeGreaterThan(100);
    expect(smallMs).toBeLessThan(100);
    // 100× the text; allow generous slack over linear for GC and machine noise.
    expect(largeMs).toBeLessThan(Math.max(smallMs, 2) * 250);
  }, 60_000);
});
