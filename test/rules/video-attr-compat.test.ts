import rule from '../../rules/video-attr-compat.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VGA = "<model type='vga' vram='9216' heads='1'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts qxl memory settings and virtio 3D', code: addDevices(SEED, "<video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1'/></video><video><model type='virtio'><acceleration accel3d='yes'/></model></video>") },
    { name: 'accepts a resolution on vga, qxl vgamem of 2048 and accel2d off', code: edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1'><resolution x='1024' y='768'/></model>"]).replace('</devices>', "<video><model type='qxl' vgamem='2048'><acceleration accel2d='no'/></model></video></devices>") },
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
    {
      name: 'errs on qxl vgamem below 1 MiB and not a power of two',
      code: addDevices(SEED, "<video><model type='qxl' vgamem='1000'/></video><video><model type='qxl' vgamem='3072'/></video>"),
      errors: [{ severity: 'error', near: "vgamem='|1000'" }, { severity: 'error', near: "vgamem='|3072'" }],
    },
    {
      name: 'errs on accel2d, a resolution on cirrus, a zero resolution and a ramfb address',
      code: edit(SEED, [VGA, "<model type='cirrus'><resolution x='1024' y='768'/><acceleration accel2d='yes'/></model>"]).replace('</devices>', "<video><model type='virtio'><resolution x='0' y='768'/></model></video><video><model type='ramfb'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0b' function='0x0'/></video></devices>"),
      errors: [{ severity: 'error', near: "|<resolution x='1024'" }, { severity: 'error', near: "|accel2d='yes'" }, { severity: 'error', near: "resolution x='|0'" }, { severity: 'error', near: "|<address type='pci' domain='0x0000' bus='0x00' slot='0x0b'" }],
    },
  ],
});
