import { defineRule } from '../src/rule.js';
import { qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-handle-passthrough',
    description: "a 9p <filesystem> with <driver type='handle'> and an accessmode other than passthrough",
    defaultSeverity: 'error',
    libvirtMessages: ['only supports passthrough accessmode'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      const mode = d.accessmode;
      if (d.driver?.type?.value !== 'handle' || !mode || mode.value === 'passthrough') continue;
      context.report({ range: mode.range, message: `the 'handle' driver opens host files with the guest's own credentials, so it works in accessmode='passthrough' only, not '${mode.value}': libvirt refuses this domain. Use accessmode='passthrough' or the 'path' driver` });
    }
  },
});
