import rule from '../../rules/video-none-alone.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts model 'none' as the only video", code: edit(SEED, ["<model type='vga' vram='9216' heads='1'/>", "<model type='none'/>"]) },
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>") },
  ],
  invalid: [
    {
      name: "errs on model 'none' next to another video",
      code: addDevices(SEED, "<video><model type='none'/></video>"),
      errors: [{ severity: 'error', near: "<model type='|none'" }],
    },
  ],
});
