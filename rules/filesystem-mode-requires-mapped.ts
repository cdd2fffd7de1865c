import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-mode-requires-mapped',
    description: "fmode or dmode on a <filesystem> (9p or virtiofs) without accessmode='mapped'",
    defaultSeverity: 'error',
    libvirtMessages: ['fmode and dmode must be used with accessmode=mapped'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      const accessmode = d.accessmode;
      // A virtiofs share with another accessmode is refused for that first (filesystem-virtiofs-accessmode).
      const virtiofs = isVirtiofs(d);
      if (virtiofs && accessmode && accessmode.value !== 'passthrough') continue;
      for (const name of ['fmode', 'dmode'] as const) {
        const a = d[name];
        if (a && accessmode?.value !== 'mapped') {
          const fix = virtiofs ? `virtiofs has no mapped mode: remove ${name}` : `Use accessmode='mapped' or remove ${name}`;
          context.report({ range: a.attributeRange, message: `${name} sets the permissions of files created in mapped mode; with accessmode='${accessmode?.value ?? 'passthrough'}' it cannot apply: libvirt refuses this domain. ${fix}` });
        }
      }
    }
  },
});
