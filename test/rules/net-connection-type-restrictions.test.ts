import { edit, error, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';

const ID = 'net-connection-type-restrictions';
const M = "<model type='virtio'/>";

describe(ID, () => {
  it("errs on <coalesce> and port isolation for type='user'", async () => {
    const doc = edit(SEED, [M, `${M}<coalesce><rx><frames max='7'/></rx></coalesce><port isolated='yes'/>`]);
    await expectFindings(doc, ID, [error(pos(doc, '<|coalesce>')), error(pos(doc, "|isolated='yes'"))]);
  });
  it("warns on a VLAN tag for type='user' (libvirt only refuses at start)", async () => {
    const doc = edit(SEED, [M, `${M}<vlan><tag id='42'/></vlan>`]);
    await expectFindings(doc, ID, [warning(pos(doc, '<|vlan>'))]);
  });
  it('accepts them on a bridge with Open vSwitch', async () => {
    const doc = edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='ovsbr0'/><virtualport type='openvswitch'/>"], [M, `${M}<vlan><tag id='42'/></vlan><coalesce><rx><frames max='7'/></rx></coalesce>`]);
    await expectClean(doc, ID);
  });
});
