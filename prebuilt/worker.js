import { createRequire as __virtlintCreateRequire } from 'node:module'; const require = __virtlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// dist/src/diagnostic-ids.js
var DIAGNOSTIC_IDS, XML_PREFIX;
var init_diagnostic_ids = __esm({
  "dist/src/diagnostic-ids.js"() {
    "use strict";
    DIAGNOSTIC_IDS = {
      /** Not UTF-8/UTF-16 text, or an encoding declaration virtlint cannot honour. */
      xmlEncoding: "xml/encoding",
      xmlDoctype: "xml/doctype",
      xmlNotWellFormed: "xml/not-well-formed",
      xmlTooDeep: "xml/too-deep",
      xmlTooManyAttributes: "xml/too-many-attributes",
      xmlTooLarge: "xml/too-large",
      xmlUndeclaredPrefix: "xml/undeclared-prefix",
      schemaUnknownRoot: "schema/unknown-root",
      /** A root one typo away from a libvirt kind (<domian>). */
      schemaMisspelledRoot: "schema/misspelled-root",
      /** A libvirt root element in an XML namespace. */
      schemaRootNamespace: "schema/root-namespace",
      schemaInvalidValue: "schema/invalid-value",
      schemaInvalidContent: "schema/invalid-content",
      schemaMissingAttribute: "schema/missing-attribute",
      schemaMissingElement: "schema/missing-element",
      schemaUnexpectedElement: "schema/unexpected-element",
      schemaUnexpectedText: "schema/unexpected-text",
      schemaUnknownAttribute: "schema/unknown-attribute",
      /** A path that is not a readable regular file. */
      ioUnreadable: "io/unreadable",
      /** --fix computed fixes but did not write them (the file changed, vanished or is read-only). */
      ioFixNotWritten: "io/fix-not-written",
      /** A rule threw; the others' findings are kept. */
      ruleCrashed: "virtlint/rule-crashed",
      /** An inline disable comment that disabled nothing. */
      unusedDisable: "virtlint/unused-disable",
      /** A configuration problem shown in the editor. */
      config: "virtlint/config",
      /** virtlint could not check a document at all. */
      internal: "virtlint/internal",
      /**
       * The target check (src/targets, `--target`): something newer than a target libvirt or QEMU. A
       * pipeline step configured, disabled and listed like a rule, hence a rule-like id without a prefix.
       */
      requiresNewerLibvirt: "requires-newer-libvirt"
    };
    XML_PREFIX = "xml/";
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names3, c) => {
          if (c instanceof Name)
            names3[c.str] = (names3[c.str] || 0) + 1;
          return names3;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope3 = class {
      constructor({ prefixes: prefixes2, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes2;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope3;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope3 {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names3, constants) {
        if (!names3[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names3, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names3, constants) {
        if (this.lhs instanceof code_1.Name && !names3[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names3, constants);
        return this;
      }
      get names() {
        const names3 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names3, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names3, constants) {
        this.code = optimizeExpr(this.code, names3, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names3, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names3, constants))
            continue;
          subtractNames(names3, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names3, n) => addNames(names3, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names3, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names3, constants);
        if (!(super.optimizeNames(names3, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names3, constants);
        return this;
      }
      get names() {
        const names3 = super.names;
        addExprNames(names3, this.condition);
        if (this.else)
          addNames(names3, this.else.names);
        return names3;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names3, constants) {
        if (!super.optimizeNames(names3, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names3, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names3 = addExprNames(super.names, this.from);
        return addExprNames(names3, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names3, constants) {
        if (!super.optimizeNames(names3, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names3, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names3, constants) {
        var _a, _b;
        super.optimizeNames(names3, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names3, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names3, constants);
        return this;
      }
      get names() {
        const names3 = super.names;
        if (this.catch)
          addNames(names3, this.catch.names);
        if (this.finally)
          addNames(names3, this.finally.names);
        return names3;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names3, from) {
      for (const n in from)
        names3[n] = (names3[n] || 0) + (from[n] || 0);
      return names3;
    }
    function addExprNames(names3, from) {
      return from instanceof code_1._CodeOrName ? addNames(names3, from.names) : names3;
    }
    function optimizeExpr(expr, names3, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names3[n.str] !== 1)
          return n;
        delete names3[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names3[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names3, from) {
      for (const n in from)
        names3[n] = (names3[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names3 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names3;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl2(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl2;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path17) {
      let input = path17;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path17) {
      if (path17 === "" || path17[0] === "/") {
        return removeDotSegments(path17);
      }
      const segments = path17.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re2 = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re2.lastIndex = 0;
      return host.replace(re2, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            const normalizedHex = hex3.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            const normalizedHex = hex3.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            output += "%" + hex3.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            output += "%" + hex3.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            const normalizedHex = hex3.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex3 = input.slice(i + 1, i + 3);
          if (isHexPair(hex3)) {
            output += "%" + hex3.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port2 = String(component.port);
        if (!isPort(port2)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port2);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path17 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path17 && path17 !== "/" ? path17 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag: tag2, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag2}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag2 = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag2} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag: tag2, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag2} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag: tag2, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path17, { windows } = {}) => {
      const segs = path17.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote3 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          continue;
        }
        if (quote3 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils2();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils2();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// dist/src/xml/decode.js
function decodeBytes(bytes) {
  let text3;
  let encoding = "utf-8";
  if (bytes[0] === 255 && bytes[1] === 254) {
    text3 = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 254 && bytes[1] === 255) {
    text3 = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16be";
  } else {
    try {
      text3 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return encodingError(`The file is not valid UTF-8 (first bad byte at offset ${at}); libvirt XML must be UTF-8 \u2014 is this a binary file or another encoding?`);
    }
  }
  const checked = checkText(text3, encoding);
  if (!checked.ok)
    return checked;
  const body = text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
  if (declared) {
    const says16 = /^utf-?16/i.test(declared);
    if (encoding === "utf-8" && says16) {
      return encodingError(`The XML declaration names encoding '${declared}', but the file is UTF-8 (it has no UTF-16 byte-order mark); change the declaration to encoding='UTF-8'`);
    }
    if (encoding !== "utf-8" && !says16) {
      return encodingError(`The XML declaration names encoding '${declared}', but the file is UTF-16 (it starts with a UTF-16 byte-order mark); convert the file to UTF-8`);
    }
  }
  return checked;
}
function checkText(text3, encoding = "utf-8") {
  const body = text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
  const nul = text3.indexOf("\0");
  if (nul >= 0) {
    return encodingError(`The file contains a NUL byte (offset ${nul}); it looks binary, not XML`);
  }
  const decl = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(body);
  if (decl?.[1] && !/^(utf-?8|utf-?16(le|be)?|us-ascii|ascii)$/i.test(decl[1])) {
    return encodingError(`The XML declaration names encoding '${decl[1]}'; virtlint reads UTF-8 (and UTF-16 with a byte-order mark) \u2014 convert the file to UTF-8`);
  }
  return { ok: true, text: text3, encoding };
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 128)
      continue;
    const len = b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len === 0 || i + len > bytes.length)
      return i;
    const lo = b === 224 ? 160 : b === 240 ? 144 : 128;
    const hi = b === 237 ? 159 : b === 244 ? 143 : 191;
    const second = bytes[i + 1];
    if (second < lo || second > hi)
      return i;
    for (let k = 2; k < len; k++)
      if ((bytes[i + k] & 192) !== 128)
        return i;
    i += len - 1;
  }
  return bytes.length;
}
var START, AT_START, encodingError;
var init_decode = __esm({
  "dist/src/xml/decode.js"() {
    "use strict";
    init_diagnostic_ids();
    START = { line: 1, column: 1, offset: 0 };
    AT_START = { start: START, end: START };
    encodingError = (message) => ({
      ok: false,
      diagnostic: { ruleId: DIAGNOSTIC_IDS.xmlEncoding, severity: "error", message, range: AT_START }
    });
  }
});

// dist/src/files.js
import fs from "node:fs";
import path from "node:path";
function filesBelow(dir, accept) {
  const out = [];
  const walkDir = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory())
        walkDir(p);
      else if (accept(e))
        out.push(p);
    }
  };
  walkDir(dir);
  return out.sort();
}
function readBoundedRegularFile(file, options) {
  const { O_RDONLY, O_NONBLOCK, O_NOFOLLOW } = fs.constants;
  let pre;
  try {
    pre = options.followSymlinks ? fs.statSync(file) : fs.lstatSync(file);
  } catch {
    pre = void 0;
  }
  if (pre?.isSymbolicLink())
    throw new BoundedReadError(file, "ESYMLINK", "it is a symbolic link, which is not followed here");
  if (pre?.isDirectory())
    throw new BoundedReadError(file, "EISDIR", "it is a directory");
  if (pre && !pre.isFile())
    throw new BoundedReadError(file, "ENOTREG", "not a regular file (FIFO, socket or device)");
  let fd;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | (options.followSymlinks ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP" && !options.followSymlinks && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new BoundedReadError(file, "ESYMLINK", "it is a symbolic link, which is not followed here");
    }
    if (code === "ENOENT" && options.followSymlinks && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new BoundedReadError(file, "ENOENT", "it is a symbolic link to a file that does not exist");
    }
    if (code === "ENXIO")
      throw new BoundedReadError(file, "ENOTREG", "not a regular file (FIFO, socket or device)");
    throw new BoundedReadError(file, code ?? "EIO", errnoText(code, e));
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory())
      throw new BoundedReadError(file, "EISDIR", "it is a directory");
    if (!st.isFile())
      throw new BoundedReadError(file, "ENOTREG", "not a regular file (FIFO, socket or device)");
    if (st.size > options.maxBytes)
      throw new BoundedReadError(file, "ETOOBIG", `it is ${formatBytes(st.size)}, over the ${formatBytes(options.maxBytes)} limit`, st.size);
    let buf = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, st.size + 1));
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        if (n > options.maxBytes)
          throw new BoundedReadError(file, "ETOOBIG", `it grew over the ${formatBytes(options.maxBytes)} limit while being read`);
        const bigger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, Math.max(64 * 1024, buf.length * 2)));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      let got;
      try {
        got = fs.readSync(fd, buf, n, buf.length - n, null);
      } catch (e) {
        const code = e.code;
        throw new BoundedReadError(file, code ?? "EIO", errnoText(code, e));
      }
      if (got === 0)
        return buf.subarray(0, n);
      n += got;
    }
  } finally {
    fs.closeSync(fd);
  }
}
function readDocument(filePath, maxBytes = DEFAULT_MAX_BYTES, followSymlinks = true) {
  let bytes;
  try {
    bytes = readBoundedRegularFile(filePath, { maxBytes, followSymlinks });
  } catch (e) {
    if (!(e instanceof BoundedReadError))
      throw e;
    switch (e.code) {
      case "EISDIR":
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: it is a directory`);
      case "ENOTREG":
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: not a regular file (FIFO, socket or device)`);
      case "ESYMLINK":
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: it is a symbolic link found by a directory walk or glob, which virtlint does not follow (name the file to lint it)`);
      case "ETOOBIG":
        return fileProblem(DIAGNOSTIC_IDS.xmlTooLarge, `The file is ${e.size !== void 0 ? `${formatBytes(e.size)}, ` : ""}over the ${formatBytes(maxBytes)} limit for one document (raise it with --max-file-size)`);
      default:
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot read ${filePath}: ${e.reason}`);
    }
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : decoded;
}
function formatBytes(n) {
  if (n >= 1024 * 1024)
    return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024)
    return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
var DEFAULT_MAX_BYTES, MAX_CONFIG_BYTES, MAX_GRAMMAR_FILE_BYTES, MAX_RESULT_CACHE_BYTES, BoundedReadError, errnoText, START2, fileProblem;
var init_files = __esm({
  "dist/src/files.js"() {
    "use strict";
    init_diagnostic_ids();
    init_decode();
    DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    MAX_CONFIG_BYTES = 1024 * 1024;
    MAX_GRAMMAR_FILE_BYTES = 8 * 1024 * 1024;
    MAX_RESULT_CACHE_BYTES = 256 * 1024 * 1024;
    BoundedReadError = class extends Error {
      file;
      code;
      reason;
      size;
      constructor(file, code, reason, size) {
        super(`cannot read ${file}: ${reason}`);
        this.file = file;
        this.code = code;
        this.reason = reason;
        this.size = size;
      }
    };
    errnoText = (code, e) => code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "ENOTDIR" ? "a path component is not a directory" : code === "ENAMETOOLONG" ? "the name is too long" : code === "ELOOP" ? "too many symbolic links" : e.message;
    START2 = { line: 1, column: 1, offset: 0 };
    fileProblem = (ruleId, message) => ({
      ok: false,
      diagnostic: { ruleId, severity: "error", message, range: { start: START2, end: START2 } }
    });
  }
});

// dist/src/edit-distance.js
function editDistance(a, b) {
  let before = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}
var init_edit_distance = __esm({
  "dist/src/edit-distance.js"() {
    "use strict";
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    exports.S_LIST = [SPACE2, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE2 && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    exports.S_LIST = [SPACE2, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName3 = (name) => NC_NAME_RE.test(name);
    var isName2 = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser3 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName3;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName2;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE2 || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE2;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag2 = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag2.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag2);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text3 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text3.length !== 0) {
                    handler(text3 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text3 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text3.length !== 0) {
                    handler(text3 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr2 = { name, prefix, local, value };
        this.attribList.push(attr2);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr2);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr2 = { name, value };
        this.attribList.push(attr2);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr2);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag2 = tags.pop();
          this.fail(`unclosed tag: ${tag2.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text3 } = this;
        if (text3.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text3);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag2 = this.tag;
        {
          const { prefix, local } = this.qname(tag2.name);
          tag2.prefix = prefix;
          tag2.local = local;
          const uri = tag2.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag2.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag2;
        const seen = /* @__PURE__ */ new Set();
        for (const attr2 of attribList) {
          const { name, prefix, local } = attr2;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr2.uri = uri;
          attributes[name] = attr2;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag2 = this.tag;
        tag2.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag2);
        tags.push(tag2);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag2 = this.tag;
        tag2.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag2);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag2);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag2 = this.tag = tags.pop();
          this.topNS = tag2.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag2);
          if (tag2.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser3;
  }
});

// dist/src/xml/positions.js
var LineIndex;
var init_positions = __esm({
  "dist/src/xml/positions.js"() {
    "use strict";
    LineIndex = class {
      text;
      lineStarts;
      constructor(text3) {
        this.text = text3;
        const starts = [0];
        for (let i = 0; i < text3.length; i++) {
          const c = text3.charCodeAt(i);
          if (c === 10)
            starts.push(i + 1);
          else if (c === 13 && text3.charCodeAt(i + 1) !== 10)
            starts.push(i + 1);
        }
        this.lineStarts = starts;
      }
      get lineCount() {
        return this.lineStarts.length;
      }
      position(offset) {
        let clamped = Math.max(0, Math.min(offset, this.text.length));
        if (clamped > 0 && this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13)
          clamped--;
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if ((this.lineStarts[mid] ?? 0) <= clamped)
            lo = mid;
          else
            hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1, offset: clamped };
      }
      range(start, end) {
        return { start: this.position(start), end: this.position(end) };
      }
      /** Offset of the first character of a 1-based line (clamped to the text). */
      lineStart(line) {
        const idx = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
        return this.lineStarts[idx] ?? 0;
      }
      /** The range of a whole 1-based line, without its line terminator. */
      lineRange(line) {
        const start = this.lineStart(line);
        let end = line < this.lineStarts.length ? this.lineStart(line + 1) - 1 : this.text.length;
        if (end > start && this.text[end - 1] === "\r")
          end--;
        return this.range(start, Math.max(start, end));
      }
    };
  }
});

// dist/src/xml/parse.js
function parseXml(text3, given = {}) {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...given };
  const lines = new LineIndex(text3);
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const stack = [];
  const comments = [];
  let root;
  let cursor = 0;
  const fail = (ruleId, message, start, end) => {
    throw new StopParsing({ ruleId, severity: "error", message, range: lines.range(start, Math.max(start, end)) });
  };
  parser.on("doctype", (doctype) => {
    const end = parser.position;
    const start = text3.lastIndexOf("<!DOCTYPE", end);
    const declaresEntities = /<!ENTITY/i.test(doctype);
    fail(DIAGNOSTIC_IDS.xmlDoctype, declaresEntities ? "DOCTYPE with entity declarations is not allowed: libvirt XML has no DTD, and entities could expand or read files; remove the DOCTYPE" : "DOCTYPE is not allowed in libvirt XML; remove it", start >= 0 ? start : Math.max(0, end - doctype.length - 11), end);
  });
  parser.on("opentagstart", (tag2) => {
    const start = text3.indexOf(`<${tag2.name}`, cursor);
    const nameEnd = start + 1 + tag2.name.length;
    if (stack.length >= limits.maxDepth) {
      fail(DIAGNOSTIC_IDS.xmlTooDeep, `Elements are nested more than ${limits.maxDepth} levels deep; libvirt XML never needs this`, start, nameEnd);
    }
    const parent = stack[stack.length - 1];
    let sameNameIndex = 1;
    if (parent) {
      parent.childCounts ??= /* @__PURE__ */ new Map();
      sameNameIndex = (parent.childCounts.get(tag2.name) ?? 0) + 1;
      parent.childCounts.set(tag2.name, sameNameIndex);
    }
    const placeholder = lines.range(start, nameEnd);
    const el = {
      name: tag2.name,
      attributes: [],
      children: [],
      parent,
      text: "",
      range: placeholder,
      nameRange: lines.range(start + 1, nameEnd),
      startTagRange: placeholder,
      contentRange: placeholder,
      sameNameIndex,
      startOffset: start,
      contentStart: nameEnd,
      childCounts: void 0
    };
    if (parent)
      parent.children.push(el);
    else
      root = el;
    stack.push(el);
  });
  parser.on("opentag", (tag2) => {
    const el = stack[stack.length - 1];
    if (Object.keys(tag2.attributes).length > limits.maxAttributes) {
      fail(DIAGNOSTIC_IDS.xmlTooManyAttributes, `<${el.name}> has more than ${limits.maxAttributes} attributes; libvirt XML never needs this many`, el.nameRange.start.offset, el.nameRange.end.offset);
    }
    const scanned = scanStartTag(text3, el.nameRange.end.offset, lines);
    const tagEnd = scanned.end;
    cursor = tagEnd;
    const tagEndPosition = lines.position(tagEnd);
    el.startTagRange = { start: el.range.start, end: tagEndPosition };
    el.attributes = scanned.attributes;
    el.contentStart = tagEnd;
    if (tag2.isSelfClosing) {
      el.contentRange = { start: tagEndPosition, end: tagEndPosition };
      el.range = el.startTagRange;
      stack.pop();
    }
  });
  parser.on("closetag", (tag2) => {
    if (tag2.isSelfClosing)
      return;
    const el = stack.pop();
    if (!el)
      return;
    const endTagStart = text3.indexOf(`</${el.name}`, cursor);
    const end = text3.indexOf(">", endTagStart) + 1;
    cursor = end;
    el.contentRange = { start: el.startTagRange.end, end: lines.position(Math.max(el.contentStart, endTagStart)) };
    el.range = { start: el.startTagRange.start, end: lines.position(end) };
    el.childCounts = void 0;
  });
  const appendText = (t) => {
    const el = stack[stack.length - 1];
    if (el)
      el.text += t;
  };
  parser.on("text", appendText);
  parser.on("cdata", (t) => {
    appendText(t);
    cursor = text3.indexOf("]]>", text3.indexOf("<![CDATA[", cursor)) + 3;
  });
  parser.on("processinginstruction", () => {
    cursor = text3.indexOf("?>", text3.indexOf("<?", cursor)) + 2;
  });
  parser.on("comment", (c) => {
    const start = text3.indexOf("<!--", cursor);
    cursor = start + c.length + 7;
    comments.push({ text: c, range: lines.range(start, cursor) });
  });
  parser.on("error", (err) => {
    const at = Math.min(parser.position, text3.length);
    const message = err.message.replace(/^\S*?\d+:\d+: /, "");
    fail(DIAGNOSTIC_IDS.xmlNotWellFormed, `XML is not well-formed: ${message}`, Math.max(0, at - 1), at);
  });
  try {
    parser.write(text3).close();
  } catch (e) {
    if (e instanceof StopParsing)
      return { ok: false, diagnostic: e.diagnostic };
    throw e;
  }
  if (!root) {
    return {
      ok: false,
      diagnostic: { ruleId: DIAGNOSTIC_IDS.xmlNotWellFormed, severity: "error", message: "XML is not well-formed: the document has no root element", range: lines.range(0, 0) }
    };
  }
  return { ok: true, document: { text: text3, lines, root, comments } };
}
function scanStartTag(text3, from, lines) {
  const attributes = [];
  let i = from;
  for (; ; ) {
    const c = text3.charCodeAt(i);
    if (Number.isNaN(c))
      return { attributes, end: text3.length };
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 62)
      return { attributes, end: i + 1 };
    if (c === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < text3.length && !isSpace(text3.charCodeAt(i)) && text3[i] !== "=")
      i++;
    const nameEnd = i;
    while (i < text3.length && text3[i] !== '"' && text3[i] !== "'")
      i++;
    const quote3 = text3[i];
    const valueStart = i + 1;
    const valueEnd = quote3 ? text3.indexOf(quote3, valueStart) : -1;
    if (valueEnd < 0)
      return { attributes, end: text3.length };
    i = valueEnd + 1;
    attributes.push({
      name: text3.slice(nameStart, nameEnd),
      value: decodeAttributeValue(text3.slice(valueStart, valueEnd)),
      nameRange: lines.range(nameStart, nameEnd),
      valueRange: lines.range(valueStart, valueEnd),
      range: lines.range(nameStart, valueEnd + 1)
    });
  }
}
function decodeAttributeValue(raw) {
  return raw.replace(/\r\n?|[\t\n]/g, " ").replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref) => {
    if (ref.startsWith("#x"))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#"))
      return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return PREDEFINED[ref] ?? m;
  });
}
var import_saxes, DEFAULT_PARSE_LIMITS, StopParsing, isSpace, PREDEFINED;
var init_parse = __esm({
  "dist/src/xml/parse.js"() {
    "use strict";
    import_saxes = __toESM(require_saxes(), 1);
    init_positions();
    init_diagnostic_ids();
    DEFAULT_PARSE_LIMITS = { maxDepth: 256, maxAttributes: 1024 };
    StopParsing = class extends Error {
      diagnostic;
      constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
      }
    };
    isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
    PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  }
});

// dist/src/schema/kinds.js
function kindOfRoot(rootName) {
  return BY_ROOT.get(rootName);
}
var KIND_GRAMMARS, BY_ROOT, SUPPORTED_ROOTS;
var init_kinds = __esm({
  "dist/src/schema/kinds.js"() {
    "use strict";
    KIND_GRAMMARS = {
      domain: { root: "domain", file: "domain.rng", title: "virtual machine (domain)" },
      network: { root: "network", file: "network.rng", title: "virtual network" },
      pool: { root: "pool", file: "storagepool.rng", title: "storage pool" },
      volume: { root: "volume", file: "storagevol.rng", title: "storage volume" },
      domainsnapshot: { root: "domainsnapshot", file: "domainsnapshot.rng", title: "domain snapshot" },
      domaincheckpoint: { root: "domaincheckpoint", file: "domaincheckpoint.rng", title: "domain checkpoint" },
      filter: { root: "filter", file: "nwfilter.rng", title: "network filter" },
      secret: { root: "secret", file: "secret.rng", title: "secret" },
      interface: { root: "interface", file: "interface.rng", title: "host network interface" }
    };
    BY_ROOT = new Map(Object.entries(KIND_GRAMMARS).map(([kind, g]) => [g.root, kind]));
    SUPPORTED_ROOTS = [...BY_ROOT.keys()];
  }
});

// dist/src/schema/bundled.js
import { fileURLToPath } from "node:url";
var BUNDLED_SCHEMA_DIR, COMPILED_GRAMMAR_DIR;
var init_bundled = __esm({
  "dist/src/schema/bundled.js"() {
    "use strict";
    BUNDLED_SCHEMA_DIR = fileURLToPath(new URL("../../../schemas/", new URL("./src/schema/bundled.js", import.meta.url).href));
    COMPILED_GRAMMAR_DIR = fileURLToPath(new URL("../../grammars/", new URL("./src/schema/bundled.js", import.meta.url).href));
  }
});

// dist/src/grammar/describe.js
function describeNamedType(defineName) {
  return NAMED[defineName.toLowerCase()];
}
function describeData(data) {
  const p = (n) => data.params.find((x) => x.name === n)?.value.trim();
  const pattern = p("pattern");
  const range = INTEGER_RANGES[data.type];
  if (range) {
    const extraPattern = pattern !== void 0 && !/^\[0-9\]\+$|^\\d\+$/.test(pattern) ? ` matching the pattern ${pattern}` : "";
    const minEx = p("minExclusive");
    const maxEx = p("maxExclusive");
    const lo = p("minInclusive") ?? (minEx !== void 0 ? plusOne(minEx, 1) : void 0);
    const hi = p("maxInclusive") ?? (maxEx !== void 0 ? plusOne(maxEx, -1) : void 0);
    if (lo === void 0 && hi === void 0)
      return `${XSD_WORDS[data.type]}${extraPattern}`;
    const from = lo ?? range[0];
    const to = hi ?? range[1];
    const words2 = from !== void 0 && to !== void 0 ? `an integer from ${from} to ${to}` : from !== void 0 ? `an integer of at least ${from}` : `an integer up to ${to}`;
    return words2 + extraPattern;
  }
  let words = XSD_WORDS[data.type] ?? `a value of type ${data.type}`;
  if (pattern !== void 0) {
    words = data.type === "string" || data.type === "token" ? `text matching the pattern ${pattern}` : `${words} matching the pattern ${pattern}`;
  }
  const min = p("minInclusive") ?? (p("minExclusive") !== void 0 ? `more than ${p("minExclusive")}` : void 0);
  const max = p("maxInclusive") ?? (p("maxExclusive") !== void 0 ? `less than ${p("maxExclusive")}` : void 0);
  if (min !== void 0 && max !== void 0)
    words += ` from ${min} to ${max}`;
  else if (min !== void 0)
    words += ` of at least ${min}`;
  else if (max !== void 0)
    words += ` up to ${max}`;
  const len = p("length");
  const minLen = p("minLength");
  const maxLen = p("maxLength");
  if (len !== void 0)
    words += ` of exactly ${len} characters`;
  else if (minLen !== void 0 && maxLen !== void 0)
    words += ` of ${minLen} to ${maxLen} characters`;
  else if (minLen !== void 0)
    words += ` of at least ${minLen} characters`;
  else if (maxLen !== void 0)
    words += ` of at most ${maxLen} characters`;
  return words;
}
var NAMED, XSD_WORDS, INTEGER_RANGES, plusOne;
var init_describe = __esm({
  "dist/src/grammar/describe.js"() {
    "use strict";
    NAMED = {
      absfilepath: "an absolute path",
      absdirpath: "an absolute directory path",
      filepath: "a file path",
      dirpath: "a directory path",
      vmwarepath: "a VMware datastore path",
      uuid: "a UUID (such as 4dea22b3-1d52-d8f3-2516-782e98ab3fa0)",
      macaddr: "a MAC address (such as 52:54:00:12:34:56)",
      unimacaddr: "a unicast MAC address",
      unicastmacaddr: "a unicast MAC address",
      multimacaddr: "a multicast MAC address",
      multicastmacaddr: "a multicast MAC address",
      ipv4addr: "an IPv4 address",
      ipv6addr: "an IPv6 address",
      ipaddr: "an IP address",
      ipv4prefix: "an IPv4 prefix length (0 to 32)",
      ipv6prefix: "an IPv6 prefix length (0 to 128)",
      ipprefix: "a network prefix length",
      unsignedint: "an unsigned integer",
      unsignedlong: "an unsigned integer",
      unsignedshort: "an unsigned integer up to 65535",
      positiveinteger: "a positive integer",
      hexuint: "a hexadecimal number",
      hexnumber: "a hexadecimal number",
      octalmode: "an octal file mode (such as 0644)",
      uint8: "an integer from 0 to 255 (decimal or 0x hexadecimal)",
      uint16: "an integer from 0 to 65535 (decimal or 0x hexadecimal)",
      uint24: "an integer from 0 to 16777215 (decimal or 0x hexadecimal)",
      uint32: "an integer from 0 to 4294967295 (decimal or 0x hexadecimal)",
      cpuset: "a CPU list (such as '0-3,^2,8')",
      scaledinteger: "a size (an unsigned integer)",
      unit: "a size unit (such as 'KiB', 'MiB', 'GiB')",
      sizeunit: "a size unit (such as 'KiB', 'MiB', 'GiB')",
      objectname: "a name without slashes",
      objectnamewithslash: "a name",
      genericname: "a name (letters, digits, _ + - . : ,)",
      dnsname: "a DNS name",
      devicename: "a device name",
      zonename: "a zone name",
      portnumber: "a port number (-1 to 65535)",
      pcidomain: "a PCI domain number (such as 0x0000)",
      pcibus: "a PCI bus number (such as 0x00)",
      pcislot: "a PCI slot number (such as 0x1f)",
      pcifunc: "a PCI function number (0 to 7)",
      pcifunction: "a PCI function number (0 to 7)",
      wwn: "a World Wide Name (16 hexadecimal digits)",
      timedelta: "a number of seconds",
      archname: "a CPU architecture name",
      archnames: "a CPU architecture name",
      dbusaddr: "a D-Bus address",
      dbusaddress: "a D-Bus address",
      yesno: "'yes' or 'no'",
      viryesno: "'yes' or 'no'",
      onoff: "'on' or 'off'",
      vironoff: "'on' or 'off'"
    };
    XSD_WORDS = {
      string: "text",
      token: "text",
      normalizedString: "text",
      int: "an integer",
      integer: "an integer",
      long: "an integer",
      short: "an integer",
      byte: "an integer",
      unsignedInt: "an unsigned integer",
      unsignedLong: "an unsigned integer",
      unsignedShort: "an unsigned integer up to 65535",
      unsignedByte: "an unsigned integer up to 255",
      nonNegativeInteger: "an unsigned integer",
      positiveInteger: "a positive integer",
      negativeInteger: "a negative integer",
      nonPositiveInteger: "a negative integer or 0",
      decimal: "a decimal number",
      double: "a number",
      float: "a number",
      boolean: "'true' or 'false'",
      dateTime: "a date and time (such as 2024-01-31T12:00:00)",
      date: "a date",
      anyURI: "a URI",
      NCName: "a name without colons",
      Name: "an XML name",
      QName: "a qualified name",
      ID: "an identifier",
      IDREF: "an identifier reference",
      hexBinary: "hexadecimal data",
      base64Binary: "base64 data"
    };
    INTEGER_RANGES = {
      integer: [void 0, void 0],
      long: ["-9223372036854775808", "9223372036854775807"],
      int: ["-2147483648", "2147483647"],
      short: ["-32768", "32767"],
      byte: ["-128", "127"],
      nonNegativeInteger: ["0", void 0],
      positiveInteger: ["1", void 0],
      unsignedLong: ["0", "18446744073709551615"],
      unsignedInt: ["0", "4294967295"],
      unsignedShort: ["0", "65535"],
      unsignedByte: ["0", "255"],
      negativeInteger: [void 0, "-1"],
      nonPositiveInteger: [void 0, "0"]
    };
    plusOne = (v, d) => /^-?\d{1,15}$/.test(v) ? String(Number(v) + d) : v;
  }
});

// dist/src/grammar/document-names.js
function namespacesInScope(el) {
  const chain = [];
  for (let cur = el; cur; cur = cur.parent)
    chain.push(cur);
  const map = /* @__PURE__ */ new Map();
  for (const e of chain.reverse()) {
    for (const a of e.attributes) {
      if (a.name === "xmlns")
        map.set("", a.value);
      else if (a.name.startsWith("xmlns:"))
        map.set(a.name.slice(6), a.value);
    }
  }
  return map;
}
function grammarNameOf(el, scope = namespacesInScope(el)) {
  const i = el.name.indexOf(":");
  const prefix = i < 0 ? "" : el.name.slice(0, i);
  const local = i < 0 ? el.name : el.name.slice(i + 1);
  const ns = scope.get(prefix) ?? "";
  return ns ? `{${ns}}${local}` : local;
}
function grammarPathOf(el) {
  const out = [];
  for (let cur = el; cur; cur = cur.parent)
    out.push(grammarNameOf(cur));
  return out.reverse();
}
function attributeMapOf(el, scope = namespacesInScope(el)) {
  const out = /* @__PURE__ */ new Map();
  for (const a of el.attributes) {
    if (a.name === "xmlns" || a.name.startsWith("xmlns:"))
      continue;
    const i = a.name.indexOf(":");
    if (i < 0) {
      out.set(a.name, a.value);
      continue;
    }
    const prefix = a.name.slice(0, i);
    const ns = prefix === "xml" ? "http://www.w3.org/XML/1998/namespace" : scope.get(prefix);
    out.set(ns ? `{${ns}}${a.name.slice(i + 1)}` : a.name, a.value);
  }
  return out;
}
function elementsFor(index, el) {
  const chain = [];
  for (let cur = el; cur; cur = cur.parent)
    chain.push(cur);
  chain.reverse();
  let current = [];
  for (const [i, e] of chain.entries()) {
    const scope = namespacesInScope(e);
    const name = grammarNameOf(e, scope);
    const pool = i === 0 ? index.elementsAt([name]) : index.childInfos(current, name);
    const attrs = attributeMapOf(e, scope);
    current = pool.map((c) => index.specialize(c, attrs));
    if (current.length === 0)
      break;
  }
  return current;
}
var init_document_names = __esm({
  "dist/src/grammar/document-names.js"() {
    "use strict";
  }
});

// dist/src/schema/wording.js
var wording_exports = {};
__export(wording_exports, {
  describeValueSpec: () => describeValueSpec,
  schemaDiagnostics: () => schemaDiagnostics,
  textRange: () => textRange
});
function orList(items) {
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED - 1), `\u2026 (${items.length - MAX_LISTED + 1} more)`] : [...items];
  if (shown.length <= 1)
    return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}
function describeValueSpec(spec) {
  const parts = [...spec.values.map(quote), ...spec.forms];
  return parts.length === 0 ? "nothing (the grammar allows no value here)" : orList(parts);
}
function displayName(name, scope) {
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  if (!m)
    return name;
  for (const [prefix, uri] of scope ?? [])
    if (uri === m[1] && prefix)
      return `${prefix}:${m[2]}`;
  return m[2];
}
function closest(name, options) {
  if (name.length > 64)
    return void 0;
  let best;
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(localName2(name).toLowerCase(), localName2(o).toLowerCase());
    if (d < bestD)
      [best, bestD] = [o, d];
  }
  return best !== void 0 && bestD <= Math.max(1, Math.floor(localName2(name).length / 4)) && bestD > 0 ? best : void 0;
}
function textRange(doc, el) {
  const gaps = [];
  let from = el.contentRange.start.offset;
  for (const c of el.children) {
    gaps.push([from, c.range.start.offset]);
    from = c.range.end.offset;
  }
  gaps.push([from, el.contentRange.end.offset]);
  for (const [s, e] of gaps) {
    const raw = doc.text.slice(s, e).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => " ".repeat(m.length)).replace(/<!\[CDATA\[|\]\]>/g, (m) => " ".repeat(m.length));
    const first = raw.search(/\S/);
    if (first < 0)
      continue;
    const last = raw.length - (raw.length - raw.trimEnd().length);
    return doc.lines.range(s + first, s + last);
  }
  return el.nameRange;
}
function elementLabel(el) {
  return el.parent ? `<${el.name}> (in <${el.parent.name}>)` : `<${el.name}>`;
}
function unionSpecs(specs) {
  const present = specs.filter((s) => s !== void 0);
  if (present.length === 0)
    return void 0;
  return { values: [...new Set(present.flatMap((s) => s.values))], forms: [...new Set(present.flatMap((s) => s.forms))] };
}
function engineSpec(expected) {
  if (expected.values.length === 0 && expected.datatypes.length === 0)
    return void 0;
  const forms = expected.datatypes.map((d) => describeData({ kind: "data", library: d.library, type: d.type, params: d.params }));
  return { values: [...new Set(expected.values)], forms: [...new Set(forms)] };
}
function chooseSpec(fromEngine, fromIndex) {
  if (!fromEngine)
    return fromIndex ?? { values: [], forms: [] };
  if (!fromIndex)
    return fromEngine;
  const values = fromEngine.values.length > 0 ? fromEngine.values : fromIndex.values;
  const forms = fromEngine.forms.length === 0 ? [] : fromIndex.forms.length > 0 ? fromIndex.forms : fromEngine.forms;
  return { values, forms };
}
function attributeOwners(root) {
  const owners = /* @__PURE__ */ new Map();
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop();
    for (const a of el.attributes)
      owners.set(a, el);
    for (const c of el.children)
      stack.push(c);
  }
  return owners;
}
function attributeGrammarName(a, scope) {
  const i = a.name.indexOf(":");
  if (i < 0)
    return a.name;
  const prefix = a.name.slice(0, i);
  const ns = prefix === "xml" ? "http://www.w3.org/XML/1998/namespace" : scope.get(prefix);
  return ns ? `{${ns}}${a.name.slice(i + 1)}` : a.name;
}
function unexpectedElement(ctx, e, el) {
  const parent = el.parent;
  if (!parent)
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> cannot be the document element here`, el.nameRange);
  const scope = ctx.scopeOf(el);
  const own2 = e.name ? clarkOf(e.name) : el.name;
  const parentScope = ctx.scopeOf(parent);
  const parentName = ctx.pathOf(parent).at(-1);
  const allowedHere = [...new Set(e.expected.elements.filter((n) => !isWildcard(n)).map(clarkOf))].filter((n) => !n.startsWith("{") || displayName(n, parentScope) !== localName2(n));
  const index = ctx.index;
  const count = ctx.sameNamed(parent, el.name);
  if (count > 1 && el.sameNameIndex > 1 && !allowedHere.includes(own2)) {
    const infos = index ? ctx.infosOf(parent).flatMap((c) => c.children.filter((ch) => ch.name === own2)) : [];
    if (infos.length > 0 && infos.every((ch) => !ch.repeatable)) {
      return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> appears ${count} times in <${parent.name}>; it may appear only once`, el.nameRange);
    }
    if (infos.length > 0) {
      return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed here in <${parent.name}>: it is repeated, out of order, or not allowed together with its siblings`, el.nameRange);
    }
  }
  const allHomes = index ? index.parentsOf(own2) : [];
  const homes = allHomes.filter((h) => h !== parentName);
  if (allHomes.includes(parentName) && allowedHere.length > 0) {
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed in this form of <${parent.name}>, which takes ${andList(allowedHere.map((n) => tag(n, parentScope)))} here`, el.nameRange);
  }
  if (allHomes.includes(parentName)) {
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed here in <${parent.name}>: it is repeated, out of order, or not allowed together with its siblings`, el.nameRange);
  }
  if (homes.length > 0) {
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed in <${parent.name}>; it belongs in ${orList(homes.map((h) => tag(h, scope)))}`, el.nameRange);
  }
  const guess = closest(own2, allowedHere);
  let message = `Unknown element <${el.name}> in <${parent.name}>`;
  if (allowedHere.length > 0)
    message += `; allowed in <${parent.name}>: ${andList(allowedHere.map((n) => tag(n, parentScope)))}`;
  else
    message += ` (<${parent.name}> takes no child elements here)`;
  if (guess)
    message += `. Did you mean ${tag(guess, parentScope)}?`;
  return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, message, el.nameRange);
}
function unexpectedAttribute(ctx, e, a, rejected) {
  const el = ctx.ownerOf(a);
  const scope = ctx.scopeOf(el);
  const accepted = ctx.acceptedAttributes(el, rejected);
  const names3 = [.../* @__PURE__ */ new Set([...accepted, ...e.expected.attributes.filter((n) => !isWildcard(n)).map(clarkOf)])].map((n) => displayName(n, scope));
  const own2 = attributeGrammarName(a, scope);
  const index = ctx.index;
  const elsewhere = index ? index.elementsAt(ctx.pathOf(el)).some((c) => c.attributes.some((x) => x.name === own2)) : false;
  if (elsewhere && !names3.includes(a.name)) {
    const others = el.attributes.filter((x) => x !== a && !isNamespaceDecl2(x)).slice(0, 8).map((x) => `${x.name}='${x.value}'`);
    const allowed2 = names3.length > 0 ? `; allowed attributes here: ${andList(names3)}` : "";
    return diag(DIAGNOSTIC_IDS.schemaUnknownAttribute, `Attribute '${a.name}' is not allowed on ${elementLabel(el)} ${others.length > 0 ? `together with ${andList(others)}` : "in this context"}${allowed2}`, a.nameRange);
  }
  const guess = closest(a.name, names3);
  const allowed = names3.length > 0 ? `allowed attributes: ${andList(names3)}` : `<${el.name}> takes no attributes`;
  return diag(DIAGNOSTIC_IDS.schemaUnknownAttribute, `Attribute '${a.name}' is not allowed on ${elementLabel(el)}; ${allowed}${guess ? `. Did you mean '${guess}'?` : ""}`, a.nameRange);
}
function invalidAttributeValue(ctx, e, a) {
  const el = ctx.ownerOf(a);
  const scope = ctx.scopeOf(el);
  const name = attributeGrammarName(a, scope);
  const { narrowed, general } = ctx.attributeSpecs(el, name);
  const spec = chooseSpec(engineSpec(e.expected), narrowed);
  let together = "";
  const value = a.value.replace(/[ \t\r\n]+/g, " ").trim();
  if (general && (general.values.includes(a.value) || general.values.includes(value)) && !spec.values.includes(value)) {
    const chosenBy = el.attributes.filter((o) => {
      if (o === a || isNamespaceDecl2(o))
        return false;
      const s = ctx.attributeSpecs(el, attributeGrammarName(o, scope)).general;
      return s !== void 0 && s.forms.length === 0 && s.values.length > 0;
    });
    if (chosenBy.length > 0)
      together = ` with ${andList(chosenBy.map((o) => `${o.name}='${o.value}'`))}`;
  }
  return diag(DIAGNOSTIC_IDS.schemaInvalidValue, `Invalid value ${quote(a.value)} for attribute '${a.name}' of ${elementLabel(el)}${together}: expected ${describeValueSpec(spec)}`, a.valueRange);
}
function invalidText(ctx, e, el) {
  const index = ctx.index;
  const fromIndex = index ? unionSpecs(ctx.infosOf(el).map((c) => c.text)) : void 0;
  const spec = chooseSpec(engineSpec(e.expected), fromIndex);
  const described = spec.values.length + spec.forms.length > 0 ? `: expected ${describeValueSpec(spec)}` : "";
  return diag(DIAGNOSTIC_IDS.schemaInvalidValue, `Invalid content ${quote(el.text.trim())} in ${elementLabel(el)}${described}`, textRange(ctx.doc, el));
}
function missingAttribute(ctx, e, el) {
  const scope = ctx.scopeOf(el);
  const present = new Set(el.attributes.map((x) => attributeGrammarName(x, scope)));
  const names3 = [...new Set(e.expected.attributes.filter((n) => !isWildcard(n)).map(clarkOf))].filter((n) => !present.has(n));
  if (names3.length === 0)
    return e.expected.attributes.length > 0 ? void 0 : diag(DIAGNOSTIC_IDS.schemaMissingAttribute, `${elementLabel(el)} is missing a required attribute`, el.nameRange);
  return diag(DIAGNOSTIC_IDS.schemaMissingAttribute, `${elementLabel(el)} is missing the required attribute${names3.length > 1 ? "s" : ""} ${andList(names3.map((n) => `'${displayName(n, scope)}'`))}`, el.nameRange);
}
function incompleteContent(ctx, e, el) {
  const scope = ctx.scopeOf(el);
  let names3 = [...new Set(e.expected.elements.filter((n) => !isWildcard(n)).map(clarkOf))];
  const index = ctx.index;
  if (index && names3.length > 1) {
    const required = new Set(ctx.infosOf(el).flatMap((c) => c.children.filter((ch) => ch.required).map((ch) => ch.name)));
    const narrowed = names3.filter((n) => required.has(n));
    if (narrowed.length > 0)
      names3 = narrowed;
  }
  if (names3.length === 0) {
    const what = e.expected.text || e.expected.values.length + e.expected.datatypes.length > 0 ? "content (a value)" : "content";
    return diag(DIAGNOSTIC_IDS.schemaMissingElement, `${elementLabel(el)} is missing its required ${what}`, el.nameRange);
  }
  const one = names3.length === 1;
  return diag(DIAGNOSTIC_IDS.schemaMissingElement, `${elementLabel(el)} is missing the required child element${one ? "" : " (one of)"} ${one ? tag(names3[0], scope) : orList(names3.map((n) => tag(n, scope)))}`, el.nameRange);
}
function undeclaredPrefix(el, a) {
  const name = a ? a.name : el.name;
  const prefix = name.slice(0, name.indexOf(":"));
  return diag(DIAGNOSTIC_IDS.xmlUndeclaredPrefix, `The namespace prefix '${prefix}' of ${a ? `attribute '${a.name}'` : `<${el.name}>`} is not declared: add xmlns:${prefix}="\u2026" here or on an ancestor`, a ? a.nameRange : el.nameRange);
}
function schemaDiagnostics(doc, result, loadIndex = () => void 0) {
  const ctx = new Context(doc, loadIndex);
  const out = [];
  const undeclaredElements = /* @__PURE__ */ new Set();
  for (const u of result.undeclared) {
    out.push(undeclaredPrefix(u.element, u.attribute));
    if (!u.attribute)
      undeclaredElements.add(u.element);
  }
  const rejected = new Set(result.errors.filter((e) => e.kind === "invalid-attribute-value" || e.kind === "unexpected-attribute").map((e) => e.node));
  for (const e of result.errors) {
    const node = e.node;
    let d;
    switch (e.kind) {
      case "unexpected-root":
      case "unexpected-element":
        if (!isElement(node))
          break;
        if (undeclaredElements.has(node))
          break;
        d = e.kind === "unexpected-root" ? diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${node.name}> cannot be the document element here`, node.nameRange) : unexpectedElement(ctx, e, node);
        break;
      case "unexpected-attribute":
        d = isElement(node) ? void 0 : unexpectedAttribute(ctx, e, node, rejected);
        break;
      case "invalid-attribute-value":
        d = isElement(node) ? void 0 : invalidAttributeValue(ctx, e, node);
        break;
      case "missing-attribute":
        d = isElement(node) ? missingAttribute(ctx, e, node) : void 0;
        break;
      case "incomplete-content":
        d = isElement(node) ? incompleteContent(ctx, e, node) : void 0;
        break;
      case "unexpected-text": {
        const el = isElement(node) ? node : ctx.ownerOf(node);
        d = diag(DIAGNOSTIC_IDS.schemaUnexpectedText, `${elementLabel(el)} must not contain text, only child elements and attributes`, textRange(doc, el));
        break;
      }
      case "invalid-text":
        d = isElement(node) ? invalidText(ctx, e, node) : void 0;
        break;
    }
    if (d)
      out.push(d);
  }
  return dedupe2(out);
}
function dedupe2(diags) {
  const seen = /* @__PURE__ */ new Set();
  return diags.filter((d) => {
    const key = `${d.range.start.offset}:${d.range.end.offset}:${d.ruleId}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
var MAX_LISTED, andList, MAX_QUOTED, quote, clarkOf, isWildcard, tag, localName2, diag, isNamespaceDecl2, isElement, Context;
var init_wording = __esm({
  "dist/src/schema/wording.js"() {
    "use strict";
    init_diagnostic_ids();
    init_edit_distance();
    init_describe();
    init_document_names();
    MAX_LISTED = 24;
    andList = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
    MAX_QUOTED = 80;
    quote = (v) => v === "" ? "an empty value" : v.length > MAX_QUOTED ? `'${v.slice(0, MAX_QUOTED)}\u2026' (${v.length} characters)` : `'${v}'`;
    clarkOf = (n) => n.ns ? `{${n.ns}}${n.local}` : n.local;
    isWildcard = (n) => n.local === "*" || n.ns === "*";
    tag = (name, scope) => `<${displayName(name, scope)}>`;
    localName2 = (n) => n.replace(/^\{[^}]*\}/, "").replace(/^[^:]*:/, "");
    diag = (ruleId, message, range) => ({ ruleId, severity: "error", message, range });
    isNamespaceDecl2 = (a) => a.name === "xmlns" || a.name.startsWith("xmlns:");
    isElement = (n) => "children" in n;
    Context = class {
      doc;
      loadIndex;
      owners;
      scopes = /* @__PURE__ */ new Map();
      constructor(doc, loadIndex) {
        this.doc = doc;
        this.loadIndex = loadIndex;
      }
      indexLoaded = false;
      indexValue;
      get index() {
        if (!this.indexLoaded) {
          this.indexLoaded = true;
          this.indexValue = this.loadIndex();
        }
        return this.indexValue;
      }
      ownerOf(a) {
        this.owners ??= attributeOwners(this.doc.root);
        return this.owners.get(a) ?? this.doc.root;
      }
      accepted = /* @__PURE__ */ new Map();
      nameCounts = /* @__PURE__ */ new Map();
      /** Grammar names of the attributes of `el` the engine accepted (once per element: 200,000 attributes must stay linear). */
      acceptedAttributes(el, rejected) {
        let names3 = this.accepted.get(el);
        if (!names3) {
          const scope = this.scopeOf(el);
          names3 = el.attributes.filter((x) => !isNamespaceDecl2(x) && !rejected.has(x)).map((x) => attributeGrammarName(x, scope));
          this.accepted.set(el, names3);
        }
        return names3;
      }
      paths = /* @__PURE__ */ new Map();
      /** The grammar path of an element (once per element: it reads every attribute of every ancestor). */
      pathOf(el) {
        let p = this.paths.get(el);
        if (!p)
          this.paths.set(el, p = grammarPathOf(el));
        return p;
      }
      infoMemo = /* @__PURE__ */ new Map();
      /** The index's element patterns for `el`, narrowed by the attributes written (once per element). */
      infosOf(el) {
        const index = this.index;
        if (!index)
          return [];
        let infos = this.infoMemo.get(el);
        if (!infos)
          this.infoMemo.set(el, infos = elementsFor(index, el));
        return infos;
      }
      /** How many children of `parent` are named `name` (counted once per parent). */
      sameNamed(parent, name) {
        let counts = this.nameCounts.get(parent);
        if (!counts) {
          counts = /* @__PURE__ */ new Map();
          for (const c of parent.children)
            counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
          this.nameCounts.set(parent, counts);
        }
        return counts.get(name) ?? 0;
      }
      scopeOf(el) {
        let s = this.scopes.get(el);
        if (!s)
          this.scopes.set(el, s = namespacesInScope(el));
        return s;
      }
      /** The index's value spec for an attribute of an element: narrowed by the element's form, and over every form. */
      attributeSpecs(el, name) {
        const index = this.index;
        if (!index)
          return {};
        const narrowed = unionSpecs(this.infosOf(el).map((c) => c.attributes.find((x) => x.name === name)?.value));
        const general = unionSpecs(index.elementsAt(this.pathOf(el)).map((c) => c.attributes.find((x) => x.name === name)?.value));
        return { ...narrowed ? { narrowed } : {}, ...general ? { general } : {} };
      }
    };
  }
});

// dist/src/grammar/model.js
function clark(ns, local) {
  return ns ? `{${ns}}${local}` : local;
}
function nameClassMatches(nc, ns, local) {
  switch (nc.kind) {
    case "name":
      return nc.ns === ns && nc.local === local;
    case "anyName":
      return !(nc.except && nameClassMatches(nc.except, ns, local));
    case "nsName":
      return nc.ns === ns && !(nc.except && nameClassMatches(nc.except, ns, local));
    case "choice":
      return nc.items.some((i) => nameClassMatches(i, ns, local));
  }
}
function namesOf(nc) {
  switch (nc.kind) {
    case "name":
      return [{ ns: nc.ns, local: nc.local }];
    case "choice":
      return nc.items.flatMap(namesOf);
    default:
      return [];
  }
}
function hasWildcard(nc) {
  return nc.kind === "anyName" || nc.kind === "nsName" || nc.kind === "choice" && nc.items.some(hasWildcard);
}
var init_model = __esm({
  "dist/src/grammar/model.js"() {
    "use strict";
  }
});

// dist/src/grammar/index-grammar.js
function parseStep(step) {
  const m = /^\{([^}]*)\}(.*)$/.exec(step);
  return m ? { ns: m[1], local: m[2] } : { ns: "", local: step };
}
function listedValues(p, seen = /* @__PURE__ */ new Set()) {
  switch (p.kind) {
    case "value":
      return p.type === "token" || p.type === "string" ? /* @__PURE__ */ new Set([normalizeValue(p.value)]) : void 0;
    case "choice": {
      const out = /* @__PURE__ */ new Set();
      for (const i of p.items) {
        const v = listedValues(i, seen);
        if (!v)
          return void 0;
        for (const x of v)
          out.add(x);
      }
      return out;
    }
    case "ref":
      if (seen.has(p.define.uid))
        return void 0;
      seen.add(p.define.uid);
      return listedValues(p.define.pattern, seen);
    default:
      return void 0;
  }
}
function dedupe3(patterns) {
  const seen = /* @__PURE__ */ new Set();
  return patterns.filter((p) => seen.has(p.id) ? false : (seen.add(p.id), true));
}
function valueSpec(contents) {
  const values = [];
  const forms = [];
  const addForm = (f) => {
    if (!forms.includes(f))
      forms.push(f);
  };
  const visit = (p, seen, hint) => {
    switch (p.kind) {
      case "value": {
        const v = p.type === "string" ? p.value : p.value.replace(/\s+/g, " ").trim();
        if (!values.includes(v))
          values.push(v);
        return;
      }
      case "data":
        addForm(hint ? describeNamedType(hint) : describeData(p));
        return;
      case "text":
        addForm(hint ? describeNamedType(hint) : "any text");
        return;
      case "list":
        addForm("a space-separated list");
        return;
      case "empty":
        if (!values.includes(""))
          values.push("");
        return;
      case "choice":
      case "group":
      case "interleave":
        for (const i of p.items)
          visit(i, seen, hint);
        return;
      case "optional":
      case "zeroOrMore":
      case "oneOrMore":
      case "mixed":
        visit(p.item, seen, hint);
        return;
      case "ref": {
        if (seen.has(p.define.uid))
          return;
        seen.add(p.define.uid);
        const named = describeNamedType(p.define.name);
        if (named && !hint) {
          const inner = valueSpec([p.define.pattern]);
          if (inner.forms.length === 0) {
            for (const v of inner.values)
              if (!values.includes(v))
                values.push(v);
            return;
          }
          addForm(named);
          for (const v of inner.values)
            if (!values.includes(v))
              values.push(v);
          return;
        }
        visit(p.define.pattern, seen, hint);
        return;
      }
      default:
        return;
    }
  };
  for (const c of contents)
    visit(c, /* @__PURE__ */ new Set(), void 0);
  return { values, forms };
}
function textSpec(content) {
  const spec = valueSpec([content]);
  const values = spec.values.filter((v) => v !== "" || spec.forms.length === 0 && spec.values.length === 1);
  return { values, forms: spec.forms };
}
function summarize(name, patterns) {
  const attrs = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    for (const a of p.attributes) {
      counts.set(a.name, (counts.get(a.name) ?? 0) + (a.required ? 1 : 0));
      const prev = attrs.get(a.name);
      attrs.set(a.name, prev ? {
        ...prev,
        value: {
          values: [.../* @__PURE__ */ new Set([...prev.value.values, ...a.value.values])],
          forms: [.../* @__PURE__ */ new Set([...prev.value.forms, ...a.value.forms])]
        }
      } : a);
    }
  }
  const children = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    for (const c of p.children) {
      const e = children.get(c.name) ?? { required: 0, repeatable: false };
      if (c.required)
        e.required++;
      if (c.repeatable)
        e.repeatable = true;
      children.set(c.name, e);
    }
  }
  const texts = patterns.map((p) => p.text).filter((t) => t !== void 0);
  const documentation = patterns.map((p) => p.documentation).find((d) => d);
  return {
    name,
    attributes: [...attrs.values()].map((a) => ({ ...a, required: counts.get(a.name) === patterns.length })),
    anyAttribute: patterns.some((p) => p.anyAttribute),
    children: [...children.entries()].map(([n, e]) => ({ name: n, required: e.required === patterns.length, repeatable: e.repeatable })),
    anyElement: patterns.some((p) => p.anyElement),
    text: texts.length > 0 ? { values: [...new Set(texts.flatMap((t) => t.values))], forms: [...new Set(texts.flatMap((t) => t.forms))] } : void 0,
    patterns,
    ...documentation ? { documentation } : {}
  };
}
function forEachLeaf(p, leaf) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (q) => {
    switch (q.kind) {
      case "group":
      case "interleave":
      case "choice":
        for (const i of q.items)
          visit(i);
        return;
      case "optional":
      case "zeroOrMore":
      case "oneOrMore":
      case "mixed":
        visit(q.item);
        return;
      case "ref":
        if (seen.has(q.define.uid))
          return;
        seen.add(q.define.uid);
        visit(q.define.pattern);
        return;
      default:
        leaf(q);
    }
  };
  visit(p);
}
var intersect, union, EMPTY4, GrammarIndex, nextSpecializedId, normalizeValue;
var init_index_grammar = __esm({
  "dist/src/grammar/index-grammar.js"() {
    "use strict";
    init_describe();
    init_model();
    intersect = (a, b) => a === null ? b : b === null ? a : new Set([...a].filter((x) => b.has(x)));
    union = (a, b) => a === null || b === null ? null : /* @__PURE__ */ new Set([...a, ...b]);
    EMPTY4 = /* @__PURE__ */ new Set();
    GrammarIndex = class {
      grammar;
      infos = /* @__PURE__ */ new Map();
      childPatternsMemo = /* @__PURE__ */ new Map();
      pathMemo = /* @__PURE__ */ new Map();
      parentsMemo;
      requiredMemo = /* @__PURE__ */ new Map();
      specialized = /* @__PURE__ */ new Map();
      formsMemo = /* @__PURE__ */ new Map();
      attributeNamesMemo = /* @__PURE__ */ new WeakMap();
      discriminatorMemo = /* @__PURE__ */ new Map();
      narrowableMemo = /* @__PURE__ */ new Map();
      declaredValuesMemo = /* @__PURE__ */ new WeakMap();
      constructor(grammar) {
        this.grammar = grammar;
      }
      /** Element patterns allowed as the document element. */
      rootPatterns() {
        return this.elementPatternsIn(this.grammar.start);
      }
      /** Element patterns directly allowed inside an element pattern (not entering nested elements). */
      childPatterns(el) {
        let out = this.childPatternsMemo.get(el.id);
        if (!out) {
          out = this.elementPatternsIn(el.content);
          this.childPatternsMemo.set(el.id, out);
        }
        return out;
      }
      /**
       * Required attributes an instance with the `present` attributes lacks, for one element pattern.
       * Requirements inside optional parts count once the instance uses that part: a `portgroup` that
       * only comes together with `network` makes `network` required.
       */
      missingAttributes(el, present) {
        const need = this.requiredGiven(el.content, present, /* @__PURE__ */ new Set()) ?? EMPTY4;
        return [...need].filter((n) => !present.has(n));
      }
      requiredGiven(p, present, stack) {
        switch (p.kind) {
          case "attribute": {
            const names3 = namesOf(p.name);
            const only = names3[0];
            return names3.length === 1 && only && !hasWildcard(p.name) ? /* @__PURE__ */ new Set([clark(only.ns, only.local)]) : EMPTY4;
          }
          case "group":
          case "interleave":
            return p.items.reduce((acc, i) => union(acc, this.requiredGiven(i, present, stack)), EMPTY4);
          case "choice": {
            const used = p.items.filter((i) => this.mentions(i, present));
            return (used.length > 0 ? used : p.items).reduce((acc, i) => intersect(acc, this.requiredGiven(i, present, stack)), null);
          }
          case "optional":
          case "zeroOrMore":
            return this.mentions(p.item, present) ? this.requiredGiven(p.item, present, stack) : EMPTY4;
          case "oneOrMore":
          case "mixed":
            return this.requiredGiven(p.item, present, stack);
          case "notAllowed":
            return null;
          case "ref": {
            if (stack.has(p.define.uid))
              return EMPTY4;
            stack.add(p.define.uid);
            const r = this.requiredGiven(p.define.pattern, present, stack);
            stack.delete(p.define.uid);
            return r;
          }
          default:
            return EMPTY4;
        }
      }
      /** Whether a pattern (not entering child elements) declares any of the attribute names. */
      mentions(p, names3) {
        for (const n of this.attributeNamesIn(p))
          if (names3.has(n))
            return true;
        return false;
      }
      attributeNamesIn(p) {
        const memo = this.attributeNamesMemo.get(p);
        if (memo)
          return memo;
        const out = /* @__PURE__ */ new Set();
        forEachLeaf(p, (q) => {
          if (q.kind === "attribute")
            for (const n of namesOf(q.name))
              out.add(clark(n.ns, n.local));
        });
        this.attributeNamesMemo.set(p, out);
        return out;
      }
      /** Element patterns named `name` (`local` or `{uri}local`) allowed directly inside any of `parents`. */
      childInfos(parents, name) {
        const { ns, local } = parseStep(name);
        return dedupe3(parents.flatMap((p) => this.childPatterns(p.pattern))).filter((p) => nameClassMatches(p.name, ns, local)).map((p) => this.info(p));
      }
      /**
       * The element patterns that may match the element at `path` (names from the root, each `local`
       * or `{uri}local`), e.g. ['domain', 'devices', 'disk', 'driver']. Empty when the grammar does not
       * allow such a path.
       */
      elementsAt(path17) {
        const key = path17.join("\0");
        const cached = this.pathMemo.get(key);
        if (cached)
          return cached;
        let current = this.rootPatterns();
        for (const [i, step] of path17.entries()) {
          const { ns, local } = parseStep(step);
          const pool = i === 0 ? current : dedupe3(current.flatMap((p) => this.childPatterns(p)));
          current = pool.filter((p) => nameClassMatches(p.name, ns, local));
          if (current.length === 0)
            break;
        }
        const out = path17.length === 0 ? [] : current.map((p) => this.info(p));
        this.pathMemo.set(key, out);
        return out;
      }
      /** The union of what the patterns at `path` allow; undefined when nothing may be there. */
      describe(path17) {
        const patterns = this.elementsAt(path17);
        if (patterns.length === 0)
          return void 0;
        return summarize(path17[path17.length - 1], patterns);
      }
      /** Names of the elements under which an element named `name` may appear, anywhere in the grammar. */
      parentsOf(name) {
        if (!this.parentsMemo) {
          const map = /* @__PURE__ */ new Map();
          for (const parent of this.reachableElements()) {
            const parentNames = namesOf(parent.name).map((n) => clark(n.ns, n.local));
            for (const c of this.childPatterns(parent)) {
              for (const n of namesOf(c.name)) {
                const key = clark(n.ns, n.local);
                let set = map.get(key);
                if (!set)
                  map.set(key, set = /* @__PURE__ */ new Set());
                for (const p of parentNames)
                  set.add(p);
              }
            }
          }
          this.parentsMemo = map;
        }
        return [...this.parentsMemo.get(name) ?? []].sort();
      }
      /** Every element pattern reachable from the start pattern. */
      reachableElements() {
        const seen = /* @__PURE__ */ new Map();
        const queue2 = [...this.rootPatterns()];
        while (queue2.length > 0) {
          const p = queue2.pop();
          if (seen.has(p.id))
            continue;
          seen.set(p.id, p);
          queue2.push(...this.childPatterns(p));
        }
        return [...seen.values()];
      }
      /** What one element pattern allows. */
      info(el) {
        const cached = this.infos.get(el.id);
        if (cached)
          return cached;
        const attrs = /* @__PURE__ */ new Map();
        let anyAttribute = false;
        const textParts = [];
        const visit = (p, seen) => {
          switch (p.kind) {
            case "attribute": {
              if (hasWildcard(p.name))
                anyAttribute = true;
              for (const n of namesOf(p.name)) {
                const key = clark(n.ns, n.local);
                let entry3 = attrs.get(key);
                if (!entry3)
                  attrs.set(key, entry3 = { patterns: [] });
                entry3.patterns.push(p);
              }
              return;
            }
            case "element":
              return;
            case "group":
            case "interleave":
            case "choice":
              for (const i of p.items)
                visit(i, seen);
              return;
            case "optional":
            case "zeroOrMore":
            case "oneOrMore":
              visit(p.item, seen);
              return;
            case "mixed":
              textParts.push({ kind: "text" });
              visit(p.item, seen);
              return;
            case "list":
            case "text":
            case "value":
            case "data":
              textParts.push(p);
              return;
            case "ref":
              if (seen.has(p.define.uid))
                return;
              seen.add(p.define.uid);
              visit(p.define.pattern, seen);
              return;
            case "empty":
            case "notAllowed":
              return;
          }
        };
        visit(el.content, /* @__PURE__ */ new Set());
        const requiredAttrs = this.required(el.content, "attribute") ?? EMPTY4;
        const requiredElems = this.required(el.content, "element") ?? EMPTY4;
        const children = this.childPatterns(el);
        const repeatable = this.repeatableChildren(el.content);
        const childNames = /* @__PURE__ */ new Map();
        for (const c of children) {
          for (const n of namesOf(c.name)) {
            const key = clark(n.ns, n.local);
            if (!childNames.has(key))
              childNames.set(key, { name: key, required: requiredElems.has(key), repeatable: repeatable.has(key) });
          }
        }
        const attributes = [...attrs.entries()].map(([name, { patterns }]) => {
          const first = patterns[0];
          const documentation = patterns.find((x) => x.documentation)?.documentation;
          return {
            name,
            required: requiredAttrs.has(name),
            value: valueSpec(patterns.map((x) => x.content)),
            source: first.source,
            ...documentation ? { documentation } : {}
          };
        });
        const info = {
          pattern: el,
          names: namesOf(el.name).map((n) => clark(n.ns, n.local)),
          attributes,
          anyAttribute,
          children: [...childNames.values()],
          anyElement: children.some((c) => hasWildcard(c.name)),
          text: textParts.length > 0 ? textSpec(el.content) : void 0,
          source: el.source,
          ...el.documentation ? { documentation: el.documentation } : {}
        };
        this.infos.set(el.id, info);
        return info;
      }
      /** Names of child elements that sit under zeroOrMore / oneOrMore (or appear twice in a group). */
      repeatableChildren(content) {
        const out = /* @__PURE__ */ new Set();
        const visit = (p, repeated, seen) => {
          switch (p.kind) {
            case "element":
              if (repeated)
                for (const n of namesOf(p.name))
                  out.add(clark(n.ns, n.local));
              return;
            case "group":
            case "interleave":
            case "choice":
              for (const i of p.items)
                visit(i, repeated, seen);
              return;
            case "zeroOrMore":
            case "oneOrMore":
              visit(p.item, true, seen);
              return;
            case "optional":
            case "mixed":
              visit(p.item, repeated, seen);
              return;
            case "ref": {
              const key = `${p.define.uid}:${repeated}`;
              if (seen.has(key))
                return;
              seen.add(key);
              visit(p.define.pattern, repeated, seen);
              return;
            }
            default:
              return;
          }
        };
        visit(content, false, /* @__PURE__ */ new Set());
        return out;
      }
      /** What the attribute `name` (`local` or `{uri}local`) of an element pattern may hold, as one pattern. */
      attributeContent(el, name) {
        const { ns, local } = parseStep(name);
        const contents = [];
        forEachLeaf(el.content, (p) => {
          if (p.kind === "attribute" && nameClassMatches(p.name, ns, local))
            contents.push(p.content);
        });
        if (contents.length === 0)
          return void 0;
        return contents.length === 1 ? contents[0] : { kind: "choice", items: contents };
      }
      /** The text forms (data, value, text, list) an element pattern's content accepts, as one pattern. */
      textContent(el) {
        const parts = [];
        const visit = (p, seen) => {
          switch (p.kind) {
            case "data":
            case "value":
            case "text":
            case "list":
              parts.push(p);
              return;
            case "mixed":
              parts.push({ kind: "text" });
              visit(p.item, seen);
              return;
            case "group":
            case "interleave":
            case "choice":
              for (const i of p.items)
                visit(i, seen);
              return;
            case "optional":
            case "zeroOrMore":
            case "oneOrMore":
              visit(p.item, seen);
              return;
            case "ref":
              if (seen.has(p.define.uid))
                return;
              seen.add(p.define.uid);
              visit(p.define.pattern, seen);
              return;
            default:
              return;
          }
        };
        visit(el.content, /* @__PURE__ */ new Set());
        if (parts.length === 0)
          return void 0;
        return parts.length === 1 ? parts[0] : { kind: "choice", items: parts };
      }
      /**
       * The element pattern narrowed to the choice branches an instance with these attribute values
       * can match (e.g. a `<disk type='file'>` keeps only the file branch, so its `<source>` must have
       * `file`). Sound: a branch is dropped only when it requires an attribute to have one of listed
       * values and the instance has another. When no branch fits, the choice is kept whole.
       * `attributes` maps grammar names (`local` or `{uri}local`) to values.
       */
      specialize(info, attributes) {
        const el = info.pattern;
        const discriminators = this.discriminators(el);
        if (discriminators.size === 0)
          return info;
        const effective = /* @__PURE__ */ new Map();
        for (const [name, v] of attributes) {
          const known = discriminators.get(name);
          if (!known)
            continue;
          const value = normalizeValue(v);
          const listed = known.has(value) || info.attributes.some((a) => a.name === name && a.value.values.includes(value));
          if (listed)
            effective.set(name, value);
        }
        const key = `${el.id}|${[...effective].map(([n, v]) => `${n}=${v}`).join("|")}`;
        let narrowed = this.specialized.get(key);
        if (!narrowed) {
          const content = this.narrow(el.content, effective);
          narrowed = content === el.content ? el : { ...el, id: nextSpecializedId--, content };
          this.specialized.set(key, narrowed);
        }
        if (narrowed === el)
          return info;
        let out = this.infos.get(narrowed.id);
        if (!out) {
          out = { ...this.info(narrowed), general: info.general ?? info };
          this.infos.set(narrowed.id, out);
        }
        return out;
      }
      /**
       * The forms of an element pattern: the branches of a choice that makes up its whole content
       * (an <os> for full virtualisation, for Xen paravirtualisation, for containers), each as an
       * element pattern of its own; the pattern itself when its content is not such a choice.
       */
      forms(info) {
        const cached = this.formsMemo.get(info.pattern.id);
        if (cached)
          return cached;
        let content = info.pattern.content;
        const seen = /* @__PURE__ */ new Set();
        while (content.kind === "ref" && !seen.has(content.define.uid)) {
          seen.add(content.define.uid);
          content = content.define.pattern;
        }
        let out = [info];
        if (content.kind === "choice" && content.items.length > 1) {
          out = content.items.map((item) => {
            const pattern = { ...info.pattern, id: nextSpecializedId--, content: item };
            const formInfo = { ...this.info(pattern), general: info.general ?? info };
            this.infos.set(pattern.id, formInfo);
            return formInfo;
          });
        }
        this.formsMemo.set(info.pattern.id, out);
        return out;
      }
      /** Attribute names (with their listed values) that select between choice branches in an element's content. */
      discriminators(el) {
        let found = this.discriminatorMemo.get(el.id);
        if (found)
          return found;
        const map = /* @__PURE__ */ new Map();
        const visit = (p, seen) => {
          switch (p.kind) {
            case "choice":
              for (const i of p.items) {
                for (const [name, values] of this.declaredValues(i)) {
                  let set = map.get(name);
                  if (!set)
                    map.set(name, set = /* @__PURE__ */ new Set());
                  for (const v of values)
                    set.add(v);
                }
                visit(i, seen);
              }
              return;
            case "group":
            case "interleave":
              for (const i of p.items)
                visit(i, seen);
              return;
            case "optional":
            case "zeroOrMore":
            case "oneOrMore":
            case "mixed":
              visit(p.item, seen);
              return;
            case "ref":
              if (seen.has(p.define.uid))
                return;
              seen.add(p.define.uid);
              visit(p.define.pattern, seen);
              return;
            default:
              return;
          }
        };
        visit(el.content, /* @__PURE__ */ new Set());
        found = map;
        this.discriminatorMemo.set(el.id, found);
        return found;
      }
      /** Whether a define's body holds a choice that attribute values can narrow (then refs to it are inlined). */
      narrowable(p, seen = /* @__PURE__ */ new Set()) {
        switch (p.kind) {
          case "choice":
            return p.items.some((i) => this.declaredValues(i).size > 0) || p.items.some((i) => this.narrowable(i, seen));
          case "group":
          case "interleave":
            return p.items.some((i) => this.narrowable(i, seen));
          case "optional":
          case "zeroOrMore":
          case "oneOrMore":
          case "mixed":
            return this.narrowable(p.item, seen);
          case "ref": {
            const memo = this.narrowableMemo.get(p.define.uid);
            if (memo !== void 0)
              return memo;
            if (seen.has(p.define.uid))
              return false;
            seen.add(p.define.uid);
            const r = this.narrowable(p.define.pattern, seen);
            this.narrowableMemo.set(p.define.uid, r);
            return r;
          }
          default:
            return false;
        }
      }
      narrow(p, attrs) {
        switch (p.kind) {
          case "choice": {
            let kept = p.items.filter((i) => this.compatible(i, attrs));
            if (kept.length === 0) {
              kept = p.items;
              for (const [name, value] of attrs) {
                const next = kept.filter((i) => this.compatible(i, /* @__PURE__ */ new Map([[name, value]])));
                if (next.length > 0)
                  kept = next;
              }
            }
            const items = kept.map((i) => this.narrow(i, attrs));
            if (items.length === 1)
              return items[0];
            return items.length === p.items.length && items.every((x, i) => x === p.items[i]) ? p : { kind: "choice", items };
          }
          case "group":
          case "interleave": {
            const items = p.items.map((i) => this.narrow(i, attrs));
            return items.every((x, i) => x === p.items[i]) ? p : { kind: p.kind, items };
          }
          case "optional":
          case "zeroOrMore":
          case "oneOrMore":
          case "mixed": {
            const item = this.narrow(p.item, attrs);
            return item === p.item ? p : { kind: p.kind, item };
          }
          case "ref":
            return this.narrowable(p) ? this.narrow(p.define.pattern, attrs) : p;
          default:
            return p;
        }
      }
      compatible(branch, attrs) {
        for (const [name, values] of this.declaredValues(branch)) {
          const v = attrs.get(name);
          if (v !== void 0 && !values.has(normalizeValue(v)))
            return false;
        }
        return true;
      }
      /**
       * The values each attribute declared in a pattern (not entering child elements) may take, when
       * every declaration of it lists its values (token/string `<value>`s only). RelaxNG forbids the
       * same attribute in both operands of a group or interleave, so an instance's attribute can only
       * be matched inside the branch that declares it: a branch declaring `type` with values {file}
       * cannot match `type='block'`.
       */
      declaredValues(p) {
        const memo = this.declaredValuesMemo.get(p);
        if (memo)
          return memo;
        const listed = /* @__PURE__ */ new Map();
        const free = /* @__PURE__ */ new Set();
        forEachLeaf(p, (q) => {
          if (q.kind !== "attribute")
            return;
          const names3 = namesOf(q.name);
          if (hasWildcard(q.name))
            return;
          const values = listedValues(q.content);
          for (const n of names3) {
            const key = clark(n.ns, n.local);
            if (!values) {
              free.add(key);
              continue;
            }
            let set = listed.get(key);
            if (!set)
              listed.set(key, set = /* @__PURE__ */ new Set());
            for (const v of values)
              set.add(v);
          }
        });
        for (const n of free)
          listed.delete(n);
        this.declaredValuesMemo.set(p, listed);
        return listed;
      }
      elementPatternsIn(p) {
        const out = [];
        const seenIds = /* @__PURE__ */ new Set();
        forEachLeaf(p, (q) => {
          if (q.kind === "element" && !seenIds.has(q.id)) {
            seenIds.add(q.id);
            out.push(q);
          }
        });
        return out;
      }
      /** Names of attributes (or child elements) present in every instance the pattern matches. */
      required(p, what, stack = /* @__PURE__ */ new Set()) {
        switch (p.kind) {
          case "attribute":
          case "element": {
            if (p.kind !== what)
              return EMPTY4;
            const names3 = namesOf(p.name);
            const only = names3[0];
            return names3.length === 1 && only && !hasWildcard(p.name) ? /* @__PURE__ */ new Set([clark(only.ns, only.local)]) : EMPTY4;
          }
          case "group":
          case "interleave":
            return p.items.reduce((acc, i) => union(acc, this.required(i, what, stack)), EMPTY4);
          case "choice":
            return p.items.reduce((acc, i) => intersect(acc, this.required(i, what, stack)), null);
          case "oneOrMore":
            return this.required(p.item, what, stack);
          case "optional":
          case "zeroOrMore":
            return EMPTY4;
          case "mixed":
            return this.required(p.item, what, stack);
          case "notAllowed":
            return null;
          case "ref": {
            const key = `${what}:${p.define.uid}`;
            if (this.requiredMemo.has(key))
              return this.requiredMemo.get(key);
            if (stack.has(key))
              return EMPTY4;
            stack.add(key);
            const r = this.required(p.define.pattern, what, stack);
            stack.delete(key);
            this.requiredMemo.set(key, r);
            return r;
          }
          default:
            return EMPTY4;
        }
      }
    };
    nextSpecializedId = -2;
    normalizeValue = (v) => v.replace(/[ \t\r\n]+/g, " ").trim();
  }
});

// dist/src/grammar/load.js
import path14 from "node:path";
function prefixes(el) {
  const chain = [];
  for (let cur = el; cur; cur = cur.parent)
    chain.push(cur);
  const map = /* @__PURE__ */ new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]);
  for (const e of chain.reverse()) {
    for (const a of e.attributes) {
      if (a.name === "xmlns")
        map.set("", a.value);
      else if (a.name.startsWith("xmlns:"))
        map.set(a.name.slice(6), a.value);
    }
  }
  return map;
}
function prefixMap(el) {
  let m = nsCache.get(el);
  if (!m) {
    m = prefixes(el);
    nsCache.set(el, m);
  }
  return m;
}
function splitQName(q) {
  const i = q.indexOf(":");
  return i < 0 ? ["", q] : [q.slice(0, i), q.slice(i + 1)];
}
function elementNs(el) {
  return prefixMap(el).get(splitQName(el.name)[0]) ?? "";
}
function localOf(el) {
  return splitQName(el.name)[1];
}
function rngName(el) {
  return elementNs(el) === RNG_NS2 ? localOf(el) : void 0;
}
function documentationOf(el) {
  const texts = el.children.filter((c) => localOf(c) === "documentation" && elementNs(c) === ANNOTATION_NS).map((c) => c.text.replace(/\s+/g, " ").trim()).filter((t) => t.length > 0);
  return texts.length > 0 ? texts.join("\n") : void 0;
}
function loadGrammar(schemaDir, file) {
  return new GrammarLoader(schemaDir).load(file);
}
var RNG_NS2, ANNOTATION_NS, GrammarLoadError, nsCache, rngChildren, attrOf3, trimWs, Scope2, NO_EXCLUSIONS, GrammarLoader;
var init_load = __esm({
  "dist/src/grammar/load.js"() {
    "use strict";
    init_files();
    init_parse();
    RNG_NS2 = "http://relaxng.org/ns/structure/1.0";
    ANNOTATION_NS = "http://relaxng.org/ns/compatibility/annotations/1.0";
    GrammarLoadError = class extends Error {
    };
    nsCache = /* @__PURE__ */ new WeakMap();
    rngChildren = (el) => el.children.filter((c) => rngName(c) !== void 0);
    attrOf3 = (el, name) => el.attributes.find((a) => a.name === name)?.value;
    trimWs = (s) => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
    Scope2 = class {
      parent;
      uidPrefix;
      parts = /* @__PURE__ */ new Map();
      defines = /* @__PURE__ */ new Map();
      firstUse = /* @__PURE__ */ new Map();
      constructor(parent, uidPrefix) {
        this.parent = parent;
        this.uidPrefix = uidPrefix;
      }
      ref(name, at) {
        let d = this.defines.get(name);
        if (!d) {
          d = { name, uid: `${this.uidPrefix}${name}`, pattern: { kind: "notAllowed" }, source: at };
          this.defines.set(name, d);
        }
        if (!this.firstUse.has(name))
          this.firstUse.set(name, at);
        return d;
      }
      add(name, part, documentation) {
        const d = this.ref(name, part.source);
        if (!this.parts.has(name))
          d.source = part.source;
        if (documentation && !d.documentation)
          d.documentation = documentation;
        let list = this.parts.get(name);
        if (!list)
          this.parts.set(name, list = []);
        list.push(part);
      }
      /** Combines the parts of each define (RelaxNG `combine`); reports refs to names never defined. */
      finish() {
        for (const [name, d] of this.defines) {
          const parts = this.parts.get(name);
          const label = name === "#start" ? "start" : `define '${name}'`;
          if (!parts || parts.length === 0) {
            const at = this.firstUse.get(name) ?? d.source;
            throw new GrammarLoadError(`${at.file}:${at.line}: reference to undefined ${label}`);
          }
          const plain = parts.filter((p) => p.combine === void 0);
          if (plain.length > 1) {
            const at = plain[1].source;
            throw new GrammarLoadError(`${at.file}:${at.line}: ${label} is defined twice without combine`);
          }
          const combines = new Set(parts.map((p) => p.combine).filter((c) => c !== void 0));
          if (combines.size > 1)
            throw new GrammarLoadError(`${d.source.file}:${d.source.line}: ${label} mixes combine="choice" and combine="interleave"`);
          const how = combines.values().next().value ?? "choice";
          d.pattern = parts.length === 1 ? parts[0].pattern : { kind: how, items: parts.map((p) => p.pattern) };
        }
        return [...this.defines.values()];
      }
    };
    NO_EXCLUSIONS = { defines: /* @__PURE__ */ new Set(), start: false };
    GrammarLoader = class _GrammarLoader {
      root;
      docs = /* @__PURE__ */ new Map();
      scopes = [];
      elements = [];
      scopeCounter = 0;
      static elementCounter = 0;
      includeStack = [];
      constructor(root) {
        this.root = root;
      }
      load(file) {
        const abs = path14.resolve(file);
        const top = this.newScope(void 0);
        const start = this.externalPattern(abs, "", top);
        const defines = this.scopes.flatMap((s) => s.finish());
        return { file: abs, start, defines, elements: this.elements };
      }
      newScope(parent) {
        const s = new Scope2(parent, `g${this.scopeCounter++}.`);
        this.scopes.push(s);
        return s;
      }
      readDoc(file, from) {
        const cached = this.docs.get(file);
        if (cached)
          return cached;
        const where = from ? `${from.file}:${from.line}: ` : "";
        const rootDir = path14.resolve(this.root) + path14.sep;
        if (!file.startsWith(rootDir))
          throw new GrammarLoadError(`${where}${file} is outside the schema directory ${this.root}`);
        let text3;
        try {
          text3 = readBoundedRegularFile(file, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false }).toString("utf8");
        } catch (e) {
          throw new GrammarLoadError(`${where}cannot read ${file}: ${e.message}`);
        }
        const parsed = parseXml(text3);
        if (!parsed.ok)
          throw new GrammarLoadError(`${file}:${parsed.diagnostic.range.start.line}: ${parsed.diagnostic.message}`);
        this.docs.set(file, parsed.document.root);
        return parsed.document.root;
      }
      src(ctx, el) {
        return { file: ctx.file, line: el.nameRange.start.line };
      }
      resolveHref(ctx, el) {
        const href = attrOf3(el, "href");
        if (!href)
          throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> without href`);
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("file:")) {
          throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: only local files can be included (${href})`);
        }
        return path14.resolve(path14.dirname(ctx.file), href.replace(/^file:\/\//, ""));
      }
      /** A whole file used as a pattern (the entry file or an externalRef). */
      externalPattern(file, inheritedNs, scope, from) {
        if (this.includeStack.includes(file))
          throw new GrammarLoadError(`${file} includes itself`);
        this.includeStack.push(file);
        try {
          const docEl = this.readDoc(file, from);
          const ctx = { file, ns: attrOf3(docEl, "ns") ?? inheritedNs, library: "", scope, defineName: void 0 };
          return this.pattern(docEl, this.inherit(ctx, docEl));
        } finally {
          this.includeStack.pop();
        }
      }
      inherit(ctx, el) {
        const ns = attrOf3(el, "ns");
        const library = attrOf3(el, "datatypeLibrary");
        if (ns === void 0 && library === void 0)
          return ctx;
        return { ...ctx, ns: ns ?? ctx.ns, library: library ?? ctx.library };
      }
      grammarContent(el, ctx, exclude) {
        for (const c of rngChildren(el)) {
          const cctx = this.inherit(ctx, c);
          switch (rngName(c)) {
            case "start":
              if (!exclude.start)
                ctx.scope.add("#start", { combine: attrOf3(c, "combine"), pattern: this.group(c, cctx), source: this.src(ctx, c) }, void 0);
              break;
            case "define": {
              const name = attrOf3(c, "name");
              if (!name)
                throw new GrammarLoadError(`${ctx.file}:${c.nameRange.start.line}: <define> without name`);
              if (exclude.defines.has(name))
                break;
              const body = this.group(c, { ...cctx, defineName: name });
              ctx.scope.add(name, { combine: attrOf3(c, "combine"), pattern: body, source: this.src(ctx, c) }, documentationOf(c));
              break;
            }
            case "div":
              this.grammarContent(c, cctx, exclude);
              break;
            case "include":
              this.include(c, cctx, exclude);
              break;
            default:
              throw new GrammarLoadError(`${ctx.file}:${c.nameRange.start.line}: <${c.name}> is not allowed in <grammar>`);
          }
        }
      }
      include(el, ctx, exclude) {
        const file = this.resolveHref(ctx, el);
        if (this.includeStack.includes(file))
          throw new GrammarLoadError(`${file} includes itself`);
        const overrides = new Set(exclude.defines);
        let overridesStart = exclude.start;
        const collect3 = (e) => {
          for (const c of rngChildren(e)) {
            if (rngName(c) === "define")
              overrides.add(attrOf3(c, "name") ?? "");
            else if (rngName(c) === "start")
              overridesStart = true;
            else if (rngName(c) === "div")
              collect3(c);
          }
        };
        collect3(el);
        this.includeStack.push(file);
        try {
          const docEl = this.readDoc(file, this.src(ctx, el));
          if (rngName(docEl) !== "grammar")
            throw new GrammarLoadError(`${file}: an included file must be a <grammar>`);
          const ictx = { file, ns: attrOf3(docEl, "ns") ?? ctx.ns, library: attrOf3(docEl, "datatypeLibrary") ?? "", scope: ctx.scope, defineName: void 0 };
          this.grammarContent(docEl, ictx, { defines: overrides, start: overridesStart });
        } finally {
          this.includeStack.pop();
        }
        this.grammarContent(el, ctx, exclude);
      }
      /** The children of a pattern element, as one pattern (implicit group). */
      group(el, ctx, skip = 0) {
        const items = rngChildren(el).slice(skip).map((c) => this.pattern(c, this.inherit(ctx, c)));
        if (items.length === 0)
          return { kind: "empty" };
        return items.length === 1 ? items[0] : { kind: "group", items };
      }
      qname(el, q, defaultNs) {
        const [prefix, local] = splitQName(trimWs(q));
        if (!prefix)
          return { ns: defaultNs, local };
        const ns = prefixMap(el).get(prefix);
        if (ns === void 0)
          throw new GrammarLoadError(`undeclared namespace prefix '${prefix}' in ${q}`);
        return { ns, local };
      }
      nameClass(el, ctx, forAttribute) {
        const c = this.inherit(ctx, el);
        const exceptOf = () => {
          const ex = rngChildren(el).find((x) => rngName(x) === "except");
          if (!ex)
            return void 0;
          const items = rngChildren(ex).map((x) => this.nameClass(x, c, forAttribute));
          return items.length === 1 ? items[0] : { kind: "choice", items };
        };
        switch (rngName(el)) {
          case "name": {
            const ns = attrOf3(el, "ns") ?? (forAttribute ? "" : c.ns);
            return { kind: "name", ...this.qname(el, el.text, ns) };
          }
          case "anyName": {
            const except = exceptOf();
            return except ? { kind: "anyName", except } : { kind: "anyName" };
          }
          case "nsName": {
            const except = exceptOf();
            return except ? { kind: "nsName", ns: c.ns, except } : { kind: "nsName", ns: c.ns };
          }
          case "choice":
            return { kind: "choice", items: rngChildren(el).map((x) => this.nameClass(x, c, forAttribute)) };
          default:
            throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> is not a name class`);
        }
      }
      /** Name class of an element/attribute pattern: the name attribute, or the first child. */
      namedPatternParts(el, ctx, forAttribute) {
        const n = attrOf3(el, "name");
        if (n !== void 0) {
          const explicitNs = attrOf3(el, "ns");
          return { name: { kind: "name", ...this.qname(el, n, forAttribute ? explicitNs ?? "" : ctx.ns) }, skip: 0 };
        }
        const first = rngChildren(el)[0];
        if (!first)
          throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> without a name`);
        return { name: this.nameClass(first, ctx, forAttribute), skip: 1 };
      }
      pattern(el, ctx) {
        const kind = rngName(el);
        const line = el.nameRange.start.line;
        switch (kind) {
          case "element": {
            const { name, skip } = this.namedPatternParts(el, ctx, false);
            const doc = documentationOf(el);
            const p = {
              kind: "element",
              id: ++_GrammarLoader.elementCounter,
              name,
              content: this.group(el, ctx, skip),
              source: this.src(ctx, el),
              ...doc ? { documentation: doc } : {},
              ...ctx.defineName ? { defineName: ctx.defineName } : {}
            };
            this.elements.push(p);
            return p;
          }
          case "attribute": {
            const { name, skip } = this.namedPatternParts(el, ctx, true);
            const content = rngChildren(el).length > skip ? this.group(el, ctx, skip) : { kind: "text" };
            const doc = documentationOf(el);
            return { kind: "attribute", name, content, source: this.src(ctx, el), ...doc ? { documentation: doc } : {} };
          }
          case "group":
          case "interleave":
          case "choice": {
            const items = rngChildren(el).map((c) => this.pattern(c, this.inherit(ctx, c)));
            if (items.length === 1)
              return items[0];
            return { kind, items };
          }
          case "optional":
          case "zeroOrMore":
          case "oneOrMore":
          case "mixed":
          case "list":
            return { kind, item: this.group(el, ctx) };
          case "ref":
          case "parentRef": {
            const name = attrOf3(el, "name");
            if (!name)
              throw new GrammarLoadError(`${ctx.file}:${line}: <${kind}> without name`);
            const scope = kind === "ref" ? ctx.scope : ctx.scope.parent;
            if (!scope)
              throw new GrammarLoadError(`${ctx.file}:${line}: <parentRef> outside a nested grammar`);
            return { kind: "ref", define: scope.ref(name, this.src(ctx, el)) };
          }
          case "externalRef":
            return this.externalPattern(this.resolveHref(ctx, el), ctx.ns, this.newScope(void 0), this.src(ctx, el));
          case "grammar": {
            const scope = this.newScope(ctx.scope === void 0 ? void 0 : ctx.scope);
            const inner = { ...ctx, scope, defineName: void 0 };
            this.grammarContent(el, inner, NO_EXCLUSIONS);
            return { kind: "ref", define: scope.ref("#start", this.src(ctx, el)) };
          }
          case "empty":
          case "text":
          case "notAllowed":
            return { kind };
          case "value": {
            const type = attrOf3(el, "type");
            return { kind: "value", library: type ? ctx.library : "", type: type ?? "token", ns: ctx.ns, value: el.text };
          }
          case "data": {
            const type = attrOf3(el, "type");
            if (!type)
              throw new GrammarLoadError(`${ctx.file}:${line}: <data> without type`);
            const params = rngChildren(el).filter((c) => rngName(c) === "param").map((c) => ({ name: attrOf3(c, "name") ?? "", value: c.text }));
            const ex = rngChildren(el).find((c) => rngName(c) === "except");
            const except = ex ? this.group(ex, this.inherit(ctx, ex)) : void 0;
            return { kind: "data", library: ctx.library, type, params, ...except ? { except } : {} };
          }
          default:
            throw new GrammarLoadError(`${ctx.file}:${line}: unexpected <${el.name}> in a pattern`);
        }
      }
    };
  }
});

// dist/src/grammar/index.js
var grammar_exports = {};
__export(grammar_exports, {
  GrammarIndex: () => GrammarIndex,
  GrammarLoadError: () => GrammarLoadError,
  attributeMapOf: () => attributeMapOf,
  clearGrammarIndexes: () => clearGrammarIndexes,
  describeData: () => describeData,
  describeNamedType: () => describeNamedType,
  elementsFor: () => elementsFor,
  grammarIndexFor: () => grammarIndexFor,
  grammarNameOf: () => grammarNameOf,
  grammarPathOf: () => grammarPathOf,
  isGrammarIndexLoaded: () => isGrammarIndexLoaded,
  loadGrammar: () => loadGrammar,
  namespacesInScope: () => namespacesInScope
});
import fs11 from "node:fs";
import path15 from "node:path";
function grammarIndexFor(schemaDir, kind) {
  const dir = path15.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  const file = path15.join(dir, KIND_GRAMMARS[kind].file);
  if (indexes.has(file))
    return indexes.get(file);
  const index = fs11.existsSync(file) ? new GrammarIndex(loadGrammar(dir, file)) : void 0;
  indexes.set(file, index);
  return index;
}
function isGrammarIndexLoaded(schemaDir, kind) {
  const dir = path15.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  return indexes.has(path15.join(dir, KIND_GRAMMARS[kind].file));
}
function clearGrammarIndexes() {
  indexes.clear();
}
var indexes;
var init_grammar = __esm({
  "dist/src/grammar/index.js"() {
    "use strict";
    init_kinds();
    init_bundled();
    init_index_grammar();
    init_load();
    init_index_grammar();
    init_load();
    init_describe();
    init_document_names();
    indexes = /* @__PURE__ */ new Map();
  }
});

// dist/src/workers/worker.js
import { parentPort, workerData } from "node:worker_threads";

// dist/src/workers/file-job.js
import fs13 from "node:fs";

// dist/src/builtin-ids.js
init_diagnostic_ids();

// dist/src/fix.js
function removeAttributeFix(text3, attribute, description) {
  let start = attribute.attributeRange.start.offset;
  while (start > 0 && /[ \t\r\n]/.test(text3[start - 1]))
    start--;
  return {
    description: description ?? `Remove ${attribute.name}='${attribute.value}'`,
    edits: [{ start, end: attribute.attributeRange.end.offset, text: "" }]
  };
}
function applyEdits(text3, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.start < pos)
      continue;
    out += text3.slice(pos, e.start) + e.text;
    pos = e.end;
    applied++;
  }
  return { text: out + text3.slice(pos), applied };
}

// dist/src/rule.js
var DOCS_BASE_URL = "https://github.com/virtlint/virtlint/blob/main/docs/rules/";
function defineRule(rule) {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}

// dist/src/builtin-ids.js
var DOCS = DOCS_BASE_URL.replace(/rules\/$/, "");
var SCHEMA_DOCS = `${DOCS}schema-diagnostics.md`;
var KINDS_DOCS = `${DOCS}integrations.md#other-xml-in-the-repository`;
var SECURITY_DOCS = `${DOCS}security.md`;
var entry = (id, defaultLevel, description, docs) => ({ id, defaultLevel, description, docs });
var BUILTIN_IDS = [
  entry(DIAGNOSTIC_IDS.xmlNotWellFormed, "error", "The document is not well-formed XML", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlDoctype, "error", "A DOCTYPE or entity declaration (refused, never expanded)", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlEncoding, "error", "The bytes are not UTF-8 or UTF-16 text", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlTooLarge, "error", "The document is over the size limit (--max-file-size)", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlTooDeep, "error", "Elements nest deeper than the limit (--max-depth)", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlTooManyAttributes, "error", "An element has more attributes than the limit", SECURITY_DOCS),
  entry(DIAGNOSTIC_IDS.xmlUndeclaredPrefix, "error", "A namespace prefix that is not declared", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaInvalidValue, "error", "A value the grammar does not allow", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaUnknownAttribute, "error", "An attribute the grammar does not allow here", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaMissingAttribute, "error", "A required attribute is missing", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaMissingElement, "error", "A required child element is missing", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaUnexpectedElement, "error", "An element the grammar does not allow here", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaUnexpectedText, "error", "Text where the grammar allows only elements", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaInvalidContent, "error", "Content the grammar rejects (nothing more precise known)", SCHEMA_DOCS),
  entry(DIAGNOSTIC_IDS.schemaUnknownRoot, "off", "XML that is not a libvirt document (skipped unless this is set to warn or error)", KINDS_DOCS),
  entry(DIAGNOSTIC_IDS.schemaMisspelledRoot, "error", "A root element one typo away from a libvirt document kind (<domian>)", KINDS_DOCS),
  entry(DIAGNOSTIC_IDS.schemaRootNamespace, "error", "A libvirt root element in an XML namespace (libvirt documents have none)", KINDS_DOCS),
  entry(DIAGNOSTIC_IDS.ioUnreadable, "error", "The path is not a readable regular file", `${DOCS}integrations.md`),
  entry(DIAGNOSTIC_IDS.ioFixNotWritten, "error", "Fixes were not written (the file changed, vanished or is read-only)", `${DOCS}integrations.md`),
  entry(DIAGNOSTIC_IDS.unusedDisable, "warn", "A virtlint-disable comment that disables nothing", `${DOCS}configuration.md#inline-disables`),
  entry(DIAGNOSTIC_IDS.ruleCrashed, "error", "A rule failed with an internal error (please report it)", `${DOCS}rules/README.md`),
  entry(DIAGNOSTIC_IDS.requiresNewerLibvirt, "error", "With --target: an element, attribute or value newer than the target libvirt or QEMU", `${DOCS}rules/requires-newer-libvirt.md`)
];
var BUILTIN_BY_ID = new Map(BUILTIN_IDS.map((b) => [b.id, b]));
var OFF_BY_DEFAULT = /* @__PURE__ */ new Set(["emulator-missing"]);
var levelOf = (setting) => {
  const l = Array.isArray(setting) ? setting[0] : setting;
  return l === "off" || l === "warn" || l === "error" ? l : void 0;
};
function builtinLevel(id, rules) {
  const builtin = BUILTIN_BY_ID.get(id);
  return builtin ? levelOf(rules?.[id]) ?? builtin.defaultLevel : void 0;
}
function applyBuiltinLevels(diagnostics, rules) {
  const out = [];
  for (const d of diagnostics) {
    const level = builtinLevel(d.ruleId, rules);
    if (level === void 0) {
      out.push(d);
      continue;
    }
    if (level === "off")
      continue;
    const severity = level === "error" ? "error" : "warning";
    out.push(d.severity === severity ? d : { ...d, severity });
  }
  return out;
}

// dist/src/workers/file-job.js
init_diagnostic_ids();

// dist/src/config/index.js
import path5 from "node:path";

// dist/rules/emulator-missing.js
var ID = "emulator-missing";
var emulator_missing_default = defineRule({
  meta: {
    id: ID,
    description: "<emulator> names a binary that does not exist on this machine (checked only when probing is enabled)",
    defaultSeverity: "warning",
    needsCapabilities: true,
    libvirtMessages: ["Cannot check QEMU binary %s: No such file or directory"]
  },
  check(domain, context) {
    const emulator = domain.emulator;
    if (!emulator || emulator.value === "")
      return;
    const caps = context.capabilities;
    if (!caps?.host.probeEnabled) {
      context.note(`${ID}: probing is off, so whether ${emulator.value} exists here is not checked`);
      return;
    }
    const origin = caps.profile.origin;
    if (!caps.isEmpty && origin !== "probe") {
      context.note(`${ID}: capabilities come from ${caps.source}, so the absence of ${emulator.value} here is expected; not checked`);
      return;
    }
    if (caps.host.emulatorExists === false) {
      context.report({
        range: emulator.range,
        message: `The emulator ${emulator.value} does not exist on this machine; libvirt would refuse to define or start the domain here (use --no-probe when linting for another host)`
      });
    }
  }
});

// dist/src/caps/rule-support.js
function usableCapabilities(context, ruleId) {
  const caps = context.capabilities;
  if (caps && !caps.isEmpty)
    return caps;
  context.note(`${ruleId}: no capabilities known for this emulator (use --caps FILE, settings.caps, or allow probing); not checked`);
  return void 0;
}
function listForMessage(values, max = 12) {
  return values.length > max ? `${values.slice(0, max).join(", ")}, \u2026` : values.join(", ");
}

// dist/rules/emulator-supports-arch-and-type.js
var ID2 = "emulator-supports-arch-and-type";
var QEMU_DOMAIN_TYPES = /* @__PURE__ */ new Set(["qemu", "kvm", "hvf"]);
var emulator_supports_arch_and_type_default = defineRule({
  meta: {
    id: ID2,
    description: "The emulator cannot run the domain's guest architecture or domain type (kvm, qemu, hvf)",
    defaultSeverity: "error",
    needsCapabilities: true,
    libvirtMessages: ["Emulator '%s' does not support arch '%s'", "Emulator '%s' does not support virt type '%s'"]
  },
  check(domain, context) {
    const arch = domain.os?.arch;
    const type = domain.type;
    const checkType = type !== void 0 && QEMU_DOMAIN_TYPES.has(type.value);
    if (!arch?.value && !checkType)
      return;
    const caps = usableCapabilities(context, ID2);
    if (!caps)
      return;
    if (arch?.value) {
      const ok = caps.supportsArch(arch.value);
      if (ok === void 0)
        context.note(`${ID2}: ${caps.source} does not say which architectures it runs; arch '${arch.value}' not checked`);
      else if (!ok) {
        const arches = caps.profile.arches ?? [];
        context.report({
          range: arch.range,
          message: `The emulator does not run guest architecture '${arch.value}' (${caps.source})${arches.length > 0 ? `; it runs ${arches.join(", ")}` : ""}`
        });
      }
    }
    if (type && checkType) {
      const ok = caps.supportsDomainType(type.value);
      if (ok === void 0)
        context.note(`${ID2}: ${caps.source} does not say which domain types it supports; type '${type.value}' not checked`);
      else if (!ok) {
        const types = caps.profile.domainTypes ?? [];
        context.report({
          range: type.range,
          message: `The emulator does not support domain type '${type.value}' (${caps.source})${types.length > 0 ? `; it supports ${types.join(", ")}` : ""}`
        });
      }
    }
  }
});

// dist/src/caps/qemu-devices.js
var own = (table, key) => Object.prototype.hasOwnProperty.call(table, key) ? table[key] : void 0;
var virtio = (base, transport) => `${base}-${transport}`;
function qomForDiskBus(bus, transport) {
  switch (bus) {
    case "virtio":
      return [virtio("virtio-blk", transport)];
    case "ide":
      return ["ide-hd", "ide-cd"];
    case "sata":
      return ["ich9-ahci"];
    case "scsi":
      return ["scsi-hd", "scsi-cd", "scsi-block"];
    case "usb":
      return ["usb-storage", "usb-bot"];
    case "fdc":
      return ["isa-fdc", "sysbus-fdc"];
    case "sd":
      return ["sd-card"];
    case "xen":
    case "uml":
      return [];
    default:
      return void 0;
  }
}
function qomForNicModel(model, transport) {
  switch (model) {
    case "virtio":
      return [virtio("virtio-net", transport)];
    case "virtio-transitional":
      return ["virtio-net-pci-transitional"];
    case "virtio-non-transitional":
      return ["virtio-net-pci-non-transitional"];
    default:
      return /^[A-Za-z0-9_-]+$/.test(model) ? [model] : void 0;
  }
}
var SCSI_CONTROLLERS = {
  lsilogic: ["lsi53c895a"],
  lsisas1068: ["mptsas1068"],
  lsisas1078: ["megasas"],
  vmpvscsi: ["pvscsi"],
  ibmvscsi: ["spapr-vscsi"],
  am53c974: ["am53c974"],
  dc390: ["dc390"],
  "virtio-transitional": ["virtio-scsi-pci-transitional"],
  "virtio-non-transitional": ["virtio-scsi-pci-non-transitional"]
};
var USB_CONTROLLERS = {
  "piix3-uhci": ["piix3-usb-uhci"],
  "piix4-uhci": ["piix4-usb-uhci"],
  ehci: ["usb-ehci"],
  "ich9-ehci1": ["ich9-usb-ehci1"],
  "ich9-uhci1": ["ich9-usb-uhci1"],
  "ich9-uhci2": ["ich9-usb-uhci2"],
  "ich9-uhci3": ["ich9-usb-uhci3"],
  "vt82c686b-uhci": ["vt82c686b-usb-uhci"],
  "pci-ohci": ["pci-ohci"],
  "nec-xhci": ["nec-usb-xhci"],
  "qemu-xhci": ["qemu-xhci"]
};
function qomForController(type, model, transport) {
  if (type === "scsi" && model)
    return model === "virtio-scsi" ? [virtio("virtio-scsi", transport)] : own(SCSI_CONTROLLERS, model);
  if (type === "usb" && model)
    return own(USB_CONTROLLERS, model);
  if (type === "sata")
    return ["ich9-ahci"];
  if (type === "virtio-serial")
    return [virtio("virtio-serial", transport)];
  return void 0;
}
function qomForVideoModel(model, transport) {
  switch (model) {
    case "vga":
      return ["VGA", "secondary-vga"];
    case "cirrus":
      return ["cirrus-vga"];
    case "vmvga":
      return ["vmware-svga"];
    case "qxl":
      return ["qxl-vga", "qxl"];
    case "virtio":
      return transport === "pci" ? ["virtio-vga", "virtio-gpu-pci"] : [virtio("virtio-gpu", transport)];
    case "bochs":
      return ["bochs-display"];
    case "ramfb":
      return ["ramfb"];
    case "xen":
    case "vbox":
    case "parallels":
    case "gop":
      return [];
    default:
      return void 0;
  }
}
var SOUND = {
  sb16: ["sb16"],
  es1370: ["ES1370"],
  ac97: ["AC97"],
  ich6: ["intel-hda"],
  ich9: ["ich9-intel-hda"],
  usb: ["usb-audio"],
  pcspk: ["isa-pcspk"],
  virtio: ["virtio-sound-pci"]
};
var TPM = {
  "tpm-tis": ["tpm-tis", "tpm-tis-device"],
  "tpm-crb": ["tpm-crb"],
  "tpm-spapr": ["tpm-spapr"],
  "spapr-tpm-proxy": ["spapr-tpm-proxy"]
};
var WATCHDOG = {
  i6300esb: ["i6300esb"],
  ib700: ["ib700"],
  diag288: ["diag288"]
};
function qomForSoundModel(model) {
  return own(SOUND, model);
}
function qomForTpmModel(model) {
  return own(TPM, model);
}
function qomForWatchdogModel(model) {
  return own(WATCHDOG, model);
}

// dist/src/model/virtio.js
function effectiveDiskBus(disk) {
  const bus = disk.target?.bus?.value;
  if (bus)
    return bus;
  if (disk.deviceKind === "floppy")
    return "fdc";
  const dev = disk.target?.dev?.value ?? "";
  if (dev.startsWith("hd"))
    return "ide";
  if (dev.startsWith("sd"))
    return "scsi";
  if (dev.startsWith("vd"))
    return "virtio";
  if (dev.startsWith("xvd"))
    return "xen";
  if (dev.startsWith("ubd"))
    return "uml";
  if (dev.startsWith("fd"))
    return "fdc";
  return void 0;
}
var VIRTIO_NET_MODELS = /* @__PURE__ */ new Set(["virtio", "virtio-transitional", "virtio-non-transitional"]);
function isVirtioNetModel(model) {
  return VIRTIO_NET_MODELS.has(model);
}
function effectiveNetModel(domain, nic) {
  if (nic.model)
    return { model: nic.model.value, defaulted: false };
  const arch = domain.os?.arch?.value ?? "";
  const machine = domain.os?.machine?.value ?? "";
  const virtioDefault = arch === "s390x" || arch.startsWith("riscv") || (arch === "aarch64" || arch === "armv7l") && machine.startsWith("virt");
  return { model: virtioDefault ? "virtio" : "rtl8139", defaulted: true };
}
function virtioTransport(domain, addressType) {
  if (addressType === "ccw")
    return "ccw";
  if (addressType === "virtio-mmio")
    return "device";
  if (addressType === "pci")
    return "pci";
  return domain.os?.arch?.value === "s390x" ? "ccw" : "pci";
}

// dist/rules/emulator-supports-device.js
var ID3 = "emulator-supports-device";
function judgeByEnum(caps, d, scopeProblem) {
  if (scopeProblem)
    return { unknown: `the enumerations of ${caps.source} do not apply (${scopeProblem})` };
  if (caps.elementSupported(d.element) === false) {
    return { ok: false, message: `The emulator supports no <${d.element}> devices (${caps.source}), so ${d.what} '${d.value.value}' cannot be used` };
  }
  const values = d.enumName ? caps.enumValues(`${d.element}.${d.enumName}`) : void 0;
  if (!values)
    return { unknown: `${caps.source} lists no ${d.what}s` };
  if (values.includes(d.value.value))
    return { ok: true };
  return {
    ok: false,
    message: `The emulator does not support ${d.what} '${d.value.value}' (${caps.source})${values.length > 0 ? `; it supports ${listForMessage(values)}` : ""}`
  };
}
function judgeByDevices(caps, d) {
  if (!d.qom)
    return { unknown: `virtlint does not know which QEMU device ${d.what} '${d.value.value}' needs` };
  if (d.qom.length === 0) {
    if (caps.profile.origin === "domcapabilities" || !caps.profile.devices)
      return { unknown: `${caps.source} lists no QEMU devices` };
    return { ok: false, message: `QEMU has no device for ${d.what} '${d.value.value}' (libvirt accepts it only with other hypervisors) (${caps.source})` };
  }
  const answers = d.qom.map((t) => caps.hasDevice(t));
  if (answers.includes(true))
    return { ok: true };
  if (answers.every((a) => a === false)) {
    const devices = d.qom.length === 1 ? `device ${d.qom[0]}` : `devices ${d.qom.join(" / ")}`;
    return { ok: false, message: `The emulator has no QEMU ${devices}, needed for ${d.what} '${d.value.value}' (${caps.source})` };
  }
  return { unknown: `${caps.source} does not say whether it has ${d.qom.join(" / ")}` };
}
function judge(caps, d, scopeProblem) {
  const byDevices = judgeByDevices(caps, d);
  if (!("unknown" in byDevices))
    return byDevices;
  const byEnum = judgeByEnum(caps, d, scopeProblem);
  return "unknown" in byEnum && caps.profile.origin !== "domcapabilities" ? byDevices : byEnum;
}
function demands(domain) {
  const out = [];
  const transport = (addressType) => virtioTransport(domain, addressType);
  for (const disk of domain.devices.disks) {
    const derived = effectiveDiskBus(disk);
    const written = disk.target?.bus ?? disk.target?.dev;
    if (!derived || !written)
      continue;
    const bus = { value: derived, range: written.range };
    out.push({ what: "disk bus", value: bus, qom: qomForDiskBus(bus.value, transport(disk.address?.type?.value)), element: "disk", enumName: "bus" });
  }
  for (const nic of domain.devices.interfaces) {
    if (!nic.model || nic.type?.value === "hostdev")
      continue;
    out.push({ what: "NIC model", value: nic.model, qom: qomForNicModel(nic.model.value, transport(nic.address?.type?.value)), element: "interface", enumName: "model" });
  }
  for (const c of domain.devices.controllers) {
    const type = c.type?.value;
    if (!type || !c.model)
      continue;
    out.push({ what: `${type} controller model`, value: c.model, qom: qomForController(type, c.model.value, transport(c.address?.type?.value)), element: "controller", enumName: "model" });
  }
  for (const v of domain.devices.videos) {
    const model = v.model?.type;
    if (!model || model.value === "none")
      continue;
    out.push({ what: "video model", value: model, qom: qomForVideoModel(model.value, transport(v.address?.type?.value || void 0)), element: "video", enumName: "modelType" });
  }
  for (const s of domain.devices.sounds) {
    if (s.model)
      out.push({ what: "sound model", value: s.model, qom: qomForSoundModel(s.model.value), element: "sound", enumName: "model" });
  }
  for (const t of domain.devices.tpms) {
    if (t.model)
      out.push({ what: "TPM model", value: t.model, qom: qomForTpmModel(t.model.value), element: "tpm", enumName: "model" });
  }
  for (const w of domain.devices.watchdogs) {
    if (w.model)
      out.push({ what: "watchdog model", value: w.model, qom: qomForWatchdogModel(w.model.value), element: "watchdog", enumName: "model" });
  }
  return out;
}
function report(context, d, verdict) {
  if ("unknown" in verdict)
    context.note(`${ID3}: ${d.what} '${d.value.value}' not checked: ${verdict.unknown}`);
  else if (!verdict.ok)
    context.report({ range: d.value.range, message: verdict.message });
}
var emulator_supports_device_default = defineRule({
  meta: {
    id: ID3,
    description: "A disk bus, NIC, controller, video, sound, TPM or watchdog model the document uses does not exist in the emulator",
    defaultSeverity: "error",
    needsCapabilities: true,
    libvirtMessages: [
      "domain configuration does not support video model '%s'",
      "The QEMU executable %s does not support TPM model %s",
      "IDE controllers are unsupported for this QEMU binary or machine type"
    ]
  },
  check(domain, context) {
    const wanted = demands(domain);
    if (wanted.length === 0)
      return;
    const caps = usableCapabilities(context, ID3);
    if (!caps)
      return;
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) {
      context.note(`${ID3}: the emulator does not run arch '${arch}' (see emulator-supports-arch-and-type); devices not checked`);
      return;
    }
    const scopeProblem = caps.scopeMismatch({
      ...domain.os?.arch?.value ? { arch: domain.os.arch.value } : {},
      ...domain.os?.machine?.value ? { machine: domain.os.machine.value } : {},
      ...domain.type?.value ? { domainType: domain.type.value } : {}
    });
    for (const d of wanted)
      report(context, d, judge(caps, d, scopeProblem));
  }
});

// dist/rules/emulator-supports-ioeventfd.js
var ID4 = "emulator-supports-ioeventfd";
var emulator_supports_ioeventfd_default = defineRule({
  meta: {
    id: ID4,
    description: "ioeventfd is set on a virtio disk or interface whose QEMU device lacks the 'ioeventfd' property",
    defaultSeverity: "error",
    needsCapabilities: true
  },
  check(domain, context) {
    const candidates = [];
    for (const disk of domain.devices.disks) {
      const a = disk.driver?.ioeventfd;
      if (a && effectiveDiskBus(disk) === "virtio") {
        candidates.push({ attribute: a, device: `virtio-blk-${virtioTransport(domain, disk.address?.type?.value)}`, what: `disk '${disk.target?.dev?.value ?? "?"}'` });
      }
    }
    for (const nic of domain.devices.interfaces) {
      const a = nic.driver?.ioeventfd;
      if (a && isVirtioNetModel(effectiveNetModel(domain, nic).model)) {
        candidates.push({ attribute: a, device: `virtio-net-${virtioTransport(domain, nic.address?.type?.value)}`, what: "interface" });
      }
    }
    if (candidates.length === 0)
      return;
    const caps = usableCapabilities(context, ID4);
    if (!caps)
      return;
    for (const { attribute, device, what } of candidates) {
      const has2 = caps.deviceHasProperty(device, "ioeventfd");
      if (has2 === void 0) {
        const origin = caps.profile.origin;
        context.note(origin === "domcapabilities" ? `${ID4}: ${caps.source} lists enumerations only, not the properties of ${device}; not checked` : origin === "qemu-caps-cache" ? `${ID4}: ${caps.source} records no device properties (libvirt no longer tracks ioeventfd: every QEMU it supports has it on virtio-pci devices); not checked` : `${ID4}: ${caps.source} does not list the properties of ${device}; not checked`);
      } else if (!has2) {
        if (caps.hasDevice(device) === false) {
          context.note(`${ID4}: the emulator has no ${device} device (${caps.source}); see emulator-supports-device`);
          continue;
        }
        context.report({
          range: attribute.attributeRange,
          message: `The emulator's ${device} device has no 'ioeventfd' property (${caps.source}), so the ${what} cannot use ioeventfd. Remove it or use a newer QEMU`
        });
      }
    }
  }
});

// dist/rules/emulator-supports-machine.js
var ID5 = "emulator-supports-machine";
var emulator_supports_machine_default = defineRule({
  meta: {
    id: ID5,
    description: "<os><type machine> names a machine type (or alias) the emulator does not provide",
    defaultSeverity: "error",
    needsCapabilities: true,
    libvirtMessages: ["Emulator '%s' does not support machine type '%s'"]
  },
  check(domain, context) {
    const machine = domain.os?.machine;
    if (!machine || machine.value === "")
      return;
    const caps = usableCapabilities(context, ID5);
    if (!caps)
      return;
    const arch = domain.os?.arch?.value;
    if (arch && caps.supportsArch(arch) === false) {
      context.note(`${ID5}: the emulator does not run arch '${arch}' (see emulator-supports-arch-and-type); machine not checked`);
      return;
    }
    const found = caps.machine(machine.value);
    if (found === void 0) {
      context.note(`${ID5}: ${caps.source} does not list machine types; '${machine.value}' not checked`);
      return;
    }
    if (found !== null)
      return;
    const aliases = (caps.profile.machines ?? []).filter((m) => m.alias).map((m) => `${m.alias} (${m.name})`);
    const count = caps.profile.machines?.length ?? 0;
    const hint = aliases.length > 0 ? `; it offers ${listForMessage(aliases)} and ${count - aliases.length} other machine types` : count > 0 ? `; it offers ${listForMessage(caps.machineNames())}` : "";
    context.report({
      range: machine.range,
      message: `The emulator does not provide machine type '${machine.value}' (${caps.source})${hint}`
    });
  }
});

// dist/rules/registry-capabilities.js
var CAPABILITY_RULES = [
  emulator_missing_default,
  emulator_supports_arch_and_type_default,
  emulator_supports_device_default,
  emulator_supports_ioeventfd_default,
  emulator_supports_machine_default
];

// dist/rules/ioeventfd-requires-virtio.js
var ioeventfd_requires_virtio_default = defineRule({
  meta: {
    id: "ioeventfd-requires-virtio",
    description: "ioeventfd on a disk or interface that is not virtio (libvirt refuses the disk, drops it on the interface)",
    defaultSeverity: "error",
    fixable: true,
    libvirtMessages: ["disk ioeventfd mode supported only for virtio bus"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const a = disk.driver?.ioeventfd;
      const bus = effectiveDiskBus(disk);
      if (!a || !bus || bus === "virtio")
        continue;
      context.report({
        range: a.attributeRange,
        message: `ioeventfd is only supported on virtio disks, but disk '${disk.target?.dev?.value ?? "?"}' uses bus '${bus}': libvirt refuses this domain. Remove ioeventfd or use <target bus='virtio'>`,
        // Removing the attribute is the safe half of the advice: changing the bus changes the guest's device names.
        fix: removeAttributeFix(context.sourceText, a)
      });
    }
    for (const nic of domain.devices.interfaces) {
      const a = nic.driver?.ioeventfd;
      if (!a)
        continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model))
        continue;
      const which = defaulted ? `has no <model>, so libvirt uses '${model}'` : `uses model '${model}'`;
      context.report({
        severity: "warning",
        range: a.attributeRange,
        message: `ioeventfd only applies to virtio interfaces; this interface ${which}, and libvirt silently ignores the setting. Remove ioeventfd or use <model type='virtio'/>`,
        fix: removeAttributeFix(context.sourceText, a)
      });
    }
  }
});

// dist/src/xml/tree.js
function attr(el, name) {
  return el?.attributes.find((a) => a.name === name);
}
function child(el, name) {
  return el?.children.find((c) => c.name === name);
}
function childrenNamed(el, name) {
  return el ? el.children.filter((c) => c.name === name) : [];
}
function* walk(el) {
  const stack = [el];
  while (stack.length > 0) {
    const cur = stack.pop();
    yield cur;
    for (let i = cur.children.length - 1; i >= 0; i--)
      stack.push(cur.children[i]);
  }
}

// dist/src/model/read.js
var attrOf = (a) => ({ name: a.name, value: a.value, range: a.valueRange, nameRange: a.nameRange, attributeRange: a.range });
function attrValue(el, name) {
  const a = attr(el, name);
  return a ? attrOf(a) : void 0;
}
var spanOf = (el) => ({ tag: el.name, nameRange: el.nameRange, range: el.range });
var spanOfChild = (el, name) => {
  const c = child(el, name);
  return c ? spanOf(c) : void 0;
};
function textValue(el) {
  if (!el)
    return void 0;
  const value = el.text.trim();
  return {
    tag: el.name,
    value,
    range: el.children.length === 0 && value !== "" ? trimmedContentRange(el) : el.nameRange,
    nameRange: el.nameRange,
    elementRange: el.range,
    contentRange: el.contentRange
  };
}
function trimmedContentRange(el) {
  const { start, end } = el.contentRange;
  const lead = el.text.length - el.text.trimStart().length;
  const trail = el.text.length - el.text.trimEnd().length;
  if (end.offset - start.offset !== el.text.length)
    return el.contentRange;
  return {
    start: { line: start.line, column: start.column + lead, offset: start.offset + lead },
    end: { line: end.line, column: end.column - trail, offset: end.offset - trail }
  };
}
function attrsOf(el, names3) {
  const out = {};
  for (const key of Object.keys(names3)) {
    const v = attrValue(el, names3[key]);
    if (v)
      out[key] = v;
  }
  return out;
}
function withAttrs(el, name, names3) {
  const c = child(el, name);
  return c ? { ...spanOf(c), ...attrsOf(c, names3) } : void 0;
}
var elements = /* @__PURE__ */ new WeakMap();
function linkElement(node, el) {
  elements.set(node, el);
  return node;
}
var elementOf = (node) => elements.get(node);

// dist/src/model/select.js
var NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
var PREDICATE = `\\[@${NAME}(?:!?='[^']*')?\\]`;
var STEP = `(?:${NAME}|\\*)(?:${PREDICATE})*`;
var SELECT_SYNTAX = `^(?:${STEP}(?:/${STEP})*(?:@${NAME})?|@${NAME})$`;
var SYNTAX = new RegExp(SELECT_SYNTAX);
function parseSelect(source) {
  if (!SYNTAX.test(source))
    return void 0;
  const at = source.search(new RegExp(`@${NAME}$`));
  const tail = at >= 0 && !source.slice(at).includes("]") ? source.slice(at + 1) : void 0;
  const body = tail !== void 0 ? source.slice(0, at) : source;
  const steps = [];
  for (const raw of body ? splitSteps(body) : []) {
    const bracket = raw.indexOf("[");
    const name = bracket < 0 ? raw : raw.slice(0, bracket);
    const predicates = [...raw.slice(name.length).matchAll(/\[@([^\]=!]+)(?:(!?=)'([^']*)')?\]/g)].map((m) => m[2] ? { attribute: m[1], op: m[2], value: m[3] } : { attribute: m[1], op: "exists" });
    steps.push({ name, predicates });
  }
  return { steps, ...tail !== void 0 ? { attribute: tail } : {}, source };
}
function splitSteps(body) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (const c of body) {
    if (c === "'")
      quoted = !quoted;
    if (c === "/" && !quoted) {
      out.push(cur);
      cur = "";
    } else
      cur += c;
  }
  out.push(cur);
  return out;
}
function matchesStep(el, step) {
  if (step.name !== "*" && el.name !== step.name)
    return false;
  return step.predicates.every((p) => {
    const a = attrValue(el, p.attribute);
    if (p.op === "exists")
      return a !== void 0;
    if (p.op === "=")
      return a?.value === p.value;
    return a?.value !== p.value;
  });
}
function elementsAt(root, steps) {
  let level = [root];
  for (const step of steps)
    level = level.flatMap((el) => el.children.filter((c) => matchesStep(c, step)));
  return level;
}
function childrenMatching(el, step) {
  return el.children.filter((c) => matchesStep(c, step));
}
function pathOf(path17) {
  if (typeof path17 !== "string")
    return path17;
  const parsed = parseSelect(path17);
  if (!parsed)
    throw new Error(`select: '${path17}' is not a path like devices/disk/driver@cache`);
  return parsed;
}
function rootOf(domain) {
  const root = elementOf(domain);
  if (!root)
    throw new Error("select: this Domain was not built by virtlint (pass the domain a rule receives, not a copy)");
  return root;
}
function selectAll(domain, query) {
  const path17 = pathOf(query);
  const elements2 = elementsAt(rootOf(domain), path17.steps);
  if (path17.attribute === void 0) {
    return elements2.map((el) => {
      const text3 = textValue(el);
      return { element: spanOf(el), value: text3.value, range: text3.range };
    });
  }
  const name = path17.attribute;
  return elements2.flatMap((el) => {
    const a = attrValue(el, name);
    return a ? [{ element: spanOf(el), attribute: a, value: a.value, range: a.range }] : [];
  });
}
function selectMissing(domain, query) {
  const path17 = pathOf(query);
  const root = rootOf(domain);
  const last = path17.steps[path17.steps.length - 1];
  const attribute = path17.attribute;
  if (!last)
    return attribute !== void 0 && !attrValue(root, attribute) ? [{ element: spanOf(root), attribute }] : [];
  const out = [];
  for (const parent of elementsAt(root, path17.steps.slice(0, -1))) {
    const kids = childrenMatching(parent, last);
    if (kids.length === 0) {
      out.push({ element: spanOf(parent), child: last.name, ...attribute !== void 0 ? { attribute } : {} });
      continue;
    }
    if (attribute === void 0)
      continue;
    for (const kid of kids)
      if (!attrValue(kid, attribute))
        out.push({ element: spanOf(kid), attribute });
  }
  return out;
}

// dist/rules/policy.js
var CONSTRAINTS = ["allow", "deny", "pattern", "require", "forbid", "min", "max"];
var POLICY_SCHEMA = {
  type: "object",
  properties: {
    select: { type: "string", pattern: SELECT_SYNTAX, errorMessage: { pattern: "is not a path like devices/disk/driver@cache (element names or *, with [@a], [@a='v'] or [@a!='v'] filters, then an optional @attribute)" } },
    name: { type: "string", minLength: 1 },
    allow: { type: "array", items: { type: "string" }, minItems: 1 },
    deny: { type: "array", items: { type: "string" }, minItems: 1 },
    pattern: { type: "string", virtlintRegExp: true },
    require: { type: "boolean" },
    forbid: { type: "boolean" },
    min: { type: "integer", minimum: 0 },
    max: { type: "integer", minimum: 0 },
    message: { type: "string", minLength: 1 }
  },
  required: ["select"],
  additionalProperties: false,
  anyOf: CONSTRAINTS.map((c) => ({ required: [c] })),
  errorMessage: { anyOf: `needs at least one of ${CONSTRAINTS.join(", ")}` }
};
var compiledCache = /* @__PURE__ */ new WeakMap();
function compile(options) {
  let c = compiledCache.get(options);
  if (!c) {
    const path17 = parseSelect(options.select);
    c = { options, path: path17, ...options.pattern !== void 0 ? { pattern: new RegExp(options.pattern, "u") } : {} };
    compiledCache.set(options, c);
  }
  return c;
}
function subjectOf(s) {
  return s.attribute ? `<${s.element.tag} ${s.attribute.name}>` : `<${s.element.tag}>`;
}
function check(domain, policy, report2) {
  const { options: o, path: path17 } = policy;
  const label = `policy '${o.name ?? o.select}'`;
  const selected = selectAll(domain, path17);
  for (const s of selected) {
    const at = s.attribute?.attributeRange ?? s.range;
    if (o.forbid)
      report2(at, `${subjectOf(s)} is forbidden by ${label}`, s.value);
    if (o.allow && !o.allow.includes(s.value)) {
      report2(at, `${subjectOf(s)} is '${s.value}', which ${label} does not allow (allowed: ${o.allow.map((v) => `'${v}'`).join(", ")})`, s.value);
    }
    if (o.deny?.includes(s.value))
      report2(at, `${subjectOf(s)} is '${s.value}', which ${label} denies`, s.value);
    if (policy.pattern && !policy.pattern.test(s.value))
      report2(at, `${subjectOf(s)} is '${s.value}', which does not match ${label} (/${o.pattern}/)`, s.value);
  }
  if (o.require)
    for (const m of selectMissing(domain, path17))
      report2(m.element.nameRange, `${missingText(m)}, which ${label} requires`);
  if (o.max !== void 0 && selected.length > o.max) {
    const first = selected[o.max];
    report2(first.attribute?.attributeRange ?? first.range, `${selected.length} \xD7 ${path17.source} in this document; ${label} allows at most ${o.max}`);
  }
  if (o.min !== void 0 && selected.length < o.min) {
    report2(domain.nameRange, `${selected.length} \xD7 ${path17.source} in this document; ${label} requires at least ${o.min}`);
  }
}
function missingText(m) {
  if (m.child === void 0)
    return `<${m.element.tag}> has no ${m.attribute} attribute`;
  return `<${m.element.tag}> has no <${m.child === "*" ? "child element" : m.child}>${m.attribute !== void 0 ? ` with ${m.attribute}` : ""}`;
}
var policy_default = defineRule({
  meta: {
    id: "policy",
    description: "Site policies from configuration: allowed values, patterns, required or forbidden elements and attributes, counts",
    // Inert without options: a policy exists only where the configuration writes one.
    defaultSeverity: "error",
    // The options array is one policy per element: ["error", {…}, {…}].
    schema: { type: "array", items: POLICY_SCHEMA }
  },
  check(domain, context) {
    if (context.options.length === 0)
      return;
    for (const raw of context.options) {
      const policy = compile(raw);
      const custom = policy.options.message;
      check(domain, policy, (range, message, value) => context.report({ range, message: custom ? custom.replaceAll("{value}", value ?? "").replaceAll("{select}", policy.options.select) : message }));
    }
  }
});

// dist/rules/registry-core.js
var CORE_RULES = [ioeventfd_requires_virtio_default, policy_default];

// dist/src/model/numbers.js
function parseCUnsigned(text3) {
  if (text3 === void 0)
    return void 0;
  const t = text3.trim();
  let n;
  if (/^0x[0-9a-f]+$/i.test(t))
    n = Number.parseInt(t.slice(2), 16);
  else if (/^0[0-7]+$/.test(t))
    n = Number.parseInt(t.slice(1), 8);
  else if (/^[0-9]+$/.test(t))
    n = Number.parseInt(t, 10);
  else
    return void 0;
  return Number.isSafeInteger(n) ? n : void 0;
}
function parseDecimal(text3) {
  if (text3 === void 0)
    return void 0;
  const t = text3.trim();
  if (!/^[+-]?[0-9]+$/.test(t))
    return void 0;
  const n = Number.parseInt(t, 10);
  return Number.isSafeInteger(n) ? n : void 0;
}
var UNIT_FACTORS = {
  b: 1,
  bytes: 1,
  k: 1024,
  kib: 1024,
  kb: 1e3,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1e3 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1e3 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1e3 ** 4,
  p: 1024 ** 5,
  pib: 1024 ** 5,
  pb: 1e3 ** 5,
  e: 1024 ** 6,
  eib: 1024 ** 6,
  eb: 1e3 ** 6
};
function sizeInKiB(value, unit, defaultUnit = "KiB") {
  const n = parseDecimal(value);
  if (n === void 0 || n < 0)
    return void 0;
  const factor = UNIT_FACTORS[(unit ?? defaultUnit).toLowerCase()];
  if (factor === void 0)
    return void 0;
  return Math.ceil(n * factor / 1024);
}
function parseIdSet(text3) {
  const add = /* @__PURE__ */ new Set();
  const remove = /* @__PURE__ */ new Set();
  for (const part of text3.split(",")) {
    const m = /^\s*(\^)?([0-9]+)(?:-([0-9]+))?\s*$/.exec(part);
    if (!m)
      return void 0;
    const from = Number(m[2]);
    const to = m[3] === void 0 ? from : Number(m[3]);
    if (to < from || to - from > 16384)
      return void 0;
    for (let i = from; i <= to; i++)
      (m[1] ? remove : add).add(i);
  }
  return [...add].filter((n) => !remove.has(n)).sort((a, b) => a - b);
}

// dist/src/model/controllers.js
function controllerIndexes(domain) {
  const used = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  const usedOf = (type) => {
    let s = used.get(type);
    if (!s)
      used.set(type, s = /* @__PURE__ */ new Set());
    return s;
  };
  for (const c of domain.devices.controllers) {
    const n = parseDecimal(c.index?.value);
    if (n !== void 0 && n >= 0) {
      usedOf(c.type?.value ?? "").add(n);
      out.set(c, n);
    }
  }
  for (const c of domain.devices.controllers) {
    if (out.has(c))
      continue;
    const s = usedOf(c.type?.value ?? "");
    let n = 0;
    while (s.has(n))
      n++;
    s.add(n);
    out.set(c, n);
  }
  return out;
}
function controllersByTypeAndIndex(domain) {
  const out = /* @__PURE__ */ new Map();
  for (const [c, i] of controllerIndexes(domain)) {
    const key = `${c.type?.value ?? ""}:${i}`;
    if (!out.has(key))
      out.set(key, c);
  }
  return out;
}
function deviceAddresses(domain) {
  return domain.devices.all.flatMap((d) => d.address ? [{ kind: d.kind, address: d.address }] : []).sort((a, b) => a.address.range.start.offset - b.address.range.start.offset);
}

// dist/rules/address-unassigned-hostdev-only.js
var address_unassigned_hostdev_only_default = defineRule({
  meta: {
    id: "address-unassigned-hostdev-only",
    description: "<address type='unassigned'> on a device other than a PCI <hostdev>",
    defaultSeverity: "error",
    libvirtMessages: ["address of type '%s' is supported only for hostdevs"]
  },
  check(domain, context) {
    for (const { kind, address } of deviceAddresses(domain)) {
      if (address.type?.value !== "unassigned" || kind === "hostdev")
        continue;
      context.report({ range: address.type.range, message: `type='unassigned' (keep a host device detached but invisible to the guest) only exists for <hostdev>, not <${kind}>: libvirt refuses this domain. Remove the <address> or give it a real type` });
    }
  }
});

// dist/rules/audio-references.js
var audio_references_default = defineRule({
  meta: {
    id: "audio-references",
    description: "<audio> ids used twice or referenced but missing, spice audio without a spice display",
    defaultSeverity: "error",
    libvirtMessages: ["no audio device with ID %u", "audio ID %u is used multiple times", "Spice audio is not supported without spice graphics"]
  },
  check(domain, context) {
    const audios = domain.devices.audios;
    const ids = /* @__PURE__ */ new Map();
    const hasSpice = domain.devices.graphics.some((g) => g.type?.value === "spice");
    for (const a of audios) {
      const id = a.id;
      if (id) {
        const first = ids.get(id.value);
        if (first)
          context.report({ range: id.range, message: `audio id ${id.value} is already used on line ${first.range.start.line}: libvirt refuses this domain. Give each <audio> its own id` });
        else
          ids.set(id.value, id);
      }
      const type = a.type;
      if (type?.value === "spice" && !hasSpice) {
        context.report({ range: type.attributeRange, message: `spice audio travels over a SPICE connection, but the domain has no <graphics type='spice'>: libvirt refuses this domain. Use another audio type or add SPICE` });
      }
    }
    for (const d of [...domain.devices.sounds, ...domain.devices.graphics]) {
      const ref = d.audioId;
      if (ref && !ids.has(ref.value) && !(audios.length === 0 && ref.value === "1")) {
        context.report({ range: ref.range, message: `<audio id='${ref.value}'> refers to an audio backend that does not exist: libvirt refuses this domain. Define <audio id='${ref.value}' \u2026/> or fix the id` });
      }
    }
  }
});

// dist/src/model/clock.js
function buildClock(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    offset: attrValue(el, "offset"),
    timers: childrenNamed(el, "timer").map((t) => ({
      ...spanOf(t),
      name: attrValue(t, "name"),
      ...attrsOf(t, { tickpolicy: "tickpolicy", track: "track", frequency: "frequency", present: "present" })
    }))
  };
}

// dist/src/model/cpu.js
function buildCpu(el) {
  if (!el)
    return void 0;
  const topo = child(el, "topology");
  return {
    ...spanOf(el),
    mode: attrValue(el, "mode"),
    topology: topo ? { ...spanOf(topo), ...attrsOf(topo, { sockets: "sockets", dies: "dies", clusters: "clusters", cores: "cores", threads: "threads" }) } : void 0,
    numaCells: childrenNamed(child(el, "numa"), "cell").map((c) => ({
      ...spanOf(c),
      ...attrsOf(c, { id: "id", cpus: "cpus", memory: "memory", unit: "unit", memAccess: "memAccess" })
    }))
  };
}
var buildVcpu = (el) => el ? { ...spanOf(el), max: textValue(el), current: attrValue(el, "current") } : void 0;

// dist/src/model/devices/common.js
var ADDRESS_FIELDS = [
  "domain",
  "bus",
  "slot",
  "function",
  "multifunction",
  "controller",
  "target",
  "unit",
  "port",
  "device",
  "uuid",
  "cssid",
  "ssid",
  "devno",
  "iobase",
  "irq",
  "reg",
  "base"
];
function buildAddress(el) {
  if (!el)
    return void 0;
  const out = {};
  for (const f of ADDRESS_FIELDS) {
    const v = attrValue(el, f);
    if (v)
      out[f] = v;
  }
  return { ...spanOf(el), type: attrValue(el, "type"), ...out };
}
var virtioOptions = (driver2) => ({
  iommu: attrValue(driver2, "iommu"),
  ats: attrValue(driver2, "ats"),
  packed: attrValue(driver2, "packed"),
  pagePerVq: attrValue(driver2, "page_per_vq")
});
function deviceBase(el, kind) {
  return {
    ...spanOf(el),
    kind,
    address: buildAddress(child(el, "address")),
    alias: attrValue(child(el, "alias"), "name"),
    bootOrder: attrValue(child(el, "boot"), "order")
  };
}

// dist/src/model/devices/chardev.js
function charSources(el) {
  return childrenNamed(el, "source").map((s) => ({
    ...spanOf(s),
    ...attrsOf(s, { mode: "mode", path: "path", host: "host", service: "service", channel: "channel" }),
    reconnect: withAttrs(s, "reconnect", { enabled: "enabled", timeout: "timeout" })
  }));
}
function buildCharDevice(el, kind) {
  const target = child(el, "target");
  return {
    ...deviceBase(el, kind),
    type: attrValue(el, "type"),
    sources: charSources(el),
    target: target ? { ...spanOf(target), ...attrsOf(target, { type: "type", port: "port", targetName: "name" }), modelName: attrValue(child(target, "model"), "name") } : void 0
  };
}

// dist/src/model/devices/controller.js
function buildController(el) {
  const drv = child(el, "driver");
  const target = child(el, "target");
  const node = child(target, "node");
  return {
    ...deviceBase(el, "controller"),
    type: attrValue(el, "type"),
    index: attrValue(el, "index"),
    model: attrValue(el, "model"),
    modelName: attrValue(child(el, "model"), "name"),
    ports: attrValue(el, "ports"),
    driver: drv ? { ...spanOf(drv), ...virtioOptions(drv), ...attrsOf(drv, { queues: "queues", cmdPerLun: "cmd_per_lun", maxSectors: "max_sectors", ioeventfd: "ioeventfd", iothread: "iothread" }) } : void 0,
    target: target ? {
      ...spanOf(target),
      ...attrsOf(target, { chassisNr: "chassisNr", chassis: "chassis", port: "port", busNr: "busNr", index: "index", hotplug: "hotplug" }),
      node: node ? textValue(node) : void 0
    } : void 0
  };
}

// dist/src/model/settings.js
var entry2 = (el, name) => textValue(childrenNamed(el, "entry").find((e) => attrValue(e, "name")?.value === name));
function buildSeclabel(el) {
  return { ...spanOf(el), ...attrsOf(el, { type: "type", model: "model", relabel: "relabel" }), label: textValue(child(el, "label")), baselabel: textValue(child(el, "baselabel")) };
}
var CPUTUNE_VALUES = ["shares", "period", "quota", "global_period", "global_quota", "emulator_period", "emulator_quota", "iothread_period", "iothread_quota"];
var sched = (el, ids) => ({ ...spanOf(el), ids: attrValue(el, ids), scheduler: attrValue(el, "scheduler") });
function buildDomainSettings(root) {
  const cputune = child(root, "cputune");
  const cpu = child(root, "cpu");
  const cache2 = child(cpu, "cache");
  return {
    uuid: textValue(child(root, "uuid")),
    seclabels: childrenNamed(root, "seclabel").map(buildSeclabel),
    sysinfos: childrenNamed(root, "sysinfo").map((s) => ({
      ...spanOf(s),
      type: attrValue(s, "type"),
      systemUuid: entry2(child(s, "system"), "uuid"),
      biosDate: entry2(child(s, "bios"), "date")
    })),
    vcpuScheds: childrenNamed(cputune, "vcpusched").map((e) => sched(e, "vcpus")),
    iothreadScheds: childrenNamed(cputune, "iothreadsched").map((e) => sched(e, "iothreads")),
    cputuneValues: CPUTUNE_VALUES.flatMap((n) => textValue(child(cputune, n)) ?? []),
    numaDistances: childrenNamed(child(cpu, "numa"), "cell").flatMap((cell) => childrenNamed(child(cell, "distances"), "sibling").map((sib) => ({ ...spanOf(sib), cell: attrValue(cell, "id"), sibling: attrValue(sib, "id"), value: attrValue(sib, "value") }))),
    cpuCache: cache2 ? { ...spanOf(cache2), ...attrsOf(cache2, { level: "level", mode: "mode" }) } : void 0
  };
}

// dist/src/model/devices/disk.js
function driver(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    ...virtioOptions(el),
    ...attrsOf(el, {
      name: "name",
      type: "type",
      cache: "cache",
      io: "io",
      ioeventfd: "ioeventfd",
      eventIdx: "event_idx",
      queues: "queues",
      queueSize: "queue_size",
      iothread: "iothread",
      copyOnRead: "copy_on_read",
      errorPolicy: "error_policy",
      rerrorPolicy: "rerror_policy",
      discard: "discard",
      detectZeroes: "detect_zeroes"
    })
  };
}
function iotune(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    groupName: textValue(child(el, "group_name")),
    limits: el.children.filter((c) => c.name !== "group_name").flatMap((c) => textValue(c) ?? [])
  };
}
function buildDisk(el) {
  const target = child(el, "target");
  const source = child(el, "source");
  const device = attrValue(el, "device");
  const transient = child(el, "transient");
  const geometry = child(el, "geometry");
  const readonlyEl = child(el, "readonly");
  const auth = child(el, "auth") ?? child(source, "auth");
  return {
    ...deviceBase(el, "disk"),
    type: attrValue(el, "type"),
    device,
    deviceKind: device?.value ?? "disk",
    rawio: attrValue(el, "rawio"),
    sgio: attrValue(el, "sgio"),
    model: attrValue(el, "model"),
    driver: driver(child(el, "driver")),
    target: target ? { ...spanOf(target), ...attrsOf(target, { dev: "dev", bus: "bus", tray: "tray", removable: "removable" }) } : void 0,
    source: source ? {
      ...spanOf(source),
      ...attrsOf(source, { file: "file", dev: "dev", dir: "dir", protocol: "protocol", name: "name", pool: "pool", volume: "volume", type: "type", path: "path", startupPolicy: "startupPolicy" })
    } : void 0,
    readonly: readonlyEl !== void 0,
    readonlyElement: readonlyEl ? spanOf(readonlyEl) : void 0,
    shareable: spanOfChild(el, "shareable"),
    transient: transient ? { ...spanOf(transient), shareBacking: attrValue(transient, "shareBacking") } : void 0,
    serial: textValue(child(el, "serial")),
    wwn: textValue(child(el, "wwn")),
    vendor: textValue(child(el, "vendor")),
    product: textValue(child(el, "product")),
    geometry: geometry ? { ...spanOf(geometry), trans: attrValue(geometry, "trans") } : void 0,
    iotune: iotune(child(el, "iotune")),
    blockio: spanOfChild(el, "blockio"),
    encryption: spanOfChild(el, "encryption"),
    auth: auth ? spanOf(auth) : void 0,
    diskAuth: spanOfChild(el, "auth"),
    sourceAuth: spanOfChild(source, "auth"),
    sourceEncryption: spanOfChild(source, "encryption"),
    sourceSeclabels: childrenNamed(source, "seclabel").map(buildSeclabel)
  };
}

// dist/src/model/devices/filesystem.js
var buildFilesystem = (el) => ({
  ...deviceBase(el, "filesystem"),
  ...attrsOf(el, { type: "type", accessmode: "accessmode", fmode: "fmode", dmode: "dmode" }),
  driver: withAttrs(el, "driver", { type: "type" }),
  readonly: spanOfChild(el, "readonly")
});

// dist/src/model/devices/graphics.js
function buildGraphics(el) {
  return {
    ...deviceBase(el, "graphics"),
    ...attrsOf(el, { type: "type", port: "port", autoport: "autoport", passwd: "passwd" }),
    listens: childrenNamed(el, "listen").map((l) => ({ ...spanOf(l), ...attrsOf(l, { type: "type", address: "address", network: "network" }) })),
    audioId: attrValue(child(el, "audio"), "id")
  };
}

// dist/src/model/devices/hostdev.js
function buildHostdev(el) {
  const src = child(el, "source");
  return {
    ...deviceBase(el, "hostdev"),
    mode: attrValue(el, "mode"),
    type: attrValue(el, "type"),
    source: src ? {
      ...spanOf(src),
      address: buildAddress(child(src, "address")),
      vendorId: attrValue(child(src, "vendor"), "id"),
      productId: attrValue(child(src, "product"), "id"),
      adapterName: attrValue(child(src, "adapter"), "name")
    } : void 0
  };
}

// dist/src/model/devices/input.js
var buildInput = (el) => ({ ...deviceBase(el, "input"), type: attrValue(el, "type"), bus: attrValue(el, "bus") });

// dist/src/model/devices/interface.js
function netDriver(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    ...virtioOptions(el),
    ...attrsOf(el, { name: "name", txmode: "txmode", ioeventfd: "ioeventfd", eventIdx: "event_idx", queues: "queues", rxQueueSize: "rx_queue_size", txQueueSize: "tx_queue_size" })
  };
}
function buildInterface(el) {
  return {
    ...deviceBase(el, "interface"),
    type: attrValue(el, "type"),
    mac: attrValue(child(el, "mac"), "address"),
    model: attrValue(child(el, "model"), "type"),
    driver: netDriver(child(el, "driver")),
    source: spanOfChild(el, "source"),
    target: withAttrs(el, "target", { dev: "dev", managed: "managed" }),
    mtu: attrValue(child(el, "mtu"), "size"),
    vlan: spanOfChild(el, "vlan"),
    bandwidth: spanOfChild(el, "bandwidth"),
    teaming: withAttrs(el, "teaming", { type: "type", persistent: "persistent" }),
    coalesce: spanOfChild(el, "coalesce"),
    port: withAttrs(el, "port", { isolated: "isolated" }),
    virtualport: withAttrs(el, "virtualport", { type: "type" }),
    backend: spanOfChild(el, "backend"),
    ips: childrenNamed(el, "ip").map((ip) => ({ ...spanOf(ip), ...attrsOf(ip, { address: "address", prefix: "prefix", peer: "peer", family: "family" }) })),
    routes: childrenNamed(el, "route").map(spanOf)
  };
}

// dist/src/model/devices/iommu.js
var buildIommu = (el) => ({ ...deviceBase(el, "iommu"), model: attrValue(el, "model"), intremap: attrValue(child(el, "driver"), "intremap") });

// dist/src/model/devices/memory.js
function amount(el) {
  if (!el)
    return void 0;
  const text3 = textValue(el);
  const unit = attrValue(el, "unit");
  return { ...spanOf(el), text: text3, unit, kib: sizeInKiB(text3?.value, unit?.value) };
}
function buildMemoryDevice(el) {
  const target = child(el, "target");
  return {
    ...deviceBase(el, "memory"),
    model: attrValue(el, "model"),
    access: attrValue(el, "access"),
    discard: attrValue(el, "discard"),
    sourcePath: textValue(child(child(el, "source"), "path")),
    target: target ? spanOf(target) : void 0,
    size: amount(child(target, "size")),
    node: textValue(child(target, "node")),
    block: amount(child(target, "block")),
    requested: amount(child(target, "requested"))
  };
}

// dist/src/model/devices/other.js
var buildOtherDevice = (el) => deviceBase(el, el.name);

// dist/src/model/devices/panic.js
var buildPanic = (el) => ({ ...deviceBase(el, "panic"), model: attrValue(el, "model") });

// dist/src/model/devices/rng.js
function buildRng(el) {
  const b = child(el, "backend");
  return {
    ...deviceBase(el, "rng"),
    model: attrValue(el, "model"),
    backend: b ? { ...spanOf(b), model: attrValue(b, "model"), type: attrValue(b, "type"), sources: charSources(b) } : void 0
  };
}

// dist/src/model/devices/shmem.js
var buildShmem = (el) => ({ ...deviceBase(el, "shmem"), name: attrValue(el, "name"), model: attrValue(child(el, "model"), "type") });

// dist/src/model/devices/sound.js
var buildSound = (el) => ({
  ...deviceBase(el, "sound"),
  model: attrValue(el, "model"),
  codecs: childrenNamed(el, "codec").map(spanOf),
  audioId: attrValue(child(el, "audio"), "id")
});
var buildAudio = (el) => ({ ...deviceBase(el, "audio"), id: attrValue(el, "id"), type: attrValue(el, "type") });

// dist/src/model/devices/tpm.js
var buildTpm = (el) => ({ ...deviceBase(el, "tpm"), model: attrValue(el, "model"), backendType: attrValue(child(el, "backend"), "type"), backendVersion: attrValue(child(el, "backend"), "version") });

// dist/src/model/devices/usb-redirection.js
var buildRedirdev = (el) => ({ ...deviceBase(el, "redirdev"), bus: attrValue(el, "bus"), type: attrValue(el, "type"), sources: charSources(el) });
var buildSmartcard = (el) => ({ ...deviceBase(el, "smartcard"), mode: attrValue(el, "mode"), type: attrValue(el, "type"), sources: charSources(el) });
var buildHub = (el) => ({ ...deviceBase(el, "hub"), type: attrValue(el, "type") });

// dist/src/model/devices/video.js
function buildVideo(el) {
  const m = child(el, "model");
  const drv = child(m, "driver") ?? child(el, "driver");
  return {
    ...deviceBase(el, "video"),
    model: m ? {
      ...spanOf(m),
      ...attrsOf(m, { type: "type", vram: "vram", ram: "ram", vram64: "vram64", vgamem: "vgamem", heads: "heads", primary: "primary" }),
      accel3d: attrValue(child(m, "acceleration"), "accel3d")
    } : void 0,
    driver: drv ? { ...spanOf(drv), ...virtioOptions(drv) } : void 0
  };
}

// dist/src/model/devices/vsock.js
var buildVsock = (el) => ({
  ...deviceBase(el, "vsock"),
  model: attrValue(el, "model"),
  cid: attrValue(child(el, "cid"), "address"),
  cidAuto: attrValue(child(el, "cid"), "auto")
});

// dist/src/model/devices/watchdog.js
var buildWatchdog = (el) => ({ ...deviceBase(el, "watchdog"), model: attrValue(el, "model"), action: attrValue(el, "action") });

// dist/src/model/features.js
function buildFeatures(el) {
  if (!el)
    return void 0;
  return { ...spanOf(el), byName: new Map(el.children.map((f) => [f.name, { ...spanOf(f), ...attrsOf(f, { state: "state", driver: "driver" }) }])) };
}

// dist/src/model/memory.js
var buildMemorySize = (el) => el ? { ...spanOf(el), value: textValue(el), unit: attrValue(el, "unit") } : void 0;
function buildMemoryBacking(el) {
  if (!el)
    return void 0;
  const hp = child(el, "hugepages");
  return {
    ...spanOf(el),
    accessMode: attrValue(child(el, "access"), "mode"),
    hugepages: hp ? { ...spanOf(hp), pages: childrenNamed(hp, "page").map((p) => ({ ...spanOf(p), ...attrsOf(p, { size: "size", unit: "unit", nodeset: "nodeset" }) })) } : void 0,
    source: withAttrs(el, "source", { type: "type" })
  };
}
function buildMemtune(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    hardLimit: buildMemorySize(child(el, "hard_limit")),
    softLimit: buildMemorySize(child(el, "soft_limit")),
    swapHardLimit: buildMemorySize(child(el, "swap_hard_limit")),
    minGuarantee: buildMemorySize(child(el, "min_guarantee"))
  };
}
function guestMemoryIsShared(domain) {
  const backing = domain.memoryBacking?.accessMode?.value;
  const cells = domain.cpu?.numaCells ?? [];
  if (cells.length === 0)
    return backing === "shared";
  return cells.every((c) => (c.memAccess?.value ?? backing) === "shared");
}
var numaCellCount = (domain) => domain.cpu?.numaCells.length ?? 0;
function numaCellsKiB(domain) {
  const cells = domain.cpu?.numaCells ?? [];
  if (cells.length === 0)
    return void 0;
  let sum = 0;
  for (const c of cells) {
    const kib = sizeInKiB(c.memory?.value, c.unit?.value);
    if (kib === void 0)
      return void 0;
    sum += kib;
  }
  return sum;
}

// dist/src/model/numatune.js
function buildNumatune(el) {
  if (!el)
    return void 0;
  return {
    ...spanOf(el),
    memory: withAttrs(el, "memory", { mode: "mode", nodeset: "nodeset", placement: "placement" }),
    memnodes: childrenNamed(el, "memnode").map((m) => ({ ...spanOf(m), ...attrsOf(m, { cellid: "cellid", mode: "mode", nodeset: "nodeset" }) }))
  };
}

// dist/src/model/os.js
function buildOs(el) {
  if (!el)
    return void 0;
  const typeEl = child(el, "type");
  const loader = child(el, "loader");
  const nvram = child(el, "nvram");
  const firmware = child(el, "firmware");
  return {
    ...spanOf(el),
    type: textValue(typeEl),
    arch: attrValue(typeEl, "arch"),
    machine: attrValue(typeEl, "machine"),
    firmware: attrValue(el, "firmware"),
    bootDevices: childrenNamed(el, "boot").flatMap((b) => attrValue(b, "dev") ?? []),
    loader: loader ? { ...spanOf(loader), path: textValue(loader), ...attrsOf(loader, { readonly: "readonly", type: "type", secure: "secure", stateless: "stateless", format: "format" }) } : void 0,
    nvram: nvram ? { ...spanOf(nvram), path: textValue(nvram), ...attrsOf(nvram, { template: "template", templateFormat: "templateFormat", type: "type", format: "format" }) } : void 0,
    firmwareFeatures: childrenNamed(firmware, "feature").map((f) => ({ ...spanOf(f), ...attrsOf(f, { enabled: "enabled", name: "name" }) })),
    firmwareElement: firmware ? spanOf(firmware) : void 0,
    bootmenu: withAttrs(el, "bootmenu", { enable: "enable", timeout: "timeout" }),
    bios: withAttrs(el, "bios", { useserial: "useserial", rebootTimeout: "rebootTimeout" }),
    kernel: textValue(child(el, "kernel"))
  };
}

// dist/src/model/domain.js
function buildDevice(d) {
  switch (d.name) {
    case "disk":
      return buildDisk(d);
    case "interface":
      return buildInterface(d);
    case "controller":
      return buildController(d);
    case "hostdev":
      return buildHostdev(d);
    case "graphics":
      return buildGraphics(d);
    case "video":
      return buildVideo(d);
    case "sound":
      return buildSound(d);
    case "audio":
      return buildAudio(d);
    case "input":
      return buildInput(d);
    case "serial":
    case "parallel":
    case "console":
    case "channel":
      return buildCharDevice(d, d.name);
    case "redirdev":
      return buildRedirdev(d);
    case "smartcard":
      return buildSmartcard(d);
    case "hub":
      return buildHub(d);
    case "rng":
      return buildRng(d);
    case "tpm":
      return buildTpm(d);
    case "watchdog":
      return buildWatchdog(d);
    case "panic":
      return buildPanic(d);
    case "memory":
      return buildMemoryDevice(d);
    case "filesystem":
      return buildFilesystem(d);
    case "shmem":
      return buildShmem(d);
    case "vsock":
      return buildVsock(d);
    case "iommu":
      return buildIommu(d);
    default:
      return buildOtherDevice(d);
  }
}
var LIST_OF = {
  disk: "disks",
  interface: "interfaces",
  controller: "controllers",
  hostdev: "hostdevs",
  graphics: "graphics",
  video: "videos",
  sound: "sounds",
  audio: "audios",
  input: "inputs",
  serial: "serials",
  parallel: "parallels",
  console: "consoles",
  channel: "channels",
  redirdev: "redirdevs",
  smartcard: "smartcards",
  hub: "hubs",
  rng: "rngs",
  tpm: "tpms",
  watchdog: "watchdogs",
  panic: "panics",
  memory: "memories",
  filesystem: "filesystems",
  shmem: "shmems",
  vsock: "vsocks",
  iommu: "iommus"
};
function buildDevices(el) {
  const lists = Object.fromEntries([...Object.values(LIST_OF), "all", "others"].map((k) => [k, []]));
  const boots = [];
  for (const d of el?.children ?? []) {
    if (d.name === "emulator")
      continue;
    const device = buildDevice(d);
    lists.all.push(device);
    lists[LIST_OF[d.name] ?? "others"].push(device);
    for (const b of walk(d)) {
      if (b.name !== "boot" || b === d)
        continue;
      const order = attrValue(b, "order");
      if (order)
        boots.push({ device, order });
    }
  }
  const span = el ? spanOf(el) : { tag: "devices", nameRange: EMPTY_RANGE, range: EMPTY_RANGE };
  return { devices: { ...span, ...lists }, boots };
}
var EMPTY_RANGE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
function buildDomain(root) {
  const devicesEl = child(root, "devices");
  const { devices, boots } = buildDevices(devicesEl);
  const maxMem = child(root, "maxMemory");
  const maxMemory = buildMemorySize(maxMem);
  return linkElement({
    ...spanOf(root),
    type: attrValue(root, "type"),
    name: textValue(child(root, "name")),
    os: buildOs(child(root, "os")),
    bootloader: spanOfChild(root, "bootloader"),
    emulator: textValue(child(devicesEl, "emulator")),
    devices,
    devicesWritten: devicesEl !== void 0,
    deviceBoots: boots,
    vcpu: buildVcpu(child(root, "vcpu")),
    cpu: buildCpu(child(root, "cpu")),
    memory: buildMemorySize(child(root, "memory")),
    maxMemory: maxMemory ? { ...maxMemory, slots: attrValue(maxMem, "slots") } : void 0,
    currentMemory: buildMemorySize(child(root, "currentMemory")),
    memoryBacking: buildMemoryBacking(child(root, "memoryBacking")),
    memtune: buildMemtune(child(root, "memtune")),
    numatune: buildNumatune(child(root, "numatune")),
    features: buildFeatures(child(root, "features")),
    clock: buildClock(child(root, "clock")),
    lifecycle: { poweroff: textValue(child(root, "on_poweroff")), reboot: textValue(child(root, "on_reboot")), crash: textValue(child(root, "on_crash")) },
    iothreads: textValue(child(root, "iothreads")),
    iothreadIds: childrenNamed(child(root, "iothreadids"), "iothread").flatMap((t) => attrValue(t, "id") ?? []),
    ...buildDomainSettings(root)
  }, root);
}
function characterDevices(domain) {
  const out = [];
  for (const d of domain.devices.all) {
    switch (d.kind) {
      case "serial":
      case "parallel":
      case "console":
      case "channel": {
        const c = d;
        out.push({ device: c, kind: c.kind, type: c.type, sources: c.sources, target: c.target });
        break;
      }
      case "redirdev": {
        const r = d;
        out.push({ device: r, kind: r.kind, type: r.type, sources: r.sources });
        break;
      }
      case "smartcard": {
        const s = d;
        if (s.mode?.value === "passthrough")
          out.push({ device: s, kind: s.kind, type: s.type, sources: s.sources });
        break;
      }
      case "rng": {
        const r = d;
        if (r.backend?.model?.value === "egd")
          out.push({ device: r, kind: r.kind, type: r.backend.type, sources: r.backend.sources });
        break;
      }
    }
  }
  return out;
}

// dist/src/model/address.js
var field = (a, name) => {
  const v = a[name];
  return v === void 0 ? 0 : parseCUnsigned(v.value);
};
function pciAddress(a) {
  if (!a || a.type?.value !== "pci")
    return void 0;
  const [domain, bus, slot, fn] = ["domain", "bus", "slot", "function"].map((n) => field(a, n));
  if (domain === void 0 || bus === void 0 || slot === void 0 || fn === void 0)
    return void 0;
  if (domain + bus + slot + fn === 0)
    return void 0;
  return { address: a, domain, bus, slot, function: fn, multifunction: a.multifunction?.value === "on" };
}
function driveAddress(a) {
  if (!a || a.type?.value !== "drive")
    return void 0;
  const [controller, bus, target, unit] = ["controller", "bus", "target", "unit"].map((n) => field(a, n));
  if (controller === void 0 || bus === void 0 || target === void 0 || unit === void 0)
    return void 0;
  return { address: a, controller, bus, target, unit };
}
var hex = (n, width) => n.toString(16).padStart(width, "0");
function formatPci(p) {
  return `${hex(p.domain, 4)}:${hex(p.bus, 2)}:${hex(p.slot, 2)}.${p.function.toString(16)}`;
}
function addressFieldRange(a, name) {
  return a[name]?.range ?? a.nameRange;
}

// dist/src/model/describe.js
function diskName(disk) {
  const dev = disk.target?.dev?.value;
  return dev ? `disk '${dev}'` : "a disk without <target dev>";
}
function diskRange(disk) {
  return disk.target?.nameRange ?? disk.nameRange;
}

// dist/src/model/iothreads.js
function definedIothreadIds(domain) {
  const ids = /* @__PURE__ */ new Set();
  for (const id of domain.iothreadIds) {
    const n = parseDecimal(id.value);
    if (n !== void 0 && n > 0)
      ids.add(n);
  }
  const count = parseDecimal(domain.iothreads?.value) ?? 0;
  for (let next = 1; ids.size < count && next <= count + domain.iothreadIds.length; next++)
    ids.add(next);
  return ids;
}

// dist/src/model/machine.js
function archOf(domain) {
  return domain.os?.arch?.value || "x86_64";
}
function isX86(domain) {
  const a = archOf(domain);
  return a === "x86_64" || a === "i686";
}
function machineOf(domain) {
  return domain.os?.machine?.value ?? "";
}
function isQ35(domain) {
  const m = machineOf(domain);
  return isX86(domain) && (m === "q35" || m.startsWith("pc-q35"));
}
function isI440fx(domain) {
  const m = machineOf(domain);
  if (!isX86(domain))
    return false;
  return m === "" || m === "pc" || m.startsWith("pc-i440fx") || /^pc-[0-9]/.test(m);
}
function hasPcieRoot(domain) {
  const m = machineOf(domain);
  const a = archOf(domain);
  if (isQ35(domain))
    return true;
  return (a === "aarch64" || a === "armv7l" || a.startsWith("riscv")) && (m === "virt" || m.startsWith("virt-"));
}
function hasPciRoot(domain) {
  const a = archOf(domain);
  return isI440fx(domain) || a.startsWith("ppc64");
}
var BUILTIN_IDE_BOARDS = /* @__PURE__ */ new Set(["malta", "sun4u", "g3beige"]);
function hasBuiltinIde(domain) {
  const m = machineOf(domain);
  if (isX86(domain))
    return isI440fx(domain) || m.startsWith("rhel");
  if (m === "")
    return void 0;
  return BUILTIN_IDE_BOARDS.has(m);
}
function isQemuDomain(domain) {
  const t = domain.type?.value;
  return t === "qemu" || t === "kvm";
}

// dist/rules/chardev-reconnect.js
var chardev_reconnect_default = defineRule({
  meta: {
    id: "chardev-reconnect",
    description: "<reconnect enabled='yes'> on a listening (mode='bind') source, or with timeout 0",
    defaultSeverity: "error",
    libvirtMessages: ["chardev reconnect is possible only for connect mode", "chardev reconnect source timeout cannot be '0'"]
  },
  check(domain, context) {
    for (const c of characterDevices(domain)) {
      for (const src of c.sources) {
        const rc = src.reconnect;
        if (rc?.enabled?.value !== "yes" || !rc)
          continue;
        if (src.mode?.value === "bind") {
          context.report({ range: rc.nameRange, message: `a listening source (mode='bind') waits for clients and cannot reconnect: libvirt refuses this domain. Remove <reconnect> or use mode='connect'` });
        }
        const timeout = rc.timeout;
        if (timeout?.value === "0")
          context.report({ range: timeout.range, message: `reconnect timeout 0 would retry without pause: libvirt refuses this domain. Use a number of seconds \u2265 1` });
      }
    }
  }
});

// dist/rules/chardev-source-attrs.js
function pathGenerated(c) {
  const target = c.target?.type?.value;
  return c.kind === "channel" && (target === "virtio" || target === "xen");
}
var chardev_source_attrs_default = defineRule({
  meta: {
    id: "chardev-source-attrs",
    description: "character devices whose <source> lacks what their type needs: a path (file, dev, pipe, unix), host and service (tcp), a channel name (spiceport)",
    defaultSeverity: "error",
    libvirtMessages: [
      "Missing source path attribute for char device",
      "Missing source host attribute for char device",
      "Missing source service attribute for char device",
      "Missing source channel attribute for char device"
    ]
  },
  check(domain, context) {
    for (const c of characterDevices(domain)) {
      const type = c.type?.value;
      if (!type || !c.type)
        continue;
      const src = c.sources[0];
      const need = (name, why) => {
        if ((src?.[name]?.value ?? "") !== "")
          return;
        context.report({ range: src?.nameRange ?? c.type.range, message: `a '${type}' ${c.kind} needs <source ${name}='\u2026'> (${why}): libvirt refuses this domain` });
      };
      if (type === "file" || type === "dev" || type === "pipe")
        need("path", "the file or device to connect to");
      else if (type === "unix" && !pathGenerated(c))
        need("path", "the socket to create or connect to");
      else if (type === "tcp") {
        need("host", "the address to listen on or connect to");
        need("service", "the TCP port");
      } else if (type === "spiceport")
        need("channel", "the SPICE port name");
      else if (type === "udp") {
        const connect = c.sources.find((s) => s.mode?.value !== "bind") ?? src;
        if ((connect?.service?.value ?? "") === "") {
          context.report({ range: connect?.nameRange ?? c.type.range, message: `a 'udp' ${c.kind} needs a connect-mode <source service='\u2026'> (the port to send to): libvirt refuses this domain` });
        }
      }
    }
  }
});

// dist/rules/controller-index-unique.js
var controller_index_unique_default = defineRule({
  meta: {
    id: "controller-index-unique",
    description: "two controllers of the same type with the same index (USB companion controllers excepted)",
    defaultSeverity: "error",
    libvirtMessages: ["Multiple '%s' controllers with index '%d'"]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const c of domain.devices.controllers) {
      const type = c.type?.value;
      const index = parseDecimal(c.index?.value);
      if (!type || type === "usb" || index === void 0 || !c.index)
        continue;
      const key = `${type}:${index}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c.index);
        continue;
      }
      context.report({ range: c.index.range, message: `a '${type}' controller with index ${index} already exists on line ${first.range.start.line}: libvirt refuses this domain. Use another index` });
    }
  }
});

// dist/rules/controller-virtio-scsi-only-attrs.js
var ATTRS = [
  ["queues", "queues"],
  ["cmd_per_lun", "cmdPerLun"],
  ["max_sectors", "maxSectors"],
  ["ioeventfd", "ioeventfd"],
  ["iothread", "iothread"]
];
var controller_virtio_scsi_only_attrs_default = defineRule({
  meta: {
    id: "controller-virtio-scsi-only-attrs",
    description: "controller <driver> queues, cmd_per_lun, max_sectors, ioeventfd or iothread on anything but a virtio-scsi controller",
    defaultSeverity: "error",
    libvirtMessages: ["'%s' is only supported by virtio-scsi controller", "'iothread' is only supported for virtio-scsi controller", "'iothread' attribute only supported for virtio scsi controllers"]
  },
  check(domain, context) {
    for (const c of domain.devices.controllers) {
      const type = c.type?.value;
      const model = c.model?.value;
      if (!c.driver || type === "scsi" && (model === void 0 || model.startsWith("virtio")))
        continue;
      const what = type === "scsi" ? `SCSI controller model '${model}'` : `'${type ?? "?"}' controller`;
      for (const [name, key] of ATTRS) {
        const a = c.driver[key];
        if (a)
          context.report({ range: a.attributeRange, message: `${name} only applies to virtio-scsi controllers, not to this ${what}: libvirt refuses this domain. Remove ${name}` });
      }
    }
  }
});

// dist/src/model/console-alias.js
function serialAliasConsole(domain) {
  const first = domain.devices.consoles[0];
  if (!first || domain.devices.serials.length === 0)
    return void 0;
  if ((domain.os?.type?.value ?? "hvm") !== "hvm")
    return void 0;
  const t = first.target?.type?.value;
  return t === void 0 || t === "serial" ? first : void 0;
}
function devicesWithoutAliases(domain) {
  const alias = serialAliasConsole(domain);
  return alias ? domain.devices.all.filter((d) => d !== alias) : domain.devices.all;
}

// dist/rules/device-alias-unique.js
var device_alias_unique_default = defineRule({
  meta: {
    id: "device-alias-unique",
    description: "two devices with the same user alias (<alias name='ua-\u2026'>)",
    defaultSeverity: "error",
    libvirtMessages: ["non unique alias detected: %s"]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const d of devicesWithoutAliases(domain)) {
      const name = d.alias;
      if (!name || !name.value.startsWith("ua-"))
        continue;
      const first = seen.get(name.value);
      if (!first) {
        seen.set(name.value, name);
        continue;
      }
      context.report({ range: name.range, message: `alias '${name.value}' is already used on line ${first.range.start.line}: libvirt refuses this domain. Aliases name devices and must be unique` });
    }
  }
});

// dist/rules/disk-address-type-matches-bus.js
var REQUIRED = { ide: "drive", fdc: "drive", scsi: "drive", sata: "drive", usb: "usb" };
var disk_address_type_matches_bus_default = defineRule({
  meta: {
    id: "disk-address-type-matches-bus",
    description: "a disk <address> whose type does not fit the disk bus (ide/sata/scsi/fdc need drive, usb needs usb, virtio cannot take drive)",
    defaultSeverity: "error",
    libvirtMessages: ["Invalid address type '%s' for the disk '%s' with the bus type '%s'", "unexpected address type for usb disk", "virtio disk cannot have an address of type '%s'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      const type = disk.address?.type;
      if (bus === "virtio" && type?.value === "drive") {
        context.report({ range: type.range, message: `${diskName(disk)} is a virtio disk, a PCI (or CCW/MMIO) device, so it cannot have a drive address: libvirt refuses this domain. Remove the <address> or use a pci one` });
        continue;
      }
      const required = bus ? REQUIRED[bus] : void 0;
      if (!required || !type || type.value === required)
        continue;
      context.report({
        range: type.range,
        message: `${diskName(disk)} is on bus '${bus}', which needs <address type='${required}'>, not '${type.value}': libvirt refuses this domain. Fix the address type or remove the <address>`
      });
    }
  }
});

// dist/rules/disk-bus-specific-attrs.js
var disk_bus_specific_attrs_default = defineRule({
  meta: {
    id: "disk-bus-specific-attrs",
    description: "<wwn>, <vendor>/<product>, <geometry> and <serial> on buses that cannot carry them; vendor/product too long",
    defaultSeverity: "error",
    libvirtMessages: [
      "Only ide and scsi disk support wwn",
      "Only scsi disk supports vendor and product",
      "disk vendor is more than %d characters",
      "disk product is more than %d characters",
      "CHS geometry can not be set for '%s' bus",
      "CHS translation mode can only be set for 'ide' bus not '%s'",
      "Serial property not supported for drive bus '%s'"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      if (!bus)
        continue;
      const name = diskName(disk);
      const refuse2 = (range, what) => context.report({ range, message: `${what}, but ${name} uses bus '${bus}': libvirt refuses this domain` });
      if (disk.wwn && bus !== "ide" && bus !== "scsi")
        refuse2(disk.wwn.range, "<wwn> is only available on ide and scsi disks");
      for (const [el, max] of [[disk.vendor, 8], [disk.product, 16]]) {
        if (!el)
          continue;
        if (bus !== "scsi")
          refuse2(el.range, "<vendor> and <product> are only available on scsi disks");
        else if (el.value.length > max) {
          context.report({ range: el.range, message: `'${el.value}' is ${el.value.length} characters long; SCSI allows at most ${max}: libvirt refuses this domain. Shorten it` });
        }
      }
      if (disk.geometry) {
        if (bus === "usb" || bus === "sd")
          refuse2(disk.geometry.nameRange, "<geometry> (CHS) cannot be set on usb or sd disks");
        const trans = disk.geometry.trans;
        if (trans && bus !== "ide")
          refuse2(trans.range, "the CHS translation mode (trans) only exists on ide disks");
      }
      if (disk.serial && bus === "sd")
        refuse2(disk.serial.range, "<serial> is not available on sd cards");
    }
  }
});

// dist/rules/disk-cdrom-bus-ejectable.js
var disk_cdrom_bus_ejectable_default = defineRule({
  meta: {
    id: "disk-cdrom-bus-ejectable",
    description: "a cdrom on a bus without removable media (virtio, sd)",
    defaultSeverity: "error",
    libvirtMessages: ["disk type of '%s' does not support ejectable media"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      if (disk.deviceKind !== "cdrom" || bus !== "virtio" && bus !== "sd")
        continue;
      context.report({
        range: disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange,
        message: `a cdrom needs a bus with ejectable media, and '${bus}' has none: libvirt refuses this domain. Use bus 'sata' (q35), 'ide' (i440fx) or 'scsi'`
      });
    }
  }
});

// dist/rules/disk-copy-on-read.js
var disk_copy_on_read_default = defineRule({
  meta: {
    id: "disk-copy-on-read",
    description: "copy_on_read='on' on a read-only disk, a cdrom or floppy, or a lun",
    defaultSeverity: "error",
    libvirtMessages: ["copy_on_read is not compatible with read-only disk '%s'", "copy_on_read is not supported with removable disk '%s'", "copy_on_read is not compatible with 'lun' disk '%s'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const cor = disk.driver?.copyOnRead;
      if (cor?.value !== "on")
        continue;
      const why = disk.readonly || disk.deviceKind === "cdrom" ? "it is read-only, so nothing can be copied into it" : disk.deviceKind === "floppy" ? "it is removable media" : disk.deviceKind === "lun" ? "a lun passes SCSI commands straight to the device" : void 0;
      if (!why)
        continue;
      context.report({ range: cor.range, message: `copy_on_read cannot be used on ${diskName(disk)}: ${why}. libvirt refuses this domain; remove copy_on_read` });
    }
  }
});

// dist/rules/disk-device-bus-compat.js
var disk_device_bus_compat_default = defineRule({
  meta: {
    id: "disk-device-bus-compat",
    description: "floppies off the fdc bus, other devices on it, and read-only IDE/SATA hard disks",
    defaultSeverity: "error",
    libvirtMessages: ["Invalid bus type '%s' for floppy disk", "Invalid bus type '%s' for disk", "readonly ide disks are not supported", "readonly sata disks are not supported"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      const where = disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange;
      if (!bus)
        continue;
      if (disk.deviceKind === "floppy" && bus !== "fdc") {
        context.report({ range: where, message: `a floppy must be on bus 'fdc', not '${bus}': libvirt refuses this domain. Use <target dev='fda' bus='fdc'/>` });
      } else if (disk.deviceKind !== "floppy" && bus === "fdc") {
        context.report({ range: where, message: `bus 'fdc' only takes floppies, but this is a '${disk.deviceKind}' device: libvirt refuses this domain. Use device='floppy' or another bus` });
      } else if (disk.deviceKind === "disk" && disk.readonlyElement && (bus === "ide" || bus === "sata")) {
        context.report({
          range: disk.readonlyElement.nameRange,
          message: `${diskName(disk)} is a read-only hard disk on bus '${bus}', which QEMU cannot emulate: libvirt refuses this domain. Use device='cdrom', another bus (virtio, scsi), or drop <readonly/>`
        });
      }
    }
  }
});

// dist/rules/disk-driver-name.js
var disk_driver_name_default = defineRule({
  meta: {
    id: "disk-driver-name",
    description: "a disk <driver name> other than 'qemu' in a QEMU domain",
    defaultSeverity: "error",
    libvirtMessages: ["unsupported driver name '%s' for disk '%s'"]
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== "qemu" && type !== "kvm")
      return;
    for (const disk of domain.devices.disks) {
      const name = disk.driver?.name;
      if (!name || name.value === "qemu")
        continue;
      context.report({ range: name.range, message: `${diskName(disk)} asks for driver '${name.value}', but QEMU domains only have the 'qemu' driver: libvirt refuses this domain. Use name='qemu'` });
    }
  }
});

// dist/rules/disk-io-native-cache.js
var disk_io_native_cache_default = defineRule({
  meta: {
    id: "disk-io-native-cache",
    description: "io='native' without cache='none' or cache='directsync'",
    defaultSeverity: "error",
    libvirtMessages: ["io='native' needs either no disk cache or directsync cache mode"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const io = disk.driver?.io;
      if (io?.value !== "native")
        continue;
      const cache2 = disk.driver?.cache?.value;
      if (cache2 === "none" || cache2 === "directsync")
        continue;
      context.report({
        range: io.range,
        message: `io='native' needs O_DIRECT, so ${diskName(disk)} must use cache='none' or cache='directsync' (${cache2 ? `it has cache='${cache2}'` : "it sets no cache, and the default caches"}): libvirt refuses this domain. Add cache='none' or use io='threads'`
      });
    }
  }
});

// dist/rules/disk-iothread-valid.js
var disk_iothread_valid_default = defineRule({
  meta: {
    id: "disk-iothread-valid",
    description: "<driver iothread> on a non-virtio disk, or naming an IOThread the domain does not define",
    defaultSeverity: "error",
    libvirtMessages: ["IOThreads not available for bus %s target %s", "Disk iothread '%u' not defined in iothreadid"]
  },
  check(domain, context) {
    let ids;
    for (const disk of domain.devices.disks) {
      const it = disk.driver?.iothread;
      if (!it)
        continue;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== "virtio") {
        context.report({ range: it.range, message: `IOThreads only serve virtio disks, and ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove iothread or use bus 'virtio'` });
        continue;
      }
      ids ??= definedIothreadIds(domain);
      const n = Number(it.value);
      if (Number.isInteger(n) && !ids.has(n)) {
        const known = ids.size === 0 ? "the domain defines no IOThreads" : `defined IOThread ids: ${[...ids].sort((a, b) => a - b).join(", ")}`;
        context.report({ range: it.range, message: `${diskName(disk)} uses IOThread ${n}, but ${known}: libvirt refuses this domain. Add <iothreads> (or an <iothreadids> entry) or fix the id` });
      }
    }
  }
});

// dist/rules/disk-iotune.js
var GROUPS = ["bytes_sec", "iops_sec", "bytes_sec_max", "iops_sec_max"];
var disk_iotune_default = defineRule({
  meta: {
    id: "disk-iotune",
    description: "<iotune> limits that contradict each other: a total together with a read/write limit, a group_name without limits, one throttle group with different limits",
    defaultSeverity: "error",
    libvirtMessages: ["total and read/write %s cannot be set at the same time", "group_name can be configured only together with settings", "different iotunes for disks %s and %s"]
  },
  check(domain, context) {
    const groups = /* @__PURE__ */ new Map();
    for (const disk of domain.devices.disks) {
      const io = disk.iotune;
      if (!io)
        continue;
      const limit = (tag2) => io.limits.find((l) => l.tag === tag2);
      const group = io.groupName;
      const gname = group?.value;
      if (group && gname) {
        const key = io.limits.map((l) => `${l.tag}=${l.value}`).sort().join(",");
        const first = groups.get(gname);
        if (!first)
          groups.set(gname, { key, disk: diskName(disk) });
        else if (first.key !== key) {
          context.report({ range: group.nameRange, message: `${diskName(disk)} joins throttle group '${gname}' with other limits than ${first.disk}: libvirt refuses this domain. Give every disk of a group the same <iotune> values` });
        }
      }
      for (const g of GROUPS) {
        const total = limit(`total_${g}`);
        const rw = limit(`read_${g}`) ?? limit(`write_${g}`);
        if (!total || !rw)
          continue;
        context.report({
          range: rw.nameRange,
          message: `<${rw.tag}> cannot be combined with <total_${g}> on ${diskName(disk)}: a total limit and per-direction limits exclude each other. libvirt refuses this domain; keep one kind`
        });
      }
      if (group && io.limits.length === 0) {
        context.report({ range: group.nameRange, message: `<group_name> on ${diskName(disk)} without any limit has nothing to share: libvirt refuses this domain. Add limits or remove <iotune>` });
      }
    }
  }
});

// dist/rules/disk-lun-bus.js
var disk_lun_bus_default = defineRule({
  meta: {
    id: "disk-lun-bus",
    description: "device='lun' on a bus other than virtio or scsi",
    defaultSeverity: "error",
    libvirtMessages: ["disk device='lun' is not supported for bus='%s'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind !== "lun")
        continue;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== "virtio" && bus !== "scsi") {
        context.report({ range: disk.target?.bus?.range ?? disk.device?.range ?? disk.nameRange, message: `device='lun' passes SCSI commands through and needs bus 'scsi' or 'virtio', not '${bus}': libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/disk-lun-format-raw.js
var disk_lun_format_raw_default = defineRule({
  meta: {
    id: "disk-lun-format-raw",
    description: "device='lun' with a driver format other than raw",
    defaultSeverity: "error",
    libvirtMessages: ["disk device 'lun' must use 'raw' format"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind !== "lun")
        continue;
      const format = disk.driver?.type;
      if (format && format.value !== "raw") {
        context.report({ range: format.range, message: `a lun is the raw SCSI device; it cannot have format '${format.value}': libvirt refuses this domain. Use type='raw'` });
      }
    }
  }
});

// dist/rules/disk-lun-identity.js
var disk_lun_identity_default = defineRule({
  meta: {
    id: "disk-lun-identity",
    description: "device='lun' with its own identity: <wwn>, <vendor>, <product>, or <serial> on a SCSI lun",
    defaultSeverity: "error",
    libvirtMessages: [
      "Setting wwn is not supported for lun device",
      "Setting vendor or product is not supported for lun device",
      "scsi-block 'lun' devices do not support the serial property"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind !== "lun")
        continue;
      for (const [el, what] of [[disk.wwn, "wwn"], [disk.vendor, "vendor"], [disk.product, "product"]]) {
        if (el)
          context.report({ range: el.range, message: `<${what}> cannot be set on a lun: the guest sees the real device's identity. libvirt refuses this domain` });
      }
      if (disk.serial && effectiveDiskBus(disk) === "scsi") {
        context.report({ range: disk.serial.range, message: `a SCSI lun reports the real device's serial; <serial> cannot be set: libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/disk-lun-source-type.js
var disk_lun_source_type_default = defineRule({
  meta: {
    id: "disk-lun-source-type",
    description: "device='lun' without a block device, storage-pool volume or iSCSI source",
    defaultSeverity: "error",
    libvirtMessages: ["disk device='lun' is only valid for block type disk source"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind !== "lun")
        continue;
      const type = disk.type?.value ?? "file";
      const protocol = disk.source?.protocol?.value;
      const ok = type === "block" || type === "volume" || type === "network" && protocol === "iscsi";
      if (!ok) {
        context.report({
          range: disk.type?.range ?? disk.nameRange,
          message: `device='lun' needs a block device (type='block'), a storage-pool volume or an iSCSI source, not a '${type}${protocol ? `/${protocol}` : ""}' source: libvirt refuses this domain. Use device='disk' for image files`
        });
      }
    }
  }
});

// dist/rules/disk-rawio-sgio-requires-lun.js
var disk_rawio_sgio_requires_lun_default = defineRule({
  meta: {
    id: "disk-rawio-sgio-requires-lun",
    description: "rawio or sgio on a disk that is not device='lun'",
    defaultSeverity: "error",
    libvirtMessages: ["rawio can be used only with device='lun'", "sgio can be used only with device='lun'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind === "lun")
        continue;
      for (const a of ["rawio", "sgio"]) {
        const x = disk[a];
        if (x)
          context.report({ range: x.attributeRange, message: `${a} only applies to SCSI passthrough (device='lun'), and ${diskName(disk)} is a '${disk.deviceKind}': libvirt refuses this domain. Remove ${a} or use device='lun'` });
      }
    }
  }
});

// dist/rules/disk-model-requires-virtio-bus.js
var disk_model_requires_virtio_bus_default = defineRule({
  meta: {
    id: "disk-model-requires-virtio-bus",
    description: "<disk model='virtio\u2026'> on a disk whose bus is not virtio",
    defaultSeverity: "error",
    libvirtMessages: ["disk model '%s' not supported for bus '%s'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const model = disk.model;
      const bus = effectiveDiskBus(disk);
      if (!model || !model.value.startsWith("virtio") || !bus || bus === "virtio")
        continue;
      context.report({
        range: model.range,
        message: `model '${model.value}' selects a virtio-blk device, but ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove the model attribute or use <target bus='virtio'>`
      });
    }
  }
});

// dist/rules/disk-network-auth-protocol.js
var WITH_AUTH = /* @__PURE__ */ new Set(["iscsi", "rbd", "http", "https", "ftp", "ftps", "ssh"]);
var disk_network_auth_protocol_default = defineRule({
  meta: {
    id: "disk-network-auth-protocol",
    description: "<auth> on a network disk whose protocol has no authentication (nbd, gluster, \u2026)",
    defaultSeverity: "error",
    libvirtMessages: ["authentication is not supported for protocol '%s'"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.type?.value !== "network" || !disk.auth)
        continue;
      const protocol = disk.source?.protocol?.value;
      if (!protocol || WITH_AUTH.has(protocol))
        continue;
      context.report({
        range: disk.auth.nameRange,
        message: `${diskName(disk)} uses protocol '${protocol}', which has no authentication: libvirt refuses this domain. Remove <auth> (or use TLS where the protocol offers it)`
      });
    }
  }
});

// dist/rules/disk-removable-media-attrs.js
var disk_removable_media_attrs_default = defineRule({
  meta: {
    id: "disk-removable-media-attrs",
    description: "tray on hard disks, removable off USB, startupPolicy on network disks, startupPolicy='requisite' on hard disks",
    defaultSeverity: "error",
    libvirtMessages: [
      "tray is only valid for cdrom and floppy",
      "removable is only valid for usb disks",
      "disk startupPolicy '%s' is not allowed for disk of '%s' type",
      "disk startupPolicy 'requisite' is allowed only for cdrom or floppy"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const name = diskName(disk);
      const removable = disk.deviceKind === "cdrom" || disk.deviceKind === "floppy";
      const tray = disk.target?.tray;
      if (tray && !removable)
        context.report({ range: tray.attributeRange, message: `tray only exists on cdroms and floppies, and ${name} is a '${disk.deviceKind}': libvirt refuses this domain. Remove tray` });
      const rem = disk.target?.removable;
      const bus = effectiveDiskBus(disk);
      if (rem && bus && bus !== "usb")
        context.report({ range: rem.attributeRange, message: `removable only applies to usb disks, and ${name} uses bus '${bus}': libvirt refuses this domain. Remove removable or use bus 'usb'` });
      const policy = disk.source?.startupPolicy;
      if (!policy)
        continue;
      const type = disk.type?.value ?? "file";
      if (type === "network") {
        context.report({ range: policy.attributeRange, message: `startupPolicy needs a source libvirt can check for existence, which a network disk is not: libvirt refuses this domain. Remove startupPolicy` });
      } else if (policy.value === "requisite" && !removable) {
        context.report({ range: policy.range, message: `startupPolicy='requisite' is only for cdroms and floppies; ${name} is a '${disk.deviceKind}': libvirt refuses this domain. Use 'optional' or 'mandatory'` });
      }
    }
  }
});

// dist/rules/disk-serial-characters.js
var SAFE = /^[A-Za-z0-9_ .+-]*$/;
var disk_serial_characters_default = defineRule({
  meta: {
    id: "disk-serial-characters",
    description: "a disk <serial> with characters outside letters, digits, space and _ . + -",
    defaultSeverity: "error",
    libvirtMessages: ["driver serial '%s' contains unsafe characters"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const serial = disk.serial;
      if (!serial || SAFE.test(serial.value))
        continue;
      const bad2 = [...new Set(serial.value.replace(/[A-Za-z0-9_ .+-]/g, ""))].map((c) => `'${c}'`).join(", ");
      context.report({ range: serial.range, message: `the serial of ${diskName(disk)} contains ${bad2}; only letters, digits, space and _ . + - are allowed: libvirt refuses this domain` });
    }
  }
});

// dist/rules/disk-shareable-format.js
var UNSHAREABLE = /* @__PURE__ */ new Set(["qcow2", "qcow", "qed", "vmdk", "vdi", "vhdx", "vpc", "cow"]);
var disk_shareable_format_default = defineRule({
  meta: {
    id: "disk-shareable-format",
    description: "<shareable/> on a writable disk in an image format that cannot be written concurrently (qcow2, \u2026)",
    defaultSeverity: "error",
    libvirtMessages: ["shared access for disk '%s' requires use of supported storage format"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const format = disk.driver?.type?.value;
      if (!disk.shareable || disk.readonly || !format || !UNSHAREABLE.has(format))
        continue;
      context.report({
        range: disk.shareable.nameRange,
        message: `${diskName(disk)} is shareable and writable, but format '${format}' cannot be written by two guests at once: libvirt refuses this domain. Use type='raw', or add <readonly/>`
      });
    }
  }
});

// dist/rules/disk-source-required.js
var SOURCE_ATTR = { file: "file", block: "dev", dir: "dir", network: "protocol", volume: "volume", nvme: "type", vhostuser: "path", vhostvdpa: "dev" };
var disk_source_required_default = defineRule({
  meta: {
    id: "disk-source-required",
    description: "a hard disk (device='disk' or 'lun') without a source: only removable media may be empty",
    defaultSeverity: "error",
    libvirtMessages: ["missing source information for device %s"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.deviceKind !== "disk" && disk.deviceKind !== "lun")
        continue;
      const type = disk.type?.value ?? "file";
      const key = SOURCE_ATTR[type];
      if (!key)
        continue;
      const value = key === "type" && type === "nvme" ? "present" : disk.source?.[key]?.value;
      if (disk.source && (value ?? "") !== "")
        continue;
      context.report({
        range: disk.source?.nameRange ?? diskRange(disk),
        message: `${diskName(disk)} has no source (${type} disks name it in <source ${key}='\u2026'>); only cdroms and floppies may be empty: libvirt refuses this domain`
      });
    }
  }
});

// dist/rules/disk-target-name-valid.js
var DISK_PREFIXES = ["xvd", "ubd", "hd", "sd", "vd"];
function letterIndex(letters) {
  let idx = -1;
  for (const c of letters)
    idx = (idx + 1) * 26 + (c.charCodeAt(0) - 97);
  return idx;
}
var disk_target_name_valid_default = defineRule({
  meta: {
    id: "disk-target-name-valid",
    description: "<target dev> names that libvirt cannot parse: wrong prefix for the device, partitions (vda1), junk after the letters",
    defaultSeverity: "error",
    libvirtMessages: [
      "Invalid harddisk device name: %s",
      "Invalid floppy device name: %s",
      "invalid disk target '%s'",
      "invalid disk target '%s', partitions can't appear in disk targets",
      "Unknown disk name '%s' and no address specified"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const dev = disk.target?.dev;
      if (!dev || dev.value === "")
        continue;
      const name = dev.value;
      const floppy = disk.deviceKind === "floppy";
      const prefix = floppy ? name.startsWith("fd") ? "fd" : void 0 : DISK_PREFIXES.find((p) => name.startsWith(p));
      if (!prefix) {
        context.report({
          range: dev.range,
          message: floppy ? `floppy target '${name}' must start with 'fd' (fda, fdb): libvirt refuses this domain` : `disk target '${name}' must start with hd, sd, vd, xvd or ubd followed by letters (e.g. vda, sdb): libvirt refuses this domain`
        });
        continue;
      }
      const m = /^([a-z]+)([0-9]*)$/.exec(name.slice(prefix.length));
      if (!m) {
        context.report({ range: dev.range, message: `disk target '${name}' is not a disk name (a prefix followed by letters, e.g. ${prefix}a): libvirt refuses this domain` });
      } else if (m[2] === "" && !disk.address && letterIndex(m[1]) > 2147483647) {
        context.report({ range: dev.range, message: `disk target '${name}' has so many letters that libvirt cannot turn it into a disk position: libvirt refuses this domain. Use a short name (e.g. ${prefix}b)` });
      } else if (m[2] !== "") {
        context.report({
          range: dev.range,
          message: `disk target '${name}' names a partition; targets are whole disks: libvirt refuses this domain. Use '${prefix}${m[1]}'`
        });
      }
    }
  }
});

// dist/rules/disk-target-unique.js
var disk_target_unique_default = defineRule({
  meta: {
    id: "disk-target-unique",
    description: "two disks with the same <target dev>",
    defaultSeverity: "error",
    libvirtMessages: ["target '%s' duplicated for disk sources '%s' and '%s'"]
  },
  check(domain, context) {
    const first = /* @__PURE__ */ new Map();
    for (const disk of domain.devices.disks) {
      const dev = disk.target?.dev;
      if (!dev || dev.value === "")
        continue;
      const earlier = first.get(dev.value);
      if (!earlier) {
        first.set(dev.value, disk);
        continue;
      }
      context.report({
        range: dev.range,
        message: `target '${dev.value}' is already used by the disk on line ${earlier.range.start.line}: libvirt refuses this domain. Give each disk its own target name`
      });
    }
  }
});

// dist/rules/disk-virtio-driver-attrs.js
var REFUSED = /* @__PURE__ */ new Map([
  ["event_idx", "disk event_idx mode supported only for virtio bus"],
  ["queues", "queues attribute in disk driver element is only supported by virtio-blk"]
]);
var disk_virtio_driver_attrs_default = defineRule({
  meta: {
    id: "disk-virtio-driver-attrs",
    description: "event_idx, queues or queue_size on the <driver> of a disk whose bus is not virtio",
    defaultSeverity: "error",
    fixable: true,
    libvirtMessages: [...REFUSED.values()]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      if (!disk.driver || !bus || bus === "virtio")
        continue;
      for (const [name, key] of [["event_idx", "eventIdx"], ["queues", "queues"], ["queue_size", "queueSize"]]) {
        const a = disk.driver[key];
        if (!a)
          continue;
        const refused = REFUSED.has(name);
        context.report({
          range: a.attributeRange,
          severity: refused ? "error" : "warning",
          message: refused ? `${name} only applies to virtio disks, but ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove ${name} or use <target bus='virtio'>` : `${name} only applies to virtio disks; ${diskName(disk)} uses bus '${bus}' and libvirt silently ignores it. Remove ${name} or use <target bus='virtio'>`,
          ...refused ? {} : { fix: removeAttributeFix(context.sourceText, a) }
        });
      }
    }
  }
});

// dist/src/model/implied-addresses.js
var DRIVE_SPACES = /* @__PURE__ */ new Set(["ide", "sata", "scsi", "fdc"]);
var PREFIXES = ["xvd", "ubd", "hd", "sd", "vd", "fd"];
function diskIndex(dev) {
  const prefix = PREFIXES.find((p) => dev.startsWith(p));
  if (!prefix)
    return void 0;
  const m = /^[a-z]+$/.exec(dev.slice(prefix.length));
  if (!m)
    return void 0;
  let idx = -1;
  for (const c of m[0])
    idx = (idx + 1) * 26 + (c.charCodeAt(0) - 97);
  return idx <= 2147483647 ? idx : void 0;
}
function impliedDriveAddress(space, idx) {
  switch (space) {
    case "ide":
      return { controller: Math.floor(idx / 4), bus: Math.floor(idx % 4 / 2), target: 0, unit: idx % 2 };
    case "sata":
      return { controller: Math.floor(idx / 6), bus: 0, target: 0, unit: idx % 6 };
    case "scsi":
      return { controller: Math.floor(idx / 7), bus: 0, target: 0, unit: idx % 7 };
    case "fdc":
      return { controller: Math.floor(idx / 2), bus: 0, target: 0, unit: idx % 2 };
  }
}
function diskDriveSlot(disk) {
  const space = effectiveDiskBus(disk);
  if (!space || !DRIVE_SPACES.has(space))
    return void 0;
  const s = space;
  if (disk.address) {
    const a = driveAddress(disk.address);
    return a ? { device: disk, space: s, controller: a.controller, bus: a.bus, target: a.target, unit: a.unit, origin: "written", range: disk.address.nameRange } : void 0;
  }
  const dev = disk.target?.dev;
  const idx = dev ? diskIndex(dev.value) : void 0;
  if (!dev || idx === void 0)
    return void 0;
  return { device: disk, space: s, ...impliedDriveAddress(s, idx), origin: "implied", range: dev.range };
}
function driveSlots(domain) {
  const out = [];
  for (const disk of domain.devices.disks) {
    const slot = diskDriveSlot(disk);
    if (slot)
      out.push(slot);
  }
  for (const hd of domain.devices.hostdevs) {
    if (hd.type?.value !== "scsi")
      continue;
    const a = driveAddress(hd.address);
    if (a)
      out.push({ device: hd, space: "scsi", controller: a.controller, bus: a.bus, target: a.target, unit: a.unit, origin: "written", range: a.address.nameRange });
  }
  return out;
}
function formatDrive(s) {
  return `controller='${s.controller}' bus='${s.bus}' target='${s.target}' unit='${s.unit}'`;
}
function describeDriveSlot(s) {
  const who = s.device.kind === "disk" ? `disk '${s.device.target?.dev?.value ?? "?"}'` : "the SCSI host device";
  const from = s.origin === "implied" ? `the address libvirt derives from target '${s.device.kind === "disk" ? s.device.target?.dev?.value ?? "?" : "?"}'` : "its <address>";
  return `${who} on line ${s.device.range.start.line} (${from})`;
}

// dist/rules/drive-address-bus-limits.js
var drive_address_bus_limits_default = defineRule({
  meta: {
    id: "drive-address-bus-limits",
    description: "drive addresses past what the controller has: SCSI bus > 0, lsilogic target > 0, IDE controller/target > 0 (also IDE targets past hdd and floppies past fdb without an address), SATA bus/target > 0, FDC controller/bus/target > 0",
    defaultSeverity: "error",
    libvirtMessages: [
      "SCSI controller only supports 1 bus",
      "target must be 0 for controller model 'lsilogic'",
      "Only 1 IDE controller is supported",
      "target must be 0 for ide controller",
      "Only 1 fdc controller is supported",
      "Only 1 fdc bus is supported",
      "target must be 0 for controller fdc",
      "bus must be 0 for sata controller",
      "target must be 0 for sata controller"
    ]
  },
  check(domain, context) {
    let controllers;
    for (const disk of domain.devices.disks) {
      const implied = disk.address ? void 0 : diskDriveSlot(disk);
      if (implied?.space === "ide" && implied.controller > 0) {
        context.report({
          range: implied.range,
          message: `${diskName(disk)}: libvirt maps this target name to IDE controller ${implied.controller}, but the machine has a single IDE controller (0) with 4 drives, hda to hdd: libvirt refuses this domain. Use hda\u2013hdd, or another bus (sata, scsi)`
        });
      } else if (implied?.space === "fdc" && implied.controller > 0) {
        context.report({
          range: implied.range,
          message: `${diskName(disk)}: libvirt maps this target name to floppy controller ${implied.controller}, but there is a single floppy controller with 2 drives, fda and fdb: libvirt refuses this domain. Use fda or fdb`
        });
      }
      const a = driveAddress(disk.address);
      const bus = effectiveDiskBus(disk);
      if (!a || !bus)
        continue;
      const bad2 = (field2, what) => context.report({ range: addressFieldRange(a.address, field2), message: `${diskName(disk)}: ${what}: libvirt refuses this domain` });
      if (bus === "scsi") {
        if (a.bus !== 0)
          bad2("bus", "a SCSI controller has a single bus, so bus must be 0");
        controllers ??= controllersByTypeAndIndex(domain);
        if (a.target !== 0 && controllers.get(`scsi:${a.controller}`)?.model?.value === "lsilogic") {
          bad2("target", "the lsilogic controller only addresses target 0; use unit to place disks");
        }
      } else if (bus === "ide") {
        if (a.controller !== 0)
          bad2("controller", "the machine has a single IDE controller (0)");
        if (a.target !== 0)
          bad2("target", "IDE has no targets other than 0; use bus (0\u20131) and unit (0\u20131)");
      } else if (bus === "sata") {
        if (a.bus !== 0)
          bad2("bus", "a SATA controller has a single bus, so bus must be 0; use unit (0\u20135) for ports");
        if (a.target !== 0)
          bad2("target", "SATA has no targets other than 0; use unit (0\u20135) for ports");
      } else if (bus === "fdc") {
        if (a.controller !== 0)
          bad2("controller", "there is a single floppy controller (0)");
        if (a.bus !== 0)
          bad2("bus", "the floppy controller has a single bus (0)");
        if (a.target !== 0)
          bad2("target", "the floppy controller has no targets other than 0; use unit (0\u20131)");
      }
    }
  }
});

// dist/rules/drive-address-unique.js
var drive_address_unique_default = defineRule({
  meta: {
    id: "drive-address-unique",
    description: "two disks on the same bus, or SCSI disks and SCSI host devices, at the same drive address \u2014 written in <address type='drive'> or derived by libvirt from the target name",
    defaultSeverity: "error",
    libvirtMessages: [
      "Found duplicate drive address for disk with target name '%s' controller='%u' bus='%u' target='%u' unit='%u'",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by another SCSI host device",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by a SCSI disk",
      "using disk target name '%s' conflicts with SCSI host device address controller='%u' bus='%u' target='%u' unit='%u'"
    ]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const slot of driveSlots(domain)) {
      const key = `${slot.space}:${slot.controller}:${slot.bus}:${slot.target}:${slot.unit}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, slot);
        continue;
      }
      context.report({
        range: slot.range,
        message: `${describeDriveSlot(slot)} is at drive address ${formatDrive(slot)} on the ${slot.space} bus, already taken by ${describeDriveSlot(first)}: libvirt refuses this domain. Put one of them on a free unit (an <address type='drive'> of its own) or change its target name`
      });
    }
  }
});

// dist/rules/graphics-combinations.js
var graphics_combinations_default = defineRule({
  meta: {
    id: "graphics-combinations",
    description: "two <graphics> of one type, egl-headless next to sdl/dbus, <listen type='network'> without network=",
    defaultSeverity: "error",
    libvirtMessages: [
      "only 1 graphics device of each type (sdl, vnc, spice, headless, dbus) is supported",
      "graphics type 'egl-headless' is only supported with one of: 'vnc', 'spice' graphics types",
      "'network' attribute is required for listen type 'network'"
    ]
  },
  check(domain, context) {
    const byType = /* @__PURE__ */ new Map();
    for (const g of domain.devices.graphics) {
      const type = g.type?.value;
      if (!type)
        continue;
      const first = byType.get(type);
      if (first)
        context.report({ range: g.type.range, message: `a second '${type}' display: QEMU takes one display of each type, and the first is on line ${first.range.start.line}: libvirt refuses this domain` });
      else
        byType.set(type, g);
      for (const l of g.listens) {
        const lt = l.type;
        if (lt?.value === "network" && !l.network) {
          context.report({ range: lt.attributeRange, message: `<listen type='network'> must name the libvirt network whose address to listen on (network='default'): libvirt refuses this domain` });
        }
      }
    }
    const egl = byType.get("egl-headless");
    if (egl) {
      for (const [type, g] of byType) {
        if (type === "egl-headless" || type === "vnc" || type === "spice")
          continue;
        context.report({ range: g.type.range, message: `egl-headless only renders for a vnc or spice display, not for '${type}': libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/graphics-port-range.js
var graphics_port_range_default = defineRule({
  meta: {
    id: "graphics-port-range",
    description: "a VNC display with autoport='no' and a port outside 5900\u201365535 (or none)",
    defaultSeverity: "error",
    libvirtMessages: ["vnc port must be in range [5900,65535]"]
  },
  check(domain, context) {
    for (const g of domain.devices.graphics) {
      if (g.type?.value !== "vnc")
        continue;
      const autoport = g.autoport?.value;
      const port2 = g.port;
      const n = parseDecimal(port2?.value);
      if (autoport === "yes" || autoport === void 0 && (n === void 0 || n === -1))
        continue;
      if (n !== void 0 && n >= 5900 && n <= 65535)
        continue;
      if (n === void 0 && port2)
        continue;
      context.report({
        range: port2?.range ?? g.nameRange,
        message: port2 ? `VNC port ${port2.value} is outside 5900\u201365535 (VNC display N listens on 5900+N): libvirt refuses this domain. Use a port from 5900 up, or autoport='yes'` : `autoport='no' without a port leaves the VNC display without a port: libvirt refuses this domain. Add port='5900'\u2026 or use autoport='yes'`
      });
    }
  }
});

// dist/rules/hostdev-address-type.js
var ALLOWED = {
  pci: ["pci", "unassigned", "ccw", "virtio-mmio"],
  usb: ["usb"],
  scsi: ["drive"],
  scsi_host: ["pci", "ccw"]
};
var hostdev_address_type_default = defineRule({
  meta: {
    id: "hostdev-address-type",
    description: "a <hostdev> guest <address> whose type does not fit the device (USB needs usb, SCSI needs drive, \u2026)",
    defaultSeverity: "error",
    libvirtMessages: [
      "PCI host devices must use 'pci' or 'unassigned' address type",
      "USB host device must use 'usb' address type",
      "SCSI host device must use 'drive' address type",
      "SCSI_host host device must use 'pci' or 'ccw' address type"
    ]
  },
  check(domain, context) {
    for (const h of domain.devices.hostdevs) {
      const type = h.type?.value;
      const at = h.address?.type;
      const allowed = type ? ALLOWED[type] : void 0;
      if (!allowed || !at || allowed.includes(at.value))
        continue;
      context.report({ range: at.range, message: `a '${type}' host device needs a guest address of type ${allowed.filter((a) => a !== "ccw" && a !== "virtio-mmio").map((a) => `'${a}'`).join(" or ")}, not '${at.value}': libvirt refuses this domain` });
    }
  }
});

// dist/rules/hostdev-duplicate.js
function sourceKey(h) {
  const src = h.source;
  const type = h.type?.value;
  if (!src || !type)
    return void 0;
  const num = (a, name) => String(parseCUnsigned(a[name]?.value ?? "0") ?? a[name]?.value);
  if (type === "pci") {
    const a = src.address;
    return a ? `pci:${["domain", "bus", "slot", "function"].map((n) => num(a, n)).join(":")}` : void 0;
  }
  if (type === "usb") {
    const a = src.address;
    if (a)
      return `usb-addr:${num(a, "bus")}:${num(a, "device")}`;
    const vendor = src.vendorId?.value;
    const product = src.productId?.value;
    return vendor && product ? `usb-id:${parseCUnsigned(vendor)}:${parseCUnsigned(product)}` : void 0;
  }
  if (type === "mdev") {
    const a = src.address?.uuid?.value;
    return a ? `mdev:${a.toLowerCase()}` : void 0;
  }
  if (type === "scsi") {
    const adapter = src.adapterName?.value;
    const a = src.address;
    return adapter && a ? `scsi:${adapter}:${["bus", "target", "unit"].map((n) => num(a, n)).join(":")}` : void 0;
  }
  return void 0;
}
var hostdev_duplicate_default = defineRule({
  meta: {
    id: "hostdev-duplicate",
    description: "the same host device (PCI address, USB device, mediated device, SCSI LUN) passed through twice",
    defaultSeverity: "error",
    libvirtMessages: ["Hostdev already exists in the domain configuration"]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const h of domain.devices.hostdevs) {
      const key = sourceKey(h);
      if (!key)
        continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, h);
        continue;
      }
      context.report({ range: h.source.nameRange, message: `this host device is already passed through by the <hostdev> on line ${first.range.start.line}: libvirt refuses this domain. Remove one of them` });
    }
  }
});

// dist/rules/interface-mac-address.js
var interface_mac_address_default = defineRule({
  meta: {
    id: "interface-mac-address",
    description: "interface MAC addresses that are multicast (refused) or used twice (accepted, but the guests collide on the network)",
    defaultSeverity: "error",
    libvirtMessages: ["expected unicast mac address, found multicast '%s'"]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const nic of domain.devices.interfaces) {
      const mac = nic.mac;
      if (!mac || !/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(mac.value))
        continue;
      const key = mac.value.toLowerCase();
      if (Number.parseInt(key.slice(0, 2), 16) & 1) {
        context.report({ range: mac.range, message: `MAC ${mac.value} is a multicast address (lowest bit of the first byte set); a NIC needs a unicast one: libvirt refuses this domain. Use e.g. 52:54:00:xx:xx:xx` });
        continue;
      }
      const first = seen.get(key);
      if (!first) {
        seen.set(key, mac);
        continue;
      }
      context.report({
        range: mac.range,
        severity: "warning",
        message: `MAC ${mac.value} is already used by the interface on line ${first.range.start.line}: libvirt accepts this, but two NICs with one address break ARP and DHCP. Give each interface its own MAC`
      });
    }
  }
});

// dist/rules/iommu-machine-and-ioapic.js
var iommu_machine_and_ioapic_default = defineRule({
  meta: {
    id: "iommu-machine-and-ioapic",
    description: "<iommu model='intel'> off q35, and interrupt remapping without <ioapic driver='qemu'/>",
    defaultSeverity: "error",
    libvirtMessages: ["IOMMU device: '%s' is only supported with Q35 machines", "IOMMU interrupt remapping requires split I/O APIC (ioapic driver='qemu')"]
  },
  check(domain, context) {
    for (const d of domain.devices.iommus) {
      const model = d.model;
      if (model?.value === "intel" && !isQ35(domain)) {
        context.report({ range: model.range, message: `the Intel IOMMU is part of the q35 chipset; machine '${domain.os?.machine?.value ?? "pc"}' cannot have it: libvirt refuses this domain. Use machine='q35'` });
      }
      const intremap = d.intremap;
      if (intremap?.value === "on" && domain.features?.byName.get("ioapic")?.driver?.value !== "qemu") {
        context.report({ range: intremap.attributeRange, message: `interrupt remapping needs the I/O APIC emulated in QEMU, but <features> has no <ioapic driver='qemu'/>: libvirt refuses this domain. Add it to <features>` });
      }
    }
  }
});

// dist/rules/net-connection-type-restrictions.js
var BRIDGED = /* @__PURE__ */ new Set(["network", "bridge"]);
var net_connection_type_restrictions_default = defineRule({
  meta: {
    id: "net-connection-type-restrictions",
    description: "<coalesce>, <port isolated='yes'> and <vlan> on interface types that cannot apply them",
    defaultSeverity: "error",
    libvirtMessages: [
      "coalesce settings on interface type %s are not supported",
      "interface %s - <port isolated='yes'/> is not supported for network interfaces with type='%s'"
    ]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      const type = nic.type?.value;
      if (!type)
        continue;
      if (nic.coalesce && !BRIDGED.has(type)) {
        context.report({ range: nic.coalesce.nameRange, message: `<coalesce> only applies to tap devices of type 'network' or 'bridge', not '${type}': libvirt refuses this domain. Remove <coalesce>` });
      }
      const isolated = nic.port?.isolated;
      if (isolated?.value === "yes" && !BRIDGED.has(type)) {
        context.report({ range: isolated.attributeRange, message: `port isolation is a host bridge feature; type '${type}' has no bridge port: libvirt refuses this domain. Remove <port isolated='yes'/>` });
      }
      const vlanOk = type === "hostdev" || type === "direct" || type === "network" || type === "bridge" && nic.virtualport?.type?.value === "openvswitch";
      if (nic.vlan && !vlanOk) {
        context.report({
          range: nic.vlan.nameRange,
          severity: "warning",
          message: `a VLAN tag needs an Open vSwitch bridge, macvtap passthrough or an SR-IOV hostdev; type '${type}' cannot tag traffic. libvirt accepts the definition but refuses to start the domain. Remove <vlan> or change the connection`
        });
      }
    }
  }
});

// dist/rules/net-driver-attrs-nonvirtio.js
var VIRTIO_ONLY = [
  ["event_idx", "eventIdx"],
  ["queues", "queues"],
  ["txmode", "txmode"],
  ["rx_queue_size", "rxQueueSize"],
  ["tx_queue_size", "txQueueSize"]
];
var net_driver_attrs_nonvirtio_default = defineRule({
  meta: {
    id: "net-driver-attrs-nonvirtio",
    description: "virtio-net driver tuning (event_idx, queues, txmode, rx/tx_queue_size) on an interface that is not virtio: silently ignored",
    defaultSeverity: "warning",
    fixable: true
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      if (!nic.driver)
        continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model))
        continue;
      for (const [name, key] of VIRTIO_ONLY) {
        const a = nic.driver[key];
        if (!a)
          continue;
        const which = defaulted ? `has no <model>, so libvirt uses '${model}'` : `uses model '${model}'`;
        context.report({
          range: a.attributeRange,
          message: `${name} tunes virtio-net only; this interface ${which}, and libvirt silently ignores the setting. Remove ${name} or use <model type='virtio'/>`,
          fix: removeAttributeFix(context.sourceText, a)
        });
      }
    }
  }
});

// dist/rules/net-ip-placement.js
var net_ip_placement_default = defineRule({
  meta: {
    id: "net-ip-placement",
    description: "<ip>/<route> on interfaces other than type='user', guest addresses type='user' cannot honour, managed='no' off type='ethernet'",
    defaultSeverity: "error",
    libvirtMessages: [
      "Invalid attempt to set network interface guest-side IP route and/or address info, not supported by QEMU",
      "Invalid attempt to set network interface guest-side IP route, not supported by QEMU",
      "Invalid attempt to set peer IP for guest",
      "Only one IPv4 address per interface is allowed",
      "invalid prefix, must be in range of 4-27",
      "unsupported IPv6 address prefix='%u' - must be 64",
      "unmanaged target dev is not supported on interfaces of type '%s'"
    ]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      const type = nic.type?.value ?? "";
      const managed = nic.target?.managed;
      if (managed?.value === "no" && type !== "ethernet") {
        context.report({ range: managed.attributeRange, message: `managed='no' (use an existing tap device) only works with type='ethernet', not '${type}': libvirt refuses this domain` });
      }
      if (type !== "user") {
        for (const el of [...nic.ips, ...nic.routes].slice(0, 1)) {
          context.report({ range: el.nameRange, message: `<${el.tag}> sets a guest-side address or route, which QEMU can only do for type='user'; on type '${type}' libvirt 9.0 refuses this domain. Configure the address inside the guest or via the network's DHCP` });
        }
        continue;
      }
      for (const r of nic.routes.slice(0, 1)) {
        context.report({ range: r.nameRange, message: `type='user' networking cannot take guest routes: libvirt refuses this domain. Remove <route>` });
      }
      let ipv4 = 0;
      for (const ip of nic.ips) {
        const peer = ip.peer;
        if (peer)
          context.report({ range: peer.attributeRange, message: `a peer address cannot be set for the guest of a type='user' interface: libvirt refuses this domain. Remove peer` });
        const address = ip.address?.value ?? "";
        const prefix = ip.prefix;
        const p = prefix && /^[0-9]+$/.test(prefix.value) ? Number(prefix.value) : void 0;
        if (address.includes(":")) {
          if (prefix && p !== void 0 && p !== 64)
            context.report({ range: prefix.range, message: `the IPv6 prefix of a type='user' interface must be 64, not ${p}: libvirt refuses this domain` });
          continue;
        }
        if (++ipv4 === 2)
          context.report({ range: ip.nameRange, message: `a type='user' interface takes one IPv4 address; this is the second: libvirt refuses this domain` });
        if (prefix && p !== void 0 && (p < 4 || p > 27)) {
          context.report({ range: prefix.range, message: `prefix ${p} is outside 4\u201327, the network sizes QEMU's user-mode stack supports: libvirt refuses this domain` });
        }
      }
    }
  }
});

// dist/rules/net-mtu-type.js
var WITH_MTU = /* @__PURE__ */ new Set(["network", "bridge", "ethernet", "vhostuser"]);
var net_mtu_type_default = defineRule({
  meta: {
    id: "net-mtu-type",
    description: "<mtu> on an interface type whose MTU libvirt cannot set (user, direct, hostdev, \u2026)",
    defaultSeverity: "error",
    libvirtMessages: ["setting MTU on interface type %s is not supported yet"]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      const type = nic.type?.value;
      if (!nic.mtu || !type || WITH_MTU.has(type))
        continue;
      context.report({ range: nic.mtu.range, message: `libvirt cannot set an MTU on interfaces of type '${type}' (only network, bridge, ethernet, vhostuser): it refuses this domain. Remove <mtu>` });
    }
  }
});

// dist/rules/net-teaming.js
var net_teaming_default = defineRule({
  meta: {
    id: "net-teaming",
    description: "<teaming> pairs that are inconsistent: transient without persistent=, persistent with it, a persistent member that is not virtio",
    defaultSeverity: "error",
    libvirtMessages: [
      "teaming persistent attribute must be set if teaming type is 'transient'",
      "teaming persistent attribute not allowed if teaming type is '%s'",
      "virtio-net teaming persistent interface must be <model type='virtio'/>, not '%s'",
      "virtio-net teaming transient interface must be type='hostdev', not '%s'"
    ]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      const t = nic.teaming;
      if (!t)
        continue;
      const type = t.type;
      const persistent = t.persistent;
      if (type?.value === "transient" && !persistent) {
        context.report({ range: type.attributeRange, message: `a transient team member must name its persistent partner (persistent='<alias of the virtio interface>'): libvirt refuses this domain` });
      } else if (type?.value === "persistent" && persistent) {
        context.report({ range: persistent.attributeRange, message: `persistent= belongs on the transient member; the persistent member must not have it: libvirt refuses this domain` });
      }
      if (type?.value === "transient" && nic.type && nic.type.value !== "hostdev" && nic.type.value !== "network") {
        context.report({ range: nic.type.range, message: `the transient member of a team is the passthrough NIC and must be type='hostdev', not '${nic.type.value}': libvirt refuses this domain` });
      }
      if (type?.value === "persistent") {
        const { model } = effectiveNetModel(domain, nic);
        if (!isVirtioNetModel(model))
          context.report({ range: nic.model?.range ?? type.attributeRange, message: `the persistent member of a team must be a virtio interface, not '${model}': libvirt refuses this domain. Use <model type='virtio'/>` });
      }
    }
  }
});

// dist/rules/net-vhostuser-requires-virtio.js
var net_vhostuser_requires_virtio_default = defineRule({
  meta: {
    id: "net-vhostuser-requires-virtio",
    description: "<interface type='vhostuser'> with a model other than virtio",
    defaultSeverity: "error",
    libvirtMessages: ["Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend"]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      if (nic.type?.value !== "vhostuser")
        continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model))
        continue;
      context.report({
        range: nic.model?.range ?? nic.type.range,
        message: `vhost-user only works with a virtio-net front end, ${defaulted ? `and without <model> libvirt would use '${model}'` : `not '${model}'`}: libvirt refuses this domain. Use <model type='virtio'/>`
      });
    }
  }
});

// dist/rules/net-virtio-queue-sizes.js
var net_virtio_queue_sizes_default = defineRule({
  meta: {
    id: "net-virtio-queue-sizes",
    description: "rx_queue_size or tx_queue_size on a virtio interface that is not a power of two",
    defaultSeverity: "error",
    libvirtMessages: ["rx_queue_size has to be a power of two", "tx_queue_size has to be a power of two"]
  },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      if (!nic.driver || !isVirtioNetModel(effectiveNetModel(domain, nic).model))
        continue;
      for (const [name, key] of [["rx_queue_size", "rxQueueSize"], ["tx_queue_size", "txQueueSize"]]) {
        const a = nic.driver[key];
        const n = a && /^[0-9]+$/.test(a.value) ? Number(a.value) : void 0;
        if (!a || n === void 0 || n > 0 && (n & n - 1) === 0)
          continue;
        context.report({ range: a.range, message: `${name}='${a.value}' is not a power of two (e.g. 256, 512, 1024): libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/pci-address-double-use.js
var pci_address_double_use_default = defineRule({
  meta: {
    id: "pci-address-double-use",
    description: "two devices at the same PCI address, or a device on a function the machine's built-in devices occupy",
    defaultSeverity: "error",
    libvirtMessages: ["Attempted double use of PCI Address %s"]
  },
  check(domain, context) {
    const builtIn = /* @__PURE__ */ new Map();
    if (isI440fx(domain)) {
      builtIn.set("0:0:1:0", { what: "the PIIX3 ISA bridge" });
      builtIn.set("0:0:1:1", { what: "the built-in IDE controller", self: "ide" });
      builtIn.set("0:0:1:3", { what: "the PIIX4 power-management device" });
      if (!domain.devices.controllers.some((c) => c.type?.value === "usb"))
        builtIn.set("0:0:1:2", { what: "the default USB controller libvirt adds" });
    } else if (isQ35(domain)) {
      builtIn.set("0:0:31:0", { what: "the ICH9 LPC bridge" });
      builtIn.set("0:0:31:2", { what: "the built-in SATA controller", self: "sata" });
      builtIn.set("0:0:31:3", { what: "the ICH9 SMBus controller" });
    }
    const controllerType = new Map(domain.devices.controllers.flatMap((c) => c.address ? [[c.address, c.type?.value]] : []));
    const seen = /* @__PURE__ */ new Map();
    const aliasAddress = serialAliasConsole(domain)?.address;
    for (const { kind, address } of deviceAddresses(domain)) {
      const p = address === aliasAddress ? void 0 : pciAddress(address);
      if (!p)
        continue;
      const key = `${p.domain}:${p.bus}:${p.slot}:${p.function}`;
      const b = builtIn.get(key);
      const taken = b && !(b.self && kind === "controller" && controllerType.get(address) === b.self) ? b.what : void 0;
      const line = seen.get(key);
      if (taken === void 0 && line === void 0) {
        seen.set(key, address.range.start.line);
        continue;
      }
      context.report({
        range: address.nameRange,
        message: `PCI address ${formatPci(p)} of this <${kind}> is already used by ${taken ?? `the device on line ${line}`}: libvirt refuses this domain. Pick a free slot or remove the <address> to let libvirt choose`
      });
    }
  }
});

// dist/rules/pci-address-range.js
var SINGLE_SLOT = /* @__PURE__ */ new Set(["pcie-root-port", "pcie-switch-downstream-port"]);
var NO_SLOT_ZERO = /* @__PURE__ */ new Set(["pci-bridge", "pcie-to-pci-bridge"]);
var pci_address_range_default = defineRule({
  meta: {
    id: "pci-address-range",
    description: "PCI addresses outside what the bus offers: domain other than 0, slot > 31, function > 7, slot other than 0 behind a PCIe port, slot 0 behind a PCI bridge",
    defaultSeverity: "error",
    libvirtMessages: [
      "Invalid PCI address %s. Only PCI domain 0 is available",
      "Invalid PCI address slot='%s', must be <= 0x1F",
      "Invalid PCI address function=%s, must be <= 7",
      "Invalid PCI address %s. slot must be <= %zu",
      "Invalid PCI address %s. slot must be >= %zu"
    ]
  },
  check(domain, context) {
    let busModels;
    const i440fx = isI440fx(domain) && isQemuDomain(domain);
    for (const { address } of deviceAddresses(domain)) {
      const p = pciAddress(address);
      if (!p)
        continue;
      const bad2 = (field2, what) => context.report({ range: addressFieldRange(address, field2), message: `PCI address ${formatPci(p)}: ${what}: libvirt refuses this domain` });
      if (p.domain !== 0)
        bad2("domain", "only PCI domain 0 exists for QEMU guests");
      if (p.slot > 31)
        bad2("slot", `slot 0x${p.slot.toString(16)} is past the last slot of a PCI bus (0x1f)`);
      if (p.function > 7)
        bad2("function", `function ${p.function} is past the last function of a slot (7)`);
      if (p.slot > 31)
        continue;
      if (!busModels) {
        busModels = /* @__PURE__ */ new Map();
        for (const [c, i] of controllerIndexes(domain))
          if (c.type?.value === "pci")
            busModels.set(i, c);
      }
      const written = busModels.get(p.bus)?.model?.value;
      const model = written ?? (p.bus > 0 && i440fx ? "pci-bridge" : void 0);
      if (model && SINGLE_SLOT.has(model) && p.slot !== 0) {
        bad2("slot", `bus ${p.bus} is a ${model}, which has only slot 0; use slot='0x00'`);
      } else if (model && NO_SLOT_ZERO.has(model) && p.slot === 0) {
        const what = written ? `is a ${model}` : busModels.has(p.bus) ? "is a pci-bridge (the default model here)" : "has no controller, so libvirt adds a pci-bridge for it";
        bad2("slot", `bus ${p.bus} ${what}, whose slot 0 is reserved; use a slot from 0x01 to 0x1f`);
      }
    }
  }
});

// dist/rules/pci-root-model.js
var pci_root_model_default = defineRule({
  meta: {
    id: "pci-root-model",
    description: "the PCI controller with index 0 does not match the machine: pcie-root on q35, pci-root on i440fx",
    defaultSeverity: "error",
    libvirtMessages: ["The PCI controller with index='0' must be model='%s' for this machine type, but model='%s' was found instead"]
  },
  check(domain, context) {
    const expected = hasPcieRoot(domain) ? "pcie-root" : hasPciRoot(domain) ? "pci-root" : void 0;
    if (!expected)
      return;
    for (const [c, index] of controllerIndexes(domain)) {
      const model = c.model;
      if (c.type?.value !== "pci" || index !== 0 || !model || model.value === expected)
        continue;
      if (model.value !== "pci-root" && model.value !== "pcie-root")
        continue;
      context.report({
        range: model.range,
        message: `machine '${machineOf(domain) || "pc"}' has a ${expected === "pcie-root" ? "PCI Express" : "conventional PCI"} root bus, so the index-0 PCI controller must be model='${expected}', not '${model.value}': libvirt refuses this domain. This usually comes from switching between i440fx and q35: remove the PCI controllers and addresses and let libvirt add them`
      });
    }
  }
});

// dist/rules/spice-chardev-requires-spice.js
var spice_chardev_requires_spice_default = defineRule({
  meta: {
    id: "spice-chardev-requires-spice",
    description: "spicevmc/spiceport channels, serials, redirdevs or smartcards while the domain has no <graphics type='spice'>",
    defaultSeverity: "error",
    libvirtMessages: ["chardev '%s' not supported without spice graphics"]
  },
  check(domain, context) {
    if (domain.devices.graphics.some((g) => g.type?.value === "spice"))
      return;
    for (const c of characterDevices(domain)) {
      const type = c.type;
      if (type?.value !== "spicevmc" && type?.value !== "spiceport")
        continue;
      context.report({
        range: type.range,
        message: `this <${c.kind}> is carried by a SPICE connection (type '${type.value}'), but the domain has no <graphics type='spice'>: libvirt refuses this domain. Remove the device (virt-manager adds them for SPICE) or add a SPICE display`
      });
    }
  }
});

// dist/rules/usb-disabled.js
var usb_disabled_default = defineRule({
  meta: {
    id: "usb-disabled",
    description: "USB devices or other USB controllers in a domain whose USB is disabled with <controller type='usb' model='none'>",
    defaultSeverity: "error",
    libvirtMessages: ["USB is disabled for this domain, but USB devices are present in the domain XML", "Can't add another USB controller: USB is disabled for this domain", "Can't add USB input device. USB bus is disabled"]
  },
  check(domain, context) {
    const none = domain.devices.controllers.find((c) => c.type?.value === "usb" && c.model?.value === "none");
    if (!none)
      return;
    const report2 = (range, what) => context.report({ range, message: `${what}, but USB is disabled by the <controller type='usb' model='none'> on line ${none.range.start.line}: libvirt refuses this domain. Remove the device or enable USB` });
    for (const c of domain.devices.controllers) {
      if (c !== none && c.type?.value === "usb")
        report2(c.nameRange, "this is another USB controller");
    }
    for (const d of domain.devices.disks)
      if (effectiveDiskBus(d) === "usb")
        report2(d.target?.bus?.range ?? d.nameRange, "this disk is on the USB bus");
    const { inputs, redirdevs, hostdevs, sounds, hubs } = domain.devices;
    const usbByKind = /* @__PURE__ */ new Set([
      ...inputs.filter((i) => i.bus?.value === "usb"),
      ...redirdevs,
      ...hostdevs.filter((h) => h.type?.value === "usb"),
      ...sounds.filter((s) => s.model?.value === "usb"),
      ...hubs.filter((h) => h.type?.value === "usb")
    ]);
    for (const o of domain.devices.all) {
      if (o.kind === "disk" || o.kind === "controller" || o.kind === "interface")
        continue;
      if (usbByKind.has(o) || o.address?.type?.value === "usb")
        report2(o.nameRange, `this <${o.kind}> is a USB device`);
    }
  }
});

// dist/rules/vhost-user-shared-memory.js
var HOW = "Add <memoryBacking><access mode='shared'/></memoryBacking> (or memAccess='shared' on every NUMA cell)";
var vhost_user_shared_memory_default = defineRule({
  meta: {
    id: "vhost-user-shared-memory",
    description: "vhost-user devices (disks, virtiofs, interfaces) while guest memory is not shared",
    defaultSeverity: "error",
    libvirtMessages: ["'vhostuser' requires shared memory", "'virtiofs' requires shared memory"]
  },
  check(domain, context) {
    const disks = domain.devices.disks.filter((d) => d.type?.value === "vhostuser");
    const fs14 = domain.devices.filesystems.filter((d) => d.driver?.type?.value === "virtiofs");
    const nics = domain.devices.interfaces.filter((n) => n.type?.value === "vhostuser");
    if (disks.length + fs14.length + nics.length === 0 || guestMemoryIsShared(domain))
      return;
    for (const d of disks) {
      context.report({ range: d.type?.range ?? d.nameRange, message: `${diskName(d)} is a vhost-user disk, whose backend must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (const f of fs14) {
      const drv = f.driver?.type;
      context.report({ range: drv?.range ?? f.nameRange, message: `virtiofs runs in a vhost-user daemon that must map guest memory, but guest memory is private: libvirt refuses this domain. ${HOW}` });
    }
    for (const n of nics) {
      context.report({
        range: n.type?.range ?? n.nameRange,
        severity: "warning",
        message: `a vhost-user interface's backend must map guest memory, but guest memory is private: libvirt 9.0 accepts this, yet the interface will not pass traffic (newer libvirt refuses it). ${HOW}`
      });
    }
  }
});

// dist/rules/video-attr-compat.js
var video_attr_compat_default = defineRule({
  meta: {
    id: "video-attr-compat",
    description: "video memory attributes on models without them (ram/vram64/vgamem off qxl), vram below 1 MiB, 3D acceleration off virtio",
    defaultSeverity: "error",
    libvirtMessages: [
      "ram attribute only supported for video type qxl",
      "vram64 attribute only supported for video type qxl",
      "vgamem attribute only supported for video type qxl",
      "value for 'vram' must be at least 1 MiB (1024 KiB)",
      "3d acceleration is supported only with 'virtio' video device"
    ]
  },
  check(domain, context) {
    for (const v of domain.devices.videos) {
      const model = v.model;
      const type = v.model?.type?.value;
      if (!model || !type)
        continue;
      if (type !== "qxl") {
        for (const name of ["ram", "vram64", "vgamem"]) {
          const a = model[name];
          if (a)
            context.report({ range: a.attributeRange, message: `${name} sizes a qxl memory bar; a '${type}' device has none: libvirt refuses this domain. Remove ${name}` });
        }
      }
      const vram = model.vram;
      const kib = parseDecimal(vram?.value);
      if (vram && kib !== void 0 && kib < 1024 && (type === "vga" || type === "vmvga" || type === "qxl")) {
        context.report({ range: vram.range, message: `vram='${kib}' is below 1 MiB (the value is in KiB): libvirt refuses this domain. Use at least 1024, e.g. 16384` });
      }
      const accel3d = model.accel3d;
      if (accel3d?.value === "yes" && type !== "virtio") {
        context.report({ range: accel3d.attributeRange, message: `3D acceleration (virgl) is only available on virtio video, not '${type}': libvirt refuses this domain. Use <model type='virtio'> or remove accel3d` });
      }
    }
  }
});

// dist/rules/video-primary.js
var SECONDARY_OK = /* @__PURE__ */ new Set(["qxl", "virtio"]);
function conflictingNone(domain) {
  const videos = domain.devices.videos;
  return videos.length > 1 ? videos.find((v) => v.model?.type?.value === "none") : void 0;
}
function primaryVideo(videos) {
  return videos.find((v) => v.model?.primary?.value === "yes") ?? videos[0];
}

// dist/rules/video-heads-model.js
var video_heads_model_default = defineRule({
  meta: {
    id: "video-heads-model",
    description: "several heads on a single-head video model (only qxl and virtio have several)",
    defaultSeverity: "error",
    libvirtMessages: ["video type '%s' doesn't support multiple 'heads'"]
  },
  check(domain, context) {
    if (conflictingNone(domain))
      return;
    for (const v of domain.devices.videos) {
      const type = v.model?.type;
      const heads = v.model?.heads;
      if (type && heads && heads.value !== "1" && /^[0-9]+$/.test(heads.value) && !SECONDARY_OK.has(type.value)) {
        context.report({ range: heads.range, message: `a '${type.value}' video device has a single head; only qxl and virtio support several: libvirt refuses this domain. Use heads='1'` });
      }
    }
  }
});

// dist/rules/video-none-alone.js
var video_none_alone_default = defineRule({
  meta: {
    id: "video-none-alone",
    description: "video model 'none' next to other videos",
    defaultSeverity: "error",
    libvirtMessages: ["a 'none' video type must be the only video device defined for the domain"]
  },
  check(domain, context) {
    const none = conflictingNone(domain);
    if (none) {
      context.report({ range: none.model.type.range, message: `model 'none' means "no video device", so it must be the only <video>; this domain has ${domain.devices.videos.length}: libvirt refuses this domain` });
    }
  }
});

// dist/rules/video-primary-unique.js
var video_primary_unique_default = defineRule({
  meta: {
    id: "video-primary-unique",
    description: "several videos marked primary='yes'",
    defaultSeverity: "error",
    libvirtMessages: ["Only one primary video device is supported"]
  },
  check(domain, context) {
    if (conflictingNone(domain))
      return;
    const videos = domain.devices.videos;
    const primary = primaryVideo(videos);
    for (const v of videos) {
      const p = v.model?.primary;
      if (p?.value === "yes" && v !== primary) {
        context.report({ range: p.attributeRange, message: `only one video device can be primary; the one on line ${primary.range.start.line} already is: libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/video-secondary-model.js
var video_secondary_model_default = defineRule({
  meta: {
    id: "video-secondary-model",
    description: "a secondary video of a model that only works as the primary one (only qxl and virtio can be secondary)",
    defaultSeverity: "error",
    libvirtMessages: ["video type '%s' is only valid as primary video device"]
  },
  check(domain, context) {
    if (conflictingNone(domain))
      return;
    const videos = domain.devices.videos;
    const primary = primaryVideo(videos);
    for (const v of videos) {
      const type = v.model?.type;
      if (type && v !== primary && !SECONDARY_OK.has(type.value)) {
        context.report({ range: type.range, message: `a '${type.value}' video device can only be the primary one; only qxl and virtio can be added as secondary displays: libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/virtio-options-require-virtio.js
var OPTIONS = [
  ["iommu", "iommu"],
  ["ats", "ats"],
  ["packed", "packed"],
  ["page_per_vq", "pagePerVq"]
];
var virtio_options_require_virtio_default = defineRule({
  meta: {
    id: "virtio-options-require-virtio",
    description: "virtio transport options (iommu, ats, packed, page_per_vq) on a disk, interface or video device that is not virtio",
    defaultSeverity: "error",
    libvirtMessages: [
      "iommu driver option is only supported for virtio devices",
      "ats driver option is only supported for virtio devices",
      "packed driver option is only supported for virtio devices",
      "page_per_vq option is only supported for virtio devices"
    ]
  },
  check(domain, context) {
    const check2 = (driver2, what, fixable = false) => {
      for (const [name, key] of OPTIONS) {
        const a = driver2?.[key];
        if (!a)
          continue;
        context.report({
          range: a.attributeRange,
          message: `${name} is a virtio transport option, but ${what}: libvirt refuses this domain. Remove ${name} or make the device virtio`,
          ...fixable ? { fix: removeAttributeFix(context.sourceText, a) } : {}
        });
      }
    };
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== "virtio")
        check2(disk.driver, `${diskName(disk)} uses bus '${bus}'`);
    }
    for (const nic of domain.devices.interfaces) {
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (!isVirtioNetModel(model))
        check2(nic.driver, defaulted ? `this interface has no <model> (libvirt uses '${model}')` : `this interface uses model '${model}'`);
    }
    for (const video of domain.devices.videos) {
      const model = video.model?.type?.value;
      if (model && model !== "virtio")
        check2(video.driver, `this video device uses model '${model}'`);
    }
  }
});

// dist/rules/vnc-password-length.js
var vnc_password_length_default = defineRule({
  meta: {
    id: "vnc-password-length",
    description: "a VNC passwd longer than 8 characters",
    defaultSeverity: "error",
    libvirtMessages: ["VNC password is %zu characters long, only 8 permitted"]
  },
  check(domain, context) {
    for (const g of domain.devices.graphics) {
      const pw = g.passwd;
      if (g.type?.value !== "vnc" || !pw || [...pw.value].length <= 8)
        continue;
      context.report({
        range: pw.range,
        message: `the VNC password is ${[...pw.value].length} characters long; the VNC protocol uses at most 8: libvirt refuses this domain. Shorten it (and prefer TLS or a local listen address: 8 characters are weak)`
      });
    }
  }
});

// dist/rules/watchdog-single.js
var watchdog_single_default = defineRule({
  meta: {
    id: "watchdog-single",
    description: "more than one <watchdog> (libvirt 9.0 supports one per domain)",
    defaultSeverity: "error",
    libvirtMessages: ["only a single watchdog device is supported"]
  },
  check(domain, context) {
    const dogs = domain.devices.watchdogs;
    for (const d of dogs.slice(1)) {
      context.report({ range: d.nameRange, message: `a second <watchdog>: libvirt 9.0 supports a single watchdog device per domain (the first is on line ${dogs[0].range.start.line}) and refuses this domain. Remove one` });
    }
  }
});

// dist/rules/filesystem-qemu.js
function qemuMountFilesystems(domain) {
  const dt = domain.type?.value;
  if (dt !== "qemu" && dt !== "kvm")
    return [];
  return domain.devices.filesystems.filter((d) => !d.type || d.type.value === "mount");
}
var isVirtiofs = (d) => d.driver?.type?.value === "virtiofs";

// dist/rules/filesystem-mode-requires-mapped.js
var filesystem_mode_requires_mapped_default = defineRule({
  meta: {
    id: "filesystem-mode-requires-mapped",
    description: "fmode or dmode on a 9p <filesystem> without accessmode='mapped'",
    defaultSeverity: "error",
    libvirtMessages: ["fmode and dmode must be used with accessmode=mapped"]
  },
  check(domain, context) {
    for (const d of qemuMountFilesystems(domain)) {
      if (isVirtiofs(d))
        continue;
      const accessmode = d.accessmode;
      for (const name of ["fmode", "dmode"]) {
        const a = d[name];
        if (a && accessmode?.value !== "mapped") {
          context.report({ range: a.attributeRange, message: `${name} sets the permissions of files created in mapped mode; with accessmode='${accessmode?.value ?? "passthrough"}' it cannot apply: libvirt refuses this domain. Use accessmode='mapped' or remove ${name}` });
        }
      }
    }
  }
});

// dist/rules/filesystem-type-mount.js
var filesystem_type_mount_default = defineRule({
  meta: {
    id: "filesystem-type-mount",
    description: "<filesystem> of a type other than mount in a QEMU domain",
    defaultSeverity: "error",
    libvirtMessages: ["only supports mount filesystem type"]
  },
  check(domain, context) {
    const dt = domain.type?.value;
    if (dt !== "qemu" && dt !== "kvm")
      return;
    for (const d of domain.devices.filesystems) {
      const type = d.type;
      if (type && type.value !== "mount") {
        context.report({ range: type.range, message: `QEMU shares host directories only (type='mount'), not '${type.value}' filesystems: libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/filesystem-virtiofs-accessmode.js
var filesystem_virtiofs_accessmode_default = defineRule({
  meta: {
    id: "filesystem-virtiofs-accessmode",
    description: "virtiofs <filesystem> with an accessmode other than passthrough",
    defaultSeverity: "error",
    libvirtMessages: ["virtiofs only supports passthrough accessmode"]
  },
  check(domain, context) {
    for (const d of qemuMountFilesystems(domain)) {
      const accessmode = d.accessmode;
      if (isVirtiofs(d) && accessmode && accessmode.value !== "passthrough") {
        context.report({ range: accessmode.range, message: `virtiofs only supports accessmode='passthrough', not '${accessmode.value}': libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/filesystem-virtiofs-readonly.js
var filesystem_virtiofs_readonly_default = defineRule({
  meta: {
    id: "filesystem-virtiofs-readonly",
    description: "read-only virtiofs <filesystem> (libvirt 9.0 cannot export it)",
    defaultSeverity: "error",
    libvirtMessages: ["virtiofs does not yet support read-only mode"]
  },
  check(domain, context) {
    for (const d of qemuMountFilesystems(domain)) {
      if (isVirtiofs(d) && d.readonly) {
        context.report({ range: d.readonly.nameRange, message: `virtiofs cannot export read-only in libvirt 9.0: libvirt refuses this domain. Remove <readonly/> (make the directory read-only on the host) or use 9p` });
      }
    }
  }
});

// dist/rules/input-bus-compat.js
var input_bus_compat_default = defineRule({
  meta: {
    id: "input-bus-compat",
    description: "<input> devices on a bus that cannot carry them: a tablet on ps2, passthrough input off virtio",
    defaultSeverity: "error",
    libvirtMessages: ["ps2 bus does not support %s input device", "only bus 'virtio' is supported for 'passthrough' input devices"]
  },
  check(domain, context) {
    for (const d of domain.devices.inputs) {
      const type = d.type?.value;
      const bus = d.bus;
      if (!type || !bus)
        continue;
      if (bus.value === "ps2" && type !== "mouse" && type !== "keyboard") {
        context.report({ range: bus.range, message: `PS/2 only has a mouse and a keyboard, not a ${type}: libvirt refuses this domain. Use bus='usb' (or 'virtio') for a ${type}` });
      } else if (type === "passthrough" && bus.value !== "virtio") {
        context.report({ range: bus.range, message: `passthrough input (an evdev device of the host) is only available as virtio-input, not on bus '${bus.value}': libvirt refuses this domain. Use bus='virtio'` });
      }
    }
  }
});

// dist/rules/panic-model-arch.js
var panic_model_arch_default = defineRule({
  meta: {
    id: "panic-model-arch",
    description: "a <panic> model that belongs to another architecture (s390 off s390x, pseries off ppc64, hyperv off x86)",
    defaultSeverity: "error",
    libvirtMessages: ["only S390 guests support panic device of model 's390'", "only pSeries guests support panic device of model 'pseries'", "only i686 and x86_64 guests support panic device of model 'hyperv'"]
  },
  check(domain, context) {
    const arch = archOf(domain);
    for (const d of domain.devices.panics) {
      const model = d.model;
      if (!model)
        continue;
      const wrong = model.value === "s390" && !arch.startsWith("s390") || model.value === "pseries" && !arch.startsWith("ppc64") || model.value === "hyperv" && !isX86(domain);
      if (!wrong)
        continue;
      context.report({ range: model.range, message: `panic model '${model.value}' does not exist for ${arch} guests: libvirt refuses this domain. On x86 use 'isa' (or 'hyperv' for Windows), on s390x 's390', on pSeries 'pseries'` });
    }
  }
});

// dist/rules/shmem-name.js
var shmem_name_default = defineRule({
  meta: {
    id: "shmem-name",
    description: "a <shmem name> containing '/' or equal to '.' or '..'",
    defaultSeverity: "error",
    libvirtMessages: ["shmem name cannot include '/' character", "shmem name cannot be equal to '.'", "shmem name cannot be equal to '..'"]
  },
  check(domain, context) {
    for (const d of domain.devices.shmems) {
      const name = d.name;
      if (!name || !name.value.includes("/") && name.value !== "." && name.value !== "..")
        continue;
      context.report({ range: name.range, message: `the shmem name becomes a file name under /dev/shm, so it cannot contain '/' or be '.' or '..': libvirt refuses this domain` });
    }
  }
});

// dist/rules/vsock-cid-range.js
var vsock_cid_range_default = defineRule({
  meta: {
    id: "vsock-cid-range",
    description: "a <vsock> guest CID below 3 (0\u20132 are reserved)",
    defaultSeverity: "error",
    libvirtMessages: ["guest CIDs must be >= 3"]
  },
  check(domain, context) {
    for (const d of domain.devices.vsocks) {
      const cid = d.cid;
      const n = parseDecimal(cid?.value);
      if (!cid || n === void 0 || n >= 3)
        continue;
      context.report({ range: cid.range, message: `CID ${n} is reserved (0 hypervisor, 1 loopback, 2 host); guests get 3 or more: libvirt refuses this domain. Use auto='yes' or a CID \u2265 3` });
    }
  }
});

// dist/rules/disk-transient.js
var disk_transient_default = defineRule({
  meta: {
    id: "disk-transient",
    description: "<transient/> on disks libvirt cannot give a throw-away overlay: read-only disks and cdroms, non-file sources, other devices; shareBacking on buses other than virtio, scsi and usb",
    defaultSeverity: "error",
    libvirtMessages: [
      "transient disk '%s' must not be read-only",
      "transient disk supported only with 'file' type (%s)",
      "transient disk supported only with 'disk' device (%s)",
      "disk bus '%s' doesn't support transiend disk backing image sharing"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const t = disk.transient;
      if (!t)
        continue;
      const name = diskName(disk);
      const refuse2 = (what) => context.report({ range: t.nameRange, message: `${name} is <transient/>, ${what}: libvirt refuses this domain` });
      if (disk.readonly || disk.deviceKind === "cdrom")
        refuse2("but a transient disk must be writable (it is read-only)");
      else if (disk.deviceKind !== "disk")
        refuse2(`but only hard disks can be transient, not a '${disk.deviceKind}'`);
      else if ((disk.type?.value ?? "file") !== "file")
        refuse2(`but only type='file' disks can be transient, not '${disk.type?.value}'`);
      const share = t.shareBacking;
      const bus = effectiveDiskBus(disk);
      if (share?.value === "yes" && bus && bus !== "virtio" && bus !== "scsi" && bus !== "usb") {
        context.report({ range: share.attributeRange, message: `shareBacking='yes' needs a bus that can attach the overlay late (virtio, scsi, usb), not '${bus}': libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/disk-vhostuser-attrs.js
var DRIVER_ATTRS = [
  ["cache", "cache"],
  ["error_policy", "errorPolicy"],
  ["rerror_policy", "rerrorPolicy"],
  ["io", "io"],
  ["ioeventfd", "ioeventfd"],
  ["copy_on_read", "copyOnRead"],
  ["discard", "discard"],
  ["iothread", "iothread"],
  ["detect_zeroes", "detectZeroes"]
];
var ELEMENTS = [
  ["readonly", (d) => d.readonlyElement ? { range: d.readonlyElement.nameRange } : void 0],
  ["shareable", (d) => d.shareable ? { range: d.shareable.nameRange } : void 0],
  ["transient", (d) => d.transient ? { range: d.transient.nameRange } : void 0],
  ["serial", (d) => d.serial],
  ["wwn", (d) => d.wwn],
  ["vendor", (d) => d.vendor],
  ["product", (d) => d.product],
  ["iotune", (d) => d.iotune ? { range: d.iotune.nameRange } : void 0],
  ["geometry", (d) => d.geometry ? { range: d.geometry.nameRange } : void 0],
  ["blockio", (d) => d.blockio ? { range: d.blockio.nameRange } : void 0],
  ["encryption", (d) => d.encryption ? { range: d.encryption.nameRange } : void 0]
];
var disk_vhostuser_attrs_default = defineRule({
  meta: {
    id: "disk-vhostuser-attrs",
    description: "<disk type='vhostuser'> on a bus other than virtio, or with settings that belong to QEMU's block layer (cache, io, ioeventfd, readonly, serial, iotune, \u2026)",
    defaultSeverity: "error",
    libvirtMessages: ["vhostuser disk supports only virtio bus", "%s is not supported with vhostuser disk"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      if (disk.type?.value !== "vhostuser")
        continue;
      const name = diskName(disk);
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== "virtio") {
        context.report({ range: disk.target?.bus?.range ?? disk.nameRange, message: `${name} is a vhost-user disk, which is always a virtio-blk device, not '${bus}': libvirt refuses this domain. Use bus='virtio'` });
      }
      const why = "the storage daemon behind a vhost-user disk handles I/O, not QEMU";
      for (const [a, key] of DRIVER_ATTRS) {
        const x = disk.driver?.[key];
        if (x)
          context.report({ range: x.attributeRange, message: `${a} cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain; configure it in the daemon` });
      }
      for (const [el, get] of ELEMENTS) {
        const found = get(disk);
        if (found)
          context.report({ range: found.range, message: `<${el}> cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/pci-controller-placement.js
var PARENTS = {
  "pcie-root-port": ["pcie-root", "pcie-expander-bus"],
  "dmi-to-pci-bridge": ["pcie-root", "pcie-expander-bus"],
  "pcie-switch-upstream-port": ["pcie-root-port", "pcie-switch-downstream-port"],
  "pcie-switch-downstream-port": ["pcie-switch-upstream-port"],
  "pcie-to-pci-bridge": ["pcie-root-port", "pcie-switch-downstream-port"]
};
var pci_controller_placement_default = defineRule({
  meta: {
    id: "pci-controller-placement",
    description: "PCI controllers plugged where they cannot go (a root port behind a bridge, a DMI bridge on a root port, \u2026), and a pci-bridge whose index is not above its bus",
    defaultSeverity: "error",
    libvirtMessages: [
      "The device at PCI address %s cannot be plugged into the PCI controller with index='%d'. It requires a controller that accepts a %s.",
      "PCI controller at index %d (0x%02x) has bus='0x%02x', but index must be larger than bus"
    ]
  },
  check(domain, context) {
    const pci = [...controllerIndexes(domain)].filter(([c]) => c.type?.value === "pci");
    if (pci.length === 0)
      return;
    const modelAt = /* @__PURE__ */ new Map();
    for (const [c, i] of pci)
      if (c.model && !modelAt.has(i))
        modelAt.set(i, c.model.value);
    if (!modelAt.has(0)) {
      if (hasPcieRoot(domain))
        modelAt.set(0, "pcie-root");
      else if (hasPciRoot(domain))
        modelAt.set(0, "pci-root");
    }
    for (const [c, index] of pci) {
      const model = c.model?.value;
      const p = pciAddress(c.address);
      if (!model || !p)
        continue;
      if (model === "pci-bridge" && index <= p.bus) {
        context.report({
          range: c.address.bus?.range ?? c.address.nameRange,
          message: `this pci-bridge has index ${index} but sits on bus ${p.bus}; a bridge's index must be larger than the bus it is plugged into: libvirt refuses this domain. Renumber the controllers`
        });
      }
      const allowed = PARENTS[model];
      const parent = modelAt.get(p.bus);
      if (!allowed || !parent || allowed.includes(parent))
        continue;
      context.report({
        range: c.address.nameRange,
        message: `a ${model} cannot be plugged into bus ${p.bus} (${formatPci(p)}), which is a ${parent}; it needs a ${allowed.join(" or ")}: libvirt refuses this domain`
      });
    }
  }
});

// dist/rules/ide-controller-machine.js
var ide_controller_machine_default = defineRule({
  meta: {
    id: "ide-controller-machine",
    description: "IDE disks or controllers on a machine without a built-in IDE controller (q35, microvm, isapc, ARM virt, \u2026), and a second IDE controller on i440fx",
    defaultSeverity: "error",
    libvirtMessages: ["IDE controllers are unsupported for this QEMU binary or machine type", "Only a single IDE controller is supported for this machine type"]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const builtin = hasBuiltinIde(domain);
    if (builtin === void 0)
      return;
    const machine = machineOf(domain) || "pc";
    if (!builtin) {
      for (const disk of domain.devices.disks) {
        if (effectiveDiskBus(disk) !== "ide")
          continue;
        context.report({
          range: disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange,
          message: `${diskName(disk)} is on bus 'ide', but machine '${machine}' has no IDE controller: libvirt refuses this domain. Use bus='sata' (q35) or 'virtio'/'scsi', with a target name to match (sdX, vdX)`
        });
      }
    }
    const ide = domain.devices.controllers.filter((c) => c.type?.value === "ide");
    if (ide.length === 0)
      return;
    const indexes2 = controllerIndexes(domain);
    for (const c of ide) {
      const index = indexes2.get(c) ?? 0;
      if (!builtin) {
        context.report({
          range: c.type?.range ?? c.nameRange,
          message: `machine '${machine}' has no IDE controller and libvirt cannot add one: libvirt refuses this domain. Remove the controller and use a SATA (q35), SCSI or virtio disk bus`
        });
      } else if (index !== 0) {
        context.report({
          range: c.index?.range ?? c.nameRange,
          message: `IDE controller ${index}: machine '${machine}' has a single, built-in IDE controller (index 0): libvirt refuses this domain. Remove it, or put more disks on SATA, SCSI or virtio`
        });
      }
    }
  }
});

// dist/rules/memory-device-models.js
var NODE_MODELS = /* @__PURE__ */ new Set(["dimm", "nvdimm", "virtio-mem"]);
var isPowerOfTwo = (n) => n > 0 && (n & n - 1) === 0;
var memory_device_models_default = defineRule({
  meta: {
    id: "memory-device-models",
    description: "memory devices that contradict their model: nvdimm/virtio-pmem without a backing path, a NUMA node that does not exist or is missing, virtio-mem block and requested sizes that do not fit",
    defaultSeverity: "error",
    libvirtMessages: [
      "path is required for model '%s'",
      "discard is not supported for nvdimms",
      "virtio-pmem does not support NUMA nodes",
      "can't add memory backend for guest node '%d' as the guest has only '%zu' NUMA nodes configured",
      "target NUMA node needs to be specified for memory device",
      "block size must be a power of two",
      "requested size must be smaller than or equal to @size (%lluKiB)",
      "requested size must be an integer multiple of block size"
    ]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const cells = numaCellCount(domain);
    for (const d of domain.devices.memories) {
      const model = d.model?.value ?? "";
      const at = d.model?.range ?? d.nameRange;
      if ((model === "nvdimm" || model === "virtio-pmem") && !d.sourcePath?.value) {
        context.report({ range: at, message: `a '${model}' memory device needs the file that backs it: libvirt refuses this domain. Add <source><path>/path/to/file</path></source>` });
      }
      const discard = d.discard;
      if (model === "nvdimm" && discard?.value === "yes") {
        context.report({ range: discard.range, message: `discard='yes' is not possible on an nvdimm (its content is persistent): libvirt refuses this domain. Remove discard` });
      }
      const node = parseDecimal(d.node?.value);
      if (model === "virtio-pmem" && d.node) {
        context.report({ range: d.node.range, message: `virtio-pmem devices are not placed on a NUMA node: libvirt refuses this domain. Remove <node>` });
      } else if (NODE_MODELS.has(model) && cells > 0) {
        if (!d.node) {
          context.report({ range: d.target?.nameRange ?? at, message: `a '${model}' memory device must name the guest NUMA node it belongs to: libvirt refuses this domain. Add <node>0</node> (0\u2013${cells - 1}) to <target>` });
        } else if (node !== void 0 && node >= cells) {
          context.report({ range: d.node.range, message: `NUMA node ${node} does not exist: the guest has ${cells} cell(s) (0\u2013${cells - 1}): libvirt refuses this domain. Use an existing node or add a <cell>` });
        }
      }
      if (model !== "virtio-mem")
        continue;
      const block = d.block?.kib;
      if (d.block && block !== void 0 && !isPowerOfTwo(block)) {
        context.report({ range: d.block.text?.range ?? d.block.nameRange, message: `virtio-mem block size ${block} KiB is not a power of two: libvirt refuses this domain. Use e.g. 2048 KiB` });
      }
      const req = d.requested?.kib;
      const size = d.size?.kib;
      if (!d.requested || req === void 0)
        continue;
      const reqRange = d.requested.text?.range ?? d.requested.nameRange;
      if (size !== void 0 && req > size) {
        context.report({ range: reqRange, message: `virtio-mem requested size ${req} KiB is larger than the device's size ${size} KiB: libvirt refuses this domain. Lower requested or raise size` });
      } else if (block !== void 0 && isPowerOfTwo(block) && req % block !== 0) {
        context.report({ range: reqRange, message: `virtio-mem requested size ${req} KiB is not a multiple of the block size ${block} KiB: libvirt refuses this domain. Round it to a multiple of ${block} KiB` });
      }
    }
  }
});

// dist/rules/memory-device-slots.js
var memory_device_slots_default = defineRule({
  meta: {
    id: "memory-device-slots",
    description: "<memory> devices without <maxMemory>, more of them than <maxMemory slots>, a DIMM slot address past the slots or used twice, or NUMA cells plus devices above <maxMemory>",
    defaultSeverity: "error",
    libvirtMessages: [
      "cannot use/hotplug a memory device when domain 'maxMemory' is not defined",
      "memory device count '%u' exceeds slots count '%u'",
      "failed to find an empty memory slot",
      "memory device slot '%u' exceeds slots count '%u'",
      "memory device slot '%u' is already being used by another memory device",
      "maximum memory size must be equal or greater than the actual memory size"
    ]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const devices = domain.devices.memories;
    if (devices.length === 0)
      return;
    const max = domain.maxMemory;
    if (!max) {
      const first = devices[0];
      context.report({
        range: first.nameRange,
        message: `memory devices need memory hotplug, and the domain has no <maxMemory>: libvirt refuses this domain. Add <maxMemory slots='${devices.length}' unit='KiB'>\u2026</maxMemory> (at least <memory> plus the devices' sizes)`
      });
      return;
    }
    const slots = parseDecimal(max.slots?.value);
    if (slots === void 0 || slots < 0)
      return;
    if (devices.length > slots) {
      const extra = devices[slots];
      context.report({
        range: extra.nameRange,
        message: `${devices.length} memory devices, but <maxMemory slots='${slots}'>: libvirt refuses this domain. Raise slots to at least ${devices.length} or remove devices`
      });
    }
    const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
    const cellsKiB = numaCellsKiB(domain);
    const devicesKiB = devices.reduce((sum, d) => sum === void 0 || d.size?.kib === void 0 ? void 0 : sum + d.size.kib, 0);
    if (maxKiB !== void 0 && cellsKiB !== void 0 && devicesKiB !== void 0 && cellsKiB + devicesKiB > maxKiB) {
      context.report({
        range: max.value?.range ?? max.nameRange,
        message: `the NUMA cells (${cellsKiB} KiB) and memory devices (${devicesKiB} KiB) add up to ${cellsKiB + devicesKiB} KiB, more than <maxMemory> (${maxKiB} KiB): libvirt refuses this domain. Raise maxMemory or shrink the devices`
      });
    }
    const used = /* @__PURE__ */ new Map();
    for (const d of devices) {
      const a = d.address;
      if (a?.type?.value !== "dimm")
        continue;
      const slotAttr = a.slot;
      const slot = parseCUnsigned(slotAttr?.value);
      if (!slotAttr || slot === void 0)
        continue;
      if (slot >= slots) {
        context.report({
          range: slotAttr.range,
          message: `memory slot ${slot} does not exist: <maxMemory slots='${slots}'> gives slots 0\u2013${slots - 1}: libvirt refuses this domain. Use a lower slot or raise slots`
        });
      } else if (used.has(slot)) {
        context.report({ range: slotAttr.range, message: `memory slot ${slot} is already taken by another memory device: libvirt refuses this domain. Give each device its own slot, or drop the address` });
      } else {
        used.set(slot, true);
      }
    }
  }
});

// dist/rules/serial-target-compat.js
var MODEL_TYPE = {
  "isa-serial": "isa-serial",
  "usb-serial": "usb-serial",
  "pci-serial": "pci-serial",
  "spapr-vty": "spapr-vio-serial",
  pl011: "system-serial",
  "16550a": "system-serial",
  sclpconsole: "sclp-serial",
  sclplmconsole: "sclp-serial",
  "isa-debugcon": "isa-debug"
};
var TYPE_ADDRESS = {
  "isa-serial": "isa",
  "isa-debug": "isa",
  "usb-serial": "usb",
  "pci-serial": "pci",
  "spapr-vio-serial": "spapr-vio",
  "system-serial": "",
  "sclp-serial": ""
};
var NOT_ON_X86 = /* @__PURE__ */ new Set(["system-serial", "spapr-vio-serial", "sclp-serial"]);
var MAX_ISA_SERIALS = 4;
var FOREIGN_CONSOLES = /* @__PURE__ */ new Set(["xen", "uml", "lxc", "openvz"]);
var SCLP_CONSOLES = /* @__PURE__ */ new Set(["sclp", "sclplm"]);
var serial_target_compat_default = defineRule({
  meta: {
    id: "serial-target-compat",
    description: "serial <target type>, <target><model name> and <address type> that do not belong together, target types foreign to x86, more than 4 ISA serial ports or a port used twice; console target types QEMU lacks",
    defaultSeverity: "error",
    libvirtMessages: [
      "Target model '%s' requires target type '%s'",
      "Target type '%s' requires address type '%s'",
      "usb-serial requires address of usb type",
      "Target type '%s' cannot have an associated address",
      "Serial device with target type '%s' and target model '%s' not compatible with guest architecture or machine type",
      "Invalid target model for serial device",
      "Maximum supported number of ISA serial ports is '%d'",
      "target port '%d' already allocated",
      "unsupported console target type %s",
      "sclpconsole is not supported in this QEMU binary",
      "sclplmconsole is not supported in this QEMU binary"
    ]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const x86 = isX86(domain);
    let isaCount = 0;
    const isaPorts = /* @__PURE__ */ new Map();
    for (const s of domain.devices.serials) {
      const targetType = s.target?.type;
      const targetPort = s.target?.port;
      const modelName = s.target?.modelName;
      const type = targetType?.value || (x86 ? "isa-serial" : void 0);
      if (!type)
        continue;
      const typeText = targetType ? `target type '${type}'` : `no target type (so '${type}')`;
      const model = modelName?.value;
      const modelType = model === void 0 ? void 0 : MODEL_TYPE[model];
      if (modelName && modelType && modelType !== type) {
        context.report({
          range: modelName.range,
          message: `serial target model '${model}' belongs to target type '${modelType}', but this serial has ${typeText}: libvirt refuses this domain. Use <target type='${modelType}'> or a model that matches`
        });
      } else if (x86 && NOT_ON_X86.has(type)) {
        context.report({
          range: targetType?.range ?? s.nameRange,
          message: `serial target type '${type}' does not exist on x86 machines: libvirt refuses this domain. Use 'isa-serial' (the default), 'pci-serial' or 'usb-serial'`
        });
      }
      const addressType = s.address?.type?.value;
      const wanted = TYPE_ADDRESS[type];
      if (s.address && wanted !== void 0 && addressType !== wanted) {
        const range = s.address.type?.range ?? s.address.nameRange;
        if (wanted === "") {
          context.report({ range, message: `a serial with target type '${type}' is part of the machine and takes no <address>: libvirt refuses this domain. Remove the address` });
        } else {
          context.report({ range, message: `a serial with ${typeText} needs an address of type '${wanted}', not '${addressType ?? ""}': libvirt refuses this domain. Use <address type='${wanted}' \u2026/> or drop the address` });
        }
      }
      if (!x86 || type !== "isa-serial")
        continue;
      isaCount++;
      const port2 = parseDecimal(targetPort?.value);
      if (targetPort && port2 !== void 0 && port2 >= MAX_ISA_SERIALS) {
        context.report({ range: targetPort.range, message: `ISA serial port ${port2} does not exist: x86 machines have ports 0\u2013${MAX_ISA_SERIALS - 1}: libvirt refuses this domain. Use a lower port or target type 'pci-serial'` });
      } else if (targetPort && port2 !== void 0 && isaPorts.has(port2)) {
        context.report({ range: targetPort.range, message: `ISA serial port ${port2} is already used by another serial: libvirt refuses this domain. Give each serial its own port, or drop port=` });
      } else if (isaCount > MAX_ISA_SERIALS) {
        context.report({ range: s.target?.nameRange ?? s.nameRange, message: `more than ${MAX_ISA_SERIALS} ISA serial ports: libvirt refuses this domain. Use <target type='pci-serial'/> or 'usb-serial' for the others` });
      }
      if (port2 !== void 0)
        isaPorts.set(port2, true);
    }
    const s390 = archOf(domain) === "s390x";
    for (const c of domain.devices.consoles) {
      const targetType = c.target?.type;
      const type = targetType?.value;
      if (!targetType || !type)
        continue;
      if (FOREIGN_CONSOLES.has(type) || SCLP_CONSOLES.has(type) && !s390) {
        const where = FOREIGN_CONSOLES.has(type) ? "QEMU domains" : `${archOf(domain)} guests (only s390x has it)`;
        context.report({ range: targetType.range, message: `console target type '${type}' does not exist for ${where}: libvirt refuses this domain. Use <target type='serial'/> or 'virtio'` });
      }
    }
  }
});

// dist/rules/pci-controller-options.js
var MODEL_NAMES = {
  "pci-bridge": ["pci-bridge"],
  "dmi-to-pci-bridge": ["i82801b11-bridge"],
  "pcie-root-port": ["pcie-root-port", "ioh3420"],
  "pcie-switch-upstream-port": ["x3130-upstream"],
  "pcie-switch-downstream-port": ["xio3130-downstream"],
  "pci-expander-bus": ["pxb"],
  "pcie-expander-bus": ["pxb-pcie"],
  "pcie-to-pci-bridge": ["pcie-pci-bridge"]
};
var pciControllerOptions = (c) => ({
  modelName: c.modelName,
  chassisNr: c.target?.chassisNr,
  chassis: c.target?.chassis,
  port: c.target?.port,
  busNr: c.target?.busNr,
  targetIndex: c.target?.index,
  hotplug: c.target?.hotplug,
  numaNode: c.target?.node
});
var PORTS = ["pcie-root-port", "pcie-switch-downstream-port"];
var EXPANDERS = ["pci-expander-bus", "pcie-expander-bus"];
var OPTION_MODELS = [
  { key: "chassisNr", name: "chassisNr", models: ["pci-bridge"] },
  { key: "chassis", name: "chassis", models: PORTS },
  { key: "port", name: "port", models: PORTS },
  { key: "busNr", name: "busNr", models: EXPANDERS },
  { key: "hotplug", name: "hotplug", models: ["pci-root", ...PORTS] },
  { key: "targetIndex", name: "target index", models: [], ppcRoot: true },
  { key: "numaNode", name: "NUMA node", models: EXPANDERS, ppcRoot: true }
];
var KNOWN_MODELS = /* @__PURE__ */ new Set(["pci-root", "pcie-root", ...Object.keys(MODEL_NAMES)]);
var pci_controller_options_default = defineRule({
  meta: {
    id: "pci-controller-options",
    description: "PCI controller options on models that do not take them (chassisNr, chassis/port, busNr, hotplug, target index, NUMA node), a <model name> of another controller, and values out of range",
    defaultSeverity: "error",
    libvirtMessages: [
      "Option '%s' is not valid for PCI controller with index '%d', model '%s' and modelName '%s'",
      "Option '%s' has invalid value for PCI controller with index '%d', model '%s' and modelName '%s'",
      "PCI controller chassisNr '%d' out of range - must be 1-255",
      "PCI controller busNr '%d' out of range - must be 1-254",
      "PCI controller index %d too high, maximum is 255",
      "pci-root and pcie-root controllers should not have an address",
      "%s with index %d is configured for a NUMA node (%d) not present in the domain's <cpu><numa> array (%zu)"
    ]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const ppc = archOf(domain).startsWith("ppc64");
    const cells = numaCellCount(domain);
    for (const [c, index] of controllerIndexes(domain)) {
      if (c.type?.value !== "pci")
        continue;
      const model = c.model?.value ?? "";
      const refuse2 = (range, what) => context.report({ range, message: `PCI controller ${index}: ${what}` });
      if (index > 255)
        refuse2(c.index?.range ?? c.nameRange, "indexes go up to 255: libvirt refuses this domain. Use a lower index");
      if ((model === "pci-root" || model === "pcie-root") && c.address) {
        refuse2(c.address.nameRange, `the ${model} is the machine's own bus and cannot be given an <address>: libvirt refuses this domain. Remove the address`);
      }
      const o = pciControllerOptions(c);
      const chassisNr = parseDecimal(o.chassisNr?.value);
      if (o.chassisNr && chassisNr !== void 0 && (chassisNr < 1 || chassisNr > 255)) {
        refuse2(o.chassisNr.range, `chassisNr ${chassisNr} is outside 1\u2013255: libvirt refuses this domain. Use 1\u2013255 or leave it out`);
      }
      const busNr = parseDecimal(o.busNr?.value);
      if (o.busNr && busNr !== void 0 && (busNr < 1 || busNr > 254)) {
        refuse2(o.busNr.range, `busNr ${busNr} is outside 1\u2013254: libvirt refuses this domain. Use 1\u2013254 or leave it out`);
      }
      const node = parseDecimal(o.numaNode?.value);
      const nodeMissing = o.numaNode && node !== void 0 && node >= cells;
      if (o.numaNode && nodeMissing) {
        refuse2(o.numaNode.range, `NUMA node ${node} does not exist (the guest has ${cells} NUMA cell(s)): libvirt refuses this domain. Name an existing cell or define it under <cpu><numa>`);
      }
      if (!KNOWN_MODELS.has(model))
        continue;
      const names3 = MODEL_NAMES[model];
      if (o.modelName && names3 && !names3.includes(o.modelName.value)) {
        refuse2(o.modelName.range, `a ${model} cannot be a '${o.modelName.value}' device: libvirt refuses this domain. Use <model name='${names3[0]}'/> or leave it out`);
      }
      for (const opt of OPTION_MODELS) {
        const v = o[opt.key];
        if (!v || opt.models.includes(model) || opt.ppcRoot && ppc && model === "pci-root")
          continue;
        if (opt.key === "numaNode" && nodeMissing)
          continue;
        const takers = opt.models.length > 0 ? `only ${opt.models.join(", ")} take it` : "only pSeries PHBs take it";
        refuse2(v.range, `a ${model} has no ${opt.name} option (${takers}): libvirt refuses this domain. Remove it`);
      }
    }
  }
});

// dist/rules/sound-model-qemu.js
var HDA_MODELS = /* @__PURE__ */ new Set(["ich6", "ich7", "ich9"]);
var sound_model_qemu_default = defineRule({
  meta: {
    id: "sound-model-qemu",
    description: "<sound model='ich7'>, which QEMU domains cannot have, and <codec> on sound cards that are not Intel HDA (ignored)",
    defaultSeverity: "error",
    libvirtMessages: ["sound card model '%s' is not supported by qemu", "Cannot automatically add a new PCI bus for a device with connect flags %x"]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    for (const s of domain.devices.sounds) {
      const model = s.model?.value;
      if (model === "ich7" && s.model) {
        context.report({ range: s.model.range, message: `sound model 'ich7' has no QEMU device: libvirt refuses this domain. Use 'ich9' (q35) or 'ich6' (i440fx) for Intel HD Audio` });
      } else if (model && !HDA_MODELS.has(model)) {
        for (const codec of s.codecs) {
          context.report({
            severity: "warning",
            range: codec.nameRange,
            message: `<codec> only applies to Intel HD Audio cards (ich6, ich9); libvirt silently ignores it on a '${model}' card. Remove it, or use model='ich9' or 'ich6'`
          });
        }
      }
    }
  }
});

// dist/rules/registry-devices.js
var DEVICE_RULES = [
  address_unassigned_hostdev_only_default,
  audio_references_default,
  chardev_reconnect_default,
  chardev_source_attrs_default,
  controller_index_unique_default,
  controller_virtio_scsi_only_attrs_default,
  device_alias_unique_default,
  disk_address_type_matches_bus_default,
  disk_bus_specific_attrs_default,
  disk_cdrom_bus_ejectable_default,
  disk_copy_on_read_default,
  disk_device_bus_compat_default,
  disk_driver_name_default,
  disk_io_native_cache_default,
  disk_iothread_valid_default,
  disk_iotune_default,
  disk_lun_bus_default,
  disk_lun_format_raw_default,
  disk_lun_identity_default,
  disk_lun_source_type_default,
  disk_rawio_sgio_requires_lun_default,
  disk_model_requires_virtio_bus_default,
  disk_network_auth_protocol_default,
  disk_removable_media_attrs_default,
  disk_serial_characters_default,
  disk_shareable_format_default,
  disk_source_required_default,
  disk_target_name_valid_default,
  disk_target_unique_default,
  disk_virtio_driver_attrs_default,
  drive_address_bus_limits_default,
  drive_address_unique_default,
  graphics_combinations_default,
  graphics_port_range_default,
  hostdev_address_type_default,
  hostdev_duplicate_default,
  interface_mac_address_default,
  iommu_machine_and_ioapic_default,
  net_connection_type_restrictions_default,
  net_driver_attrs_nonvirtio_default,
  net_ip_placement_default,
  net_mtu_type_default,
  net_teaming_default,
  net_vhostuser_requires_virtio_default,
  net_virtio_queue_sizes_default,
  pci_address_double_use_default,
  pci_address_range_default,
  pci_root_model_default,
  spice_chardev_requires_spice_default,
  usb_disabled_default,
  vhost_user_shared_memory_default,
  video_attr_compat_default,
  video_heads_model_default,
  video_none_alone_default,
  video_primary_unique_default,
  video_secondary_model_default,
  virtio_options_require_virtio_default,
  vnc_password_length_default,
  watchdog_single_default,
  filesystem_mode_requires_mapped_default,
  filesystem_type_mount_default,
  filesystem_virtiofs_accessmode_default,
  filesystem_virtiofs_readonly_default,
  input_bus_compat_default,
  panic_model_arch_default,
  shmem_name_default,
  vsock_cid_range_default,
  disk_transient_default,
  disk_vhostuser_attrs_default,
  pci_controller_placement_default,
  ide_controller_machine_default,
  memory_device_models_default,
  memory_device_slots_default,
  serial_target_compat_default,
  pci_controller_options_default,
  sound_model_qemu_default
];

// dist/rules/bios-boot-options.js
var bios_boot_options_default = defineRule({
  meta: {
    id: "bios-boot-options",
    description: "boot menu timeout or BIOS reboot timeout out of range, BIOS serial output without a serial port, <bootloader> in a QEMU domain",
    defaultSeverity: "error",
    libvirtMessages: [
      "invalid value for boot menu timeout, must be in range [0,65535]",
      "invalid value for rebootTimeout, must be in range [-1,65535]",
      "need at least one serial port to use BIOS serial output",
      "bootloader is not supported by QEMU"
    ]
  },
  check(domain, context) {
    const timeout = domain.os?.bootmenu?.timeout;
    const t = parseDecimal(timeout?.value);
    if (timeout && t !== void 0 && (t < 0 || t > 65535)) {
      context.report({ range: timeout.range, message: `boot menu timeout ${t} ms is outside 0\u201365535: libvirt refuses this domain` });
    }
    const reboot = domain.os?.bios?.rebootTimeout;
    const r = parseDecimal(reboot?.value);
    if (reboot && r !== void 0 && (r < -1 || r > 65535)) {
      context.report({ range: reboot.range, message: `rebootTimeout ${r} ms is outside -1\u201365535 (-1 disables rebooting): libvirt refuses this domain` });
    }
    const useserial = domain.os?.bios?.useserial;
    if (useserial?.value === "yes" && domain.devices.serials.length === 0) {
      context.report({ range: useserial.attributeRange, message: `useserial='yes' sends BIOS output to the first serial port, but the domain has no <serial>: libvirt refuses this domain. Add <serial type='pty'/>` });
    }
    const type = domain.type?.value;
    const bootloader = domain.bootloader;
    if (bootloader && (type === "qemu" || type === "kvm")) {
      context.report({ range: bootloader.nameRange, message: `<bootloader> (a host-side boot loader such as pygrub) is a Xen feature; QEMU domains boot through firmware: libvirt refuses this domain. Remove it and use <os><kernel> for direct kernel boot` });
    }
  }
});

// dist/rules/boot-order-mixed.js
var boot_order_mixed_default = defineRule({
  meta: {
    id: "boot-order-mixed",
    description: "<boot order> on devices together with <os><boot dev>",
    defaultSeverity: "error",
    libvirtMessages: ["per-device boot elements cannot be used together with os/boot elements"]
  },
  check(domain, context) {
    const osBoot = domain.os?.bootDevices[0];
    if (!osBoot || domain.deviceBoots.length === 0)
      return;
    for (const { order } of domain.deviceBoots) {
      context.report({
        range: order.range,
        message: `per-device <boot order> cannot be combined with <os><boot dev='${osBoot.value}'/> (line ${osBoot.range.start.line}): libvirt refuses this domain. Keep one style: remove the <os><boot> elements, or these <boot order> elements`
      });
    }
  }
});

// dist/rules/boot-order-unique.js
var boot_order_unique_default = defineRule({
  meta: {
    id: "boot-order-unique",
    description: "two devices with the same <boot order>",
    defaultSeverity: "error",
    libvirtMessages: ["boot order '%s' used for more than one device"]
  },
  check(domain, context) {
    const seen = /* @__PURE__ */ new Map();
    for (const { order } of domain.deviceBoots) {
      const n = parseDecimal(order.value);
      if (n === void 0)
        continue;
      const first = seen.get(n);
      if (!first) {
        seen.set(n, order);
        continue;
      }
      context.report({ range: order.range, message: `boot order ${n} is already given to the device on line ${first.range.start.line}: libvirt refuses this domain. Number the boot devices 1, 2, 3, \u2026 without repeats` });
    }
  }
});

// dist/rules/hugepages-nodes.js
var hugepages_nodes_default = defineRule({
  meta: {
    id: "hugepages-nodes",
    description: "<hugepages><page nodeset> naming NUMA cells that do not exist, or several <page> without nodeset",
    defaultSeverity: "error",
    libvirtMessages: ["hugepages: node %zd not found", "two master hugepages detected: %llu and %llu"]
  },
  check(domain, context) {
    const pages = domain.memoryBacking?.hugepages?.pages ?? [];
    if (pages.length === 0)
      return;
    const cells = numaCellCount(domain);
    let master;
    for (const page of pages) {
      const nodeset = page.nodeset;
      if (!nodeset) {
        if (master)
          context.report({ range: page.nameRange, message: `only one <page> may omit nodeset (the default page size); the <page> on line ${master.range.start.line} already does: libvirt refuses this domain. Add nodeset= to one of them` });
        master ??= page;
        continue;
      }
      const nodes = parseIdSet(nodeset.value);
      const missing = nodes?.find((n) => n >= Math.max(cells, 1));
      if (missing === void 0)
        continue;
      context.report({
        range: nodeset.range,
        message: `hugepages nodeset names guest NUMA node ${missing}, but the guest has ${cells === 0 ? "no NUMA cells (only node 0 exists)" : `${cells} NUMA cell(s) (0\u2013${cells - 1})`}: libvirt refuses this domain`
      });
    }
  }
});

// dist/rules/lifecycle-actions.js
var lifecycle_actions_default = defineRule({
  meta: {
    id: "lifecycle-actions",
    description: "lifecycle actions QEMU domains cannot take: rename-restart anywhere, preserve on reboot or power-off",
    defaultSeverity: "error",
    libvirtMessages: [
      "qemu driver doesn't support the 'rename-restart' action for 'on_reboot'/'on_poweroff'/'on_crash'",
      "qemu driver doesn't support the 'preserve' action for 'on_reboot'/'on_poweroff'"
    ]
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== "qemu" && type !== "kvm")
      return;
    for (const [name, key] of [["on_poweroff", "poweroff"], ["on_reboot", "reboot"], ["on_crash", "crash"]]) {
      const el = domain.lifecycle[key];
      const action = el?.value;
      if (!el || !action)
        continue;
      if (action === "rename-restart" || action === "preserve" && name !== "on_crash") {
        context.report({ range: el.contentRange, message: `QEMU domains cannot '${action}' on ${name.slice(3)}: libvirt refuses this domain. Use destroy or restart${name === "on_crash" ? " (or preserve, coredump-destroy, coredump-restart)" : ""}` });
      }
    }
  }
});

// dist/rules/loader-path-required.js
var loader_path_required_default = defineRule({
  meta: {
    id: "loader-path-required",
    description: "<loader> without a path while firmware autoselection (<os firmware='\u2026'>) is off",
    defaultSeverity: "error",
    libvirtMessages: ["no loader path specified and firmware auto selection disabled"]
  },
  check(domain, context) {
    const loader = domain.os?.loader;
    if (!loader || domain.os?.firmware || (loader.path?.value ?? "") !== "")
      return;
    context.report({
      range: loader.nameRange,
      message: `<loader> names no firmware file and <os> has no firmware= attribute to pick one: libvirt refuses this domain. Write the path (e.g. /usr/share/OVMF/OVMF_CODE.fd) or use <os firmware='efi'>`
    });
  }
});

// dist/rules/memory-hotplug-requires-numa.js
var memory_hotplug_requires_numa_default = defineRule({
  meta: {
    id: "memory-hotplug-requires-numa",
    description: "<maxMemory> (memory hotplug) or <memory> devices in a guest without NUMA cells",
    defaultSeverity: "error",
    libvirtMessages: ["At least one numa node has to be configured when enabling memory hotplug"]
  },
  check(domain, context) {
    if (numaCellCount(domain) > 0)
      return;
    const max = domain.maxMemory;
    const memDevice = domain.devices.memories[0];
    const at = max?.slots ? max : memDevice;
    if (!at)
      return;
    context.report({
      range: at.nameRange,
      message: `memory hotplug needs at least one guest NUMA cell, and <cpu> defines none: libvirt refuses this domain. Add <cpu><numa><cell id='0' cpus='0-N' memory='\u2026'/></numa></cpu>`
    });
  }
});

// dist/rules/current-memory-size.js
var current_memory_size_default = defineRule({
  meta: {
    id: "current-memory-size",
    description: "<currentMemory> above <memory> (libvirt silently lowers it)",
    defaultSeverity: "warning"
  },
  check(domain, context) {
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : void 0;
    const cur = domain.currentMemory;
    const curKiB = cur ? sizeInKiB(cur.value?.value, cur.unit?.value) : void 0;
    if (cur && curKiB !== void 0 && mem !== void 0 && curKiB > mem) {
      context.report({
        range: cur.value?.range ?? cur.nameRange,
        message: `<currentMemory> (${curKiB} KiB) is larger than <memory> (${mem} KiB); libvirt silently lowers it to ${mem} KiB. Raise <memory> if the guest should have more`
      });
    }
  }
});

// dist/rules/max-memory-size.js
var max_memory_size_default = defineRule({
  meta: {
    id: "max-memory-size",
    description: "<maxMemory> smaller than <memory>",
    defaultSeverity: "error",
    libvirtMessages: ["maximum memory size must be equal or greater than the actual memory size"]
  },
  check(domain, context) {
    const max = domain.maxMemory;
    if (!max?.slots)
      return;
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : void 0;
    const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
    if (maxKiB !== void 0 && mem !== void 0 && maxKiB < mem) {
      context.report({ range: max.value?.range ?? max.nameRange, message: `<maxMemory> (${maxKiB} KiB) is smaller than <memory> (${mem} KiB): libvirt refuses this domain. Raise maxMemory or lower memory` });
    }
  }
});

// dist/rules/max-memory-slots.js
var max_memory_slots_default = defineRule({
  meta: {
    id: "max-memory-slots",
    description: "<maxMemory> without a slots= count",
    defaultSeverity: "error",
    libvirtMessages: ["both maximum memory size and memory slot count must be specified"]
  },
  check(domain, context) {
    const max = domain.maxMemory;
    if (max && !max.slots) {
      context.report({ range: max.nameRange, message: `<maxMemory> needs a slots= attribute (how many memory devices can be plugged): libvirt refuses this domain` });
    }
  }
});

// dist/rules/memtune-min-guarantee-qemu.js
var memtune_min_guarantee_qemu_default = defineRule({
  meta: {
    id: "memtune-min-guarantee-qemu",
    description: "<memtune><min_guarantee> in a QEMU domain",
    defaultSeverity: "error",
    libvirtMessages: ["Parameter 'min_guarantee' not supported by QEMU."]
  },
  check(domain, context) {
    const minGuarantee = domain.memtune?.minGuarantee;
    const type = domain.type?.value;
    if (minGuarantee && (type === "qemu" || type === "kvm")) {
      context.report({ range: minGuarantee.nameRange, message: `<min_guarantee> is a VMware/ESX tunable that QEMU does not have: libvirt refuses this domain. Remove it` });
    }
  }
});

// dist/rules/numa-cell-cpus.js
var numa_cell_cpus_default = defineRule({
  meta: {
    id: "numa-cell-cpus",
    description: "guest NUMA cells that share vCPUs, or name vCPUs beyond the <vcpu> count",
    defaultSeverity: "error",
    libvirtMessages: ["NUMA cells %u and %zu have overlapping vCPU ids", "Number of CPUs in <numa> exceeds the <vcpu> count"]
  },
  check(domain, context) {
    const cells = domain.cpu?.numaCells ?? [];
    if (cells.length === 0)
      return;
    const vcpus = parseDecimal(domain.vcpu?.max?.value);
    const owner = /* @__PURE__ */ new Map();
    for (const cell of cells) {
      const cpus = cell.cpus;
      const ids = cpus ? parseIdSet(cpus.value) : void 0;
      if (!cpus || !ids)
        continue;
      const self = cell.id?.value ?? "?";
      const shared = ids.find((i) => owner.has(i));
      if (shared !== void 0) {
        context.report({ range: cpus.range, message: `vCPU ${shared} is already in NUMA cell ${owner.get(shared)}; a vCPU belongs to one cell: libvirt refuses this domain` });
      }
      const beyond = vcpus === void 0 ? void 0 : ids.find((i) => i >= vcpus);
      if (beyond !== void 0) {
        context.report({ range: cpus.range, message: `NUMA cell ${self} names vCPU ${beyond}, but the guest has ${vcpus} vCPU(s) (0\u2013${vcpus - 1}): libvirt refuses this domain. Raise <vcpu> or fix cpus=` });
      }
      for (const i of ids)
        if (!owner.has(i))
          owner.set(i, self);
    }
  }
});

// dist/rules/numa-cell-ids.js
var numa_cell_ids_default = defineRule({
  meta: {
    id: "numa-cell-ids",
    description: "<numa><cell id> values that are not exactly 0, 1, \u2026 n-1 (each once)",
    defaultSeverity: "error",
    libvirtMessages: ["Duplicate NUMA cell info for cell id '%s'", "Exactly one 'cell' element per guest NUMA cell allowed, non-contiguous ranges or ranges not starting from 0 are not allowed"]
  },
  check(domain, context) {
    const cells = domain.cpu?.numaCells ?? [];
    const seen = /* @__PURE__ */ new Set();
    for (const cell of cells) {
      const id = parseDecimal(cell.id?.value);
      if (!cell.id || id === void 0)
        continue;
      const dup = seen.has(id);
      seen.add(id);
      if (!dup && id < cells.length)
        continue;
      context.report({
        range: cell.id.range,
        message: dup ? `NUMA cell id ${id} is used twice: libvirt refuses this domain. Number the cells 0 to ${cells.length - 1}` : `NUMA cell id ${id} is out of order: with ${cells.length} cell(s) the ids must be 0 to ${cells.length - 1}, each once: libvirt refuses this domain`
      });
    }
  }
});

// dist/rules/numatune-memnode-requires-numa.js
var numatune_memnode_requires_numa_default = defineRule({
  meta: {
    id: "numatune-memnode-requires-numa",
    description: "<numatune><memnode> without guest NUMA cells, or for a cell that does not exist",
    defaultSeverity: "error",
    libvirtMessages: ["Element 'memnode' is invalid without any guest NUMA cells", "Argument 'cellid' in memnode element must correspond to existing guest's NUMA cell"]
  },
  check(domain, context) {
    const memnodes = domain.numatune?.memnodes ?? [];
    if (memnodes.length === 0)
      return;
    const cells = numaCellCount(domain);
    for (const m of memnodes) {
      if (cells === 0) {
        context.report({ range: m.nameRange, message: `<memnode> pins a guest NUMA cell's memory, but the guest has no NUMA cells: libvirt refuses this domain. Add <cpu><numa> cells or use <numatune><memory> for the whole guest` });
        return;
      }
      const cellid = m.cellid;
      const id = parseDecimal(cellid?.value);
      if (cellid && id !== void 0 && id >= cells) {
        context.report({ range: cellid.range, message: `cellid ${id} does not exist; the guest has ${cells} NUMA cell(s) (0\u2013${cells - 1}): libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/secure-boot-requirements.js
var secure_boot_requirements_default = defineRule({
  meta: {
    id: "secure-boot-requirements",
    description: "<loader secure='yes'> on a machine other than x86_64 q35, or without <smm state='on'/>",
    defaultSeverity: "error",
    libvirtMessages: ["Secure boot is supported with q35 machine types only", "Secure boot is supported for x86_64 architecture only", "Secure boot requires SMM feature enabled"]
  },
  check(domain, context) {
    const secure = domain.os?.loader?.secure;
    if (secure?.value !== "yes")
      return;
    if (archOf(domain) !== "x86_64") {
      context.report({ range: secure.range, message: `secure boot is only available for x86_64 guests, not '${archOf(domain)}': libvirt refuses this domain` });
    } else if (!isQ35(domain)) {
      context.report({ range: secure.range, message: `secure boot needs a q35 machine (its flash is protected by SMM), not '${domain.os?.machine?.value ?? "pc"}': libvirt refuses this domain. Use machine='q35'` });
    }
    const smm = domain.features?.byName.get("smm");
    if (domain.os?.firmware?.value !== "efi" && (!smm || smm.state?.value === "off")) {
      context.report({ range: secure.range, message: `secure boot relies on System Management Mode, but <features> has no <smm state='on'/>: libvirt refuses this domain. Add <smm state='on'/> to <features>` });
    }
  }
});

// dist/rules/uefi-requires-acpi.js
var uefi_requires_acpi_default = defineRule({
  meta: {
    id: "uefi-requires-acpi",
    description: "an x86 guest booting UEFI (firmware='efi' or a pflash loader) without <features><acpi/>",
    defaultSeverity: "error",
    libvirtMessages: ["UEFI requires ACPI on this architecture"]
  },
  check(domain, context) {
    const os3 = domain.os;
    if (!os3 || !isX86(domain))
      return;
    const efi = os3.firmware?.value === "efi" ? os3.firmware : os3.loader?.type?.value === "pflash" ? os3.loader.type : void 0;
    if (!efi || domain.features?.byName.has("acpi"))
      return;
    context.report({ range: efi.range, message: `UEFI on x86 needs ACPI, but <features> has no <acpi/>: libvirt refuses this domain. Add <acpi/> to <features>` });
  }
});

// dist/rules/vcpu-current-exceeds-max.js
var vcpu_current_exceeds_max_default = defineRule({
  meta: {
    id: "vcpu-current-exceeds-max",
    description: "<vcpu current> larger than the maximum vCPU count, or zero",
    defaultSeverity: "error",
    libvirtMessages: ["maximum vCPU count must not be less than current vCPU count", "vcpu 0 can't be offline"]
  },
  check(domain, context) {
    const cur = domain.vcpu?.current;
    const current = parseDecimal(cur?.value);
    const max = parseDecimal(domain.vcpu?.max?.value);
    if (!cur || current === void 0 || max === void 0)
      return;
    if (current > max) {
      context.report({ range: cur.range, message: `current='${current}' asks for more vCPUs online than the maximum of ${max}: libvirt refuses this domain. Raise the <vcpu> count or lower current` });
    } else if (current === 0) {
      context.report({ range: cur.range, message: `current='0' leaves the guest without any vCPU: libvirt refuses this domain` });
    }
  }
});

// dist/rules/vcpu-topology-match.js
var vcpu_topology_match_default = defineRule({
  meta: {
    id: "vcpu-topology-match",
    description: "<cpu><topology> whose sockets \xD7 dies \xD7 clusters \xD7 cores \xD7 threads differs from the <vcpu> count",
    defaultSeverity: "error",
    libvirtMessages: ["CPU topology doesn't match maximum vcpu count"]
  },
  check(domain, context) {
    const topo = domain.cpu?.topology;
    const vcpus = parseDecimal(domain.vcpu?.max?.value);
    if (!topo || vcpus === void 0)
      return;
    const parts = [];
    let product = 1;
    for (const name of ["sockets", "dies", "clusters", "cores", "threads"]) {
      const a = topo[name];
      if (!a)
        continue;
      const n = parseDecimal(a.value);
      if (n === void 0)
        return;
      product *= n;
      parts.push(`${n} ${name}`);
    }
    if (parts.length === 0 || product === vcpus)
      return;
    context.report({
      range: topo.nameRange,
      message: `the topology gives ${parts.join(" \xD7 ")} = ${product} vCPUs, but <vcpu> is ${vcpus}: libvirt refuses this domain. Make the product equal the <vcpu> count`
    });
  }
});

// dist/rules/clock-timer-settings.js
var clock_timer_settings_default = defineRule({
  meta: {
    id: "clock-timer-settings",
    description: "<clock><timer> settings QEMU cannot apply: the 'platform' timer, tickpolicy on kvmclock/hypervclock, rtc tickpolicy merge/discard or track='boot', frequency on timers other than tsc",
    defaultSeverity: "error",
    libvirtMessages: [
      "unsupported timer type (name) '%s'",
      "timer %s doesn't support setting of timer tickpolicy",
      "unsupported rtc timer tickpolicy '%s'",
      "unsupported rtc timer track '%s'",
      "timer %s doesn't support setting of timer frequency"
    ]
  },
  check(domain, context) {
    const type = domain.type?.value;
    if (type !== "qemu" && type !== "kvm")
      return;
    for (const t of domain.clock?.timers ?? []) {
      const name = t.name;
      if (!name)
        continue;
      const refuse2 = (range, what) => context.report({ range, message: `${what}: libvirt refuses this domain` });
      if (name.value === "platform")
        refuse2(name.range, "QEMU has no 'platform' timer; configure rtc, pit, hpet or kvmclock instead");
      const tick = t.tickpolicy;
      if (tick && (name.value === "kvmclock" || name.value === "hypervclock"))
        refuse2(tick.attributeRange, `the ${name.value} clock has no tick policy (it is not a ticking timer); remove tickpolicy`);
      if (tick && name.value === "rtc" && (tick.value === "merge" || tick.value === "discard"))
        refuse2(tick.range, `QEMU's RTC only supports tickpolicy 'delay' or 'catchup', not '${tick.value}'`);
      const track = t.track;
      if (track?.value === "boot" && name.value === "rtc")
        refuse2(track.range, "QEMU's RTC can track 'guest' or 'wall' time, not 'boot'");
      const freq = t.frequency;
      if (freq && name.value !== "tsc")
        refuse2(freq.attributeRange, `only the tsc timer has a configurable frequency, not ${name.value}`);
    }
  }
});

// dist/rules/registry-domain.js
var DOMAIN_RULES = [
  bios_boot_options_default,
  boot_order_mixed_default,
  boot_order_unique_default,
  hugepages_nodes_default,
  lifecycle_actions_default,
  loader_path_required_default,
  memory_hotplug_requires_numa_default,
  current_memory_size_default,
  max_memory_size_default,
  max_memory_slots_default,
  memtune_min_guarantee_qemu_default,
  numa_cell_cpus_default,
  numa_cell_ids_default,
  numatune_memnode_requires_numa_default,
  secure_boot_requirements_default,
  uefi_requires_acpi_default,
  vcpu_current_exceeds_max_default,
  vcpu_topology_match_default,
  clock_timer_settings_default
];

// dist/rules/cputune-values.js
var RANGES = {
  shares: [2, 262144],
  period: [1e3, 1e6],
  global_period: [1e3, 1e6],
  emulator_period: [1e3, 1e6],
  iothread_period: [1e3, 1e6],
  quota: [1e3, 17592186044415],
  global_quota: [1e3, 17592186044415],
  emulator_quota: [1e3, 17592186044415],
  iothread_quota: [1e3, 17592186044415]
};
var cputune_values_default = defineRule({
  meta: {
    id: "cputune-values",
    description: "<cputune> values libvirt refuses: shares, periods and quotas outside the cgroup ranges, <vcpusched> sets that overlap, <iothreadsched> naming an IOThread the domain does not have",
    defaultSeverity: "error",
    libvirtMessages: ["'vcpusched' attributes 'vcpus' must not overlap", "Cannot find 'iothread' : %s", "Value of cputune '%s' must be in range [%llu, %llu]"]
  },
  check(domain, context) {
    for (const v of domain.cputuneValues) {
      const range = RANGES[v.tag];
      const n = /^-?[0-9]+$/.test(v.value) ? Number(v.value) : void 0;
      if (!range || n === void 0 || n <= 0 || n >= range[0] && n <= range[1])
        continue;
      context.report({ range: v.range, message: `<${v.tag}> ${v.value} is outside the range the host's cgroups take, ${range[0]} to ${range[1]}: libvirt refuses this domain` });
    }
    const owner = /* @__PURE__ */ new Map();
    for (const s of domain.vcpuScheds) {
      const ids = s.ids ? parseIdSet(s.ids.value) : void 0;
      if (!ids)
        continue;
      const clash = ids.find((id) => owner.has(id));
      if (clash !== void 0) {
        context.report({ range: s.ids.range, message: `vCPU ${clash} already has a scheduler from the <vcpusched> on line ${owner.get(clash)}: libvirt refuses overlapping vcpus sets. Give each vCPU one <vcpusched>` });
        continue;
      }
      for (const id of ids)
        owner.set(id, s.range.start.line);
    }
    const iothreads = definedIothreadIds(domain);
    for (const s of domain.iothreadScheds) {
      const ids = s.ids ? parseIdSet(s.ids.value) : void 0;
      const missing = ids?.find((id) => !iothreads.has(id));
      if (missing === void 0)
        continue;
      context.report({
        range: s.ids.range,
        message: `IOThread ${missing} does not exist (the domain defines ${iothreads.size === 0 ? "no IOThreads" : `IOThreads ${[...iothreads].sort((a, b) => a - b).join(", ")}`}): libvirt refuses this domain. Name existing IOThreads or add them with <iothreads>/<iothreadids>`
      });
    }
  }
});

// dist/rules/boot-order-unsupported-device.js
var boot_order_unsupported_device_default = defineRule({
  meta: {
    id: "boot-order-unsupported-device",
    description: "<boot order> on a device QEMU cannot boot from: a <filesystem> other than virtiofs",
    defaultSeverity: "error",
    libvirtMessages: ["boot order is only supported for virtiofs"]
  },
  check(domain, context) {
    for (const fs14 of domain.devices.filesystems) {
      if (!fs14.bootOrder || fs14.driver?.type?.value === "virtiofs")
        continue;
      context.report({ range: fs14.bootOrder.range, message: `only a virtiofs <filesystem> can be booted from; this one uses ${fs14.driver?.type?.value ? `driver '${fs14.driver.type.value}'` : "the default 9p driver"}: libvirt refuses this domain. Use <driver type='virtiofs'/> or remove <boot order>` });
    }
  }
});

// dist/rules/cpu-cache-mode.js
var cpu_cache_mode_default = defineRule({
  meta: {
    id: "cpu-cache-mode",
    description: "<cpu><cache> combinations libvirt refuses: mode='emulate' with a level other than 3, mode='passthrough' on a CPU that is not host-passthrough or maximum",
    defaultSeverity: "error",
    libvirtMessages: ["CPU cache mode '%s' can only be used with level='3'", "CPU cache mode '%s' can only be used with '%s' / '%s' CPUs"]
  },
  check(domain, context) {
    const cache2 = domain.cpuCache;
    const mode = cache2?.mode?.value;
    if (!cache2 || !mode)
      return;
    if (mode === "emulate" && cache2.level && cache2.level.value !== "3") {
      context.report({ range: cache2.level.range, message: `an emulated CPU cache can only describe the level 3 cache, not level ${cache2.level.value}: libvirt refuses this domain. Use level='3'` });
    }
    const cpuMode = domain.cpu?.mode?.value ?? "custom";
    if (mode === "passthrough" && cpuMode !== "host-passthrough" && cpuMode !== "maximum") {
      context.report({ range: cache2.mode.range, message: `a passed-through CPU cache needs <cpu mode='host-passthrough'> or 'maximum', not '${cpuMode}': libvirt refuses this domain. Use mode='emulate' level='3' for other CPUs` });
    }
  }
});

// dist/rules/disk-auth-encryption-once.js
var disk_auth_encryption_once_default = defineRule({
  meta: {
    id: "disk-auth-encryption-once",
    description: "a disk with <auth> or <encryption> both under <disk> and under its <source>",
    defaultSeverity: "error",
    libvirtMessages: ["an <auth> definition already found for disk source", "an <encryption> definition already found for disk source"]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      for (const [what, outer, inner] of [
        ["auth", disk.diskAuth, disk.sourceAuth],
        ["encryption", disk.encryption, disk.sourceEncryption]
      ]) {
        if (!outer || !inner)
          continue;
        context.report({
          range: outer.nameRange,
          message: `${diskName(disk)} has <${what}> twice: here under <disk> and on line ${inner.range.start.line} under <source>: libvirt refuses this domain. Keep the one under <source> (the current place)`
        });
      }
    }
  }
});

// dist/rules/disk-format-qemu.js
var REFUSED2 = {
  cow: "QEMU cannot open 'cow' images at all. Convert the image (qemu-img convert -O qcow2) and use type='qcow2'",
  dir: "'dir' is a storage pool format, not an image format. For a directory shown to the guest as a disk, use <disk type='dir'> with <driver type='fat'/>",
  iso: "QEMU reads ISO images as plain data. Use type='raw'",
  host_device: "'host_device' is QEMU's block driver, not a format libvirt knows. Use type='raw' (a block device is <disk type='block'>)",
  luks: "libvirt does not take 'luks' as a driver format. Use type='raw' with an <encryption format='luks'> element, or type='qcow2' with encryption",
  none: "'none' is not an image format. Use type='raw' (or leave <driver type> out to let libvirt probe it)",
  parallels: "the QEMU driver does not open 'parallels' images through libvirt. Convert them (qemu-img convert) to qcow2 or raw"
};
var disk_format_qemu_default = defineRule({
  meta: {
    id: "disk-format-qemu",
    description: "a disk <driver type> QEMU cannot open as given: cow, dir, iso and formats libvirt does not know (luks, none, \u2026), 'fat' off a <disk type='dir'> or writable",
    defaultSeverity: "error",
    libvirtMessages: [
      "'cow' storage format is not supported",
      "'directory' storage format is not directly supported by QEMU, use 'dir' disk type instead",
      "storage format '%s' is not directly supported by QEMU, use 'raw' instead",
      "unknown driver format value '%s'",
      "storage format 'fat' is supported only with 'dir' storage type",
      "virtual FAT storage can't be accessed in read-write mode"
    ]
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const format = disk.driver?.type;
      if (!format)
        continue;
      const advice = Object.hasOwn(REFUSED2, format.value) ? REFUSED2[format.value] : void 0;
      if (advice) {
        context.report({ range: format.range, message: `${diskName(disk)}: image format '${format.value}' is refused by libvirt for QEMU: ${advice}` });
      } else if (format.value === "fat") {
        if (disk.type?.value !== "dir") {
          context.report({ range: format.range, message: `${diskName(disk)}: format 'fat' (a virtual FAT disk made from a host directory) needs <disk type='dir'> with <source dir>, not type '${disk.type?.value ?? "file"}': libvirt refuses this domain` });
        } else if (!disk.readonly) {
          context.report({ range: format.range, message: `${diskName(disk)}: a virtual FAT disk cannot be written: libvirt refuses it without <readonly/>. Add <readonly/>` });
        }
      }
    }
  }
});

// dist/rules/firmware-autoselect-match.js
var QEMU_ARCH = { i686: "i386" };
var firmware_autoselect_match_default = defineRule({
  meta: {
    id: "firmware-autoselect-match",
    description: "<os firmware> (efi or bios) with requirements (interface, architecture, secure-boot, enrolled-keys, stateless) that no installed firmware descriptor satisfies",
    defaultSeverity: "error",
    needsCapabilities: true,
    libvirtMessages: ["Unable to find any firmware to satisfy '%s'"]
  },
  check(domain, context) {
    const os3 = domain.os;
    const wanted = os3?.firmware?.value;
    if (!os3?.firmware || wanted !== "efi" && wanted !== "bios")
      return;
    const descriptors = context.capabilities?.firmwareDescriptors();
    if (!descriptors) {
      context.note("firmware-autoselect-match: no firmware descriptors known (probing off and no captured set)");
      return;
    }
    const iface = wanted === "efi" ? "uefi" : "bios";
    const arch = QEMU_ARCH[archOf(domain)] ?? archOf(domain);
    const needs = [
      { what: `interface '${iface}'`, ok: (d) => d.interfaceTypes.includes(iface) },
      { what: `architecture ${arch}`, ok: (d) => d.architectures.includes(arch) }
    ];
    for (const f of os3.firmwareFeatures) {
      const name = f.name?.value;
      const on = f.enabled?.value;
      if (name !== "secure-boot" && name !== "enrolled-keys" || on !== "yes" && on !== "no")
        continue;
      needs.push({ what: `${name} ${on === "yes" ? "enabled" : "disabled"}`, ok: (d) => d.features.includes(name) === (on === "yes") });
    }
    if (os3.loader?.secure?.value === "yes")
      needs.push({ what: "secure boot (<loader secure='yes'>)", ok: (d) => d.features.includes("secure-boot") });
    if (os3.loader?.stateless?.value === "yes")
      needs.push({ what: "a stateless firmware (<loader stateless='yes'>)", ok: (d) => d.mode === "stateless" || d.device === "memory" });
    let left = descriptors;
    for (const need of needs) {
      const next = left.filter(need.ok);
      if (next.length > 0) {
        left = next;
        continue;
      }
      const source = context.capabilities?.profile.firmware ? "the captured firmware descriptors" : "the firmware descriptors installed here (/usr/share/qemu/firmware)";
      context.report({
        range: os3.firmware.range,
        message: `none of ${source} (${descriptors.length}: ${descriptors.map((d) => d.file).join(", ") || "none"}) offers ${needs.slice(0, needs.indexOf(need) + 1).map((n) => n.what).join(", ")}: libvirt cannot select a firmware and refuses this domain. Install a matching firmware package, relax the requirements, or configure <loader> by hand`
      });
      return;
    }
  }
});

// dist/rules/firmware-autoselection-settings.js
var firmware_autoselection_settings_default = defineRule({
  meta: {
    id: "firmware-autoselection-settings",
    description: "firmware autoselection (<os firmware>) together with settings it decides itself (loader path, type, readonly, secure='no'; nvram template), <firmware><feature> without autoselection, enrolled-keys with secure-boot disabled",
    defaultSeverity: "error",
    libvirtMessages: [
      "loader attribute '%s' cannot be specified when firmware autoselection is enabled",
      "nvram attribute '%s' cannot be specified when firmware autoselection is enabled",
      "cannot use feature-based firmware autoselection when firmware autoselection is disabled",
      "firmware feature '%s' cannot be enabled when firmware feature '%s' is disabled"
    ]
  },
  check(domain, context) {
    const os3 = domain.os;
    if (!os3)
      return;
    const firmware = os3.firmware;
    if (firmware) {
      const picked = `<os firmware='${firmware.value}'> lets libvirt pick the firmware from the installed descriptors (line ${firmware.range.start.line})`;
      const fix = "Remove it, or remove firmware= and configure the loader by hand";
      const loader = os3.loader;
      for (const a of [loader?.readonly, loader?.type, loader?.secure?.value === "no" ? loader.secure : void 0]) {
        if (a)
          context.report({ range: a.attributeRange, message: `<loader ${a.name}='${a.value}'>: ${picked}, so the loader's ${a.name} cannot be written: libvirt refuses this domain. ${fix}` });
      }
      if (loader?.path && loader.path.value !== "" && !loader.type) {
        context.report({ range: loader.path.range, message: `<loader> names a firmware file, but ${picked}: libvirt refuses this domain. ${fix}` });
      }
      const template = os3.nvram?.template;
      if (template)
        context.report({ range: template.attributeRange, message: `<nvram template>: ${picked}, including the variable-store template: libvirt refuses this domain. ${fix}` });
    } else if (os3.firmwareElement && os3.firmwareFeatures.length > 0) {
      context.report({
        range: os3.firmwareElement.nameRange,
        message: "<firmware><feature> states requirements for firmware autoselection, but <os> has no firmware= attribute, so nothing is selected: libvirt refuses this domain. Add firmware='efi' to <os>, or remove <firmware>"
      });
    }
    const feature = (name) => os3.firmwareFeatures.find((f) => f.name?.value === name);
    const enrolled = feature("enrolled-keys");
    const secureBoot = feature("secure-boot");
    if (enrolled?.enabled?.value === "yes" && secureBoot?.enabled?.value === "no") {
      context.report({
        range: enrolled.enabled.range,
        message: `enrolled-keys is enabled but secure-boot is disabled on line ${secureBoot.range.start.line}: pre-enrolled Secure Boot keys only exist in Secure Boot firmware, so libvirt refuses this domain. Enable secure-boot or disable enrolled-keys`
      });
    }
  }
});

// dist/rules/hostdev-capabilities-mode.js
var hostdev_capabilities_mode_default = defineRule({
  meta: {
    id: "hostdev-capabilities-mode",
    description: "<hostdev mode='capabilities'> (LXC containers only) in a QEMU domain",
    defaultSeverity: "error",
    libvirtMessages: ["hostdev mode 'capabilities' is not supported in %s"]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    for (const hd of domain.devices.hostdevs) {
      if (hd.mode?.value !== "capabilities")
        continue;
      context.report({ range: hd.mode.range, message: "mode='capabilities' hands a host block or character device to an LXC container; QEMU guests cannot use it: libvirt refuses this domain. Use <disk type='block'> or mode='subsystem'" });
    }
  }
});

// dist/rules/loader-stateless-nvram.js
var loader_stateless_nvram_default = defineRule({
  meta: {
    id: "loader-stateless-nvram",
    description: "<loader stateless='yes'> together with an <nvram> store or template",
    defaultSeverity: "error",
    libvirtMessages: ["NVRAM is not permitted when loader is stateless", "NVRAM template is not permitted when loader is stateless"]
  },
  check(domain, context) {
    const stateless = domain.os?.loader?.stateless;
    const nvram = domain.os?.nvram;
    if (stateless?.value !== "yes" || !nvram)
      return;
    const why = `the <loader> on line ${stateless.range.start.line} is stateless (stateless='yes'), so the firmware keeps no variable store`;
    if (nvram.template) {
      context.report({ range: nvram.template.attributeRange, message: `<nvram template>: ${why}: libvirt refuses this domain. Remove <nvram> or stateless='yes'` });
    }
    if (nvram.path && nvram.path.value !== "" || nvram.type) {
      context.report({ range: nvram.nameRange, message: `<nvram> names a variable store, but ${why}: libvirt refuses this domain. Remove <nvram> or stateless='yes'` });
    }
  }
});

// dist/rules/numa-cell-distances.js
var numa_cell_distances_default = defineRule({
  meta: {
    id: "numa-cell-distances",
    description: "<cpu><numa> distances libvirt refuses: a value outside 10\u2013255, 10 between different cells, or a cell whose distance to itself is not 10",
    defaultSeverity: "error",
    libvirtMessages: ["'value %d' is invalid for 'sibling id %d' under NUMA 'cell id %d'", "'value %d' is invalid"]
  },
  check(domain, context) {
    for (const d of domain.numaDistances) {
      const value = d.value && /^[0-9]+$/.test(d.value.value) ? Number(d.value.value) : void 0;
      if (value === void 0 || !d.cell || !d.sibling)
        continue;
      const self = d.cell.value === d.sibling.value;
      const why = value < 10 || value > 255 ? "distances go from 10 to 255" : self && value !== 10 ? "the distance of a cell to itself is 10 (local)" : !self && value === 10 ? "10 is the local distance, for a cell to itself only" : void 0;
      if (!why)
        continue;
      context.report({ range: d.value.range, message: `distance ${value} from NUMA cell ${d.cell.value} to cell ${d.sibling.value}: ${why}: libvirt refuses this domain` });
    }
  }
});

// dist/rules/panic-device-placement.js
var panic_device_placement_default = defineRule({
  meta: {
    id: "panic-device-placement",
    description: "two <panic> devices of the same model, or an <address> on a panic model that has none (hyperv)",
    defaultSeverity: "error",
    libvirtMessages: ["Multiple panic devices with model '%s'", "setting the panic device address is not supported for model '%s'"]
  },
  check(domain, context) {
    const first = /* @__PURE__ */ new Map();
    for (const p of domain.devices.panics) {
      const model = p.model?.value ?? "";
      if (model === "hyperv" && p.address) {
        context.report({ range: p.address.nameRange, message: "the hyperv panic notifier is a Hyper-V enlightenment, not a device on a bus, so it takes no <address>: libvirt refuses this domain. Remove the <address>" });
      }
      if (!model)
        continue;
      const earlier = first.get(model);
      if (earlier) {
        context.report({ range: p.model.range, message: `a second <panic model='${model}'> (the first is on line ${earlier.range.start.line}): libvirt refuses this domain. Keep one per model` });
      } else
        first.set(model, p);
    }
  }
});

// dist/rules/seclabel-rules.js
var seclabel_rules_default = defineRule({
  meta: {
    id: "seclabel-rules",
    description: "<seclabel>s libvirt refuses: two for the same model (per domain or per disk source), a static label without <label>, a dynamic label with relabel='no'",
    defaultSeverity: "error",
    libvirtMessages: ["seclabel for model %s is already provided", "security label is missing", "dynamic label type must use resource relabeling"]
  },
  check(domain, context) {
    const byModel = /* @__PURE__ */ new Map();
    for (const s of domain.seclabels) {
      const model = s.model?.value;
      if (model) {
        const first = byModel.get(model);
        if (first) {
          context.report({ range: s.model.range, message: `a second <seclabel> for the '${model}' security model (the first is on line ${first.range.start.line}): libvirt refuses this domain. Keep one <seclabel> per model` });
        } else
          byModel.set(model, s);
      }
      const type = s.type?.value;
      if (type === "static" && (s.label?.value ?? "") === "") {
        context.report({ range: s.type.range, message: "a static <seclabel> must give the label to use in <label>: libvirt refuses this domain. Add <label>\u2026</label> or use type='dynamic'" });
      }
      if (type === "dynamic" && s.relabel?.value === "no") {
        context.report({ range: s.relabel.range, message: "a dynamic <seclabel> generates a label per start, so libvirt must relabel the guest's resources: relabel='no' is refused. Remove relabel='no' or use a static label" });
      }
    }
    for (const disk of domain.devices.disks) {
      const seen = /* @__PURE__ */ new Map();
      for (const s of disk.sourceSeclabels) {
        const model = s.model?.value;
        if (!model)
          continue;
        const first = seen.get(model);
        if (first) {
          context.report({ range: s.model.range, message: `a second <seclabel> for the '${model}' model in this disk's <source> (the first is on line ${first.range.start.line}): libvirt refuses this domain. Keep one per model` });
        } else
          seen.set(model, s);
      }
    }
  }
});

// dist/rules/sysinfo-smbios-values.js
function validBiosDate(date) {
  const m = /^([+-]?\d+)\/([+-]?\d+)\/([+-]?\d+)$/.exec(date);
  if (!m)
    return false;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 0 && !(year >= 100 && year < 1900);
}
var uuidKey = (u) => u.replace(/-/g, "").toLowerCase();
var sysinfo_smbios_values_default = defineRule({
  meta: {
    id: "sysinfo-smbios-values",
    description: "<sysinfo> SMBIOS values libvirt refuses: a system UUID different from the domain's <uuid>, a BIOS date not in mm/dd/yy or mm/dd/yyyy form",
    defaultSeverity: "error",
    libvirtMessages: ["UUID mismatch between <uuid> and <sysinfo>", "Invalid BIOS 'date' format"]
  },
  check(domain, context) {
    for (const s of domain.sysinfos) {
      const uuid = s.systemUuid;
      if (uuid && domain.uuid && uuid.value !== "" && domain.uuid.value !== "" && uuidKey(uuid.value) !== uuidKey(domain.uuid.value)) {
        context.report({
          range: uuid.range,
          message: `the SMBIOS system UUID ${uuid.value} differs from the domain's <uuid> ${domain.uuid.value} (line ${domain.uuid.range.start.line}): libvirt refuses this domain. Use the same UUID, or leave the entry out (libvirt fills in the domain's)`
        });
      }
      const date = s.biosDate;
      if (date && !validBiosDate(date.value)) {
        context.report({ range: date.range, message: `SMBIOS BIOS date '${date.value}' is not in mm/dd/yy or mm/dd/yyyy form (e.g. 01/31/2024): libvirt refuses this domain` });
      }
    }
  }
});

// dist/rules/tpm-rules.js
var tpm_rules_default = defineRule({
  meta: {
    id: "tpm-rules",
    description: "more than one <tpm> other than a spapr-tpm-proxy, or more than one spapr-tpm-proxy; a TPM 1.2 on the CRB interface",
    defaultSeverity: "error",
    libvirtMessages: ["only a single TPM non-proxy device is supported", "only a single TPM Proxy device is supported", "Unsupported interface '%s' for TPM 1.2"]
  },
  check(domain, context) {
    const first = /* @__PURE__ */ new Map();
    for (const tpm of domain.devices.tpms) {
      if (tpm.backendVersion?.value === "1.2" && tpm.model?.value === "tpm-crb") {
        context.report({ range: tpm.backendVersion.range, message: "the CRB interface (model='tpm-crb') exists only for TPM 2.0, not version 1.2: libvirt refuses this domain. Use version='2.0', or model='tpm-tis' for a TPM 1.2" });
      }
      const proxy = tpm.model?.value === "spapr-tpm-proxy";
      const line = first.get(proxy);
      if (line === void 0) {
        first.set(proxy, tpm.range.start.line);
        continue;
      }
      context.report({
        range: tpm.nameRange,
        message: `a second ${proxy ? "TPM proxy" : "TPM"}: the domain already has the <tpm> on line ${line}, and libvirt supports only one: libvirt refuses this domain. Remove one of them`
      });
    }
  }
});

// dist/src/model/usb-topology.js
function usbAddress(a) {
  if (!a || a.type?.value !== "usb")
    return void 0;
  const bus = a.bus === void 0 ? 0 : parseDecimal(a.bus.value);
  const port2 = a.port?.value;
  if (bus === void 0 || port2 === void 0)
    return void 0;
  const path17 = port2.split(".").map((p) => parseDecimal(p));
  if (path17.some((p) => p === void 0) || path17[0] === 0)
    return void 0;
  return { address: a, bus, path: path17, port: port2 };
}
var MODEL_PORTS = {
  "piix3-uhci": 2,
  "piix4-uhci": 2,
  "vt82c686b-uhci": 2,
  "ich9-uhci1": 2,
  "ich9-uhci2": 2,
  "ich9-uhci3": 2,
  "pci-ohci": 3,
  "ich9-ehci1": 6,
  "nec-xhci": 4,
  "qemu-xhci": 4
};
var HUB_PORTS = 8;
function usbBuses(domain) {
  const out = /* @__PURE__ */ new Map();
  const byIndex = /* @__PURE__ */ new Map();
  for (const [c, i] of controllerIndexes(domain)) {
    if (c.type?.value !== "usb")
      continue;
    if (!c.index && /^ich9-uhci[123]$/.test(c.model?.value ?? ""))
      continue;
    byIndex.set(i, [...byIndex.get(i) ?? [], c]);
  }
  for (const [index, cs] of byIndex) {
    if (cs.some((c) => c.model?.value === "none"))
      continue;
    const master = cs.length === 1 ? cs[0] : cs.find((c) => c.model?.value === "ich9-ehci1");
    const model = master ? master.model?.value ?? (isX86(domain) ? "piix3-uhci" : void 0) : void 0;
    const written = master?.ports ? parseDecimal(master.ports.value) : void 0;
    const ports = model === "qemu-xhci" || model === "nec-xhci" ? written ?? MODEL_PORTS[model] : model ? MODEL_PORTS[model] : void 0;
    const portsFrom = model ? `the ${model} controller${written !== void 0 ? ` with ports='${written}'` : ""}${master?.model ? "" : " (the model libvirt uses when none is given)"} on line ${master.range.start.line}` : "its model";
    out.set(index, { index, controller: master ?? cs[0], ports, portsFrom });
  }
  if (byIndex.size === 0 && isX86(domain)) {
    if (isQ35(domain))
      out.set(0, { index: 0, ports: 4, portsFrom: "the default qemu-xhci controller libvirt adds to q35 guests" });
    else if (isI440fx(domain)) {
      out.set(0, { index: 0, ports: 2, portsFrom: "the default piix3-uhci controller libvirt adds to i440fx guests" });
    }
  }
  return out;
}
function usbAddressedDevices(domain) {
  const all = devicesWithoutAliases(domain).flatMap((device) => {
    const usb = device.kind === "controller" ? void 0 : usbAddress(device.address);
    return usb ? [{ device, usb }] : [];
  });
  const hubs = all.filter((d) => d.device.kind === "hub").sort((a, b) => a.usb.path.length - b.usb.path.length);
  return [...hubs, ...all.filter((d) => d.device.kind !== "hub")];
}

// dist/rules/usb-address-valid.js
var XHCI_MAX_PORTS = 15;
var usb_address_valid_default = defineRule({
  meta: {
    id: "usb-address-valid",
    description: "USB addresses libvirt cannot place: a bus without a USB controller, a port behind a missing <hub>, a port beyond what the controller or hub has, two devices on one port; qemu-xhci with more than 15 ports",
    defaultSeverity: "error",
    libvirtMessages: [
      "Missing USB bus %u",
      "there is no hub at port %u in USB address bus: %u port: %s",
      "requested USB port %s not present on USB bus %u",
      "Duplicate USB address bus %u port %s",
      "'qemu-xhci' controller only supports up to '%u' ports"
    ]
  },
  check(domain, context) {
    for (const c of domain.devices.controllers) {
      const n = c.type?.value === "usb" && c.model?.value === "qemu-xhci" && c.ports ? parseDecimal(c.ports.value) : void 0;
      if (n !== void 0 && n > XHCI_MAX_PORTS) {
        context.report({ range: c.ports.range, message: `a qemu-xhci controller has at most ${XHCI_MAX_PORTS} ports, not ${n}: libvirt refuses this domain. Use ports='${XHCI_MAX_PORTS}' or less (add a <hub> for more devices)` });
      }
    }
    const buses = usbBuses(domain);
    const name = (d) => `<${d.kind}> on line ${d.range.start.line}`;
    const taken = /* @__PURE__ */ new Map();
    const hubs = /* @__PURE__ */ new Set();
    for (const { device, usb } of usbAddressedDevices(domain)) {
      const bad2 = (what, fix) => context.report({ range: usb.address.nameRange, message: `this <${device.kind}> is at USB bus ${usb.bus} port ${usb.port}, but ${what}: libvirt refuses this domain. ${fix}` });
      const bus = buses.get(usb.bus);
      if (!bus) {
        if (usb.bus > 0)
          bad2(`no USB controller has index='${usb.bus}'`, `Add <controller type='usb' index='${usb.bus}'> or use bus 0`);
        continue;
      }
      const parent = usb.path.slice(0, -1);
      if (parent.length > 0 && !hubs.has(`${usb.bus}:${parent.join(".")}`)) {
        bad2(`no <hub> is at port ${parent.join(".")} of that bus`, `Add a <hub type='usb'> at port ${parent.join(".")} or use a root port`);
        continue;
      }
      const last = usb.path[usb.path.length - 1];
      const limit = parent.length > 0 ? { n: HUB_PORTS, from: "a USB hub" } : bus.ports !== void 0 ? { n: bus.ports, from: bus.portsFrom } : void 0;
      if (limit && last > limit.n) {
        bad2(`that port does not exist: ${limit.from} has ${limit.n} port${limit.n === 1 ? "" : "s"}`, parent.length > 0 ? "Use a port from 1 to 8 of the hub" : `Use a port from 1 to ${limit.n}, or more ports on an xHCI controller (ports='\u2026'), or a <hub>`);
        continue;
      }
      const key = portKey(usb);
      const holder = taken.get(key);
      if (holder) {
        bad2(`the ${name(holder)} already uses that port`, "Give each device its own port (or remove the <address> to let libvirt choose)");
        continue;
      }
      taken.set(key, device);
      if (device.kind === "hub")
        hubs.add(key);
    }
  }
});
var portKey = (u) => `${u.bus}:${u.path.join(".")}`;

// dist/rules/usb-companion-master.js
var usb_companion_master_default = defineRule({
  meta: {
    id: "usb-companion-master",
    description: "an ICH9 UHCI companion controller (ich9-uhci1/2/3) without an ich9-ehci1 master at the same index",
    defaultSeverity: "error",
    libvirtMessages: ["No master USB controller specified", "masterbus not found"]
  },
  check(domain, context) {
    if (!isQemuDomain(domain))
      return;
    const indexes2 = controllerIndexes(domain);
    const masters = /* @__PURE__ */ new Set();
    for (const [c, i] of indexes2)
      if (c.type?.value === "usb" && c.model?.value === "ich9-ehci1")
        masters.add(i);
    for (const [c, i] of indexes2) {
      const model = c.model?.value ?? "";
      if (c.type?.value !== "usb" || !/^ich9-uhci[123]$/.test(model))
        continue;
      if (c.index ? masters.has(i) : masters.size > 0)
        continue;
      context.report({
        range: c.model.range,
        message: `${model} is a USB1 companion of an ICH9 EHCI controller, but no <controller type='usb' model='ich9-ehci1'${c.index ? ` index='${i}'` : ""}> is there to be its master: libvirt refuses this domain. Add the ich9-ehci1 master with the same index, or use a standalone model (qemu-xhci)`
      });
    }
  }
});

// dist/rules/watchdog-model-placement.js
var watchdog_model_placement_default = defineRule({
  meta: {
    id: "watchdog-model-placement",
    description: "a watchdog placed where its model cannot go: i6300esb off PCI, ib700 with an address, diag288 off s390",
    defaultSeverity: "error",
    libvirtMessages: ["%s model of watchdog can go only on PCI bus", "%s model of watchdog does not support configuring the address", "%s model of watchdog is allowed for s390 and s390x only"]
  },
  check(domain, context) {
    for (const w of domain.devices.watchdogs) {
      const model = w.model?.value;
      const addressType = w.address?.type?.value;
      if (model === "i6300esb" && w.address && addressType !== void 0 && addressType !== "pci") {
        context.report({ range: w.address.type.range, message: `the i6300esb watchdog is a PCI device, so its <address> must be type='pci', not '${addressType}': libvirt refuses this domain` });
      } else if (model === "ib700" && w.address) {
        context.report({ range: w.address.nameRange, message: "the ib700 watchdog sits at a fixed ISA port and takes no <address>: libvirt refuses this domain. Remove the <address>" });
      } else if (model === "diag288" && !archOf(domain).startsWith("s390")) {
        context.report({ range: w.model.range, message: `the diag288 watchdog exists only on s390x guests, not '${archOf(domain)}': libvirt refuses this domain. Use i6300esb (PCI) on x86` });
      }
    }
  }
});

// dist/rules/registry-topology.js
var TOPOLOGY_RULES = [
  usb_address_valid_default,
  usb_companion_master_default,
  firmware_autoselection_settings_default,
  loader_stateless_nvram_default,
  tpm_rules_default,
  seclabel_rules_default,
  sysinfo_smbios_values_default,
  cputune_values_default,
  disk_format_qemu_default,
  numa_cell_distances_default,
  cpu_cache_mode_default,
  watchdog_model_placement_default,
  boot_order_unsupported_device_default,
  hostdev_capabilities_mode_default,
  disk_auth_encryption_once_default,
  panic_device_placement_default,
  firmware_autoselect_match_default
];

// dist/rules/aliases.js
var RULE_ALIASES = /* @__PURE__ */ new Map([
  ["disk-lun-rules", ["disk-lun-bus", "disk-lun-format-raw", "disk-lun-identity", "disk-lun-source-type", "disk-rawio-sgio-requires-lun"]],
  ["filesystem-rules", ["filesystem-mode-requires-mapped", "filesystem-type-mount", "filesystem-virtiofs-accessmode", "filesystem-virtiofs-readonly"]],
  ["memory-size-rules", ["current-memory-size", "max-memory-size", "max-memory-slots", "memtune-min-guarantee-qemu"]],
  ["video-count-rules", ["video-heads-model", "video-none-alone", "video-primary-unique", "video-secondary-model"]]
]);
var ruleIdsOf = (id) => RULE_ALIASES.get(id) ?? [id];
function expandRuleAliases(settings) {
  const ids = Object.keys(settings);
  if (!ids.some((id) => RULE_ALIASES.has(id)))
    return { ...settings };
  const out = {};
  for (const id of ids) {
    const parts = RULE_ALIASES.get(id);
    if (!parts)
      continue;
    for (const part of parts)
      out[part] = settings[id];
  }
  for (const id of ids)
    if (!RULE_ALIASES.has(id))
      out[id] = settings[id];
  return out;
}

// dist/rules/index.js
var RULES = [...CORE_RULES, ...DEVICE_RULES, ...DOMAIN_RULES, ...CAPABILITY_RULES, ...TOPOLOGY_RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
var RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

// dist/src/config/load.js
import fs2 from "node:fs";
import path3 from "node:path";
import { pathToFileURL } from "node:url";

// dist/src/plugin.js
var pluginOfRule = /* @__PURE__ */ new WeakMap();
function markPluginRule(rule, plugin) {
  pluginOfRule.set(rule, plugin);
}
var pluginOf = (rule) => pluginOfRule.get(rule);

// dist/src/config/registry.js
var BUILTIN_REGISTRY = { rules: RULES, byId: RULES_BY_ID, namespaces: [] };
var RESERVED_NAMESPACES = ["virtlint", "schema", "xml", "io"];
function namespaceOf(id) {
  const slash = id.lastIndexOf("/");
  return slash > 0 ? id.slice(0, slash) : void 0;
}
var isPluginRuleId = (id) => {
  const ns = namespaceOf(id);
  return ns !== void 0 && !RESERVED_NAMESPACES.includes(ns);
};
var origins = /* @__PURE__ */ new WeakMap();
function recordOrigin(rule, origin) {
  origins.set(rule, origin);
}

// dist/src/config/rule-options.js
var import_ajv = __toESM(require_ajv(), 1);
import { createRequire } from "node:module";
var requireHere = createRequire(new URL("../dist/src/config/rule-options.js", import.meta.url).href);
var ajvInstance;
var ajv = () => ajvInstance ??= withKeywords(new import_ajv.default.Ajv({ allErrors: true, strict: false, useDefaults: false, verbose: true }));
var compiled = /* @__PURE__ */ new WeakMap();
function withKeywords(instance) {
  const validate = (_schema, data) => {
    try {
      new RegExp(String(data), "u");
      return true;
    } catch (e) {
      validate.errors = [{ keyword: "virtlintRegExp", message: `is not a valid regular expression (${e.message})`, params: {} }];
      return false;
    }
  };
  validate.errors = [];
  instance.addKeyword({ keyword: "virtlintRegExp", type: "string", errors: true, validate });
  return instance;
}
function validatorFor(rule) {
  if (compiled.has(rule))
    return compiled.get(rule) ?? null;
  const schema = rule.meta.schema;
  let fn = null;
  if (schema !== void 0) {
    const whole = Array.isArray(schema) ? { type: "array", items: schema, minItems: 0, maxItems: schema.length } : schema;
    fn = ajv().compile(whole);
  }
  compiled.set(rule, fn);
  return fn;
}
function mostTelling(errors) {
  return errors.find((e) => e.keyword === "additionalProperties") ?? errors.find((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath)) ?? errors[0];
}
function checkRuleOptions(rule, options) {
  const validate = validatorFor(rule);
  if (!validate)
    return options.length > 0 ? `rule '${rule.meta.id}' takes no options` : void 0;
  if (validate(options))
    return void 0;
  const err = mostTelling(validate.errors ?? []);
  if (!err)
    return "invalid options";
  const where = err.instancePath.split("/").filter(Boolean).map((p, i) => i === 0 ? `option ${Number(p) + 1}` : p).join(" \u2192 ");
  const extra = err.keyword === "additionalProperties" ? ` ('${err.params.additionalProperty}')` : "";
  const own2 = err.parentSchema?.errorMessage?.[err.keyword];
  const message = typeof own2 === "string" ? own2 : err.message ?? "is invalid";
  return `${where || "options"} ${message}${extra}`;
}

// dist/src/config/types.js
var RULE_LEVELS = ["off", "warn", "error"];
var ConfigError = class extends Error {
};

// dist/src/config/plugins.js
var NAMESPACE = /^@?[a-z0-9][a-z0-9._-]*$/i;
var RULE_KEY = /^[a-z0-9][a-z0-9._-]*$/i;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function pluginObject(value, where) {
  const candidate = isObject(value) && !("rules" in value) && isObject(value.default) ? value.default : value;
  if (!isObject(candidate) || !isObject(candidate.rules)) {
    throw new ConfigError(`${where}: expected a plugin object with \`rules\` (e.g. plugins: { acme: acmePlugin } where acmePlugin = { rules: { \u2026 } })`);
  }
  return candidate;
}
function docsUrl(docs, where) {
  if (docs === void 0)
    return "";
  if (typeof docs === "string")
    return docs;
  if (isObject(docs) && (docs.url === void 0 || typeof docs.url === "string"))
    return docs.url ?? "";
  throw new ConfigError(`${where}.meta.docs: expected a URL string or { url: string }`);
}
var isPosition = (p, length) => isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.column) && Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= length;
function checkedReport(r, length) {
  if (!isObject(r))
    throw new Error("context.report() takes an object { range, message, severity?, fix? }");
  const range = r.range;
  if (!isObject(range) || !isPosition(range.start, length) || !isPosition(range.end, length) || range.end.offset < range.start.offset) {
    throw new Error("context.report() needs a range { start, end } of positions { line, column, offset } inside the document (use the ranges of the model)");
  }
  if (typeof r.message !== "string" || r.message === "")
    throw new Error("context.report() needs a message");
  if (r.severity !== void 0 && r.severity !== "error" && r.severity !== "warning")
    throw new Error('context.report(): severity must be "error" or "warning"');
  if (r.fix !== void 0) {
    const fix = r.fix;
    const edits = isObject(fix) ? fix.edits : void 0;
    const bad2 = (e) => !isObject(e) || !Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > length || typeof e.text !== "string";
    if (!isObject(fix) || typeof fix.description !== "string" || !Array.isArray(edits) || edits.some(bad2)) {
      throw new Error("context.report(): a fix is { description, edits: [{ start, end, text }] } with offsets inside the document");
    }
  }
  return r;
}
function pluginRule(namespace, key, value, where, origin, label) {
  if (!RULE_KEY.test(key))
    throw new ConfigError(`${where}: a rule name is letters, digits, '.', '_' and '-' (no '/')`);
  if (!isObject(value) || !isObject(value.meta) || typeof value.check !== "function") {
    throw new ConfigError(`${where}: expected a rule { meta: { description, \u2026 }, check(domain, context) }`);
  }
  const source = value;
  const m = source.meta;
  const id = `${namespace}/${key}`;
  if (m.id !== void 0 && m.id !== key && m.id !== id)
    throw new ConfigError(`${where}.meta.id: '${m.id}' differs from the rule's name '${key}'`);
  if (typeof m.description !== "string" || m.description.trim() === "")
    throw new ConfigError(`${where}.meta.description: expected a one-line description`);
  if (m.defaultSeverity !== void 0 && m.defaultSeverity !== "error" && m.defaultSeverity !== "warning") {
    throw new ConfigError(`${where}.meta.defaultSeverity: expected "error" or "warning"`);
  }
  for (const flag of ["fixable", "needsCapabilities"]) {
    if (m[flag] !== void 0 && typeof m[flag] !== "boolean")
      throw new ConfigError(`${where}.meta.${flag}: expected true or false`);
  }
  if (m.schema !== void 0 && !Array.isArray(m.schema) && !isObject(m.schema))
    throw new ConfigError(`${where}.meta.schema: expected a JSON Schema (or an array of them)`);
  const meta = {
    id,
    description: m.description,
    defaultSeverity: m.defaultSeverity ?? "warning",
    docs: docsUrl(m.docs, where),
    ...m.fixable !== void 0 ? { fixable: m.fixable } : {},
    ...m.needsCapabilities !== void 0 ? { needsCapabilities: m.needsCapabilities } : {},
    ...m.schema !== void 0 ? { schema: m.schema } : {}
  };
  const rule = { meta, check: (domain, context) => source.check(domain, { ...context, report: (r) => context.report(checkedReport(r, context.sourceText.length)) }) };
  try {
    checkRuleOptions(rule, []);
  } catch (e) {
    throw new ConfigError(`${where}.meta.schema: not a usable JSON Schema: ${e.message}`);
  }
  recordOrigin(rule, `${origin}\0${String(source.check)}`);
  markPluginRule(rule, label);
  return rule;
}
function registryWithPlugins(plugins, where = "plugins") {
  const rules = [...BUILTIN_REGISTRY.rules];
  const byId = new Map(BUILTIN_REGISTRY.byId);
  for (const [namespace, value] of Object.entries(plugins)) {
    const at = `${where}.${namespace}`;
    if (!NAMESPACE.test(namespace))
      throw new ConfigError(`${at}: a plugin namespace is letters, digits, '.', '_' and '-' (optionally after '@')`);
    if (RESERVED_NAMESPACES.includes(namespace))
      throw new ConfigError(`${at}: '${namespace}/' is virtlint's own prefix; choose another namespace`);
    const plugin = pluginObject(value, at);
    const origin = `${namespace}\0${plugin.meta?.name ?? ""}@${plugin.meta?.version ?? ""}`;
    const named = [plugin.meta?.name, plugin.meta?.version].filter((x) => typeof x === "string" && x !== "").join(" ");
    const label = `plugin '${namespace}'${named ? ` (${named})` : ""}`;
    for (const [key, ruleValue] of Object.entries(plugin.rules)) {
      const rule = pluginRule(namespace, key, ruleValue, `${at}.rules["${key}"]`, origin, label);
      rules.push(rule);
      byId.set(rule.meta.id, rule);
    }
  }
  return { rules, byId, namespaces: Object.keys(plugins) };
}
function registryOfConfig(value, label, trustsCode) {
  const list = Array.isArray(value) ? value : [value];
  const plugins = {};
  list.forEach((entry3, i) => {
    if (!isObject(entry3) || !("plugins" in entry3))
      return;
    const where = `${label}: [${i}].plugins`;
    if (!trustsCode) {
      throw new ConfigError(`${where}: a JSON configuration cannot load plugins (plugins are code, JSON is data); name them in virtlint.config.mjs or virtlint.config.js (docs/plugins.md)`);
    }
    if (!isObject(entry3.plugins))
      throw new ConfigError(`${where}: expected an object mapping namespaces to plugins, e.g. { acme: acmePlugin }`);
    for (const [namespace, plugin] of Object.entries(entry3.plugins)) {
      if (namespace in plugins && plugins[namespace] !== plugin) {
        throw new ConfigError(`${where}.${namespace}: another entry already defines plugin '${namespace}' as a different object`);
      }
      plugins[namespace] = plugin;
    }
  });
  return Object.keys(plugins).length === 0 ? BUILTIN_REGISTRY : registryWithPlugins(plugins, `${label}: plugins`);
}
function checkPluginOverrides(overrides, ruleSet, configFile) {
  for (const [id, setting] of Object.entries(overrides)) {
    if (!isPluginRuleId(id) || BUILTIN_REGISTRY.byId.has(id))
      continue;
    const rule = ruleSet?.find((r) => r.meta.id === id);
    if (!rule) {
      const ns = namespaceOf(id);
      const loaded = ruleSet?.some((r) => r.meta.id.startsWith(`${ns}/`)) ?? false;
      const why = loaded ? `plugin '${ns}' (loaded by ${configFile}) has no rule '${id.slice(ns.length + 1)}'` : configFile ? `plugin '${ns}' is not loaded by the configuration ${configFile}` : `plugin '${ns}' is not loaded: no configuration file applies (plugins come from virtlint.config.mjs/.js)`;
      throw new ConfigError(`--rule ${id}: unknown rule; ${why}`);
    }
    const problem = typeof setting === "string" ? void 0 : checkRuleOptions(rule, setting.slice(1));
    if (problem)
      throw new ConfigError(`--rule ${id}: bad options: ${problem}`);
  }
}

// dist/src/config/load.js
init_files();

// dist/src/config/validate.js
init_edit_distance();
import path2 from "node:path";

// dist/src/targets/target.js
var TARGET_PRODUCTS = ["libvirt", "qemu"];
var TargetError = class extends Error {
};
var VERSION_RE = /^\d{1,4}(\.\d{1,4}){0,3}$/;
function parseVersion(text3) {
  return VERSION_RE.test(text3) ? text3.split(".").map(Number) : void 0;
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0)
      return d;
  }
  return 0;
}
function parseTarget(text3) {
  const m = /^\s*([a-z]+)@(\S+)\s*$/.exec(text3);
  const hint = "expected libvirt@X.Y.Z or qemu@X.Y, e.g. libvirt@8.0.0";
  if (!m)
    throw new TargetError(`target '${text3}': ${hint}`);
  const product = m[1];
  const version = m[2];
  if (!TARGET_PRODUCTS.includes(product))
    throw new TargetError(`target '${text3}': unknown product '${product}'; ${hint}`);
  const parts = parseVersion(version);
  if (!parts)
    throw new TargetError(`target '${text3}': '${version}' is not a version number; ${hint}`);
  return { product, version, parts };
}
function parseTargets(value) {
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : void 0;
  if (!list || list.some((v) => typeof v !== "string"))
    throw new TargetError('target: expected a string such as "libvirt@8.0.0" or an array of them');
  return list.map(parseTarget);
}
function bindingTargets(targets) {
  const out = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const prev = out.get(t.product);
    if (!prev || compareVersions(t.parts, prev.parts) < 0)
      out.set(t.product, t);
  }
  return out;
}

// dist/src/config/validate.js
var ENTRY_KEYS = /* @__PURE__ */ new Set(["name", "files", "ignores", "plugins", "rules", "settings"]);
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function suggestRule(id, registry) {
  let best;
  let bestD = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const known of [...registry.byId.keys(), ...BUILTIN_BY_ID.keys(), ...RULE_ALIASES.keys()]) {
    const d = editDistance(id, known);
    if (d < bestD) {
      best = known;
      bestD = d;
    }
  }
  return best;
}
function unknownRule(id, where, registry) {
  const ns = namespaceOf(id);
  if (ns !== void 0 && isPluginRuleId(id) && !registry.namespaces.includes(ns)) {
    return new ConfigError(`${where}: rule '${id}' belongs to plugin '${ns}', which this configuration does not load (plugins: { '${ns}': \u2026 } in a virtlint.config.mjs; docs/plugins.md)`);
  }
  const hint = suggestRule(id, registry);
  return new ConfigError(`${where}: unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}; see virtlint --list-rules`);
}
function validateRuleSetting(id, value, where, registry) {
  const parts = RULE_ALIASES.get(id);
  if (parts) {
    let out;
    for (const part of parts)
      out = validateRuleSetting(part, value, where, registry);
    return out;
  }
  const deferred = registry === void 0 && isPluginRuleId(id) && !BUILTIN_REGISTRY.byId.has(id);
  const rule = (registry ?? BUILTIN_REGISTRY).byId.get(id);
  if (!rule && !BUILTIN_BY_ID.has(id) && !deferred)
    throw unknownRule(id, where, registry ?? BUILTIN_REGISTRY);
  const given = Array.isArray(value) ? value[0] : value;
  const level = typeof given === "number" ? RULE_LEVELS[given] : given;
  if (typeof level !== "string" || !RULE_LEVELS.includes(level)) {
    throw new ConfigError(`${where}: bad severity ${JSON.stringify(given)}; use "off", "warn" or "error" (or 0, 1, 2; or ["warn", options\u2026])`);
  }
  if (!Array.isArray(value))
    return level;
  const options = value.slice(1);
  if (rule) {
    const problem = checkRuleOptions(rule, options);
    if (problem)
      throw new ConfigError(`${where}: bad options: ${problem}`);
  } else if (options.length > 0 && !deferred) {
    throw new ConfigError(`${where}: '${id}' takes no options`);
  }
  return [level, ...options];
}
function stringArray(v, where) {
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || s.length === 0)) {
    throw new ConfigError(`${where}: expected an array of glob patterns (non-empty strings)`);
  }
  return v;
}
function targetSetting(v, where) {
  try {
    return parseTargets(v).map((t) => `${t.product}@${t.version}`);
  } catch (e) {
    if (e instanceof TargetError)
      throw new ConfigError(`${where}: ${e.message}`);
    throw e;
  }
}
function validateSettings(v, where, baseDir) {
  if (!isObject2(v))
    throw new ConfigError(`${where}: expected an object`);
  const out = { ...v };
  const abs = (p) => path2.resolve(baseDir, p);
  if ("caps" in v) {
    const caps = v.caps;
    if (typeof caps === "string")
      out.caps = abs(caps);
    else if (isObject2(caps) && Object.values(caps).every((f) => typeof f === "string")) {
      out.caps = Object.fromEntries(Object.entries(caps).map(([emu, f]) => [emu, abs(f)]));
    } else {
      throw new ConfigError(`${where}.caps: expected a capabilities file path or an object mapping emulator paths to capabilities files`);
    }
  }
  if ("schemas" in v) {
    if (typeof v.schemas !== "string")
      throw new ConfigError(`${where}.schemas: expected a directory path`);
    out.schemas = abs(v.schemas);
  }
  if ("probe" in v && typeof v.probe !== "boolean")
    throw new ConfigError(`${where}.probe: expected true or false`);
  if ("probeAllow" in v)
    out.probeAllow = stringArray(v.probeAllow, `${where}.probeAllow`);
  if ("target" in v)
    out.target = targetSetting(v.target, `${where}.target`);
  return out;
}
function validateConfig(value, label, baseDir, registry = BUILTIN_REGISTRY) {
  const list = Array.isArray(value) ? value : isObject2(value) ? [value] : void 0;
  if (!list)
    throw new ConfigError(`${label}: the configuration must be an array of objects ({files, ignores, rules, settings})`);
  return list.map((entry3, i) => {
    const where = `${label}: [${i}]`;
    if (!isObject2(entry3))
      throw new ConfigError(`${where}: expected an object`);
    for (const key of Object.keys(entry3)) {
      if (!ENTRY_KEYS.has(key))
        throw new ConfigError(`${where}: unknown key '${key}' (allowed: ${[...ENTRY_KEYS].join(", ")})`);
    }
    const out = {};
    if ("name" in entry3) {
      if (typeof entry3.name !== "string")
        throw new ConfigError(`${where}.name: expected a string`);
      out.name = entry3.name;
    }
    if ("plugins" in entry3)
      out.plugins = entry3.plugins;
    if ("files" in entry3)
      out.files = stringArray(entry3.files, `${where}.files`);
    if ("ignores" in entry3)
      out.ignores = stringArray(entry3.ignores, `${where}.ignores`);
    if ("rules" in entry3) {
      if (!isObject2(entry3.rules))
        throw new ConfigError(`${where}.rules: expected an object mapping rule ids to severities`);
      out.rules = Object.fromEntries(Object.entries(entry3.rules).map(([id, setting]) => [id, validateRuleSetting(id, setting, `${where}.rules["${id}"]`, registry)]));
      out.rules = expandRuleAliases(out.rules);
    }
    if ("settings" in entry3)
      out.settings = validateSettings(entry3.settings, `${where}.settings`, baseDir);
    return out;
  });
}

// dist/src/config/load.js
var CONFIG_FILE_NAMES = ["virtlint.config.js", "virtlint.config.mjs", "virtlint.config.json"];
function repositoryRoot(dir) {
  for (let cur = path3.resolve(dir); ; cur = path3.dirname(cur)) {
    if (fs2.lstatSync(path3.join(cur, ".git"), { throwIfNoEntry: false }))
      return cur;
    if (path3.dirname(cur) === cur)
      return void 0;
  }
}
var isInside = (p, dir) => p === dir || p.startsWith(dir.endsWith(path3.sep) ? dir : dir + path3.sep);
function findConfigFile(dir, stopAt) {
  let cur = path3.resolve(dir);
  const repo = repositoryRoot(cur);
  const limits = [repo, stopAt && isInside(cur, path3.resolve(stopAt)) ? path3.resolve(stopAt) : void 0].filter((d) => d !== void 0);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path3.join(cur, name);
      if (fs2.lstatSync(candidate, { throwIfNoEntry: false }))
        return candidate;
    }
    const parent = path3.dirname(cur);
    if (parent === cur || limits.includes(cur))
      return void 0;
    cur = parent;
  }
}
function untrustedConfigReason(file, uid = process.getuid?.()) {
  const st = fs2.lstatSync(file, { throwIfNoEntry: false });
  if (!st)
    return "it does not exist";
  if (st.isSymbolicLink())
    return "it is a symbolic link";
  if (!st.isFile())
    return "it is not a regular file";
  const dir = path3.dirname(file);
  const dst = fs2.statSync(dir);
  if (uid === void 0)
    return void 0;
  const trustedOwner = (owner) => owner === uid || owner === 0;
  if (!trustedOwner(st.uid))
    return `it is owned by another user (uid ${st.uid})`;
  if ((st.mode & 2) !== 0)
    return "it is writable by every user";
  if (!trustedOwner(dst.uid))
    return `its directory ${dir} is owned by another user (uid ${dst.uid})`;
  if ((dst.mode & 2) !== 0)
    return `its directory ${dir} is writable by every user`;
  return void 0;
}
async function loadConfigFile(file, options = {}) {
  const abs = path3.resolve(file);
  const label = path3.relative(process.cwd(), abs) || abs;
  if (options.discovered) {
    const why = untrustedConfigReason(abs);
    if (why)
      throw new ConfigError(`${label}: not used: ${why} (a configuration found by lookup must be a regular file owned by you or root, in a directory others cannot write; see docs/security.md). Name it with --config to use it anyway, or --no-config`);
  }
  let stat;
  try {
    stat = options.discovered ? fs2.lstatSync(abs) : fs2.statSync(abs);
  } catch {
    throw new ConfigError(`${label}: configuration file not found`);
  }
  if (!stat.isFile())
    throw new ConfigError(`${label}: not a regular file`);
  let value;
  if (abs.endsWith(".json")) {
    let text3;
    try {
      text3 = readBoundedRegularFile(abs, { maxBytes: MAX_CONFIG_BYTES, followSymlinks: !options.discovered }).toString("utf8");
    } catch (e) {
      throw new ConfigError(`${label}: ${e instanceof BoundedReadError ? e.reason : e.message}`);
    }
    try {
      value = JSON.parse(text3);
    } catch (e) {
      throw new ConfigError(`${label}: not valid JSON: ${e.message}`);
    }
  } else if (/\.m?js$/.test(abs)) {
    try {
      const mod = await import(`${pathToFileURL(abs).href}?mtime=${stat.mtimeMs}`);
      if (!("default" in mod))
        throw new Error("it has no default export (export default [ \u2026 ])");
      value = await mod.default;
    } catch (e) {
      throw new ConfigError(`${label}: cannot load: ${e.message}`);
    }
  } else {
    throw new ConfigError(`${label}: a configuration file must end in .js, .mjs or .json`);
  }
  const registry = registryOfConfig(value, label, !abs.endsWith(".json"));
  const entries = validateConfig(value, label, path3.dirname(abs), registry);
  return { file: abs, baseDir: path3.dirname(abs), entries, ...registry.namespaces.length > 0 ? { ruleSet: registry.rules } : {} };
}

// dist/src/config/resolve.js
var import_picomatch = __toESM(require_picomatch2(), 1);
import path4 from "node:path";
var matchers = /* @__PURE__ */ new Map();
function matcher(pattern) {
  let m = matchers.get(pattern);
  if (!m) {
    const p = pattern.endsWith("/") ? `${pattern}**` : pattern;
    m = (0, import_picomatch.default)(p, { dot: true });
    matchers.set(pattern, m);
  }
  return m;
}
var matchesAny = (patterns, rel) => patterns.some((p) => matcher(p)(rel));
var isGlobalIgnore = (e) => e.ignores !== void 0 && !e.files && !e.rules && !e.settings && !e.plugins;
function mergeRule(previous, next) {
  if (typeof next !== "string" || previous === void 0 || typeof previous === "string")
    return next;
  return [next, ...previous.slice(1)];
}
function mergeSettings(into, next) {
  for (const [key, value] of Object.entries(next)) {
    if (key === "caps") {
      if (typeof value === "string") {
        into.capsFile = value;
        delete into.emulatorFiles;
      } else {
        into.emulatorFiles = { ...into.emulatorFiles, ...value };
        delete into.capsFile;
      }
    } else {
      into[key] = value;
    }
  }
}
function effectiveConfig(config, filePath) {
  const rel = path4.relative(config.baseDir, path4.resolve(filePath)).split(path4.sep).join("/");
  const inside = !rel.startsWith("../") && rel !== ".." && !path4.isAbsolute(rel);
  const rules = {};
  const settings = {};
  let ignored = false;
  for (const entry3 of config.entries) {
    if (isGlobalIgnore(entry3)) {
      if (inside && matchesAny(entry3.ignores ?? [], rel))
        ignored = true;
      continue;
    }
    if (entry3.files && !(inside && matchesAny(entry3.files, rel)))
      continue;
    if (entry3.ignores && inside && matchesAny(entry3.ignores, rel))
      continue;
    for (const [id, setting] of Object.entries(entry3.rules ?? {}))
      rules[id] = mergeRule(rules[id], setting);
    if (entry3.settings)
      mergeSettings(settings, entry3.settings);
  }
  return { configFile: config.file, ignored, rules, settings, ...config.ruleSet ? { ruleSet: config.ruleSet } : {} };
}

// dist/src/linter/disables.js
init_diagnostic_ids();
var UNUSED_DISABLE_RULE = DIAGNOSTIC_IDS.unusedDisable;
var DIRECTIVE = /^\s*virtlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;
function parseDirectives(comments) {
  const out = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m)
      continue;
    const body = m[2] ?? "";
    const colon = body.indexOf(":");
    const idsPart = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : "";
    const ruleIds = idsPart.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
    out.push({ kind: m[1], ruleIds, ...reason ? { reason } : {}, range: c.range });
  }
  return out;
}
var Usage = class {
  used = /* @__PURE__ */ new Map();
  mark(d, ruleId) {
    let s = this.used.get(d);
    if (!s)
      this.used.set(d, s = /* @__PURE__ */ new Set());
    s.add(d.ruleIds.length === 0 ? "*" : ruleId);
  }
  isUsed(d, id) {
    const used = this.used.get(d);
    return used !== void 0 && ruleIdsOf(id).some((part) => used.has(part));
  }
};
var BlockSweep = class {
  blocks;
  next = 0;
  all;
  except = /* @__PURE__ */ new Set();
  byId = /* @__PURE__ */ new Map();
  constructor(blocks) {
    this.blocks = blocks;
  }
  /** The directive disabling `ruleId` at `offset`; offsets must not decrease between calls. */
  at(offset, ruleId) {
    for (; this.next < this.blocks.length; this.next++) {
      const d = this.blocks[this.next];
      if (d.range.end.offset > offset)
        break;
      this.apply(d);
    }
    return this.byId.get(ruleId) ?? (this.all && !this.except.has(ruleId) ? this.all : void 0);
  }
  apply(d) {
    if (d.kind === "disable") {
      if (d.ruleIds.length === 0) {
        this.all = d;
        this.except.clear();
      } else {
        for (const id of d.ruleIds.flatMap(ruleIdsOf)) {
          this.byId.set(id, d);
          this.except.delete(id);
        }
      }
    } else if (d.ruleIds.length === 0) {
      this.all = void 0;
      this.byId.clear();
      this.except.clear();
    } else {
      for (const id of d.ruleIds.flatMap(ruleIdsOf)) {
        this.byId.delete(id);
        if (this.all)
          this.except.add(id);
      }
    }
  }
};
var names = (d, id) => d.ruleIds.length === 0 || d.ruleIds.some((named) => ruleIdsOf(named).includes(id));
function applyInlineDisables(diagnostics, comments, options = {}) {
  const directives = parseDirectives(comments);
  if (directives.length === 0)
    return [...diagnostics];
  const usage = new Usage();
  const blocks = directives.filter((d) => d.kind === "disable" || d.kind === "enable");
  const fileWide = directives.filter((d) => d.kind === "disable-file");
  const lineWise = directives.filter((d) => d.kind === "disable-next-line" || d.kind === "disable-line");
  const byLine = /* @__PURE__ */ new Map();
  for (const d of lineWise) {
    const line = d.kind === "disable-next-line" ? d.range.end.line + 1 : d.range.start.line;
    const list = byLine.get(line);
    if (list)
      list.push(d);
    else
      byLine.set(line, [d]);
  }
  const sweep = new BlockSweep(blocks);
  const inBlock = new Array(diagnostics.length);
  const byOffset = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].range.start.offset - diagnostics[b].range.start.offset);
  for (const i of byOffset) {
    const diag2 = diagnostics[i];
    inBlock[i] = sweep.at(diag2.range.start.offset, diag2.ruleId);
  }
  const kept = [];
  for (const [i, diag2] of diagnostics.entries()) {
    const id = diag2.ruleId;
    const by2 = fileWide.find((d) => names(d, id)) ?? byLine.get(diag2.range.start.line)?.find((d) => names(d, id)) ?? inBlock[i];
    if (by2)
      usage.mark(by2, id);
    else
      kept.push(diag2);
  }
  const level = options.unusedLevel ?? "warn";
  if (level === "off")
    return kept;
  const severity = level === "error" ? "error" : "warning";
  const report2 = (d, message) => {
    kept.push({ ruleId: UNUSED_DISABLE_RULE, severity, message, range: d.range });
  };
  for (const d of directives) {
    if (d.kind === "enable") {
      for (const id of d.ruleIds)
        if (options.isKnownRule && !options.isKnownRule(id))
          report2(d, unknownMessage(id));
      continue;
    }
    if (d.ruleIds.length === 0) {
      if (!usage.isUsed(d, "*"))
        report2(d, `Unused virtlint-${d.kind} comment: no problem was reported here`);
      continue;
    }
    for (const id of d.ruleIds) {
      if (options.isKnownRule && !options.isKnownRule(id))
        report2(d, unknownMessage(id));
      else if (!usage.isUsed(d, id))
        report2(d, `Unused virtlint-${d.kind} comment: '${id}' reported no problem here`);
    }
  }
  return kept;
}
var unknownMessage = (id) => `virtlint comment names '${id}', which is not a virtlint rule (see virtlint --list-rules)`;
function knownRuleIds(ruleSet) {
  const known = new Set(ruleSet.map((r) => r.meta.id));
  known.add(UNUSED_DISABLE_RULE);
  known.add(DIAGNOSTIC_IDS.requiresNewerLibvirt);
  return (id) => known.has(id) || RULE_ALIASES.has(id) || /^(schema|xml|io)\//.test(id);
}

// dist/src/config/index.js
var EMPTY = { file: void 0, baseDir: process.cwd(), entries: [] };
var ConfigResolver = class {
  options;
  byDir = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.options = options;
  }
  /** The configuration file that governs a document (undefined when none). */
  async configFor(filePath) {
    if (this.options.noConfig)
      return EMPTY;
    if (this.options.configFile)
      return this.load(path5.resolve(this.options.configFile));
    const dir = path5.dirname(path5.resolve(filePath));
    const workspace = this.options.workspaceRoot ? path5.resolve(this.options.workspaceRoot) : void 0;
    if (workspace && dir !== workspace && !dir.startsWith(workspace + path5.sep))
      return EMPTY;
    let found = this.byDir.get(dir);
    if (!found) {
      const file = findConfigFile(dir, workspace);
      found = file ? this.load(file, true) : Promise.resolve(EMPTY);
      this.byDir.set(dir, found);
    }
    return found;
  }
  load(file, discovered = false) {
    let p = this.byFile.get(file);
    if (!p) {
      p = loadConfigFile(file, { discovered });
      this.byFile.set(file, p);
    }
    return p;
  }
  /** Rules and settings for a document, command-line overrides applied last. */
  async forFile(filePath) {
    const eff = effectiveConfig(await this.configFor(filePath), filePath);
    const { ruleOverrides, settingsOverrides } = this.options;
    if (!ruleOverrides && !settingsOverrides)
      return eff;
    if (ruleOverrides)
      checkPluginOverrides(ruleOverrides, eff.ruleSet, eff.configFile);
    return {
      ...eff,
      // Overrides naming an alias (rules/aliases.ts) override each of its parts.
      rules: Object.entries(expandRuleAliases(ruleOverrides ?? {})).reduce((acc, [id, setting]) => ({ ...acc, [id]: mergeRule(acc[id], setting) }), { ...eff.rules }),
      settings: { ...eff.settings, ...settingsOverrides }
    };
  }
};

// dist/src/caps/index.js
import fs7 from "node:fs";
import path11 from "node:path";

// dist/src/caps/cache.js
import crypto from "node:crypto";
import fs3 from "node:fs";
import os from "node:os";
import path7 from "node:path";

// dist/src/caps/profile-file.js
init_files();

// dist/src/caps/domcaps.js
import path6 from "node:path";

// dist/src/caps/arch.js
function libvirtArchOfQemuTarget(target) {
  switch (target) {
    case "i386":
      return "i686";
    case "arm":
      return "armv7l";
    default:
      return target;
  }
}
function archesServedBy(arch) {
  switch (arch) {
    case "x86_64":
      return ["x86_64", "i686"];
    case "aarch64":
      return ["aarch64", "armv7l"];
    case "armv7l":
      return ["armv7l", "armv6l"];
    case "ppc64":
      return ["ppc64", "ppc64le"];
    default:
      return [arch];
  }
}
function qemuTargetOfBinaryName(baseName) {
  const m = /^qemu-system-([a-z0-9_]+?)(?:-.*)?$/.exec(baseName);
  return m?.[1];
}

// dist/src/caps/domcaps.js
var text = (el) => {
  const t = el?.text.trim();
  return t ? t : void 0;
};
function enumValues(el) {
  return childrenNamed(el, "value").flatMap((v) => text(v) ?? []);
}
function collect(el, prefix, enums, supported) {
  const s = el.attributes.find((a) => a.name === "supported")?.value;
  if (prefix && (s === "yes" || s === "no"))
    supported[prefix] = s === "yes";
  for (const c of el.children) {
    if (c.name === "enum") {
      const name = c.attributes.find((a) => a.name === "name")?.value;
      if (name)
        enums[prefix ? `${prefix}.${name}` : name] = enumValues(c);
    } else if (c.name !== "value") {
      collect(c, prefix ? `${prefix}.${c.name}` : c.name, enums, supported);
    }
  }
}
function profileFromDomainCapabilities(root, file) {
  const emulator = text(child(root, "path"));
  const domainType = text(child(root, "domain"));
  const machine = text(child(root, "machine"));
  const arch = text(child(root, "arch"));
  const enums = {};
  const supported = {};
  const devices = child(root, "devices");
  if (devices)
    for (const d of devices.children)
      collect(d, d.name, enums, supported);
  for (const section of ["os", "memoryBacking", "features"]) {
    const el = child(root, section);
    if (el)
      collect(el, section, enums, supported);
  }
  const target = emulator ? qemuTargetOfBinaryName(path6.basename(emulator)) : void 0;
  const arches = /* @__PURE__ */ new Set();
  if (target)
    for (const a of archesServedBy(libvirtArchOfQemuTarget(target)))
      arches.add(a);
  if (target && arch)
    for (const a of archesServedBy(arch))
      arches.add(a);
  return {
    origin: "domcapabilities",
    ...emulator ? { emulator } : {},
    ...arches.size > 0 ? { arches: [...arches] } : {},
    scope: { ...arch ? { arch } : {}, ...machine ? { machine } : {}, ...domainType ? { domainType } : {} },
    enums,
    supported,
    sourceDescription: `domcapabilities ${file}`
  };
}

// dist/src/caps/qemu-caps-cache.js
var DEVICE_FLAGS = {
  e1000: ["e1000"],
  rtl8139: ["rtl8139"],
  "virtio-net": ["virtio-net-pci", "virtio-net-ccw", "virtio-net-device"],
  lsi: ["lsi53c895a"],
  megasas: ["megasas"],
  mptsas1068: ["mptsas1068"],
  pvscsi: ["pvscsi"],
  dc390: ["dc390"],
  am53c974: ["am53c974"],
  "virtio-scsi-pci": ["virtio-scsi-pci", "virtio-scsi-ccw", "virtio-scsi-device"],
  "ich9-ahci": ["ich9-ahci"],
  "usb-storage": ["usb-storage"],
  "qemu-xhci": ["qemu-xhci"],
  "nec-usb-xhci": ["nec-usb-xhci"],
  "piix3-usb-uhci": ["piix3-usb-uhci"],
  "piix4-usb-uhci": ["piix4-usb-uhci"],
  "usb-ehci": ["usb-ehci"],
  "ich9-usb-ehci1": ["ich9-usb-ehci1"],
  "pci-ohci": ["pci-ohci"],
  VGA: ["VGA"],
  "cirrus-vga": ["cirrus-vga"],
  "vmware-svga": ["vmware-svga"],
  qxl: ["qxl", "qxl-vga"],
  "virtio-vga": ["virtio-vga"],
  "bochs-display": ["bochs-display"],
  ramfb: ["ramfb"],
  "tpm-tis": ["tpm-tis", "tpm-tis-device"],
  "tpm-crb": ["tpm-crb"],
  "ich9-intel-hda": ["ich9-intel-hda"],
  "usb-audio": ["usb-audio"],
  "pci-bridge": ["pci-bridge"],
  "dmi-to-pci-bridge": ["i82801b11-bridge"],
  ioh3420: ["ioh3420"],
  "x3130-upstream": ["x3130-upstream"],
  "xio3130-downstream": ["xio3130-downstream"],
  pxb: ["pxb"],
  "pxb-pcie": ["pxb-pcie"],
  "pcie-root-port": ["pcie-root-port"],
  "pcie-pci-bridge": ["pcie-pci-bridge"]
};
var VERIFIED_LIBVIRT_MAJOR = 9;
var text2 = (el) => {
  const t = el?.text.trim();
  return t ? t : void 0;
};
var attrOf2 = (el, name) => el.attributes.find((a) => a.name === name)?.value;
function versionFromNumber(n) {
  return `${Math.floor(n / 1e6)}.${Math.floor(n / 1e3) % 1e3}.${n % 1e3}`;
}
function profileFromQemuCapsCache(root, file) {
  const flags = childrenNamed(root, "flag").flatMap((f) => attrOf2(f, "name") ?? []);
  const flagSet = new Set(flags);
  const emulator = text2(child(root, "emulator"));
  const arch = text2(child(root, "arch"));
  const versionNum = Number(text2(child(root, "version")));
  const selfvers = Number(text2(child(root, "selfvers")));
  const libvirtVersion = Number.isInteger(selfvers) && selfvers > 0 ? selfvers : void 0;
  const verified = libvirtVersion !== void 0 && Math.floor(libvirtVersion / 1e6) === VERIFIED_LIBVIRT_MAJOR;
  const machines = /* @__PURE__ */ new Map();
  for (const m of childrenNamed(root, "machine")) {
    const name = attrOf2(m, "name");
    if (!name || machines.has(name))
      continue;
    const alias = attrOf2(m, "alias");
    machines.set(name, { name, ...alias ? { alias } : {}, ...attrOf2(m, "default") === "yes" ? { isDefault: true } : {} });
  }
  const devices = {};
  const absentDevices = [];
  for (const [flag, types] of Object.entries(DEVICE_FLAGS)) {
    if (flagSet.has(flag)) {
      if (types.length === 1)
        devices[types[0]] = null;
    } else if (verified) {
      absentDevices.push(...types);
    }
  }
  const domainTypes = [...flagSet.has("tcg") ? ["qemu"] : [], ...flagSet.has("kvm") ? ["kvm"] : [], ...flagSet.has("hvf") ? ["hvf"] : []];
  return {
    origin: "qemu-caps-cache",
    ...emulator ? { emulator } : {},
    ...Number.isInteger(versionNum) && versionNum > 0 ? { version: versionFromNumber(versionNum) } : {},
    ...arch ? { arches: archesServedBy(arch) } : {},
    domainTypes,
    domainTypesComplete: verified,
    ...machines.size > 0 ? { machines: [...machines.values()] } : {},
    devices,
    devicesComplete: false,
    absentDevices,
    libvirtFlags: flags,
    ...libvirtVersion !== void 0 ? { libvirtVersion } : {},
    sourceDescription: `libvirt QEMU capabilities cache ${file}`
  };
}

// dist/src/caps/profile-file.js
init_parse();
var CapabilityFileError = class extends Error {
};
var isStringArray = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var ORIGINS = ["probe", "domcapabilities", "qemu-caps-cache", "profile"];
function parseProfileJson(text3, file) {
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    throw new CapabilityFileError(`${file}: not valid JSON (${e.message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new CapabilityFileError(`${file}: expected a JSON object`);
  const obj = data;
  const known = /* @__PURE__ */ new Set([
    "format",
    "emulator",
    "version",
    "origin",
    "arches",
    "domainTypes",
    "domainTypesComplete",
    "machines",
    "devices",
    "devicesComplete",
    "absentDevices",
    "enums",
    "supported",
    "scope",
    "libvirtFlags",
    "libvirtVersion",
    "sourceDescription",
    "firmware"
  ]);
  for (const key of Object.keys(obj))
    if (!known.has(key))
      throw new CapabilityFileError(`${file}: unknown key '${key}'`);
  if (obj.format !== void 0 && obj.format !== "virtlint-caps/1")
    throw new CapabilityFileError(`${file}: 'format' must be "virtlint-caps/1"`);
  for (const key of ["emulator", "version", "sourceDescription"]) {
    if (obj[key] !== void 0 && typeof obj[key] !== "string")
      throw new CapabilityFileError(`${file}: '${key}' must be a string`);
  }
  if (obj.origin !== void 0 && !ORIGINS.includes(obj.origin)) {
    throw new CapabilityFileError(`${file}: 'origin' must be one of ${ORIGINS.map((o) => `"${o}"`).join(", ")}`);
  }
  for (const key of ["domainTypesComplete", "devicesComplete"]) {
    if (obj[key] !== void 0 && typeof obj[key] !== "boolean")
      throw new CapabilityFileError(`${file}: '${key}' must be true or false`);
  }
  if (obj.libvirtVersion !== void 0 && !(Number.isInteger(obj.libvirtVersion) && obj.libvirtVersion >= 0)) {
    throw new CapabilityFileError(`${file}: 'libvirtVersion' must be a non-negative integer`);
  }
  for (const key of ["arches", "domainTypes", "absentDevices", "libvirtFlags"]) {
    if (obj[key] !== void 0 && !isStringArray(obj[key]))
      throw new CapabilityFileError(`${file}: '${key}' must be an array of strings`);
  }
  if (obj.machines !== void 0) {
    if (!Array.isArray(obj.machines))
      throw new CapabilityFileError(`${file}: 'machines' must be an array`);
    obj.machines.forEach((m, i) => {
      if (!isObject3(m))
        throw new CapabilityFileError(`${file}: 'machines[${i}]' must be an object`);
      for (const k of Object.keys(m))
        if (!["name", "alias", "isDefault"].includes(k))
          throw new CapabilityFileError(`${file}: unknown key 'machines[${i}].${k}'`);
      if (typeof m.name !== "string" || m.name === "")
        throw new CapabilityFileError(`${file}: 'machines[${i}].name' must be a non-empty string`);
      if (m.alias !== void 0 && typeof m.alias !== "string")
        throw new CapabilityFileError(`${file}: 'machines[${i}].alias' must be a string`);
      if (m.isDefault !== void 0 && typeof m.isDefault !== "boolean")
        throw new CapabilityFileError(`${file}: 'machines[${i}].isDefault' must be true or false`);
    });
  }
  if (obj.devices !== void 0) {
    if (!isObject3(obj.devices))
      throw new CapabilityFileError(`${file}: 'devices' must be an object`);
    for (const [dev, props] of Object.entries(obj.devices)) {
      if (props !== null && !isStringArray(props))
        throw new CapabilityFileError(`${file}: 'devices.${dev}' must be an array of property names or null`);
    }
  }
  if (obj.enums !== void 0) {
    if (!isObject3(obj.enums))
      throw new CapabilityFileError(`${file}: 'enums' must be an object`);
    for (const [name, values] of Object.entries(obj.enums)) {
      if (!isStringArray(values))
        throw new CapabilityFileError(`${file}: 'enums.${name}' must be an array of strings`);
    }
  }
  if (obj.supported !== void 0) {
    if (!isObject3(obj.supported))
      throw new CapabilityFileError(`${file}: 'supported' must be an object`);
    for (const [name, value] of Object.entries(obj.supported)) {
      if (typeof value !== "boolean")
        throw new CapabilityFileError(`${file}: 'supported.${name}' must be true or false`);
    }
  }
  if (obj.scope !== void 0) {
    if (!isObject3(obj.scope))
      throw new CapabilityFileError(`${file}: 'scope' must be an object`);
    for (const [k, v] of Object.entries(obj.scope)) {
      if (!["arch", "machine", "domainType"].includes(k))
        throw new CapabilityFileError(`${file}: unknown key 'scope.${k}'`);
      if (typeof v !== "string")
        throw new CapabilityFileError(`${file}: 'scope.${k}' must be a string`);
    }
  }
  if (obj.firmware !== void 0) {
    if (!Array.isArray(obj.firmware))
      throw new CapabilityFileError(`${file}: 'firmware' must be an array of firmware descriptors`);
    obj.firmware.forEach((d, i) => {
      if (!isObject3(d) || typeof d.file !== "string" || typeof d.device !== "string" || !isStringArray(d.interfaceTypes) || !isStringArray(d.architectures) || !isStringArray(d.features)) {
        throw new CapabilityFileError(`${file}: 'firmware[${i}]' must have file, device (strings) and interfaceTypes, architectures, features (arrays of strings)`);
      }
      if (d.mode !== void 0 && typeof d.mode !== "string")
        throw new CapabilityFileError(`${file}: 'firmware[${i}].mode' must be a string`);
    });
  }
  return { ...obj, sourceDescription: obj.sourceDescription ?? `profile ${file}` };
}
var MAX_CAPABILITY_FILE_BYTES = 32 * 1024 * 1024;
function parseCapabilityText(text3, file) {
  const body = text3.replace(/^\uFEFF/, "");
  const first = body.trimStart()[0];
  if (first === "{")
    return parseProfileJson(body, file);
  if (first !== "<") {
    throw new CapabilityFileError(`${file}: not a capabilities file (expected virtlint's JSON profile, domcapabilities XML or a libvirt QEMU capabilities cache)`);
  }
  const parsed = parseXml(body);
  if (!parsed.ok) {
    const { line, column } = parsed.diagnostic.range.start;
    throw new CapabilityFileError(`${file}:${line}:${column}: ${parsed.diagnostic.message}`);
  }
  const root = parsed.document.root;
  if (root.name === "domainCapabilities")
    return profileFromDomainCapabilities(root, file);
  if (root.name === "qemuCaps")
    return profileFromQemuCapsCache(root, file);
  if (root.name === "capabilities") {
    throw new CapabilityFileError(`${file}: this is host capabilities (virsh capabilities); give the output of 'virsh domcapabilities' instead`);
  }
  throw new CapabilityFileError(`${file}: unexpected root element <${root.name}>; expected <domainCapabilities> or <qemuCaps>`);
}
function loadProfileFile(file, options = {}) {
  let text3;
  try {
    text3 = readBoundedRegularFile(file, { maxBytes: MAX_CAPABILITY_FILE_BYTES, followSymlinks: options.followSymlinks ?? true }).toString("utf8");
  } catch (e) {
    if (!(e instanceof BoundedReadError))
      throw e;
    if (e.code === "ETOOBIG")
      throw new CapabilityFileError(`capabilities file ${file} is larger than ${MAX_CAPABILITY_FILE_BYTES} bytes`);
    if (e.code === "ENOTREG" || e.code === "EISDIR")
      throw new CapabilityFileError(`capabilities file ${file} is not a regular file`);
    throw new CapabilityFileError(`cannot read capabilities file ${file}: ${e.code === "ESYMLINK" ? e.reason : e.code}`);
  }
  return parseCapabilityText(text3, file);
}

// dist/src/caps/cache.js
init_files();

// dist/src/version.js
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(new URL("../dist/src/version.js", import.meta.url).href);
var VERSION = require2("../../package.json").version;

// dist/src/caps/cache.js
var PROBE_FORMAT = 1;
function defaultCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return path7.join(xdg && path7.isAbsolute(xdg) ? xdg : path7.join(os.homedir(), ".cache"), "virtlint");
}
function probeCacheKey(realPath, stat) {
  return { path: realPath, size: stat.size, mtimeMs: stat.mtimeMs, virtlint: VERSION, probeFormat: PROBE_FORMAT };
}
var fileFor = (dir, key) => path7.join(dir, "caps", `${crypto.createHash("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 32)}.json`);
var ProbeCache = class {
  dir;
  constructor(dir = defaultCacheDir()) {
    this.dir = dir;
  }
  get(key) {
    const file = fileFor(this.dir, key);
    try {
      const text3 = readBoundedRegularFile(file, { maxBytes: MAX_CAPABILITY_FILE_BYTES, followSymlinks: false }).toString("utf8");
      const entry3 = JSON.parse(text3);
      if (JSON.stringify(entry3.key) !== JSON.stringify(key))
        return void 0;
      return parseProfileJson(JSON.stringify(entry3.profile), file);
    } catch {
      return void 0;
    }
  }
  /** Writes atomically (temporary file + rename), readable by the user only; failures are ignored. */
  set(key, profile) {
    const file = fileFor(this.dir, key);
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
    try {
      fs3.mkdirSync(path7.dirname(file), { recursive: true, mode: 448 });
      fs3.writeFileSync(tmp, JSON.stringify({ key, profile }), { mode: 384, flag: "wx" });
      fs3.renameSync(tmp, file);
      return true;
    } catch {
      fs3.rmSync(tmp, { force: true });
      return false;
    }
  }
};

// dist/src/caps/policy.js
import fs4 from "node:fs";
import os2 from "node:os";
import path8 from "node:path";
var EMULATOR_NAME = /^(qemu-system-[A-Za-z0-9_.-]+|qemu-kvm|kvm)$/;
function temporaryDirs() {
  return [os2.tmpdir(), process.env.TMPDIR, "/tmp", "/var/tmp", "/dev/shm"].filter((d) => Boolean(d));
}
function realpathOrUndefined(p) {
  try {
    return fs4.realpathSync(p);
  } catch {
    return void 0;
  }
}
var isInside2 = (file, dir) => file === dir || file.startsWith(dir.endsWith(path8.sep) ? dir : dir + path8.sep);
var refuse = (reason, missing = false) => ({ allowed: false, missing, reason });
function insecureAncestor(dir) {
  for (let cur = dir; ; cur = path8.dirname(cur)) {
    const st = fs4.statSync(cur);
    if (st.uid !== 0)
      return `${cur} is not owned by root`;
    if ((st.mode & 18) !== 0)
      return `${cur} is writable by group or others`;
    if (cur === path8.dirname(cur))
      return void 0;
  }
}
function untrustedAllowListed(realPath, stat) {
  const uid = process.getuid?.();
  if (uid === void 0)
    return void 0;
  const trusted = (owner) => owner === 0 || owner === uid;
  if (!trusted(stat.uid))
    return `it is owned by another user (uid ${stat.uid})`;
  for (let cur = path8.dirname(realPath); ; cur = path8.dirname(cur)) {
    const st = fs4.statSync(cur);
    if (!trusted(st.uid))
      return `${cur} is owned by another user (uid ${st.uid})`;
    if ((st.mode & 2) !== 0)
      return `${cur} is writable by every user`;
    if (cur === path8.dirname(cur))
      return void 0;
  }
}
function insideForbiddenRoot(realPath, roots) {
  for (const root of [process.cwd(), ...roots]) {
    const real = realpathOrUndefined(root);
    if (real && real !== path8.parse(real).root && isInside2(realPath, real))
      return real;
  }
  return void 0;
}
function checkExecutionPolicy(emulatorPath, policy = {}) {
  if (!path8.isAbsolute(emulatorPath))
    return refuse(`'${emulatorPath}' is not an absolute path`);
  let realPath;
  try {
    realPath = fs4.realpathSync(emulatorPath);
  } catch (e) {
    const code = e.code;
    return code === "ENOENT" || code === "ENOTDIR" ? refuse(`${emulatorPath} does not exist`, true) : refuse(`${emulatorPath} cannot be resolved (${code ?? "error"})`);
  }
  const stat = fs4.statSync(realPath);
  const shown = realPath === emulatorPath ? emulatorPath : `${emulatorPath} (\u2192 ${realPath})`;
  if (!stat.isFile())
    return refuse(`${shown} is not a regular file`);
  if ((stat.mode & 73) === 0)
    return refuse(`${shown} is not executable`);
  if ((stat.mode & 18) !== 0)
    return refuse(`${shown} is writable by group or others`);
  const inTree = insideForbiddenRoot(realPath, policy.forbiddenRoots ?? []);
  if (inTree)
    return refuse(`${shown} is inside ${inTree}, which is being linted or is the working directory`);
  if (policy.allow) {
    const listed = policy.allow.some((a) => a === emulatorPath || a === realPath || realpathOrUndefined(a) === realPath);
    if (!listed)
      return refuse(`${shown} is not in the configured probe allow-list`);
    const untrusted = untrustedAllowListed(realPath, stat);
    if (untrusted)
      return refuse(`${shown} is allow-listed but ${untrusted}`);
    const temp2 = insideTemporaryDir(realPath);
    if (temp2)
      return refuse(`${shown} is allow-listed but inside the temporary directory ${temp2}`);
    return { allowed: true, realPath, stat };
  }
  for (const name of /* @__PURE__ */ new Set([path8.basename(emulatorPath), path8.basename(realPath)])) {
    if (!EMULATOR_NAME.test(name))
      return refuse(`${shown}: '${name}' is not an emulator name the default policy runs (qemu-system-*, qemu-kvm, kvm)`);
  }
  if (stat.uid !== 0)
    return refuse(`${shown} is not owned by root`);
  const bad2 = insecureAncestor(path8.dirname(realPath));
  if (bad2)
    return refuse(`${shown}: ${bad2}`);
  const temp = insideTemporaryDir(realPath);
  if (temp)
    return refuse(`${shown} is inside the temporary directory ${temp}`);
  return { allowed: true, realPath, stat };
}
function insideTemporaryDir(realPath) {
  for (const dir of temporaryDirs()) {
    const real = realpathOrUndefined(dir);
    if (real && isInside2(realPath, real))
      return real;
  }
  return void 0;
}
function forbiddenRootsForDocument(documentPath) {
  if (!documentPath || documentPath.startsWith("<"))
    return [];
  const dir = path8.dirname(path8.resolve(documentPath));
  const roots = [dir];
  for (let cur = dir; cur !== path8.dirname(cur); cur = path8.dirname(cur)) {
    if (fs4.existsSync(path8.join(cur, ".git"))) {
      roots.push(cur);
      break;
    }
  }
  return roots;
}

// dist/src/caps/probe.js
import path9 from "node:path";

// dist/src/caps/qmp-session.js
import { spawn } from "node:child_process";

// dist/src/caps/reap.js
import crypto2 from "node:crypto";
import fs5 from "node:fs";
var PROBE_TOKEN_VAR = "VIRTLINT_PROBE_TOKEN";
var newProbeToken = () => crypto2.randomBytes(12).toString("hex");
function readProc(pid) {
  try {
    const stat = fs5.readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(rest[1]), zombie: rest[0] === "Z" || rest[0] === "X" };
  } catch {
    return void 0;
  }
}
function carriesToken(pid, needle) {
  try {
    return fs5.readFileSync(`/proc/${pid}/environ`).includes(needle);
  } catch {
    return false;
  }
}
function probeProcesses(root, token) {
  let entries;
  try {
    entries = fs5.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const needle = Buffer.from(`${PROBE_TOKEN_VAR}=${token}\0`);
  const procs = entries.map((e) => readProc(Number(e))).filter((p) => p !== void 0 && p.pid !== process.pid);
  const children = /* @__PURE__ */ new Map();
  for (const p of procs)
    children.set(p.ppid, [...children.get(p.ppid) ?? [], p.pid]);
  const found = /* @__PURE__ */ new Set();
  const stack = root !== void 0 ? [root] : [];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (found.has(pid))
      continue;
    found.add(pid);
    stack.push(...children.get(pid) ?? []);
  }
  for (const p of procs)
    if (!found.has(p.pid) && carriesToken(p.pid, needle))
      found.add(p.pid);
  const zombie = new Set(procs.filter((p) => p.zombie).map((p) => p.pid));
  return [...found].filter((pid) => !zombie.has(pid) && procs.some((p) => p.pid === pid));
}
function killProbeProcesses(root, token) {
  let killed = 0;
  if (root !== void 0) {
    try {
      process.kill(-root, "SIGKILL");
    } catch {
    }
  }
  for (let round = 0; round < 20; round++) {
    const alive = probeProcesses(root, token);
    if (alive.length === 0)
      break;
    for (const pid of alive) {
      try {
        process.kill(pid, "SIGKILL");
        killed++;
      } catch {
      }
    }
  }
  return killed;
}

// dist/src/caps/qmp-session.js
var DEFAULT_QMP_LIMITS = { timeoutMs: 1e4, maxOutputBytes: 16 * 1024 * 1024, maxLineBytes: 8 * 1024 * 1024 };
var ProbeError = class extends Error {
};
var QmpCommandError = class extends ProbeError {
};
var QMP_ARGS = ["-S", "-no-user-config", "-nodefaults", "-nographic", "-machine", "none", "-qmp", "stdio"];
var PIPE_GRACE_MS = 200;
var QmpSession = class _QmpSession {
  binary;
  limits;
  child;
  buffered = [];
  bufferedBytes = 0;
  totalBytes = 0;
  stderrTail = "";
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  greeting;
  failure;
  timer;
  exited;
  token = newProbeToken();
  constructor(binary, limits) {
    this.binary = binary;
    this.limits = limits;
    this.child = spawn(binary, [...QMP_ARGS], {
      cwd: "/",
      env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", LC_ALL: "C", [PROBE_TOKEN_VAR]: this.token },
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
      shell: false,
      windowsHide: true
    });
    this.exited = new Promise((resolve) => {
      const ended = (code, signal) => {
        this.fail(`${binary} exited (${signal ? `signal ${signal}` : `status ${code}`}) before answering${this.stderrSummary()}`);
        resolve();
      };
      this.child.once("close", ended);
      this.child.once("exit", (code, signal) => {
        setTimeout(() => {
          if (this.child.stdout.destroyed && this.child.stderr.destroyed)
            return;
          killProbeProcesses(void 0, this.token);
          this.child.stdout.destroy();
          this.child.stderr.destroy();
          this.child.stdin.destroy();
          ended(code, signal);
        }, PIPE_GRACE_MS);
      });
      this.child.once("error", (e) => {
        this.fail(`cannot run ${binary}: ${e.code ?? e.message}`);
        resolve();
      });
    });
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
    this.child.stderr.on("data", (chunk) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-2e3);
    });
    this.child.stdin.on("error", () => void 0);
    this.timer = setTimeout(() => this.fail(`${binary} did not answer within ${limits.timeoutMs} ms`), limits.timeoutMs);
  }
  /** Starts the emulator and negotiates QMP capabilities. */
  static async open(binary, limits = DEFAULT_QMP_LIMITS) {
    const session = new _QmpSession(binary, limits);
    try {
      await new Promise((resolve, reject) => {
        session.greeting = { resolve, reject };
        if (session.failure)
          reject(session.failure);
      });
      await session.execute("qmp_capabilities");
      return session;
    } catch (e) {
      await session.close();
      throw e;
    }
  }
  stderrSummary() {
    const line = this.stderrTail.trim().split("\n").pop();
    return line ? `: ${line.slice(0, 300)}` : "";
  }
  fail(message) {
    if (this.failure)
      return;
    this.failure = new ProbeError(message);
    this.kill();
    this.greeting?.reject(this.failure);
    for (const p of this.pending.values())
      p.reject(this.failure);
    this.pending.clear();
  }
  kill() {
    clearTimeout(this.timer);
    if (this.child.pid === void 0)
      return;
    const reaped = this.child.exitCode !== null || this.child.signalCode !== null;
    killProbeProcesses(reaped ? void 0 : this.child.pid, this.token);
  }
  onData(chunk) {
    if (this.failure)
      return;
    this.totalBytes += chunk.length;
    if (this.totalBytes > this.limits.maxOutputBytes) {
      this.fail(`${this.binary} wrote more than ${this.limits.maxOutputBytes} bytes`);
      return;
    }
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.buffered.push(chunk.subarray(start, nl));
      const line = Buffer.concat(this.buffered).toString("utf8");
      this.buffered = [];
      this.bufferedBytes = 0;
      start = nl + 1;
      this.onLine(line);
      if (this.failure)
        return;
    }
    const rest = chunk.subarray(start);
    this.bufferedBytes += rest.length;
    if (this.bufferedBytes > this.limits.maxLineBytes) {
      this.fail(`${this.binary} wrote a QMP message longer than ${this.limits.maxLineBytes} bytes`);
      return;
    }
    if (rest.length > 0)
      this.buffered.push(rest);
  }
  onLine(line) {
    if (line.trim() === "")
      return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      this.fail(`${this.binary} does not speak QMP (not JSON: ${JSON.stringify(line.slice(0, 80))})`);
      return;
    }
    if (typeof msg !== "object" || msg === null) {
      this.fail(`${this.binary} sent an unexpected QMP message`);
      return;
    }
    const m = msg;
    if ("QMP" in m) {
      const g = this.greeting;
      this.greeting = void 0;
      g?.resolve(m.QMP);
      return;
    }
    if ("event" in m)
      return;
    const id = typeof m.id === "string" ? m.id : void 0;
    const p = id ? this.pending.get(id) : void 0;
    if (!p || !id)
      return;
    this.pending.delete(id);
    if ("return" in m)
      p.resolve(m.return);
    else {
      const err = m.error;
      p.reject(new QmpCommandError(`${err?.class ?? "Error"}: ${err?.desc ?? "no description"}`));
    }
  }
  /** Sends one QMP command and waits for its answer (rejects on error, timeout or exit). */
  execute(command, args) {
    if (this.failure)
      return Promise.reject(this.failure);
    const id = `virtlint-${this.nextId++}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ execute: command, ...args ? { arguments: args } : {}, id })}
`);
    });
  }
  /** Asks the emulator to quit, then makes sure the whole process group is gone. */
  async close() {
    if (!this.failure && this.child.exitCode === null) {
      this.child.stdin.write('{"execute":"quit"}\n');
      this.child.stdin.end();
      const grace = setTimeout(() => this.kill(), 1e3);
      await this.exited;
      clearTimeout(grace);
    } else {
      this.kill();
      await this.exited;
    }
    clearTimeout(this.timer);
    killProbeProcesses(void 0, this.token);
  }
};

// dist/src/caps/probe.js
var DEVICES_WITH_PROPERTIES = [
  "virtio-blk-pci",
  "virtio-blk-pci-transitional",
  "virtio-blk-pci-non-transitional",
  "virtio-blk-ccw",
  "virtio-blk-device",
  "virtio-net-pci",
  "virtio-net-pci-transitional",
  "virtio-net-pci-non-transitional",
  "virtio-net-ccw",
  "virtio-net-device",
  "virtio-scsi-pci",
  "virtio-scsi-ccw",
  "virtio-scsi-device"
];
var ACCEL_DOMAIN_TYPES = { "tcg-accel": "qemu", "kvm-accel": "kvm", "hvf-accel": "hvf" };
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function names2(list) {
  if (!Array.isArray(list))
    throw new ProbeError("unexpected answer to qom-list-types");
  return list.flatMap((t) => isRecord(t) && typeof t.name === "string" ? [t.name] : []);
}
function versionOf(v) {
  if (!isRecord(v) || !isRecord(v.qemu))
    return void 0;
  const { major, minor, micro } = v.qemu;
  return [major, minor, micro].every((n) => typeof n === "number") ? `${major}.${minor}.${micro}` : void 0;
}
function machinesOf(v) {
  if (!Array.isArray(v))
    throw new ProbeError("unexpected answer to query-machines");
  return v.flatMap((m) => {
    if (!isRecord(m) || typeof m.name !== "string")
      return [];
    return [{ name: m.name, ...typeof m.alias === "string" ? { alias: m.alias } : {}, ...m["is-default"] === true ? { isDefault: true } : {} }];
  }).sort((a, b) => a.name.localeCompare(b.name));
}
async function probeSession(session, emulatorPath) {
  const version = versionOf(await session.execute("query-version"));
  let target;
  try {
    const t = await session.execute("query-target");
    if (isRecord(t) && typeof t.arch === "string")
      target = t.arch;
  } catch (e) {
    if (!(e instanceof QmpCommandError))
      throw e;
  }
  target ??= qemuTargetOfBinaryName(path9.basename(emulatorPath));
  const accels = names2(await session.execute("qom-list-types", { implements: "accel", abstract: false }));
  const deviceTypes = names2(await session.execute("qom-list-types", { implements: "device", abstract: false })).sort();
  const machines = machinesOf(await session.execute("query-machines"));
  const present = new Set(deviceTypes);
  const devices = {};
  for (const t of deviceTypes)
    devices[t] = null;
  for (const t of DEVICES_WITH_PROPERTIES) {
    if (!present.has(t))
      continue;
    try {
      devices[t] = names2(await session.execute("device-list-properties", { typename: t })).sort();
    } catch (e) {
      if (!(e instanceof QmpCommandError))
        throw e;
    }
  }
  const domainTypes = accels.flatMap((a) => ACCEL_DOMAIN_TYPES[a] ?? []).sort();
  return {
    format: "virtlint-caps/1",
    origin: "probe",
    emulator: emulatorPath,
    ...version ? { version } : {},
    ...target ? { arches: archesServedBy(libvirtArchOfQemuTarget(target)) } : {},
    domainTypes,
    machines,
    devices,
    devicesComplete: true,
    sourceDescription: `probe of ${emulatorPath}${version ? ` (QEMU ${version})` : ""}`
  };
}
async function probeEmulator(binary, emulatorPath = binary, limits = DEFAULT_QMP_LIMITS) {
  const session = await QmpSession.open(binary, limits);
  try {
    return await probeSession(session, emulatorPath);
  } finally {
    await session.close();
  }
}

// dist/src/caps/view.js
var has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function machineFamily(name) {
  if (name === "q35")
    return "pc-q35";
  if (name === "pc")
    return "pc-i440fx";
  return name.replace(/-\d+(\.\d+)*$/, "");
}
var CapabilityView = class {
  profile;
  host;
  constructor(profile, host = { probeEnabled: false }) {
    this.profile = profile;
    this.host = host;
  }
  /** Human description of where the capabilities came from. */
  get source() {
    return this.profile.sourceDescription ?? (this.profile.emulator ? `capabilities of ${this.profile.emulator}` : "capabilities profile");
  }
  /** True when no capability source answered (the view only carries host facts). */
  get isEmpty() {
    return Object.keys(this.profile).every((k) => k === "sourceDescription" || k === "format");
  }
  /** The firmware descriptors autoselection would choose from: the profile's captured set, else this host's; undefined when unknown. */
  firmwareDescriptors() {
    return this.profile.firmware ?? this.host.firmware;
  }
  hasDevice(qomType) {
    const devices = this.profile.devices;
    if (devices && has(devices, qomType))
      return true;
    if (this.profile.absentDevices?.includes(qomType))
      return false;
    if (!devices || this.profile.devicesComplete !== true)
      return void 0;
    return false;
  }
  /** Whether a QOM device type has a property; undefined when the device's properties are not listed. */
  deviceHasProperty(qomType, property) {
    const exists = this.hasDevice(qomType);
    if (exists === false)
      return false;
    if (exists === void 0)
      return void 0;
    const props = this.profile.devices?.[qomType];
    return props == null ? void 0 : props.includes(property);
  }
  /** Values of a domcapabilities-style enumeration ("disk.bus"), if known. */
  enumValues(name) {
    const enums = this.profile.enums;
    return enums && has(enums, name) ? enums[name] : void 0;
  }
  /** Whether a domcapabilities element ("video", "tpm") is supported; undefined when not said. */
  elementSupported(name) {
    const s = this.profile.supported;
    return s && has(s, name) ? s[name] : void 0;
  }
  /**
   * Whether scoped answers (`enums`, `supported`) hold for a domain: true when the profile has no scope
   * or the domain's arch and machine family match it; otherwise a reason they do not.
   * kvm and qemu (TCG) share device enumerations, so the domain type is not compared.
   */
  scopeMismatch(domain) {
    const scope = this.profile.scope;
    if (!scope)
      return void 0;
    if (scope.arch && domain.arch && domain.arch !== scope.arch && !(this.profile.arches ?? []).includes(domain.arch)) {
      return `they describe arch '${scope.arch}', the domain uses '${domain.arch}'`;
    }
    if (scope.machine) {
      if (!domain.machine)
        return `they describe machine '${scope.machine}', the domain names no machine`;
      if (machineFamily(domain.machine) !== machineFamily(scope.machine)) {
        return `they describe machine '${scope.machine}', the domain uses '${domain.machine}'`;
      }
    }
    return void 0;
  }
  /** Resolves a machine name or alias ("pc", "q35") to the machine entry, if machines are known. */
  machine(name) {
    const machines = this.profile.machines;
    if (!machines)
      return this.profile.scope?.machine === name ? { name } : void 0;
    return machines.find((m) => m.name === name || m.alias === name) ?? null;
  }
  /** The machine names (and aliases) known, for suggestions in messages. */
  machineNames() {
    return (this.profile.machines ?? []).flatMap((m) => m.alias ? [m.alias, m.name] : [m.name]);
  }
  supportsArch(arch) {
    const arches = this.profile.arches;
    if (arches)
      return arches.includes(arch);
    return this.profile.scope?.arch === arch ? true : void 0;
  }
  supportsDomainType(type) {
    const types = this.profile.domainTypes;
    if (types?.includes(type) || this.profile.scope?.domainType === type)
      return true;
    if (!types || this.profile.domainTypesComplete === false)
      return void 0;
    return false;
  }
  /** Whether libvirt's QEMU capabilities cache sets a flag; undefined when the source has no flags. */
  libvirtFlag(name) {
    return this.profile.libvirtFlags?.includes(name);
  }
};

// dist/src/caps/firmware.js
import fs6 from "node:fs";
import path10 from "node:path";
var FIRMWARE_DESCRIPTOR_DIRS = ["/usr/share/qemu/firmware", "/etc/qemu/firmware"];
var MAX_DESCRIPTOR_BYTES = 1024 * 1024;
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function parseFirmwareDescriptor(data, file) {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return void 0;
  const d = data;
  const mapping = typeof d.mapping === "object" && d.mapping !== null ? d.mapping : {};
  const targets = Array.isArray(d.targets) ? d.targets : [];
  const architectures = targets.flatMap((t) => typeof t === "object" && t !== null && typeof t.architecture === "string" ? [t.architecture] : []);
  if (typeof mapping.device !== "string")
    return void 0;
  return {
    file,
    interfaceTypes: strings(d["interface-types"]),
    architectures,
    features: strings(d.features),
    device: mapping.device,
    ...typeof mapping.mode === "string" ? { mode: mapping.mode } : {}
  };
}
function readFirmwareDescriptors(dirs = FIRMWARE_DESCRIPTOR_DIRS) {
  const byName = /* @__PURE__ */ new Map();
  let found = false;
  for (const dir of dirs) {
    let names3;
    try {
      names3 = fs6.readdirSync(dir).filter((n) => n.endsWith(".json"));
    } catch {
      continue;
    }
    found = true;
    for (const name of names3) {
      try {
        const file = path10.join(dir, name);
        const stat = fs6.statSync(file);
        if (!stat.isFile() || stat.size > MAX_DESCRIPTOR_BYTES)
          continue;
        if (stat.size === 0) {
          byName.set(name, void 0);
          continue;
        }
        byName.set(name, parseFirmwareDescriptor(JSON.parse(fs6.readFileSync(file, "utf8")), name));
      } catch {
        byName.delete(name);
      }
    }
  }
  if (!found)
    return void 0;
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, d]) => d ? [d] : []);
}

// dist/src/caps/index.js
var probesOfThisProcess = /* @__PURE__ */ new Map();
function probeOncePerProcess(request) {
  let p = probesOfThisProcess.get(request.key);
  if (!p) {
    p = probeEmulator(request.binary, request.emulatorPath, request.limits);
    probesOfThisProcess.set(request.key, p);
    p.catch(() => setTimeout(() => probesOfThisProcess.delete(request.key), 6e4).unref());
  }
  return p;
}
var runProbe = probeOncePerProcess;
function setProbeRunner(runner) {
  runProbe = runner;
}
var SettingsResolver = class {
  settings;
  fixed;
  perEmulator = /* @__PURE__ */ new Map();
  probes = /* @__PURE__ */ new Map();
  cache;
  constructor(settings) {
    this.settings = settings;
    this.fixed = settings.capsFile !== void 0 ? loadProfileFile(settings.capsFile, { followSymlinks: settings.capsFile === settings.namedCapsFile }) : void 0;
    for (const [emulator, file] of Object.entries(settings.emulatorFiles ?? {})) {
      const resolved = settings.baseDir ? path11.resolve(settings.baseDir, file) : file;
      this.perEmulator.set(emulator, { file: resolved, profile: loadProfileFile(resolved, { followSymlinks: false }) });
    }
    this.cache = settings.cache === false ? void 0 : new ProbeCache(settings.cacheDir);
  }
  firmware;
  /** This host's firmware descriptors, read once per resolver (a host fact, like the emulator's existence). */
  hostFirmware() {
    this.firmware ??= { value: readFirmwareDescriptors() };
    return this.firmware.value;
  }
  get probeEnabled() {
    return this.settings.probe !== false;
  }
  async resolve(emulatorPath, context = {}) {
    const notes = [];
    const host = {
      probeEnabled: this.probeEnabled,
      ...emulatorPath ? { emulatorPath } : {},
      ...this.probeEnabled && emulatorPath && path11.isAbsolute(emulatorPath) ? { emulatorExists: fs7.existsSync(emulatorPath) } : {},
      ...this.probeEnabled && this.hostFirmware() ? { firmware: this.hostFirmware() } : {}
    };
    const answer = (profile, note) => {
      if (profile.emulator && emulatorPath && profile.emulator !== emulatorPath) {
        notes.push(`${note}; they describe ${profile.emulator}, the document names ${emulatorPath}`);
      } else
        notes.push(note);
      return { view: new CapabilityView(profile, host), notes };
    };
    const nothing = (note) => {
      notes.push(`${note}: capability rules stay silent`);
      return { view: new CapabilityView({}, host), notes };
    };
    if (this.fixed)
      return answer(this.fixed, `capabilities from ${this.fixed.sourceDescription ?? this.settings.capsFile} (--caps)`);
    if (!emulatorPath)
      return nothing("the domain names no <emulator>");
    const mapped = this.perEmulator.get(emulatorPath);
    if (mapped)
      return answer(mapped.profile, `capabilities of ${emulatorPath} from ${mapped.profile.sourceDescription ?? mapped.file} (configuration)`);
    if (!this.probeEnabled)
      return nothing(`no capabilities file for ${emulatorPath} and probing is off`);
    const decision = checkExecutionPolicy(emulatorPath, {
      ...this.settings.probeAllow ? { allow: this.settings.probeAllow } : {},
      forbiddenRoots: [...this.settings.lintRoots ?? [], ...forbiddenRootsForDocument(context.documentPath)]
    });
    if (!decision.allowed)
      return nothing(`${emulatorPath} was not probed: ${decision.reason}`);
    try {
      const { profile, cached } = await this.probeOnce(emulatorPath, decision.realPath, decision.stat);
      return answer(profile, `capabilities from ${profile.sourceDescription ?? `probe of ${emulatorPath}`}${cached ? " (cached)" : ""}`);
    } catch (e) {
      return nothing(`probing ${emulatorPath} failed: ${e.message}`);
    }
  }
  /** One probe per binary per process, however many documents name it; results go to the disk cache. */
  probeOnce(emulatorPath, realPath, stat) {
    const key = probeCacheKey(realPath, stat);
    const memoKey = JSON.stringify(key);
    let pending = this.probes.get(memoKey);
    if (!pending) {
      pending = (async () => {
        const hit = this.cache?.get(key);
        if (hit)
          return { profile: hit, cached: true };
        const limits = { ...DEFAULT_QMP_LIMITS, ...this.settings.probeTimeoutMs ? { timeoutMs: this.settings.probeTimeoutMs } : {} };
        const profile = await runProbe({ key: JSON.stringify([key, emulatorPath, limits]), binary: realPath, emulatorPath, limits });
        this.cache?.set(key, profile);
        return { profile, cached: false };
      })();
      this.probes.set(memoKey, pending);
    }
    return pending;
  }
};
function createCapabilityResolver(settings) {
  return new SettingsResolver(settings);
}

// dist/src/config/lint-options.js
import fs8 from "node:fs";
function capabilitySettingsOf(config, base = {}) {
  const s = config.settings;
  return {
    ...s.capsFile ? { capsFile: s.capsFile } : {},
    ...s.emulatorFiles ? { emulatorFiles: s.emulatorFiles } : {},
    ...s.probe !== void 0 ? { probe: s.probe } : {},
    ...s.probeAllow ? { probeAllow: s.probeAllow } : {},
    ...base.capsCache === false ? { cache: false } : {},
    ...base.lintRoots ? { lintRoots: base.lintRoots } : {},
    ...base.namedCapsFile ? { namedCapsFile: base.namedCapsFile } : {}
  };
}
var LintOptionsFactory = class {
  base;
  resolvers = /* @__PURE__ */ new Map();
  checkedSchemaDirs = /* @__PURE__ */ new Set();
  constructor(base = {}) {
    this.base = base;
  }
  for(config, filePath) {
    const schemas = config.settings.schemas;
    if (schemas && !this.checkedSchemaDirs.has(schemas)) {
      let isDir = false;
      try {
        isDir = fs8.statSync(schemas).isDirectory();
      } catch {
      }
      if (!isDir)
        throw new ConfigError(`schemas ${schemas}: not a directory (from ${config.configFile ?? "--schemas"})`);
      this.checkedSchemaDirs.add(schemas);
    }
    const caps = capabilitySettingsOf(config, this.base);
    const key = JSON.stringify(caps);
    let capabilities = this.resolvers.get(key);
    if (!capabilities) {
      capabilities = createCapabilityResolver(caps);
      this.resolvers.set(key, capabilities);
    }
    return {
      filePath,
      rules: config.rules,
      capabilities,
      ...config.ruleSet ? { ruleSet: config.ruleSet } : {},
      ...config.settings.schemas ? { schemaDir: config.settings.schemas } : {},
      ...config.settings.target?.length ? { targets: parseTargets(config.settings.target) } : {},
      ...this.base.maxDepth ? { maxDepth: this.base.maxDepth } : {}
    };
  }
};

// dist/src/workers/file-job.js
init_files();

// dist/src/linter/fix-loop.js
init_diagnostic_ids();
var MAX_FIX_PASSES = 10;
var overlaps = (a, b) => a.start < b.end && b.start < a.end || a.start === b.start;
function chooseFixes(fixes) {
  const chosen = [];
  const taken = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0)
      continue;
    const clash = fix.edits.some((e, i) => taken.some((c) => overlaps(c, e)) || fix.edits.some((o, j) => j !== i && overlaps(o, e)));
    if (clash)
      continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}
var hasParseError = (r) => r.diagnostics.some((d) => d.ruleId.startsWith(XML_PREFIX));
async function fixText(text3, first, lint, maxPasses = MAX_FIX_PASSES) {
  let current = text3;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = chooseFixes(result.diagnostics.flatMap((d) => d.fix ? [d.fix] : []));
    if (fixes.length === 0)
      break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits)).text;
    if (next === current)
      break;
    const nextResult = await lint(next);
    if (hasParseError(nextResult) && !hasParseError(result))
      break;
    applied += fixes.length;
    current = next;
    result = nextResult;
  }
  return { output: current, applied, result };
}

// dist/src/fix/write.js
init_decode();
init_files();
import crypto3 from "node:crypto";
import fs9 from "node:fs";
import path12 from "node:path";
var TEMP_NAME = /^\..+\.virtlint-(\d+)-[0-9a-f]{8}\.tmp$/;
var cleanedDirs = /* @__PURE__ */ new Set();
var processAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
function removeStaleTempFiles(dir) {
  if (cleanedDirs.has(dir))
    return [];
  cleanedDirs.add(dir);
  const removed = [];
  let names3;
  try {
    names3 = fs9.readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names3) {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1])))
      continue;
    const p = path12.join(dir, name);
    const st = fs9.lstatSync(p, { throwIfNoEntry: false });
    if (!st?.isFile() || uid !== void 0 && st.uid !== uid)
      continue;
    try {
      fs9.unlinkSync(p);
      removed.push(p);
    } catch {
    }
  }
  return removed;
}
function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  let n = 0;
  while (n < length) {
    const got = fs9.readSync(fd, buf, n, length - n, position + n);
    if (got === 0)
      break;
    n += got;
  }
  return buf.subarray(0, n);
}
function encodeText(text3, encoding) {
  if (encoding === "utf-8")
    return Buffer.from(text3, "utf8");
  const le = Buffer.from(text3, "utf16le");
  if (encoding === "utf-16le")
    return Buffer.concat([Buffer.from([255, 254]), le]);
  return Buffer.concat([Buffer.from([254, 255]), le.swap16()]);
}
var unchanged = (st, snap) => st.mtimeMs === snap.mtimeMs && st.size === snap.size;
var isInside3 = (p, dir) => p === dir || p.startsWith(dir.endsWith(path12.sep) ? dir : dir + path12.sep);
function outsideRoots(file, realDir, roots) {
  if (!roots)
    return void 0;
  const lexical = path12.resolve(file);
  for (const root of roots) {
    const r = path12.resolve(root);
    if (lexical === r)
      return void 0;
    let real;
    try {
      real = fs9.realpathSync(r);
    } catch {
      continue;
    }
    if (fs9.statSync(real, { throwIfNoEntry: false })?.isDirectory() && isInside3(realDir, real))
      return void 0;
  }
  return "it is outside the files and directories being linted";
}
function currentText(file, limit) {
  try {
    const now = decodeBytes(readBoundedRegularFile(file, { maxBytes: limit, followSymlinks: false }));
    return now.ok ? now.text : void 0;
  } catch {
    return void 0;
  }
}
function writeFileAtomically(file, text3, encoding, snapshot, hooks = {}, limits = {}) {
  let st;
  let realDir;
  try {
    st = fs9.lstatSync(file);
    realDir = fs9.realpathSync(path12.dirname(path12.resolve(file)));
  } catch {
    return { ok: false, reason: "the file no longer exists" };
  }
  if (st.isSymbolicLink())
    return { ok: false, reason: "it is a symbolic link, and --fix never writes through one" };
  if (!st.isFile())
    return { ok: false, reason: "it is no longer a regular file" };
  const outside = outsideRoots(file, realDir, limits.roots);
  if (outside)
    return { ok: false, reason: outside };
  if ((st.mode & 146) === 0)
    return { ok: false, reason: "the file is read-only" };
  if (!unchanged(st, snapshot))
    return { ok: false, reason: "the file changed on disk since it was read" };
  const limit = Math.max(st.size, snapshot.size) + 1;
  if (currentText(file, limit) !== snapshot.text)
    return { ok: false, reason: "the file changed on disk since it was read" };
  const target = path12.join(realDir, path12.basename(file));
  removeStaleTempFiles(realDir);
  const temp = path12.join(realDir, `.${path12.basename(target)}.virtlint-${process.pid}-${crypto3.randomBytes(4).toString("hex")}.tmp`);
  let fd;
  let oldFd;
  try {
    fd = fs9.openSync(temp, fs9.constants.O_WRONLY | fs9.constants.O_CREAT | fs9.constants.O_EXCL | fs9.constants.O_NOFOLLOW, st.mode & 4095);
    const bytes = encodeText(text3, encoding);
    let off = 0;
    while (off < bytes.length)
      off += fs9.writeSync(fd, bytes, off, bytes.length - off);
    fs9.fchmodSync(fd, st.mode & 4095);
    if (process.getuid?.() === 0) {
      try {
        fs9.fchownSync(fd, st.uid, st.gid);
      } catch {
      }
    }
    fs9.fsyncSync(fd);
    fs9.closeSync(fd);
    fd = void 0;
    hooks.beforeRename?.(temp);
    const lst = fs9.lstatSync(target, { throwIfNoEntry: false });
    if (!lst)
      throw new WriteRefused("the file no longer exists");
    if (lst.isSymbolicLink())
      throw new WriteRefused("it became a symbolic link, and --fix never writes through one");
    try {
      oldFd = fs9.openSync(target, fs9.constants.O_RDONLY | fs9.constants.O_NOFOLLOW | fs9.constants.O_NONBLOCK);
    } catch {
      throw new WriteRefused("the file changed on disk since it was read");
    }
    const last = fs9.fstatSync(oldFd);
    if (last.ino !== st.ino || last.dev !== st.dev || !unchanged(last, snapshot))
      throw new WriteRefused("the file changed on disk since it was read");
    const now = decodeBytes(readAt(oldFd, 0, limit));
    if (!now.ok || now.text !== snapshot.text)
      throw new WriteRefused("the file changed on disk since it was read");
    fs9.renameSync(temp, target);
    hooks.afterRename?.();
    const grown = fs9.fstatSync(oldFd).size - snapshot.size;
    if (grown > 0) {
      const tail = readAt(oldFd, snapshot.size, grown);
      const out = fs9.openSync(target, fs9.constants.O_WRONLY | fs9.constants.O_APPEND | fs9.constants.O_NOFOLLOW);
      try {
        fs9.writeSync(out, tail);
      } finally {
        fs9.closeSync(out);
      }
    }
    fs9.closeSync(oldFd);
    oldFd = void 0;
  } catch (e) {
    if (fd !== void 0)
      fs9.closeSync(fd);
    if (oldFd !== void 0)
      fs9.closeSync(oldFd);
    fs9.rmSync(temp, { force: true });
    return { ok: false, reason: e instanceof WriteRefused ? e.message : `cannot write: ${e.message}` };
  }
  try {
    const dfd = fs9.openSync(realDir, "r");
    fs9.fsyncSync(dfd);
    fs9.closeSync(dfd);
  } catch {
  }
  return { ok: true };
}
var WriteRefused = class extends Error {
};

// dist/src/caps/resolver.js
var NO_CAPABILITIES = {
  resolve: async (emulator) => ({
    notes: [`no capability source for ${emulator ? `emulator ${emulator}` : "this domain (no <emulator>)"}: capability rules stay silent (use --caps FILE)`]
  })
};

// dist/src/linter/limits.js
var MAX_DIAGNOSTICS_PER_RULE = 100;
function capPerRule(sorted, max = MAX_DIAGNOSTICS_PER_RULE) {
  const seen = /* @__PURE__ */ new Map();
  for (const d of sorted)
    seen.set(d.ruleId, (seen.get(d.ruleId) ?? 0) + 1);
  if ([...seen.values()].every((n) => n <= max))
    return [...sorted];
  const kept = /* @__PURE__ */ new Map();
  const out = [];
  for (const d of sorted) {
    const n = (kept.get(d.ruleId) ?? 0) + 1;
    kept.set(d.ruleId, n);
    if (n <= max)
      out.push(d);
    else if (n === max + 1) {
      const omitted = seen.get(d.ruleId) - max;
      const worst = sorted.some((o) => o.ruleId === d.ruleId && o.severity === "error") ? "error" : d.severity;
      out.push({
        ruleId: d.ruleId,
        severity: worst,
        message: `\u2026 and ${omitted} more ${d.ruleId} problem${omitted === 1 ? "" : "s"} in this document (only the first ${max} of each kind are listed)`,
        range: d.range
      });
    }
  }
  return out;
}
var MAX_MESSAGE_CHARS = 2e3;
function shortenMessage(message, max = MAX_MESSAGE_CHARS) {
  if (message.length <= max)
    return message;
  const tail = Math.floor(max / 4);
  const head = max - tail;
  return `${message.slice(0, head)} \u2026 [${message.length - max} characters left out] \u2026 ${message.slice(message.length - tail)}`;
}
function withShortMessages(diagnostics) {
  return diagnostics.map((d) => d.message.length > MAX_MESSAGE_CHARS ? { ...d, message: shortenMessage(d.message) } : d);
}

// dist/src/document-kind.js
init_diagnostic_ids();
init_edit_distance();
init_kinds();
var localName = (name) => name.slice(name.indexOf(":") + 1);
function typoOf(name) {
  const lower = name.toLowerCase();
  for (const root of SUPPORTED_ROOTS) {
    if (lower === root)
      return root;
    if (lower === `${root}s`)
      continue;
    if (editDistance(lower, root) <= (root.length >= 9 ? 2 : 1))
      return root;
  }
  return void 0;
}
var defaultNamespace = (el) => el.attributes.find((a) => a.name === "xmlns")?.value;
function classifyRoot(root) {
  const ns = defaultNamespace(root);
  const prefixed = root.name.includes(":");
  const local = localName(root.name);
  const kind = kindOfRoot(local);
  if (kind && !prefixed && !ns)
    return { kind };
  const at = root.nameRange;
  if (kind) {
    const where = prefixed ? `the prefix '${root.name.slice(0, root.name.indexOf(":"))}'` : `the namespace '${ns ?? ""}'`;
    return {
      nearMiss: {
        ruleId: DIAGNOSTIC_IDS.schemaRootNamespace,
        severity: "error",
        message: `<${root.name}> names a libvirt <${local}> document but is in ${where}; libvirt documents have no namespace, and libvirt would not recognise this one`,
        range: at
      }
    };
  }
  const typo = prefixed || ns ? void 0 : typoOf(root.name);
  if (typo) {
    return {
      nearMiss: {
        ruleId: DIAGNOSTIC_IDS.schemaMisspelledRoot,
        severity: "error",
        message: `<${root.name}> is not a libvirt document kind; did you mean <${typo}>?`,
        range: at
      }
    };
  }
  return {
    notLibvirt: {
      ruleId: DIAGNOSTIC_IDS.schemaUnknownRoot,
      severity: "error",
      message: `<${root.name}> is not a libvirt document virtlint knows; expected one of ${SUPPORTED_ROOTS.map((r) => `<${r}>`).join(", ")}`,
      range: at
    }
  };
}

// dist/src/relaxng/xml-names.js
var NAME_START = "\\p{Ll}\\p{Lu}\\p{Lo}\\p{Lt}\\p{Nl}_";
var NAME_REST = `${NAME_START}\\p{Mc}\\p{Me}\\p{Mn}\\p{Lm}\\p{Nd}.\\-\\u{B7}`;
var XSD_NAME_START = `${NAME_START}:`;
var XSD_NAME_CHAR = `${NAME_REST}:`;
var nameRe;
var ncNameRe;
var nmtokenRe;
var ASCII_NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var ASCII_NMTOKEN = /^[A-Za-z0-9_.:-]+$/;
var ASCII = /^[\x20-\x7e]*$/;
function isNCName(s) {
  if (ASCII_NCNAME.test(s))
    return true;
  if (ASCII.test(s))
    return false;
  return (ncNameRe ??= new RegExp(`^[${NAME_START}][${NAME_REST}]*$`, "u")).test(s);
}
function isName(s) {
  if (/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(s))
    return true;
  if (ASCII.test(s))
    return false;
  return (nameRe ??= new RegExp(`^[${NAME_START}:][${NAME_REST}:]*$`, "u")).test(s);
}
function isNmtoken(s) {
  if (ASCII_NMTOKEN.test(s))
    return true;
  if (ASCII.test(s))
    return false;
  return (nmtokenRe ??= new RegExp(`^[${NAME_REST}:]+$`, "u")).test(s);
}

// dist/src/relaxng/xsd-regex.js
var XsdRegexError = class extends Error {
};
var NAME_START2 = XSD_NAME_START;
var NAME_CHAR = XSD_NAME_CHAR;
var SPACE = " \\t\\n\\r";
var CATEGORIES = /* @__PURE__ */ new Set([
  "L",
  "Lu",
  "Ll",
  "Lt",
  "Lm",
  "Lo",
  "M",
  "Mn",
  "Mc",
  "Me",
  "N",
  "Nd",
  "Nl",
  "No",
  "P",
  "Pc",
  "Pd",
  "Ps",
  "Pe",
  "Pi",
  "Pf",
  "Po",
  "Z",
  "Zs",
  "Zl",
  "Zp",
  "S",
  "Sm",
  "Sc",
  "Sk",
  "So",
  "C",
  "Cc",
  "Cf",
  "Co",
  "Cn"
]);
var BLOCKS = {
  BasicLatin: [0, 127],
  "Latin-1Supplement": [128, 255],
  LatinExtended_A: [256, 383],
  "LatinExtended-A": [256, 383],
  "LatinExtended-B": [384, 591],
  IPAExtensions: [592, 687],
  SpacingModifierLetters: [688, 767],
  CombiningDiacriticalMarks: [768, 879],
  Greek: [880, 1023],
  GreekandCoptic: [880, 1023],
  Cyrillic: [1024, 1279],
  Armenian: [1328, 1423],
  Hebrew: [1424, 1535],
  Arabic: [1536, 1791],
  Devanagari: [2304, 2431],
  Thai: [3584, 3711],
  Georgian: [4256, 4351],
  HangulJamo: [4352, 4607],
  LatinExtendedAdditional: [7680, 7935],
  GreekExtended: [7936, 8191],
  GeneralPunctuation: [8192, 8303],
  SuperscriptsandSubscripts: [8304, 8351],
  CurrencySymbols: [8352, 8399],
  LetterlikeSymbols: [8448, 8527],
  NumberForms: [8528, 8591],
  Arrows: [8592, 8703],
  MathematicalOperators: [8704, 8959],
  MiscellaneousTechnical: [8960, 9215],
  BoxDrawing: [9472, 9599],
  BlockElements: [9600, 9631],
  GeometricShapes: [9632, 9727],
  MiscellaneousSymbols: [9728, 9983],
  Dingbats: [9984, 10175],
  CJKSymbolsandPunctuation: [12288, 12351],
  Hiragana: [12352, 12447],
  Katakana: [12448, 12543],
  CJKUnifiedIdeographs: [19968, 40959],
  HangulSyllables: [44032, 55203],
  PrivateUse: [57344, 63743],
  PrivateUseArea: [57344, 63743],
  AlphabeticPresentationForms: [64256, 64335],
  ArabicPresentationForms_B: [65136, 65279],
  "ArabicPresentationForms-B": [65136, 65279],
  HalfwidthandFullwidthForms: [65280, 65519],
  Specials: [65520, 65535]
};
var hex2 = (n) => `\\u{${n.toString(16)}}`;
function partsToExpr(p) {
  if (p.neg.length === 0)
    return p.pos === "" ? "(?!)" : `[${p.pos}]`;
  const alts = p.neg.map((n) => `[^${n}]`);
  if (p.pos !== "")
    alts.unshift(`[${p.pos}]`);
  return `(?:${alts.join("|")})`;
}
function negateExpr(expr) {
  return `(?:(?!${expr})[^])`;
}
var Translator = class {
  src;
  i = 0;
  chars;
  constructor(src) {
    this.src = src;
    this.chars = [...src];
  }
  peek() {
    return this.chars[this.i];
  }
  fail(msg) {
    throw new XsdRegexError(`${msg} in regular expression ${JSON.stringify(this.src)}`);
  }
  translate() {
    const out = this.regExp();
    if (this.i < this.chars.length)
      this.fail(`unexpected "${this.peek()}"`);
    return out;
  }
  regExp() {
    const branches = [this.branch()];
    while (this.peek() === "|") {
      this.i++;
      branches.push(this.branch());
    }
    return branches.join("|");
  }
  branch() {
    let out = "";
    for (; ; ) {
      const c = this.peek();
      if (c === void 0 || c === "|" || c === ")")
        return out;
      out += this.piece();
    }
  }
  piece() {
    const atom = this.atom();
    const c = this.peek();
    if (c === "?" || c === "*" || c === "+") {
      this.i++;
      return atom + c;
    }
    if (c === "{") {
      this.i++;
      let q = "";
      while (this.peek() !== void 0 && this.peek() !== "}")
        q += this.chars[this.i++];
      if (this.peek() !== "}")
        this.fail("unterminated quantifier");
      this.i++;
      const m = /^(\d+)(,(\d*))?$/.exec(q);
      if (!m)
        this.fail(`bad quantifier {${q}}`);
      if (m[3] && Number(m[3]) < Number(m[1]))
        this.fail(`bad quantifier {${q}}`);
      return `${atom}{${q}}`;
    }
    return atom;
  }
  atom() {
    const c = this.chars[this.i++];
    switch (c) {
      case "(": {
        const inner = this.regExp();
        if (this.peek() !== ")")
          this.fail("missing )");
        this.i++;
        return `(?:${inner})`;
      }
      case "[":
        return this.charClassExpr();
      case "\\":
        return this.escape(false);
      case ".":
        return "[^\\n\\r]";
      case "?":
      case "*":
      case "+":
      case "{":
      case "}":
      case ")":
      case "]":
        return this.fail(`unexpected "${c}"`);
      default:
        return escapeLiteral(c);
    }
  }
  /** After `[`: a positive/negative group with optional subtraction, up to and including `]`. */
  charClassExpr() {
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.i++;
    }
    const parts = { pos: "", neg: [] };
    let first = true;
    let subtract = null;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0)
        this.fail("unterminated character class");
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      if (c === "-" && this.chars[this.i + 1] === "[" && !first) {
        this.i += 2;
        subtract = this.charClassExpr();
        if (this.peek() !== "]")
          this.fail("subtraction must end the character class");
        this.i++;
        break;
      }
      this.classItem(parts, first);
      first = false;
    }
    let expr = partsToExpr(parts);
    if (negated)
      expr = negateExpr(expr);
    if (subtract)
      expr = `(?:(?!${subtract})${expr})`;
    return expr;
  }
  classChar(first) {
    const c = this.chars[this.i++];
    if (c === "\\") {
      const e = this.escape(true);
      if (e.startsWith("@"))
        return { single: null, parts: JSON.parse(e.slice(1)) };
      return { single: e };
    }
    if (c === "[")
      this.fail("unescaped [ in character class");
    if (c === "-" && !first && this.peek() !== "]")
      this.fail("unescaped - in character class");
    return { single: c };
  }
  classItem(parts, first) {
    const start = this.classChar(first);
    if (start.parts) {
      parts.pos += start.parts.pos;
      parts.neg.push(...start.parts.neg);
      return;
    }
    if (this.peek() === "-" && this.chars[this.i + 1] !== "[" && this.chars[this.i + 1] !== "]") {
      this.i++;
      const end = this.classChar(false);
      if (end.parts || end.single === null)
        this.fail("bad character range");
      const lo = literalCodePoint(start.single);
      const hi = literalCodePoint(end.single);
      if (lo > hi)
        this.fail("bad character range");
      parts.pos += `${hex2(lo)}-${hex2(hi)}`;
      return;
    }
    parts.pos += hex2(literalCodePoint(start.single));
  }
  /**
   * After a backslash. Outside a class, returns a JS expression. Inside one, a single character is
   * returned as the raw character and a class escape as '@' + JSON of ClassParts.
   */
  escape(inClass) {
    const c = this.chars[this.i++];
    if (c === void 0)
      this.fail("trailing backslash");
    const single = { n: "\n", r: "\r", t: "	" };
    if (single[c] !== void 0)
      return inClass ? single[c] : escapeLiteral(single[c]);
    if ("\\|.-^?*+{}()[]".includes(c))
      return inClass ? c : escapeLiteral(c);
    let parts;
    switch (c) {
      case "s":
        parts = { pos: SPACE, neg: [] };
        break;
      case "S":
        parts = { pos: "", neg: [SPACE] };
        break;
      case "i":
        parts = { pos: NAME_START2, neg: [] };
        break;
      case "I":
        parts = { pos: "", neg: [NAME_START2] };
        break;
      case "c":
        parts = { pos: NAME_CHAR, neg: [] };
        break;
      case "C":
        parts = { pos: "", neg: [NAME_CHAR] };
        break;
      case "d":
        parts = { pos: "\\p{Nd}", neg: [] };
        break;
      case "D":
        parts = { pos: "\\P{Nd}", neg: [] };
        break;
      case "w":
        parts = { pos: "", neg: ["\\p{P}\\p{Z}\\p{C}"] };
        break;
      case "W":
        parts = { pos: "\\p{P}\\p{Z}\\p{C}", neg: [] };
        break;
      case "p":
      case "P": {
        const body = this.property();
        parts = c === "p" ? { pos: body, neg: [] } : { pos: "", neg: [body] };
        break;
      }
      default:
        return this.fail(`unknown escape \\${c}`);
    }
    return inClass ? `@${JSON.stringify(parts)}` : partsToExpr(parts);
  }
  /** `{Name}` after \p or \P: JS class content for the category or block. */
  property() {
    if (this.peek() !== "{")
      this.fail("\\p needs {\u2026}");
    this.i++;
    let name = "";
    while (this.peek() !== void 0 && this.peek() !== "}")
      name += this.chars[this.i++];
    if (this.peek() !== "}")
      this.fail("unterminated \\p{");
    this.i++;
    if (CATEGORIES.has(name))
      return `\\p{${name}}`;
    if (name.startsWith("Is")) {
      const block = BLOCKS[name.slice(2)];
      if (!block)
        this.fail(`unknown Unicode block ${name}`);
      return `${hex2(block[0])}-${hex2(block[1])}`;
    }
    return this.fail(`unknown character property ${name}`);
  }
};
function literalCodePoint(s) {
  return s.codePointAt(0);
}
function escapeLiteral(c) {
  if (/[\\^$.*+?()[\]{}|/]/.test(c))
    return `\\${c}`;
  const cp = c.codePointAt(0);
  if (cp < 32 || cp === 127)
    return hex2(cp);
  return c;
}
var cache = /* @__PURE__ */ new Map();
function compileXsdRegex(pattern) {
  let re2 = cache.get(pattern);
  if (!re2) {
    const body = new Translator(pattern).translate();
    try {
      re2 = new RegExp(`^(?:${body})$`, "u");
    } catch (e) {
      throw new XsdRegexError(`cannot translate regular expression ${JSON.stringify(pattern)}: ${e.message}`);
    }
    cache.set(pattern, re2);
  }
  return re2;
}

// dist/src/relaxng/datatypes.js
var XSD_LIBRARY = "http://www.w3.org/2001/XMLSchema-datatypes";
var DatatypeError = class extends Error {
};
function collapse(s) {
  return s.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "");
}
function normalise(s, ws) {
  if (ws === "preserve")
    return s;
  if (ws === "replace")
    return s.replace(/[\t\n\r]/g, " ");
  return collapse(s);
}
function isNCName2(s) {
  return isNCName(s);
}
var re = (r) => (s) => r.test(s) ? s : null;
var by = (ok) => (s) => ok(s) ? s : null;
function decimalKey(s) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || m[2] === "" && (m[3] ?? "") === "")
    return null;
  if (s.endsWith(".") && m[2] === "")
    return null;
  const int = m[2].replace(/^0+/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  if (int === "" && frac === "")
    return "0";
  return `${m[1] === "-" ? "-" : ""}${int || "0"}${frac ? `.${frac}` : ""}`;
}
function integerKey(s) {
  if (!/^[+-]?\d+$/.test(s))
    return null;
  return BigInt(s).toString();
}
function floatKey(s, single) {
  if (s === "INF" || s === "-INF" || s === "NaN")
    return s;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s))
    return null;
  const n = single ? Math.fround(Number(s)) : Number(s);
  return Object.is(n, -0) ? "0" : String(n);
}
function floatNumber(key) {
  if (key === "INF")
    return Infinity;
  if (key === "-INF")
    return -Infinity;
  if (key === "NaN")
    return NaN;
  return Number(key);
}
function compareDecimal(a, b) {
  const split = (x2) => {
    const neg = x2.startsWith("-");
    const [i, f = ""] = (neg ? x2.slice(1) : x2).split(".");
    return [BigInt(`${neg ? "-" : ""}${i}${f}`), f.length];
  };
  const [ai, af] = split(a);
  const [bi, bf] = split(b);
  const scale = Math.max(af, bf);
  const x = ai * 10n ** BigInt(scale - af);
  const y = bi * 10n ** BigInt(scale - bf);
  return x < y ? -1 : x > y ? 1 : 0;
}
var daysIn = (y, m) => m === 2 ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
var TZ = "(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?";
var DATE_TIME_RE = new RegExp(`^(-?\\d{4,})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)${TZ}$`);
var DATE_RE = new RegExp(`^(-?\\d{4,})-(\\d\\d)-(\\d\\d)${TZ}$`);
var TIME_RE = new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)${TZ}$`);
function validYmd(y, mo, d) {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (/^-?0000$/.test(y) || y.replace("-", "").length > 4 && y.replace("-", "").startsWith("0"))
    return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Math.abs(year), month);
}
function validHms(h, mi, s) {
  const hour = Number(h);
  const min = Number(mi);
  const sec = Number(s);
  if (hour === 24)
    return min === 0 && sec === 0;
  return hour < 24 && min < 60 && sec < 60;
}
function tzMinutes(tz) {
  if (!tz || tz === "Z")
    return 0;
  const sign = tz[0] === "-" ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
}
function dateTimeKey(s) {
  const m = DATE_TIME_RE.exec(s);
  if (!m || !validYmd(m[1], m[2], m[3]) || !validHms(m[4], m[5], m[6]))
    return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) + Number(m[6]) * 1e3;
  return `${ms - tzMinutes(m[7]) * 6e4}${m[7] ? "z" : ""}`;
}
function dateKey(s) {
  const m = DATE_RE.exec(s);
  if (!m || !validYmd(m[1], m[2], m[3]))
    return null;
  return `${Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - tzMinutes(m[4]) * 6e4}${m[4] ? "z" : ""}`;
}
function timeKey(s) {
  const m = TIME_RE.exec(s);
  if (!m || !validHms(m[1], m[2], m[3]))
    return null;
  const ms = (Number(m[1]) * 3600 + Number(m[2]) * 60) * 1e3 + Number(m[3]) * 1e3 - tzMinutes(m[4]) * 6e4;
  return `${(ms + 864e5) % 864e5}${m[4] ? "z" : ""}`;
}
function qnameKey(s, ns) {
  const i = s.indexOf(":");
  const prefix = i < 0 ? "" : s.slice(0, i);
  const local = i < 0 ? s : s.slice(i + 1);
  if (prefix !== "" && !isNCName2(prefix) || !isNCName2(local))
    return null;
  const uri = ns(prefix);
  if (uri === void 0) {
    if (prefix !== "")
      return null;
    return `{}${local}`;
  }
  return `{${uri}}${local}`;
}
var BASE64_RE = /^((([A-Za-z0-9+/] ?){4})*(([A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]|([A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=))?$/;
function listOf(item) {
  return (s) => s !== "" && s.split(" ").every(item) ? s : null;
}
var STRING_LIKE = { length: "chars" };
function integerType(min, max) {
  return { ws: "collapse", parse: integerKey, order: "decimal", digits: true, min, max };
}
var XSD_TYPES = {
  string: { ws: "preserve", parse: (s) => s, ...STRING_LIKE },
  normalizedString: { ws: "replace", parse: (s) => s, ...STRING_LIKE },
  token: { ws: "collapse", parse: (s) => s, ...STRING_LIKE },
  language: { ws: "collapse", parse: re(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/), ...STRING_LIKE },
  Name: { ws: "collapse", parse: by(isName), ...STRING_LIKE },
  NCName: { ws: "collapse", parse: by(isNCName), ...STRING_LIKE },
  ID: { ws: "collapse", parse: by(isNCName), ...STRING_LIKE },
  IDREF: { ws: "collapse", parse: by(isNCName), ...STRING_LIKE },
  ENTITY: { ws: "collapse", parse: by(isNCName), ...STRING_LIKE },
  NMTOKEN: { ws: "collapse", parse: by(isNmtoken), ...STRING_LIKE },
  NMTOKENS: { ws: "collapse", parse: listOf(isNmtoken), length: "items" },
  IDREFS: { ws: "collapse", parse: listOf(isNCName), length: "items" },
  ENTITIES: { ws: "collapse", parse: listOf(isNCName), length: "items" },
  anyURI: { ws: "collapse", parse: (s) => [...s].some((c) => c.charCodeAt(0) < 32) ? null : s, ...STRING_LIKE },
  QName: { ws: "collapse", parse: qnameKey, ...STRING_LIKE },
  NOTATION: { ws: "collapse", parse: qnameKey, ...STRING_LIKE },
  boolean: { ws: "collapse", parse: (s) => s === "true" || s === "1" ? "true" : s === "false" || s === "0" ? "false" : null },
  decimal: { ws: "collapse", parse: decimalKey, order: "decimal", digits: true },
  integer: integerType(),
  nonPositiveInteger: integerType(void 0, 0n),
  negativeInteger: integerType(void 0, -1n),
  nonNegativeInteger: integerType(0n),
  positiveInteger: integerType(1n),
  long: integerType(-(2n ** 63n), 2n ** 63n - 1n),
  int: integerType(-(2n ** 31n), 2n ** 31n - 1n),
  short: integerType(-(2n ** 15n), 2n ** 15n - 1n),
  byte: integerType(-(2n ** 7n), 2n ** 7n - 1n),
  unsignedLong: integerType(0n, 2n ** 64n - 1n),
  unsignedInt: integerType(0n, 2n ** 32n - 1n),
  unsignedShort: integerType(0n, 2n ** 16n - 1n),
  unsignedByte: integerType(0n, 2n ** 8n - 1n),
  double: { ws: "collapse", parse: (s) => floatKey(s, false), order: "float" },
  float: { ws: "collapse", parse: (s) => floatKey(s, true), order: "float" },
  dateTime: { ws: "collapse", parse: dateTimeKey, order: "date" },
  date: { ws: "collapse", parse: dateKey, order: "date" },
  time: { ws: "collapse", parse: timeKey, order: "date" },
  duration: { ws: "collapse", parse: re(/^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/) },
  gYear: { ws: "collapse", parse: re(new RegExp(`^-?\\d{4,}${TZ}$`)) },
  gYearMonth: { ws: "collapse", parse: re(new RegExp(`^-?\\d{4,}-(0[1-9]|1[0-2])${TZ}$`)) },
  gMonth: { ws: "collapse", parse: re(new RegExp(`^--(0[1-9]|1[0-2])${TZ}$`)) },
  gMonthDay: { ws: "collapse", parse: re(new RegExp(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TZ}$`)) },
  gDay: { ws: "collapse", parse: re(new RegExp(`^---(0[1-9]|[12]\\d|3[01])${TZ}$`)) },
  hexBinary: { ws: "collapse", parse: (s) => /^([0-9a-fA-F]{2})*$/.test(s) ? s.toUpperCase() : null, length: "hex" },
  base64Binary: {
    ws: "collapse",
    parse: (s) => BASE64_RE.test(s) ? s.replace(/ /g, "") : null,
    length: "base64"
  }
};
var BUILTIN_TYPES = {
  string: { ws: "preserve", parse: (s) => s },
  token: { ws: "collapse", parse: (s) => s }
};
function lengthOf(key, unit) {
  switch (unit) {
    case "chars":
      return [...key].length;
    case "hex":
      return key.length / 2;
    case "base64": {
      const pad = key.endsWith("==") ? 2 : key.endsWith("=") ? 1 : 0;
      return key.length / 4 * 3 - pad;
    }
    case "items":
      return key === "" ? 0 : key.split(" ").length;
  }
}
function compareKeys(order, a, b) {
  if (order === "decimal")
    return compareDecimal(a, b);
  const x = order === "float" ? floatNumber(a) : Number(a.replace(/z$/, ""));
  const y = order === "float" ? floatNumber(b) : Number(b.replace(/z$/, ""));
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}
function nonNegative(name, v) {
  if (!/^\s*\+?\d+\s*$/.test(v))
    throw new DatatypeError(`parameter ${name} must be a non-negative integer, not ${JSON.stringify(v)}`);
  return Number(v.trim());
}
function buildChecks(type, info, params) {
  const checks = [];
  const seen = /* @__PURE__ */ new Set();
  const noNs = () => void 0;
  const bounds = {};
  for (const { name, value } of params) {
    if (name !== "pattern" && seen.has(name))
      throw new DatatypeError(`duplicate parameter ${name}`);
    seen.add(name);
    const bad2 = () => new DatatypeError(`parameter ${name} is not allowed for datatype ${type}`);
    switch (name) {
      case "pattern": {
        let rx;
        try {
          rx = compileXsdRegex(value);
        } catch (e) {
          if (e instanceof XsdRegexError)
            throw new DatatypeError(e.message);
          throw e;
        }
        checks.push((_k, n) => rx.test(n));
        break;
      }
      case "length":
      case "minLength":
      case "maxLength": {
        const unit = info.length;
        if (!unit)
          throw bad2();
        const n = nonNegative(name, value);
        bounds[name] = String(n);
        if (name === "length")
          checks.push((k) => lengthOf(k, unit) === n);
        else if (name === "minLength")
          checks.push((k) => lengthOf(k, unit) >= n);
        else
          checks.push((k) => lengthOf(k, unit) <= n);
        break;
      }
      case "minInclusive":
      case "maxInclusive":
      case "minExclusive":
      case "maxExclusive": {
        const order = info.order;
        if (!order)
          throw bad2();
        const limit = info.parse(normalise(value, info.ws), noNs);
        if (limit === null)
          throw new DatatypeError(`parameter ${name}: ${JSON.stringify(value)} is not a valid ${type}`);
        bounds[name] = limit;
        const cmp = (k) => compareKeys(order, k, limit);
        if (name === "minInclusive")
          checks.push((k) => cmp(k) >= 0);
        else if (name === "maxInclusive")
          checks.push((k) => cmp(k) <= 0);
        else if (name === "minExclusive")
          checks.push((k) => cmp(k) > 0);
        else
          checks.push((k) => cmp(k) < 0);
        break;
      }
      case "totalDigits": {
        if (!info.digits)
          throw bad2();
        const n = nonNegative(name, value);
        if (n === 0)
          throw new DatatypeError("parameter totalDigits must be positive");
        checks.push((k) => k.replace(/^-/, "").replace(".", "").replace(/^0+(?=\d)/, "").length <= n);
        break;
      }
      case "fractionDigits": {
        if (!info.digits)
          throw bad2();
        const n = nonNegative(name, value);
        checks.push((k) => (k.split(".")[1] ?? "").length <= n);
        break;
      }
      default:
        throw new DatatypeError(`unknown parameter ${name} for datatype ${type}`);
    }
  }
  if (bounds.length !== void 0 && (bounds.minLength !== void 0 || bounds.maxLength !== void 0))
    throw new DatatypeError("parameter length cannot be combined with minLength or maxLength");
  if (bounds.minLength !== void 0 && bounds.maxLength !== void 0 && Number(bounds.minLength) > Number(bounds.maxLength))
    throw new DatatypeError("minLength is greater than maxLength");
  if (bounds.minInclusive !== void 0 && bounds.minExclusive !== void 0)
    throw new DatatypeError("minInclusive and minExclusive cannot both be given");
  if (bounds.maxInclusive !== void 0 && bounds.maxExclusive !== void 0)
    throw new DatatypeError("maxInclusive and maxExclusive cannot both be given");
  return checks;
}
var SimpleDatatype = class {
  library;
  type;
  params;
  info;
  key;
  checks = null;
  constructor(library, type, params, info, checks) {
    this.library = library;
    this.type = type;
    this.params = params;
    this.info = info;
    this.key = `${library}#${type}${params.map((p) => `;${p.name}=${p.value}`).join("")}`;
    this.checks = checks;
  }
  /** Facet checks are built lazily so a loaded grammar does not compile every regex up front. */
  getChecks() {
    if (!this.checks)
      this.checks = buildChecks(this.type, this.info, this.params);
    return this.checks;
  }
  valueKey(value, ns) {
    return this.info.parse(normalise(value, this.info.ws), ns);
  }
  allows(value, ns) {
    const n = normalise(value, this.info.ws);
    const key = this.info.parse(n, ns);
    if (key === null)
      return false;
    if (this.info.min !== void 0 || this.info.max !== void 0) {
      const v = BigInt(key);
      if (this.info.min !== void 0 && v < this.info.min || this.info.max !== void 0 && v > this.info.max)
        return false;
    }
    for (const c of this.getChecks())
      if (!c(key, n))
        return false;
    return true;
  }
};
var made = /* @__PURE__ */ new Map();
function makeDatatype(library, type, params, lazy = false) {
  const key = `${library}#${type}${params.map((p) => `;${p.name}=${p.value}`).join("")}`;
  const known = made.get(key);
  if (known) {
    if (!lazy)
      known.getChecks();
    return known;
  }
  let info;
  if (library === "") {
    info = Object.hasOwn(BUILTIN_TYPES, type) ? BUILTIN_TYPES[type] : void 0;
    if (!info)
      throw new DatatypeError(`unknown datatype ${type} in the built-in datatype library`);
    if (params.length > 0)
      throw new DatatypeError(`the built-in datatype ${type} takes no parameters`);
  } else if (library === XSD_LIBRARY) {
    info = Object.hasOwn(XSD_TYPES, type) ? XSD_TYPES[type] : void 0;
    if (!info)
      throw new DatatypeError(`unknown datatype xsd:${type}`);
  } else {
    throw new DatatypeError(`unknown datatype library ${JSON.stringify(library)}`);
  }
  const dt = new SimpleDatatype(library, type, params, info, lazy ? null : buildChecks(type, info, params));
  made.set(key, dt);
  return dt;
}

// dist/src/relaxng/nameclass.js
var NameClassTable = class {
  byKey = /* @__PURE__ */ new Map();
  all = [];
  intern(key, make) {
    let nc = this.byKey.get(key);
    if (!nc) {
      nc = make(this.all.length);
      this.all.push(nc);
      this.byKey.set(key, nc);
    }
    return nc;
  }
  name(ns, local) {
    return this.intern(`n${ns}\0${local}`, (id) => ({ id, k: "name", ns, local }));
  }
  anyName(except) {
    return this.intern(`a${except ? except.id : ""}`, (id) => ({ id, k: "anyName", except }));
  }
  nsName(ns, except) {
    return this.intern(`s${except ? except.id : ""}\0${ns}`, (id) => ({ id, k: "nsName", ns, except }));
  }
  choice(a, b) {
    if (a === b)
      return a;
    return this.intern(`c${a.id},${b.id}`, (id) => ({ id, k: "choice", a, b }));
  }
};
function ncContains(nc, ns, local) {
  switch (nc.k) {
    case "name":
      return nc.ns === ns && nc.local === local;
    case "anyName":
      return !nc.except || !ncContains(nc.except, ns, local);
    case "nsName":
      return nc.ns === ns && (!nc.except || !ncContains(nc.except, ns, local));
    case "choice":
      return ncContains(nc.a, ns, local) || ncContains(nc.b, ns, local);
  }
}
var ILLEGAL = "\0illegal";
function representatives(nc, out) {
  switch (nc.k) {
    case "name":
      out.push({ ns: nc.ns, local: nc.local });
      break;
    case "anyName":
      out.push({ ns: ILLEGAL, local: ILLEGAL });
      if (nc.except)
        representatives(nc.except, out);
      break;
    case "nsName":
      out.push({ ns: nc.ns, local: ILLEGAL });
      if (nc.except)
        representatives(nc.except, out);
      break;
    case "choice":
      representatives(nc.a, out);
      representatives(nc.b, out);
      break;
  }
}
function ncOverlap(a, b) {
  const names3 = [];
  representatives(a, names3);
  representatives(b, names3);
  return names3.some((n) => ncContains(a, n.ns, n.local) && ncContains(b, n.ns, n.local));
}
function ncInfinite(nc) {
  switch (nc.k) {
    case "name":
      return false;
    case "anyName":
    case "nsName":
      return true;
    case "choice":
      return ncInfinite(nc.a) || ncInfinite(nc.b);
  }
}
function ncNames(nc, out) {
  switch (nc.k) {
    case "name":
      out.push({ ns: nc.ns, local: nc.local });
      break;
    case "anyName":
      out.push({ ns: "*", local: "*" });
      break;
    case "nsName":
      out.push({ ns: nc.ns, local: "*" });
      break;
    case "choice":
      ncNames(nc.a, out);
      ncNames(nc.b, out);
      break;
  }
}

// dist/src/relaxng/derive.js
var MEMO_LIMIT = 4096;
var isWhitespace = (s) => /^[ \t\r\n]*$/.test(s);
var Deriver = class {
  pt;
  elements;
  constructor(pt, elements2) {
    this.pt = pt;
    this.elements = elements2;
  }
  applyAfter(p, f) {
    switch (p.k) {
      case "after":
        return this.pt.after(p.a, f(p.b));
      case "choice":
        return this.pt.choiceAll(p.alts.map((a) => this.applyAfter(a, f)));
      default:
        return this.pt.notAllowed;
    }
  }
  startTagOpen(p, qid, ns, local) {
    const memo = p.sto ?? (p.sto = /* @__PURE__ */ new Map());
    let r = memo.get(qid);
    if (r === void 0) {
      r = this.computeStartTagOpen(p, qid, ns, local);
      if (memo.size >= MEMO_LIMIT)
        memo.clear();
      memo.set(qid, r);
    }
    return r;
  }
  computeStartTagOpen(p, qid, ns, local) {
    const pt = this.pt;
    switch (p.k) {
      case "choice":
        return pt.choiceAll(p.alts.map((a) => this.startTagOpen(a, qid, ns, local)));
      case "element":
        return ncContains(p.nc, ns, local) ? pt.after(this.elements[p.elem].content, pt.empty) : pt.notAllowed;
      case "interleave":
        return pt.choiceAll(p.alts.map((item, i) => this.applyAfter(this.startTagOpen(item, qid, ns, local), (x) => pt.interleaveWith(p, i, x))));
      case "oneOrMore": {
        const a = p.a;
        return this.applyAfter(this.startTagOpen(a, qid, ns, local), (x) => pt.group(x, pt.choice(p, pt.empty)));
      }
      case "group": {
        const a = p.a;
        const b = p.b;
        const x = this.applyAfter(this.startTagOpen(a, qid, ns, local), (y) => pt.group(y, b));
        return a.nullable ? pt.choice(x, this.startTagOpen(b, qid, ns, local)) : x;
      }
      case "after": {
        const b = p.b;
        return this.applyAfter(this.startTagOpen(p.a, qid, ns, local), (x) => pt.after(x, b));
      }
      default:
        return pt.notAllowed;
    }
  }
  /**
   * The attribute derivative. The value only matters through *which* of the attribute patterns
   * named like the attribute accept it, so the result is memoised on (name, that set) — a small,
   * grammar-bounded key — instead of on the value, which differs in every document.
   */
  att(p, a, qid, ctx, lenient = false) {
    if (p.k === "after")
      return this.pt.after(this.att(p.a, a, qid, ctx, lenient), p.b);
    if (p.k === "choice" && p.alts.some((x) => x.k === "after"))
      return this.pt.choiceAll(p.alts.map((x) => this.att(x, a, qid, ctx, lenient)));
    const cands = this.attributeCandidates(p, qid, a.ns, a.local);
    if (cands.length === 0)
      return this.pt.notAllowed;
    let key = `${qid}`;
    const matching = [];
    for (const c of cands) {
      if (lenient || this.valueMatch(c.a, a.value, ctx)) {
        matching.push(c);
        key += `,${c.id}`;
      }
    }
    const memo = p.att ?? (p.att = /* @__PURE__ */ new Map());
    let r = memo.get(key);
    if (r === void 0) {
      r = this.attWith(p, new Set(matching), /* @__PURE__ */ new Map());
      if (memo.size >= MEMO_LIMIT)
        memo.clear();
      memo.set(key, r);
    }
    return r;
  }
  /** Attribute patterns in `p` (outside elements) whose name class contains the name; memoised per name. */
  attributeCandidates(p, qid, ns, local) {
    const memo = p.attCands ?? (p.attCands = /* @__PURE__ */ new Map());
    let r = memo.get(qid);
    if (r === void 0) {
      const out = /* @__PURE__ */ new Set();
      const seen = /* @__PURE__ */ new Set();
      const walk2 = (q) => {
        if (seen.has(q))
          return;
        seen.add(q);
        switch (q.k) {
          case "attribute":
            if (ncContains(q.nc, ns, local))
              out.add(q);
            return;
          case "after":
          case "oneOrMore":
            walk2(q.a);
            return;
          case "group":
            walk2(q.a);
            walk2(q.b);
            return;
          case "interleave":
          case "choice":
            for (const x of q.alts)
              walk2(x);
            return;
          default:
            return;
        }
      };
      walk2(p);
      r = [...out];
      if (memo.size >= MEMO_LIMIT)
        memo.clear();
      memo.set(qid, r);
    }
    return r;
  }
  /** The attribute derivative where exactly the attribute patterns in `matching` accept the attribute. */
  attWith(p, matching, local) {
    const known = local.get(p);
    if (known)
      return known;
    const pt = this.pt;
    let r;
    switch (p.k) {
      case "after":
        r = pt.after(this.attWith(p.a, matching, local), p.b);
        break;
      case "choice":
        r = pt.choiceAll(p.alts.map((x) => this.attWith(x, matching, local)));
        break;
      case "group":
        r = pt.choice(pt.group(this.attWith(p.a, matching, local), p.b), pt.group(p.a, this.attWith(p.b, matching, local)));
        break;
      case "interleave":
        r = pt.choiceAll(p.alts.map((item, i) => pt.interleaveWith(p, i, this.attWith(item, matching, local))));
        break;
      case "oneOrMore":
        r = pt.group(this.attWith(p.a, matching, local), pt.choice(p, pt.empty));
        break;
      case "attribute":
        r = matching.has(p) ? pt.empty : pt.notAllowed;
        break;
      default:
        r = pt.notAllowed;
    }
    local.set(p, r);
    return r;
  }
  valueMatch(p, s, ctx) {
    return p.nullable && isWhitespace(s) || this.text(p, s, ctx).nullable;
  }
  startTagClose(p, lenient = false) {
    const cached = lenient ? p.stcLenient : p.stc;
    if (cached)
      return cached;
    const pt = this.pt;
    let r;
    switch (p.k) {
      case "after":
        r = pt.after(this.startTagClose(p.a, lenient), p.b);
        break;
      case "choice":
        r = pt.choiceAll(p.alts.map((x) => this.startTagClose(x, lenient)));
        break;
      case "group":
        r = pt.group(this.startTagClose(p.a, lenient), this.startTagClose(p.b, lenient));
        break;
      case "interleave":
        r = pt.interleaveOf(p.alts.map((x) => this.startTagClose(x, lenient)));
        break;
      case "oneOrMore":
        r = pt.oneOrMore(this.startTagClose(p.a, lenient));
        break;
      case "attribute":
        r = lenient ? pt.empty : pt.notAllowed;
        break;
      default:
        r = p;
    }
    if (lenient)
      p.stcLenient = r;
    else
      p.stc = r;
    return r;
  }
  /**
   * The text derivative, memoised like `att`: on the set of data/value/list leaves (reachable at
   * this point) that accept the text, not on the text itself.
   */
  text(p, s, ctx, lenient = false) {
    if (!p.textual)
      return this.pt.notAllowed;
    if (p.k === "after")
      return this.pt.after(this.text(p.a, s, ctx, lenient), p.b);
    if (p.k === "choice" && p.alts.some((x) => x.k === "after"))
      return this.pt.choiceAll(p.alts.map((x) => this.text(x, s, ctx, lenient)));
    const leaves = this.textLeaves(p);
    let key = "";
    const matching = [];
    let keys = null;
    for (const l of leaves) {
      let ok;
      if (lenient)
        ok = true;
      else if (l.k === "value") {
        keys ??= /* @__PURE__ */ new Map();
        let k = keys.get(l.dt);
        if (k === void 0) {
          k = l.dt.valueKey(s, ctx);
          keys.set(l.dt, k);
        }
        ok = k === l.valueKey;
      } else
        ok = this.leafMatches(l, s, ctx);
      if (ok) {
        matching.push(l);
        key += `${l.id},`;
      }
    }
    const memo = p.txt ?? (p.txt = /* @__PURE__ */ new Map());
    let r = memo.get(key);
    if (r === void 0) {
      r = this.textWith(p, new Set(matching), /* @__PURE__ */ new Map());
      if (memo.size >= MEMO_LIMIT)
        memo.clear();
      memo.set(key, r);
    }
    return r;
  }
  leafMatches(l, s, ctx) {
    switch (l.k) {
      case "value":
        return l.dt.valueKey(s, ctx) === l.valueKey;
      case "data":
        return l.dt.allows(s, ctx) && !(l.a && this.valueMatch(l.a, s, ctx));
      case "list": {
        let q = l.a;
        for (const w of s.split(/[ \t\r\n]+/)) {
          if (w === "")
            continue;
          q = this.text(q, w, ctx);
          if (q.k === "notAllowed")
            return false;
        }
        return q.nullable;
      }
      default:
        return false;
    }
  }
  /** The data/value/list patterns that text can reach in `p` (memoised). */
  textLeaves(p) {
    if (p.leaves)
      return p.leaves;
    const out = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const walk2 = (q) => {
      if (seen.has(q) || !q.textual)
        return;
      seen.add(q);
      switch (q.k) {
        case "value":
        case "data":
        case "list":
          out.add(q);
          return;
        case "after":
        case "oneOrMore":
          walk2(q.a);
          return;
        case "group":
          walk2(q.a);
          if (q.a.nullable)
            walk2(q.b);
          return;
        case "interleave":
        case "choice":
          for (const x of q.alts)
            walk2(x);
          return;
        default:
          return;
      }
    };
    walk2(p);
    p.leaves = [...out];
    return p.leaves;
  }
  textWith(p, matching, local) {
    const known = local.get(p);
    if (known)
      return known;
    const pt = this.pt;
    let r;
    switch (p.k) {
      case "choice":
        r = pt.choiceAll(p.alts.map((x) => this.textWith(x, matching, local)));
        break;
      case "interleave":
        r = pt.choiceAll(p.alts.map((item, i) => pt.interleaveWith(p, i, this.textWith(item, matching, local))));
        break;
      case "group": {
        const x = pt.group(this.textWith(p.a, matching, local), p.b);
        r = p.a.nullable ? pt.choice(x, this.textWith(p.b, matching, local)) : x;
        break;
      }
      case "after":
        r = pt.after(this.textWith(p.a, matching, local), p.b);
        break;
      case "oneOrMore":
        r = pt.group(this.textWith(p.a, matching, local), pt.choice(p, pt.empty));
        break;
      case "text":
        r = p;
        break;
      case "value":
      case "data":
      case "list":
        r = matching.has(p) ? pt.empty : pt.notAllowed;
        break;
      default:
        r = pt.notAllowed;
    }
    local.set(p, r);
    return r;
  }
  endTag(p, lenient = false) {
    const cached = lenient ? p.endLenient : p.end;
    if (cached)
      return cached;
    let r;
    switch (p.k) {
      case "after":
        r = lenient || p.a.nullable ? p.b : this.pt.notAllowed;
        break;
      case "choice":
        r = this.pt.choiceAll(p.alts.map((x) => this.endTag(x, lenient)));
        break;
      default:
        r = this.pt.notAllowed;
    }
    if (lenient)
      p.endLenient = r;
    else
      p.end = r;
    return r;
  }
};

// dist/src/relaxng/pattern.js
var PAIR = 2 ** 26;
var PatternTable = class {
  byKey = /* @__PURE__ */ new Map();
  all = [];
  empty;
  notAllowed;
  text;
  constructor() {
    this.empty = this.intern("e", { k: "empty", nullable: true });
    this.notAllowed = this.intern("n", { k: "notAllowed", nullable: false });
    this.text = this.intern("t", { k: "text", nullable: true, textual: true });
  }
  get size() {
    return this.all.length;
  }
  // Binary and unary patterns are interned under numeric keys (faster than strings); ids stay
  // below 2^26, so a.id * 2^26 + b.id is exact.
  groups = /* @__PURE__ */ new Map();
  afters = /* @__PURE__ */ new Map();
  attributes = /* @__PURE__ */ new Map();
  unary = /* @__PURE__ */ new Map();
  internNum(map, key, init) {
    let p = map.get(key);
    if (p)
      return p;
    p = this.make(init);
    map.set(key, p);
    return p;
  }
  intern(key, init) {
    let p = this.byKey.get(key);
    if (p)
      return p;
    p = this.make(init);
    this.byKey.set(key, p);
    return p;
  }
  make(init) {
    if (this.all.length >= PAIR)
      throw new Error("pattern table overflow");
    const p = {
      id: this.all.length,
      k: init.k,
      nullable: init.nullable,
      a: init.a ?? null,
      b: init.b ?? null,
      alts: init.alts ?? null,
      nc: init.nc ?? null,
      elem: init.elem ?? -1,
      dt: init.dt ?? null,
      value: init.value ?? null,
      valueKey: init.valueKey ?? null,
      textual: init.textual ?? false,
      sto: null,
      att: null,
      stc: null,
      stcLenient: null,
      end: null,
      endLenient: null,
      txt: null,
      attCands: null,
      leaves: null,
      exp: void 0
    };
    this.all.push(p);
    return p;
  }
  choice(a, b) {
    if (a === b || b.k === "notAllowed")
      return a;
    if (a.k === "notAllowed")
      return b;
    const ids = /* @__PURE__ */ new Set();
    for (const x of [a, b]) {
      if (x.k === "choice")
        for (const y of x.alts)
          ids.add(y);
      else
        ids.add(x);
    }
    return this.choiceOf([...ids]);
  }
  /** A choice of many alternatives at once (linear, rather than one union per alternative). */
  choiceAll(ps) {
    const set = /* @__PURE__ */ new Set();
    for (const x of ps) {
      if (x.k === "notAllowed")
        continue;
      if (x.k === "choice")
        for (const y of x.alts)
          set.add(y);
      else
        set.add(x);
    }
    return this.choiceOf([...set]);
  }
  /**
   * For loading a serialised grammar, whose choices are already flat, deduplicated and sorted:
   * skips the set and the sort (checked cheaply; anything else goes the general way).
   */
  choiceSorted(alts) {
    if (alts.length < 2)
      return this.choiceAll(alts);
    let key = "c";
    let prev = -1;
    let nullable = false;
    let textual = false;
    for (const x of alts) {
      if (x.id <= prev || x.k === "choice" || x.k === "notAllowed")
        return this.choiceAll(alts);
      key += prev < 0 ? `${x.id}` : `,${x.id}`;
      prev = x.id;
      nullable ||= x.nullable;
      textual ||= x.textual;
    }
    return this.intern(key, { k: "choice", nullable, alts, textual });
  }
  choiceOf(alts) {
    if (alts.length === 0)
      return this.notAllowed;
    if (alts.length === 1)
      return alts[0];
    alts.sort((x, y) => x.id - y.id);
    return this.intern(`c${alts.map((x) => x.id).join(",")}`, {
      k: "choice",
      nullable: alts.some((x) => x.nullable),
      alts,
      textual: alts.some((x) => x.textual)
    });
  }
  group(a, b) {
    if (a.k === "notAllowed" || b.k === "notAllowed")
      return this.notAllowed;
    if (a.k === "empty")
      return b;
    if (b.k === "empty")
      return a;
    return this.internNum(this.groups, a.id * PAIR + b.id, {
      k: "group",
      nullable: a.nullable && b.nullable,
      a,
      b,
      textual: a.textual || a.nullable && b.textual
    });
  }
  interleave(a, b) {
    return this.interleaveOf([a, b]);
  }
  /**
   * An n-ary interleave: nested interleaves are flattened and the items sorted by id (interleave is
   * associative and commutative; duplicates stay, `x & x` is two x's). One flat node per state
   * means a derivative of a 40-branch interleave creates one new pattern, not one per nesting level.
   */
  interleaveOf(items) {
    const flat = [];
    for (const x of items) {
      if (x.k === "notAllowed")
        return this.notAllowed;
      if (x.k === "empty")
        continue;
      if (x.k === "interleave")
        flat.push(...x.alts);
      else
        flat.push(x);
    }
    if (flat.length === 0)
      return this.empty;
    if (flat.length === 1)
      return flat[0];
    flat.sort((x, y) => x.id - y.id);
    let key = "I";
    let nullable = true;
    let textual = false;
    for (const x of flat) {
      key += `${x.id},`;
      nullable &&= x.nullable;
      textual ||= x.textual;
    }
    return this.intern(key, { k: "interleave", nullable, alts: flat, textual });
  }
  /** `p`'s items with item `i` replaced by `x` (for derivatives of an interleave). */
  interleaveWith(p, i, x) {
    if (x.k === "notAllowed")
      return x;
    const items = p.alts.slice();
    items[i] = x;
    return this.interleaveOf(items);
  }
  after(a, b) {
    if (a.k === "notAllowed" || b.k === "notAllowed")
      return this.notAllowed;
    return this.internNum(this.afters, a.id * PAIR + b.id, { k: "after", nullable: false, a, b, textual: a.textual });
  }
  oneOrMore(p) {
    if (p.k === "notAllowed" || p.k === "empty")
      return p;
    return this.internNum(this.unary, p.id * 2, { k: "oneOrMore", nullable: p.nullable, a: p, textual: p.textual });
  }
  list(p) {
    if (p.k === "notAllowed")
      return p;
    return this.internNum(this.unary, p.id * 2 + 1, { k: "list", nullable: false, a: p, textual: true });
  }
  attribute(nc, p) {
    if (p.k === "notAllowed")
      return p;
    return this.internNum(this.attributes, nc.id * PAIR + p.id, { k: "attribute", nullable: false, a: p, nc });
  }
  element(nc, elem) {
    return this.intern(`E${elem}`, { k: "element", nullable: false, nc, elem });
  }
  data(dt, except, dtKey) {
    if (except && except.k === "notAllowed")
      except = null;
    return this.intern(`d${dtKey},${except ? except.id : ""}`, { k: "data", nullable: false, dt, a: except, textual: true });
  }
  valuePat(dt, value, valueKey, dtKey) {
    return this.intern(`v${dtKey}\0${valueKey}`, { k: "value", nullable: false, dt, value, valueKey, textual: true });
  }
};

// dist/src/relaxng/grammar.js
var FORMAT = "virtlint-relaxng/2";
var GrammarImpl = class {
  patterns;
  nameClasses;
  elements;
  start;
  deriver;
  names = /* @__PURE__ */ new Map();
  nameCount = 0;
  recovery = /* @__PURE__ */ new Map();
  anyContent = null;
  constructor(patterns, nameClasses, elements2, start) {
    this.patterns = patterns;
    this.nameClasses = nameClasses;
    this.elements = elements2;
    this.start = start;
    this.deriver = new Deriver(patterns, elements2);
  }
  nameId(ns, local) {
    let byLocal = this.names.get(ns);
    if (!byLocal) {
      byLocal = /* @__PURE__ */ new Map();
      this.names.set(ns, byLocal);
    }
    let id = byLocal.get(local);
    if (id === void 0) {
      id = this.nameCount++;
      byLocal.set(local, id);
    }
    return id;
  }
  /**
   * What to validate the content of an unexpected element against (jing's recovery): the content
   * of every element definition with that name, or anything at all when the name is unknown.
   */
  recoveryContent(qid, ns, local) {
    let p = this.recovery.get(qid);
    if (!p) {
      const pt = this.patterns;
      const own2 = this.anyContent ? this.elements.slice(0, -1) : this.elements;
      const matches = own2.filter((e) => namesExplicitly(e.nc, ns, local)).map((e) => e.content);
      p = matches.length > 0 ? pt.choiceAll(matches) : this.any();
      this.recovery.set(qid, p);
    }
    return p;
  }
  /** Permissive content: any attributes, text and elements (elements again with permissive content). */
  any() {
    if (!this.anyContent) {
      const pt = this.patterns;
      const nc = this.nameClasses.anyName(null);
      const idx = this.elements.length;
      this.elements.push({ nc, content: pt.notAllowed });
      const items = pt.choiceAll([pt.attribute(nc, pt.text), pt.element(nc, idx), pt.text]);
      this.anyContent = pt.choice(pt.oneOrMore(items), pt.empty);
      this.elements[idx].content = this.anyContent;
    }
    return this.anyContent;
  }
  toJSON() {
    const ncs = [];
    const ncIdx = /* @__PURE__ */ new Map();
    const encNc = (nc) => {
      let i = ncIdx.get(nc);
      if (i !== void 0)
        return i;
      let e;
      switch (nc.k) {
        case "name":
          e = [0, nc.ns, nc.local];
          break;
        case "anyName":
          e = [1, nc.except ? encNc(nc.except) : -1];
          break;
        case "nsName":
          e = [2, nc.ns, nc.except ? encNc(nc.except) : -1];
          break;
        case "choice":
          e = [3, encNc(nc.a), encNc(nc.b)];
          break;
      }
      i = ncs.length;
      ncs.push(e);
      ncIdx.set(nc, i);
      return i;
    };
    const dts = [];
    const dtIdx = /* @__PURE__ */ new Map();
    const encDt = (dt) => {
      let i = dtIdx.get(dt);
      if (i === void 0) {
        i = dts.length;
        dts.push([dt.library, dt.type, dt.params.map((p) => [p.name, p.value])]);
        dtIdx.set(dt, i);
      }
      return i;
    };
    const pats = [];
    const patIdx = /* @__PURE__ */ new Map();
    const encPat = (p) => {
      let i = patIdx.get(p);
      if (i !== void 0)
        return i;
      let e;
      switch (p.k) {
        case "empty":
          e = [0];
          break;
        case "notAllowed":
          e = [1];
          break;
        case "text":
          e = [2];
          break;
        case "choice":
          e = [3, ...p.alts.map(encPat)];
          break;
        case "group":
          e = [4, encPat(p.a), encPat(p.b)];
          break;
        case "interleave":
          e = [5, ...p.alts.map(encPat)];
          break;
        case "oneOrMore":
          e = [6, encPat(p.a)];
          break;
        case "list":
          e = [7, encPat(p.a)];
          break;
        case "data":
          e = [8, encDt(p.dt), p.a ? encPat(p.a) : -1];
          break;
        case "value":
          e = [9, encDt(p.dt), p.value, p.valueKey];
          break;
        case "attribute":
          e = [10, encNc(p.nc), encPat(p.a)];
          break;
        case "element":
          e = [11, encNc(p.nc), p.elem];
          break;
        case "after":
          throw new Error("after patterns are not part of a grammar");
      }
      i = pats.length;
      pats.push(e);
      patIdx.set(p, i);
      return i;
    };
    const grammarElements = this.anyContent ? this.elements.slice(0, -1) : this.elements;
    const elems = grammarElements.map((e) => [encNc(e.nc), encPat(e.content)]);
    const start = encPat(this.start);
    return { format: FORMAT, nameClasses: ncs, datatypes: dts, patterns: pats, elements: elems, start };
  }
};
function grammarFromSimplified(g) {
  return new GrammarImpl(g.patterns, g.nameClasses, g.elements, g.start);
}
function namesExplicitly(nc, ns, local) {
  if (nc.k === "name")
    return nc.ns === ns && nc.local === local;
  if (nc.k === "choice")
    return namesExplicitly(nc.a, ns, local) || namesExplicitly(nc.b, ns, local);
  return false;
}
function bad(what) {
  throw new Error(`malformed compiled grammar: ${what}`);
}
function grammarFromJSON(json) {
  if (typeof json !== "object" || json === null)
    bad("not an object");
  const j = json;
  if (j.format !== FORMAT)
    bad(`format is not ${FORMAT}`);
  const arr = (x, what) => {
    if (!Array.isArray(x) || !x.every(Array.isArray))
      bad(what);
    return x;
  };
  const num = (x, max) => {
    if (typeof x !== "number" || !Number.isInteger(x) || x < -1 || x >= max)
      bad(`index ${String(x)}`);
    return x;
  };
  const str = (x) => typeof x === "string" ? x : bad("expected a string");
  const nct = new NameClassTable();
  const ncs = [];
  for (const e of arr(j.nameClasses, "nameClasses")) {
    const ex = (i) => num(i, ncs.length) < 0 ? null : ncs[i];
    switch (e[0]) {
      case 0:
        ncs.push(nct.name(str(e[1]), str(e[2])));
        break;
      case 1:
        ncs.push(nct.anyName(ex(e[1])));
        break;
      case 2:
        ncs.push(nct.nsName(str(e[1]), ex(e[2])));
        break;
      case 3:
        ncs.push(nct.choice(ncs[num(e[1], ncs.length)], ncs[num(e[2], ncs.length)]));
        break;
      default:
        bad("name class kind");
    }
  }
  const dts = arr(j.datatypes, "datatypes").map((e) => makeDatatype(str(e[0]), str(e[1]), arr(e[2], "params").map((p) => ({ name: str(p[0]), value: str(p[1]) })), true));
  const elemsJson = arr(j.elements, "elements");
  const pt = new PatternTable();
  const pats = [];
  const P = (i) => {
    if (num(i, pats.length) < 0)
      bad("pattern index");
    return pats[i];
  };
  for (const e of arr(j.patterns, "patterns")) {
    let p;
    switch (e[0]) {
      case 0:
        p = pt.empty;
        break;
      case 1:
        p = pt.notAllowed;
        break;
      case 2:
        p = pt.text;
        break;
      case 3:
        p = pt.choiceSorted(e.slice(1).map(P));
        break;
      case 4:
        p = pt.group(P(e[1]), P(e[2]));
        break;
      case 5:
        p = pt.interleaveOf(e.slice(1).map(P));
        break;
      case 6:
        p = pt.oneOrMore(P(e[1]));
        break;
      case 7:
        p = pt.list(P(e[1]));
        break;
      case 8: {
        const dt = dts[num(e[1], dts.length)] ?? bad("datatype index");
        p = pt.data(dt, num(e[2], pats.length) < 0 ? null : P(e[2]), dt.key);
        break;
      }
      case 9: {
        const dt = dts[num(e[1], dts.length)] ?? bad("datatype index");
        p = pt.valuePat(dt, str(e[2]), str(e[3]), dt.key);
        break;
      }
      case 10:
        p = pt.attribute(ncs[num(e[1], ncs.length)] ?? bad("name class index"), P(e[2]));
        break;
      case 11:
        p = pt.element(ncs[num(e[1], ncs.length)] ?? bad("name class index"), num(e[2], elemsJson.length));
        break;
      default:
        bad("pattern kind");
    }
    pats.push(p);
  }
  const elements2 = elemsJson.map((e) => ({ nc: ncs[num(e[0], ncs.length)] ?? bad("name class index"), content: P(e[1]) }));
  return new GrammarImpl(pt, nct, elements2, P(j.start));
}

// dist/src/relaxng/syntax.js
var import_saxes2 = __toESM(require_saxes(), 1);
var RNG_NS = "http://relaxng.org/ns/structure/1.0";
var XML_NS = "http://www.w3.org/XML/1998/namespace";
var GrammarSyntaxError = class extends Error {
  url;
  constructor(message, url) {
    super(message);
    this.url = url;
  }
};
var ATTRS2 = {
  element: ["name"],
  attribute: ["name"],
  group: [],
  interleave: [],
  choice: [],
  optional: [],
  zeroOrMore: [],
  oneOrMore: [],
  list: [],
  mixed: [],
  ref: ["name"],
  parentRef: ["name"],
  empty: [],
  text: [],
  value: ["type"],
  data: ["type"],
  notAllowed: [],
  externalRef: ["href"],
  grammar: [],
  start: ["combine"],
  define: ["name", "combine"],
  div: [],
  include: ["href"],
  name: [],
  anyName: [],
  nsName: [],
  except: [],
  param: ["name"]
};
var TEXT_ELEMENTS = /* @__PURE__ */ new Set(["name", "value", "param"]);
function resolveUrl(href, base) {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
function parseGrammarXml(text3, url) {
  const parser = new import_saxes2.SaxesParser({ xmlns: true, position: true });
  let root = null;
  const stack = [];
  const nsStack = [/* @__PURE__ */ Object.create(null)];
  const fail = (msg) => {
    throw new GrammarSyntaxError(`${msg} (line ${parser.line})`, url);
  };
  parser.on("error", (e) => fail(e.message));
  parser.on("doctype", () => fail("a DOCTYPE is not allowed in a grammar file"));
  parser.on("opentag", (tag2) => {
    const parentNs = nsStack[nsStack.length - 1];
    const nsMap = Object.create(parentNs);
    for (const [p, u] of Object.entries(tag2.ns ?? {}))
      nsMap[p] = u;
    nsStack.push(nsMap);
    const parent = stack.length > 0 ? stack[stack.length - 1] : void 0;
    if (parent === null || tag2.uri !== RNG_NS) {
      if (stack.length === 0)
        fail(`the root element must be a RelaxNG element, not ${tag2.name}`);
      if (parent && TEXT_ELEMENTS.has(parent.local))
        fail(`${parent.local} cannot contain elements`);
      stack.push(null);
      return;
    }
    const local = tag2.local;
    const allowed = ATTRS2[local];
    if (!allowed)
      fail(`unknown RelaxNG element ${local}`);
    const attrs = /* @__PURE__ */ new Map();
    let xmlBase;
    for (const a of Object.values(tag2.attributes)) {
      if (a.uri === "") {
        if (a.local !== "ns" && a.local !== "datatypeLibrary" && !allowed.includes(a.local))
          fail(`attribute ${a.local} is not allowed on ${local}`);
        attrs.set(a.local, a.value);
      } else if (a.uri === XML_NS && a.local === "base") {
        xmlBase = a.value;
      } else if (a.uri === RNG_NS) {
        fail(`attribute ${a.name} in the RelaxNG namespace is not allowed`);
      }
    }
    const parentBase = parent ? parent.base : url;
    const dl = attrs.get("datatypeLibrary");
    if (dl !== void 0)
      checkDatatypeLibrary(dl, fail);
    const el = {
      local,
      attrs,
      children: [],
      text: "",
      nsMap,
      base: xmlBase !== void 0 ? resolveUrl(xmlBase, parentBase) : parentBase,
      dtLib: dl ?? parent?.dtLib ?? "",
      url,
      line: parser.line
    };
    if (parent)
      parent.children.push(el);
    else
      root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (!top)
      return;
    if (TEXT_ELEMENTS.has(top.local))
      top.text += t;
    else if (/[^ \t\r\n]/.test(t))
      fail(`text is not allowed in ${top.local}`);
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (!top)
      return;
    if (TEXT_ELEMENTS.has(top.local))
      top.text += t;
    else if (/[^ \t\r\n]/.test(t))
      fail(`text is not allowed in ${top.local}`);
  });
  parser.on("closetag", () => {
    const el = stack.pop();
    nsStack.pop();
    if (el && TEXT_ELEMENTS.has(el.local) && el.children.length > 0)
      fail(`${el.local} cannot contain elements`);
  });
  parser.write(text3).close();
  if (!root)
    fail("no root element");
  return root;
}
function checkDatatypeLibrary(v, fail) {
  if (v === "")
    return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(v))
    fail(`datatypeLibrary ${JSON.stringify(v)} is not an absolute URI`);
  if (v.includes("#"))
    fail(`datatypeLibrary ${JSON.stringify(v)} must not have a fragment identifier`);
  if (/[ <>"{}|\\^`]/.test(v) || /%(?![0-9A-Fa-f]{2})/.test(v))
    fail(`datatypeLibrary ${JSON.stringify(v)} is not a valid URI`);
}

// dist/src/relaxng/restrictions.js
var IN_ATTR = 1;
var IN_ONE_OR_MORE = 2;
var IN_OOM_GROUP = 4;
var IN_LIST = 8;
var IN_EXCEPT = 16;
var IN_START = 32;
var EMPTY2 = 0;
var COMPLEX = 1;
var SIMPLE = 2;
function checkRestrictions(start, elements2) {
  const problems = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const elementNc = (p) => elements2[p.elem].nc;
  const path17 = (p, ctx) => {
    const key = `${p.id}:${ctx}`;
    if (seen.has(key))
      return;
    seen.add(key);
    const bad2 = (what) => problems.add(what);
    switch (p.k) {
      case "attribute":
        if (ctx & IN_ATTR)
          bad2("an attribute cannot contain another attribute");
        if (ctx & IN_OOM_GROUP)
          bad2("an attribute cannot be in a group or interleave inside oneOrMore");
        if (ctx & IN_LIST)
          bad2("an attribute cannot be in a list");
        if (ctx & IN_EXCEPT)
          bad2("an attribute cannot be in a data except");
        if (ctx & IN_START)
          bad2("start cannot contain an attribute");
        if (ncInfinite(p.nc) && !(ctx & IN_ONE_OR_MORE))
          bad2("an attribute with anyName or nsName must be inside oneOrMore");
        path17(p.a, ctx | IN_ATTR);
        return;
      case "element":
        if (ctx & IN_ATTR)
          bad2("an attribute cannot contain an element");
        if (ctx & IN_LIST)
          bad2("a list cannot contain an element");
        if (ctx & IN_EXCEPT)
          bad2("a data except cannot contain an element");
        return;
      case "list":
        if (ctx & IN_LIST)
          bad2("a list cannot contain a list");
        if (ctx & IN_EXCEPT)
          bad2("a data except cannot contain a list");
        if (ctx & IN_START)
          bad2("start cannot contain a list");
        path17(p.a, ctx | IN_LIST);
        return;
      case "text":
        if (ctx & IN_LIST)
          bad2("a list cannot contain text");
        if (ctx & IN_EXCEPT)
          bad2("a data except cannot contain text");
        if (ctx & IN_START)
          bad2("start cannot contain text");
        return;
      case "data":
        if (ctx & IN_START)
          bad2("start cannot contain data");
        if (p.a)
          path17(p.a, ctx & ~IN_START | IN_EXCEPT);
        return;
      case "value":
        if (ctx & IN_START)
          bad2("start cannot contain a value");
        return;
      case "empty":
        if (ctx & IN_EXCEPT)
          bad2("a data except cannot contain empty");
        if (ctx & IN_START)
          bad2("start cannot contain empty");
        return;
      case "group":
      case "interleave": {
        if (ctx & IN_EXCEPT)
          bad2(`a data except cannot contain ${p.k}`);
        if (ctx & IN_START)
          bad2(`start cannot contain ${p.k}`);
        if (p.k === "interleave" && ctx & IN_LIST)
          bad2("a list cannot contain interleave");
        const inner = ctx & IN_ONE_OR_MORE ? ctx | IN_OOM_GROUP : ctx;
        for (const x of operands(p))
          path17(x, inner);
        checkGroupAttributes(p, problems);
        if (p.k === "interleave")
          checkInterleave(p, elementNc, problems);
        return;
      }
      case "oneOrMore":
        if (ctx & IN_EXCEPT)
          bad2("a data except cannot contain oneOrMore");
        if (ctx & IN_START)
          bad2("start cannot contain oneOrMore");
        path17(p.a, ctx | IN_ONE_OR_MORE);
        return;
      case "choice":
        for (const a of p.alts)
          path17(a, ctx);
        return;
      case "notAllowed":
      case "after":
        return;
    }
  };
  const ctMemo = /* @__PURE__ */ new Map();
  const groupable = (a, b) => a === EMPTY2 || b === EMPTY2 || a === COMPLEX && b === COMPLEX;
  const contentType = (p) => {
    if (ctMemo.has(p))
      return ctMemo.get(p);
    let ct;
    switch (p.k) {
      case "empty":
      case "notAllowed":
        ct = EMPTY2;
        break;
      case "text":
      case "element":
        ct = COMPLEX;
        break;
      case "attribute":
        ct = contentType(p.a) === null ? null : EMPTY2;
        break;
      case "data":
        ct = p.a && contentType(p.a) === null ? null : SIMPLE;
        break;
      case "value":
      case "list":
        ct = SIMPLE;
        break;
      case "group":
      case "interleave": {
        const ops = operands(p);
        let acc = contentType(ops[0]);
        for (let i = 1; i < ops.length && acc !== null; i++) {
          const b = contentType(ops[i]);
          acc = b !== null && groupable(acc, b) ? Math.max(acc, b) : null;
        }
        ct = acc;
        break;
      }
      case "oneOrMore": {
        const a = contentType(p.a);
        ct = a !== null && groupable(a, a) ? a : null;
        break;
      }
      case "choice": {
        let m = 0;
        for (const x of p.alts) {
          const c = contentType(x);
          if (c === null) {
            m = -1;
            break;
          }
          m = Math.max(m, c);
        }
        ct = m < 0 ? null : m;
        break;
      }
      default:
        ct = EMPTY2;
    }
    ctMemo.set(p, ct);
    return ct;
  };
  const reachable = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const todo = [start];
  while (todo.length > 0) {
    const p = todo.pop();
    if (visited.has(p))
      continue;
    visited.add(p);
    if (p.k === "element") {
      if (!reachable.has(p.elem)) {
        reachable.add(p.elem);
        todo.push(elements2[p.elem].content);
      }
    } else {
      if (p.a)
        todo.push(p.a);
      if (p.b)
        todo.push(p.b);
      if (p.alts)
        todo.push(...p.alts);
    }
  }
  path17(start, IN_START);
  elements2.forEach((e, i) => {
    if (!reachable.has(i))
      return;
    path17(e.content, 0);
    if (contentType(e.content) === null)
      problems.add("an element content mixes data/values/lists with other content (string sequence restriction)");
  });
  return [...problems];
}
function attributeNcs(p, out) {
  switch (p.k) {
    case "attribute":
      out.push(p.nc);
      return;
    case "group":
    case "interleave":
      for (const x of operands(p))
        attributeNcs(x, out);
      return;
    case "oneOrMore":
      attributeNcs(p.a, out);
      return;
    case "choice":
      for (const a of p.alts)
        attributeNcs(a, out);
      return;
    default:
      return;
  }
}
function operands(p) {
  return p.k === "interleave" ? p.alts : [p.a, p.b];
}
function checkGroupAttributes(p, problems) {
  const per = operands(p).map((x) => {
    const out = [];
    attributeNcs(x, out);
    return out;
  });
  for (let i = 0; i < per.length; i++)
    for (let j = i + 1; j < per.length; j++)
      for (const x of per[i])
        for (const y of per[j])
          if (ncOverlap(x, y))
            problems.add("duplicate attribute (attribute name classes overlap in a group or interleave)");
}
function occurring(p, elementNc, ncs) {
  switch (p.k) {
    case "element":
      ncs.push(elementNc(p));
      return false;
    case "text":
      return true;
    case "group":
    case "interleave": {
      let t = false;
      for (const x of operands(p))
        t = occurring(x, elementNc, ncs) || t;
      return t;
    }
    case "oneOrMore":
      return occurring(p.a, elementNc, ncs);
    case "choice": {
      let t = false;
      for (const a of p.alts)
        t = occurring(a, elementNc, ncs) || t;
      return t;
    }
    default:
      return false;
  }
}
function checkInterleave(p, elementNc, problems) {
  const per = p.alts.map((x) => {
    const ncs = [];
    return { text: occurring(x, elementNc, ncs), ncs };
  });
  for (let i = 0; i < per.length; i++)
    for (let j = i + 1; j < per.length; j++) {
      if (per[i].text && per[j].text)
        problems.add("text occurs on both sides of an interleave");
      for (const x of per[i].ncs)
        for (const y of per[j].ncs)
          if (ncOverlap(x, y))
            problems.add("the same element name occurs on both sides of an interleave");
    }
}

// dist/src/relaxng/simplify.js
var Scope = class {
  parent;
  el;
  defines = /* @__PURE__ */ new Map();
  start;
  constructor(parent, el) {
    this.parent = parent;
    this.el = el;
    this.start = { name: "#start", scope: this, bodies: [], refs: [], state: "new", pat: null };
  }
  slot(name) {
    let s = this.defines.get(name);
    if (!s) {
      s = { name, scope: this, bodies: [], refs: [], state: "new", pat: null };
      this.defines.set(name, s);
    }
    return s;
  }
};
var NOT_ALLOWED = { t: "notAllowed" };
var EMPTY3 = { t: "empty" };
var TEXT = { t: "text" };
var XMLNS_URI = "http://www.w3.org/2000/xmlns";
var Compiler = class {
  loader;
  problems = [];
  nct = new NameClassTable();
  pt = new PatternTable();
  elements = [];
  scopes = [];
  loading = [];
  trees = /* @__PURE__ */ new Map();
  elemIndex = /* @__PURE__ */ new Map();
  queue = [];
  constructor(loader) {
    this.loader = loader;
  }
  problem(message, el) {
    const where = el ? ` (line ${el.line})` : "";
    this.problems.push(el ? { message: message + where, url: el.url } : { message });
  }
  load(url, from) {
    const cached = this.trees.get(url);
    if (cached)
      return cached;
    let text3;
    try {
      text3 = this.loader.read(url);
    } catch (e) {
      this.problem(`cannot read ${url}: ${e.message}`, from);
      return null;
    }
    try {
      const tree = parseGrammarXml(text3, url);
      this.trees.set(url, tree);
      return tree;
    } catch (e) {
      if (e instanceof GrammarSyntaxError)
        this.problems.push({ message: e.message, url: e.url });
      else
        this.problems.push({ message: `cannot parse ${url}: ${e.message}`, url });
      return null;
    }
  }
  /** Loads an href'd file, refusing fragments and reference loops. */
  loadHref(el) {
    const href = el.attrs.get("href");
    if (href === void 0) {
      this.problem(`${el.local} needs an href attribute`, el);
      return null;
    }
    if (href.includes("#")) {
      this.problem(`href ${JSON.stringify(href)} must not have a fragment identifier`, el);
      return null;
    }
    const url = this.loader.resolve(el.base, href.trim());
    if (this.loading.includes(url)) {
      this.problem(`${url} refers to itself (loop of include/externalRef)`, el);
      return null;
    }
    const root = this.load(url, el);
    return root ? { root, url } : null;
  }
  compile(entryUrl) {
    const root = this.load(entryUrl, void 0);
    if (!root)
      return null;
    this.loading.push(entryUrl);
    const top = this.pattern(root, null, "");
    this.loading.pop();
    if (this.problems.length > 0)
      return null;
    this.resolveSlots();
    if (this.problems.length > 0)
      return null;
    const start = this.simp(top);
    for (let i = 0; i < this.queue.length; i++) {
      const [node, idx] = this.queue[i];
      this.elements[idx].content = this.simp(node.p);
    }
    if (this.problems.length > 0)
      return null;
    for (const message of checkRestrictions(start, this.elements))
      this.problems.push({ message });
    if (this.problems.length > 0)
      return null;
    return { patterns: this.pt, nameClasses: this.nct, elements: this.elements, start };
  }
  // ---- step 1: RNG elements → Node -------------------------------------------------------------
  nsOf(el, inherited) {
    return el.attrs.get("ns") ?? inherited;
  }
  group(els, scope, ns, parent) {
    if (els.length === 0) {
      this.problem(`${parent.local} needs at least one pattern`, parent);
      return NOT_ALLOWED;
    }
    const ps = els.map((c) => this.pattern(c, scope, ns));
    return ps.length === 1 ? ps[0] : { t: "group", ps };
  }
  noChildren(el) {
    if (el.children.length > 0)
      this.problem(`${el.local} cannot have child elements`, el);
  }
  qname(raw, el, defaultNs) {
    const name = raw.trim();
    const i = name.indexOf(":");
    const prefix = i < 0 ? "" : name.slice(0, i);
    const local = i < 0 ? name : name.slice(i + 1);
    if (i >= 0 && !isNCName2(prefix) || !isNCName2(local)) {
      this.problem(`${JSON.stringify(raw)} is not a valid QName`, el);
      return null;
    }
    if (i < 0)
      return { ns: defaultNs, local };
    if (prefix === "xml")
      return { ns: "http://www.w3.org/XML/1998/namespace", local };
    const uri = el.nsMap[prefix];
    if (uri === void 0) {
      this.problem(`undeclared namespace prefix ${prefix}`, el);
      return null;
    }
    return { ns: uri, local };
  }
  pattern(el, scope, inheritedNs) {
    const ns = this.nsOf(el, inheritedNs);
    const kids = el.children;
    switch (el.local) {
      case "element":
      case "attribute": {
        const isAttr = el.local === "attribute";
        const nameAttr = el.attrs.get("name");
        let nc;
        let content;
        if (nameAttr !== void 0) {
          const q = this.qname(nameAttr, el, isAttr ? el.attrs.get("ns") ?? "" : ns);
          nc = q ? this.nct.name(q.ns, q.local) : null;
          content = kids;
        } else {
          if (kids.length === 0) {
            this.problem(`${el.local} needs a name`, el);
            return NOT_ALLOWED;
          }
          nc = this.nameClass(kids[0], ns, null);
          content = kids.slice(1);
        }
        if (!nc)
          return NOT_ALLOWED;
        if (isAttr) {
          this.checkAttributeName(nc, el);
          if (content.length > 1)
            this.problem("attribute can have only one pattern", el);
          return { t: "attribute", nc, p: content.length === 0 ? TEXT : this.pattern(content[0], scope, ns) };
        }
        return { t: "element", nc, p: this.group(content, scope, ns, el) };
      }
      case "group":
      case "interleave":
      case "choice": {
        if (kids.length === 0) {
          this.problem(`${el.local} needs at least one pattern`, el);
          return NOT_ALLOWED;
        }
        const ps = kids.map((c) => this.pattern(c, scope, ns));
        return ps.length === 1 ? ps[0] : { t: el.local, ps };
      }
      case "optional":
        return { t: "choice", ps: [this.group(kids, scope, ns, el), EMPTY3] };
      case "zeroOrMore":
        return { t: "choice", ps: [{ t: "oneOrMore", p: this.group(kids, scope, ns, el) }, EMPTY3] };
      case "oneOrMore":
      case "list":
        return { t: el.local, p: this.group(kids, scope, ns, el) };
      case "mixed":
        return { t: "interleave", ps: [this.group(kids, scope, ns, el), TEXT] };
      case "ref":
      case "parentRef": {
        this.noChildren(el);
        const name = (el.attrs.get("name") ?? "").trim();
        if (!isNCName2(name)) {
          this.problem(`${el.local} needs a valid name`, el);
          return NOT_ALLOWED;
        }
        const target = el.local === "ref" ? scope : scope?.parent;
        if (!target) {
          this.problem(`${el.local} ${name} is not inside a ${el.local === "ref" ? "grammar" : "nested grammar"}`, el);
          return NOT_ALLOWED;
        }
        const slot = target.slot(name);
        slot.refs.push(el);
        return { t: "ref", slot };
      }
      case "empty":
        this.noChildren(el);
        return EMPTY3;
      case "text":
        this.noChildren(el);
        return TEXT;
      case "notAllowed":
        this.noChildren(el);
        return NOT_ALLOWED;
      case "value":
        return this.value(el, ns);
      case "data":
        return this.data(el, scope, ns);
      case "externalRef": {
        this.noChildren(el);
        const loaded = this.loadHref(el);
        if (!loaded)
          return NOT_ALLOWED;
        this.loading.push(loaded.url);
        const node = this.pattern(loaded.root, scope, loaded.root.attrs.get("ns") ?? ns);
        this.loading.pop();
        return node;
      }
      case "grammar": {
        const g = new Scope(scope, el);
        this.scopes.push(g);
        this.grammarContent(kids, g, ns, null, null);
        return { t: "ref", slot: g.start };
      }
      default:
        this.problem(`${el.local} is not a pattern`, el);
        return NOT_ALLOWED;
    }
  }
  checkAttributeName(nc, el) {
    switch (nc.k) {
      case "name":
        if (nc.ns === XMLNS_URI || nc.ns === "" && nc.local === "xmlns")
          this.problem("an attribute cannot be named xmlns or be in the xmlns namespace", el);
        break;
      case "nsName":
        if (nc.ns === XMLNS_URI)
          this.problem("an attribute cannot be in the xmlns namespace", el);
        if (nc.except)
          this.checkAttributeName(nc.except, el);
        break;
      case "choice":
        this.checkAttributeName(nc.a, el);
        this.checkAttributeName(nc.b, el);
        break;
      case "anyName":
        if (nc.except)
          this.checkAttributeName(nc.except, el);
        break;
    }
  }
  value(el, ns) {
    this.noChildren(el);
    const type = el.attrs.get("type");
    let dt;
    try {
      dt = type === void 0 ? makeDatatype("", "token", []) : makeDatatype(el.dtLib, type.trim(), []);
    } catch (e) {
      if (!(e instanceof DatatypeError))
        throw e;
      this.problem(e.message, el);
      return NOT_ALLOWED;
    }
    const key = dt.valueKey(el.text, (p) => p === "" ? ns : p === "xml" ? "http://www.w3.org/XML/1998/namespace" : el.nsMap[p]);
    if (key === null) {
      this.problem(`${JSON.stringify(el.text)} is not a valid value of datatype ${dt.type}`, el);
      return NOT_ALLOWED;
    }
    return { t: "value", dt, value: el.text, key };
  }
  data(el, scope, ns) {
    const type = el.attrs.get("type");
    if (type === void 0) {
      this.problem("data needs a type attribute", el);
      return NOT_ALLOWED;
    }
    const params = [];
    let except = null;
    el.children.forEach((c, i) => {
      if (c.local === "param" && except === null) {
        this.noChildren(c);
        const name = (c.attrs.get("name") ?? "").trim();
        if (!isNCName2(name))
          this.problem("param needs a name", c);
        params.push({ name, value: c.text });
      } else if (c.local === "except" && i === el.children.length - 1) {
        if (c.children.length === 0)
          this.problem("except needs at least one pattern", c);
        const ps = c.children.map((k) => this.pattern(k, scope, this.nsOf(c, ns)));
        except = ps.length === 1 ? ps[0] : { t: "choice", ps };
      } else {
        this.problem(`${c.local} is not allowed in data`, c);
      }
    });
    try {
      return { t: "data", dt: makeDatatype(el.dtLib, type.trim(), params), except };
    } catch (e) {
      if (!(e instanceof DatatypeError))
        throw e;
      this.problem(e.message, el);
      return NOT_ALLOWED;
    }
  }
  nameClass(el, inheritedNs, inExcept) {
    const ns = this.nsOf(el, inheritedNs);
    switch (el.local) {
      case "name": {
        this.noChildren(el);
        const q = this.qname(el.text, el, ns);
        return q ? this.nct.name(q.ns, q.local) : null;
      }
      case "anyName":
      case "nsName": {
        if (el.local === "anyName" && inExcept) {
          this.problem("anyName cannot occur in the except of anyName or nsName", el);
          return null;
        }
        if (el.local === "nsName" && inExcept === "nsName") {
          this.problem("nsName cannot occur in the except of nsName", el);
          return null;
        }
        let except = null;
        if (el.children.length > 1 || el.children.length === 1 && el.children[0].local !== "except") {
          this.problem(`${el.local} can only contain one except`, el);
          return null;
        }
        if (el.children.length === 1) {
          const ex = el.children[0];
          const exNs = this.nsOf(ex, ns);
          if (ex.children.length === 0) {
            this.problem("except needs at least one name class", ex);
            return null;
          }
          const ctx = el.local === "anyName" ? "anyName" : "nsName";
          for (const c of ex.children) {
            const nc = this.nameClass(c, exNs, inExcept === "anyName" ? "anyName" : ctx);
            if (!nc)
              return null;
            except = except ? this.nct.choice(except, nc) : nc;
          }
        }
        return el.local === "anyName" ? this.nct.anyName(except) : this.nct.nsName(ns, except);
      }
      case "choice": {
        if (el.children.length === 0) {
          this.problem("choice needs at least one name class", el);
          return null;
        }
        let nc = null;
        for (const c of el.children) {
          const x = this.nameClass(c, ns, inExcept);
          if (!x)
            return null;
          nc = nc ? this.nct.choice(nc, x) : x;
        }
        return nc;
      }
      default:
        this.problem(`${el.local} is not a name class`, el);
        return null;
    }
  }
  /** The start/define components directly in `els` (through divs): what an include overrides. */
  components(els, out) {
    for (const el of els) {
      if (el.local === "start")
        out.start = true;
      else if (el.local === "define")
        out.defines.add((el.attrs.get("name") ?? "").trim());
      else if (el.local === "div")
        this.components(el.children, out);
    }
  }
  grammarContent(els, scope, ns, skip, found) {
    for (const el of els) {
      const elNs = this.nsOf(el, ns);
      switch (el.local) {
        case "start": {
          if (skip?.start) {
            found.start = true;
            continue;
          }
          if (el.children.length !== 1)
            this.problem("start must contain exactly one pattern", el);
          const node = el.children.length === 0 ? NOT_ALLOWED : this.pattern(el.children[0], scope, elNs);
          scope.start.bodies.push({ combine: el.attrs.get("combine")?.trim(), node, el });
          break;
        }
        case "define": {
          const name = (el.attrs.get("name") ?? "").trim();
          if (!isNCName2(name)) {
            this.problem("define needs a valid name", el);
            continue;
          }
          if (skip?.defines.has(name)) {
            found.defines.add(name);
            continue;
          }
          const node = this.group(el.children, scope, elNs, el);
          scope.slot(name).bodies.push({ combine: el.attrs.get("combine")?.trim(), node, el });
          break;
        }
        case "div":
          this.grammarContent(el.children, scope, elNs, skip, found);
          break;
        case "include": {
          const own2 = { start: false, defines: /* @__PURE__ */ new Set() };
          this.components(el.children, own2);
          const loaded = this.loadHref(el);
          if (loaded) {
            if (loaded.root.local !== "grammar") {
              this.problem(`${loaded.url} is included but its root is not a grammar`, el);
            } else {
              const inner = {
                start: own2.start || (skip?.start ?? false),
                defines: /* @__PURE__ */ new Set([...own2.defines, ...skip?.defines ?? []])
              };
              const innerFound = { start: false, defines: /* @__PURE__ */ new Set() };
              this.loading.push(loaded.url);
              this.grammarContent(loaded.root.children, scope, loaded.root.attrs.get("ns") ?? elNs, inner, innerFound);
              this.loading.pop();
              if (own2.start && !innerFound.start)
                this.problem(`${loaded.url} has no start for the include to override`, el);
              for (const d of own2.defines)
                if (!innerFound.defines.has(d))
                  this.problem(`${loaded.url} has no define ${d} for the include to override`, el);
              if (found) {
                if (innerFound.start && skip?.start)
                  found.start = true;
                for (const d of innerFound.defines)
                  if (skip?.defines.has(d))
                    found.defines.add(d);
              }
            }
          }
          for (const c of el.children) {
            if (c.local === "include")
              this.problem("include cannot contain include", c);
          }
          this.grammarContent(el.children.filter((c) => c.local !== "include"), scope, elNs, skip, found);
          break;
        }
        default:
          this.problem(`${el.local} is not allowed in a grammar`, el);
      }
    }
  }
  resolveSlots() {
    for (const scope of this.scopes) {
      const slots = [scope.start, ...scope.defines.values()];
      for (const slot of slots) {
        if (slot.bodies.length === 0) {
          if (slot === scope.start)
            this.problem("grammar has no start", scope.el);
          else
            for (const r of slot.refs.slice(0, 1))
              this.problem(`reference to undefined pattern ${slot.name}`, r);
          continue;
        }
        let combine;
        let plain = 0;
        for (const b of slot.bodies) {
          if (b.combine === void 0)
            plain++;
          else if (b.combine !== "choice" && b.combine !== "interleave")
            this.problem(`bad combine value ${b.combine}`, b.el);
          else if (combine !== void 0 && combine !== b.combine)
            this.problem(`${slot.name === "#start" ? "start" : `define ${slot.name}`} is combined with both choice and interleave`, b.el);
          else
            combine = b.combine;
        }
        if (plain > 1)
          this.problem(`${slot.name === "#start" ? "start" : `define ${slot.name}`} is defined more than once without combine`, slot.bodies[1].el);
      }
    }
  }
  slotBody(slot) {
    if (slot.bodies.length === 1)
      return slot.bodies[0].node;
    const combine = slot.bodies.find((b) => b.combine !== void 0)?.combine === "interleave" ? "interleave" : "choice";
    return { t: combine, ps: slot.bodies.map((b) => b.node) };
  }
  // ---- step 2: Node → interned patterns ----------------------------------------------------------
  simp(node) {
    const pt = this.pt;
    switch (node.t) {
      case "empty":
        return pt.empty;
      case "notAllowed":
        return pt.notAllowed;
      case "text":
        return pt.text;
      case "choice": {
        let p = this.simp(node.ps[0]);
        for (let i = 1; i < node.ps.length; i++)
          p = pt.choice(p, this.simp(node.ps[i]));
        return p;
      }
      case "group":
      case "interleave": {
        let p = this.simp(node.ps[0]);
        for (let i = 1; i < node.ps.length; i++) {
          const q = this.simp(node.ps[i]);
          p = node.t === "group" ? pt.group(p, q) : pt.interleave(p, q);
        }
        return p;
      }
      case "oneOrMore":
        return pt.oneOrMore(this.simp(node.p));
      case "list":
        return pt.list(this.simp(node.p));
      case "attribute":
        return pt.attribute(node.nc, this.simp(node.p));
      case "element": {
        let idx = this.elemIndex.get(node);
        if (idx === void 0) {
          idx = this.elements.length;
          this.elements.push({ nc: node.nc, content: pt.notAllowed });
          this.elemIndex.set(node, idx);
          this.queue.push([node, idx]);
        }
        return pt.element(node.nc, idx);
      }
      case "ref": {
        const slot = node.slot;
        if (slot.state === "done")
          return slot.pat;
        if (slot.state === "busy") {
          this.problem(`${slot.name === "#start" ? "start" : slot.name} refers to itself without an element in between`, slot.bodies[0]?.el);
          return pt.notAllowed;
        }
        slot.state = "busy";
        slot.pat = this.simp(this.slotBody(slot));
        slot.state = "done";
        return slot.pat;
      }
      case "data":
        return pt.data(node.dt, node.except ? this.simp(node.except) : null, node.dt.key);
      case "value":
        return pt.valuePat(node.dt, node.value, node.key, node.dt.key);
    }
  }
};
function simplifyGrammar(entryUrl, loader) {
  const c = new Compiler(loader);
  let g = null;
  try {
    g = c.compile(entryUrl);
  } catch (e) {
    if (e instanceof GrammarSyntaxError)
      c.problems.push({ message: e.message, url: e.url });
    else
      throw e;
  }
  if (!g || c.problems.length > 0)
    return { ok: false, problems: c.problems.length > 0 ? c.problems : [{ message: "grammar could not be compiled" }] };
  return { ok: true, grammar: g };
}

// dist/src/relaxng/validator.js
var XML_NS2 = "http://www.w3.org/XML/1998/namespace";
var isWhitespace2 = (s) => /^[ \t\r\n]*$/.test(s);
function emptySets() {
  return { elements: [], attributes: [], values: [], datatypes: [], text: false };
}
function dedupe(xs, key) {
  const seen = /* @__PURE__ */ new Set();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k))
      return false;
    seen.add(k);
    return true;
  });
}
var qkey = (q) => `${q.ns}\0${q.local}`;
function collect2(p, out, withAttributes, seen, elements2) {
  if (seen.has(p))
    return;
  seen.add(p);
  switch (p.k) {
    case "choice":
      for (const a of p.alts)
        collect2(a, out, withAttributes, seen, elements2);
      return;
    case "group":
      collect2(p.a, out, withAttributes, seen, elements2);
      if (p.a.nullable || withAttributes)
        collect2(p.b, out, withAttributes, seen, elements2);
      return;
    case "interleave":
      for (const a of p.alts)
        collect2(a, out, withAttributes, seen, elements2);
      return;
    case "oneOrMore":
      collect2(p.a, out, withAttributes, seen, elements2);
      return;
    case "after":
      collect2(p.a, out, withAttributes, seen, elements2);
      return;
    case "element":
      if (!withAttributes)
        ncNames(elements2[p.elem].nc, out.elements);
      return;
    case "attribute":
      if (withAttributes)
        ncNames(p.nc, out.attributes);
      return;
    case "text":
      if (!withAttributes)
        out.text = true;
      return;
    case "value":
      if (!withAttributes) {
        out.values.push(p.value);
      }
      return;
    case "data":
      if (!withAttributes)
        out.datatypes.push({ library: p.dt.library, type: p.dt.type, params: p.dt.params });
      return;
    case "list":
      if (!withAttributes)
        collect2(p.a, out, false, seen, elements2);
      return;
    default:
      return;
  }
}
function freeze(s) {
  return {
    elements: dedupe(s.elements, qkey),
    attributes: dedupe(s.attributes, qkey),
    values: dedupe(s.values, (v) => v),
    datatypes: dedupe(s.datatypes, (d) => `${d.library}#${d.type}#${JSON.stringify(d.params)}`),
    text: s.text
  };
}
function requiredAttributes(p, out) {
  switch (p.k) {
    case "attribute":
      ncNames(p.nc, out);
      return;
    case "group":
      requiredAttributes(p.a, out);
      requiredAttributes(p.b, out);
      return;
    case "interleave":
      for (const a of p.alts)
        requiredAttributes(a, out);
      return;
    case "after":
    case "oneOrMore":
      requiredAttributes(p.a, out);
      return;
    case "choice": {
      const per = p.alts.map((a) => {
        const o = [];
        requiredAttributes(a, o);
        return o;
      });
      if (per.every((o) => o.length > 0))
        for (const o of per)
          out.push(...o);
      return;
    }
    default:
      return;
  }
}
function attributesNamed(p, ns, local, out, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(p))
    return;
  seen.add(p);
  switch (p.k) {
    case "attribute":
      if (ncContains(p.nc, ns, local))
        out.push(p);
      return;
    case "group":
      attributesNamed(p.a, ns, local, out, seen);
      attributesNamed(p.b, ns, local, out, seen);
      return;
    case "interleave":
      for (const a of p.alts)
        attributesNamed(a, ns, local, out, seen);
      return;
    case "after":
    case "oneOrMore":
      attributesNamed(p.a, ns, local, out, seen);
      return;
    case "choice":
      for (const a of p.alts)
        attributesNamed(a, ns, local, out, seen);
      return;
    default:
      return;
  }
}
function contentComplete(p) {
  if (p.k === "after")
    return p.a.nullable;
  if (p.k === "choice")
    return p.alts.some(contentComplete);
  return p.nullable;
}
var attributeCache = /* @__PURE__ */ new WeakMap();
var fmt = (q) => q.ns ? `{${q.ns}}${q.local}` : q.local;
var DerivativeValidator = class {
  g;
  cur;
  stack = [];
  errors = [];
  d;
  rootNs;
  constructor(g) {
    this.g = g;
    this.cur = g.start;
    this.d = g.deriver;
    this.rootNs = /* @__PURE__ */ Object.create(null);
    this.rootNs.xml = XML_NS2;
  }
  expectedOf(p) {
    if (p.exp)
      return p.exp;
    const s = emptySets();
    collect2(p, s, false, /* @__PURE__ */ new Set(), this.g.elements);
    const e = { ...freeze(s), end: contentComplete(p) };
    p.exp = e;
    return e;
  }
  report(kind, node, expected, message, name, value) {
    const err = { kind, node, expected, message };
    if (name)
      err.name = name;
    if (value !== void 0)
      err.value = value;
    this.errors.push(err);
  }
  startElement(name, attributes, node, namespaces) {
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      this.flushText(parent, false);
      parent.hadElements = true;
    }
    const parentNs = parent ? parent.ns : this.rootNs;
    let ns = parentNs;
    if (namespaces && Object.keys(namespaces).length > 0) {
      ns = Object.create(parentNs);
      for (const [k, v] of Object.entries(namespaces))
        ns[k] = v;
    }
    const resolver = ns === parentNs && parent ? parent.resolver : (prefix) => ns[prefix];
    const d = this.d;
    const qid = this.g.nameId(name.ns, name.local);
    let p = d.startTagOpen(this.cur, qid, name.ns, name.local);
    if (p.k === "notAllowed") {
      const expected = this.expectedOf(this.cur);
      if (parent)
        this.report("unexpected-element", node, expected, `element ${fmt(name)} is not allowed here`, name);
      else
        this.report("unexpected-root", node, expected, `element ${fmt(name)} is not allowed as the root element`, name);
      p = this.g.patterns.after(this.g.recoveryContent(qid, name.ns, name.local), this.cur);
    }
    for (const a of attributes) {
      const aid = this.g.nameId(a.name.ns, a.name.local);
      const next = d.att(p, { ns: a.name.ns, local: a.name.local, value: a.value }, aid, resolver);
      if (next.k !== "notAllowed") {
        p = next;
        continue;
      }
      const named = [];
      attributesNamed(p, a.name.ns, a.name.local, named);
      if (named.length > 0) {
        const s = emptySets();
        for (const at of named)
          collect2(at.a, s, false, /* @__PURE__ */ new Set(), this.g.elements);
        this.report("invalid-attribute-value", a.node, freeze(s), `invalid value ${JSON.stringify(a.value)} for attribute ${fmt(a.name)}`, a.name, a.value);
        const lenient = d.att(p, { ns: a.name.ns, local: a.name.local, value: a.value }, aid, resolver, true);
        if (lenient.k !== "notAllowed")
          p = lenient;
      } else {
        const s = emptySets();
        collect2(p, s, true, /* @__PURE__ */ new Set(), this.g.elements);
        this.report("unexpected-attribute", a.node, freeze(s), `attribute ${fmt(a.name)} is not allowed on element ${fmt(name)}`, a.name);
      }
    }
    const attrState = p;
    let closed = d.startTagClose(p);
    if (closed.k === "notAllowed") {
      const missing = [];
      requiredAttributes(p, missing);
      const expected = { elements: [], attributes: dedupe(missing, qkey), values: [], datatypes: [], text: false };
      const names3 = expected.attributes.map(fmt).join(", ");
      this.report("missing-attribute", node, expected, `element ${fmt(name)} is missing required attribute${missing.length === 1 ? "" : "s"} ${names3}`.trimEnd(), name);
      closed = d.startTagClose(p, true);
    }
    this.cur = closed;
    this.stack.push({ node, attrState, ns, resolver, hadElements: false, text: "", textNode: void 0 });
  }
  text(value, node) {
    const top = this.stack[this.stack.length - 1];
    if (!top)
      return;
    if (top.textNode === void 0 && value !== "")
      top.textNode = node;
    top.text += value;
  }
  /** Feeds the pending text of `f`. `atEnd`: the end tag follows (so the text may be the only child). */
  flushText(f, atEnd) {
    const s = f.text;
    const textNode = f.textNode;
    f.text = "";
    f.textNode = void 0;
    const d = this.d;
    const ws = isWhitespace2(s);
    if (ws) {
      if (atEnd && !f.hadElements)
        this.cur = this.g.patterns.choice(this.cur, d.text(this.cur, s, f.resolver));
      return;
    }
    const next = d.text(this.cur, s, f.resolver);
    if (next.k !== "notAllowed") {
      this.cur = next;
      return;
    }
    const expected = this.expectedOf(this.cur);
    if (expected.datatypes.length > 0 || expected.values.length > 0 || expected.text) {
      this.report("invalid-text", f.node, expected, `invalid value ${JSON.stringify(s.trim())}`, void 0, s);
      const lenient = d.text(this.cur, s, f.resolver, true);
      if (lenient.k !== "notAllowed")
        this.cur = lenient;
    } else {
      this.report("unexpected-text", textNode ?? f.node, expected, "text is not allowed here", void 0, s);
    }
  }
  endElement(_node) {
    const f = this.stack[this.stack.length - 1];
    if (!f)
      return;
    this.flushText(f, true);
    const d = this.d;
    let next = d.endTag(this.cur);
    if (next.k === "notAllowed") {
      const expected = this.expectedOf(this.cur);
      this.report("incomplete-content", f.node, expected, `element content is incomplete${describe(expected)}`);
      next = d.endTag(this.cur, true);
    }
    this.cur = next;
    this.stack.pop();
  }
  end() {
    while (this.stack.length > 0)
      this.endElement(this.stack[this.stack.length - 1].node);
    return this.errors;
  }
  expected() {
    const top = this.stack[this.stack.length - 1];
    const content = this.expectedOf(this.cur);
    if (!top)
      return content;
    let attributes = attributeCache.get(top.attrState);
    if (!attributes) {
      const s = emptySets();
      collect2(top.attrState, s, true, /* @__PURE__ */ new Set(), this.g.elements);
      attributes = dedupe(s.attributes, qkey);
      attributeCache.set(top.attrState, attributes);
    }
    return { ...content, attributes };
  }
};
function describe(e) {
  const parts = [];
  if (e.elements.length > 0)
    parts.push(`expected element ${e.elements.map(fmt).join(", ")}`);
  if (e.values.length > 0)
    parts.push(`expected value ${e.values.map((v) => JSON.stringify(v)).join(", ")}`);
  else if (e.datatypes.length > 0)
    parts.push(`expected ${e.datatypes.map((d) => d.type).join(", ")}`);
  return parts.length > 0 ? `: ${parts.join("; ")}` : "";
}

// dist/src/relaxng/index.js
function compileGrammar(entryUrl, loader) {
  const r = simplifyGrammar(entryUrl, loader);
  if (!r.ok)
    return { ok: false, problems: r.problems };
  return { ok: true, grammar: grammarFromSimplified(r.grammar) };
}
function loadCompiledGrammar(json) {
  return grammarFromJSON(json);
}
function createValidator(grammar) {
  const g = grammar;
  if (!(grammar instanceof GrammarImpl) && !(g.deriver && g.start && typeof g.nameId === "function" && typeof g.recoveryContent === "function"))
    throw new TypeError("not a grammar compiled by this engine");
  return new DerivativeValidator(grammar);
}

// dist/src/schema/feed.js
var XML_NS3 = "http://www.w3.org/XML/1998/namespace";
var NON_BLANK = /[^ \t\r\n]/;
var isNamespaceDecl = (name) => name === "xmlns" || name.startsWith("xmlns:");
function declarationsOf(el) {
  let decls;
  for (const a of el.attributes) {
    if (!isNamespaceDecl(a.name))
      continue;
    decls ??= {};
    decls[a.name === "xmlns" ? "" : a.name.slice(6)] = a.value;
  }
  return decls;
}
function scopeWith(parent, decls) {
  if (!decls)
    return parent;
  const scope = new Map(parent);
  for (const [prefix, uri] of Object.entries(decls))
    scope.set(prefix, uri);
  return scope;
}
function gapText(text3, start, end) {
  let raw = text3.slice(start, end);
  if (raw.includes("<"))
    raw = raw.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, "").replace(/<!\[CDATA\[|\]\]>/g, "");
  if (raw.includes("&#"))
    raw = raw.replace(/&#(?:x0*(?:20|9|a|d)|0*(?:32|9|10|13));/gi, " ");
  return raw;
}
function validateTree(grammar, root, source) {
  const validator = createValidator(grammar);
  const undeclared = [];
  const base = /* @__PURE__ */ new Map();
  const open = (el, parentScope) => {
    const decls = declarationsOf(el);
    const scope = scopeWith(parentScope, decls);
    const colon = el.name.indexOf(":");
    let name;
    if (colon < 0) {
      name = { ns: scope.get("") ?? "", local: el.name };
    } else {
      const ns = scope.get(el.name.slice(0, colon));
      if (ns === void 0)
        undeclared.push({ element: el });
      name = ns === void 0 ? { ns: "", local: el.name } : { ns, local: el.name.slice(colon + 1) };
    }
    const attributes = [];
    for (const a of el.attributes) {
      const c = a.name.indexOf(":");
      if (c < 0) {
        if (a.name !== "xmlns")
          attributes.push({ name: { ns: "", local: a.name }, value: a.value, node: a });
        continue;
      }
      const prefix = a.name.slice(0, c);
      if (prefix === "xmlns")
        continue;
      const ns = prefix === "xml" ? XML_NS3 : scope.get(prefix);
      if (ns === void 0 || ns === "") {
        undeclared.push({ element: el, attribute: a });
        continue;
      }
      attributes.push({ name: { ns, local: a.name.slice(c + 1) }, value: a.value, node: a });
    }
    if (decls)
      validator.startElement(name, attributes, el, decls);
    else
      validator.startElement(name, attributes, el);
    const mixed = el.children.length > 0 && NON_BLANK.test(el.text);
    if (el.children.length === 0 && el.text.length > 0)
      validator.text(el.text, el);
    return { el, scope, next: 0, gapStart: el.contentRange.start.offset, mixed };
  };
  const stack = [open(root, base)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { el } = frame;
    if (frame.next < el.children.length) {
      const child2 = el.children[frame.next++];
      if (frame.mixed) {
        const t = gapText(source, frame.gapStart, child2.range.start.offset);
        if (NON_BLANK.test(t))
          validator.text(t, el);
        frame.gapStart = child2.range.end.offset;
      }
      stack.push(open(child2, frame.scope));
      continue;
    }
    if (frame.mixed) {
      const t = gapText(source, frame.gapStart, el.contentRange.end.offset);
      if (NON_BLANK.test(t))
        validator.text(t, el);
    }
    validator.endElement(el);
    stack.pop();
  }
  return { errors: validator.end(), undeclared };
}

// dist/src/schema/grammars.js
import crypto4 from "node:crypto";
import fs10 from "node:fs";
import path13 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
init_files();
init_bundled();
init_kinds();
var MAX_COMPILED_GRAMMAR_BYTES = 32 * 1024 * 1024;
var CACHE_FORMAT = 1;
var toPath = (url) => url.startsWith("file:") ? fileURLToPath2(url) : url;
var readGrammarFile = (file) => readBoundedRegularFile(file, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false }).toString("utf8");
function schemaSetLoader(dir, read = readGrammarFile) {
  const root = path13.resolve(dir) + path13.sep;
  return {
    resolve: (base, href) => path13.resolve(path13.dirname(toPath(base)), toPath(href)),
    read: (url) => {
      const file = path13.resolve(toPath(url));
      if (!file.startsWith(root) || !file.endsWith(".rng"))
        throw new Error(`${file} is outside the schema directory ${dir}`);
      return read(file);
    }
  };
}
function compileKind(dir, kind, read) {
  const file = path13.join(path13.resolve(dir), KIND_GRAMMARS[kind].file);
  if (!fs10.existsSync(file))
    return { status: "no-grammar", file };
  let outcome;
  try {
    outcome = compileGrammar(file, schemaSetLoader(dir, read));
  } catch (e) {
    return { status: "broken-grammar", file, reason: `internal error while compiling: ${e.message}` };
  }
  if (outcome.ok)
    return { status: "ok", grammar: outcome.grammar };
  const reason = outcome.problems.slice(0, 3).map((p) => p.url ? `${path13.relative(dir, toPath(p.url)) || p.url}: ${p.message}` : p.message).join("; ");
  return { status: "broken-grammar", file, reason: outcome.problems.length > 3 ? `${reason} (and ${outcome.problems.length - 3} more)` : reason };
}
function cacheRoot(env = process.env) {
  if (env.VIRTLINT_GRAMMAR_CACHE === "off")
    return void 0;
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME;
  if (xdg && path13.isAbsolute(xdg))
    return path13.join(xdg, "virtlint", "grammars");
  return home ? path13.join(home, ".cache", "virtlint", "grammars") : void 0;
}
function foreignGrammar(dir, kind) {
  const file = path13.join(dir, KIND_GRAMMARS[kind].file);
  if (!fs10.existsSync(file))
    return { status: "no-grammar", file };
  let files;
  try {
    files = filesBelow(dir, (e) => e.name.endsWith(".rng"));
  } catch (e) {
    return { status: "broken-grammar", file, reason: e.message };
  }
  const texts = /* @__PURE__ */ new Map();
  const hash = crypto4.createHash("sha256").update(`virtlint ${VERSION} format ${CACHE_FORMAT} ${KIND_GRAMMARS[kind].file}\0`);
  for (const f of files) {
    let text3;
    try {
      text3 = readGrammarFile(f);
    } catch {
      continue;
    }
    texts.set(f, text3);
    hash.update(path13.relative(dir, f)).update("\0").update(text3).update("\0");
  }
  const root = cacheRoot();
  const cacheFile = root ? path13.join(root, `${hash.digest("hex").slice(0, 40)}.json`) : void 0;
  if (cacheFile) {
    try {
      const cached = readBoundedRegularFile(cacheFile, { maxBytes: MAX_COMPILED_GRAMMAR_BYTES, followSymlinks: false }).toString("utf8");
      return { status: "ok", grammar: loadCompiledGrammar(JSON.parse(cached)) };
    } catch {
    }
  }
  const outcome = compileKind(dir, kind, (f) => texts.get(f) ?? readGrammarFile(f));
  if (outcome.status === "ok" && cacheFile) {
    try {
      fs10.mkdirSync(path13.dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs10.writeFileSync(tmp, JSON.stringify(outcome.grammar.toJSON()));
      fs10.renameSync(tmp, cacheFile);
    } catch {
    }
  }
  return outcome;
}
function bundledGrammar(kind) {
  const json = path13.join(COMPILED_GRAMMAR_DIR, `${kind}.json`);
  let text3;
  try {
    text3 = fs10.readFileSync(json, "utf8");
  } catch {
    text3 = void 0;
  }
  if (text3 !== void 0) {
    try {
      return { status: "ok", grammar: loadCompiledGrammar(JSON.parse(text3)) };
    } catch {
    }
  }
  return compileKind(BUNDLED_SCHEMA_DIR, kind);
}
var grammars = /* @__PURE__ */ new Map();
var USES_BEFORE_REFRESH = 5e3;
function grammarFor(schemaDir, kind) {
  const dir = schemaDir === void 0 ? void 0 : path13.resolve(schemaDir);
  const key = `${dir ?? ""}\0${kind}`;
  let entry3 = grammars.get(key);
  if (!entry3) {
    const outcome = dir === void 0 || dir === path13.resolve(BUNDLED_SCHEMA_DIR) ? bundledGrammar(kind) : foreignGrammar(dir, kind);
    grammars.set(key, entry3 = { outcome, uses: 0 });
  }
  if (entry3.outcome.status === "ok" && ++entry3.uses > USES_BEFORE_REFRESH) {
    entry3.outcome = { status: "ok", grammar: loadCompiledGrammar(entry3.outcome.grammar.toJSON()) };
    entry3.uses = 0;
  }
  return entry3.outcome;
}

// dist/src/schema/check.js
init_kinds();
var GrammarError = class extends Error {
};
async function checkSchema(doc, kind, options, notes) {
  const outcome = grammarFor(options.schemaDir, kind);
  if (outcome.status === "no-grammar") {
    notes.push(`no grammar for <${doc.root.name}> (${KIND_GRAMMARS[kind].file}) in ${outcome.file}: schema not checked`);
    return [];
  }
  if (outcome.status === "broken-grammar")
    throw new GrammarError(`the grammar ${outcome.file} cannot be compiled: ${outcome.reason}`);
  const result = validateTree(outcome.grammar, doc.root, doc.text);
  if (result.errors.length === 0 && result.undeclared.length === 0)
    return [];
  const [{ schemaDiagnostics: schemaDiagnostics2 }, { grammarIndexFor: grammarIndexFor2 }] = await Promise.all([Promise.resolve().then(() => (init_wording(), wording_exports)), Promise.resolve().then(() => (init_grammar(), grammar_exports))]);
  return schemaDiagnostics2(doc, result, () => {
    try {
      return grammarIndexFor2(options.schemaDir, kind);
    } catch (e) {
      notes.push(`the grammar could not be indexed (${e.message}): schema messages are less precise`);
      return void 0;
    }
  });
}

// dist/src/targets/step.js
init_diagnostic_ids();

// dist/src/targets/check.js
init_diagnostic_ids();

// dist/src/targets/version-table.js
import fs12 from "node:fs";
import path16 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var BUNDLED_VERSIONS_DIR = fileURLToPath3(new URL("../../../schemas/versions/", new URL("../dist/src/targets/version-table.js", import.meta.url).href));
var NAMESPACE_PREFIXES = {
  "http://libvirt.org/schemas/domain/qemu/1.0": "qemu",
  "http://libvirt.org/schemas/domain/lxc/1.0": "lxc",
  "http://libvirt.org/schemas/domain/bhyve/1.0": "bhyve",
  "http://libvirt.org/schemas/domain/xen/1.0": "xen",
  "http://libvirt.org/schemas/domain/vmware/1.0": "vmware",
  "http://www.w3.org/XML/1998/namespace": "xml"
};
var VersionTableError = class extends Error {
};
function splitKey(key) {
  const at = key.indexOf("/@");
  const eq = key.indexOf("=");
  let cut = key.length;
  if (at >= 0)
    cut = at;
  else if (eq >= 0)
    cut = eq;
  const steps = key.slice(0, cut).split("/");
  const tail = at >= 0 ? key.slice(at + 1) : key.slice(cut);
  return { steps, tail: tail && !tail.startsWith("=") ? `/${tail}` : tail };
}
function checkEntry(file, key, e) {
  const where = `${file}: "${key}"`;
  if (typeof e !== "object" || e === null)
    throw new VersionTableError(`${where}: expected an object with since and description`);
  const o = e;
  if (typeof o.since !== "string" || !parseVersion(o.since))
    throw new VersionTableError(`${where}: since must be a version such as "0.9.3"`);
  if (typeof o.description !== "string" || o.description.trim() === "")
    throw new VersionTableError(`${where}: description must be a non-empty string`);
  if (o.values !== void 0 && (!Array.isArray(o.values) || o.values.some((v) => typeof v !== "string"))) {
    throw new VersionTableError(`${where}: values must be an array of strings`);
  }
  if (o.qemu !== void 0 && (typeof o.qemu !== "string" || !parseVersion(o.qemu)))
    throw new VersionTableError(`${where}: qemu must be a version such as "5.0"`);
  for (const k of Object.keys(o)) {
    if (!["since", "description", "values", "qemu"].includes(k))
      throw new VersionTableError(`${where}: unknown key '${k}'`);
  }
  return o;
}
function readTableFiles(dir) {
  const names3 = fs12.readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  return names3.map((name) => {
    const file = path16.join(dir, name);
    let raw;
    try {
      raw = JSON.parse(fs12.readFileSync(file, "utf8"));
    } catch (e) {
      throw new VersionTableError(`${name}: ${e.message}`);
    }
    const o = raw;
    if (typeof o !== "object" || o === null || typeof o.items !== "object" || o.items === null)
      throw new VersionTableError(`${name}: expected { area, source, items }`);
    if (typeof o.area !== "string" || typeof o.source !== "string")
      throw new VersionTableError(`${name}: area and source must be strings`);
    const items = {};
    for (const [key, e] of Object.entries(o.items))
      items[key] = checkEntry(name, key, e);
    return { file: name, area: o.area, source: o.source, items };
  });
}
function compilePattern(key) {
  const { steps, tail } = splitKey(key);
  const body = steps.map((s) => s === "*" ? "(?:[^/@=]+/)*[^/@=]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("/");
  return new RegExp(`^${body}${tail.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}
var VersionTable = class {
  files;
  exact = /* @__PURE__ */ new Map();
  /** Entries whose key has `*` steps (shared definitions such as a device's `<address>`). */
  patterns = [];
  constructor(files) {
    this.files = files;
    const seen = /* @__PURE__ */ new Map();
    for (const f of files) {
      for (const [key, e] of Object.entries(f.items)) {
        if (seen.has(key))
          throw new VersionTableError(`${f.file}: "${key}" is also in another table file`);
        seen.set(key, f.file);
        const resolved = {
          ...e,
          key,
          sinceParts: parseVersion(e.since),
          ...e.qemu ? { qemuParts: parseVersion(e.qemu) } : {}
        };
        if (splitKey(key).steps.includes("*"))
          this.patterns.push({ re: compilePattern(key), specificity: key.replace(/\*/g, "").length, entry: resolved });
        else
          this.exact.set(key, resolved);
      }
    }
    this.patterns.sort((a, b) => b.specificity - a.specificity);
  }
  get size() {
    return this.exact.size + this.patterns.length;
  }
  /** Pattern answers by key: documents repeat the same paths, and a pattern scan is linear. */
  patternMemo = /* @__PURE__ */ new Map();
  /** The entry written for exactly this key, else the most specific `*` key that matches it. */
  lookup(key) {
    const hit = this.exact.get(key);
    if (hit)
      return hit;
    let found = this.patternMemo.get(key);
    if (found === void 0) {
      found = this.patterns.find((p) => p.re.test(key))?.entry ?? null;
      if (this.patternMemo.size >= 5e4)
        this.patternMemo.clear();
      this.patternMemo.set(key, found);
    }
    return found ?? void 0;
  }
  /**
   * The facts for a key. A value key (`…/@bus=virtio`, `…/on_crash=destroy`) without its own entry
   * takes the entry of its attribute or element when that lists the value among `values`.
   */
  entry(key) {
    const own2 = this.lookup(key);
    if (own2)
      return own2;
    const { steps, tail } = splitKey(key);
    const eq = tail.indexOf("=");
    if (eq < 0)
      return void 0;
    const owner = this.lookup(steps.join("/") + tail.slice(0, eq));
    return owner?.values?.includes(tail.slice(eq + 1)) ? owner : void 0;
  }
};
var bundled;
function bundledVersionTable() {
  bundled ??= new VersionTable(readTableFiles(BUNDLED_VERSIONS_DIR));
  return bundled;
}
var newerThan = (since, target) => compareVersions(since, target) > 0;

// dist/src/targets/document-keys.js
function namespaceOf2(el, prefix) {
  const decl = prefix ? `xmlns:${prefix}` : "xmlns";
  for (let cur = el; cur; cur = cur.parent) {
    const a = cur.attributes.find((x) => x.name === decl);
    if (a)
      return a.value;
  }
  return "";
}
function tableName(el, qname, isAttribute) {
  const i = qname.indexOf(":");
  const local = i < 0 ? qname : qname.slice(i + 1);
  if (i < 0 && isAttribute)
    return local;
  if (qname.startsWith("xml:"))
    return qname;
  const ns = namespaceOf2(el, i < 0 ? "" : qname.slice(0, i));
  if (!ns)
    return local;
  const short = NAMESPACE_PREFIXES[ns];
  return short ? `${short}:${local}` : `{${ns}}${local}`;
}
function elementKey(el, parentKey) {
  const name = tableName(el, el.name, false);
  if (parentKey === void 0)
    return name;
  const last = parentKey.slice(parentKey.lastIndexOf("/") + 1);
  return last === name ? parentKey : `${parentKey}/${name}`;
}
function attributeKey(el, elKey, attrName) {
  if (attrName === "xmlns" || attrName.startsWith("xmlns:"))
    return void 0;
  return `${elKey}/@${tableName(el, attrName, true)}`;
}

// dist/src/targets/check.js
var TARGET_RULE_ID = DIAGNOSTIC_IDS.requiresNewerLibvirt;
var TARGET_RULE_DOCS = `${DOCS_BASE_URL}requires-newer-libvirt.md`;
function tooNew(entry3, libvirt, qemu) {
  if (!entry3)
    return void 0;
  const needs = [];
  const targets = [];
  if (libvirt && newerThan(entry3.sinceParts, libvirt.parts)) {
    needs.push(`libvirt \u2265 ${entry3.since}`);
    targets.push(`libvirt ${libvirt.version}`);
  }
  if (qemu && entry3.qemuParts && newerThan(entry3.qemuParts, qemu.parts)) {
    needs.push(`QEMU \u2265 ${entry3.qemu}`);
    targets.push(`QEMU ${qemu.version}`);
  }
  if (needs.length === 0)
    return void 0;
  const target = !qemu && libvirt ? libvirt.version : targets.join(" and ");
  return `needs ${needs.join(" and ")}; the target is ${target}`;
}
var quote2 = (v) => v.includes("'") ? `"${v}"` : `'${v}'`;
function checkTargets(root, targets, table, severity) {
  const binding = bindingTargets(targets);
  const libvirt = binding.get("libvirt");
  const qemu = binding.get("qemu");
  const out = [];
  const report2 = (range, what, why) => {
    out.push({ ruleId: TARGET_RULE_ID, severity, message: `${what} ${why}`, range });
  };
  const stack = [{ el: root, parentKey: void 0 }];
  while (stack.length > 0) {
    const { el, parentKey } = stack.pop();
    const key = elementKey(el, parentKey);
    const own2 = tooNew(table.entry(key), libvirt, qemu);
    if (own2) {
      report2(el.nameRange, `\`<${el.name}>\``, own2);
      continue;
    }
    for (const a of el.attributes) {
      const aKey = attributeKey(el, key, a.name);
      if (!aKey)
        continue;
      const attrWhy = tooNew(table.entry(aKey), libvirt, qemu);
      if (attrWhy) {
        report2(a.range, `\`<${el.name} ${a.name}>\``, attrWhy);
        continue;
      }
      const valueWhy = tooNew(table.entry(`${aKey}=${a.value}`), libvirt, qemu);
      if (valueWhy)
        report2(a.valueRange, `\`<${el.name} ${a.name}=${quote2(a.value)}>\``, valueWhy);
    }
    const text3 = el.text.trim();
    if (text3 && el.children.length === 0) {
      const textWhy = tooNew(table.entry(`${key}=${text3}`), libvirt, qemu);
      if (textWhy)
        report2(el.contentRange, `\`<${el.name}>${text3}</${el.name}>\``, textWhy);
    }
    for (let i = el.children.length - 1; i >= 0; i--)
      stack.push({ el: el.children[i], parentKey: key });
  }
  return out;
}

// dist/src/targets/step.js
function targetStep(root, options, table = bundledVersionTable) {
  if (!options.targets || options.targets.length === 0)
    return [];
  const setting = options.rules?.[TARGET_RULE_ID];
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === "off")
    return [];
  const severity = level === "warn" ? "warning" : "error";
  try {
    return checkTargets(root, options.targets, table(), severity);
  } catch (e) {
    return [{ ruleId: DIAGNOSTIC_IDS.ruleCrashed, severity: "error", message: `Internal error in ${TARGET_RULE_ID}: ${e.message} (please report this)`, range: root.nameRange }];
  }
}

// dist/src/linter/lint.js
init_decode();
init_parse();
init_diagnostic_ids();
var levelOf2 = (setting) => setting === void 0 ? void 0 : typeof setting === "string" ? setting : setting[0];
function compareDiagnostics(a, b) {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId);
}
async function lintText(text3, given = {}) {
  const options = given.rules ? { ...given, rules: expandRuleAliases(given.rules) } : given;
  const filePath = options.filePath ?? "<text>";
  const notes = [];
  const done = (diagnostics2, extra = {}) => ({
    filePath,
    diagnostics: withShortMessages(capPerRule(applyBuiltinLevels(diagnostics2, options.rules).sort(compareDiagnostics))),
    notes: notes.map((n) => shortenMessage(n)),
    source: text3,
    ...extra
  });
  const checked = checkText(text3);
  if (!checked.ok)
    return done([checked.diagnostic]);
  const parsed = parseXml(text3, {
    ...options.maxDepth ? { maxDepth: options.maxDepth } : {},
    ...options.maxAttributes ? { maxAttributes: options.maxAttributes } : {}
  });
  if (!parsed.ok)
    return done([parsed.diagnostic]);
  const doc = parsed.document;
  const verdict = classifyRoot(doc.root);
  if (!("kind" in verdict)) {
    const found = "nearMiss" in verdict ? verdict.nearMiss : verdict.notLibvirt;
    const shown = applyBuiltinLevels([found], options.rules);
    if ("notLibvirt" in verdict && shown.length === 0) {
      notes.push(`skipped: <${doc.root.name}> is not a libvirt document (set schema/unknown-root to warn or error to report such files)`);
      return { ...done([]), skipped: true };
    }
    return done(shown);
  }
  const kind = verdict.kind;
  const diagnostics = await checkSchema(doc, kind, options, notes);
  if (kind === "domain") {
    diagnostics.push(...targetStep(doc.root, options));
    const domain = buildDomain(doc.root);
    const rules = options.ruleSet ?? RULES;
    const levelFor = (id) => levelOf2(options.rules?.[id]) ?? (OFF_BY_DEFAULT.has(id) ? "off" : void 0);
    const needsCaps = rules.some((r) => r.meta.needsCapabilities && levelFor(r.meta.id) !== "off");
    let resolved = { notes: [] };
    if (needsCaps) {
      try {
        resolved = await (options.capabilities ?? NO_CAPABILITIES).resolve(domain.emulator?.value || void 0, { documentPath: options.filePath });
      } catch (e) {
        resolved = { notes: [`capabilities could not be read: ${e.message}`] };
      }
      notes.push(...resolved.notes);
    }
    for (const rule of rules) {
      const setting = options.rules?.[rule.meta.id];
      const level = levelFor(rule.meta.id);
      if (level === "off")
        continue;
      const configured = level === "warn" ? "warning" : level === "error" ? "error" : void 0;
      const context = {
        capabilities: resolved.view,
        options: typeof setting === "object" ? setting.slice(1) : [],
        sourceText: text3,
        report: (r) => {
          diagnostics.push({
            ruleId: rule.meta.id,
            severity: configured ?? r.severity ?? rule.meta.defaultSeverity,
            message: r.message,
            range: r.range,
            ...r.fix ? { fix: r.fix } : {}
          });
        },
        note: (m) => notes.push(m)
      };
      try {
        rule.check(domain, context);
      } catch (e) {
        const plugin = pluginOf(rule);
        diagnostics.push({
          ruleId: DIAGNOSTIC_IDS.ruleCrashed,
          severity: "error",
          message: plugin ? `Internal error in rule ${rule.meta.id} from ${plugin}: ${e.message} (report this to the plugin's authors)` : `Internal error in rule ${rule.meta.id}: ${e.message} (please report this)`,
          range: doc.root.nameRange
        });
      }
    }
  }
  const unusedLevel = builtinLevel(UNUSED_DISABLE_RULE, options.rules) ?? "warn";
  return done(applyInlineDisables(diagnostics, doc.comments, { unusedLevel, isKnownRule: knownRuleIds(options.ruleSet ?? RULES) }), { kind });
}

// dist/src/workers/file-job.js
var START3 = { line: 1, column: 1, offset: 0 };
var FileJob = class {
  run;
  capabilities;
  configs;
  options;
  /** `capabilities` replaces configured capability sources (API callers only; not for workers). */
  constructor(run, capabilities) {
    this.run = run;
    this.capabilities = capabilities;
    this.configs = new ConfigResolver(run.config);
    this.options = new LintOptionsFactory(run);
  }
  async lintOptionsFor(filePath) {
    const opts = this.options.for(await this.configs.forFile(filePath), filePath);
    return this.capabilities ? { ...opts, capabilities: this.capabilities } : opts;
  }
  /** Lints text that is not (or not only) on disk: standard input. Fixes are computed, never written. */
  async lintSource(text3, filePath) {
    const options = await this.lintOptionsFor(filePath);
    const result = await lintText(text3, options);
    if (!this.run.fix)
      return result;
    const fixed = await fixText(text3, result, (t) => lintText(t, options));
    return fixed.output === text3 ? result : { ...fixed.result, output: fixed.output };
  }
  /** `followSymlinks`: false for a file a walk or glob found (a symbolic link there is refused). */
  async lintPath(file, followSymlinks = true) {
    let before;
    try {
      before = fs13.statSync(file);
    } catch {
      before = void 0;
    }
    const read = readDocument(file, this.run.maxBytes ?? DEFAULT_MAX_BYTES, followSymlinks);
    if (!read.ok) {
      const rules = await this.configs.forFile(file).then((c) => c.rules, () => void 0);
      return { filePath: file, diagnostics: applyBuiltinLevels([read.diagnostic], rules), notes: [] };
    }
    const options = await this.lintOptionsFor(file);
    const result = await lintText(read.text, options);
    if (!this.run.fix || !result.diagnostics.some((d) => d.fix))
      return result;
    const fixed = await fixText(read.text, result, (t) => lintText(t, options));
    if (fixed.output === read.text)
      return result;
    if (this.run.fix === "dry-run" || !before)
      return { ...fixed.result, output: fixed.output };
    return this.write(file, read.text, read.encoding, before, fixed.output, fixed.result, result, options.rules);
  }
  write(file, original, encoding, before, output, fixedResult, unfixedResult, rules) {
    const outcome = writeFileAtomically(file, output, encoding, { text: original, mtimeMs: before.mtimeMs, size: before.size }, {}, this.run.lintRoots ? { roots: this.run.lintRoots } : {});
    if (outcome.ok)
      return { ...fixedResult, output };
    const problem = {
      ruleId: DIAGNOSTIC_IDS.ioFixNotWritten,
      severity: "error",
      message: `Fixes were not written: ${outcome.reason}. The file was left untouched; run virtlint --fix again`,
      range: { start: START3, end: START3 }
    };
    return { ...unfixedResult, diagnostics: [...applyBuiltinLevels([problem], rules), ...unfixedResult.diagnostics] };
  }
};

// dist/src/workers/messages.js
function serializeError(e) {
  const err = e instanceof Error ? e : new Error(String(e));
  const name = err instanceof ConfigError ? "ConfigError" : err instanceof GrammarError ? "GrammarError" : err instanceof CapabilityFileError ? "CapabilityFileError" : "Error";
  return { name, message: err.message, ...err.stack ? { stack: err.stack } : {} };
}

// dist/src/workers/worker.js
var port = parentPort;
if (!port)
  throw new Error("worker.js must run in a worker thread");
var probes = /* @__PURE__ */ new Map();
var nextProbe = 0;
setProbeRunner((request) => new Promise((resolve, reject) => {
  const id = nextProbe++;
  probes.set(id, { resolve, reject });
  port.postMessage({ probe: { ...request, id } });
}));
var job = new FileJob(workerData);
var queue = Promise.resolve();
port.on("message", (msg) => {
  if ("probeReply" in msg) {
    const r = msg.probeReply;
    const p = probes.get(r.id);
    probes.delete(r.id);
    if ("profile" in r)
      p?.resolve(r.profile);
    else
      p?.reject(new ProbeError(r.error));
    return;
  }
  const task = msg;
  queue = queue.then(() => job.lintPath(task.file, task.followSymlinks).then((result) => port.postMessage({ id: task.id, result }), (e) => port.postMessage({ id: task.id, error: serializeError(e) })));
});
