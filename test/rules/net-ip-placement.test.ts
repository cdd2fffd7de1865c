import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'net-ip-placement';
const M = "<model type='virtio'/>";

describe(ID, () => {
  it('errs on a guest address for a bridge interface', async () => {
    const doc = edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='br0'/>"], [M, `${M}<ip address='10.0.2.15' prefix='24'/>`]);
    await expectFindings(doc, ID, [error(pos(doc, "<|ip address"))]);
  });
  it("errs on a second IPv4 address, a bad prefix, a peer and a route on type='user'", async () => {
    const doc = edit(SEED, [M, `${M}<ip address='10.0.2.15' prefix='30' peer='10.0.2.1'/><ip address='10.0.3.15' prefix='24'/><route address='192.168.0.0' prefix='24' gateway='10.0.2.2'/>`]);
    await expectFindings(doc, ID, [error(pos(doc, "prefix='|30'")), error(pos(doc, "|peer=")), error(pos(doc, "<|ip address='10.0.3.15'")), error(pos(doc, '<|route '))]);
  });
  it("errs on managed='no' outside type='ethernet'", async () => {
    const doc = edit(SEED, [M, `${M}<target dev='tap0' managed='no'/>`]);
    await expectFindings(doc, ID, [error(pos(doc, "|managed='no'"))]);
  });
  it("accepts one guest address on type='user' and host-side addresses on type='ethernet'", async () => {
    await expectClean(edit(SEED, [M, `${M}<ip address='10.0.2.15' prefix='24'/><ip address='fd00::5' prefix='64'/>`]), ID);
    await expectClean(edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], [M, `${M}<target dev='tap0' managed='no'/><ip address='10.0.2.15' prefix='24'/><route address='192.168.0.0' prefix='24' gateway='10.0.2.2'/>`]), ID);
  });
});
