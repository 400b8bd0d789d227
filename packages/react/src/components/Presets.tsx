import type { FilterPreset } from "@scim-filter/core";
import { useBuilderContext, useMessages } from "../context.js";
import { useBuilderActions } from "../hooks/use-actions.js";

/** One-click starting points, e.g. the documented Staffbase examples. */
export function Presets({ presets }: { presets: readonly FilterPreset[] }) {
  const { domId } = useBuilderContext();
  const messages = useMessages();
  const labelId = `${domId}-presets-label`;
  const load = useBuilderActions().load;
  if (presets.length === 0) return null;
  return (
    // A named group of buttons, not a navigation landmark: presets load filters, and several builders would repeat the landmark.
    <div className="sfb-presets" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="sfb-label">
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
    </div>
  );
}
