import { defineRule } from '../src/rule.js';
import { isVirtiofs, qemuMountFilesystems } from './filesystem-qemu.js';

export default defineRule({
  meta: {
    id: 'filesystem-virtiofs-target-unique',
    description: 'two virtiofs <filesystem> shares with one target dir (the tag the guest mounts by)',
    defaultSeverity: 'error',
    libvirtMessages: ["filesystem target '%s' specified twice"],
  },
  check(domain, context) {
    let tags: Map<string, number> | undefined;
    for (let i = 0, list = qemuMountFilesystems(domain); i < list.length; i++) {
      const d = list[i]!;
      if (!isVirtiofs(d)) continue;
      const tag = d.targetDir;
      if (!tag) continue;
      tags ??= new Map();
      const first = tags.get(tag.value);
      if (first === undefined) tags.set(tag.value, tag.range.start.line);
      else context.report({ range: tag.range, message: `the virtiofs share on line ${first} already uses target dir '${tag.value}' (the tag the guest mounts it by): libvirt refuses this domain. Give each virtiofs share its own target dir` });
    }
  },
});
