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
  return { host, container };
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
