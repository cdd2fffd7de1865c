import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'video-count-rules';
const VGA = "<model type='vga' vram='9216' heads='1'/>";

describe(ID, () => {
  it("errs on model 'none' next to another video", async () => {
    const doc = addDevices(SEED, "<video><model type='none'/></video>");
    await expectFindings(doc, ID, [error(pos(doc, "<model type='|none'"))]);
  });
  it('errs on two primary videos', async () => {
    const doc = addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1' primary='yes'/>"]), "<video><model type='qxl' primary='yes'/></video>");
    await expectFindings(doc, ID, [error(pos(doc, "|primary='yes'/></video>"))]);
  });
  it('errs on a secondary vga and on heads=2 for vga', async () => {
    const doc = addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='2'/>"]), "<video><model type='vga'/></video>");
    await expectFindings(doc, ID, [error(pos(doc, "heads='|2'")), error(pos(doc, "<video><model type='|vga'/>"))]);
  });
  it('accepts a secondary qxl or virtio display', async () => {
    await expectClean(addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>"), ID);
  });
});
