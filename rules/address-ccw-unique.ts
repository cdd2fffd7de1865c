import { deviceAddresses } from '../src/model/controllers.js';
import { isQemuDomain, isS390 } from '../src/model/machine.js';
import { parseCUnsigned } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'address-ccw-unique',
    description: "two devices of an s390x guest at one CCW address (the same cssid, ssid and devno, however the numbers are written)",
    defaultSeverity: 'error',
    libvirtMessages: ["The CCW devno '%s' is in use already"],
  },
  check(domain, context) {
    // Off s390x a CCW address is address-ccw-s390-only's.
    if (!isQemuDomain(domain) || !isS390(domain)) return;
    let seen: Map<string, { kind: string; line: number }> | undefined;
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      if (address.type?.value !== 'ccw' || !address.devno) continue;
      // libvirt reads the three numbers in base 0 ('0xfe', '254'); one that does not parse is the grammar's.
      const cssid = parseCUnsigned(address.cssid?.value);
      const ssid = parseCUnsigned(address.ssid?.value);
      const devno = parseCUnsigned(address.devno.value);
      if (cssid === undefined || ssid === undefined || devno === undefined) continue;
      const key = `${cssid.toString(16)}.${ssid.toString(16)}.${devno.toString(16).padStart(4, '0')}`;
      const first = (seen ??= new Map()).get(key);
      if (!first) {
        seen.set(key, { kind, line: address.range.start.line });
        continue;
      }
      context.report({ range: address.devno.range, message: `CCW address ${key} is already the address of the <${first.kind}> on line ${first.line}: libvirt refuses this domain. Give each device its own devno, or remove the addresses and let libvirt assign them` });
    }
  },
});
