// Picks the speech's own title: a title line in or just above the body that names the
// genre (讲话/致辞/Remarks/Rede …), joined with a "——…" subtitle; else the document title
// without its site suffix; else a bare genre label.

import type { Line } from './blocks';
import { isByline, namesSpeechGenre, ZH_SALUTATION } from './cues';
import { countCjk, countWords } from './text';

const WINDOW = 8;
const MAX_TITLE = 120;
const SUBTITLE = /^[—–]{1,2}|^-{2}/;
// The info line a site's CMS prints between its headline and the text ("文章来源：…作者：…发布时间：…点击数：").
const ARTICLE_META = /(?:来源|作者|发布时间|发布日期|点击数|浏览次数|阅读次数|责任编辑)[：:]/;

/** `bodyStart` is the index in `lines` of the body's first line. */
export function pickTitle(doc: Document, lines: Line[], bodyStart: number): string {
  const from = Math.max(0, bodyStart - WINDOW);
  const to = Math.min(lines.length, bodyStart + WINDOW);
  const fromDocument = stripSiteName(doc.title ?? '');
  // A label-like line that is also the document's title ("Queen's Speech 2016") is no label.
  const isLabel = (text: string) => isGenreLabel(text) && titleKey(text) !== titleKey(fromDocument);
  // A title line inside the body wins over a page headline above it.
  const find = (skip: (text: string) => boolean) => {
    const inBody = findTitleLine(lines, bodyStart, to, true, skip);
    return inBody >= 0 ? inBody : findTitleLine(lines, from, bodyStart, false, skip);
  };
  const index = find(isLabel);
  if (index >= 0) return joinSubtitle(lines, index, from);
  if (fromDocument !== '') return fromDocument;
  const label = find(() => false);
  return label >= 0 ? (lines[label] as Line).text : '';
}

/**
 * A genre word with hardly anything beside it ("Speech", "Weekly Address", "领导致辞", "讲话稿"):
 * the category or series label a site prints above its titles, not a speech's title, which names
 * an occasion or a theme. (A "——…讲话" subtitle line is never one: the title is the line above.)
 */
function isGenreLabel(text: string): boolean {
  return !SUBTITLE.test(text) && countCjk(text) <= 4 && countWords(text) <= 2;
}

const titleKey = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The first line in [from, to) that names the genre and can be a title; `skip` passes over more. */
function findTitleLine(lines: Line[], from: number, to: number, inBody: boolean, skip: (text: string) => boolean): number {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (line.text.length > MAX_TITLE || !namesSpeechGenre(line.text) || ZH_SALUTATION.test(line.text)) continue;
    if (line.linkChars > line.text.length / 2 || isByline(line.text)) continue;
    if (skip(line.text)) continue;
    // Inside the body, sentences and "Remarks of X" bylines are not the title line.
    if (inBody && (/[。！？.!?]$/.test(line.text) || /^remarks (of|by)\b/i.test(line.text))) continue;
    return i;
  }
  return -1;
}

function joinSubtitle(lines: Line[], index: number, from: number): string {
  const text = (lines[index] as Line).text;
  if (SUBTITLE.test(text)) {
    // The genre line is the subtitle: prepend the title lines above it.
    const above: string[] = [];
    for (let j = index - 1; j >= from && above.length < 3; j--) {
      const prev = lines[j] as Line;
      if (prev.text.length > 60 || /[：:]$|^\(|^（/.test(prev.text) || prev.linkChars > 0 || ARTICLE_META.test(prev.text)) break;
      above.unshift(prev.text);
    }
    return above.join(' ') + text;
  }
  const next = lines[index + 1];
  if (next && SUBTITLE.test(next.text) && next.text.length <= MAX_TITLE) return text + next.text;
  return stripSpeakerPrefix(text);
}

/** "习近平：在…上的讲话" → "在…上的讲话". */
function stripSpeakerPrefix(text: string): string {
  const m = /^[\u4e00-\u9fff·]{2,8}[：:](?=在)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Drops site names: "…_科技_腾讯网" → "…", "Title | GOV.UK" → "Title", "标题--栏目-学校" → "标题". */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+|-{2,}|_|\s\|\s?|\|/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1) return stripSpeakerPrefix(title.trim());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return stripSpeakerPrefix(longest);
}
