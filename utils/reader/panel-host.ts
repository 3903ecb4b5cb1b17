import { PANEL_CSS } from '../../components/panel.css';

import { PANEL_TAG } from '../panel-tag';

export { PANEL_TAG };

/**
 * Creates `<lectern-panel>` with an open shadow root. Page CSS cannot style inside
 * the shadow root; the host's own box is pinned with inline !important so page
 * rules such as `lectern-panel { display: none !important }` lose.
 */
export function mountPanelHost(doc: Document): { host: HTMLElement; container: HTMLElement } {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, PANEL_CSS);
  const container = doc.createElement('div');
  container.className = 'lectern-root';
  shadow.append(container);
  doc.documentElement.append(host);
  raiseToTopLayer(host);
  return { host, container };
}

/**
 * A manual popover lives in the top layer, above any z-index: an overlay a page
 * adds later at z-index 2147483647 (after our host in tree order) would otherwise
 * cover the panel and take its clicks. The popover's own UA box is overridden by
 * the inline !important styles; its ::backdrop does not take pointer events.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return; // older browsers, test DOMs: z-index only
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  contain: 'style',
};

function adoptStyles(shadow: ShadowRoot, css: string): void {
  // Constructable stylesheets are not blocked by a page's style-src CSP.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
}
