import rule from '../../rules/filesystem-virtiofs-accessmode.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts virtiofs without an accessmode", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'leaves a model, multidevs and a shared target dir on virtiofs to filesystem-virtiofs-9p-options and filesystem-virtiofs-target-unique', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' model='virtio' multidevs='remap'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: "errs on virtiofs with mapped access (read-only: filesystem-virtiofs-readonly)",
      code: addDevices(
        edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]),
        "<filesystem type='mount' accessmode='mapped'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>",
      ),
      errors: [{ severity: 'error', near: "accessmode='|mapped'" }],
    },
  ],
});
