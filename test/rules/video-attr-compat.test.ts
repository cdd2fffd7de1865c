import rule from '../../rules/video-attr-compat.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts qxl memory settings and virtio 3D', code: addDevices(SEED, "<video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1'/></video><video><model type='virtio'><acceleration accel3d='yes'/></model></video>") },
  ],
  invalid: [
    {
      name: 'errs on ram for vga and vram below 1 MiB',
      code: edit(SEED, [VGA, "<model type='vga' vram='512' heads='1' ram='65536'/>"]),
      errors: [{ severity: 'error', near: "vram='|512'" }, { severity: 'error', near: "|ram='65536'" }],
    },
    {
      name: 'errs on accel3d for vga',
      code: edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1'><acceleration accel3d='yes'/></model>"]),
      errors: [{ severity: 'error', near: "|accel3d='yes'" }],
    },
  ],
});
