// Differential tests against real libvirt (libvirtd, virsh) and jing with libvirt's schemas.
module.exports = {
  spec: ['dist/test/oracle/**/*.test.js'],
  timeout: 600000,
  reporter: 'spec',
};
