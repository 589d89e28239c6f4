import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {DEFAULT_ARTICLE} from '../src/content/index.js';
import {redFlags} from '../src/content/generated/red-flags.js';
import {elementStories} from './support/controls.js';

const TAG = 'sensiq-red-flags';
const {argTypes, args, parameters, template} = elementStories(TAG);

/** Emergency numbers as embedders in different regions set them. */
const EMERGENCY_NUMBERS = ['911', '112', '000'];

/** The article's own sentences as one paragraph, as `<sensiq-article>` puts its section prose in the slot. */
const SOURCE_PROSE = [...new Set(redFlags[DEFAULT_ARTICLE]!.items.map((item) => item.source))].join(' ');

const meta = {
  // Named by what it shows (ELEMENT_LABELS); the id keeps the addresses that name the tag.
  title: 'Elements/When to see a doctor',
  id: 'elements-sensiq-red-flags',
  component: TAG,
  tags: ['autodocs'],
  argTypes,
  args,
  parameters,
  render: (args) => template(args),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The warning signs, the source sentences they restate and the disclaimer, under a level-2 heading. */
export const Default: Story = {};

/** With the visitor's emergency number, one region per copy (there is no default). */
export const EmergencyNumber: Story = {
  render: (args) => html`${EMERGENCY_NUMBERS.map((number) => template({...args, 'emergency-number': number}))}`,
};

/** The heading at level 3, under a host page's h2. */
export const HeadingLevel3: Story = {args: {'heading-level': 3}};

/** The `source` slot: your own markup in place of the quoted sentences (here the article's prose, as the article element does). */
export const SourceSlot: Story = {
  render: (args) => template(args, html`<p slot="source">${SOURCE_PROSE}</p>`),
};

/** No theme on a dark page: the list and note in the page's light text, inside the red border. */
export const DarkPage: Story = {args: {'emergency-number': '112'}, globals: {theme: 'page-dark'}};

/** The dark theme on a dark page. */
export const Dark: Story = {args: {'emergency-number': '112'}, globals: {theme: 'dark'}};

/** On a phone-sized screen. */
export const Mobile: Story = {
  args: {'emergency-number': '911'},
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};
