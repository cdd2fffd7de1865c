import rule from '../../rules/filesystem-virtiofs-readonly.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts a read-only 9p share in passthrough mode", code: addDevices(SEED, "<filesystem type='mount' accessmode='passthrough'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: "errs on read-only virtiofs (mapped access: filesystem-virtiofs-accessmode)",
      code: addDevices(
        edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]),
        "<filesystem type='mount' accessmode='mapped'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>",
      ),
      errors: [{ severity: 'error', near: '<|readonly/></filesystem>' }],
    },
  ],
});
