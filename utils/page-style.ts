// A stylesheet of ours inside the web page (highlight marks, hiding rules).
// Constructable + adoptedStyleSheets first: not subject to a page's style-src CSP;
// a <style> element as the fallback.

export interface PageStyle {
  remove(): void;
}

export function injectPageStyle(doc: Document, css: string, label: string): PageStyle {
  return adopt(doc, css) ?? styleElement(doc, css, label);
}

function adopt(doc: Document, css: string): PageStyle | null {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return {
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== sheet);
      },
    };
  } catch {
    return null; // e.g. a sandbox that cannot hand the page a sheet
  }
}

function styleElement(doc: Document, css: string, label: string): PageStyle {
  const style = doc.createElement('style');
  style.setAttribute(`data-lectern-${label}`, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return { remove: () => style.remove() };
}
