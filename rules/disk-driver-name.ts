import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-driver-name',
    description: "a disk <driver name> other than 'qemu' in a QEMU domain",
    defaultSeverity: 'error',
    libvirtMessages: ["unsupported driver name '%s' for disk '%s'"],
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== 'qemu' && type !== 'kvm') return;
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const name = disk.driver?.name;
      if (!name || name.value === 'qemu') continue;
      context.report({ range: name.range, message: `${diskName(disk)} asks for driver '${name.value}', but QEMU domains only have the 'qemu' driver: libvirt refuses this domain. Use name='qemu'` });
    }
  },
});
