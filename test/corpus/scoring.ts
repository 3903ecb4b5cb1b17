// Scores analyser output against expected.json exactly as EXPECTED.md prescribes.
import type { ExpectedItem } from './corpus-pages';

/** EXPECTED.md text rule: strip whitespace, cut at the first 。, keep 16 characters. */
export function normalizeHeading(text: string): string {
  const noSpace = text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  const cut = noSpace.indexOf('。');
  return Array.from(cut >= 0 ? noSpace.slice(0, cut) : noSpace).slice(0, 16).join('');
}

export function headingsMatch(a: string, b: string): boolean {
  const x = normalizeHeading(a);
  const y = normalizeHeading(b);
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}

const titleKey = (text: string) => text.replace(/[\s\u00a0\u3000"'“”‘’]+/g, '').toLowerCase();

/**
 * The picked title names the labelled one: the same text (whitespace, quotes and case aside),
 * the labelled title once inside it with at most as much again beside it (a joined subtitle,
 * not a headline repeated around a site's info line), or most of the labelled title (a
 * subtitle left off). A bare genre label ("Speech" for "Andrea Leadsom's speech at …") is no match.
 */
export function titleMatches(got: string | null, expected: string | null): boolean {
  if (!got || !expected) return false;
  const g = titleKey(got);
  const e = titleKey(expected);
  const joined = g.includes(e) && g.indexOf(e) === g.lastIndexOf(e) && g.length <= 2 * e.length;
  return g === e || joined || (e.includes(g) && g.length >= 0.6 * e.length);
}

export interface GotItem {
  level: number;
  text: string;
}

export interface OutlineScore {
  requiredTotal: number;
  requiredFound: number;
  /** Reported items that are neither required nor optional. */
  falseHeadings: number;
  levelCorrect: number;
  /** Per reported item: 'required' | 'optional' | 'false'. */
  verdicts: ('required' | 'optional' | 'false')[];
  missing: ExpectedItem[];
}

/** Greedy in-order matching: each expected item is used at most once. */
export function scoreOutline(expected: ExpectedItem[], got: GotItem[]): OutlineScore {
  const used = new Array<boolean>(expected.length).fill(false);
  const verdicts: OutlineScore['verdicts'] = [];
  let requiredFound = 0;
  let levelCorrect = 0;
  let falseHeadings = 0;
  let cursor = 0;
  for (const item of got) {
    let match = -1;
    for (let pass = 0; pass < 2 && match < 0; pass++) {
      const from = pass === 0 ? cursor : 0;
      for (let i = from; i < expected.length; i++) {
        if (!used[i] && headingsMatch((expected[i] as ExpectedItem).text, item.text)) {
          match = i;
          break;
        }
      }
    }
    if (match < 0) {
      falseHeadings++;
      verdicts.push('false');
      continue;
    }
    used[match] = true;
    cursor = match + 1;
    const exp = expected[match] as ExpectedItem;
    if (exp.optional) {
      verdicts.push('optional');
    } else {
      requiredFound++;
      if (exp.level === item.level) levelCorrect++;
      verdicts.push('required');
    }
  }
  const missing = expected.filter((e, i) => !e.optional && !used[i]);
  return {
    requiredTotal: expected.filter((e) => !e.optional).length,
    requiredFound,
    falseHeadings,
    levelCorrect,
    verdicts,
    missing,
  };
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  requiredTotal: number;
  requiredFound: number;
  falseHeadings: number;
  levelCorrect: number;
}

export function emptyTotals(): Totals {
  return { tp: 0, fp: 0, fn: 0, tn: 0, requiredTotal: 0, requiredFound: 0, falseHeadings: 0, levelCorrect: 0 };
}

export function metrics(t: Totals) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const headingPrecision = ratio(t.requiredFound, t.requiredFound + t.falseHeadings);
  const headingRecall = ratio(t.requiredFound, t.requiredTotal);
  return {
    detectionPrecision: ratio(t.tp, t.tp + t.fp),
    detectionRecall: ratio(t.tp, t.tp + t.fn),
    headingPrecision,
    headingRecall,
    headingF1: headingPrecision + headingRecall === 0 ? 0 : (2 * headingPrecision * headingRecall) / (headingPrecision + headingRecall),
    levelAccuracy: ratio(t.levelCorrect, t.requiredFound),
  };
}
