import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'sysinfo-fwcfg-value',
    description: "<sysinfo type='fwcfg'> entries with neither a value nor a file",
    defaultSeverity: 'error',
    libvirtMessages: ["Firmware entry must have either value or 'file' attribute"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    for (let i = 0, list = domain.sysinfos; i < list.length; i++) {
      const empty = list[i]!.fwcfgEmpty;
      for (let j = 0; j < empty.length; j++) {
        context.report({ range: empty[j]!.nameRange, message: `this fw_cfg <entry> gives the guest nothing: it has no value (white space does not count) and no file='…': libvirt refuses this domain. Write the value as its text or name a file` });
      }
    }
  },
});
