import { useBuilderContext } from "../context.js";
import type { BuilderActions } from "../store/builder-store.js";

/** The builder's actions: one object for the store's lifetime, read without subscribing (never re-renders). */
export function useBuilderActions(): BuilderActions {
  return useBuilderContext().store.getState().actions;
}
