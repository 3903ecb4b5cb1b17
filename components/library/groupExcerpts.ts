import type { Excerpt } from '../../utils/excerpts/model';

export interface SectionGroup {
  key: string;
  path: string[];
  excerpts: Excerpt[];
}

export interface SpeechGroup {
  key: string;
  title: string;
  pageUrl: string;
  sections: SectionGroup[];
}

/**
 * Excerpts by source speech (title + page), speeches in the order of their newest
 * excerpt, and within a speech by section path in reading order.
 */
export function groupExcerpts(newestFirst: Excerpt[]): SpeechGroup[] {
  const speeches = new Map<string, Excerpt[]>();
  for (const excerpt of newestFirst) {
    const key = `${excerpt.speechTitle || excerpt.pageTitle}\n${excerpt.pageUrl}`;
    const group = speeches.get(key);
    if (group) group.push(excerpt);
    else speeches.set(key, [excerpt]);
  }
  return [...speeches].map(([key, excerpts]) => ({
    key,
    title: excerpts[0]!.speechTitle || excerpts[0]!.pageTitle,
    pageUrl: excerpts[0]!.pageUrl,
    sections: sectionsOf(excerpts),
  }));
}

function sectionsOf(excerpts: Excerpt[]): SectionGroup[] {
  const sections = new Map<string, SectionGroup>();
  for (const excerpt of [...excerpts].sort(byReadingOrder)) {
    const key = excerpt.sectionPath.join('\n');
    const section = sections.get(key);
    if (section) section.excerpts.push(excerpt);
    else sections.set(key, { key, path: excerpt.sectionPath, excerpts: [excerpt] });
  }
  return [...sections.values()];
}

function byReadingOrder(a: Excerpt, b: Excerpt): number {
  const at = (e: Excerpt) => e.anchor?.position.start ?? Number.MAX_SAFE_INTEGER;
  return at(a) - at(b) || a.createdAt - b.createdAt;
}
