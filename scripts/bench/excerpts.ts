// 10,000 generated excerpts, Chinese and English, in the export format the
// library imports (the extension's own import path fills the database).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Excerpt } from '../../utils/excerpts/model';
import { toJsonExport } from '../../utils/excerpts/format';
import { FIXTURES } from './pages';

const ENGLISH = [
  'We will build an economy that works for everyone, not just the privileged few.',
  'Ladies and gentlemen, the strength of our union lies in the courage of its people.',
  'Security and prosperity go hand in hand, and neither can be taken for granted.',
  'Our schools must prepare every child for the jobs of tomorrow, wherever they live.',
  'Nuclear energy will play a part in a secure, low-carbon future for this country.',
];

function chineseSentences(): string[] {
  const text = readFileSync(join(FIXTURES, 'seed/wentop-speech-preview.txt'), 'utf8');
  return text.split(/(?<=。)/).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 160);
}

/** A seeded pseudo-random sequence, so every run benchmarks the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function generatedExcerpts(count: number): Excerpt[] {
  const zh = chineseSentences();
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i): Excerpt => {
    const chinese = i % 3 !== 0;
    const text = chinese ? `${pick(zh)}${pick(zh)}` : `${pick(ENGLISH)} ${pick(ENGLISH)}`;
    const host = chinese ? pick(['www.wentop.com', 'www.gov.cn', 'www.sxyz.cn']) : pick(['www.gov.uk', 'obamawhitehouse.archives.gov']);
    return {
      id: `bench-${i.toString().padStart(5, '0')}`,
      text,
      note: i % 7 === 0 ? (chinese ? '可用于年终总结' : 'use in the briefing') : '',
      tags: i % 5 === 0 ? [chinese ? '政绩观' : 'energy'] : [],
      pageUrl: `https://${host}/speech/${i % 400}.html`,
      pageTitle: chinese ? '在全县工作会议上的讲话' : 'Speech at the conference',
      speechTitle: chinese ? '在全县工作会议上的讲话' : 'Speech at the conference',
      sectionPath: chinese ? ['一、牢牢把握“为谁创造政绩”的根本立场'] : [],
      host,
      createdAt: start + i * 60_000,
      updatedAt: start + i * 60_000,
    };
  });
}

export function generatedExport(count: number): string {
  return toJsonExport(generatedExcerpts(count));
}
