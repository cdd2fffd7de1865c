import { expect } from 'chai';
import { applyEdits } from '../../src/fix.js';
import { edit, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';

const ID = 'net-driver-attrs-nonvirtio';

describe(ID, () => {
  it('warns on txmode of an e1000 NIC and offers to remove it', async () => {
    const doc = edit(SEED, ["<model type='virtio'/>", "<model type='e1000'/>"], ["txmode='iothread' ioeventfd='off'", "txmode='iothread' queues='2'"]);
    const found = await expectFindings(doc, ID, [warning(pos(doc, "|txmode='iothread'")), warning(pos(doc, "|queues='2'"))]);
    const fixed = applyEdits(doc, [found[0]!.fix!.edits[0]!]).text;
    expect(fixed).to.include("<driver name='vhost' queues='2'/>");
  });
  it('warns on a NIC without <model> (rtl8139 on x86)', async () => {
    const doc = edit(SEED, ["<model type='virtio'/>", ''], ["txmode='iothread' ioeventfd='off'", "rx_queue_size='256'"]);
    await expectFindings(doc, ID, [warning(pos(doc, "|rx_queue_size"))]);
  });
  it('accepts the settings on virtio NICs', async () => {
    await expectClean(SEED, ID);
  });
});
