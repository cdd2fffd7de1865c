import { expect } from 'chai';
import { editDistance } from '../../src/edit-distance.js';

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
