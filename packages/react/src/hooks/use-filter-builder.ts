import { useShallow } from "zustand/react/shallow";
import { useBuilderState } from "../context.js";
import { isBuilderValid } from "../store/builder-store.js";

/** The whole builder, for custom markup: text, validity, history and every action. */
export function useFilterBuilder() {
  return useBuilderState(
    useShallow((state) => ({
      rootId: state.tree.rootId,
      text: state.derived.text,
      textDraft: state.textDraft,
      textError: state.textError,
      filter: state.derived.filter,
      diagnostics: state.derived.diagnostics,
      valid: isBuilderValid(state),
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      actions: state.actions,
    })),
  );
}
