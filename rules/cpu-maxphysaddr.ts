import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cpu-maxphysaddr',
    description: "<cpu><maxphysaddr> combinations libvirt refuses: bits with mode='passthrough', mode='emulate' without bits",
    defaultSeverity: 'error',
    libvirtMessages: ["CPU maximum physical address bits number specification cannot be used with mode='passthrough'", "if using CPU maximum physical address mode='emulate', bits= must be specified too"],
  },
  check(domain, context) {
    const m = domain.cpuMaxphysaddr;
    const mode = m?.mode?.value;
    if (!m || !mode) return;
    // passthrough copies the host's width, so a written width contradicts it; emulate has no width but the one written.
    if (mode === 'passthrough' && m.bits) {
      context.report({ range: m.bits.range, message: "mode='passthrough' gives the guest the host's physical address width, so a bits= value has no place here: libvirt refuses this domain. Remove bits=, or use mode='emulate'" });
    } else if (mode === 'emulate' && !m.bits) {
      context.report({ range: m.mode!.range, message: "mode='emulate' needs the width to emulate: libvirt refuses this domain without bits=. Add bits='…' (e.g. 40), or use mode='passthrough'" });
    }
  },
});
