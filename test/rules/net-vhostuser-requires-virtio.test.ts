import rule from '../../rules/net-vhostuser-requires-virtio.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const VU = "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a virtio vhost-user interface', code: edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']) },
    { name: "accepts vDPA interfaces of model 'virtio' and without a model", code: addDevices(SEED, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='virtio'/></interface><interface type='vdpa'><source dev='/dev/vhost-vdpa-1'/></interface>") },
  ],
  invalid: [
    {
      name: 'errs on vDPA interfaces of models e1000e and virtio-non-transitional, at the model',
      code: addDevices(SEED, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='e1000e'/></interface><interface type='vdpa'><source dev='/dev/vhost-vdpa-1'/><model type='virtio-non-transitional'/></interface>"),
      errors: [
        { severity: 'error', near: "<model type='|e1000e'", message: /not 'e1000e'/ },
        { severity: 'error', near: "<model type='|virtio-non-transitional'", message: /not 'virtio-non-transitional'/ },
      ],
    },
    {
      name: 'errs on an e1000 vhost-user interface',
      code: edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", ''], ["<model type='virtio'/>", "<model type='e1000'/>"]),
      errors: [{ severity: 'error', near: "<model type='|e1000'" }],
    },
  ],
});
