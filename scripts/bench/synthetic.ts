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
