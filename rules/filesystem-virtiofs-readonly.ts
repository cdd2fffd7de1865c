import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-virtiofs-readonly',
    description: 'read-only virtiofs <filesystem> (libvirt 9.0 cannot export it)',
    defaultSeverity: 'error',
    libvirtMessages: ['virtiofs does not yet support read-only mode'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      if (isVirtiofs(d) && d.readonly) {
        context.report({ range: d.readonly.nameRange, message: `virtiofs cannot export read-only in libvirt 9.0: libvirt refuses this domain. Remove <readonly/> (make the directory read-only on the host) or use 9p` });
      }
    }
  },
});
