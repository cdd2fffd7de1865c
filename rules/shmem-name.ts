import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'shmem-name',
    description: "a <shmem name> containing '/' or equal to '.' or '..'",
    defaultSeverity: 'error',
    libvirtMessages: ["shmem name cannot include '/' character", "shmem name cannot be equal to '.'", "shmem name cannot be equal to '..'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.shmems; i < list.length; i++) {
      const d = list[i]!;
      const name = d.name;
      if (!name || (!name.value.includes('/') && name.value !== '.' && name.value !== '..')) continue;
      context.report({ range: name.range, message: `the shmem name becomes a file name under /dev/shm, so it cannot contain '/' or be '.' or '..': libvirt refuses this domain` });
    }
  },
});
