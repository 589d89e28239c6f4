// An element's share of the page's structured data (json-ld.ts). The element only says what it contributes;
// this controller publishes it after each update, takes it back when the element leaves the page and
// publishes it again when the element returns. A first paint does not need it: elements load this module
// (with the JSON-LD writer) after theirs, and attach().
import type {ReactiveController, ReactiveElement} from 'lit';
import {JsonLdBlock} from '../json-ld.js';

export interface Contribution<Part> {
  /** The page-wide block this part joins, e.g. `faq:<slug>`: one JSON-LD script per key. */
  key: string;
  /** Builds the block's JSON-LD from every contributor's part. */
  build: (parts: Part[]) => object | undefined;
  /** This element's part; plain data, compared as JSON between updates. */
  part: Part;
}

const attached = new WeakSet<ReactiveElement>();

export class StructuredDataController<Part> implements ReactiveController {
  private published?: {block: JsonLdBlock<Part>; part: string};

  private constructor(
    private readonly host: ReactiveElement,
    /** What the host contributes now, or `undefined` for nothing (opted out, or not ready). */
    private readonly contribution: () => Contribution<Part> | undefined
  ) {
    host.addController(this); // calls hostConnected at once when the host is on the page
  }

  /** Publishes what `host` contributes, from now on; once per host. */
  static attach<Part>(host: ReactiveElement, contribution: () => Contribution<Part> | undefined): void {
    if (!attached.has(host)) attached.add(host), new StructuredDataController(host, contribution);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.sync(); // moved in the page: its part was taken back on the way out
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }

  /** Brings the page's block in line with what the host contributes now (nothing once it has left). */
  private sync(): void {
    const contribution = this.host.isConnected ? this.contribution() : undefined;
    const block = contribution && JsonLdBlock.for(contribution.key, contribution.build);
    const part = JSON.stringify(contribution?.part);
    if (this.published?.block === block && this.published?.part === part) return;
    this.published?.block.delete(this.host);
    this.published = undefined;
    if (!block) return;
    block.set(this.host, contribution.part);
    this.published = {block, part};
  }
}
