// Registers <sensiq-article> and the elements it nests. Importing this module has the side effect; the class
// module has none.
import {defineElement} from '../../internal/define.js';
import '../takeaways/register.js';
import '../red-flags/register.js';
import {SensiqArticle} from './sensiq-article.js';

defineElement('sensiq-article', SensiqArticle);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-article': SensiqArticle;
  }
}

export {SensiqArticle};
