// The entry that server rendering imports (scripts/prerender.mjs, the WordPress and Shopify output): every
// element, and a promise that every chunk loaded after the first paint in a browser has arrived, so that a
// synchronous render on the server shows everything (every answer of the FAQ, for one).
import './sensiq.js';

export {loadEverything} from './internal/lazy.js';
