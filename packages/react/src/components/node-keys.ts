import type { KeyboardEvent } from "react";
import type { BuilderActions } from "../store/builder-store.js";

/** Keyboard moves for the focused rule or group: Alt+arrows move and (out)dent, Alt+Delete removes. */
export function handleNodeKeys(event: KeyboardEvent, id: string, actions: BuilderActions): void {
  if (!event.altKey || event.ctrlKey || event.metaKey) return;
  const action = {
    ArrowUp: () => actions.move(id, -1),
    ArrowDown: () => actions.move(id, 1),
    ArrowLeft: () => actions.outdent(id),
    ArrowRight: () => actions.indent(id),
    Delete: () => actions.remove(id),
    Backspace: () => actions.remove(id),
  }[event.key];
  if (action === undefined) return;
  // Only the innermost node handles the key.
  event.preventDefault();
  event.stopPropagation();
  action();
}
