import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { RULES_BY_ID } from '../../rules/index.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { defineVerdict, isSchemaRefusal } from './define-verdict.js';
import { ARCH_CASES } from './fid15-arch-cases.js';
import { describeOracle, messagePattern } from './libvirt.js';
import { missing, otherEmulator } from './other-arch.js';

/**
 * fid15-arch-cases.ts against libvirt 9.0's define: libvirt's verdict (plain `define` when the schema
 * step of `define --validate` refuses) is the pinned one, virtlint's grammar agrees with the schema
 * step, and the named rule errs with a message of its libvirtMessages, or no rule errs on a near miss.
 * VIRTLINT_DEFINE_PREFIX keeps parallel runs (one per branch) apart.
 */
const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid15-arch`;

describeOracle("guests of other architectures and guest sets: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", { needs: ['libvirtd'], tmp: 'virtlint-fid15-arch-' }, function (dir) {
  const capabilities = createCapabilityResolver({});
  for (const [i, c] of ARCH_CASES.entries()) {
    it(`${c.name}: libvirt ${c.refuses ? `refuses (${c.refuses})` : 'defines it'}, and so does virtlint`, async function () {
      const qemu = otherEmulator(c.emulator);
      if (!qemu) {
        console.log(`      ${missing(`qemu-system-${c.emulator}`, 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
        this.skip();
      }
      const text = c.text.replace('EMULATOR', qemu).replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`);
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, text);
      const validated = defineVerdict(file, NAME, true);
      const theirs = isSchemaRefusal(validated) ? defineVerdict(file, NAME, false) : validated;
      if (c.refuses) expect(theirs.message ?? 'defined', 'libvirt').to.include(c.refuses);
      else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
      const ours = await lintText(text, { filePath: file, capabilities });
      const oursSchemaInvalid = ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      expect(oursSchemaInvalid, `virtlint's grammar (libvirt: ${validated.message ?? 'valid'})`).to.equal(isSchemaRefusal(validated));
      const errors = ours.diagnostics.filter((d) => d.severity === 'error' && !d.ruleId.includes('/')).map((d) => `${d.ruleId}: ${d.message}`);
      if (!c.rule) {
        expect(errors, 'virtlint rule errors').to.deep.equal([]);
        return;
      }
      expect(errors.filter((e) => e.startsWith(`${c.rule}: `)), `virtlint's ${c.rule}`).to.have.length.greaterThan(0);
      const claimed = (RULES_BY_ID.get(c.rule)?.meta.libvirtMessages ?? []).some((t) => messagePattern(t).test(theirs.message ?? ''));
      expect(claimed, `${c.rule}'s libvirtMessages claim '${theirs.message}'`).to.equal(true);
    });
  }
});
