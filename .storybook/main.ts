import type { StorybookConfig } from "@storybook/react-vite";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, mergeConfig } from "vite";

const config: StorybookConfig = {
  stories: ["../packages/*/src/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [react()],
      // Read workspace packages from their TypeScript sources (the "source" export condition).
      resolve: { conditions: ["source", ...defaultClientConditions] },
      // Every dependency the stories reach, optimized up front: one found mid-run makes Vite re-optimize
      // and reload, failing the stories already loading ("Failed to fetch dynamically imported module").
      optimizeDeps: {
        include: ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "react/jsx-dev-runtime", "@radix-ui/react-select", "zustand", "zustand/vanilla", "zustand/shallow", "zustand/react/shallow"],
      },
      build: {
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            // Radix ships "use client" directives, harmless outside React Server Components.
            if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
            warn(warning);
          },
        },
      },
    }),
};

export default config;
