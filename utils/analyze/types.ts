// The data the analysis core returns. Pure data plus live DOM references (`node`,
// `root`) so the UI can scroll to the real elements of the page.

export interface DetectionSignal {
  /** Short machine name, e.g. "title-speech-word", "salutation", "stage-direction". */
  name: string;
  /** Contribution to the score (negative for counter-evidence). */
  weight: number;
  /** A short excerpt of what matched, for debugging and the CLI report. */
  evidence?: string;
}

export interface Detection {
  isSpeech: boolean;
  /** 0..1 */
  confidence: number;
  signals: DetectionSignal[];
  lang: 'zh' | 'en' | 'other';
  /** Which stage decided: 1 (native reads only) or 2 (the paragraph structure too). */
  stage: 1 | 2;
}

export type OutlineKind = 'numbered' | 'heading' | 'enumeration';

export interface OutlineItem {
  /** 1 is the top level. */
  level: number;
  /** Heading text with its numbering marker, whitespace collapsed; run-in headings cut to the lead sentence. */
  text: string;
  kind: OutlineKind;
  /** The block element on the live page that carries the heading. */
  node: Element;
}

export interface SyllabusItem {
  level: number;
  text: string;
  inBody: boolean;
  /** The matching body outline item's index in the outline, when inBody. */
  outlineIndex?: number;
}

/** One turn of a transcript: from a speaker label (THE PRESIDENT:, Q, MS. X:) to the next. */
export interface SpeakerTurn {
  /** The label as written, without its colon: "THE PRESIDENT", "Q", "MS. HARMAN". */
  speaker: string;
  /** The turn's first words (stage directions left out), cut to about 80 characters. */
  text: string;
  /** The block element on the live page that carries the label. */
  node: Element;
}

export interface TruncationCut {
  /** Up to ~30 characters of text just before the cut marker. */
  afterText: string;
  omittedChars: number | null;
}

export interface Truncation {
  shownChars: number | null;
  totalChars: number | null;
  cuts: TruncationCut[];
  /** JSON-LD isAccessibleForFree: false on the page. */
  gated: boolean;
  /** The elements that carry cut markers / read-more buttons (never the speech text). */
  markerNodes: Element[];
}

export interface Analysis {
  detection: Detection;
  title: string;
  root: Element;
  outline: OutlineItem[];
  syllabus: SyllabusItem[] | null;
  truncation: Truncation | null;
  /** Characters of speech text (CJK chars + Latin words counted per lang). */
  textLength: number;
  /** Speaker turns when the page is a transcript with two or more speakers, else empty (or absent). */
  speakers?: SpeakerTurn[];
}
