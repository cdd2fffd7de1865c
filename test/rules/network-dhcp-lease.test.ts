import rule from '../../rules/network-dhcp-lease.js';
import { ipWithDhcp, network, networkRuleTester } from './network-helpers.js';

const ranged = (lease: string): string => network(ipWithDhcp("address='192.168.9.1' prefix='24'", `<range start='192.168.9.2' end='192.168.9.9'>\n        ${lease}\n      </range>`));

networkRuleTester.run(rule, {
  valid: [
    { name: 'two minutes (the unit defaults to minutes)', code: ranged("<lease expiry='2'/>") },
    { name: 'near miss: 120 seconds', code: ranged("<lease expiry='120' unit='seconds'/>") },
    { name: 'one hour', code: ranged("<lease expiry='1' unit='hours'/>") },
    { name: '0: a lease that never expires', code: ranged("<lease expiry='0'/>") },
  ],
  invalid: [
    {
      name: 'one minute',
      code: ranged("<lease expiry='1'/>"),
      errors: [{ near: "expiry='|1'", message: "a DHCP lease of 1 minutes: libvirt refuses leases shorter than 2 minutes (dnsmasq's minimum). Write at least 2 minutes, or expiry='0' for a lease that never expires" }],
    },
    { name: '119 seconds', code: ranged("<lease expiry='119' unit='seconds'/>"), errors: [{ near: "expiry='|119'", message: /Write at least 120 seconds/ }] },
    {
      name: "a static host's lease of 60 seconds",
      code: network(ipWithDhcp("address='192.168.9.1' prefix='24'", "<host mac='52:54:00:00:00:01' ip='192.168.9.5'>\n        <lease expiry='60' unit='seconds'/>\n      </host>")),
      errors: [{ near: "expiry='|60'" }],
    },
  ],
});
