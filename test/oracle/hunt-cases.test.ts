import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { defineVerdict, isSchemaRefusal } from './define-verdict.js';
import { HUNT_CASES } from './hunt-cases.js';
import { describeOracle } from './libvirt.js';

/** The defined domain's name; VIRTLINT_DEFINE_PREFIX keeps parallel runs (one per branch) apart. */
const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fidelity-hunt-case`;

describeOracle("the fidelity hunt's cases: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", { needs: ['libvirtd'], tmp: 'virtlint-hunt-cases-' }, function (dir) {
  const capabilities = createCapabilityResolver({});
  for (const [i, c] of HUNT_CASES.entries()) {
    it(`${c.name}: libvirt ${c.refuses ? `refuses (${c.refuses})` : 'defines it'}, and so does virtlint`, async () => {
      const text = c.text.replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`).replace(/<uuid>[^<]*<\/uuid>/, '');
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, text);
      // The grammar verdicts (define --validate) must agree too; the rule verdict is plain define's.
      const validated = defineVerdict(file, NAME, true);
      const theirs = isSchemaRefusal(validated) ? defineVerdict(file, NAME, false) : validated;
      if (c.refuses) expect(theirs.message ?? 'defined', 'libvirt').to.include(c.refuses);
      else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
      const ours = await lintText(text, { filePath: file, capabilities });
      const oursSchemaInvalid = ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      expect(oursSchemaInvalid, `virtlint's grammar (libvirt: ${validated.message ?? 'valid'})`).to.equal(isSchemaRefusal(validated));
      const errors = ours.diagnostics.filter((d) => d.severity === 'error' && !d.ruleId.includes('/')).map((d) => `${d.ruleId}: ${d.message}`);
      if (c.rule) expect(errors.filter((e) => e.startsWith(`${c.rule}: `)), `virtlint's ${c.rule}`).to.have.length.greaterThan(0);
      else expect(errors, 'virtlint rule errors').to.deep.equal([]);
    });
  }
});
