import { isQemuDomain } from '../src/model/machine.js';
import type { Graphics } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'graphics-combinations',
    description: "two <graphics> of one type, egl-headless next to sdl/dbus or next to spice with OpenGL, <listen type='network'> without network=, rdp or desktop displays in a QEMU domain",
    defaultSeverity: 'error',
    libvirtMessages: [
      'only 1 graphics device of each type (sdl, vnc, spice, headless, dbus) is supported',
      "graphics type 'egl-headless' is only supported with one of: 'vnc', 'spice' graphics types",
      "'network' attribute is required for listen type 'network'",
      'multiple OpenGL displays are not supported by QEMU',
      '%s graphics are not supported with this QEMU',
    ],
  },
  check(domain, context) {
    const byType = new Map<string, Graphics>();
    for (let i = 0, list = domain.devices.graphics; i < list.length; i++) {
      const g = list[i]!;
      const type = g.type?.value;
      if (!type) continue;
      // RDP and desktop displays belong to VirtualBox; QEMU has neither.
      if ((type === 'rdp' || type === 'desktop') && isQemuDomain(domain)) {
        context.report({ range: g.type!.range, message: `QEMU has no '${type}' display (it is VirtualBox's): libvirt refuses this domain. Use type='vnc' or 'spice'` });
      }
      const first = byType.get(type);
      if (first) context.report({ range: g.type!.range, message: `a second '${type}' display: QEMU takes one display of each type, and the first is on line ${first.range.start.line}: libvirt refuses this domain` });
      else byType.set(type, g);
      for (let j = 0, inner = g.listens; j < inner.length; j++) {
        const l = inner[j]!;
        const lt = l.type;
        if (lt?.value === 'network' && !l.network) {
          context.report({ range: lt.attributeRange, message: `<listen type='network'> must name the libvirt network whose address to listen on (network='default'): libvirt refuses this domain` });
        }
      }
    }
    const egl = byType.get('egl-headless');
    if (egl) {
      for (const [type, g] of byType) {
        // egl-headless is itself an OpenGL display: a second one (spice's own GL) is refused.
        if (type === 'spice' && g.glEnable?.value === 'yes') context.report({ range: g.glEnable.attributeRange, message: `egl-headless already renders with OpenGL, and QEMU takes one OpenGL display: libvirt refuses spice <gl enable='yes'> next to it. Remove the egl-headless display or spice's <gl>` });
        if (type === 'egl-headless' || type === 'vnc' || type === 'spice') continue;
        context.report({ range: g.type!.range, message: `egl-headless only renders for a vnc or spice display, not for '${type}': libvirt refuses this domain` });
      }
    }
  },
});
