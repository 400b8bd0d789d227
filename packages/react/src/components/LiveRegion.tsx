import { useEffect, useRef } from "react";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";

/** Announces changes and text errors to screen readers, and moves focus where an action leaves it. */
export function LiveRegion() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const event = useBuilderState((state) => state.event);
  const textError = useBuilderState((state) => state.textError?.message ?? null);
  const rootId = useBuilderState((state) => state.tree.rootId);
  const mounted = useRef(false);
  /** The DOM id of the builder element that last had focus (the control, or else its rule or group). */
  const lastFocused = useRef<string | null>(null);

  useEffect(() => {
    const onFocusIn = (focusEvent: FocusEvent) => {
      const target = focusEvent.target instanceof Element ? focusEvent.target.closest(`[id^="${domId}-"]`) : null;
      lastFocused.current = target?.id ?? null;
    };
    document.addEventListener("focusin", onFocusIn);
    return () => document.removeEventListener("focusin", onFocusIn);
  }, [domId]);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (event.focus === null) {
      // Undo and redo can remount the focused rule (moved back into or out of a group): focus returns to
      // the same control, or the filter, rather than dropping to the page where Ctrl+Z no longer reaches.
      if ((event.type === "undo" || event.type === "redo") && (document.activeElement === null || document.activeElement === document.body)) {
        const previous = lastFocused.current === null ? null : document.getElementById(lastFocused.current);
        (previous ?? document.getElementById(`${domId}-${rootId}`))?.focus();
      }
      return;
    }
    // Focus the new rule's first control when there is one, else the node itself.
    const target = document.getElementById(`${domId}-${event.focus}-field`) ?? document.getElementById(`${domId}-${event.focus}`);
    if (event.type === "add" || event.type === "remove" || event.type === "duplicate" || document.activeElement === document.body) target?.focus();
  }, [event, domId, rootId]);

  // Nothing to announce for the initial load or for edits the user sees happen where they type.
  const message =
    textError !== null
      ? messages.announce.textError(textError)
      : event.seq <= 1 || event.type === "edit" || event.type === "text"
        ? ""
        : messages.announce[event.type];
  // Alternate a trailing no-break space so that the same message twice ("Removed.") is announced twice.
  const announcement = message === "" ? "" : `${message}${event.seq % 2 === 0 ? "" : "\u00a0"}`;
  return (
    <div className="sfb-visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
