// The collection's "meatball" (⋯) menu: a menu button that opens on Enter/Space/ArrowDown,
// a role=menu with arrow-key movement, Esc to close and focus back on the button.
import { type Ref, useEffect, useId, useRef } from 'react';
import { moveIndex } from '../../playground/ui/focus';
import styles from './styles.module.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

export interface MeatballMenuProps {
  collection: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  items: MenuItem[];
  buttonRef?: Ref<HTMLButtonElement>;
}

export default function MeatballMenu({
  collection,
  open,
  onOpen,
  onClose,
  items,
  buttonRef,
}: MeatballMenuProps) {
  const id = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const ownButton = useRef<HTMLButtonElement | null>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');

  useEffect(() => {
    if (!open) return;
    const menu = menuRef.current;
    const entries = menu ? Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) : [];
    (focusOnOpen.current === 'last' ? entries[entries.length - 1] : entries[0])?.focus();
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!menu?.contains(t) && !ownButton.current?.contains(t)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onClose]);

  const setButton = (el: HTMLButtonElement | null) => {
    ownButton.current = el;
    if (typeof buttonRef === 'function') buttonRef(el);
    else if (buttonRef) (buttonRef as { current: HTMLButtonElement | null }).current = el;
  };

  const closeAndRefocus = () => {
    onClose();
    ownButton.current?.focus();
  };

  return (
    <div className={styles.menuWrap}>
      <button
        ref={setButton}
        type="button"
        className={styles.meatball}
        aria-label={`More actions for ${collection}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => {
          focusOnOpen.current = 'first';
          if (open) onClose();
          else onOpen();
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            focusOnOpen.current = e.key === 'ArrowUp' ? 'last' : 'first';
            onOpen();
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-label={`Actions for ${collection}`}
          className={styles.menu}
          onKeyDown={(e) => {
            const entries = Array.from(
              e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
            );
            const index = entries.indexOf(document.activeElement as HTMLElement);
            const next = moveIndex(e.key, index, entries.length);
            if (next !== null) {
              e.preventDefault();
              entries[next].focus();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              closeAndRefocus();
            } else if (e.key === 'Tab') {
              onClose();
            }
          }}
        >
          {items.map((item) => (
            <div
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              className={styles.menuItem}
              onClick={item.onSelect}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  item.onSelect();
                }
              }}
            >
              {item.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
