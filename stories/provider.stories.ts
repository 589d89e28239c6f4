import type {Args, Meta, StoryObj} from '@storybook/web-components-vite';
import {renderElement} from './support/render.js';

const TAG = 'sensiq-provider';

/** What a clinic page puts inside one provider. */
const CHILDREN = ['sensiq-takeaways', 'sensiq-red-flags'];

/** The provider from its args, wrapping the elements it configures. */
function around(args: Args): HTMLElement {
  const frame = renderElement(TAG, args);
  frame.firstElementChild!.append(...CHILDREN.map((tag) => document.createElement(tag)));
  return frame;
}

const meta = {
  title: 'Elements/sensiq-provider',
  component: TAG,
  tags: ['autodocs'],
  render: around,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Takeaways and red flags inside a provider that sets nothing: each element's defaults. */
export const Default: Story = {};

/** Clinic mode for everything inside: the takeaway naming the supplement is left out. */
export const ClinicMode: Story = {args: {'no-promo': true}};

/** Headings of everything inside start at level 3. */
export const HeadingLevel3: Story = {args: {'heading-level': 3}};

/** The dark theme for everything inside, on a dark page. */
export const Dark: Story = {
  args: {theme: 'dark'},
  globals: {backgrounds: {value: 'dark'}},
};
