import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-iothread-valid';
const DRV = "<driver name='qemu' type='qcow2' ioeventfd='on'/>";
const VCPU = "<vcpu placement='static'>1</vcpu>";

describe(ID, () => {
  it('errs on an IOThread the domain does not define', async () => {
    const doc = edit(SEED, [DRV, "<driver name='qemu' type='qcow2' iothread='1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "iothread='|1'"))]);
  });
  it('errs when <iothreadids> lists other ids than the one used', async () => {
    const doc = edit(SEED, [VCPU, `${VCPU}<iothreads>1</iothreads><iothreadids><iothread id='5'/></iothreadids>`], [DRV, "<driver name='qemu' type='qcow2' iothread='1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "iothread='|1'"))]);
  });
  it('errs on an IOThread for an IDE disk', async () => {
    const doc = edit(SEED, [VCPU, `${VCPU}<iothreads>1</iothreads>`], ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' iothread='1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "type='raw' iothread='|1'"))]);
  });
  it('accepts ids 1..N from <iothreads>N</iothreads>', async () => {
    const doc = edit(SEED, [VCPU, `${VCPU}<iothreads>2</iothreads>`], [DRV, "<driver name='qemu' type='qcow2' iothread='2'/>"]);
    await expectClean(doc, ID);
  });
});
