import { useEffect, useState } from "react";

export type Theme = "system" | "light" | "dark";
export type Density = "comfortable" | "compact";

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = window.localStorage.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function persist(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

/**
 * The demo's theme and density, set as data-theme / data-density on <html>: the builder's documented
 * switches, which work on any ancestor. "system" leaves the theme to prefers-color-scheme.
 */
export function useAppearance(): { theme: Theme; setTheme: (theme: Theme) => void; density: Density; setDensity: (density: Density) => void } {
  const [theme, setTheme] = useState<Theme>(() => stored("demo-theme", ["system", "light", "dark"], "system"));
  const [density, setDensity] = useState<Density>(() => stored("demo-density", ["comfortable", "compact"], "comfortable"));
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    persist("demo-theme", theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.dataset.density = density;
    persist("demo-density", density);
  }, [density]);
  return { theme, setTheme, density, setDensity };
}
