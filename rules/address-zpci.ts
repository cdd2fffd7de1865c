import { zpciAddress } from '../src/model/address.js';
import { deviceAddresses } from '../src/model/controllers.js';
import { archOf, isQemuDomain, isS390, isX86 } from '../src/model/machine.js';
import { parseCUnsigned } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

const hex = (n: number, width: number): string => `0x${n.toString(16).padStart(width, '0')}`;

export default defineRule({
  meta: {
    id: 'address-zpci',
    description: "zPCI ids (<zpci uid fid> in a PCI <address>) on a guest that is not s390x, a uid of 0, and two devices with one uid or one fid (however the numbers are written)",
    defaultSeverity: 'error',
    libvirtMessages: [
      "This QEMU binary doesn't support zPCI",
      // libvirt writes '0x%.4x' (a precision): the same text as '0x%04x', which the oracle's message patterns read.
      "Invalid PCI address uid='0x%04x', must be > 0x0000 and <= 0x%04x",
      'zPCI uid %u is already reserved',
      'zPCI fid %u is already reserved',
    ],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    const s390 = isS390(domain);
    let uids: Map<number, { kind: string; line: number }> | undefined;
    let fids: Map<number, { kind: string; line: number }> | undefined;
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      const zpci = zpciAddress(address);
      // An empty <zpci/> asks for nothing: libvirt 9.0 defines it on x86 too.
      if (!zpci || (!zpci.uid && !zpci.fid)) continue;
      if (!s390) {
        // Asked of libvirtd 9.0 with x86 q35 and aarch64 virt guests: zPCI is a device of QEMU's s390x emulator only.
        const guest = isX86(domain) ? 'an x86' : `an ${archOf(domain)}`;
        context.report({ range: zpci.nameRange, message: `zPCI ids exist only on s390x (QEMU's zpci device), not in ${guest} guest: libvirt refuses this domain. Remove <zpci>` });
        continue;
      }
      // libvirt reads both in base 0 ('0xa', '10', '012'); one that does not parse (or a uid above 0xffff) is the grammar's.
      const uid = parseCUnsigned(zpci.uid?.value);
      const fid = parseCUnsigned(zpci.fid?.value);
      if (zpci.uid && uid === 0) {
        context.report({ range: zpci.uid.range, message: `zPCI uid 0 is not a user id (they run from 0x0001 to 0xffff): libvirt refuses this domain. Use 0x0001 or above, or remove uid and let libvirt assign one` });
      } else if (zpci.uid && uid !== undefined) {
        const first = (uids ??= new Map()).get(uid);
        if (first) {
          context.report({ range: zpci.uid.range, message: `zPCI uid ${hex(uid, 4)} is already the uid of the <${first.kind}> on line ${first.line}: libvirt refuses this domain. Give each device its own uid, or remove uid and let libvirt assign one` });
        } else uids.set(uid, { kind, line: address.range.start.line });
      }
      if (zpci.fid && fid !== undefined) {
        const first = (fids ??= new Map()).get(fid);
        if (first) {
          context.report({ range: zpci.fid.range, message: `zPCI fid ${hex(fid, 8)} is already the fid of the <${first.kind}> on line ${first.line}: libvirt refuses this domain. Give each device its own fid, or remove fid and let libvirt assign one` });
        } else fids.set(fid, { kind, line: address.range.start.line });
      }
    }
  },
});
