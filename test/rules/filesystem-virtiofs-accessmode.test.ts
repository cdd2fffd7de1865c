import rule from '../../rules/filesystem-virtiofs-accessmode.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts virtiofs without an accessmode", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (1)', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>") },
    { name: 'accepts a read-only 9p share with mapped access and fmode, and a plain virtiofs share (2)', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: "accepts multidevs='default' on virtiofs (libvirt 9.0 defines it)", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' multidevs='default'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>") },
    { name: 'accepts a virtiofs share and a 9p share with one target dir, and two virtiofs shares of one directory under two tags', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem><filesystem type='mount'><source dir='/srv'/><target dir='a'/></filesystem><filesystem type='mount'><driver type='virtiofs'/><source dir='/tmp'/><target dir='b'/></filesystem>") },
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
    {
      name: 'errs on a second virtiofs share with the same target dir (one of them socket-based), at its target',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount'><driver type='virtiofs'/><source socket='/run/fs.sock'/><target dir='data'/></filesystem>\n<filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='data'/></filesystem>"),
      errors: [{ severity: 'error', near: "<source dir='/srv'/><target dir='|data'", message: /on line \d+ already uses target dir 'data'/ }],
    },
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
