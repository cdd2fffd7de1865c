import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'bios-boot-options',
    description: 'boot menu timeout or BIOS reboot timeout out of range, BIOS serial output without a serial port, <bootloader> in a QEMU domain',
    defaultSeverity: 'error',
    libvirtMessages: [
      'invalid value for boot menu timeout, must be in range [0,65535]',
      'invalid value for rebootTimeout, must be in range [-1,65535]',
      'need at least one serial port to use BIOS serial output',
      'bootloader is not supported by QEMU',
    ],
  },
  check(domain, context) {
    const timeout = domain.os?.bootmenu?.timeout;
    const t = parseDecimal(timeout?.value);
    if (timeout && t !== undefined && (t < 0 || t > 65535)) {
      context.report({ range: timeout.range, message: `boot menu timeout ${t} ms is outside 0–65535: libvirt refuses this domain` });
    }
    const reboot = domain.os?.bios?.rebootTimeout;
    const r = parseDecimal(reboot?.value);
    if (reboot && r !== undefined && (r < -1 || r > 65535)) {
      context.report({ range: reboot.range, message: `rebootTimeout ${r} ms is outside -1–65535 (-1 disables rebooting): libvirt refuses this domain` });
    }
    const useserial = domain.os?.bios?.useserial;
    if (useserial?.value === 'yes' && domain.devices.serials.length === 0) {
      context.report({ range: useserial.attributeRange, message: `useserial='yes' sends BIOS output to the first serial port, but the domain has no <serial>: libvirt refuses this domain. Add <serial type='pty'/>` });
    }
    const type = domain.type?.value;
    const bootloader = domain.bootloader;
    if (bootloader && (type === 'qemu' || type === 'kvm')) {
      context.report({ range: bootloader.nameRange, message: `<bootloader> (a host-side boot loader such as pygrub) is a Xen feature; QEMU domains boot through firmware: libvirt refuses this domain. Remove it and use <os><kernel> for direct kernel boot` });
    }
  },
});
