import { expect } from 'chai';
import { editDistance, editDistanceAtMost } from '../../src/edit-distance.js';

describe('editDistance (optimal string alignment)', () => {
  const cases: [string, string, number][] = [
    ['', '', 0],
    ['', 'abc', 3],
    ['domain', 'domain', 0],
    ['domian', 'domain', 1], // adjacent transposition
    ['iothreadz', 'iothread', 1],
    ['kitten', 'sitting', 3],
    ['ioeventdf', 'ioeventfd', 1],
    ['ca', 'abc', 3], // OSA, not Damerau: no edit of a transposed pair
    ['domainsnapshto', 'domainsnapshot', 1],
  ];
  for (const [a, b, d] of cases) {
    it(`'${a}' → '${b}' is ${d}, both ways`, () => {
      expect(editDistance(a, b)).to.equal(d);
      expect(editDistance(b, a)).to.equal(d);
    });
  }
});

describe('editDistanceAtMost', () => {
  it('is the distance when it is at most the bound, else undefined', () => {
    expect(editDistanceAtMost('domian', 'domain', 1)).to.equal(1);
    expect(editDistanceAtMost('kitten', 'sitting', 2)).to.equal(undefined);
    expect(editDistanceAtMost('kitten', 'sitting', 3)).to.equal(3);
    expect(editDistanceAtMost('domain', 'domain', 0)).to.equal(0);
  });

  it('is undefined when the lengths alone differ by more than the bound, both ways', () => {
    expect(editDistanceAtMost('domainsnapshot', 'domain', 2)).to.equal(undefined);
    expect(editDistanceAtMost('domain', 'domainsnapshot', 7)).to.equal(undefined);
    expect(editDistanceAtMost('domain', 'domainsnapshot', 8)).to.equal(8);
  });
});
