import { defineRule } from '../src/rule.js';

const ID = 'emulator-missing';

export default defineRule({
  meta: {
    id: ID,
    description: '<emulator> names a binary that does not exist on this machine (checked only when probing is enabled)',
    defaultSeverity: 'warning',
    needsCapabilities: true,
    libvirtMessages: ['Cannot check QEMU binary %s: No such file or directory'],
  },
  check(domain, context) {
    const emulator = domain.emulator;
    if (!emulator || emulator.value === '') return;
    const caps = context.capabilities;
    if (!caps?.host.probeEnabled) {
      context.note(`${ID}: probing is off, so whether ${emulator.value} exists here is not checked`);
      return;
    }
    const origin = caps.profile.origin;
    if (!caps.isEmpty && origin !== 'probe') {
      // Capabilities from a file are how one lints for a machine that is not this one.
      context.note(`${ID}: capabilities come from ${caps.source}, so the absence of ${emulator.value} here is expected; not checked`);
      return;
    }
    if (caps.host.emulatorExists === false) {
      context.report({
        range: emulator.range,
        message: `The emulator ${emulator.value} does not exist on this machine; libvirt would refuse to define or start the domain here (use --no-probe when linting for another host)`,
      });
    }
  },
});
