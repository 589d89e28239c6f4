import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {elementStories} from './support/controls.js';

const {argTypes, args, parameters, template} = elementStories('sensiq-article');

/** A product page the call to action links to. */
const PRODUCT = 'https://shop.example.com/products/joint-health-supplement';

const meta = {
  // Named by what it shows (ELEMENT_LABELS); the id keeps the addresses that name the tag.
  title: 'Elements/The whole article',
  id: 'elements-sensiq-article',
  component: 'sensiq-article',
  tags: ['autodocs'],
  argTypes,
  args,
  parameters,
  render: (args) => template(args),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The whole article under a level-2 title, as a blog or product page embeds it. */
export const Default: Story = {};

/** A page where the article is the main content: exactly one h1, the title. */
export const StandalonePage: Story = {args: {'heading-level': 1}};

/** A call-to-action to a product page after the last section, labelled "From SensIQ" like every promotional block. */
export const CallToAction: Story = {args: {'cta-href': PRODUCT, 'cta-label': 'Shop now'}};

/** The call to action twice: right after the key takeaways and at the end. */
export const CallToActionTwice: Story = {args: {'cta-href': PRODUCT, 'cta-placement': 'both'}};

/** A clinic's booking page the clinic's own call to action links to. */
const BOOKING = 'https://clinic.example.com/book';

/** Clinic mode: every promotional block left out, all editorial text kept, and the clinic's own button (no SensIQ label). */
export const ClinicMode: Story = {args: {'no-promo': true, 'cta-href': BOOKING, 'cta-label': 'Book an appointment'}};

/** No theme on a dark page: the article, its takeaways and red flags in the page's light text. */
export const DarkPage: Story = {globals: {theme: 'page-dark'}};

/** The dark theme on a dark page, nested takeaways and red flags included. */
export const Dark: Story = {globals: {theme: 'dark'}};

/** On a phone-sized screen. */
export const Mobile: Story = {
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};
