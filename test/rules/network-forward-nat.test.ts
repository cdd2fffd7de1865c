import rule from '../../rules/network-forward-nat.js';
import { network, networkRuleTester } from './network-helpers.js';

const IP = "<ip address='192.168.9.1' prefix='24'/>";
const nat = (forward: string, body: string, rest = IP): string => network(`<forward${forward}>\n    <nat>\n      ${body}\n    </nat>\n  </forward>\n  ${rest}`);

networkRuleTester.run(rule, {
  valid: [
    { name: 'an address range and a port range', code: nat(" mode='nat'", "<address start='10.0.0.1' end='10.0.0.9'/>\n      <port start='1024' end='65535'/>") },
    { name: 'near miss: a <forward> without mode is NAT; a one-port range', code: nat('', "<port start='1024' end='1024'/>") },
    { name: 'near miss: 65536 addresses (the last 16 bits)', code: nat(" mode='nat'", "<address start='10.0.0.0' end='10.0.255.255'/>") },
  ],
  invalid: [
    {
      name: "<nat> with mode='open'",
      code: nat(" mode='open'", "<port start='1024' end='2048'/>"),
      errors: [{ near: '<|nat', message: "<nat> sets the addresses and ports of NAT, and this network's forward mode is 'open': libvirt refuses the network. Remove <nat>, or use forward mode='nat'" }],
    },
    { name: "<nat> with mode='route'", code: nat(" mode='route'", "<address start='10.0.0.1' end='10.0.0.9'/>"), errors: [{ near: '<|nat', message: /forward mode is 'route'/ }] },
    {
      name: 'a reversed address range',
      code: nat(" mode='nat'", "<address start='10.0.0.9' end='10.0.0.1'/>"),
      errors: [{ near: "end='|10.0.0.1'", message: 'NAT address range 10.0.0.9 - 10.0.0.1 ends before it starts: libvirt refuses the network. Swap start and end' }],
    },
    { name: 'an address range over 16 bits', code: nat(" mode='nat'", "<address start='10.0.0.1' end='10.2.0.1'/>"), errors: [{ near: '<|address start', message: /spans more than the last 16 bits/ }] },
    { name: 'a reversed port range', code: nat(" mode='nat'", "<port start='1024' end='1023'/>"), errors: [{ near: "end='|1023'", message: 'NAT port range 1024 - 1023 ends before it starts: libvirt refuses the network. Swap start and end' }] },
  ],
});
