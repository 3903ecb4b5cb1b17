import { describe, expect, it } from 'vitest';
import { revealInContainer } from '../../../components/reveal-in-container';

function boxAt(top: number, height: number): HTMLElement {
  const element = document.createElement('div');
  element.getBoundingClientRect = () => ({ top, bottom: top + height, height, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) });
  return element;
}

describe('revealInContainer', () => {
  it('scrolls the container down just enough to show a row below it', () => {
    const container = boxAt(100, 400);
    container.scrollTop = 50;
    revealInContainer(boxAt(520, 20), container);
    expect(container.scrollTop).toBe(50 + 40 + 8);
  });

  it('scrolls up for a row above, and leaves a visible row alone', () => {
    const container = boxAt(100, 400);
    container.scrollTop = 200;
    revealInContainer(boxAt(60, 20), container);
    expect(container.scrollTop).toBe(200 - 40 - 8);
    revealInContainer(boxAt(300, 20), container);
    expect(container.scrollTop).toBe(152);
  });

  it('does nothing without layout or without a container', () => {
    const container = document.createElement('div');
    container.scrollTop = 10;
    revealInContainer(document.createElement('div'), container);
    revealInContainer(document.createElement('div'), null);
    expect(container.scrollTop).toBe(10);
  });
});
