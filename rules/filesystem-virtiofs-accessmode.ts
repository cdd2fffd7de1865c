import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-virtiofs-accessmode',
    description: 'virtiofs <filesystem> settings libvirt refuses: an accessmode other than passthrough, a model or multidevs (9p settings), a target dir another virtiofs filesystem already uses',
    defaultSeverity: 'error',
    libvirtMessages: ['virtiofs only supports passthrough accessmode', 'virtiofs does not support model', 'virtiofs does not support multidevs', "filesystem target '%s' specified twice"],
  },
  check(domain, context) {
    let tags: Map<string, number> | undefined;
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      if (!isVirtiofs(d)) continue;
      const accessmode = d.accessmode;
      if (accessmode && accessmode.value !== 'passthrough') {
        context.report({ range: accessmode.range, message: `virtiofs only supports accessmode='passthrough', not '${accessmode.value}': libvirt refuses this domain` });
      }
      if (d.model) {
        context.report({ range: d.model.attributeRange, message: `model='${d.model.value}' picks the device of a 9p share; a virtiofs share has its own (vhost-user-fs) and takes no model: libvirt refuses this domain. Remove model` });
      }
      if (d.multidevs && d.multidevs.value !== 'default') {
        context.report({ range: d.multidevs.attributeRange, message: `multidevs='${d.multidevs.value}' is a 9p setting; virtiofs takes none: libvirt refuses this domain. Remove multidevs` });
      }
      const tag = d.targetDir;
      if (!tag) continue;
      tags ??= new Map();
      const first = tags.get(tag.value);
      if (first === undefined) tags.set(tag.value, tag.range.start.line);
      else context.report({ range: tag.range, message: `the virtiofs share on line ${first} already uses target dir '${tag.value}' (the tag the guest mounts it by): libvirt refuses this domain. Give each virtiofs share its own target dir` });
    }
  },
});
