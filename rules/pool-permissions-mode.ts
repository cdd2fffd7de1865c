import { definePoolRule } from '../src/rule.js';

export default definePoolRule({
  meta: {
    id: 'pool-permissions-mode',
    description: "a pool target's <permissions><mode> with bits beyond 0777 (setuid, setgid, sticky), which libvirt refuses",
    defaultSeverity: 'error',
    reportsOn: ['permissions/mode'],
    libvirtMessages: ['malformed octal mode'],
  },
  check(pool, context) {
    const mode = pool.target?.permissions?.mode;
    // The grammar takes one to four octal digits; libvirt reads them in base 8 and refuses any bit above 0777.
    if (!mode || !/^[0-7]+$/.test(mode.value)) return;
    const value = parseInt(mode.value, 8);
    if ((value & ~0o777) === 0) return;
    context.report({
      range: mode.range,
      message: `<mode> ${mode.value} sets bits above 0777 (setuid, setgid or sticky): libvirt refuses a pool's permissions with them. Use a mode of at most three octal digits, such as 0${(value & 0o777).toString(8).padStart(3, '0')}`,
    });
  },
});
