import rule from '../../rules/video-primary-unique.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts one primary='yes' with a secondary qxl", code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1' primary='yes'/>"]), "<video><model type='qxl'/></video>") },
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>") },
  ],
  invalid: [
    {
      name: "errs on two primary videos",
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1' primary='yes'/>"]), "<video><model type='qxl' primary='yes'/></video>"),
      errors: [{ severity: 'error', near: "|primary='yes'/></video>" }],
    },
  ],
});
