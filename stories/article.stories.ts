import type {Args, Meta, StoryObj} from '@storybook/web-components-vite';
import {palettes} from '../src/internal/palette.js';
import {renderElement} from './support/render.js';

/**
 * The article on a page of its theme's surface colour. Much of the article sits on the page's background, and
 * the preview's own background fades between stories while the a11y check already measures contrast.
 */
function onPage(args: Args): HTMLElement {
  const frame = renderElement('sensiq-article', args);
  frame.style.background = palettes[args.theme === 'dark' ? 'dark' : 'light'].surface;
  frame.style.padding = '1em';
  return frame;
}

const meta = {
  title: 'Elements/sensiq-article',
  component: 'sensiq-article',
  tags: ['autodocs'],
  render: onPage,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The whole article under a level-2 title, as a blog or product page embeds it. */
export const Default: Story = {};

/** A page where the article is the main content: exactly one h1, the title. */
export const StandalonePage: Story = {args: {'heading-level': 1}};

/** A call-to-action to a product page, labelled "From SensIQ" like every promotional block. */
export const CallToAction: Story = {
  args: {'cta-href': 'https://shop.example.com/products/joint-health-supplement', 'cta-label': 'Shop now'},
};

/** Clinic mode: every promotional block and the call-to-action left out, all editorial text kept. */
export const ClinicMode: Story = {
  args: {'no-promo': true, 'cta-href': 'https://shop.example.com/products/joint-health-supplement'},
};

/** The dark theme on a dark page, nested takeaways and red flags included. */
export const Dark: Story = {
  args: {theme: 'dark'},
  globals: {backgrounds: {value: 'dark'}},
};

/** On a phone-sized screen. */
export const Mobile: Story = {
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};
