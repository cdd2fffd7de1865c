import rule from '../../rules/video-count-rules.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>") },
  ],
  invalid: [
    {
      name: "errs on model 'none' next to another video",
      code: addDevices(SEED, "<video><model type='none'/></video>"),
      errors: [{ severity: 'error', near: "<model type='|none'" }],
    },
    {
      name: 'errs on two primary videos',
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1' primary='yes'/>"]), "<video><model type='qxl' primary='yes'/></video>"),
      errors: [{ severity: 'error', near: "|primary='yes'/></video>" }],
    },
    {
      name: 'errs on a secondary vga and on heads=2 for vga',
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='2'/>"]), "<video><model type='vga'/></video>"),
      errors: [{ severity: 'error', near: "heads='|2'" }, { severity: 'error', near: "<video><model type='|vga'/>" }],
    },
  ],
});
