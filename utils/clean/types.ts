/** What a decision is about; the panel counts hidden things by these. */
export type Category = 'ad' | 'overlay' | 'scroll-lock' | 'clamp';

/**
 * - `hide`: mark the element; the injected sheet sets `display:none!important`.
 * - `unclamp`: lift max-height/height/overflow/mask on a container that clips delivered text.
 * - `unlock-scroll`: override `overflow` (and `position:fixed` on body) on html/body.
 * - `remove-class`: take listed classes off the element (site rules only), put back on restore.
 */
export type Action =
  | { kind: 'hide' }
  | { kind: 'unclamp' }
  | { kind: 'unlock-scroll'; fixed: boolean }
  | { kind: 'remove-class'; classes: string[] };

export interface Decision {
  element: Element;
  category: Category;
  action: Action;
  /** Which rule or heuristic proposed it (debugging, tests). */
  source: string;
  /** For clamps: delivered text was clipped and this change reveals it. */
  revealsText?: boolean;
}

export type CategoryCounts = Record<Category, number>;

export interface CleanReport {
  /** True while our changes are on the page (false after restore()). */
  active: boolean;
  counts: CategoryCounts;
  /** Number of changes that restore() would undo ("show hidden (N)"). */
  total: number;
  /** A container clipped text that the page had delivered, and it is now revealed. */
  unclampedText: boolean;
}

/** A per-host rule: data only. Selectors are plain CSS. */
export interface SiteRule {
  /** Host suffixes this rule applies to, e.g. `360doc.com` also matches `www.360doc.com`. */
  hosts: string[];
  hideAds?: string[];
  hideOverlays?: string[];
  /** Read-more masks and buttons that sit over or after clamped text. */
  hideClampMasks?: string[];
  /** Containers whose max-height/height/overflow clamp delivered text. */
  unclamp?: string[];
  removeClasses?: Array<{ selector: string; classes: string[] }>;
  /** Where the selectors come from (list + licence, or the fixture they were read from). */
  source: string;
}
