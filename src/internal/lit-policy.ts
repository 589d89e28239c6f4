// Lit asks Trusted Types for a policy named 'lit-html' while its module evaluates. A page whose CSP
// `trusted-types` allow-list refuses that name (left out, or already taken without 'allow-duplicates')
// makes that call throw, and an error thrown while a <script type=module> evaluates reaches the host's
// `error` listeners. No element could render there anyway (every render needs the policy), so we catch
// that one refusal and let defineElement step aside with one warning instead.
//
// define.ts imports this module, and every register.ts imports define.ts before its element class, so this
// runs before Lit in each build. The wrapper is removed after Lit's call, or at the end of this task at
// the latest, so it never outlives our own evaluation.

export const LIT_POLICY = 'lit-html';

type Factory = {createPolicy(name: string, rules: object): unknown};

let refused = false;

const factory = (window as unknown as {trustedTypes?: Factory}).trustedTypes;
if (factory) {
  const inherited = !Object.prototype.hasOwnProperty.call(factory, 'createPolicy');
  const create = factory.createPolicy;
  const restore = () => {
    if (inherited) delete (factory as Partial<Factory>).createPolicy;
    else factory.createPolicy = create;
  };
  try {
    factory.createPolicy = function (this: Factory, name: string, rules: object) {
      if (name !== LIT_POLICY) return create.call(this, name, rules);
      restore();
      try {
        return create.call(this, name, rules);
      } catch {
        refused = true;
        return undefined;
      }
    };
    queueMicrotask(restore);
  } catch {
    // The host froze trustedTypes: Lit meets the page's policy unguarded, as it would without us.
  }
}

/** True when this page's Trusted Types policy refused Lit its policy: our elements cannot render here. */
export const litPolicyRefused = (): boolean => refused;
