import { edit, error, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';
import { expect } from 'chai';

const ID = 'disk-virtio-driver-attrs';
const CDROM_DRIVER = "<driver name='qemu' type='raw'/>";

describe(ID, () => {
  it('errs on event_idx and queues of an IDE cdrom, warns on queue_size', async () => {
    const doc = edit(SEED, [CDROM_DRIVER, "<driver name='qemu' type='raw' event_idx='on' queues='2' queue_size='256'/>"]);
    const found = await expectFindings(doc, ID, [error(pos(doc, "|event_idx='on'")), error(pos(doc, "|queues='2'")), warning(pos(doc, "|queue_size="))]);
    void expect(found[2]?.fix).to.not.equal(undefined);
  });
  it('accepts the same attributes on a virtio disk', async () => {
    const doc = edit(SEED, ["ioeventfd='on'/>", "event_idx='on' queues='2' queue_size='256'/>"]);
    await expectClean(doc, ID);
  });
  it('derives the bus from the target name when bus is missing', async () => {
    const doc = edit(SEED, [CDROM_DRIVER, "<driver name='qemu' type='raw' event_idx='off'/>"], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "|event_idx='off'"))]);
  });
});
