import { staffbaseUserSchema } from "@scim-filter/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { FilterBuilder } from "./FilterBuilder.js";

const meta = {
  title: "FilterBuilder",
  component: FilterBuilder,
  args: { schema: staffbaseUserSchema },
} satisfies Meta<typeof FilterBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Add a rule to Filter" }));
    await expect(canvas.getByRole("combobox", { name: "Field of rule 1" })).toHaveFocus();
  },
};
