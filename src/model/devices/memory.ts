import type { Attr, Span, Text } from '../located.js';
import { sizeInKiB } from '../numbers.js';
import { type XmlElement, attrValue, child, spanOf, textValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A size element such as `<target><size unit='KiB'>…</size>`, with its value in KiB when it parses. */
export interface MemoryAmount extends Span {
  readonly text?: Text;
  readonly unit?: Attr;
  /** The size in KiB (libvirt's default unit), undefined when the number or unit does not parse. */
  readonly kib?: number;
}

/** A `<memory model=…>` device (dimm, nvdimm, virtio-pmem, virtio-mem, sgx-epc, …). */
export interface MemoryDevice extends DeviceBase {
  readonly kind: 'memory';
  readonly model?: Attr;
  readonly access?: Attr;
  readonly discard?: Attr;
  /** `<source><path>` (nvdimm, virtio-pmem: the backing file). */
  readonly sourcePath?: Text;
  readonly target?: Span;
  readonly size?: MemoryAmount;
  /** `<target><node>`: the guest NUMA node. */
  readonly node?: Text;
  /** virtio-mem: `<block>` and `<requested>`. */
  readonly block?: MemoryAmount;
  readonly requested?: MemoryAmount;
  /** nvdimm: `<target><label><size>`, the namespace label area. */
  readonly labelSize?: MemoryAmount;
}

function amount(el: XmlElement | undefined): MemoryAmount | undefined {
  if (!el) return undefined;
  const text = textValue(el);
  const unit = attrValue(el, 'unit');
  return { tag: el.name, nameRange: el.nameRange, range: el.range, text, unit, kib: sizeInKiB(text?.value, unit?.value) };
}

export function buildMemoryDevice(el: XmlElement): MemoryDevice {
  const target = child(el, 'target');
  const base = deviceBase(el, 'memory');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    model: attrValue(el, 'model'),
    access: attrValue(el, 'access'),
    discard: attrValue(el, 'discard'),
    sourcePath: textValue(child(child(el, 'source'), 'path')),
    target: target ? spanOf(target) : undefined,
    size: amount(child(target, 'size')),
    node: textValue(child(target, 'node')),
    block: amount(child(target, 'block')),
    requested: amount(child(target, 'requested')),
    labelSize: amount(child(child(target, 'label'), 'size')),
  };
}
