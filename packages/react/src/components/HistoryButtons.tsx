import { useBuilderState, useMessages } from "../context.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** Undo and redo; Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z do the same anywhere in the builder. */
export function HistoryButtons() {
  const messages = useMessages();
  const canUndo = useBuilderState((state) => state.past.length > 0);
  const canRedo = useBuilderState((state) => state.future.length > 0);
  const actions = useBuilderActions();
  return (
    <span className="sfb-history">
      <button type="button" className="sfb-button" disabled={!canUndo} onClick={actions.undo} aria-keyshortcuts="Control+Z Meta+Z">
        {messages.undo}
      </button>
      <button type="button" className="sfb-button" disabled={!canRedo} onClick={actions.redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        {messages.redo}
      </button>
    </span>
  );
}
