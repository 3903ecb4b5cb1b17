import { render } from 'preact';
import { h } from 'preact';
import { analyzePage } from '../analyze';
import { mountPanelHost } from './panel-host';
import { ReaderApp } from '../../components/ReaderApp';

const INSTANCE_KEY = Symbol.for('lectern.reader');

/** Analyses the page and mounts the panel once per frame (a second injection is a no-op). */
export function startReader(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[INSTANCE_KEY]) return;
  scope[INSTANCE_KEY] = true;
  performance.mark('lectern:analyze:start');
  const analysis = analyzePage(document, location.href, { force: true });
  performance.measure('lectern:analyze', 'lectern:analyze:start');
  if (!analysis) return;
  const { container } = mountPanelHost(document);
  render(h(ReaderApp, { analysis }), container);
}
