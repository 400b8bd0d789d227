// First: React DevTools' hook must exist before react-dom loads (render counts, test/render-counter.ts).
import "./render-counter.js";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// jsdom lacks the pointer-capture and scrolling APIs Radix Select calls when it opens.
Element.prototype.hasPointerCapture = () => false;
Element.prototype.setPointerCapture = () => undefined;
Element.prototype.releasePointerCapture = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  // Files share one environment (isolate: false): never leave fake timers to the next test.
  vi.useRealTimers();
});
