import { usableCapabilities } from '../src/caps/rule-support.js';
import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel, virtioTransport } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';
import type { Attr } from '../src/model/index.js';

const ID = 'emulator-supports-ioeventfd';

export default defineRule({
  meta: {
    id: ID,
    description: "ioeventfd is set on a virtio disk or interface whose QEMU device lacks the 'ioeventfd' property",
    defaultSeverity: 'error',
    needsCapabilities: true,
  },
  check(domain, context) {
    const candidates: { attribute: Attr; device: string; what: string }[] = [];
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const a = disk.driver?.ioeventfd;
      if (a && effectiveDiskBus(disk) === 'virtio') {
        candidates.push({ attribute: a, device: `virtio-blk-${virtioTransport(domain, disk.address?.type?.value)}`, what: `disk '${disk.target?.dev?.value ?? '?'}'` });
      }
    }
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      const a = nic.driver?.ioeventfd;
      if (a && isVirtioNetModel(effectiveNetModel(domain, nic).model)) {
        candidates.push({ attribute: a, device: `virtio-net-${virtioTransport(domain, nic.address?.type?.value)}`, what: 'interface' });
      }
    }
    if (candidates.length === 0) return;
    const caps = usableCapabilities(context, ID);
    if (!caps) return;
    for (const { attribute, device, what } of candidates) {
      const has = caps.deviceHasProperty(device, 'ioeventfd');
      if (has === undefined) {
        const origin = caps.profile.origin;
        context.note(
          origin === 'domcapabilities'
            ? `${ID}: ${caps.source} lists enumerations only, not the properties of ${device}; not checked`
            : origin === 'qemu-caps-cache'
              ? `${ID}: ${caps.source} records no device properties (libvirt no longer tracks ioeventfd: every QEMU it supports has it on virtio-pci devices); not checked`
              : `${ID}: ${caps.source} does not list the properties of ${device}; not checked`,
        );
      } else if (!has) {
        if (caps.hasDevice(device) === false) {
          // The device itself is missing: emulator-supports-device reports that once.
          context.note(`${ID}: the emulator has no ${device} device (${caps.source}); see emulator-supports-device`);
          continue;
        }
        context.report({
          range: attribute.attributeRange,
          message: `The emulator's ${device} device has no 'ioeventfd' property (${caps.source}), so the ${what} cannot use ioeventfd. Remove it or use a newer QEMU`,
        });
      }
    }
  },
});
