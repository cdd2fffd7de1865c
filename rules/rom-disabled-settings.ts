import type { RomSettings } from '../src/model/devices/common.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'rom-disabled-settings',
    description: "<rom enabled='no'> together with bar or file, which only apply to a ROM the guest sees",
    defaultSeverity: 'error',
    libvirtMessages: ['ROM tuning is not supported when ROM is disabled'],
  },
  check(domain, context) {
    const judge = (rom: RomSettings | undefined): void => {
      if (rom?.enabled?.value !== 'no') return;
      const extra = rom.bar ?? rom.file;
      if (extra) context.report({ range: extra.range, message: `${extra === rom.bar ? 'bar' : 'file'}= tunes an option ROM that enabled='no' removes: libvirt refuses this domain. Drop ${extra === rom.bar ? 'bar' : 'file'}= or the enabled='no'` });
    };
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) judge(list[i]!.rom);
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) judge(list[i]!.rom);
  },
});
