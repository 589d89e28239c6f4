// Guarded registration: the script may be pasted twice, mixed with the bundle, or present in two versions.
// The first definition wins; a second copy never throws and warns only when the versions differ.
import {LIT_POLICY, litPolicyRefused} from './lit-policy.js';
import {keepUnanswered} from './unanswered.js';
import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

type VersionedConstructor = CustomElementConstructor & {version?: string};

// Set by whichever copy warned about versions first; a Symbol.for key is shared by every copy on the page,
// so a third copy (say a second file of the other version) does not repeat the warning.
const VERSION_WARNED = Symbol.for('sensiq.version-warned');
// Likewise for the Trusted Types refusal: one warning per page, however many copies and elements.
const POLICY_WARNED = Symbol.for('sensiq.lit-policy-warned');

declare global {
  interface Window {
    /** Set by the first copy of SensIQ Embed on the page; read-only. */
    readonly SensIQ?: {readonly version: string};
  }
}

function publishVersion(): void {
  if ('SensIQ' in window) return;
  Object.defineProperty(window, 'SensIQ', {value: Object.freeze({version: VERSION}), enumerable: false});
}

/** Defines `tag` unless some copy of the library already did. */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  publishVersion();
  keepUnanswered(); // before the first element asks for page-level settings
  const page = window as unknown as {[VERSION_WARNED]?: boolean; [POLICY_WARNED]?: boolean};
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.version !== VERSION && !page[VERSION_WARNED]) {
      page[VERSION_WARNED] = true;
      warnOnce(
        customElements,
        'version',
        `SensIQ Embed ${VERSION} found version ${existing.version ?? 'unknown'} already on this page; ` +
          `the first one loaded stays in use. Load one version only.`
      );
    }
    return;
  }
  if (litPolicyRefused()) {
    // Undefined elements keep whatever fallback content the host wrote inside them.
    if (!page[POLICY_WARNED]) {
      page[POLICY_WARNED] = true;
      console.warn(
        `[SensIQ] SensIQ elements are off: this page's Content-Security-Policy refused the Trusted Types ` +
          `policy "${LIT_POLICY}" they render with. Allow it in the trusted-types directive ` +
          `(trusted-types ${LIT_POLICY} sensiq-json-ld, plus 'allow-duplicates' if the page uses Lit too).`
      );
    }
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another script may have claimed the name with something else; stepping aside beats throwing.
    warnOnce(customElements, tag, `could not define <${tag}>: ${(error as Error).message}`);
  }
}
