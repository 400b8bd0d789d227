import type { KeyboardEvent } from "react";
import { useRef, useState } from "react";
import { Icon } from "./icons.js";

export interface MenuAction {
  /** The accessible name, e.g. "Move rule 2: role is Admin up". */
  label: string;
  /** The visible words, e.g. "Move up". */
  text: string;
  /** The keyboard shortcut (aria-keyshortcuts form, e.g. "Alt+ArrowUp"); styles.css shows it beside the words. */
  keys?: string | undefined;
  disabled?: boolean | undefined;
  run: () => void;
}

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens it on its first item,
 * arrows, Home and End move, Escape closes it back onto the button, Tab or a click elsewhere closes it.
 * Disabled items stay focusable (aria-disabled) so the menu reads the same every time. A press on an item
 * keeps the focus where it is (browsers that do not focus buttons on click would otherwise blur the menu).
 */
export function ActionsMenu({ label, actions }: { label: string; actions: readonly MenuAction[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...(menu.current?.children ?? [])] as HTMLElement[];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (event.key === "Tab") return setOpen(false);
    if (event.key === "Escape") close(true);
    else if (next === undefined) return;
    else items.at(next % items.length)?.focus();
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <span
      className="sfb-menu"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="sfb-button sfb-icon-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !event.altKey) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="more" />
      </button>
      {open ? (
        <div ref={menu} className="sfb-menu-list" role="menu" aria-label={label} onKeyDown={onMenuKeyDown} onPointerDown={(event) => event.preventDefault()}>
          {actions.map((action, index) => (
            <button
              key={action.text}
              // Opening the menu focuses its first item.
              autoFocus={index === 0}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="sfb-menu-item"
              aria-label={action.label}
              aria-keyshortcuts={action.keys}
              aria-disabled={action.disabled === true ? true : undefined}
              onClick={() => {
                if (action.disabled === true) return;
                close(true);
                action.run();
              }}
            >
              <span>{action.text}</span>
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
}
