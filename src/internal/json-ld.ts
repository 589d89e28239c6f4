// Structured data (JSON-LD) in document.head, shared by every widget on the page: each widget contributes
// a part, one <script type="application/ld+json"> per key is rebuilt from all parts, and it is removed when
// the last contributor leaves.
//
// Hosts with `require-trusted-types-for 'script'` block any script text not made by a Trusted Types policy,
// even for data blocks. We create one narrowly scoped policy that only ever receives JSON we serialized.
// If the host's `trusted-types` allow-list refuses the name, we skip structured data and say which name to
// allow, rather than violate the host's policy.
import {pageSlot} from './page.js';
import {warnOncePerPage} from './warn.js';

export const JSON_LD_POLICY = 'sensiq-json-ld';

type ScriptPolicy = {createScript(input: string): unknown};
type TrustedTypesFactory = {createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy};

/** Our policy, `null` where the page refused it, `undefined` in browsers without Trusted Types. */
function scriptPolicy(): ScriptPolicy | null | undefined {
  const factory = (window as unknown as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (!factory) return undefined; // no Trusted Types in this browser: plain text is fine
  // Page-wide: a second createPolicy with the same name may be refused.
  return pageSlot('json-ld.policy', () => {
    try {
      return factory.createPolicy(JSON_LD_POLICY, {createScript: (json) => json});
    } catch {
      warnOncePerPage(
        'json-ld-policy',
        `structured data is off: this page's Trusted Types policy does not allow "${JSON_LD_POLICY}". ` +
          `Add it to the trusted-types directive to publish the FAQ and article JSON-LD.`
      );
      return null;
    }
  });
}

/** Serializes `data` so that no `</script>` or comment opener can end the block early. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function writeScript(script: HTMLScriptElement, json: string): boolean {
  const policy = scriptPolicy();
  if (policy === null) return false;
  // A TrustedScript is accepted where the DOM types say string.
  script.textContent = (policy ? policy.createScript(json) : json) as string;
  return true;
}

const blocks = new Map<string, JsonLdBlock<unknown>>();

export class JsonLdBlock<Part> {
  private readonly parts = new Map<object, Part>();
  private script?: HTMLScriptElement;
  private pending?: Promise<void>;

  private constructor(
    readonly key: string,
    private readonly build: (parts: Part[]) => object | undefined
  ) {}

  /** The page-wide block for `key`; `build` turns all contributed parts into the JSON-LD object. */
  static for<Part>(key: string, build: (parts: Part[]) => object | undefined): JsonLdBlock<Part> {
    let block = blocks.get(key);
    if (!block) {
      block = new JsonLdBlock<Part>(key, build) as JsonLdBlock<unknown>;
      blocks.set(key, block);
    }
    return block as JsonLdBlock<Part>;
  }

  /** Adds or replaces `owner`'s part. */
  set(owner: object, part: Part): void {
    this.parts.set(owner, part);
    this.schedule();
  }

  delete(owner: object): void {
    if (this.parts.delete(owner)) this.schedule();
  }

  /** Resolves once pending changes have reached the DOM. */
  get settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  // Many widgets connect in one task; rebuild once after they have all spoken.
  private schedule(): void {
    this.pending ??= new Promise((resolve) =>
      queueMicrotask(() => {
        this.pending = undefined;
        this.flush();
        resolve();
      })
    );
  }

  private flush(): void {
    const data = this.parts.size ? this.build([...this.parts.values()]) : undefined;
    if (!data) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    const script = this.script ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.sensiqJsonLd = this.key;
    if (!writeScript(script, serializeJsonLd(data))) return;
    if (!script.isConnected) document.head.append(script);
    this.script = script;
  }
}
