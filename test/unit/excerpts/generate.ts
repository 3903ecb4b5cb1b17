// Seeded generator of awkward excerpts for property tests: Chinese and English text
// with quotes, commas, line breaks, emoji, bidi controls, formula-looking starts.

import type { Anchor, Excerpt } from '../../../utils/excerpts/model';

export type Random = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '人民群众', '是历史的创造者', '高质量发展', '，', '。', '、', '；', '“引号”', '「书名」', '《讲话》',
  'The GDP', 'grew', 'by 5%', ', ', '"quoted"', "it's", '\n', '\r\n', '\t', ' ', '😀', '👨‍👩‍👧', '🇨🇳',
  '\u202Eevil\u202C', '\u200F', 'שלום', 'مرحبا', '=SUM(A1:A9)', '+1', '-2', '@user', '\\', '<b>x</b>', '*bold*',
  '# heading', '1. item', '|pipe|', '`code`', '～', '﹏', '\u0000', '\uFEFF', '"', '""', ',"', '\u00e9', 'ＡＢＣ',
];

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function text(random: Random, maxPieces = 8, allowEmpty = false): string {
  const count = Math.floor(random() * maxPieces) + (allowEmpty ? 0 : 1);
  let out = '';
  for (let i = 0; i < count; i++) out += pick(random, PIECES);
  return out;
}

function list(random: Random, max: number): string[] {
  return Array.from({ length: Math.floor(random() * (max + 1)) }, () => text(random, 3));
}

function anchor(random: Random): Anchor | undefined {
  if (random() < 0.3) return undefined;
  const start = Math.floor(random() * 10_000);
  const result = {
    quote: { exact: text(random, 5), prefix: text(random, 3, true), suffix: text(random, 3, true) },
    position: { start, end: start + Math.floor(random() * 500) },
  } as Anchor;
  if (random() < 0.6) result.sectionIndex = Math.floor(random() * 30);
  return result;
}

let counter = 0;

export function excerpt(random: Random): Excerpt {
  const createdAt = 1_600_000_000_000 + Math.floor(random() * 200_000_000_000);
  const value = {
    id: `${pick(random, ['', 'imp-', '导入-'])}${(counter++).toString(36)}-${Math.floor(random() * 1e9).toString(36)}`,
    text: text(random, 12),
    note: text(random, 6, true),
    tags: list(random, 4),
    pageUrl: `https://${pick(random, ['www.gov.cn', 'example.org', 'wenku.example.cn'])}/speech/${Math.floor(random() * 999)}.html?a=1&b="x"`,
    pageTitle: text(random, 4, true),
    speechTitle: text(random, 4, true),
    sectionPath: list(random, 3),
    host: pick(random, ['www.gov.cn', 'example.org', '']),
    createdAt,
    updatedAt: createdAt + Math.floor(random() * 1_000_000),
  } as Excerpt;
  const a = anchor(random);
  if (a) value.anchor = a;
  return value;
}

export function excerpts(random: Random, max = 6): Excerpt[] {
  return Array.from({ length: Math.floor(random() * max) + 1 }, () => excerpt(random));
}

/** RFC 4180 reader, test-only: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}
