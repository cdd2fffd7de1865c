import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'video-attr-compat';
const VGA = "<model type='vga' vram='9216' heads='1'/>";

describe(ID, () => {
  it('errs on ram for vga and vram below 1 MiB', async () => {
    const doc = edit(SEED, [VGA, "<model type='vga' vram='512' heads='1' ram='65536'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "vram='|512'")), error(pos(doc, "|ram='65536'"))]);
  });
  it('errs on accel3d for vga', async () => {
    const doc = edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1'><acceleration accel3d='yes'/></model>"]);
    await expectFindings(doc, ID, [error(pos(doc, "|accel3d='yes'"))]);
  });
  it('accepts qxl memory settings and virtio 3D', async () => {
    await expectClean(addDevices(SEED, "<video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1'/></video><video><model type='virtio'><acceleration accel3d='yes'/></model></video>"), ID);
  });
});
