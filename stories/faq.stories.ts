import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {elementStories, QUESTIONS} from './support/controls.js';

const TAG = 'sensiq-faq';
const {argTypes, args, parameters, template} = elementStories(TAG);

/** Question ids from the compiled article, in article order. */
const IDS = QUESTIONS.map((question) => question.id);

/** Three questions a clinic might pick for a hip-pain page, in the clinic's order. */
const CLINIC_PICK = [IDS[8], IDS[1], IDS[4]];

/** A product page the call to action links to. */
const PRODUCT = 'https://shop.example.com/products/joint-health-supplement';

/** What a visitor types into the search box. */
const SEARCH = 'night';

/** A clinic's light brand: tokens for colour and shape, parts for what tokens cannot reach. */
const BRAND_CSS = `
  .brand {
    --sensiq-accent: #8a1c50;
    --sensiq-text: #2b1a22;
    --sensiq-border: #e2c3d2;
    --sensiq-space: 1.25em;
    --sensiq-font-family: Georgia, 'Times New Roman', serif;
    --sensiq-faq-divider: #d9487f;
    --sensiq-faq-icon: #d9487f;
  }
  .brand sensiq-faq::part(question) {
    font-variant: small-caps;
    letter-spacing: 0.03em;
  }
  .brand sensiq-faq::part(answer) {
    padding-inline-start: 1em;
    border-inline-start: 0.2em solid #e2c3d2;
  }
`;

const meta = {
  // Named by what it shows (ELEMENT_LABELS); the id keeps the addresses that name the tag.
  title: 'Elements/Questions and answers',
  id: 'elements-sensiq-faq',
  component: TAG,
  tags: ['autodocs'],
  argTypes,
  args,
  parameters,
  render: (args) => template(args),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The nine questions, collapsed, under level-2 headings. */
export const Default: Story = {};

/** Questions as level-3 headings, to sit under the host page's own h2. */
export const HeadingLevel: Story = {args: {'heading-level': 3}};

/** With a search box that filters by question and answer text and announces the count. */
export const Searchable: Story = {args: {searchable: true}};

/** A search that matches some questions, as a visitor sees it after typing "night". */
export const SearchFiltered: Story = {
  args: {searchable: true},
  play: async ({canvasElement}) => {
    const faq = canvasElement.querySelector(TAG)!;
    await faq.updateComplete;
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = SEARCH;
    input.dispatchEvent(new Event('input'));
    await faq.updateComplete;
  },
};

/** Every answer open from the start. */
export const OpenAll: Story = {args: {open: 'all'}};

/** One question open from the start. */
export const OpenOne: Story = {args: {open: IDS[1]}};

/** Only the questions a page asks for, in its order. */
export const ChosenQuestions: Story = {args: {questions: CLINIC_PICK}};

/** Only the first three questions, for a sidebar or teaser. */
export const Limit: Story = {args: {limit: 3}};

/** Opening a question closes the one that was open. */
export const Single: Story = {args: {single: true, open: IDS[0]}};

/** A call-to-action button after the questions, labelled "From SensIQ". */
export const CallToAction: Story = {
  args: {limit: 3, 'cta-href': PRODUCT, 'cta-label': 'Shop now'},
};

/** As a partner clinic embeds it: clinic mode, searchable, three chosen questions. */
export const ClinicMode: Story = {args: {'no-promo': true, searchable: true, questions: CLINIC_PICK}};

/** No theme on a dark page: questions, answers and dividers in the page's light text. */
export const DarkPage: Story = {args: {open: IDS[0], searchable: true}, globals: {theme: 'page-dark'}};

/** The dark theme on a dark page, one answer open. */
export const Dark: Story = {args: {open: IDS[0]}, globals: {theme: 'dark'}};

/** Follows the reader's system colour scheme, as the page does: switch your OS to dark mode to see it. */
export const Auto: Story = {globals: {theme: 'auto'}};

/** A clinic's light brand through custom properties and ::part(question) and ::part(answer). */
export const BrandThemed: Story = {
  args: {theme: 'light', open: IDS[1]},
  render: (args) =>
    html`<style>
        ${BRAND_CSS}
      </style>
      <div class="brand">${template(args)}</div>`,
};

/** On a phone-sized screen. */
export const Mobile: Story = {
  args: {searchable: true},
  globals: {viewport: {value: 'mobile1', isRotated: false}},
};

/** Follows the toolbar's theme; set one colour and see it flow (the accent recolours chevrons, links, focus ring). */
export const ThemePlayground: Story = {
  args: {open: IDS[0], searchable: true, limit: 4, 'cta-href': PRODUCT, 'cta-label': 'Shop now'},
};
