import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'graphics-combinations';
const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

describe(ID, () => {
  it('errs on a second VNC display', async () => {
    const doc = addDevices(SEED, "<graphics type='vnc' autoport='yes'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<graphics type='|vnc' autoport='yes'/>"))]);
  });
  it('errs on egl-headless next to sdl', async () => {
    const doc = addDevices(edit(SEED, [GR, "<graphics type='spice' autoport='yes'>"]), "<graphics type='egl-headless'/><graphics type='sdl'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<graphics type='|sdl'"))]);
  });
  it("errs on <listen type='network'> without network=", async () => {
    const doc = edit(SEED, ["<listen type='address' address='127.0.0.1'/>", "<listen type='network'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<listen |type='network'"))]);
  });
  it('accepts VNC with SPICE and egl-headless', async () => {
    await expectClean(addDevices(SEED, "<graphics type='spice' autoport='yes'/><graphics type='egl-headless'/>"), ID);
  });
});
