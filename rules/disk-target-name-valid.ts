import { defineRule } from '../src/rule.js';

const DISK_PREFIXES = ['xvd', 'ubd', 'hd', 'sd', 'vd'];

/** The disk index libvirt derives from the letters (a=0, z=25, aa=26, …). */
function letterIndex(letters: string): number {
  let idx = -1;
  // By code unit: the letters are a–z (the caller's pattern), so the same as by character.
  for (let i = 0; i < letters.length; i++) idx = (idx + 1) * 26 + (letters.charCodeAt(i) - 97);
  return idx;
}

/** The prefix the name starts with (a loop, not a find with a closure per disk). */
function diskPrefix(name: string): string | undefined {
  for (let i = 0; i < DISK_PREFIXES.length; i++) if (name.startsWith(DISK_PREFIXES[i]!)) return DISK_PREFIXES[i];
  return undefined;
}

export default defineRule({
  meta: {
    id: 'disk-target-name-valid',
    description: '<target dev> names that libvirt cannot parse: wrong prefix for the device, partitions (vda1), junk after the letters',
    defaultSeverity: 'error',
    libvirtMessages: [
      'Invalid harddisk device name: %s',
      'Invalid floppy device name: %s',
      "invalid disk target '%s'",
      "invalid disk target '%s', partitions can't appear in disk targets",
      "Unknown disk name '%s' and no address specified",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const dev = disk.target?.dev;
      if (!dev || dev.value === '') continue;
      const name = dev.value;
      const floppy = disk.deviceKind === 'floppy';
      const prefix = floppy ? (name.startsWith('fd') ? 'fd' : undefined) : diskPrefix(name);
      if (!prefix) {
        context.report({
          range: dev.range,
          message: floppy
            ? `floppy target '${name}' must start with 'fd' (fda, fdb): libvirt refuses this domain`
            : `disk target '${name}' must start with hd, sd, vd, xvd or ubd followed by letters (e.g. vda, sdb): libvirt refuses this domain`,
        });
        continue;
      }
      const m = /^([a-z]+)([0-9]*)$/.exec(name.slice(prefix.length));
      if (!m) {
        context.report({ range: dev.range, message: `disk target '${name}' is not a disk name (a prefix followed by letters, e.g. ${prefix}a): libvirt refuses this domain` });
      } else if (m[2] === '' && !disk.address && letterIndex(m[1]!) > 0x7fffffff) {
        context.report({ range: dev.range, message: `disk target '${name}' has so many letters that libvirt cannot turn it into a disk position: libvirt refuses this domain. Use a short name (e.g. ${prefix}b)` });
      } else if (m[2] !== '') {
        context.report({
          range: dev.range,
          message: `disk target '${name}' names a partition; targets are whole disks: libvirt refuses this domain. Use '${prefix}${m[1]}'`,
        });
      }
    }
  },
});
