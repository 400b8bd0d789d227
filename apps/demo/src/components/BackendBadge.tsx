import type { Backend } from "../api.js";

/** Which API the demo is talking to. */
export function BackendBadge({ backend }: { backend: Backend | null }) {
  if (backend === null) return <span className="demo-badge">Connecting…</span>;
  return backend.kind === "mock" ? (
    <span className="demo-badge demo-badge-mock" data-testid="backend">
      Embedded mock User API · {backend.users ?? 0} users
    </span>
  ) : (
    <span className="demo-badge demo-badge-live" data-testid="backend">
      Staffbase instance {backend.host}
    </span>
  );
}
