// The page side of excerpts: turn a selection into a draft with its section path
// and selectors, and show saved excerpts again as highlights.
import type { Analysis } from '../analyze/types';
import { anchorExcerpt, describeRange, sectionRangesFromHeadings } from '../excerpts/anchoring';
import { highlightRange, HIGHLIGHT_ATTRIBUTE, removeHighlight } from '../excerpts/highlight';
import type { Excerpt, ExcerptDraft } from '../excerpts/model';
import { buildTextIndex } from '../excerpts/text-index';
import { sectionIndexAt, sectionPath } from './sections';

export const HIGHLIGHT_CSS = `
mark[${HIGHLIGHT_ATTRIBUTE}]{background:rgba(255,214,102,.5);color:inherit;font:inherit;padding:0;margin:0;border:0;border-radius:0;box-shadow:none}
mark[${HIGHLIGHT_ATTRIBUTE}].lectern-flash{outline:2px solid #a3361b;outline-offset:1px}
@media (prefers-color-scheme: dark){mark[${HIGHLIGHT_ATTRIBUTE}]{background:rgba(255,196,0,.35)}}
`;

/** The selection as a draft, or null when it holds no speech text. */
export function draftFromRange(analysis: Analysis, range: Range, page: { url: string; title: string }): ExcerptDraft | null {
  if (!analysis.root.contains(range.commonAncestorContainer)) return null;
  const sectionIndex = sectionIndexAt(analysis.outline, range.startContainer);
  const anchor = describeRange(analysis.root, range, sectionIndex === null ? {} : { sectionIndex });
  if (!anchor) return null;
  return {
    text: anchor.quote.exact,
    note: '',
    tags: [],
    pageUrl: page.url,
    pageTitle: page.title,
    speechTitle: analysis.title,
    sectionPath: sectionPath(analysis.outline, sectionIndex),
    anchor,
  };
}

/** The outline as stored with a page's first excerpt (for the library's study notes). */
export function outlineForDraft(analysis: Analysis): NonNullable<ExcerptDraft['outline']> {
  return analysis.outline.slice(0, 1_000).map((item) => ({ level: Math.min(12, Math.max(1, item.level)), text: item.text.slice(0, 500) }));
}

export interface PlacedExcerpt {
  excerpt: Excerpt;
  /** False: could not be found on this page ("not found", listed with its text). */
  found: boolean;
}

/** Anchors each excerpt in the speech root and marks it; returns which were found. */
export function showHighlights(analysis: Analysis, excerpts: readonly Excerpt[]): PlacedExcerpt[] {
  // Nothing to place: no text index (a whole walk of the speech on big pages).
  if (excerpts.length === 0) return [];
  const sectionRanges = sectionRangesFromHeadings(buildTextIndex(analysis.root), analysis.outline.map((item) => item.node));
  return excerpts.map((excerpt) => {
    if (!excerpt.anchor) return { excerpt, found: false };
    removeHighlight(analysis.root, excerpt.id);
    // A fresh index each time: highlighting splits text nodes.
    const placed = anchorExcerpt(analysis.root, excerpt.anchor, { sectionRanges });
    if (!placed) return { excerpt, found: false };
    highlightRange(placed.range, excerpt.id);
    return { excerpt, found: true };
  });
}

/** Scrolls to an excerpt's first mark and flashes it briefly. */
export function revealHighlight(doc: Document, id: string): boolean {
  const mark = doc.querySelector<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}="${CSS.escape(id)}"]`);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.add('lectern-flash');
  setTimeout(() => mark.classList.remove('lectern-flash'), 1_500);
  return true;
}
