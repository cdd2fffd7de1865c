import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-io-native-cache';
const DRV = "<driver name='qemu' type='qcow2' ioeventfd='on'/>";

describe(ID, () => {
  it("errs on io='native' without cache", async () => {
    const doc = edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "io='|native'"))]);
  });
  it("errs on io='native' with cache='writeback'", async () => {
    const doc = edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native' cache='writeback'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "io='|native'"))]);
  });
  it("accepts cache='none' and cache='directsync', and io='threads'", async () => {
    await expectClean(edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native' cache='none'/>"]), ID);
    await expectClean(edit(SEED, [DRV, "<driver name='qemu' type='qcow2' cache='directsync' io='native'/>"]), ID);
    await expectClean(edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='threads'/>"]), ID);
  });
});
