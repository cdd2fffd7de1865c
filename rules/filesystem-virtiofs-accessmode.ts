import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-virtiofs-accessmode',
    description: "virtiofs <filesystem> with an accessmode other than passthrough",
    defaultSeverity: 'error',
    libvirtMessages: ['virtiofs only supports passthrough accessmode'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      const accessmode = d.accessmode;
      if (isVirtiofs(d) && accessmode && accessmode.value !== 'passthrough') {
        context.report({ range: accessmode.range, message: `virtiofs only supports accessmode='passthrough', not '${accessmode.value}': libvirt refuses this domain` });
      }
    }
  },
});
