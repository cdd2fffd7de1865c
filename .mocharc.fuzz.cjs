// `npm run fuzz`: the fuzz suite alone, with more cases (VIRTLINT_FUZZ_RUNS).
module.exports = {
  spec: ['dist/test/fuzz/**/*.test.js'],
  timeout: 0,
  reporter: 'spec',
};
