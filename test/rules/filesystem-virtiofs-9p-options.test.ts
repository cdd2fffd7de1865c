import rule from '../../rules/filesystem-virtiofs-9p-options.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts multidevs='default' on virtiofs (libvirt 9.0 defines it)", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' multidevs='default'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a 9p share with a model and multidevs', code: addDevices(SEED, "<filesystem type='mount' accessmode='passthrough' model='virtio-non-transitional' multidevs='remap'><source dir='/tmp'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: 'errs on a model and on multidevs on virtiofs (9p settings)',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' model='virtio'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount' multidevs='remap'><driver type='virtiofs'/><source dir='/srv'/><target dir='b'/></filesystem>"),
      errors: [
        { severity: 'error', near: "|model='virtio'", message: /takes no model/ },
        { severity: 'error', near: "|multidevs='remap'", message: /multidevs='remap' is a 9p setting/ },
      ],
    },
  ],
});
