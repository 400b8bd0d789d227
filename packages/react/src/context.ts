import type { FilterSchema } from "@scim-filter/core";
import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { BuilderMessages } from "./i18n/messages.js";
import { defaultMessages } from "./i18n/messages.js";
import type { BuilderState, BuilderStore } from "./store/builder-store.js";

/** Looks up names for id values (groups, spaces) as the user types. */
export type LoadOptions = (request: { field: string; query: string; signal: AbortSignal }) => Promise<{ value: string; label: string }[]>;

export interface BuilderContextValue {
  store: BuilderStore;
  messages: BuilderMessages;
  loadOptions?: LoadOptions | undefined;
  /** Prefix for DOM ids, unique per builder instance. */
  domId: string;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilderContext(): BuilderContextValue {
  const context = useContext(BuilderContext);
  if (context === null) throw new Error("Filter builder hooks must be used inside <FilterBuilder> or <FilterBuilderProvider>");
  return context;
}

/** Subscribes to one slice of this builder's state; the component re-renders only when that slice changes. */
export function useBuilderState<T>(selector: (state: BuilderState) => T): T {
  return useStore(useBuilderContext().store, selector);
}

export function useSchema(): FilterSchema | undefined {
  return useBuilderState((state) => state.schema);
}

export function useMessages(): BuilderMessages {
  return useContext(BuilderContext)?.messages ?? defaultMessages;
}
