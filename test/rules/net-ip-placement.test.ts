import rule from '../../rules/net-ip-placement.js';
import { edit, ruleTester, SEED } from './helpers.js';

const M = "<model type='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts one IPv4 and one IPv6 guest address on type='user', and managed='no' on type='ethernet' (1)", code: edit(SEED, [M, `${M}<ip address='10.0.2.15' prefix='24'/><ip address='fd00::5' prefix='64'/>`]) },
    { name: "accepts one IPv4 and one IPv6 guest address on type='user', and managed='no' on type='ethernet' (2)", code: edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], [M, `${M}<target dev='tap0' managed='no'/>`]) },
  ],
  invalid: [
    {
      name: 'errs on a guest address for a bridge interface',
      code: edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='br0'/>"], [M, `${M}<ip address='10.0.2.15' prefix='24'/>`]),
      errors: [{ severity: 'error', near: "<|ip address" }],
    },
    {
      name: "errs on a second IPv4 address, a bad prefix, a peer and a route on type='user'",
      code: edit(SEED, [M, `${M}<ip address='10.0.2.15' prefix='30' peer='10.0.2.1'/><ip address='10.0.3.15' prefix='24'/><route address='192.168.0.0' prefix='24' gateway='10.0.2.2'/>`]),
      errors: [{ severity: 'error', near: "prefix='|30'" }, { severity: 'error', near: "|peer=" }, { severity: 'error', near: "<|ip address='10.0.3.15'" }, { severity: 'error', near: '<|route ' }],
    },
    {
      name: "errs on managed='no' outside type='ethernet'",
      code: edit(SEED, [M, `${M}<target dev='tap0' managed='no'/>`]),
      errors: [{ severity: 'error', near: "|managed='no'" }],
    },
    {
      name: "errs on addresses for type='ethernet' too (libvirt 9.0) and on an IPv6 prefix other than 64 (1)",
      code: edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], [M, `${M}<ip address='10.0.2.15' prefix='24'/>`]),
      errors: [{ severity: 'error', near: '<|ip address' }],
    },
    {
      name: "errs on addresses for type='ethernet' too (libvirt 9.0) and on an IPv6 prefix other than 64 (2)",
      code: edit(SEED, [M, `${M}<ip address='fd00::5' prefix='56'/>`]),
      errors: [{ severity: 'error', near: "prefix='|56'" }],
    },
  ],
});
