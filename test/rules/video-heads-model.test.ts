import rule from '../../rules/video-heads-model.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>") },
  ],
  invalid: [
    {
      name: "errs on heads=2 for vga (the secondary vga: video-secondary-model)",
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='2'/>"]), "<video><model type='vga'/></video>"),
      errors: [{ severity: 'error', near: "heads='|2'" }],
    },
  ],
});
