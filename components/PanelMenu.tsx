// A small ARIA menu (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/) inside the
// panel's shadow root: focus moves to the first item on open, arrows / Home / End move,
// Enter or Space picks, Escape and Tab close. The opener gets focus back on Escape.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface PanelMenuItem {
  key: string;
  label: string;
  onSelect(): void;
}

export interface PanelMenuProps {
  id?: string;
  label: string;
  items: readonly PanelMenuItem[];
  /** `restoreFocus` is true when focus should return to whatever opened the menu. */
  onClose(restoreFocus: boolean): void;
  /** The button that opens and closes the menu: a press on it is left to its own click, which toggles. */
  opener?: RefObject<HTMLElement | null>;
  class?: string;
  style?: Record<string, string | number>;
}

export function PanelMenu({ id, label, items, onClose, opener, ...rest }: PanelMenuProps) {
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A press anywhere outside closes it (composedPath sees through the shadow root). Closing
    // on a press on the opener would let its click open the menu again.
    const onPointerDown = (event: Event) => {
      const path = event.composedPath();
      const menu = menuRef.current;
      if (menu && !path.includes(menu) && !(opener?.current && path.includes(opener.current))) onClose(false);
    };
    const doc = menuRef.current?.ownerDocument;
    doc?.addEventListener('pointerdown', onPointerDown, true);
    return () => doc?.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const move = (from: EventTarget | null, step: number | 'first' | 'last') => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    if (entries.length === 0) return;
    const at = entries.indexOf(from as HTMLElement);
    const next = step === 'first' ? 0 : step === 'last' ? entries.length - 1 : (at + step + entries.length) % entries.length;
    entries[next]!.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        move(event.target, 1);
        break;
      case 'ArrowUp':
        move(event.target, -1);
        break;
      case 'Home':
        move(event.target, 'first');
        break;
      case 'End':
        move(event.target, 'last');
        break;
      case 'Escape':
        onClose(true);
        break;
      case 'Tab':
        onClose(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <ul ref={menuRef} id={id} role="menu" aria-label={label} class={`panel-menu ${rest.class ?? ''}`} style={rest.style} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.key} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class="panel-menu-item"
            onClick={() => {
              onClose(true);
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
