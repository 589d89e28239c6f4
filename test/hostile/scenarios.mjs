// Every hostile-host scenario, in the order SECURITY.md lists the guarantees.
import './csp.mjs';
import './host-css.mjs';
import './fuzz.mjs';
import './lifecycle.mjs';
import './privacy.mjs';
