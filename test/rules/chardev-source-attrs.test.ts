import rule from '../../rules/chardev-source-attrs.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a udp serial with a connect-mode service beside its bind source', code: addDevices(SEED, "<serial type='udp'><source mode='bind' host='0.0.0.0' service='2222'/><source mode='connect' host='127.0.0.1' service='2223'/></serial>") },
    { name: 'accepts a virtio unix channel without path (libvirt generates it) (1)', code: Q35 },
    { name: 'accepts a virtio unix channel without path (libvirt generates it) (2)', code: addDevices(SEED, "<serial type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/><protocol type='telnet'/><target port='1'/></serial>") },
  ],
  invalid: [
    {
      name: "errs on a file serial without path",
      code: edit(SEED, ["<serial type='pty'>", "<serial type='file'>"]),
      errors: [{ severity: 'error', near: "<serial type='|file'" }],
    },
    {
      name: 'errs on a TCP serial without host, and a unix serial without path',
      code: addDevices(SEED, "<serial type='tcp'><source mode='connect' service='4555'/><protocol type='raw'/><target port='1'/></serial><serial type='unix'><source mode='bind'/><target port='2'/></serial>"),
      errors: [{ severity: 'error', near: "<|source mode='connect' service='4555'" }, { severity: 'error', near: "<|source mode='bind'/><target port='2'" }],
    },
    {
      name: 'errs on a udp serial with a bind-mode source only (its service is the local port, not the one to send to)',
      code: addDevices(SEED, "<serial type='udp'><source mode='bind' host='0.0.0.0' service='2222'/></serial>"),
      errors: [{ severity: 'error', near: "<|source mode='bind' host='0.0.0.0'" }],
    },
  ],
});
