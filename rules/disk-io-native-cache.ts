import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-io-native-cache',
    description: "io='native' without cache='none' or cache='directsync'",
    defaultSeverity: 'error',
    libvirtMessages: ["io='native' needs either no disk cache or directsync cache mode"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const io = disk.driver?.io;
      if (io?.value !== 'native') continue;
      const cache = disk.driver?.cache?.value;
      if (cache === 'none' || cache === 'directsync') continue;
      context.report({
        range: io.range,
        message: `io='native' needs O_DIRECT, so ${diskName(disk)} must use cache='none' or cache='directsync' (${cache ? `it has cache='${cache}'` : 'it sets no cache, and the default caches'}): libvirt refuses this domain. Add cache='none' or use io='threads'`,
      });
    }
  },
});
