import { isQemuDomain, isS390 } from '../src/model/machine.js';
import { numaCellCount } from '../src/model/memory.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** Models placed on a guest NUMA node (virtio-pmem is not; sgx-epc is left alone). */
const NODE_MODELS = new Set(['dimm', 'nvdimm', 'virtio-mem']);

const isPowerOfTwo = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;

export default defineRule({
  meta: {
    id: 'memory-device-models',
    description: "memory devices that contradict their model: nvdimm/virtio-pmem without a backing path, an nvdimm label area under 128 KiB or not smaller than the device, a NUMA node that does not exist or is missing, virtio-mem without a block size or with block and requested sizes that do not fit, a virtio-pmem with access='private', a virtio-mem/virtio-pmem address other than PCI (also the CCW one libvirt gives it on s390x)",
    defaultSeverity: 'error',
    libvirtMessages: [
      "path is required for model '%s'",
      'discard is not supported for nvdimms',
      'virtio-pmem does not support NUMA nodes',
      "can't add memory backend for guest node '%d' as the guest has only '%zu' NUMA nodes configured",
      'target NUMA node needs to be specified for memory device',
      'block size must be a power of two',
      'requested size must be smaller than or equal to @size (%lluKiB)',
      'requested size must be an integer multiple of block size',
      'nvdimm label must be at least 128KiB',
      'label size must be smaller than NVDIMM size',
      'shared access mode required for virtio-pmem device',
      "only 'pci' addresses are supported for the %s device",
    ],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // other drivers (Xen, …) have their own rules
    const cells = numaCellCount(domain);
    for (let i = 0, list = domain.devices.memories; i < list.length; i++) {
      const d = list[i]!;
      const model = d.model?.value ?? '';
      const at = d.model?.range ?? d.nameRange;
      if ((model === 'nvdimm' || model === 'virtio-pmem') && !d.sourcePath?.value) {
        context.report({ range: at, message: `a '${model}' memory device needs the file that backs it: libvirt refuses this domain. Add <source><path>/path/to/file</path></source>` });
      }
      const address = d.address?.type;
      if ((model === 'virtio-mem' || model === 'virtio-pmem') && address && address.value !== 'pci') {
        context.report({ range: address.range, message: `a ${model} device is a PCI device, so its <address> must be type='pci', not '${address.value}': libvirt refuses this domain. Use a PCI address or remove the <address>` });
      } else if ((model === 'virtio-mem' || model === 'virtio-pmem') && !d.address && isS390(domain)) {
        // On s390x libvirt gives a virtio device without an address a CCW one (asked of libvirtd 9.0).
        context.report({ range: at, message: `a ${model} device is a PCI device, and on s390x libvirt gives a virtio device without an <address> a CCW one: libvirt refuses this domain. Add <address type='pci'/> (the s390x emulator may still lack the device)` });
      }
      if (model === 'virtio-pmem' && d.access?.value === 'private') {
        context.report({ range: d.access.range, message: `a virtio-pmem device writes through to its backing file, so it cannot have access='private': libvirt refuses this domain. Use access='shared' or remove access` });
      }
      const discard = d.discard;
      if (model === 'nvdimm' && discard?.value === 'yes') {
        context.report({ range: discard.range, message: `discard='yes' is not possible on an nvdimm (its content is persistent): libvirt refuses this domain. Remove discard` });
      }
      const label = d.labelSize?.kib;
      if (model === 'nvdimm' && label !== undefined) {
        const where = d.labelSize!.text?.range ?? d.labelSize!.nameRange;
        const size = d.size?.kib;
        if (label < 128) context.report({ range: where, message: `an nvdimm label area of ${label} KiB is below the 128 KiB minimum: libvirt refuses this domain. Use at least 128 KiB` });
        else if (size !== undefined && label >= size) context.report({ range: where, message: `the nvdimm label area (${label} KiB) must be smaller than the device (${size} KiB): libvirt refuses this domain` });
      }
      const node = parseDecimal(d.node?.value);
      if (model === 'virtio-pmem' && d.node) {
        context.report({ range: d.node.range, message: `virtio-pmem devices are not placed on a NUMA node: libvirt refuses this domain. Remove <node>` });
      } else if (NODE_MODELS.has(model) && cells > 0) {
        if (!d.node) {
          context.report({ range: d.target?.nameRange ?? at, message: `a '${model}' memory device must name the guest NUMA node it belongs to: libvirt refuses this domain. Add <node>0</node> (0–${cells - 1}) to <target>` });
        } else if (node !== undefined && node >= cells) {
          context.report({ range: d.node.range, message: `NUMA node ${node} does not exist: the guest has ${cells} cell(s) (0–${cells - 1}): libvirt refuses this domain. Use an existing node or add a <cell>` });
        }
      }
      if (model !== 'virtio-mem') continue;
      const block = d.block?.kib;
      if (!d.block) {
        context.report({ range: d.target?.nameRange ?? at, message: `a virtio-mem device needs a <block> size (the granularity it plugs memory in, a power of two such as 2048 KiB): libvirt refuses this domain without one. Add <block unit='KiB'>2048</block> to <target>` });
      } else if (block !== undefined && !isPowerOfTwo(block)) {
        context.report({ range: d.block.text?.range ?? d.block.nameRange, message: `virtio-mem block size ${block} KiB is not a power of two: libvirt refuses this domain. Use e.g. 2048 KiB` });
      }
      const req = d.requested?.kib;
      const size = d.size?.kib;
      if (!d.requested || req === undefined) continue;
      const reqRange = d.requested.text?.range ?? d.requested.nameRange;
      if (size !== undefined && req > size) {
        context.report({ range: reqRange, message: `virtio-mem requested size ${req} KiB is larger than the device's size ${size} KiB: libvirt refuses this domain. Lower requested or raise size` });
      } else if (block !== undefined && isPowerOfTwo(block) && req % block !== 0) {
        context.report({ range: reqRange, message: `virtio-mem requested size ${req} KiB is not a multiple of the block size ${block} KiB: libvirt refuses this domain. Round it to a multiple of ${block} KiB` });
      }
    }
  },
});
