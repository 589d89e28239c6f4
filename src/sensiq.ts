// Every element, self-defining: the entry of dist/sensiq.js.
import './components/takeaways/register.js';
import './components/faq/register.js';
