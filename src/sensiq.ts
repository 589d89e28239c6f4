// Every element, self-defining: the entry of dist/sensiq.js.
// The provider comes first: elements already in the page upgrade in definition order, and a consumer that
// upgrades before its provider exists would miss the page-level settings.
import './components/provider/register.js';
import './components/takeaways/register.js';
import './components/faq/register.js';
import './components/red-flags/register.js';
import './components/article/register.js';
