import { defineVolumeRule } from '../src/rule.js';

/** The largest number either part of a compatibility level may be: libvirt reads each as an unsigned int. */
const MAX_PART = 2 ** 32 - 1;

export default defineVolumeRule({
  meta: {
    id: 'volume-compat-version',
    description: 'a <compat> level whose major or minor number does not fit in 32 bits',
    defaultSeverity: 'error',
    reportsOn: ['target/compat'],
    libvirtMessages: ["forbidden characters in 'compat' attribute"],
  },
  check(volume, context) {
    const compat = volume.target?.compat;
    // The grammar takes digits, a dot and digits; libvirt reads each side as an unsigned int.
    const m = compat && /^([0-9]+)\.([0-9]+)$/.exec(compat.value);
    if (!compat || !m) return;
    const big = [m[1]!, m[2]!].find((part) => Number(part) > MAX_PART);
    if (big === undefined) return;
    context.report({
      range: compat.range,
      message: `<compat> ${compat.value}: ${big} is too large for a compatibility level (libvirt reads each part as a 32-bit number) and libvirt refuses the volume. qcow2 levels are 0.10 and 1.1`,
    });
  },
});
