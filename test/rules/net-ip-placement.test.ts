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
  it("errs on addresses for type='ethernet' too (libvirt 9.0) and on an IPv6 prefix other than 64", async () => {
    const eth = edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], [M, `${M}<ip address='10.0.2.15' prefix='24'/>`]);
    await expectFindings(eth, ID, [error(pos(eth, '<|ip address'))]);
    const v6 = edit(SEED, [M, `${M}<ip address='fd00::5' prefix='56'/>`]);
    await expectFindings(v6, ID, [error(pos(v6, "prefix='|56'"))]);
  });
  it("accepts one IPv4 and one IPv6 guest address on type='user', and managed='no' on type='ethernet'", async () => {
    await expectClean(edit(SEED, [M, `${M}<ip address='10.0.2.15' prefix='24'/><ip address='fd00::5' prefix='64'/>`]), ID);
    await expectClean(edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], [M, `${M}<target dev='tap0' managed='no'/>`]), ID);
  });
});
