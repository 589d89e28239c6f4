// An element's share of the page's structured data (json-ld.ts). The element only says what it contributes;
// this controller publishes it after each update, takes it back when the element leaves the page and
// publishes it again when the element returns.
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

export class StructuredDataController<Part> implements ReactiveController {
  private published?: {block: JsonLdBlock<Part>; part: string};

  constructor(
    private readonly host: ReactiveElement,
    /** What the host contributes now, or `undefined` for nothing (opted out, or no article). */
    private readonly contribution: () => Contribution<Part> | undefined
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.publish(); // moved in the page: its part was taken back on the way out
  }

  hostUpdated(): void {
    this.publish();
  }

  hostDisconnected(): void {
    this.withdraw();
  }

  private publish(): void {
    const contribution = this.contribution();
    const block = contribution && JsonLdBlock.for(contribution.key, contribution.build);
    const part = JSON.stringify(contribution?.part);
    if (this.published?.block === block && this.published?.part === part) return;
    this.withdraw();
    if (!block) return;
    block.set(this.host, contribution.part);
    this.published = {block, part};
  }

  private withdraw(): void {
    this.published?.block.delete(this.host);
    this.published = undefined;
  }
}
