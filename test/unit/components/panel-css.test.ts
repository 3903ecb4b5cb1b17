import { describe, expect, it } from 'vitest';
import { PANEL_CSS } from '../../../components/panel.css';

describe('panel CSS', () => {
  it('starts with a :host reset and never sizes relative to the page', () => {
    expect(PANEL_CSS.trimStart().startsWith(':host {\n  all: initial;')).toBe(true);
    // rem follows the page's root font size, em the host's: px only.
    expect(PANEL_CSS).not.toMatch(/\d(r?em)\b/);
  });

  it('takes the font size and colours from custom properties on :host', () => {
    expect(PANEL_CSS).toContain('--lectern-font-size: 14px;');
    expect(PANEL_CSS).toContain('font-size: var(--lectern-font-size);');
    expect(PANEL_CSS).toMatch(/"PingFang SC".*"Microsoft YaHei".*"Noto Sans CJK SC"/s);
  });

  it('follows dark mode and reduced motion', () => {
    expect(PANEL_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(PANEL_CSS).toContain('@media (prefers-reduced-motion: reduce)');
  });

  it('parses as a stylesheet', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    expect(sheet.cssRules.length).toBeGreaterThan(30);
  });
});
