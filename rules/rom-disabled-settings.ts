import type { RomSettings } from '../src/model/devices/common.js';
import { isQemuDomain, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'rom-disabled-settings',
    description: "<rom enabled='no'> together with bar or file, which only apply to a ROM the guest sees; <rom> on an s390x NIC that is not on PCI (a CCW device has no option ROM)",
    defaultSeverity: 'error',
    libvirtMessages: ['ROM tuning is not supported when ROM is disabled', 'ROM tuning is only supported for PCI devices'],
  },
  check(domain, context) {
    const judge = (rom: RomSettings | undefined): void => {
      if (rom?.enabled?.value !== 'no') return;
      const extra = rom.bar ?? rom.file;
      if (extra) context.report({ range: extra.range, message: `${extra === rom.bar ? 'bar' : 'file'}= tunes an option ROM that enabled='no' removes: libvirt refuses this domain. Drop ${extra === rom.bar ? 'bar' : 'file'}= or the enabled='no'` });
    };
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) judge(list[i]!.rom);
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) judge(list[i]!.rom);
    // On s390x a NIC is a CCW device unless it is written with a PCI (zPCI) address (asked of libvirtd 9.0).
    if (!isQemuDomain(domain) || !isS390(domain)) return;
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (!nic.rom || nic.type?.value === 'hostdev' || nic.address?.type?.value === 'pci') continue;
      context.report({ range: nic.rom.nameRange, message: `this s390x NIC is a CCW device, which has no option ROM to tune: libvirt refuses this domain. Remove <rom> (or give the NIC a PCI address)` });
    }
  },
});
