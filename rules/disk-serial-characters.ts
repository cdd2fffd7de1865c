import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

/** What libvirt lets through to QEMU's command line in a serial. */
const SAFE = /^[A-Za-z0-9_ .+-]*$/;

export default defineRule({
  meta: {
    id: 'disk-serial-characters',
    description: 'a disk <serial> with characters outside letters, digits, space and _ . + -',
    defaultSeverity: 'error',
    libvirtMessages: ["driver serial '%s' contains unsafe characters"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const serial = disk.serial;
      if (!serial || SAFE.test(serial.value)) continue;
      const bad = [...new Set(serial.value.replace(/[A-Za-z0-9_ .+-]/g, ''))].map((c) => `'${c}'`).join(', ');
      context.report({ range: serial.range, message: `the serial of ${diskName(disk)} contains ${bad}; only letters, digits, space and _ . + - are allowed: libvirt refuses this domain` });
    }
  },
});
