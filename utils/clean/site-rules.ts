// Per-host rules (data in ./sites/*) and the code that turns them into decisions.
import { FIXTURE_SITE_RULES } from './sites/fixture-sites';
import { NEWS_SITE_RULES } from './sites/news-sites';
import { WENKU_SITE_RULES } from './sites/wenku-sites';
import type { Category, Decision, SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [...WENKU_SITE_RULES, ...NEWS_SITE_RULES, ...FIXTURE_SITE_RULES];

/** Most elements one selector may mark: a runaway selector must not blank a page. */
const MAX_PER_SELECTOR = 60;

export function hostMatches(host: string, suffix: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === suffix || h.endsWith(`.${suffix}`);
}

export function rulesForHost(host: string, rules: readonly SiteRule[] = SITE_RULES): SiteRule[] {
  return rules.filter((rule) => rule.hosts.some((suffix) => hostMatches(host, suffix)));
}

function select(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector)).slice(0, MAX_PER_SELECTOR);
  } catch {
    return []; // a selector this engine does not support
  }
}

function hideAll(doc: Document, selectors: string[] | undefined, category: Category, host: string): Decision[] {
  return (selectors ?? []).flatMap((selector) =>
    select(doc, selector).map((element) => ({
      element,
      category,
      action: { kind: 'hide' as const },
      source: `site:${host} ${selector}`,
    })),
  );
}

export function siteRuleDecisions(doc: Document, rules: readonly SiteRule[]): Decision[] {
  return rules.flatMap((rule) => {
    const host = rule.hosts[0] ?? '?';
    const unclamps: Decision[] = (rule.unclamp ?? []).flatMap((selector) =>
      select(doc, selector).map((element) => ({
        element,
        category: 'clamp' as const,
        action: { kind: 'unclamp' as const },
        source: `site:${host} ${selector}`,
      })),
    );
    const classRemovals: Decision[] = (rule.removeClasses ?? []).flatMap(({ selector, classes }) =>
      select(doc, selector)
        .map((element) => ({ element, present: classes.filter((name) => element.classList.contains(name)) }))
        .filter(({ present }) => present.length > 0)
        .map(({ element, present }) => ({
          element,
          category: 'clamp' as const,
          action: { kind: 'remove-class' as const, classes: present },
          source: `site:${host} ${selector}`,
        })),
    );
    return [
      ...hideAll(doc, rule.hideAds, 'ad', host),
      ...hideAll(doc, rule.hideOverlays, 'overlay', host),
      ...hideAll(doc, rule.hideClampMasks, 'clamp', host),
      ...unclamps,
      ...classRemovals,
    ];
  });
}
