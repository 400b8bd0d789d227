import { useBuilderState } from "../context.js";
import type { BuilderActions } from "../store/builder-store.js";

/** The builder's actions; a stable object, so using it never re-renders. */
export function useBuilderActions(): BuilderActions {
  return useBuilderState((state) => state.actions);
}
