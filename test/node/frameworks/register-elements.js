// The elements the framework apps use, registered as an app imports them: through the package's exports map.
import '@sensiq/embed/components/provider/register.js';
import '@sensiq/embed/components/takeaways/register.js';
import '@sensiq/embed/components/faq/register.js';
import '@sensiq/embed/components/red-flags/register.js';
import '@sensiq/embed/components/article/register.js';
