// The one stylesheet that does all hiding and unclamping, keyed on our marking
// attributes. Constructable + adoptedStyleSheets first (not subject to a page's
// style-src CSP), a <style> element as the fallback.

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

export interface InjectedSheet {
  remove(): void;
}

function adopt(doc: Document): InjectedSheet | null {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(CLEAN_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return {
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== sheet);
      },
    };
  } catch {
    return null; // e.g. a content-script sandbox that cannot hand the page a sheet
  }
}

function styleElement(doc: Document): InjectedSheet {
  const style = doc.createElement('style');
  style.setAttribute('data-lectern-clean', '');
  style.textContent = CLEAN_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return { remove: () => style.remove() };
}

export function injectSheet(doc: Document): InjectedSheet {
  return adopt(doc) ?? styleElement(doc);
}
