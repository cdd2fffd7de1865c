import { usableCapabilities } from '../src/caps/rule-support.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

const ID = 'vcpu-machine-limit';

export default defineRule({
  meta: {
    id: ID,
    description: '<vcpu> count above the most vCPUs the machine type takes',
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: ['Maximum CPUs greater than specified machine type limit %u'],
  },
  check(domain, context) {
    const text = domain.vcpu?.max;
    const count = parseDecimal(text?.value);
    if (!text || count === undefined) return;
    const caps = usableCapabilities(context, ID);
    if (!caps) return;
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) return; // the wrong emulator: emulator-supports-arch-and-type reports it
    // No machine written: libvirt fills in the emulator's default machine before it checks.
    const written = domain.os?.machine?.value;
    const limit = caps.machineMaxCpus(written === '' ? undefined : written);
    if (!limit) {
      context.note(`${ID}: ${caps.source} does not give the vCPU limit of machine '${written || 'default'}'; not checked`);
      return;
    }
    if (count <= limit.maxCpus) return;
    const named = written && written !== limit.machine ? `'${written}' (${limit.machine})` : `'${limit.machine}'`;
    context.report({
      range: text.range,
      message: `${count} vCPUs is more than machine type ${named} takes: its limit is ${limit.maxCpus} (${caps.source}). libvirt refuses this domain; lower the <vcpu> count or use a machine type with a higher limit`,
    });
  },
});
