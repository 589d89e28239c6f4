// Starting points that set several settings at once, for the three places the elements are most often put. Each
// sets only the settings the chosen element has; the colours chosen stay. The links are examples to replace.

export interface Preset {
  id: string;
  label: string;
  /** What it is for, shown under the buttons once it is applied. */
  note: string;
  values: Readonly<Record<string, string | true>>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'product',
    label: 'Product page',
    note: 'Product page: a button to your product after the answers. Replace the example link with your product page.',
    values: {
      'cta-href': 'https://www.example.com/products/your-product',
      'cta-label': 'See the product',
      'cta-placement': 'both',
      'heading-level': '2',
      limit: '5',
      theme: 'light',
    },
  },
  {
    id: 'clinic',
    label: 'Partner clinic',
    note: "Partner clinic: no SensIQ products, and your own button to your booking page. Replace the example link with your clinic's.",
    values: {
      'no-promo': true,
      'cta-href': 'https://www.example.com/book-an-appointment',
      'cta-label': 'Book an appointment',
      'heading-level': '2',
      theme: 'page',
    },
  },
  {
    id: 'blog',
    label: 'Blog post',
    note: 'Blog post: in your page\u2019s own colours, under a section heading, with a search box over the questions.',
    values: {
      'heading-level': '3',
      searchable: true,
      single: true,
      theme: 'page',
    },
  },
];
