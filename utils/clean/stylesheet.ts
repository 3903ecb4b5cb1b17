// The one stylesheet that does all hiding and unclamping, keyed on our marking
// attributes. Constructable + adoptedStyleSheets first (not subject to a page's
// style-src CSP), a <style> element as the fallback.
import { injectPageStyle, type PageStyle } from '../page-style';

export const HIDDEN_ATTR = 'data-lectern-hidden';
export const UNCLAMP_ATTR = 'data-lectern-unclamp';
export const UNLOCK_ATTR = 'data-lectern-unlock';

/** Also usable as-is with `scripting.insertCSS` if a page defeats both injection paths. */
export const CLEAN_CSS = `
[${HIDDEN_ATTR}]{display:none!important}
[${UNCLAMP_ATTR}]{max-height:none!important;height:auto!important;overflow:visible!important;-webkit-mask-image:none!important;mask-image:none!important}
html[${UNLOCK_ATTR}]{overflow-y:auto!important}
body[${UNLOCK_ATTR}]{overflow:visible!important}
body[${UNLOCK_ATTR}="fixed"]{position:static!important}
`;

export type InjectedSheet = PageStyle;

export function injectSheet(doc: Document): InjectedSheet {
  return injectPageStyle(doc, CLEAN_CSS, 'clean');
}
