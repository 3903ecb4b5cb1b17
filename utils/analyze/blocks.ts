// Splits an element's visible text into "lines": the text of each block element
// (p, div, li, td, h1–h6 …) without its nested blocks, further split at <br>.
// One linear pass; reads only tag names, attributes and text nodes.

import { collapseWhitespace } from './text';

export interface Line {
  text: string;
  /** The nearest block element holding the text (for <br> lines: the shared parent). */
  node: Element;
  /** Almost all letters are inside b/strong/bold inline style or a heading typeface (黑体, 楷体…). */
  bold: boolean;
  /** 1–6 when the line is inside an h1–h6 element, else 0. */
  headingLevel: number;
  /** Characters of the line that sit inside links. */
  linkChars: number;
  /** Inside an li element. */
  inListItem: boolean;
}

export interface LineOptions {
  /** Stop after this many characters of text (bounded work on huge pages). */
  maxChars?: number;
  /** Read elements without element children whole (see LineWalker); default: in HTML documents. */
  leavesWhole?: boolean;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'VIDEO', 'AUDIO', 'MAP',
]);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'DEL',
  'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RT', 'RP', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR', 'O:P', 'NOBR', 'ACRONYM',
]);

const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;
// Chinese official texts mark headings by typeface as often as by weight (GB/T 9704: 一、 in
// 黑体, （一） in 楷体; titles in 小标宋). Only the first family named counts: Word writes
// "font-family:黑体;mso-ascii-font-family:…" and a body face later in the list means nothing.
const HEADING_FACE = /^\s*["']?(黑体|楷体|楷体_GB2312|方正小标宋|方正小标宋简体|方正小标宋_GBK|方正黑体|方正楷体|华文中宋|华文楷体|华文黑体|SimHei|KaiTi|KaiTi_GB2312|STKaiti|STHeiti|STZhongsong)/i;
const FONT_FAMILY = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// The walk reads each element's style attribute once and hands it to both checks: in the
// reader every DOM call of the walk runs cold, in a fresh isolated world.
function isHiddenWithStyle(el: Element, style: string | null): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Bold, or set in a heading typeface (the same emphasis to a reader). */
function isBoldElement(el: Element, tag: string, style: string | null): boolean {
  if (tag === 'B' || tag === 'STRONG') return true;
  if (tag === 'FONT') {
    const face = el.getAttribute('face');
    if (face !== null && HEADING_FACE.test(face)) return true;
  }
  if (style === null) return false;
  if (BOLD_STYLE.test(style)) return true;
  const family = FONT_FAMILY.exec(style);
  return family !== null && HEADING_FACE.test(family[1] as string);
}

export function isBlockTag(tag: string): boolean {
  return !INLINE_TAGS.has(tag);
}

function headingLevelOf(tag: string): number {
  return tag.length === 2 && tag.charAt(0) === 'H' && tag.charCodeAt(1) >= 49 && tag.charCodeAt(1) <= 54
    ? tag.charCodeAt(1) - 48
    : 0;
}

class LineCollector {
  readonly lines: Line[] = [];
  private parts: string[] = [];
  // Letters are counted only where a line mixes bold and plain text, or for link text:
  // a character loop over every text of the page is most of the walk's cost when it runs cold.
  private boldParts: string[] = [];
  private plainParts: string[] = [];
  private linkLetters = 0;
  private owner: Element | null = null;
  private lineHeading = 0;
  private lineInList = false;
  private totalChars = 0;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.totalChars >= this.maxChars;
  }

  addText(data: string, owner: Element, bold: boolean, link: boolean, heading: number, inList: boolean): void {
    if (this.parts.length === 0) {
      if (data.trim() === '') return;
      this.owner = owner;
      this.lineHeading = heading;
      this.lineInList = inList;
    }
    this.parts.push(data);
    (bold ? this.boldParts : this.plainParts).push(data);
    if (link) this.linkLetters += countLetters(data);
  }

  /** At least 90 % of the line's letters are bold (and it has letters). */
  private isBold(): boolean {
    const { boldParts, plainParts } = this;
    if (boldParts.length === 0) return false;
    if (plainParts.length === 0) return boldParts.some(hasLetter);
    const boldLetters = boldParts.reduce((sum, part) => sum + countLetters(part), 0);
    const letters = boldLetters + plainParts.reduce((sum, part) => sum + countLetters(part), 0);
    return letters > 0 && boldLetters >= letters * 0.9;
  }

  flush(): void {
    if (this.parts.length === 0 || this.owner === null) return;
    const text = collapseWhitespace(this.parts.join(''));
    if (text !== '') {
      this.lines.push({
        text,
        node: this.owner,
        bold: this.isBold(),
        headingLevel: this.lineHeading,
        linkChars: this.linkLetters,
        inListItem: this.lineInList,
      });
      this.totalChars += text.length;
    }
    this.parts = [];
    this.boldParts = [];
    this.plainParts = [];
    this.linkLetters = 0;
    this.owner = null;
  }
}

