// Guarded registration: the script may be pasted twice, mixed with the bundle, or present in two versions.
// The first definition wins; a second copy never throws and warns only when the versions differ.
import {LIT_POLICY, litPolicyRefused} from './lit-policy.js';
import {publishVersion} from './page.js';
import {VERSION} from './version.js';
import {warnOnce, warnOncePerPage} from './warn.js';

type VersionedConstructor = CustomElementConstructor & {version?: string};

/** Defines `tag` unless some copy of the library already did. */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  publishVersion();
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      warnOncePerPage(
        'version',
        `SensIQ Embed ${VERSION} found version ${existing.version ?? 'unknown'} already on this page; ` +
          `the first one loaded stays in use. Load one version only.`
      );
    }
    return;
  }
  if (litPolicyRefused()) {
    // Undefined elements keep whatever fallback content the host wrote inside them.
    warnOncePerPage(
      'lit-policy',
      `SensIQ elements are off: this page's Content-Security-Policy refused the Trusted Types ` +
        `policy "${LIT_POLICY}" they render with. Allow it in the trusted-types directive ` +
        `(trusted-types ${LIT_POLICY} sensiq-json-ld, plus 'allow-duplicates' if the page uses Lit too).`
    );
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another script may have claimed the name with something else; stepping aside beats throwing.
    warnOnce(customElements, tag, `could not define <${tag}>: ${(error as Error).message}`);
  }
}
