import type { Input } from '../src/model/index.js';
import { isQemuDomain, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** The bus libvirt gives an <input> without bus= (hvm guests): mice and keyboards are PS/2 on x86, the rest USB. */
function inputOnUsb(input: Input, x86: boolean): boolean {
  const bus = input.bus?.value;
  if (bus !== undefined) return bus === 'usb';
  const type = input.type?.value;
  return type === 'tablet' || ((type === 'mouse' || type === 'keyboard') && !x86);
}

export default defineRule({
  meta: {
    id: 'usb-device-address-type',
    description: "a USB input device or USB redirection device with an <address> that is not of type 'usb'",
    defaultSeverity: 'error',
    libvirtMessages: ['Invalid address for a USB device'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain) || domain.os?.type?.value === 'exe') return;
    const report = (kind: string, address: NonNullable<Input['address']>): void => {
      const type = address.type;
      if (!type || type.value === 'usb') return;
      context.report({ range: type.range, message: `a USB ${kind} sits on a USB port, so its address must be of type 'usb', not '${type.value}': libvirt refuses this domain. Use <address type='usb' bus='0' port='…'/> or remove the address` });
    };
    const x86 = isX86(domain);
    for (let i = 0, list = domain.devices.inputs; i < list.length; i++) {
      const d = list[i]!;
      if (d.address && inputOnUsb(d, x86)) report('input device', d.address);
    }
    for (let i = 0, list = domain.devices.redirdevs; i < list.length; i++) {
      const d = list[i]!;
      if (d.address && (d.bus?.value ?? 'usb') === 'usb') report('redirection device', d.address);
    }
  },
});
