import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { defineVerdict } from './define-verdict.js';
import { HUNT_CASES } from './hunt-cases.js';
import { libvirtdAvailable } from './libvirt.js';

const NAME = 'fidelity-hunt-case';

describe("the fidelity hunt's cases: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", function () {
  let dir: string;
  before(function () {
    if (!libvirtdAvailable()) throw new Error('libvirtd (QEMU driver) is not running: run `bash .ci/setup` as root (see ../shared/ORACLE.md)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-hunt-cases-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const capabilities = createCapabilityResolver({});
  for (const [i, c] of HUNT_CASES.entries()) {
    it(`${c.name}: libvirt ${c.refuses ? `refuses (${c.refuses})` : 'defines it'}, and so does virtlint`, async () => {
      const text = c.text.replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`).replace(/<uuid>[^<]*<\/uuid>/, '');
      const file = path.join(dir, `case-${i}.xml`);
      fs.writeFileSync(file, text);
      const theirs = defineVerdict(file, NAME, true);
      if (c.refuses) expect(theirs.message ?? 'defined', 'libvirt').to.include(c.refuses);
      else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
      const ours = await lintText(text, { filePath: file, capabilities });
      const errors = ours.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
      if (c.rule) expect(errors.filter((e) => e.startsWith(`${c.rule}: `)), `virtlint's ${c.rule}`).to.have.length.greaterThan(0);
      else expect(errors, 'virtlint errors').to.deep.equal([]);
    });
  }
});
