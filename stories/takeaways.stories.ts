import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {elementStories} from './support/controls.js';

const {argTypes, args, parameters, template} = elementStories('sensiq-takeaways');

/** Heading levels a host page commonly needs: under its h1, h2 or h3. */
const HEADING_LEVELS = [2, 3, 4];

/** A clinic's light brand: tokens for colour and shape, parts for what tokens cannot reach. */
const BRAND_CSS = `
  .brand {
    --sensiq-accent: #8a1c50;
    --sensiq-text: #2b1a22;
    --sensiq-surface: #fdf6f9;
    --sensiq-border: #e2c3d2;
    --sensiq-radius: 0;
    --sensiq-space: 1.5em;
    --sensiq-font-family: Georgia, 'Times New Roman', serif;
    --sensiq-takeaways-marker: #d9487f;
  }
  .brand sensiq-takeaways::part(heading) {
    font-variant: small-caps;
    letter-spacing: 0.04em;
  }
  .brand sensiq-takeaways::part(item) {
    padding-inline-start: 0.25em;
  }
`;

/** A hostile host theme: tiny root font size and loud typography that the element must shrug off. */
const HOSTILE_PAGE_CSS = `
  html { font-size: 62.5%; }
  .hostile { font-size: 1.4rem; letter-spacing: 0.2em; text-transform: uppercase; line-height: 1; }
  .columns { display: flex; flex-wrap: wrap; gap: 1em; align-items: start; }
  .columns > :nth-child(1) { width: 12em; }
  .columns > :nth-child(2) { width: 18em; }
  .columns > :nth-child(3) { width: 26em; }
`;

const meta = {
  // Named by what it shows (ELEMENT_LABELS); the id keeps the addresses that name the tag.
  title: 'Elements/Key takeaways',
  id: 'elements-sensiq-takeaways',
  component: 'sensiq-takeaways',
  tags: ['autodocs'],
  argTypes,
  args,
  parameters,
  render: (args) => template(args),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The five key takeaways under a level-2 heading, as most pages show them. */
export const Default: Story = {};

/** The heading at levels 2, 3 and 4, to fit under the host page's own headings. */
export const HeadingLevels: Story = {
  render: (args) => html`${HEADING_LEVELS.map((level) => template({...args, 'heading-level': level}))}`,
};

/** Only the first three takeaways, for a sidebar or teaser. */
export const Limit: Story = {args: {limit: 3}};

/** Clinic mode: the takeaway naming the SensIQ supplement is left out. */
export const ClinicMode: Story = {args: {'no-promo': true}};

/** A call-to-action button after the takeaways, labelled "From SensIQ". */
export const CallToAction: Story = {
  args: {'cta-href': 'https://shop.example.com/products/joint-health-supplement', 'cta-label': 'Shop now'},
};

/** No theme on a dark page: the element takes the page's light text and paints no background. */
export const DarkPage: Story = {globals: {theme: 'page-dark'}};

/** The dark theme on a dark page. */
export const Dark: Story = {globals: {theme: 'dark'}};

/** Follows the reader's system colour scheme, as the page does: switch your OS to dark mode to see it change. */
export const Auto: Story = {globals: {theme: 'auto'}};

/** A clinic's light brand through custom properties and ::part(heading) and ::part(item). */
export const BrandThemed: Story = {
  args: {theme: 'light'},
  render: (args) =>
    html`<style>
        ${BRAND_CSS}
      </style>
      <div class="brand">${template(args)}</div>`,
};

/** On a phone-sized screen. */
export const Mobile: Story = {
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};

/** Three copies in narrow columns on a page with a 62.5% root font and uppercase, letter-spaced text. */
export const Stress: Story = {
  render: (args) => html`
    <style>
      ${HOSTILE_PAGE_CSS}
    </style>
    <div class="hostile columns">${template(args)} ${template({...args, theme: 'dark'})} ${template(args)}</div>
  `,
};

/** Follows the toolbar's theme; set one colour and see it flow (the accent recolours side rule, bullets, button). */
export const ThemePlayground: Story = {
  args: {'cta-href': 'https://shop.example.com/products/joint-health-supplement', 'cta-label': 'Shop now'},
};
