import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {renderElement} from './support/render.js';

const TAG = 'sensiq-red-flags';

/** Emergency numbers as embedders in different regions set them. */
const EMERGENCY_NUMBERS = ['911', '112', '000'];

const meta = {
  title: 'Elements/sensiq-red-flags',
  component: TAG,
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The warning signs, the source sentences they restate and the disclaimer, under a level-2 heading. */
export const Default: Story = {};

/** With the visitor's emergency number, one region per copy (there is no default). */
export const EmergencyNumber: Story = {
  render: (args) => html`${EMERGENCY_NUMBERS.map((number) => renderElement(TAG, {...args, 'emergency-number': number}))}`,
};

/** The heading at level 3, under a host page's h2. */
export const HeadingLevel3: Story = {args: {'heading-level': 3}};

/** The dark theme on a dark page. */
export const Dark: Story = {
  args: {theme: 'dark', 'emergency-number': '112'},
  globals: {backgrounds: {value: 'dark'}},
};

/** On a phone-sized screen. */
export const Mobile: Story = {
  args: {'emergency-number': '911'},
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};
