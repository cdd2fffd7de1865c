Symbol.dispose ??= Symbol.for('Symbol.dispose');
export {};
//# sourceMappingURL=disposeShim.mjs.map