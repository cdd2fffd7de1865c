import { expect } from 'chai';
import { bindingTargets, compareVersions, parseTarget, parseTargets, TargetError } from '../../src/targets/target.js';

describe('targets: parsing and comparing versions', () => {
  it('parses libvirt@X.Y.Z and qemu@X.Y', () => {
    expect(parseTarget('libvirt@8.0.0')).to.deep.equal({ product: 'libvirt', version: '8.0.0', parts: [8, 0, 0] });
    expect(parseTarget('qemu@6.2')).to.deep.equal({ product: 'qemu', version: '6.2', parts: [6, 2] });
  });

  it('refuses what is not product@version, with a message saying what is expected', () => {
    for (const bad of ['libvirt', 'libvirt@', 'libvirt@8.x', 'xen@4.1', '8.0.0', 'libvirt@8..0', 'libvirt@-1']) {
      expect(() => parseTarget(bad), bad).to.throw(TargetError, /expected libvirt@X\.Y\.Z or qemu@X\.Y/);
    }
    expect(() => parseTargets(42)).to.throw(TargetError);
    expect(() => parseTargets(['libvirt@8.0.0', 7])).to.throw(TargetError);
  });

  it('compares numerically, missing parts as zero', () => {
    expect(compareVersions([0, 9, 10], [0, 9, 3])).to.be.greaterThan(0); // not a string comparison
    expect(compareVersions([6, 2], [6, 2, 0])).to.equal(0);
    expect(compareVersions([1, 0, 0], [0, 99, 99])).to.be.greaterThan(0);
  });

  it('with several targets of one product, the oldest binds', () => {
    const b = bindingTargets(parseTargets(['libvirt@8.0.0', 'qemu@6.2', 'libvirt@6.0.0', 'libvirt@9.0.0']));
    expect(b.get('libvirt')?.version).to.equal('6.0.0');
    expect(b.get('qemu')?.version).to.equal('6.2');
  });
});
