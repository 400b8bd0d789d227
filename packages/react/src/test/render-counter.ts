// Counts renders per component instance for tests and the bench, from outside the components: a stand-in
// for React DevTools' global hook, which React calls after every commit. The builder ships no counter.
// Must be imported before react-dom is first loaded (the test setup file, the bench, the story tests' setup).

/** The parts of a React fiber read here (React's internals, as React DevTools reads them). */
interface Fiber {
  elementType: unknown;
  flags: number;
  memoizedProps: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

// React sets this flag on a component's fiber when its function ran in the commit (DevTools' didFiberRender).
const PERFORMED_WORK = 1;

/** Renders per `props.id`, by component (the object passed to createElement, e.g. a memo()). */
const counters = new Map<unknown, Map<string, number>>();

function visit(fiber: Fiber): void {
  const counts = counters.get(fiber.elementType);
  if (counts !== undefined && (fiber.flags & PERFORMED_WORK) !== 0) {
    const id = String((fiber.memoizedProps as { id?: unknown } | null)?.id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  // A subtree React did not enter in this commit still has the previous commit's children: skip it.
  if (fiber.alternate !== null && fiber.child === fiber.alternate.child) return;
  for (let child = fiber.child; child !== null; child = child.sibling) visit(child);
}

interface DevToolsHook {
  supportsFiber?: boolean;
  inject?: (renderer: unknown) => number;
  onCommitFiberRoot?: (rendererId: number, root: { current: Fiber }, ...rest: unknown[]) => void;
}

const global = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: DevToolsHook };
const hook: DevToolsHook = (global.__REACT_DEVTOOLS_GLOBAL_HOOK__ ??= { supportsFiber: true, inject: () => 1 });
const next = hook.onCommitFiberRoot;
hook.onCommitFiberRoot = (rendererId, root, ...rest) => {
  if (counters.size > 0) visit(root.current);
  next?.(rendererId, root, ...rest);
};

/**
 * A live count of the renders of `component`'s instances, by their `id` prop (mounts included). Clear it
 * before the step to measure.
 */
export function renderCounts(component: unknown): Map<string, number> {
  let counts = counters.get(component);
  if (counts === undefined) {
    counts = new Map();
    counters.set(component, counts);
  }
  return counts;
}
