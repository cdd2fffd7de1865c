import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'chardev-source-attrs';

describe(ID, () => {
  it("errs on a file serial without path", async () => {
    const doc = edit(SEED, ["<serial type='pty'>", "<serial type='file'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<serial type='|file'"))]);
  });
  it('errs on a TCP serial without host, and a unix serial without path', async () => {
    const doc = addDevices(SEED, "<serial type='tcp'><source mode='connect' service='4555'/><protocol type='raw'/><target port='1'/></serial><serial type='unix'><source mode='bind'/><target port='2'/></serial>");
    await expectFindings(doc, ID, [error(pos(doc, "<|source mode='connect' service='4555'")), error(pos(doc, "<|source mode='bind'/><target port='2'"))]);
  });
  it('accepts a virtio unix channel without path (libvirt generates it)', async () => {
    await expectClean(Q35, ID);
    await expectClean(addDevices(SEED, "<serial type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/><protocol type='telnet'/><target port='1'/></serial>"), ID);
  });
});
