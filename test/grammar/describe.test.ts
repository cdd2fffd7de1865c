import { expect } from 'chai';
import { describeData, describeNamedType } from '../../src/grammar/describe.js';
import { XSD_LIBRARY } from '../../src/grammar/model.js';

const data = (type: string, params: Record<string, string> = {}) => ({
  kind: 'data' as const,
  library: XSD_LIBRARY,
  type,
  params: Object.entries(params).map(([name, value]) => ({ name, value })),
});

describe('grammar: datatypes in words', () => {
  it('names integer types and their ranges', () => {
    expect(describeData(data('unsignedInt'))).to.equal('an unsigned integer');
    expect(describeData(data('unsignedInt', { pattern: '[0-9]+', minInclusive: '1000', maxInclusive: '1000000' }))).to.equal('an integer from 1000 to 1000000');
    expect(describeData(data('unsignedShort', { minInclusive: '1' }))).to.equal('an integer from 1 to 65535');
    expect(describeData(data('int', { minExclusive: '-1' }))).to.equal('an integer from 0 to 2147483647');
    expect(describeData(data('integer', { maxInclusive: '7' }))).to.equal('an integer up to 7');
  });

  it('keeps a meaningful pattern and describes strings', () => {
    expect(describeData(data('string', { pattern: '0x[0-9a-f]+' }))).to.equal('text matching the pattern 0x[0-9a-f]+');
    expect(describeData(data('string', { minLength: '1', maxLength: '8' }))).to.equal('text of 1 to 8 characters');
    expect(describeData(data('dateTime'))).to.match(/^a date and time/);
  });

  it('prefers the words for a named type (the define a value comes through)', () => {
    expect(describeNamedType('absFilePath')).to.equal('an absolute path');
    expect(describeNamedType('UUID')).to.match(/^a UUID/);
    expect(describeNamedType('someUnknownDefine')).to.equal(undefined);
  });
});
