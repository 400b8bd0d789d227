import { useEffect, useRef } from "react";
import { useBuilderContext, useBuilderState, useMessages } from "../context.js";

/** Announces changes and text errors to screen readers, and moves focus where an action leaves it. */
export function LiveRegion() {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const event = useBuilderState((state) => state.event);
  const textError = useBuilderState((state) => state.textError?.message ?? null);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (event.focus === null) return;
    // Focus the new rule's first control when there is one, else the node itself.
    const target = document.getElementById(`${domId}-${event.focus}-field`) ?? document.getElementById(`${domId}-${event.focus}`);
    if (event.type === "add" || event.type === "remove" || event.type === "duplicate" || document.activeElement === document.body) target?.focus();
  }, [event, domId]);

  const announcement =
    textError !== null ? messages.announce.textError(textError) : event.type === "edit" || event.type === "text" ? "" : messages.announce[event.type];
  return (
    <div className="sfb-visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
