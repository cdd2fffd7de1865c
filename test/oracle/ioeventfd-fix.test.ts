/**
 * The disk ioeventfd fix against the running libvirtd: libvirt refuses each non-virtio-disk example
 * with the message the rule anticipates, and accepts the document once the fix is applied.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../src/fix.js';
import { lintText } from '../../src/linter/lint.js';
import { EXAMPLES } from '../helpers/paths.js';
import { describeOracle, libvirtVerdict } from './libvirt.js';

const REFUSAL = 'disk ioeventfd mode supported only for virtio bus';

describeOracle('oracle: the disk ioeventfd fix satisfies libvirtd', { needs: ['libvirtd'], tmp: 'virtlint-fix-oracle-' }, function (dir) {
  this.timeout(600000);

  for (const name of ['disk-ide-ioeventfd.xml', 'disk-sata-ioeventfd.xml', 'disk-scsi-ioeventfd.xml', 'disk-usb-ioeventfd.xml', 'disk-fdc-ioeventfd.xml']) {
    it(`${name}: refused for ioeventfd before the fix, accepted after`, async () => {
      // This host's QEMU 7.2 and a machine type it has (the examples name /usr/bin/qemu and pc-0.13).
      const text = fs
        .readFileSync(path.join(EXAMPLES, name), 'utf8')
        .replace(/<emulator>[^<]*<\/emulator>/, '<emulator>/usr/bin/qemu-system-x86_64</emulator>')
        .replace(/machine='[^']*'/, "machine='pc'");
      const before = path.join(dir(), `${name}.before.xml`);
      fs.writeFileSync(before, text);
      expect(libvirtVerdict(before).message).to.contain(REFUSAL);
      const d = (await lintText(text)).diagnostics.find((x) => x.ruleId === 'ioeventfd-requires-virtio');
      expect(d?.fix, 'the finding has a fix').to.not.equal(undefined);
      const after = path.join(dir(), `${name}.after.xml`);
      fs.writeFileSync(after, applyEdits(text, d!.fix!.edits).text);
      expect(libvirtVerdict(after)).to.deep.equal({ accepted: true });
    });
  }
});
