// Merges site rules and generic heuristics into one list of decisions. Reads the
// page (style, layout) and writes nothing; apply.ts does the writing.
import { isAllowed } from './guard';
import { adSlotDecisions } from './heuristics/ad-slots';
import { clampDecisions, classifyClamp, measureClamp } from './heuristics/clamps';
import { fixedOverlayDecisions } from './heuristics/fixed-overlays';
import { gradientMaskDecisions } from './heuristics/gradient-mask';
import { readMoreBarDecisions } from './heuristics/read-more-bars';
import { scrollLockDecisions } from './heuristics/scroll-lock';
import { rulesForHost, siteRuleDecisions, SITE_RULES } from './site-rules';
import { HIDDEN_ATTR } from './stylesheet';
import type { Decision, SiteRule } from './types';

export interface PlanInput {
  doc: Document;
  win: Window;
  root: Element;
  host?: string;
  rules?: readonly SiteRule[];
  /** Late mutations: only these elements are examined by the page-wide heuristics (fixed boxes, ad slots). */
  candidates?: Element[];
}

function withMeasuredReveal(decisions: Decision[], input: PlanInput): Decision[] {
  return decisions.map((decision) =>
    decision.action.kind === 'unclamp' && decision.revealsText === undefined
      ? { ...decision, revealsText: classifyClamp(measureClamp(decision.element, input.root, input.win)) !== null }
      : decision.action.kind === 'remove-class' && decision.category === 'clamp'
        ? { ...decision, revealsText: true }
        : decision,
  );
}

/** First decision per element and action wins; hides nested in another hide are dropped. */
export function dedupe(decisions: Decision[]): Decision[] {
  const keyed = new Map<Element, Set<string>>();
  const out: Decision[] = [];
  for (const decision of decisions) {
    const kinds = keyed.get(decision.element) ?? new Set<string>();
    if (kinds.has(decision.action.kind)) continue;
    kinds.add(decision.action.kind);
    keyed.set(decision.element, kinds);
    out.push(decision);
  }
  const hidden = new Set(out.filter((d) => d.action.kind === 'hide').map((d) => d.element));
  return out.filter((decision) => {
    if (decision.action.kind !== 'hide') return true;
    for (let node = decision.element.parentElement; node; node = node.parentElement)
      if (hidden.has(node) || node.hasAttribute(HIDDEN_ATTR)) return false;
    return true;
  });
}

export function plan(input: PlanInput): Decision[] {
  const { doc, win, root, candidates } = input;
  const rules = input.host ? rulesForHost(input.host, input.rules ?? SITE_RULES) : [];
  const clamps = clampDecisions(win, root);
  const all = [
    ...siteRuleDecisions(doc, rules),
    ...scrollLockDecisions(doc, win),
    ...clamps.decisions,
    ...gradientMaskDecisions(win, root, clamps.boxes),
    ...fixedOverlayDecisions(doc, win, root, candidates),
    ...adSlotDecisions(doc, root, candidates),
    ...readMoreBarDecisions(root),
  ];
  return dedupe(withMeasuredReveal(all, input).filter((decision) => isAllowed(decision, root)));
}
