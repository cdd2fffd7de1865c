import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-mode-requires-mapped',
    description: "fmode or dmode on a 9p <filesystem> without accessmode='mapped'",
    defaultSeverity: 'error',
    libvirtMessages: ['fmode and dmode must be used with accessmode=mapped'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      // virtiofs has its own accessmode check (filesystem-virtiofs-accessmode), as in libvirt.
      if (isVirtiofs(d)) continue;
      const accessmode = d.accessmode;
      for (const name of ['fmode', 'dmode'] as const) {
        const a = d[name];
        if (a && accessmode?.value !== 'mapped') {
          context.report({ range: a.attributeRange, message: `${name} sets the permissions of files created in mapped mode; with accessmode='${accessmode?.value ?? 'passthrough'}' it cannot apply: libvirt refuses this domain. Use accessmode='mapped' or remove ${name}` });
        }
      }
    }
  },
});
