import rule from '../../rules/graphics-combinations.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts egl-headless beside spice without OpenGL', code: addDevices(SEED, "<graphics type='spice' autoport='yes'><gl enable='no'/></graphics><graphics type='egl-headless'/>") },
    { name: 'accepts VNC with SPICE and egl-headless', code: addDevices(SEED, "<graphics type='spice' autoport='yes'/><graphics type='egl-headless'/>") },
  ],
  invalid: [
    {
      name: 'errs on a second VNC display',
      code: addDevices(SEED, "<graphics type='vnc' autoport='yes'/>"),
      errors: [{ severity: 'error', near: "<graphics type='|vnc' autoport='yes'/>" }],
    },
    {
      name: 'errs on egl-headless next to sdl',
      code: addDevices(edit(SEED, [GR, "<graphics type='spice' autoport='yes'>"]), "<graphics type='egl-headless'/><graphics type='sdl'/>"),
      errors: [{ severity: 'error', near: "<graphics type='|sdl'" }],
    },
    {
      name: "errs on <listen type='network'> without network=",
      code: edit(SEED, ["<listen type='address' address='127.0.0.1'/>", "<listen type='network'/>"]),
      errors: [{ severity: 'error', near: "<listen |type='network'" }],
    },
    {
      name: "errs on spice <gl enable='yes'> beside egl-headless (two OpenGL displays)",
      code: addDevices(SEED, "<graphics type='spice' autoport='yes'><gl enable='yes'/></graphics><graphics type='egl-headless'/>"),
      errors: [{ severity: 'error', near: "<gl |enable='yes'" }],
    },
    {
      name: 'errs on rdp and desktop displays in a QEMU domain',
      code: addDevices(SEED, "<graphics type='rdp'/><graphics type='desktop'/>"),
      errors: [{ severity: 'error', near: "<graphics type='|rdp'" }, { severity: 'error', near: "<graphics type='|desktop'" }],
    },
  ],
});
