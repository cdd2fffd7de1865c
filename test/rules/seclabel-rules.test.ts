import rule from '../../rules/seclabel-rules.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const diskWith = (seclabels: string): string =>
  addDevices(Q35, `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/s.img'>${seclabels}</source><target dev='vdb' bus='virtio'/></disk>`);

const withSeclabels = (xml: string): string => edit(Q35, ['</devices>\n</domain>', `</devices>\n  ${xml}\n</domain>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a dynamic DAC label', code: withSeclabels("<seclabel type='dynamic' model='dac' relabel='yes'/>") },
    { name: 'accepts a static label with its <label>', code: withSeclabels("<seclabel type='static' model='dac' relabel='no'><label>0:0</label></seclabel>") },
    { name: "accepts relabel='no' without a type (libvirt reads it as type 'none')", code: withSeclabels("<seclabel model='dac' relabel='no'/>") },
    { name: 'accepts labels for two different models', code: withSeclabels("<seclabel type='none' model='dac'/><seclabel type='dynamic' model='selinux'/>") },
    { name: 'accepts per-disk labels for two models', code: diskWith("<seclabel model='dac' relabel='no'/><seclabel model='selinux' relabel='no'/>") },
  ],
  invalid: [
    {
      name: 'errs on two per-disk seclabels for one model',
      code: diskWith("<seclabel model='dac' relabel='no'/><seclabel model='dac' relabel='no'/>"),
      errors: [{ severity: 'error', near: "<seclabel model='|dac'", nth: 2 }],
    },
    {
      name: 'errs on two seclabels for the same model',
      code: withSeclabels("<seclabel type='dynamic' model='dac' relabel='yes'/><seclabel type='none' model='dac'/>"),
      errors: [{ severity: 'error', near: "<seclabel type='none' model='|dac'", message: /line \d+/ }],
    },
    {
      name: 'errs on a static label without <label>',
      code: withSeclabels("<seclabel type='static' model='dac' relabel='yes'/>"),
      errors: [{ severity: 'error', near: "type='|static'" }],
    },
    {
      name: "errs on a dynamic label with relabel='no'",
      code: withSeclabels("<seclabel type='dynamic' model='dac' relabel='no'/>"),
      errors: [{ severity: 'error', near: "relabel='|no'" }],
    },
    {
      name: 'errs on two <seclabel>s without a model, and on a model-less one beside a named one',
      code: edit(SEED, ['</devices>', "</devices><seclabel type='none'/><seclabel type='none'/>"]),
      errors: [{ severity: 'error', near: '<|seclabel', nth: 2, message: /second <seclabel> without a model/ }],
    },
    {
      name: 'errs on a model-less <seclabel> beside a named one',
      code: edit(SEED, ['</devices>', "</devices><seclabel type='none' model='dac'/><seclabel type='none'/>"]),
      errors: [{ severity: 'error', near: '<|seclabel', nth: 2, message: /each must name/ }],
    },
  ],
});
