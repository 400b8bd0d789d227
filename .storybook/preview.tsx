import type { Preview } from "@storybook/react-vite";
import "../packages/react/src/styles.css";

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test, not just a panel entry.
    a11y: { test: "error" },
    layout: "padded",
  },
};

export default preview;
