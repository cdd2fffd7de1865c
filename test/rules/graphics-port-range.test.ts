import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'graphics-port-range';
const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

describe(ID, () => {
  it("errs on port 5091 with autoport='no' (the 2011 seed document's port)", async () => {
    const doc = edit(SEED, [GR, "<graphics type='vnc' port='5091' autoport='no' listen='127.0.0.1'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "port='|5091'"))]);
  });
  it("errs on autoport='no' without a port", async () => {
    const doc = edit(SEED, [GR, "<graphics type='vnc' autoport='no' listen='127.0.0.1'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<|graphics type='vnc'"))]);
  });
  it("accepts autoport='yes' with any port, port='-1', and 5900 up", async () => {
    await expectClean(edit(SEED, [GR, "<graphics type='vnc' port='5091' autoport='yes' listen='127.0.0.1'>"]), ID);
    await expectClean(edit(SEED, [GR, "<graphics type='vnc' port='-1' listen='127.0.0.1'>"]), ID);
    await expectClean(SEED, ID);
  });
});
