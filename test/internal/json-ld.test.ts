import {expect} from '@open-wc/testing';
import {JsonLdBlock, serializeJsonLd} from '../../src/internal/json-ld.js';

const blocksFor = (key: string) => document.head.querySelectorAll(`script[data-sensiq-json-ld="${key}"]`);

describe('page-wide JSON-LD', () => {
  it('keeps one block per key built from every contribution, and removes it with the last', async () => {
    const block = JsonLdBlock.for<string[]>('test-union', (parts) => ({names: [...new Set(parts.flat())].sort()}));
    const a = {};
    const b = {};
    block.set(a, ['x', 'y']);
    block.set(b, ['y', 'z']);
    await block.settled;
    expect(blocksFor('test-union')).to.have.length(1);
    expect(JSON.parse(blocksFor('test-union')[0].textContent!)).to.deep.equal({names: ['x', 'y', 'z']});
    block.delete(a);
    await block.settled;
    expect(JSON.parse(blocksFor('test-union')[0].textContent!)).to.deep.equal({names: ['y', 'z']});
    block.delete(b);
    await block.settled;
    expect(blocksFor('test-union')).to.have.length(0);
  });

  it('serializes so that text cannot close the script element', () => {
    const json = serializeJsonLd({text: '</script><script>alert(1)</script><!--'});
    expect(json).not.to.include('<');
    expect(JSON.parse(json).text).to.equal('</script><script>alert(1)</script><!--');
  });
});
