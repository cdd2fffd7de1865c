import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'controller-virtio-scsi-only-attrs';

describe(ID, () => {
  it('errs on queues for a virtio-serial controller and iothread for lsilogic', async () => {
    const doc = addDevices(
      edit(SEED, ["<controller type='virtio-serial' index='0'>", "<controller type='virtio-serial' index='0'><driver queues='2'/>"]),
      "<controller type='scsi' index='0' model='lsilogic'><driver iothread='1'/></controller>",
    );
    await expectFindings(doc, ID, [error(pos(doc, "<driver |queues='2'/>")), error(pos(doc, "<driver |iothread='1'/>"))]);
  });
  it('accepts them on virtio-scsi', async () => {
    const doc = edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>1</vcpu><iothreads>1</iothreads>"]);
    await expectClean(addDevices(doc, "<controller type='scsi' index='0' model='virtio-scsi'><driver queues='2' iothread='1' cmd_per_lun='8'/></controller>"), ID);
  });
});
