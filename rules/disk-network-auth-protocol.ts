import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

const WITH_AUTH = new Set(['iscsi', 'rbd', 'http', 'https', 'ftp', 'ftps', 'ssh']);

export default defineRule({
  meta: {
    id: 'disk-network-auth-protocol',
    description: '<auth> on a network disk whose protocol has no authentication (nbd, gluster, …)',
    defaultSeverity: 'error',
    libvirtMessages: ["authentication is not supported for protocol '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.type?.value !== 'network' || !disk.auth) continue;
      const protocol = disk.source?.protocol?.value;
      if (!protocol || WITH_AUTH.has(protocol)) continue;
      context.report({
        range: disk.auth.nameRange,
        message: `${diskName(disk)} uses protocol '${protocol}', which has no authentication: libvirt refuses this domain. Remove <auth> (or use TLS where the protocol offers it)`,
      });
    }
  },
});
