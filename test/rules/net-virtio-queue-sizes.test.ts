import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'net-virtio-queue-sizes';
const DRV = "<driver name='vhost' txmode='iothread' ioeventfd='off'/>";

describe(ID, () => {
  it('errs on queue sizes that are not powers of two', async () => {
    const doc = edit(SEED, [DRV, "<driver rx_queue_size='300' tx_queue_size='0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "rx_queue_size='|300'")), error(pos(doc, "tx_queue_size='|0'"))]);
  });
  it('accepts powers of two, and ignores non-virtio NICs (another rule warns there)', async () => {
    await expectClean(edit(SEED, [DRV, "<driver rx_queue_size='256' tx_queue_size='1024'/>"]), ID);
    await expectClean(edit(SEED, [DRV, "<driver tx_queue_size='300'/>"], ["<model type='virtio'/>", "<model type='e1000'/>"]), ID);
  });
});
