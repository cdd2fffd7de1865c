Symbol.metadata ??= Symbol.for('Symbol.metadata');
export {};
//# sourceMappingURL=metadataShim.mjs.map