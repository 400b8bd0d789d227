import { JSDOM } from "jsdom";

/** Makes this Node process look like a browser (jsdom) for React, as the render benchmarks need. */
export function installDom(): void {
  if (typeof globalThis.document !== "undefined") return;
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
  const window = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
  }
  Object.defineProperty(globalThis, "window", { configurable: true, value: window });
  Object.defineProperty(globalThis, "document", { configurable: true, value: window.document });
  Object.defineProperty(globalThis, "navigator", { configurable: true, value: window.navigator });
  // Radix Select calls these when it opens; jsdom lacks them.
  const element = (window.Element as { prototype: Record<string, unknown> }).prototype;
  element.hasPointerCapture = () => false;
  element.scrollIntoView = () => undefined;
}
