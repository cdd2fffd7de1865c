import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-virtiofs-9p-options',
    description: 'virtiofs <filesystem> with a 9p setting: a model, or multidevs other than default',
    defaultSeverity: 'error',
    libvirtMessages: ['virtiofs does not support model', 'virtiofs does not support multidevs'],
  },
  check(domain, context) {
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      if (!isVirtiofs(d)) continue;
      if (d.model) {
        context.report({ range: d.model.attributeRange, message: `model='${d.model.value}' picks the device of a 9p share; a virtiofs share has its own (vhost-user-fs) and takes no model: libvirt refuses this domain. Remove model` });
      }
      if (d.multidevs && d.multidevs.value !== 'default') {
        context.report({ range: d.multidevs.attributeRange, message: `multidevs='${d.multidevs.value}' is a 9p setting; virtiofs takes none: libvirt refuses this domain. Remove multidevs` });
      }
    }
  },
});
