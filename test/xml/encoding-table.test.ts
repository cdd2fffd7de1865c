/**
 * The committed encoding table (src/xml/encoding-table.ts) is this machine's: glibc's `iconv -l`
 * name by name, and as a whole what scripts/encoding-names.mjs builds (glibc, ICU, libxml2), so a
 * table left stale after the machine's libraries change fails here.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { icuKey } from '../../src/xml/encoding-match.js';
import { ENCODING_TABLE } from '../../src/xml/encoding-table.js';
import { REPO_ROOT } from '../helpers/paths.js';

describe('xml/encoding-table: the committed table against this machine', function () {
  this.timeout(120000);

  it("lists exactly the XML encoding names of glibc's `iconv -l`, upper-cased", () => {
    const r = spawnSync('iconv', ['-l'], { encoding: 'utf8' });
    expect(r.status).to.equal(0);
    // Each name ends with `//`; the ones with other slashes or colons (ISO-10646/UCS4/) are no XML EncName.
    const machine = new Set(r.stdout.split(/[,\s]+/).map((n) => n.replace(/\/\/$/, '')).filter((n) => /^[A-Za-z][A-Za-z0-9._-]*$/.test(n)).map((n) => n.toUpperCase()));
    const committed = new Set(ENCODING_TABLE.glibc.split(' '));
    expect(machine.size).to.be.greaterThan(1000);
    expect([...machine].filter((n) => !committed.has(n)), 'in iconv -l, not in the table').to.deep.equal([]);
    expect([...committed].filter((n) => !machine.has(n)), 'in the table, not in iconv -l').to.deep.equal([]);
  });

  it('is what scripts/encoding-names.mjs builds from this machine (glibc, ICU, libxml2)', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/encoding-names.mjs'), '--check'], { encoding: 'utf8', timeout: 110000 });
    expect(r.stderr + r.stdout).to.contain('is up to date');
    expect(r.status).to.equal(0);
  });

  it("compares ICU names as ICU does: case, all but letters and digits, and a number's leading zeros ignored", () => {
    expect(icuKey('x-Mac_Roman')).to.equal('xmacroman');
    expect(icuKey('IBM-0037')).to.equal('ibm37');
    expect(icuKey('ISO_8859-1:1987')).to.equal('iso885911987');
    // Zeros inside or at the end of a number, or not before a digit, stay.
    expect(icuKey('cp1000')).to.equal('cp1000');
    expect(icuKey('windows-1250')).to.equal('windows1250');
    expect(icuKey('a0b')).to.equal('a0b');
    expect(icuKey('x-0-7')).to.equal('x07');
  });
});
