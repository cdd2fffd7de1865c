import { listForMessage, usableCapabilities } from '../src/caps/rule-support.js';
import { defineRule } from '../src/rule.js';

const ID = 'emulator-supports-machine';

export default defineRule({
  meta: {
    id: ID,
    description: '<os><type machine> names a machine type (or alias) the emulator does not provide',
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: ["Emulator '%s' does not support machine type '%s'"],
  },
  check(domain, context) {
    const machine = domain.os?.machine;
    if (!machine || machine.value === '') return; // libvirt picks the emulator's default machine
    const caps = usableCapabilities(context, ID);
    if (!caps) return;
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) {
      // Wrong emulator for the arch: that is the one finding (as in libvirt), not its machines.
      context.note(`${ID}: the emulator does not run arch '${arch}' (see emulator-supports-arch-and-type); machine not checked`);
      return;
    }
    // QEMU's 'none' machine (for probing) is one libvirt leaves out of its capabilities and refuses.
    const found = machine.value === 'none' ? null : caps.machine(machine.value);
    if (found === undefined) {
      context.note(`${ID}: ${caps.source} does not list machine types; '${machine.value}' not checked`);
      return;
    }
    if (found !== null) return;
    const aliases = (caps.profile.machines ?? []).filter((m) => m.alias).map((m) => `${m.alias} (${m.name})`);
    const count = caps.profile.machines?.length ?? 0;
    const hint = aliases.length > 0 ? `; it offers ${listForMessage(aliases)} and ${count - aliases.length} other machine types` : count > 0 ? `; it offers ${listForMessage(caps.machineNames())}` : '';
    context.report({
      range: machine.range,
      message: `The emulator does not provide machine type '${machine.value}' (${caps.source})${hint}`,
    });
  },
});
