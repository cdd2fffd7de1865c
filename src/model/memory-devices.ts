import { child } from '../xml/tree.js';
import { type Address, type Domain, type Located, type ModelNode, attrValue, textValue } from './domain.js';
import { sizeInKiB } from './numbers.js';

/** A size element such as `<target><size unit='KiB'>…</size>`, with its value in KiB when it parses. */
export interface MemoryAmount extends ModelNode {
  readonly text?: Located;
  readonly kib?: number;
}

/** A `<memory model=…>` device (dimm, nvdimm, virtio-pmem, virtio-mem, sgx-epc, …). */
export interface MemoryDevice extends ModelNode {
  readonly model?: Located;
  readonly access?: Located;
  /** `<source><path>` (nvdimm, virtio-pmem: the backing file). */
  readonly sourcePath?: Located;
  readonly target?: ModelNode;
  readonly size?: MemoryAmount;
  readonly node?: Located;
  /** virtio-mem: `<block>` and `<requested>`. */
  readonly block?: MemoryAmount;
  readonly requested?: MemoryAmount;
  readonly address?: Address;
}

function amount(el: ReturnType<typeof child>): MemoryAmount | undefined {
  if (!el) return undefined;
  const text = textValue(el);
  return { element: el, text, kib: sizeInKiB(text?.value, attrValue(el, 'unit')?.value) };
}

const cache = new WeakMap<Domain, readonly MemoryDevice[]>();

/** The domain's memory devices, in document order (computed once per domain). */
export function memoryDevices(domain: Domain): readonly MemoryDevice[] {
  let out = cache.get(domain);
  if (out) return out;
  out = domain.otherDevices
    .filter((d) => d.kind === 'memory')
    .map((d) => {
      const target = child(d.element, 'target');
      const path = child(child(d.element, 'source'), 'path');
      return {
        element: d.element,
        model: attrValue(d.element, 'model'),
        access: attrValue(d.element, 'access'),
        sourcePath: path ? textValue(path) : undefined,
        target: target ? { element: target } : undefined,
        size: amount(child(target, 'size')),
        node: textValue(child(target, 'node')),
        block: amount(child(target, 'block')),
        requested: amount(child(target, 'requested')),
        address: d.address,
      };
    });
  cache.set(domain, out);
  return out;
}
