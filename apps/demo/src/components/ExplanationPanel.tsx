import type { Explanation } from "@scim-filter/core";
import { ExplanationNodeItem } from "./ExplanationNodeItem.js";

/** Why the current filter does or does not match one user: the trace as an indented list, and Clear. */
export function ExplanationPanel({ name, explanation, onClear }: { name: string; explanation: Explanation; onClear: () => void }) {
  return (
    <section className="demo-panel demo-explanation" aria-labelledby="explanation-heading" data-testid="explanation">
      <h2 id="explanation-heading">Explanation</h2>
      <p data-testid="explanation-verdict">
        The filter <strong>{explanation.result ? "matches" : "does not match"}</strong> {name}.
      </p>
      <ul className="demo-explanation-tree">
        <ExplanationNodeItem node={explanation.root} />
      </ul>
      <button type="button" className="sfb-button" onClick={onClear}>
        Clear
      </button>
    </section>
  );
}
