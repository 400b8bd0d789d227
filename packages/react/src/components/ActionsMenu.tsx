import type { KeyboardEvent } from "react";
import { useEffect, useId, useRef, useState } from "react";
import type { IconName } from "./icons.js";
import { Icon } from "./icons.js";

export interface MenuAction {
  /** The accessible name, e.g. "Move rule 2: role is Admin up". */
  label: string;
  /** The visible words, e.g. "Move up". */
  text: string;
  icon: IconName;
  /** The keyboard shortcut shown beside the words (aria-keyshortcuts form, e.g. "Alt+ArrowUp"). */
  keys?: string | undefined;
  disabled?: boolean | undefined;
  run: () => void;
}

/** "Alt+ArrowUp" as people read it: "Alt+↑". */
export function shortcutText(keys: string): string {
  return keys.replace("ArrowUp", "↑").replace("ArrowDown", "↓").replace("ArrowLeft", "←").replace("ArrowRight", "→").replace("Delete", "Del");
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
  const menuId = useId();

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...(menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (event.key === "Escape") close(true);
    else if (event.key === "Tab") setOpen(false);
    else if (next !== undefined) items[(next + items.length) % items.length]?.focus();
    else return;
    if (event.key !== "Tab") event.preventDefault();
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
        data-tip={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
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
        <div ref={menu} id={menuId} className="sfb-menu-list" role="menu" aria-label={label} onKeyDown={onMenuKeyDown} onPointerDown={(event) => event.preventDefault()}>
          {actions.map((action) => (
            <button
              key={action.icon}
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
              <Icon name={action.icon} />
              <span>{action.text}</span>
              {action.keys === undefined ? null : <kbd className="sfb-kbd">{shortcutText(action.keys)}</kbd>}
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
}
