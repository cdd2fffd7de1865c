// Unit and integration tests (compiled by `npm run build` into dist/).
module.exports = {
  spec: ['dist/test/**/*.test.js'],
  ignore: ['dist/test/oracle/**', 'dist/test/fuzz/**/*.long.test.js'],
  timeout: 30000,
  reporter: 'spec',
};
