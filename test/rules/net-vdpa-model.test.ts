import rule from '../../rules/net-vdpa-model.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
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
  ],
});
