// How to put the code in place, per format, in numbered steps and plain words.
import {h} from './dom.js';
import type {FormatId} from './formats.js';

type Step = (string | Node)[];

/** The steps for `format`; `scripts` is the folder the code loads from (the plugin zip is built beside it). */
function steps(format: FormatId, scripts: string): Step[] {
  const zip = h(
    'a',
    {href: `${scripts}wordpress/sensiq-embed.zip`, download: ''},
    'Download the WordPress plugin (sensiq-embed.zip)'
  );
  const plugin: Step[] = [
    [zip, '.'],
    ['In WordPress: Plugins \u203a Add New \u203a Upload Plugin, choose the zip, then Activate.'],
  ];
  const cors: Step = [
    'The folder the code loads from must be served with the header ',
    h('code', {}, 'Access-Control-Allow-Origin: *'),
    ' (or your site\u2019s address), or other sites cannot load it. Until the script arrives, and wherever it cannot, readers see the link to the full article inside the element.',
  ];
  switch (format) {
    case 'script':
      return [
        ['Copy the code below.'],
        [
          'Put its first two lines (they load SensIQ Embed) in the ',
          h('code', {}, '<head>'),
          ' of your page. Several elements of the same kind on one page need them only once, and pasting them twice does no harm.',
        ],
        [
          'Put the element\u2019s lines where it should show in the page\u2019s body. (Everything pasted together into the body works too, but the page below it may then show a moment later.)',
        ],
        cors,
      ];
    case 'shortcode':
      return [
        ...plugin,
        ['Open the post, add a Shortcode block (or Custom HTML, if you changed colours or sizes) and paste the code.'],
        ['Or use the plugin\u2019s own blocks: in the block inserter, search for \u201cSensIQ\u201d.'],
      ];
    case 'placeholder':
      return [
        ...plugin,
        ['Open the post, add a Custom HTML block and paste the code. (Authors may paste it: it holds no script.)'],
        ['Or use the plugin\u2019s own blocks: in the block inserter, search for \u201cSensIQ\u201d.'],
      ];
    case 'shopify':
      return [
        [
          'Best: install the SensIQ Embed app and add its block in Online Store \u203a Themes \u203a Customize (Add block \u203a Apps).',
        ],
        [
          'Without the app: Online Store \u203a Themes \u203a Customize, Add section \u203a Custom Liquid, and paste the code below.',
        ],
        [
          'Keep the first line (',
          h('code', {}, 'reserve.css'),
          '): it keeps the element\u2019s space, so the page does not jump when it appears.',
        ],
        cors,
      ];
    case 'snippet':
      return [
        ['Copy the code: it is the finished HTML, readable before any script runs.'],
        ['Paste it where raw HTML is kept: a theme template, or a Custom HTML block added by an administrator.'],
        ['Make a new one after changing a setting or updating SensIQ Embed.'],
        cors,
      ];
  }
}

/** The guide for `format`: an ordered list, then a line for sites built with React or Vue. */
export function guide(format: FormatId, scripts: string): HTMLElement[] {
  return [
    h('ol', {class: 'steps'}, ...steps(format, scripts).map((step) => h('li', {}, ...step))),
    h(
      'p',
      {class: 'description'},
      'Site built with React or Vue? Install the npm package ',
      h('code', {}, '@sensiq/embed'),
      ' and follow the React 19 or Vue 3 section of its README (',
      h('a', {href: 'https://www.npmjs.com/package/@sensiq/embed#react-19'}, 'README on npm'),
      ').'
    ),
  ];
}
