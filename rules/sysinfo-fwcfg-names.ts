import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** Prefixes QEMU and OVMF keep for themselves. */
const RESERVED = ['opt/ovmf/', 'opt/org.qemu/'];

export default defineRule({
  meta: {
    id: 'sysinfo-fwcfg-names',
    description: "<sysinfo type='fwcfg'> entries whose name does not start with opt/ or uses a prefix QEMU and OVMF reserve, or with neither a value nor a file",
    defaultSeverity: 'error',
    libvirtMessages: ['Invalid firmware name', 'That firmware name is reserved', "Firmware entry must have either value or 'file' attribute"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    for (let i = 0, list = domain.sysinfos; i < list.length; i++) {
      const empty = list[i]!.fwcfgEmpty;
      for (let j = 0; j < empty.length; j++) {
        context.report({ range: empty[j]!.nameRange, message: `this fw_cfg <entry> gives the guest nothing: it has no value (white space does not count) and no file='…': libvirt refuses this domain. Write the value as its text or name a file` });
      }
      const names = list[i]!.fwcfgNames;
      for (let j = 0; j < names.length; j++) {
        const n = names[j]!;
        if (!n.value.startsWith('opt/')) {
          context.report({ range: n.range, message: `fw_cfg entries the user adds live under 'opt/' (e.g. opt/com.example/name), and '${n.value}' does not: libvirt refuses this domain` });
        } else if (RESERVED.some((p) => n.value.startsWith(p))) {
          context.report({ range: n.range, message: `'${n.value}' is under a prefix QEMU and OVMF keep for themselves: libvirt refuses this domain. Use a name of your own, e.g. opt/com.example/name` });
        }
      }
    }
  },
});
