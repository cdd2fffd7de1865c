import rule from '../../rules/net-vhostuser-requires-virtio.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VU = "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a virtio vhost-user interface', code: edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']) },
    { name: 'leaves a vDPA interface of model e1000e to net-vdpa-model', code: addDevices(SEED, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='e1000e'/></interface>") },
  ],
  invalid: [
    {
      name: 'errs on an e1000 vhost-user interface',
      code: edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", ''], ["<model type='virtio'/>", "<model type='e1000'/>"]),
      errors: [{ severity: 'error', near: "<model type='|e1000'" }],
    },
  ],
});
