import { defineVolumeRule } from '../src/rule.js';

export default defineVolumeRule({
  meta: {
    id: 'volume-permissions-mode',
    description: "a volume's or backing store's <permissions><mode> with bits beyond 0777 (setuid, setgid, sticky), which libvirt refuses",
    defaultSeverity: 'error',
    reportsOn: ['permissions/mode'],
    libvirtMessages: ['malformed octal mode'],
  },
  check(volume, context) {
    for (const owner of [volume.target, volume.backingStore]) {
      const mode = owner?.permissions?.mode;
      // The grammar takes octal digits; libvirt reads them in base 8 and refuses any bit above 0777.
      if (!owner || !mode || !/^[0-7]+$/.test(mode.value)) continue;
      const value = parseInt(mode.value, 8);
      if ((value & ~0o777) === 0) continue;
      context.report({
        range: mode.range,
        message: `<mode> ${mode.value} of the ${owner.tag === 'target' ? 'volume' : 'backing store'} sets bits above 0777 (setuid, setgid or sticky): libvirt refuses it. Use a mode of at most three octal digits, such as 0${(value & 0o777).toString(8).padStart(3, '0')}`,
      });
    }
  },
});
