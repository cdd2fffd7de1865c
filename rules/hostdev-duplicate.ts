import type { Address, AddressField, Hostdev } from '../src/model/index.js';
import { parseCUnsigned } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** A key naming the host device a <hostdev> takes, or undefined when it cannot be told. */
function sourceKey(h: Hostdev): string | undefined {
  const src = h.source;
  const type = h.type?.value;
  if (!src || !type) return undefined;
  const num = (a: Address, name: AddressField): string => String(parseCUnsigned(a[name]?.value ?? '0') ?? a[name]?.value);
  if (type === 'pci') {
    const a = src.address;
    return a ? `pci:${(['domain', 'bus', 'slot', 'function'] as const).map((n) => num(a, n)).join(':')}` : undefined;
  }
  if (type === 'usb') {
    const a = src.address;
    // A host USB device is named by bus and device number, or by bus and physical port path
    // (libvirt 12.x): the two namings are compared only with their own kind.
    if (a?.port) return `usb-port:${num(a, 'bus')}:${a.port.value.split('.').map((p) => parseCUnsigned(p) ?? p).join('.')}`;
    if (a) return `usb-addr:${num(a, 'bus')}:${num(a, 'device')}`;
    const vendor = src.vendorId?.value;
    const product = src.productId?.value;
    return vendor && product ? `usb-id:${parseCUnsigned(vendor)}:${parseCUnsigned(product)}` : undefined;
  }
  if (type === 'mdev') {
    const a = src.address?.uuid?.value;
    return a ? `mdev:${a.toLowerCase()}` : undefined;
  }
  if (type === 'scsi') {
    const adapter = src.adapterName?.value;
    const a = src.address;
    return adapter && a ? `scsi:${adapter}:${(['bus', 'target', 'unit'] as const).map((n) => num(a, n)).join(':')}` : undefined;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'hostdev-duplicate',
    description: 'the same host device (PCI address, USB device or port, mediated device, SCSI LUN) passed through twice',
    defaultSeverity: 'error',
    libvirtMessages: ['Hostdev already exists in the domain configuration'],
  },
  check(domain, context) {
    const seen = new Map<string, Hostdev>();
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const h = list[i]!;
      const key = sourceKey(h);
      if (!key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, h);
        continue;
      }
      context.report({ range: h.source!.nameRange, message: `this host device is already passed through by the <hostdev> on line ${first.range.start.line}: libvirt refuses this domain. Remove one of them` });
    }
  },
});
