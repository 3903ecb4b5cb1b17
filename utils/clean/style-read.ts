// Computed-style reads with fallbacks: some engines (and happy-dom in tests) leave
// longhands such as overflow-y or mask-image empty when only the shorthand was set.

export function overflowY(style: CSSStyleDeclaration): string {
  const direct = style.overflowY || style.getPropertyValue('overflow-y');
  if (direct) return direct;
  const parts = (style.overflow || '').trim().split(/\s+/);
  return parts[1] ?? parts[0] ?? 'visible';
}

export function maskImage(style: CSSStyleDeclaration): string {
  return style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image') || 'none';
}

/** `auto` and unparsable values count as 0 (the element sits in its parent's layer). */
export function zIndex(style: CSSStyleDeclaration): number {
  const value = Number.parseInt(style.zIndex, 10);
  return Number.isFinite(value) ? value : 0;
}

export function isRendered(style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  const opacity = Number.parseFloat(style.opacity);
  return !(Number.isFinite(opacity) && opacity <= 0.01);
}

/** Alpha of a computed `rgb()/rgba()` colour; 0 for `transparent`, 1 when unknown. */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent' || value === '') return 0;
  const match = /rgba?\(([^)]*)\)/.exec(value);
  if (!match?.[1]) return 1;
  const parts = match[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const alpha = parts[3] ?? '1';
  const number = alpha.endsWith('%') ? Number.parseFloat(alpha) / 100 : Number.parseFloat(alpha);
  return Number.isFinite(number) ? number : 1;
}
