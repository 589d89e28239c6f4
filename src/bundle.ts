// The entry of dist/sensiq.js: every element (src/sensiq.ts), plus [data-sensiq] placeholders in the
// document upgraded in place, now and as the page changes.
import './sensiq.js';
import {TAGS} from 'sensiq:element-tags';
import {watchPage} from './internal/watch-page.js';

watchPage(TAGS, (tag) => customElements.whenDefined(tag));
