// Synthetic speeches of a chosen size built from the real seed speech text: its
// paragraphs repeated under renumbered 一、/（一） sections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './pages';

const DIGITS = '零一二三四五六七八九';

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

function seedParagraphs(): string[] {
  const text = readFileSync(join(FIXTURES, 'seed/wentop-speech-preview.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 60 && !/^[一二三四五六七八九十]+、|^\(|【提纲】|省略|预览/.test(line));
}

/** An HTML speech of about `chars` characters of body text. */
export function syntheticSpeech(chars: number): string {
  const paragraphs = seedParagraphs();
  const parts: string[] = ['<h1>在全县工作会议上的讲话</h1>', '<p>同志们：</p>'];
  const perSection = Math.max(1, Math.round(chars / 99));
  let written = 0;
  let next = 0;
  for (let section = 1; section <= 99 && written < chars; section++) {
    parts.push(`<p><strong>${chineseNumeral(section)}、第${section}部分的标题，始终把人民至上刻在心中</strong></p>`);
    for (let sub = 1, inSection = 0; sub <= 20 && inSection < perSection && written < chars; sub++) {
      const lead = `（${chineseNumeral(sub)}）第${sub}个要点的标题。`;
      const body = paragraphs[next++ % paragraphs.length]!;
      parts.push(`<p>${lead}${body}</p>`);
      const extra = paragraphs[next++ % paragraphs.length]!;
      parts.push(`<p>${extra}</p>`);
      inSection += lead.length + body.length + extra.length;
      written += lead.length + body.length + extra.length;
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>在全县工作会议上的讲话</title></head><body><div class="article">${parts.join('\n')}</div></body></html>`;
}

/** A speech page of about 100,000 DOM nodes (short paragraphs of four inline pieces), for the slowest slice. */
export function manyNodesSpeech(): { html: string; nodes: number } {
  const paragraphs = seedParagraphs();
  const parts: string[] = ['<h1>在全县工作会议上的讲话</h1>', '<p>同志们：</p>'];
  let nodes = 0;
  for (let s = 1; s <= 10; s++) {
    parts.push(`<h2>${chineseNumeral(s)}、第${s}部分的工作要求</h2>`);
    for (let k = 1; k <= 10; k++) {
      parts.push(`<h3>（${chineseNumeral(k)}）第${k}项具体任务。</h3>`);
      for (let p = 0; p < 120; p++) {
        const text = paragraphs[(s + k + p) % paragraphs.length]!;
        const at = (p * 37) % Math.max(1, text.length - 60);
        const piece = (n: number) => text.slice(at + n * 15, at + n * 15 + 15);
        parts.push(`<p><span>${piece(0)}</span><span>${piece(1)}</span><b>${piece(2)}</b><i>${piece(3)}</i></p>`);
        nodes += 9;
      }
      nodes += 2;
    }
    nodes += 2;
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>在全县工作会议上的讲话</title></head><body><main><article>${parts.join('\n')}</article></main></body></html>`;
  return { html, nodes };
}
