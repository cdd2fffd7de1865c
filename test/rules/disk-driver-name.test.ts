import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-driver-name';

describe(ID, () => {
  it("errs on driver name 'tap'", async () => {
    const doc = edit(SEED, ["<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='tap' type='qcow2'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "name='|tap'"))]);
  });
  it("accepts 'qemu' and a driver without name", async () => {
    await expectClean(edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver type='raw'/>"]), ID);
  });
  it('does not apply to Xen domains', async () => {
    const doc = edit(SEED, ["<domain type='qemu'>", "<domain type='xen'>"], ["<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='tap' type='qcow2'/>"]);
    await expectClean(doc, ID);
  });
});
