/**
 * virtlint's verdict on the encoding an XML declaration names (known, or libvirt's "Unsupported
 * encoding NAME") against xmllint's, which uses the same libxml2 as libvirt
 * (test/oracle/encodings.test.ts confirms a sample with libvirtd): every name in the table, spellings
 * of them that the lookup treats alike or not, and a few hundred unknown and garbled names.
 */
import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { icuKey } from '../../src/xml/encoding-match.js';
import { isKnownEncoding } from '../../src/xml/encoding-names.js';
import { ENCODING_TABLE } from '../../src/xml/encoding-table.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { ENC_NAME, icuName, split, tableNames, variants } from './encoding-names-sample.js';

type Accepts = (names: readonly string[]) => Set<string>;

describe('xml/encoding-names: the same verdict as xmllint (libvirt\'s libxml2) on every name', function () {
  this.timeout(120000);

  it('accepts exactly the names xmllint accepts: all in the table, and a few hundred unknown and garbled ones refused', async () => {
    const { xmllintAccepts } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/encoding-names.mjs')).href)) as { xmllintAccepts: Accepts };
    const listed = tableNames();
    const icu = [...split(ENCODING_TABLE.icuAliases), ...split(ENCODING_TABLE.icuAlgorithmic)];
    expect(icu.filter((k) => icuKey(icuName(k).replace(/^x-(?=\d)/, '')) !== k)).to.deep.equal([]);
    const names = [...new Set([...listed, ...variants(listed)])].filter((n) => ENC_NAME.test(n));
    const accepted = xmllintAccepts(names);
    const disagreements = names.filter((n) => accepted.has(n) !== isKnownEncoding(n)).map((n) => `${n}: xmllint ${accepted.has(n) ? 'accepts' : 'refuses'} it`);
    expect(disagreements).to.deep.equal([]);
    expect(listed.filter((n) => !accepted.has(n)), 'table names xmllint refuses').to.deep.equal([]);
    // The comparison means something: thousands of names, several hundred of them refused.
    expect(names.length).to.be.greaterThan(3000);
    expect(names.length - accepted.size).to.be.greaterThan(300);
  });
});
