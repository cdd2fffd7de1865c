import rule from '../../rules/video-secondary-model.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts a secondary virtio next to the primary vga", code: addDevices(SEED, "<video><model type='virtio'/></video>") },
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>") },
  ],
  invalid: [
    {
      name: "errs on a secondary vga (heads=2 on the primary vga: video-heads-model)",
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='2'/>"]), "<video><model type='vga'/></video>"),
      errors: [{ severity: 'error', near: "<video><model type='|vga'/>" }],
    },
  ],
});
