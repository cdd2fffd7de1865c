import rule from '../../rules/filesystem-mode-requires-mapped.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: "accepts fmode on virtiofs with accessmode='mapped' (refused for the accessmode: filesystem-virtiofs-accessmode)", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='mapped' fmode='644'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
  ],
  invalid: [
    {
      name: 'errs on fmode and dmode on virtiofs, with passthrough access and without an accessmode',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough' fmode='644'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount' dmode='755'><driver type='virtiofs'/><source dir='/srv'/><target dir='b'/></filesystem>"),
      errors: [
        { severity: 'error', near: "|fmode='644'", message: /virtiofs has no mapped mode: remove fmode/ },
        { severity: 'error', near: "|dmode='755'", message: /with accessmode='passthrough' it cannot apply/ },
      ],
    },
    {
      name: "errs on fmode without mapped access (type='file': filesystem-type-mount)",
      code: addDevices(SEED, "<filesystem type='file' accessmode='passthrough'><source file='/tmp/x.img'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough' fmode='644'><source dir='/tmp'/><target dir='b'/></filesystem>"),
      errors: [{ severity: 'error', near: "|fmode='644'" }],
    },
  ],
});
