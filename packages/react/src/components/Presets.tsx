import type { FilterPreset } from "@scim-filter/core";
import { useBuilderState, useMessages } from "../context.js";

/** One-click starting points, e.g. the documented Staffbase examples. */
export function Presets({ presets }: { presets: readonly FilterPreset[] }) {
  const messages = useMessages();
  const load = useBuilderState((state) => state.actions.load);
  if (presets.length === 0) return null;
  return (
    <nav className="sfb-presets" aria-label={messages.presetsLabel}>
      <span className="sfb-label" aria-hidden>
        {messages.presetsLabel}
      </span>
      <ul className="sfb-preset-list">
        {presets.map((preset) => (
          <li key={preset.id}>
            <button type="button" className="sfb-button sfb-preset" title={`${preset.description}: ${preset.filter}`} onClick={() => load(preset.filter)}>
              {preset.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
