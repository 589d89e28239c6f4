import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {elementStories} from './support/controls.js';

const {argTypes, args, parameters, template} = elementStories('sensiq-provider');

/** What a clinic page puts inside one provider: the elements take their settings from it. */
const CHILDREN = html`
  <sensiq-takeaways></sensiq-takeaways>
  <sensiq-red-flags></sensiq-red-flags>
`;

/** A provider has no box of its own: the page spaces the elements inside it. */
const SPACING_CSS = `sensiq-provider > * + * { margin-block-start: 1.5em; }`;

const meta = {
  // Named by what it shows (ELEMENT_LABELS); the id keeps the addresses that name the tag.
  title: 'Elements/Shared settings for the SensIQ parts inside it',
  id: 'elements-sensiq-provider',
  component: 'sensiq-provider',
  tags: ['autodocs'],
  argTypes,
  args,
  parameters,
  render: (args) =>
    html`<style>
        ${SPACING_CSS}</style
      >${template(args, CHILDREN)}`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Takeaways and red flags inside a provider that sets nothing: each element's defaults. */
export const Default: Story = {};

/** Clinic mode for everything inside: the takeaway naming the supplement is left out. */
export const ClinicMode: Story = {args: {'no-promo': true}};

/** Headings of everything inside start at level 3. */
export const HeadingLevel3: Story = {args: {'heading-level': 3}};

/** The dark theme for everything inside, set once on the provider, on a dark page. */
export const Dark: Story = {args: {theme: 'dark'}, globals: {theme: 'page-dark'}};
