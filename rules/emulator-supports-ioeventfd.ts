import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel, virtioTransport } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';
import { attr } from '../src/xml/tree.js';

export default defineRule({
  meta: {
    id: 'emulator-supports-ioeventfd',
    description: "ioeventfd is set on a virtio disk or interface whose QEMU device lacks the 'ioeventfd' property",
    defaultSeverity: 'error',
    needsCapabilities: true,
  },
  check(domain, context) {
    const caps = context.capabilities;
    const candidates: { attribute: ReturnType<typeof attr>; device: string; what: string }[] = [];
    for (const disk of domain.disks) {
      const a = attr(disk.driver?.element, 'ioeventfd');
      if (a && effectiveDiskBus(disk) === 'virtio') {
        candidates.push({ attribute: a, device: `virtio-blk-${virtioTransport(domain, disk.address?.type?.value)}`, what: `disk '${disk.target?.dev?.value ?? '?'}'` });
      }
    }
    for (const nic of domain.interfaces) {
      const a = attr(nic.driver?.element, 'ioeventfd');
      if (a && isVirtioNetModel(effectiveNetModel(domain, nic).model)) {
        candidates.push({ attribute: a, device: `virtio-net-${virtioTransport(domain, nic.address?.type?.value)}`, what: 'interface' });
      }
    }
    if (candidates.length === 0) return;
    if (!caps) {
      context.note('emulator-supports-ioeventfd: no capabilities known for this emulator (use --caps FILE or allow probing); not checked');
      return;
    }
    for (const { attribute, device, what } of candidates) {
      if (!attribute) continue;
      const has = caps.deviceHasProperty(device, 'ioeventfd');
      if (has === undefined) {
        context.note(`emulator-supports-ioeventfd: ${caps.source} does not list the properties of ${device}; not checked`);
      } else if (!has) {
        const exists = caps.hasDevice(device);
        context.report({
          range: attribute.range,
          message: exists
            ? `The emulator's ${device} device has no 'ioeventfd' property (${caps.source}), so the ${what} cannot use ioeventfd. Remove it or use a newer QEMU`
            : `The emulator has no ${device} device (${caps.source}), so ioeventfd on the ${what} cannot be honoured`,
        });
      }
    }
  },
});