const isLetterCode = (c: number) => c > 32 && c !== 0xa0 && c !== 0x3000;

function hasLetter(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (isLetterCode(data.charCodeAt(i))) return true;
  return false;
}

function countLetters(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    if (isLetterCode(data.charCodeAt(i))) n++;
  }
  return n;
}

interface WalkState {
  block: Element;
  bold: boolean;
  link: boolean;
  heading: number;
  inList: boolean;
}

/** One open element of the walk: its next child to visit, and whether it ends a line when left. */
interface Frame {
  next: ChildNode | null;
  state: WalkState;
  endsLine: boolean;
}

/**
 * A depth-first walk with its own stack (no recursion: a page script can nest
 * elements far deeper than the call stack allows), run in steps so a caller can
 * pause it between them.
 */
class LineWalker {
  private readonly stack: Frame[];
  /**
   * An element without element children is read whole (`textContent`) instead of node by
   * node: the page's text nodes are then never wrapped for our script, and creating those
   * wrappers, in the reader's fresh isolated world, is much of the walk's cost. The result
   * is the same in HTML documents, where the only text an element without element children
   * holds is its Text children's (an XML document may hold CDATA sections, which the walk
   * skips: there it goes node by node).
   */
  private readonly leavesWhole: boolean;

  constructor(root: Element, private readonly out: LineCollector, leavesWhole?: boolean) {
    const state = { block: root, bold: false, link: false, heading: headingLevelOf(root.tagName.toUpperCase()), inList: false };
    this.stack = [{ next: root.firstChild, state, endsLine: false }];
    this.leavesWhole = leavesWhole ?? root.ownerDocument.contentType === 'text/html';
  }

  /** Visits up to `budget` nodes; true when the walk is complete. */
  step(budget: number): boolean {
    const { stack, out } = this;
    for (let visited = 0; visited < budget; visited++) {
      const frame = stack[stack.length - 1];
      if (!frame) return true;
      const child = frame.next;
      if (child === null || out.full) {
        stack.pop();
        // Block children start and end their own lines.
        if (frame.endsLine) out.flush();
        continue;
      }
      frame.next = child.nextSibling;
      const state = frame.state;
      if (child.nodeType === 3) {
        out.addText((child as Text).data, state.block, state.bold, state.link, state.heading, state.inList);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childEl = child as Element;
      const tag = childEl.tagName.toUpperCase();
      if (tag === 'BR') {
        out.flush();
        continue;
      }
      if (SKIPPED_TAGS.has(tag)) continue;
      const style = childEl.getAttribute('style');
      if (isHiddenWithStyle(childEl, style)) continue;
      const block = isBlockTag(tag);
      if (block) out.flush();
      const level = headingLevelOf(tag);
      const bold = state.bold || isBoldElement(childEl, tag, style);
      const link = state.link || (tag === 'A' && childEl.hasAttribute('href'));
      const heading = level || state.heading;
      const inList = state.inList || tag === 'LI';
      if (this.leavesWhole && childEl.childElementCount === 0) {
        // What visiting its text children would do, in one read.
        if (!out.full) out.addText(childEl.textContent ?? '', block ? childEl : state.block, bold, link, heading, inList);
        if (block) out.flush();
        continue;
      }
      // Most inline elements change nothing: their children share the parent's state object.
      const same = !block && bold === state.bold && link === state.link && heading === state.heading && inList === state.inList;
      stack.push({
        next: childEl.firstChild,
        state: same ? state : { block: block ? childEl : state.block, bold, link, heading, inList },
        endsLine: block,
      });
    }
    return stack.length === 0;
  }
}

/** Lines of visible text under `root`, in document order. */
export function collectLines(root: Element, options: LineOptions = {}): Line[] {
  const collector = new LineCollector(options.maxChars ?? Infinity);
  const walker = new LineWalker(root, collector, options.leavesWhole);
  while (!walker.step(Infinity));
  collector.flush();
  return collector.lines;
}

export interface SliceOptions extends LineOptions {
  /** Longest stretch of work between pauses, in ms. */
  sliceMs?: number;
  /** Gives the page's event loop a turn (e.g. a zero timeout). */
  pause?: () => Promise<void>;
  /** A clock in ms (performance.now). */
  now?: () => number;
}

/**
 * The same lines as collectLines, collected in slices of at most `sliceMs` with a
 * pause between them, so a 100,000-node page never holds the page's main thread
 * for one long task. The page may change during a pause: the lines are those of
 * the nodes as they were when visited.
 */
export async function collectLinesSliced(root: Element, options: SliceOptions = {}): Promise<Line[]> {
  const { sliceMs = 30, pause = () => new Promise<void>((done) => setTimeout(done, 0)), now = () => performance.now() } = options;
  const collector = new LineCollector(options.maxChars ?? Infinity);
  const walker = new LineWalker(root, collector, options.leavesWhole);
  let sliceStart = now();
  while (!walker.step(500)) {
    if (now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = now();
  }
  collector.flush();
  return collector.lines;
}
