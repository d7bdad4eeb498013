import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-3U56Y7DN.js";
import {
  RE2JS
} from "./chunk-ECLXGZKV.js";
import {
  DEFAULT_PROMETHEUS_VERSION
} from "./chunk-WNFNH4WW.js";
import {
  defineCheck,
  defineRule
} from "./chunk-GP62AVUT.js";

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id in this.props)
        result.push([+id, this.props[id]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache2 = this.bufferNode, result = null, depth = 0;
    if (cache2 && cache2.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache2; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id;
        return;
      } else if (size == -4) {
        lookAhead = id;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id >= minRepeatType ? id : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id;
    } else if (size == -3) {
      contextHash = id;
    } else if (size == -4) {
      lookAhead = id;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id) {
    this.data = data;
    this.id = id;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id)
      stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
    return id + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id = values.indexOf(part);
        if (id >= 0)
          flags[id] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@prometheus-io/lezer-promql/dist/index.es.js
var inf$1 = 188;
var nan$1 = 189;
var Bool$1 = 1;
var Ignoring$1 = 2;
var On$1 = 3;
var GroupLeft$1 = 4;
var GroupRight$1 = 5;
var Offset$1 = 6;
var Atan2$1 = 7;
var Avg$1 = 8;
var Bottomk$1 = 9;
var Count$1 = 10;
var CountValues$1 = 11;
var Group$1 = 12;
var Max$1 = 13;
var Min$1 = 14;
var Quantile$1 = 15;
var LimitK$1 = 16;
var LimitRatio$1 = 17;
var Stddev$1 = 18;
var Stdvar$1 = 19;
var Sum$1 = 20;
var Topk$1 = 21;
var By$1 = 22;
var Without$1 = 23;
var And$1 = 24;
var Or$1 = 25;
var Unless$1 = 26;
var StartFn$1 = 27;
var EndFn$1 = 28;
var AtStart$1 = 29;
var AtEnd$1 = 30;
var Smoothed$1 = 31;
var Anchored$1 = 32;
var Fill$1 = 33;
var FillLeft$1 = 34;
var FillRight$1 = 35;
var keywordTokens = {
  inf: inf$1,
  nan: nan$1,
  bool: Bool$1,
  ignoring: Ignoring$1,
  on: On$1,
  group_left: GroupLeft$1,
  group_right: GroupRight$1,
  offset: Offset$1
};
var specializeIdentifier = (value, stack) => {
  return keywordTokens[value.toLowerCase()] || -1;
};
var contextualKeywordTokens = {
  avg: Avg$1,
  atan2: Atan2$1,
  bottomk: Bottomk$1,
  count: Count$1,
  count_values: CountValues$1,
  group: Group$1,
  max: Max$1,
  min: Min$1,
  quantile: Quantile$1,
  limitk: LimitK$1,
  limit_ratio: LimitRatio$1,
  stddev: Stddev$1,
  stdvar: Stdvar$1,
  sum: Sum$1,
  topk: Topk$1,
  by: By$1,
  without: Without$1,
  and: And$1,
  or: Or$1,
  unless: Unless$1,
  smoothed: Smoothed$1,
  anchored: Anchored$1,
  fill: Fill$1,
  fill_left: FillLeft$1,
  fill_right: FillRight$1
};
var extendIdentifier = (value, stack) => {
  if (value === "start" && stack.canShift(StartFn$1)) {
    return StartFn$1;
  }
  if (value === "end" && stack.canShift(EndFn$1)) {
    return EndFn$1;
  }
  if (value.toLowerCase() === "start" && stack.canShift(AtStart$1)) {
    return AtStart$1;
  }
  if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1)) {
    return AtEnd$1;
  }
  const token = contextualKeywordTokens[value.toLowerCase()];
  if (token !== void 0 && stack.canShift(token)) {
    return token;
  }
  return -1;
};
var promQLHighLight = styleTags({
  LineComment: tags.comment,
  LabelName: tags.labelName,
  StringLiteral: tags.string,
  NumberDurationLiteral: tags.number,
  NumberDurationLiteralInDurationContext: tags.number,
  Identifier: tags.variableName,
  "Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year": tags.function(tags.variableName),
  "Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk": tags.operatorKeyword,
  "AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored": tags.modifier,
  "DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf": tags.function(tags.variableName),
  "And Unless Or": tags.logicOperator,
  "Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At": tags.operator,
  UnaryOp: tags.arithmeticOperator,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  "\u26A0": tags.invalid
});
var spec_Identifier = { __proto__: null, absent_over_time: 401, absent: 403, abs: 405, acos: 407, acosh: 409, asin: 411, asinh: 413, atan: 415, atanh: 417, avg_over_time: 419, ceil: 421, changes: 423, clamp: 425, clamp_max: 427, clamp_min: 429, cos: 431, cosh: 433, count_over_time: 435, days_in_month: 437, day_of_month: 439, day_of_week: 441, day_of_year: 443, deg: 445, delta: 447, deriv: 449, exp: 451, first_over_time: 453, floor: 455, histogram_count: 457, histogram_fraction: 459, histogram_quantile: 461, histogram_quantiles: 463, histogram_stddev: 465, histogram_stdvar: 467, histogram_sum: 469, histogram_avg: 471, double_exponential_smoothing: 473, hour: 475, idelta: 477, increase: 479, info: 481, irate: 483, label_replace: 485, label_join: 487, last_over_time: 489, ln: 491, log10: 493, log2: 495, mad_over_time: 497, max_over_time: 499, min_over_time: 501, ts_of_first_over_time: 503, ts_of_max_over_time: 505, ts_of_min_over_time: 507, ts_of_last_over_time: 509, minute: 511, month: 513, pi: 515, predict_linear: 517, present_over_time: 519, quantile_over_time: 521, rad: 523, rate: 525, resets: 527, round: 529, scalar: 531, sgn: 533, sin: 535, sinh: 537, sort: 539, sort_desc: 541, sort_by_label: 543, sort_by_label_desc: 545, start_timestamp: 547, range: 549, step: 551, sqrt: 553, stddev_over_time: 555, stdvar_over_time: 557, sum_over_time: 559, tan: 561, tanh: 563, timestamp: 565, time: 567, vector: 569, year: 571, min_of: 575, max_of: 577 };
var parser = LRParser.deserialize({
  version: 14,
  states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
  stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
  goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
  nodeNames: "\u26A0 Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
  maxTerm: 292,
  nodeProps: [
    ["group", -14, 38, 44, 46, 52, 68, 157, 165, 167, 168, 169, 170, 171, 172, 180, "Expr"]
  ],
  propSources: [promQLHighLight],
  skippedNodes: [0, 36],
  repeatNodeCount: 3,
  tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
  tokenizers: [0, 1, 2],
  topRules: { "PromQL": [0, 37], "MetricName": [1, 183] },
  specialized: [{ term: 71, get: (value, stack) => specializeIdentifier(value) << 1, external: specializeIdentifier }, { term: 71, get: (value, stack) => extendIdentifier(value, stack) << 1 | 1, external: extendIdentifier, extend: true }, { term: 71, get: (value) => spec_Identifier[value] || -1 }],
  tokenPrec: 0
});

// src/rules/promql/functions.ts
var f = (args, ret, variadic = 0, extra = {}) => ({ args: [...args], variadic, ret, ...extra });
var NEW = "2.43";
var EXP = { since: NEW, experimental: true };
var FUNCTIONS = {
  abs: f("v", "v"),
  absent: f("v", "v"),
  absent_over_time: f("m", "v"),
  acos: f("v", "v"),
  acosh: f("v", "v"),
  asin: f("v", "v"),
  asinh: f("v", "v"),
  atan: f("v", "v"),
  atanh: f("v", "v"),
  avg_over_time: f("m", "v"),
  ceil: f("v", "v"),
  changes: f("m", "v"),
  clamp: f("vss", "v"),
  clamp_max: f("vs", "v"),
  clamp_min: f("vs", "v"),
  cos: f("v", "v"),
  cosh: f("v", "v"),
  count_over_time: f("m", "v"),
  days_in_month: f("v", "v", 1),
  day_of_month: f("v", "v", 1),
  day_of_week: f("v", "v", 1),
  day_of_year: f("v", "v", 1),
  deg: f("v", "v"),
  delta: f("m", "v"),
  deriv: f("m", "v"),
  double_exponential_smoothing: f("mss", "v", 0, { since: "3.0", experimental: true }),
  exp: f("v", "v"),
  first_over_time: f("m", "v", 0, { since: "3.0", experimental: true }),
  floor: f("v", "v"),
  histogram_avg: f("v", "v", 0, { since: NEW }),
  histogram_count: f("v", "v"),
  histogram_fraction: f("ssv", "v"),
  histogram_quantile: f("sv", "v"),
  histogram_quantiles: f("v", "v", 0, { since: "3.0", experimental: true, unchecked: true }),
  histogram_stddev: f("v", "v", 0, { since: NEW }),
  histogram_stdvar: f("v", "v", 0, { since: NEW }),
  histogram_sum: f("v", "v"),
  holt_winters: f("mss", "v", 0, { until: "3.0" }),
  hour: f("v", "v", 1),
  idelta: f("m", "v"),
  increase: f("m", "v"),
  info: f("vv", "v", 1, { since: "3.0", experimental: true }),
  irate: f("m", "v"),
  label_join: f("vSSS", "v", -1),
  label_replace: f("vSSSS", "v"),
  last_over_time: f("m", "v"),
  ln: f("v", "v"),
  log10: f("v", "v"),
  log2: f("v", "v"),
  mad_over_time: f("m", "v", 0, EXP),
  max_over_time: f("m", "v"),
  min_over_time: f("m", "v"),
  minute: f("v", "v", 1),
  month: f("v", "v", 1),
  pi: f("", "s"),
  predict_linear: f("ms", "v"),
  present_over_time: f("m", "v"),
  quantile_over_time: f("sm", "v"),
  rad: f("v", "v"),
  rate: f("m", "v"),
  resets: f("m", "v"),
  round: f("vs", "v", 1),
  scalar: f("v", "s"),
  sgn: f("v", "v"),
  sin: f("v", "v"),
  sinh: f("v", "v"),
  sort: f("v", "v"),
  sort_by_label: f("vS", "v", -1, EXP),
  sort_by_label_desc: f("vS", "v", -1, EXP),
  sort_desc: f("v", "v"),
  sqrt: f("v", "v"),
  stddev_over_time: f("m", "v"),
  stdvar_over_time: f("m", "v"),
  sum_over_time: f("m", "v"),
  tan: f("v", "v"),
  tanh: f("v", "v"),
  time: f("", "s"),
  timestamp: f("v", "v"),
  ts_of_first_over_time: f("m", "v", 0, { since: "3.0", experimental: true }),
  ts_of_last_over_time: f("m", "v", 0, { since: "3.0", experimental: true }),
  ts_of_max_over_time: f("m", "v", 0, { since: "3.0", experimental: true }),
  ts_of_min_over_time: f("m", "v", 0, { since: "3.0", experimental: true }),
  vector: f("s", "v"),
  year: f("v", "v", 1),
  // In the lezer grammar; signatures not modelled here (newer experimental functions).
  start: f("", "s", 0, { since: "3.0", experimental: true, unchecked: true }),
  end: f("", "s", 0, { since: "3.0", experimental: true, unchecked: true }),
  range: f("", "s", 0, { since: "3.0", experimental: true, unchecked: true }),
  step: f("", "s", 0, { since: "3.0", experimental: true, unchecked: true }),
  start_timestamp: f("v", "v", 0, { since: "3.0", experimental: true, unchecked: true })
};
var AGGREGATE_PARAM = {
  topk: "s",
  bottomk: "s",
  quantile: "s",
  count_values: "S",
  limitk: "s",
  limit_ratio: "s"
};
var EXPERIMENTAL_AGGREGATES = /* @__PURE__ */ new Set(["limitk", "limit_ratio"]);
var TYPE_NAME = { v: "instant vector", m: "range vector", s: "scalar", S: "string" };

// src/rules/options.ts
var DEFAULT_VERSION = DEFAULT_PROMETHEUS_VERSION;
function parseVersion(v) {
  const m = /^v?(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [3, 5];
}
function atLeastVersion(a, b) {
  const [M, m] = parseVersion(b);
  return a[0] > M || a[0] === M && a[1] >= m;
}
function resolveOptions(o = {}) {
  const versionText = o.prometheusVersion ?? DEFAULT_VERSION;
  const version = parseVersion(versionText);
  return {
    version,
    versionText,
    nameValidation: o.nameValidation ?? (version[0] >= 3 ? "utf8" : "legacy"),
    features: new Set(o.features ?? []),
    ignoreUnknownFields: o.ignoreUnknownFields ?? false
  };
}

// src/rules/names.ts
var LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
var LEGACY_METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
function validUtf8(s) {
  return s.length > 0 && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
function isValidLabelName(name2, scheme) {
  return scheme === "legacy" ? LEGACY_LABEL.test(name2) : validUtf8(name2);
}
function isValidMetricName(name2, scheme) {
  return scheme === "legacy" ? LEGACY_METRIC.test(name2) : validUtf8(name2);
}
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
var UNIT_MS = [365 * 24 * 36e5, 7 * 24 * 36e5, 24 * 36e5, 36e5, 6e4, 1e3, 1];
function parseDuration(s) {
  if (s === "0") return { ms: 0 };
  if (s === "") return { error: "empty duration string" };
  const m = DURATION.exec(s);
  if (!m) return { error: `not a valid duration string: ${JSON.stringify(s)}` };
  let ms = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    if (m[i + 1] === void 0) continue;
    ms += Number(m[i + 1]) * UNIT_MS[i];
    if (!Number.isSafeInteger(ms) || ms > 9223372036854) return { error: `duration out of range: ${JSON.stringify(s)}` };
  }
  return { ms };
}
function durationHint(s) {
  const t2 = s.trim();
  if (/^\d+$/.test(t2)) return `Add a unit: "${t2}s" or "${t2}m" (units: ms, s, m, h, d, w, y).`;
  if (/^\d+\s+[a-z]+$/.test(t2)) return `Remove the space: "${t2.replace(/\s+/g, "")}".`;
  if (/^\d*\.\d+/.test(t2)) return 'Durations take whole numbers only: write "90m" instead of "1.5h".';
  if (/[A-Z]/.test(t2)) return `Units are lowercase: "${t2.toLowerCase()}".`;
  return 'Use a Prometheus duration such as "30s", "5m" or "1h30m" (units in order y w d h m s ms).';
}

// src/rules/promql/lexical.ts
var CLOSE = { "(": ")", "[": "]", "{": "}" };
var OPEN = { ")": "(", "]": "[", "}": "{" };
function scanString(e, i, issues) {
  const q = e[i];
  let j = i + 1;
  while (j < e.length) {
    const c = e[j];
    if (c === "\\") {
      const n = e[j + 1];
      if (n === void 0) break;
      if ("abfnrtv\\".includes(n) || n === q) {
        j += 2;
        continue;
      }
      const hex = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
      if (hex || /[0-7]/.test(n)) {
        const len = hex || 3;
        const digits = e.slice(j + (hex ? 2 : 1), j + (hex ? 2 : 1) + len);
        if (digits.length === len && (hex ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/).test(digits)) {
          const cp = parseInt(digits, hex ? 16 : 8);
          if (!hex && cp > 255 || cp > 1114111 || cp >= 55296 && cp <= 57343 && n !== "x") {
            issues.push({ kind: "syntax", from: j, to: j + (hex ? 2 : 1) + len, message: `escape sequence \`${e.slice(j, j + (hex ? 2 : 1) + len)}\` is an invalid Unicode code point` });
          }
          j += (hex ? 2 : 1) + len;
          continue;
        }
      }
      issues.push({
        kind: "syntax",
        from: j,
        to: j + 2,
        message: `unknown escape sequence \`\\${n}\` in a quoted string`,
        hint: `PromQL strings accept \\n \\t \\\\ \\${q} and \\x/\\u escapes only. For a regex write \`\\\\${n}\` (doubled backslash), or quote the string with backticks: \`...\\${n}...\`.`
      });
      j += 2;
      continue;
    }
    if (c === "\n") break;
    if (c === q) return j + 1;
    j++;
  }
  issues.push({ kind: "syntax", from: i, to: Math.min(j, e.length), message: `unterminated quoted string starting with ${q}`, hint: `Close the string with ${q}.` });
  return -1;
}
function lexicalCheck(e) {
  const issues = [];
  const stack = [];
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === "#") {
      const n = e.indexOf("\n", i);
      i = n < 0 ? e.length : n;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = scanString(e, i, issues);
      if (end < 0) return issues;
      i = end - 1;
      continue;
    }
    if (c === "`") {
      const end = e.indexOf("`", i + 1);
      if (end < 0) {
        issues.push({ kind: "syntax", from: i, to: e.length, message: "unterminated raw string starting with `", hint: "Close the string with a backtick." });
        return issues;
      }
      i = end;
      continue;
    }
    if (c in CLOSE) stack.push({ ch: c, pos: i });
    else if (c in OPEN) {
      const top = stack.pop();
      if (!top) {
        issues.push({ kind: "syntax", from: i, to: i + 1, message: `unexpected \`${c}\`: there is no \`${OPEN[c]}\` for it to close`, hint: `Remove this \`${c}\` or add the missing \`${OPEN[c]}\` before it.` });
        return issues;
      }
      if (top.ch !== OPEN[c]) {
        issues.push({
          kind: "syntax",
          from: i,
          to: i + 1,
          message: `unexpected \`${c}\`: the \`${top.ch}\` after "${e.slice(Math.max(0, top.pos - 20), top.pos).replace(/\s+/g, " ").trimStart()}" must be closed with \`${CLOSE[top.ch]}\` first`,
          hint: `Add \`${CLOSE[top.ch]}\` before this \`${c}\`.`
        });
        return issues;
      }
    }
  }
  if (stack.length) {
    const top = stack[stack.length - 1];
    issues.push({
      kind: "syntax",
      from: top.pos,
      to: top.pos + 1,
      message: `unclosed \`${top.ch}\`: missing \`${CLOSE[top.ch]}\`${stack.length > 1 ? ` (${stack.length} brackets are left open)` : ""}`,
      hint: `Add \`${stack.map((s) => CLOSE[s.ch]).reverse().join("")}\` where the expression should close.`
    });
  }
  return issues;
}
function outsideStrings(e, fn) {
  let out = "";
  let seg = "";
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === '"' || c === "'" || c === "`" || c === "#") {
      let j = i + 1;
      if (c === "#") {
        j = e.indexOf("\n", i);
        if (j < 0) j = e.length;
      } else {
        while (j < e.length && e[j] !== c) j += e[j] === "\\" && c !== "`" ? 2 : 1;
        j++;
      }
      out += fn(seg) + e.slice(i, j);
      seg = "";
      i = j - 1;
      continue;
    }
    seg += c;
  }
  return out + fn(seg);
}
function unquote(raw) {
  if (raw.startsWith("`")) return raw.slice(1, -1);
  const body = raw.slice(1, -1);
  const simple = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", '"': '"', "'": "'" };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, s) => {
    if (s.length === 1) return simple[s] ?? s;
    if (/^[0-7]{3}$/.test(s)) return String.fromCharCode(parseInt(s, 8));
    const cp = parseInt(s.slice(1), 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
  });
}
function describeToken(e, from) {
  const rest = e.slice(from);
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*|[0-9][0-9a-zA-Z_.]*|"[^"\n]*"?|'[^'\n]*'?|`[^`]*`?|[=!<>]=|=~|!~|\S)/.exec(rest);
  if (!m) return "end of expression";
  const t2 = m[1];
  if (/^[a-zA-Z_:]/.test(t2) && t2 !== ":") return `identifier "${t2}"`;
  if (/^[0-9]/.test(t2)) return `number "${t2}"`;
  if (/^["'`]/.test(t2)) return `string ${t2.length > 40 ? t2.slice(0, 40) + "\u2026" : t2}`;
  return `"${t2}"`;
}

// src/rules/promql/syntax-error.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "offset",
  "and",
  "or",
  "unless",
  "atan2",
  "fill",
  "fill_left",
  "fill_right",
  "start",
  "end"
]);
function syntaxIssue(e, from, o) {
  const before = e.slice(0, from);
  const after = e.slice(from);
  const call = /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*$/.exec(before);
  if (call && /^\s*\(/.test(after) && ["atan2", "and", "or", "unless"].includes(call[1].toLowerCase())) {
    const op = call[1];
    return {
      kind: "syntax",
      from: call.index,
      to: call.index + op.length,
      message: `unexpected operator \`${op}\`: it is a binary operator, not a function`,
      hint: `Write it between its operands: \`a ${op} b\`.`
    };
  }
  const frac = /(\d+\.\d+)$/.exec(before);
  const unit = /^(ms|[smhdwy])\b/.exec(after);
  if (frac && unit) {
    const text = frac[1] + unit[1];
    return {
      kind: "syntax",
      from: frac.index,
      to: from + unit[1].length,
      message: `not a valid duration string: "${text}"`,
      hint: 'Durations take whole numbers with units, largest first: write "90m" instead of "1.5h".'
    };
  }
  if (call && /^\s*\(/.test(after) && !KEYWORDS.has(call[1].toLowerCase())) {
    const name2 = call[1];
    const known = Object.keys(FUNCTIONS).filter((f2) => {
      const s = FUNCTIONS[f2];
      return !(s.until && atLeastVersion(o.version, s.until)) && !(s.since && !atLeastVersion(o.version, s.since));
    });
    const guess = didYouMean(name2, known);
    return {
      kind: "unknown-function",
      from: call.index,
      to: call.index + name2.length,
      message: `unknown function with name "${name2}"`,
      hint: guess ? `Did you mean \`${guess}\`?` : "See https://prometheus.io/docs/prometheus/latest/querying/functions/ for the functions PromQL has."
    };
  }
  if (after.trim() === "") {
    const op = /(\+|-|\*|\/|%|\^|==|!=|>=|<=|>|<|\band\b|\bor\b|\bunless\b|\bbool\b|,|\boffset\b|@)\s*$/i.exec(before);
    return {
      kind: "syntax",
      from: Math.max(0, before.trimEnd().length - 1),
      to: Math.max(1, before.trimEnd().length),
      message: op ? `unexpected end of expression after \`${op[1]}\`` : "unexpected end of expression",
      hint: op ? /^(offset|@)$/i.test(op[1]) ? `\`${op[1]}\` needs ${op[1] === "@" ? "a timestamp: `@ 1609746000`" : "a duration: `offset 5m`"}.` : `Complete the expression after \`${op[1]}\`, or remove it.` : void 0
    };
  }
  const lead = /^\s*/.exec(after)[0].length;
  const tok = describeToken(e, from);
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*|[0-9][0-9a-zA-Z_.]*|\S)/.exec(after);
  const len = m ? m[1].length : 1;
  return { kind: "syntax", from: from + lead, to: from + lead + len, message: `unexpected ${tok}`, hint: syntaxHint(before, m?.[1] ?? "", tok) };
}
function enclosing(before) {
  const stack = [];
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < before.length && before[j] !== c) j += before[j] === "\\" && c !== "`" ? 2 : 1;
      i = j;
    } else if (c === "#") {
      const n = before.indexOf("\n", i);
      i = n < 0 ? before.length : n;
    } else if (c in CLOSE) stack.push(c);
    else if (c in OPEN) stack.pop();
  }
  return stack[stack.length - 1] ?? "";
}
function syntaxHint(before, token, tok) {
  const prevWord = /([a-zA-Z_]+)\s*$/.exec(before)?.[1]?.toLowerCase();
  const inside = enclosing(before);
  const isIdent = /^identifier/.test(tok);
  if (prevWord && ["by", "without", "on", "ignoring", "group_left", "group_right"].includes(prevWord) && /[\s]$|[a-z]$/i.test(before)) {
    return `\`${prevWord}\` takes its labels in parentheses: \`${prevWord} (${isIdent ? token : "label"})\`.`;
  }
  if (isIdent && token.toLowerCase() === "for") return "`for` is a field of the rule, not PromQL: write `for: 5m` on its own line next to `expr:`.";
  if (inside === "{") {
    if (isIdent && /(=|!=|=~|!~)\s*$/.test(before)) return `Label values are strings: quote it, e.g. \`="${token}"\`.`;
    if (isIdent && /["'`]\s+$/.test(before)) return 'Separate label matchers with commas: `{a="1", b="2"}`.';
    if (/^[=~:!]/.test(token)) return 'Label matchers use `=`, `!=`, `=~` or `!~`: `{job="api"}`.';
    if (token === ",") return "Remove the extra comma: an empty label matcher is not allowed.";
  }
  if (inside === "(" && isIdent && /[\w)\]}"'.]\s+$/.test(before)) return "Separate function arguments with commas: `histogram_quantile(0.9, ...)`.";
  if (isIdent && /[\w)\]}"']\s+$/.test(before)) return "Two expressions in a row: is an operator (such as `and`, `+`, `>`) missing between them?";
  if (token === "." && /\d$/.test(before)) return "A number has at most one decimal point.";
  if (token === "(" && /\)\s*$/.test(before)) return "Two parenthesized expressions in a row: is an operator or a comma missing, or is the aggregation's `by (...)` clause written twice?";
  return void 0;
}

// src/rules/promql/tree.ts
var POSTFIX = /* @__PURE__ */ new Set(["MatrixSelector", "SubqueryExpr", "OffsetExpr", "StepInvariantExpr", "AnchoredExpr", "SmoothedExpr"]);
function exprChildren(n) {
  const out = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.type.is("Expr")) out.push(c);
  return out;
}
function build(syn, depth = 0) {
  if (depth > 5e3) return { name: "Deep", from: syn.from, to: syn.to, syn, kids: [] };
  const body = syn.name === "FunctionCall" || syn.name === "AggregateExpr" ? syn.getChild("FunctionCallBody") : syn;
  const kids = body ? exprChildren(body).map((k) => build(k, depth + 1)) : [];
  const x = { name: syn.name, from: syn.from, to: syn.to, syn, kids };
  const first = kids[0];
  if (POSTFIX.has(x.name) && first && (first.name === "BinaryExpr" || first.name === "UnaryExpr")) return rotate(x, first);
  return x;
}
function rotate(p, target) {
  if (target.name === "BinaryExpr" && target.kids.length === 2) return { ...target, to: p.to, kids: [target.kids[0], rotate(p, target.kids[1])] };
  if (target.name === "UnaryExpr" && target.kids.length === 1) return { ...target, to: p.to, kids: [rotate(p, target.kids[0])] };
  return { ...p, from: target.from, kids: [target, ...p.kids.slice(1)] };
}

// src/rules/promql/analyze.ts
var NOT_IN_GRAMMAR = /* @__PURE__ */ new Set(["holt_winters"]);
var MAX_EXPR = 256 * 1024;
var DURATION_EXPR_DEFAULT = "3.13";
var Analyzer = class {
  constructor(e, o, subst) {
    this.e = e;
    this.o = o;
    this.subst = subst;
  }
  e;
  o;
  subst;
  issues = [];
  text(n) {
    return this.e.slice(n.from, n.to);
  }
  add(kind, n, message, hint) {
    const i = { kind, from: n.from, to: Math.max(n.to, n.from + 1), message };
    if (hint) i.hint = hint;
    this.issues.push(i);
  }
  exprs(n) {
    return n.kids;
  }
  feature(n, what, flag) {
    if (this.o.version[0] < 3) {
      this.add("feature", n, `${what} does not exist in Prometheus ${this.o.versionText}`, `Remove it, or check the rules for the Prometheus 3.x you deploy (--prometheus-version).`);
    } else if (!this.o.features.has(flag)) {
      this.add(
        "feature",
        n,
        `${what} is experimental: Prometheus rejects it unless started with --enable-feature=${flag}`,
        `Enable the feature in Prometheus (and tell promgate with the same flag), or rewrite the expression without it.`
      );
    }
  }
  walk(n) {
    if (!n) return void 0;
    switch (n.name) {
      case "PromQL":
      case "ParenExpr":
        return this.walk(this.exprs(n)[0] ?? null);
      case "NumberDurationLiteral":
        this.numberLiteral(n.syn);
        return "s";
      case "StringLiteral":
        return "S";
      case "VectorSelector":
        this.selector(n.syn);
        return "v";
      case "MatrixSelector": {
        const inner = this.exprs(n)[0];
        this.duration(n.syn.getChild("DurationExpr"), true);
        if (inner && (inner.name === "OffsetExpr" || inner.name === "StepInvariantExpr")) {
          this.add("syntax", inner, "no offset or @ modifiers allowed before a range", "Put the range first: `x[5m] offset 1h`.");
        } else if (inner && inner.name !== "VectorSelector") {
          this.walk(inner);
          this.add(
            "type",
            inner,
            `ranges only allowed for vector selectors, not for \`${this.text(inner)}\``,
            "Use a subquery for expressions: `(expr)[5m:1m]`."
          );
        } else this.walk(inner ?? null);
        return "m";
      }
      case "SubqueryExpr": {
        const inner = this.exprs(n)[0];
        const t2 = this.walk(inner ?? null);
        n.syn.getChildren("DurationExpr").forEach((d, i) => this.duration(d, i === 0, i === 0 ? "subquery range" : "subquery step"));
        if (t2 && t2 !== "v") this.add("type", inner, `subquery is only allowed on instant vector, got ${TYPE_NAME[t2]}`);
        return "m";
      }
      case "OffsetExpr":
      case "StepInvariantExpr": {
        const inner = this.exprs(n)[0];
        const mod = n.name === "OffsetExpr" ? "offset" : "@";
        if (n.name === "OffsetExpr") this.offsetDuration(n.syn.getChild("OffsetDurationExpr"));
        else this.atTimestamp(n.kids[1]?.syn ?? null);
        let t2 = inner;
        while (t2 && (t2.name === "OffsetExpr" || t2.name === "StepInvariantExpr")) {
          if (t2.name === n.name) {
            this.add("syntax", n, `${mod === "@" ? "@ <timestamp>" : "offset"} may not be set multiple times`, `Keep one \`${mod}\`.`);
            return this.walk(inner ?? null);
          }
          t2 = this.exprs(t2)[0];
        }
        if (t2 && !["VectorSelector", "MatrixSelector", "SubqueryExpr", "AnchoredExpr", "SmoothedExpr"].includes(t2.name)) {
          this.add(
            "syntax",
            t2,
            `${mod} modifier must be preceded by an instant vector selector or range vector selector or a subquery`,
            mod === "offset" ? "Move `offset` next to the selector: `rate(x[5m] offset 1h)`." : "Move `@` next to the selector."
          );
        }
        return this.walk(inner ?? null);
      }
      case "AnchoredExpr":
      case "SmoothedExpr": {
        const word = n.name === "AnchoredExpr" ? "anchored" : "smoothed";
        this.feature({ from: n.syn.lastChild?.from ?? n.from, to: n.to }, `the \`${word}\` range modifier`, "promql-extended-range-selectors");
        return this.walk(this.exprs(n)[0] ?? null);
      }
      case "UnaryExpr": {
        const inner = this.exprs(n)[0];
        const t2 = this.walk(inner ?? null);
        if (t2 && t2 !== "s" && t2 !== "v") this.add("type", n, `unary expression only allowed on expressions of type scalar or instant vector, got ${TYPE_NAME[t2]}`);
        return t2;
      }
      case "BinaryExpr":
        return this.binary(n);
      case "AggregateExpr":
        return this.aggregate(n);
      case "FunctionCall":
        return this.call(n);
      default:
        for (const c of this.exprs(n)) this.walk(c);
        return void 0;
    }
  }
  /** `@ <timestamp>`: finite and within int64 milliseconds, as Prometheus requires. */
  atTimestamp(n) {
    if (!n) return;
    const t2 = this.text(n).toLowerCase().replace(/_/g, "");
    const v = /inf|nan/.test(t2) ? NaN : Number(t2);
    if (!Number.isFinite(v) || Math.abs(v) >= 9223372036854776) {
      this.add("syntax", n, `timestamp out of bounds for @ modifier: ${this.text(n)}`, "Use a Unix timestamp in seconds, `start()` or `end()`.");
    }
  }
  /** 2.x knew neither `_` in numbers nor durations used as numbers (3.0 made them interchangeable). */
  numberLiteral(n) {
    const raw = this.text(n).replace(/^[-+]/, "").replace(/_/g, "");
    if (/^[0-9.]/.test(raw) && !/^0x/i.test(raw) && !/[smhdwy]/.test(raw) && !Number.isFinite(Number(raw))) {
      this.add("syntax", n, `error parsing number: "${raw}" is out of range`, "Use a smaller number, or `Inf`.");
    }
    if (this.o.version[0] >= 3) return;
    const t2 = this.text(n).replace(/^[-+]/, "");
    if (t2.includes("_")) this.add("syntax", n, `bad number or duration syntax: "${t2}" (\`_\` separators need Prometheus 3.x)`, `Write ${t2.replace(/_/g, "")}.`);
    else if (/^\d+(ms|[smhdwy])/.test(t2)) this.add("syntax", n, `unexpected duration "${t2}" (durations as numbers need Prometheus 3.x)`, "Write the number of seconds.");
  }
  /** A literal range/offset: a duration with a unit before 3.0; never zero for a range. */
  durationLiteral(lit, isRange, context) {
    const t2 = this.text(lit);
    const unit = /^(\d+(ms|[smhdwy]))+$/.test(t2);
    if (!unit && this.o.version[0] < 3) {
      this.add("syntax", lit, `unexpected number "${t2}" in ${context}, expected a duration with a unit (numbers as durations need Prometheus 3.x)`, `Write ${t2}s.`);
      return;
    }
    const d = unit ? parseDuration(t2) : { ms: Number(t2) * 1e3 };
    if ((isRange || this.o.version[0] < 3) && "ms" in d && d.ms === 0) {
      this.add("syntax", lit, "duration must be greater than 0", isRange ? "Use a range such as `[5m]`." : "Remove the zero duration.");
    }
  }
  duration(d, isRange = false, context = "range") {
    if (!d) return;
    const only = d.firstChild;
    if (only && only.name === "NumberDurationLiteralInDurationContext" && !only.nextSibling) {
      this.durationLiteral(only, isRange, context);
      return;
    }
    this.durationFeature(d, `the duration expression \`${this.text(d)}\``);
  }
  /** Duration arithmetic: behind a flag in 3.x until it was enabled by default (3.13, approximately). */
  durationFeature(d, what) {
    if (atLeastVersion(this.o.version, DURATION_EXPR_DEFAULT)) return;
    this.feature(d, what, "promql-duration-expr");
  }
  offsetDuration(d) {
    if (!d) return;
    let n = d;
    while (n && n.name === "OffsetDurationExpr" && n.firstChild?.name === "UnaryOp") n = n.lastChild;
    const c = n?.name === "OffsetDurationExpr" ? n.firstChild : n;
    if (c && c.name === "NumberDurationLiteralInDurationContext" && !c.nextSibling) {
      this.durationLiteral(c, false, "offset");
      return;
    }
    this.durationFeature(d, `the offset expression \`${this.text(d)}\``);
  }
  selector(n) {
    const ident = n.getChild("Identifier");
    const ms = n.getChild("LabelMatchers");
    let nameCount = ident ? 1 : 0;
    let notEmpty = !!ident;
    if (!ms) return;
    for (let m = ms.firstChild; m; m = m.nextSibling) {
      if ((m.name === "QuotedLabelName" || m.name === "QuotedLabelMatcher") && this.o.version[0] < 3) {
        this.add("syntax", m, `quoted label names need Prometheus 3.x (UTF-8 names); unexpected string in label matching`, "Use an unquoted name, or check for Prometheus 3.x with --prometheus-version.");
      }
      if (m.name === "QuotedLabelName") {
        nameCount++;
        notEmpty = true;
        continue;
      }
      if (m.name !== "UnquotedLabelMatcher" && m.name !== "QuotedLabelMatcher") continue;
      const nameNode = m.firstChild;
      const op = m.getChild("MatchOp");
      const valNode = m.lastChild;
      if (!nameNode || !op || !valNode || valNode.name !== "StringLiteral") continue;
      const name2 = nameNode.name === "QuotedLabelName" ? unquote(this.text(nameNode)) : this.text(nameNode);
      const opText = this.text(op);
      const value = unquote(this.text(valNode));
      let matchesEmpty;
      if (opText === "=~" || opText === "!~") {
        let re;
        try {
          RE2JS.compile(value);
          if (this.o.version[0] < 3 && /\(\?</.test(value)) throw new Error("invalid or unsupported Perl syntax: `(?<` (named groups `(?<name>...)` need Prometheus 3.x; write `(?P<name>...)`)");
          re = RE2JS.compile(`^(?:${value})$`);
        } catch (err) {
          this.add(
            "syntax",
            valNode,
            `invalid regular expression ${JSON.stringify(value)}: ${err.message.replace(/^error parsing regexp: /, "")}`,
            "Prometheus regexes use RE2 syntax (no lookarounds or backreferences)."
          );
          continue;
        }
        matchesEmpty = opText === "=~" ? re.matches("") : !re.matches("");
      } else matchesEmpty = opText === "=" ? value === "" : value !== "";
      if (!matchesEmpty) notEmpty = true;
      if (name2 === "__name__") nameCount++;
    }
    if (nameCount > 1 && ident) this.add("syntax", n, `metric name must not be set twice: \`${this.text(ident)}\` and a __name__ matcher`, "Keep one of them.");
    if (!notEmpty) this.add(
      "syntax",
      n,
      "vector selector must contain at least one non-empty matcher",
      'Add a metric name or a matcher that does not match the empty string, e.g. `{job=~".+"}`.'
    );
  }
  binary(n) {
    const [lhs, rhs] = this.exprs(n);
    const lt = this.walk(lhs ?? null), rt = this.walk(rhs ?? null);
    let opNode = null;
    for (let c = n.syn.firstChild; c && !opNode; c = c.nextSibling) {
      if (!c.type.is("Expr") && !["BoolModifier", "MatchingModifierClause", "FillModifier"].includes(c.name) && !c.type.isError) opNode = c;
    }
    const op = opNode ? this.text(opNode).toLowerCase() : "";
    const isBool = !!n.syn.getChild("BoolModifier");
    const matching = n.syn.getChild("MatchingModifierClause");
    const fill = n.syn.getChild("FillModifier");
    if (fill) this.feature(fill, "the `fill()` binary operator modifier", "promql-binop-fill-modifiers");
    if (op === "</" || op === ">/") this.feature(opNode ?? n, `the \`${op}\` operator`, "promql-experimental-functions");
    const comparison = ["==", "!=", ">", "<", ">=", "<="].includes(op);
    const setOp = ["and", "or", "unless"].includes(op);
    const opAt = opNode ?? n;
    if (isBool && !comparison) this.add("syntax", n.syn.getChild("BoolModifier"), "bool modifier can only be used on comparison operators");
    if (comparison && !isBool && lt === "s" && rt === "s") {
      this.add("type", opAt, "comparisons between scalars must use BOOL modifier", `Write \`${op} bool\`.`);
    }
    let groupKind = "";
    if (matching) {
      const labels = matching.getChildren("GroupingLabels").map((g) => this.labelList(g));
      const onMode = !!matching.getChild("On");
      groupKind = matching.getChild("GroupLeft") ? "group_left" : matching.getChild("GroupRight") ? "group_right" : "";
      if (onMode && labels.length > 1) {
        for (const l of labels[1]) if (labels[0].includes(l)) this.add("syntax", matching, `label "${l}" must not occur in ON and GROUP clause at once`);
      }
      if ((lt !== "v" || rt !== "v") && lt && rt && (labels[0]?.length ?? 0) > 0) {
        this.add("type", matching, "vector matching only allowed between instant vectors");
      }
    }
    for (const [t2, side] of [[lt, lhs], [rt, rhs]]) {
      if (t2 && t2 !== "s" && t2 !== "v" && side) {
        this.add(
          "type",
          side,
          `binary expression must contain only scalar and instant vector types, got ${TYPE_NAME[t2]}`,
          t2 === "m" ? "Wrap the range vector in a function such as `rate(...)` or `avg_over_time(...)`." : void 0
        );
      }
    }
    if (setOp && lt === "v" && rt === "v" && groupKind) this.add("syntax", matching, `no grouping allowed for "${op}" operation`);
    if (setOp && (lt === "s" || rt === "s")) this.add("type", opAt, `set operator "${op}" not allowed in binary scalar expression`);
    if (!lt || !rt) return lt === "v" || rt === "v" ? "v" : void 0;
    return lt === "v" || rt === "v" ? "v" : "s";
  }
  labelList(g) {
    const out = [];
    for (let c = g.firstChild; c; c = c.nextSibling) {
      if (c.name === "LabelName") out.push(this.text(c));
      else if (c.name === "QuotedLabelName") {
        if (this.o.version[0] < 3) this.add("syntax", c, "quoted label names need Prometheus 3.x (UTF-8 names); unexpected string in grouping opts", "Use an unquoted label name.");
        out.push(unquote(this.text(c)));
      }
    }
    return out;
  }
  expect(arg, t2, want, context, hint) {
    if (!t2 || t2 === want) return;
    this.add("type", arg, `expected type ${TYPE_NAME[want]} in ${context}, got ${TYPE_NAME[t2]}`, hint);
  }
  aggregate(n) {
    const opNode = n.syn.getChild("AggregateOp");
    const op = opNode ? this.text(opNode).toLowerCase() : "";
    const body = n.syn.getChild("FunctionCallBody");
    const args = n.kids;
    const types = args.map((a) => this.walk(a));
    if (EXPERIMENTAL_AGGREGATES.has(op) && opNode) this.feature(opNode, `the \`${op}\` aggregation`, "promql-experimental-functions");
    const mod = n.syn.getChild("AggregateModifier")?.getChild("GroupingLabels");
    if (mod) this.labelList(mod);
    const param = AGGREGATE_PARAM[op];
    const want = param ? 2 : 1;
    if (args.length !== want) {
      this.add(
        "function-args",
        body ?? n,
        `wrong number of arguments for aggregate expression provided, expected ${want}, got ${args.length}`,
        param ? `Write \`${op}(<${TYPE_NAME[param]}>, <instant vector>)\`.` : `Write \`${op}(<instant vector>)\`; put grouping in \`by (...)\`.`
      );
      return "v";
    }
    if (param) this.expect(args[0], types[0], param, "aggregation parameter");
    const last = args.length - 1;
    this.expect(
      args[last],
      types[last],
      "v",
      "aggregation expression",
      types[last] === "m" ? `Aggregate over time first, e.g. \`${op}(rate(...))\` or \`${op}(avg_over_time(...))\`.` : void 0
    );
    return "v";
  }
  call(n) {
    let id = n.syn.getChild("FunctionIdentifier");
    const body = n.syn.getChild("FunctionCallBody");
    const args = n.kids;
    const types = args.map((a) => this.walk(a));
    if (!id) return void 0;
    const name2 = this.subst.get(id.from) ?? this.text(id);
    const sig = FUNCTIONS[name2];
    if (!sig) return void 0;
    if (this.subst.has(id.from)) id = { from: id.from, to: id.from + name2.length };
    if (sig.until && atLeastVersion(this.o.version, sig.until)) {
      this.add(
        "unknown-function",
        id,
        `unknown function with name "${name2}" (removed in Prometheus ${sig.until})`,
        name2 === "holt_winters" ? "Prometheus 3.0 renamed it to `double_exponential_smoothing` (experimental: --enable-feature=promql-experimental-functions)." : void 0
      );
      return sig.ret;
    }
    if (sig.since && !atLeastVersion(this.o.version, sig.since)) {
      this.add(
        "unknown-function",
        id,
        `unknown function with name "${name2}" in Prometheus ${this.o.versionText} (added in a later version)`,
        "Upgrade Prometheus or rewrite the expression; check --prometheus-version matches what you deploy."
      );
      return sig.ret;
    }
    if (sig.experimental) this.feature(id, `the function "${name2}"`, "promql-experimental-functions");
    if (sig.unchecked) return sig.ret;
    const nargs = sig.args.length;
    const ctx = `call to function "${name2}"`;
    const usage = `${name2}(${sig.args.map((t2, i) => sig.variadic !== 0 && i === nargs - 1 ? `[${TYPE_NAME[t2]}${sig.variadic < 0 ? ", ..." : ""}]` : TYPE_NAME[t2]).join(", ")})`;
    if (sig.variadic === 0) {
      if (nargs !== args.length) {
        this.add("function-args", body ?? n, `expected ${nargs} argument(s) in ${ctx}, got ${args.length}`, `Usage: ${usage}.`);
        return sig.ret;
      }
    } else {
      const min = nargs - 1;
      if (min > args.length) {
        this.add("function-args", body ?? n, `expected at least ${min} argument(s) in ${ctx}, got ${args.length}`, `Usage: ${usage}.`);
        return sig.ret;
      }
      if (sig.variadic > 0 && min + sig.variadic < args.length) {
        this.add("function-args", body ?? n, `expected at most ${min + sig.variadic} argument(s) in ${ctx}, got ${args.length}`, `Usage: ${usage}.`);
        return sig.ret;
      }
    }
    args.forEach((a, i) => {
      const want = sig.args[Math.min(i, nargs - 1)];
      let hint;
      if (want === "m" && types[i] === "v" && a.name === "VectorSelector") hint = `Add a range: \`${name2}(${this.text(a)}[5m])\`.`;
      else if (want === "m" && types[i] === "v") hint = `Use a subquery: \`${name2}((${this.text(a)})[5m:])\`.`;
      else if (want === "v" && types[i] === "m") hint = "Remove the range, or apply a *_over_time / rate function first.";
      else if (want === "s" && types[i] === "v") hint = `Use a number, or \`scalar(...)\` to turn a one-element vector into a scalar.`;
      this.expect(a, types[i], want, ctx, hint);
    });
    return sig.ret;
  }
};
function analyzePromql(expr, o) {
  if (expr.length > MAX_EXPR) return [{ kind: "syntax", from: 0, to: 1, message: `expression longer than ${MAX_EXPR} characters; not checked` }];
  if (expr.trim() === "") return [{ kind: "syntax", from: 0, to: Math.max(1, expr.length), message: "empty expression" }];
  if (expr.replace(/#[^\n]*/g, "").trim() === "") {
    return [{ kind: "syntax", from: 0, to: expr.length, message: "no expression found in input (only comments)", hint: "Write the PromQL expression; `#` starts a comment that runs to the end of the line." }];
  }
  const lexical = lexicalCheck(expr);
  if (lexical.length) return lexical;
  const subst = /* @__PURE__ */ new Map();
  let text = expr;
  for (const name2 of NOT_IN_GRAMMAR) {
    const re = new RegExp(`(?<![\\w:])${name2}(?=\\s*\\()`, "g");
    text = text.replace(re, (m, at) => {
      subst.set(at, name2);
      return "abs" + " ".repeat(m.length - 3);
    });
  }
  text = outsideStrings(text, (seg) => seg.replace(/(?<![\w.])(\d+)\.(?![\w.])/g, "$1 ").replace(/(?<![\w.])0X(?=[0-9a-fA-F])/g, "0x"));
  const tree = parser.parse(text);
  let err;
  tree.iterate({ enter: (n) => {
    if (!err && n.type.isError) {
      err = { from: n.from, to: n.to };
      return false;
    }
    return !err;
  } });
  if (err) {
    const ops = (text.slice(0, err.from).match(/[-+*/%^]|==|!=|>=|<=|[<>]|\b(?:and|or|unless)\b/g) ?? []).length;
    if (ops >= 200) {
      return [{
        kind: "syntax",
        unchecked: true,
        from: 0,
        to: Math.min(expr.length, 1),
        message: `expression has more than 200 chained binary operators; the PromQL grammar promgate uses cannot check it past offset ${err.from}, so the rest is not checked`,
        hint: "Split it into recording rules, or check it with promtool."
      }];
    }
    return [syntaxIssue(expr, err.from, o)];
  }
  const a = new Analyzer(text, o, subst);
  a.walk(build(tree.topNode));
  return a.issues;
}

// src/rules/context.ts
function defineRuleCheck(check) {
  return defineCheck(check);
}
function ruleLabel(rule, group) {
  if (rule.alert?.value) return `alert "${rule.alert.value}"`;
  if (rule.record?.value) return `record "${rule.record.value}"`;
  return group?.name?.value ? `rule ${rule.index} of group "${group.name.value}"` : `rule ${rule.index}`;
}
function innerSpan(file, s, from, to) {
  if (!s.map.exact) return s.span;
  const o = s.map.offsets;
  const a = o[Math.min(from, o.length - 1)];
  const lastChar = Math.min(Math.max(to - 1, from), o.length - 1);
  const b = lastChar < o.length - 1 ? o[lastChar] + 1 : o[o.length - 1];
  return file.lines.span(a, Math.max(a, b));
}
var cache = /* @__PURE__ */ new WeakMap();
function promqlIssues(rule, o) {
  let v = cache.get(rule);
  if (!v) {
    v = rule.expr && rule.expr.value !== "" ? analyzePromql(rule.expr.value, o) : [];
    cache.set(rule, v);
  }
  return v;
}
function reportPromql(ctx, kind) {
  const seen = /* @__PURE__ */ new Set();
  for (const g of ctx.file.groups) {
    for (const r of g.rules) {
      if (!r.expr) continue;
      for (const i of ctx.promql(r)) {
        if (i.kind !== kind) continue;
        const key = `${r.expr.start}:${i.from}:${i.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report({
          messageId: "issue",
          data: { detail: i.message, rule: ruleLabel(r, g), hint: i.hint ?? "See https://prometheus.io/docs/prometheus/latest/querying/basics/." },
          location: innerSpan(ctx.file, r.expr, i.from, i.to),
          ...i.unchecked ? { severity: "info" } : {}
        });
      }
    }
  }
}
function legacyWhy(o, name2) {
  if (o.nameValidation === "legacy" && name2 !== "" && /^[^\ud800-\udfff]*$/.test(name2)) {
    return o.version[0] >= 3 ? " (the config sets metric_name_validation_scheme: legacy, which allows only [a-zA-Z_][a-zA-Z0-9_]* here)" : ` (Prometheus ${o.versionText} allows only [a-zA-Z_][a-zA-Z0-9_]* here; UTF-8 names need 3.0 or later)`;
  }
  return "";
}

// src/rules/checks/yaml-syntax.ts
var yaml_syntax_default = defineRuleCheck({
  id: "rules/yaml-syntax",
  severity: "error",
  description: "Write rule files as valid YAML.",
  messages: { error: "YAML syntax error: {detail}" },
  hints: { error: 'Fix the YAML here; Prometheus rejects the whole file ("yaml: ...") and loads none of its rules.' },
  check({ file, report }) {
    for (const e of file.yamlErrors) report({ messageId: "error", data: { detail: e.message }, location: e.span });
  }
});

// src/rules/checks/duplicate-group-name.ts
var duplicate_group_name_default = defineRuleCheck({
  id: "rules/duplicate-group-name",
  severity: "error",
  description: "Give every rule group in a file its own name.",
  messages: { duplicate: 'group name "{name}" is repeated in the same file (first used on line {line})' },
  hints: { duplicate: 'Rename one of them, e.g. name: "{name}-2", or merge their rules into one group.' },
  check({ file, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const g of file.groups) {
      if (!g.name || g.name.value === "") continue;
      const first = seen.get(g.name.value);
      if (!first) {
        seen.set(g.name.value, g.name.span);
        continue;
      }
      report({
        messageId: "duplicate",
        data: { name: g.name.value, line: first.line },
        location: g.name.span,
        related: [{ span: first, label: "first used here" }]
      });
    }
  }
});

// src/rules/checks/duplicate-rule.ts
var duplicate_rule_default = defineRuleCheck({
  id: "rules/duplicate-rule",
  severity: "warning",
  description: "Do not define the same rule (name and labels) twice in a file.",
  messages: { duplicate: '{kind} "{name}" with the same labels is already defined on line {line} (promtool: "duplicate rule(s) found")' },
  hints: { duplicate: "Remove one of them, or tell them apart with a label; two rules writing the same series make inconsistent results." },
  check({ file, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const g of file.groups) {
      for (const r of g.rules) {
        const name2 = r.record?.value || r.alert?.value;
        if (!name2) continue;
        const labels = (r.labels?.entries ?? []).map((e) => [e.key.value, e.value.value]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
        const key = JSON.stringify([name2, labels]);
        const at = (r.record?.value ? r.record.span : r.alert?.span) ?? r.head;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, at);
          continue;
        }
        report({
          messageId: "duplicate",
          data: { kind: r.record?.value ? "record" : "alert", name: name2, line: first.line },
          location: at,
          related: [{ span: first, label: "first defined here" }]
        });
      }
    }
  }
});

// src/rules/checks/empty-group-name.ts
var empty_group_name_default = defineRuleCheck({
  id: "rules/empty-group-name",
  severity: "error",
  description: "Give every rule group a name.",
  messages: { empty: 'rule group {index} has no name (Prometheus: "Groupname must not be empty")' },
  hints: { empty: "Add `name: <group-name>` to the group; names must be unique within the file." },
  check({ file, report }) {
    for (const g of file.groups) {
      if (!g.name || g.name.value === "") report({ messageId: "empty", data: { index: g.index }, location: g.name?.isNull === false ? g.name.span : g.head });
    }
  }
});

// src/rules/checks/extra-yaml-document.ts
var extra_yaml_document_default = defineRuleCheck({
  id: "rules/extra-yaml-document",
  severity: "warning",
  description: "Keep each rule file to one YAML document.",
  messages: { extra: "a second YAML document starts here; Prometheus reads only the first document of a rule file and ignores the rest" },
  hints: { extra: "Move these groups under the first `groups:` and remove the `---` separator, or put them in their own file." },
  check({ file, report }) {
    for (const span of file.extraDocuments) report({ messageId: "extra", location: span });
  }
});

// src/rules/checks/file-limit.ts
var file_limit_default = defineRule({
  id: "rules/file-limit",
  severity: "error",
  description: "Keep rule files within promgate's size and count limits.",
  messages: {
    tooLarge: 'rule file "{path}" is {size} bytes, over the {limit}-byte limit; it was not checked',
    tooMany: "rule_files match more than {limit} files; the rest were not checked"
  },
  hints: {
    tooLarge: "Split the file, or raise the limit with the `maxFileBytes` option.",
    tooMany: "Narrow the globs, or raise the limit with the `maxFiles` option."
  }
});

// src/rules/checks/file-not-found.ts
var file_not_found_default = defineRule({
  id: "rules/file-not-found",
  severity: "error",
  description: "Point every rule_files entry at a rule file that exists.",
  messages: {
    missing: 'rule file "{path}" does not exist (Prometheus: "{path}" does not point to an existing file)',
    unreadable: 'rule file "{path}" cannot be read: {detail}',
    badPattern: 'rule_files entry "{path}" is not a valid glob pattern ({detail}); Prometheus refuses the config'
  },
  hints: {
    missing: "Fix the path (it is relative to the folder of {config}), or add the file.",
    unreadable: "Make it a regular, readable file.",
    badPattern: "Glob patterns accept `*`, `?` and `[...]` (as Go's filepath.Match); escape a literal `[` as `\\[`."
  }
});

// src/rules/checks/glob-matches-nothing.ts
var glob_matches_nothing_default = defineRule({
  id: "rules/glob-matches-nothing",
  severity: "warning",
  description: "Make every rule_files pattern match at least one file.",
  messages: { nothing: 'rule_files pattern "{path}" matches no file: Prometheus accepts it and silently loads no rules from it' },
  hints: { nothing: "Fix the pattern (it is relative to the folder of {config}; `*` does not descend into folders), or remove the entry." }
});

// src/rules/checks/invalid-annotation-name.ts
var invalid_annotation_name_default = defineRuleCheck({
  id: "rules/invalid-annotation-name",
  severity: "error",
  description: "Use valid label names as annotation names.",
  messages: { invalid: 'invalid annotation name "{name}" on {owner}{why}' },
  hints: { invalid: "Use letters, digits and `_`, not starting with a digit, e.g. `{suggestion}`." },
  check({ file, options, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        for (const e of r.annotations?.entries ?? []) {
          const name2 = e.key.value;
          if (isValidLabelName(name2, options.nameValidation)) continue;
          const suggestion = name2.replace(/[^a-zA-Z0-9_]/g, "_").replace(/^([0-9])/, "_$1") || "summary";
          report({ messageId: "invalid", data: { name: name2, owner: ruleLabel(r, g), why: legacyWhy(options, name2), suggestion }, location: e.key.span });
        }
      }
    }
  }
});

// src/rules/checks/invalid-duration.ts
var invalid_duration_default = defineRuleCheck({
  id: "rules/invalid-duration",
  severity: "error",
  description: "Write interval, query_offset, for and keep_firing_for as Prometheus durations.",
  messages: { invalid: "invalid `{field}` value {value}: {detail}" },
  hints: { invalid: "{hint}" },
  check({ file, report }) {
    const check = (field, s) => {
      if (!s || s.isNull) return;
      const r = parseDuration(s.value);
      if ("error" in r) {
        report({ messageId: "invalid", data: { field, value: JSON.stringify(s.value), detail: r.error, hint: durationHint(s.value) }, location: s.span });
      }
    };
    for (const g of file.groups) {
      check("interval", g.interval);
      check("query_offset", g.queryOffset);
      for (const r of g.rules) {
        check("for", r.for);
        check("keep_firing_for", r.keepFiringFor);
      }
    }
  }
});

// src/rules/checks/invalid-field-type.ts
var invalid_field_type_default = defineRuleCheck({
  id: "rules/invalid-field-type",
  severity: "error",
  description: "Give every rule file field the type rulefmt expects.",
  messages: { type: '{detail} (Prometheus: "cannot unmarshal ...")' },
  hints: { type: "{hint}" },
  check({ file, report }) {
    for (const p of file.typeErrors) {
      report({ messageId: "type", data: { detail: p.message, hint: p.hint ?? "See https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/#rule_group for the shape of a rule file." }, location: p.span });
    }
  }
});

// src/rules/checks/invalid-label-name.ts
var invalid_label_name_default = defineRuleCheck({
  id: "rules/invalid-label-name",
  severity: "error",
  description: "Use valid label names in rule and group labels.",
  messages: {
    invalid: 'invalid label name "{name}" on {owner}{why}',
    reserved: 'invalid label name "__name__" on {owner}: a rule cannot set the metric name through its labels'
  },
  hints: {
    invalid: "Use letters, digits and `_`, not starting with a digit, e.g. `{suggestion}`.",
    reserved: "For a recording rule, set the name with `record:`; otherwise remove this label."
  },
  check({ file, options, report }) {
    const each = (entries, owner) => {
      for (const e of entries ?? []) {
        const name2 = e.key.value;
        if (name2 === "__name__") report({ messageId: "reserved", data: { owner }, location: e.key.span });
        else if (!isValidLabelName(name2, options.nameValidation)) {
          const suggestion = name2.replace(/[^a-zA-Z0-9_]/g, "_").replace(/^([0-9])/, "_$1") || "label_name";
          report({ messageId: "invalid", data: { name: name2, owner, why: legacyWhy(options, name2), suggestion }, location: e.key.span });
        }
      }
    };
    for (const g of file.groups) {
      each(g.labels?.entries, `group "${g.name?.value ?? g.index}"`);
      for (const r of g.rules) each(r.labels?.entries, ruleLabel(r, g));
    }
  }
});

// src/rules/checks/invalid-record-name.ts
var invalid_record_name_default = defineRuleCheck({
  id: "rules/invalid-record-name",
  severity: "error",
  description: "Name recording rules with a valid metric name.",
  messages: {
    invalid: 'invalid recording rule name "{name}"{why}',
    braces: "braces present in the recording rule name; should it be in expr?: {name}"
  },
  hints: {
    invalid: "Use a metric name such as `job:http_requests:rate5m` (letters, digits, `_` and `:`; not starting with a digit).",
    braces: "Move the selector into `expr` and keep only the name, e.g. record: `{base}`."
  },
  check({ file, options, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        const rec = r.record;
        if (!rec || rec.value === "") continue;
        if (!isValidMetricName(rec.value, options.nameValidation)) {
          report({ messageId: "invalid", data: { name: rec.value, why: legacyWhy(options, rec.value) }, location: rec.span });
        }
        if (/[{}]/.test(rec.value)) {
          report({ messageId: "braces", data: { name: rec.value, base: rec.value.replace(/\{.*$/s, "") || "my_metric" }, location: rec.span });
        }
      }
    }
  }
});

// src/rules/checks/missing-expr.ts
var missing_expr_default = defineRuleCheck({
  id: "rules/missing-expr",
  severity: "error",
  description: "Give every rule a PromQL `expr`.",
  messages: { missing: "{rule} has no `expr` (Prometheus: \"field 'expr' must be set in rule\")" },
  hints: { missing: "Add `expr: <PromQL expression>` to the rule." },
  check({ file, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        if (!r.expr || r.expr.value === "") report({ messageId: "missing", data: { rule: ruleLabel(r, g) }, location: r.expr && !r.expr.isNull ? r.expr.span : r.head });
      }
    }
  }
});

// src/rules/checks/missing-groups.ts
var missing_groups_default = defineRuleCheck({
  id: "rules/missing-groups",
  severity: "warning",
  description: "Put the rules of a rule file under a top-level `groups` key.",
  messages: { missing: "this rule file has no top-level `groups` key: Prometheus loads it as zero rules" },
  hints: { missing: "Start the file with `groups:` and list rule groups under it (each with `name` and `rules`)." },
  check({ file, report }) {
    if (file.hasGroups || file.yamlErrors.length || file.typeErrors.length) return;
    if (file.unknownFields.some((u) => u.where === "rule file")) return;
    report({ messageId: "missing", location: file.lines.span(0, 0) });
  }
});

// src/rules/checks/missing-record-or-alert.ts
var missing_record_or_alert_default = defineRuleCheck({
  id: "rules/missing-record-or-alert",
  severity: "error",
  description: "Make every rule either a recording rule (`record`) or an alerting rule (`alert`).",
  messages: { missing: "rule {index} of group \"{group}\" has neither `record` nor `alert` (Prometheus: \"one of 'record' or 'alert' must be set\")" },
  hints: { missing: "Add `record: <metric_name>` to store the result as a new series, or `alert: <AlertName>` to alert on it." },
  check({ file, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        if (!r.record?.value && !r.alert?.value) report({ messageId: "missing", data: { index: r.index, group: g.name?.value ?? "" }, location: r.head });
      }
    }
  }
});

// src/rules/checks/promql-feature-disabled.ts
var promql_feature_disabled_default = defineRuleCheck({
  id: "rules/promql-feature-disabled",
  severity: "error",
  description: "Use experimental PromQL only where the feature flag is on.",
  messages: { issue: "{detail} (in {rule})" },
  hints: { issue: "{hint}" },
  check(ctx) {
    reportPromql(ctx, "feature");
  }
});

// src/rules/checks/promql-function-args.ts
var promql_function_args_default = defineRuleCheck({
  id: "rules/promql-function-args",
  severity: "error",
  description: "Call PromQL functions and aggregations with the number of arguments they take.",
  messages: { issue: "wrong number of arguments in {rule}: {detail}" },
  hints: { issue: "{hint}" },
  check(ctx) {
    reportPromql(ctx, "function-args");
  }
});

// src/rules/checks/promql-syntax.ts
var promql_syntax_default = defineRuleCheck({
  id: "rules/promql-syntax",
  severity: "error",
  description: "Write PromQL that parses.",
  messages: { issue: "could not parse expression of {rule}: {detail}" },
  hints: { issue: "{hint}" },
  check(ctx) {
    reportPromql(ctx, "syntax");
  }
});

// src/rules/checks/promql-type.ts
var promql_type_default = defineRuleCheck({
  id: "rules/promql-type",
  severity: "error",
  description: "Give PromQL functions and operators the value types they need.",
  messages: { issue: "type error in {rule}: {detail}" },
  hints: { issue: "{hint}" },
  check(ctx) {
    reportPromql(ctx, "type");
  }
});

// src/rules/checks/promql-unknown-function.ts
var promql_unknown_function_default = defineRuleCheck({
  id: "rules/promql-unknown-function",
  severity: "error",
  description: "Call only functions PromQL has.",
  messages: { issue: "unknown function in {rule}: {detail}" },
  hints: { issue: "{hint}" },
  check(ctx) {
    reportPromql(ctx, "unknown-function");
  }
});

// src/rules/checks/record-and-alert.ts
var record_and_alert_default = defineRuleCheck({
  id: "rules/record-and-alert",
  severity: "error",
  description: "Do not set both `record` and `alert` on one rule.",
  messages: { both: 'rule {index} of group "{group}" sets both `record` ("{record}") and `alert` ("{alert}") (Prometheus: "only one of \'record\' and \'alert\' must be set")' },
  hints: { both: "Split it into two rules, or keep only the one you mean." },
  check({ file, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        if (r.record?.value && r.alert?.value) {
          report({
            messageId: "both",
            data: { index: r.index, group: g.name?.value ?? "", record: r.record.value, alert: r.alert.value },
            location: r.alert.span,
            related: [{ span: r.record.span, label: "record set here" }]
          });
        }
      }
    }
  }
});

// src/rules/checks/recording-rule-field.ts
var recording_rule_field_default = defineRuleCheck({
  id: "rules/recording-rule-field",
  severity: "error",
  description: "Keep alert-only fields (`for`, `keep_firing_for`, `annotations`) out of recording rules.",
  messages: { field: `invalid field '{field}' in recording rule "{name}": only alerting rules have it` },
  hints: { field: "Remove `{field}`, or turn the rule into an alert (`alert:` instead of `record:`)." },
  check({ file, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        if (!r.record?.value) continue;
        const name2 = r.record.value;
        const dur = (field, s) => {
          if (!s || s.isNull) return;
          const d = parseDuration(s.value);
          if ("ms" in d && d.ms === 0) return;
          report({ messageId: "field", data: { field, name: name2 }, location: s.span });
        };
        dur("for", r.for);
        dur("keep_firing_for", r.keepFiringFor);
        if (r.annotations && r.annotations.entries.length > 0) report({ messageId: "field", data: { field: "annotations", name: name2 }, location: r.annotations.span });
      }
    }
  }
});

// src/rules/template/check-template.ts
var GO_FUNCS = [
  "and",
  "call",
  "html",
  "index",
  "slice",
  "js",
  "len",
  "not",
  "or",
  "print",
  "printf",
  "println",
  "urlquery",
  "eq",
  "ge",
  "gt",
  "le",
  "lt",
  "ne"
];
var PROM_FUNCS = [
  "query",
  "first",
  "label",
  "value",
  "strvalue",
  "args",
  "reReplaceAll",
  "safeHtml",
  "match",
  "title",
  "toUpper",
  "toLower",
  "graphLink",
  "tableLink",
  "sortByLabel",
  "humanize",
  "humanize1024",
  "humanizeDuration",
  "humanizePercentage",
  "humanizeTimestamp",
  "pathPrefix",
  "externalURL",
  "parseDuration",
  "toTime",
  "stripPort",
  "stripDomain"
];
var LATER_FUNCS = ["toDuration", "now", "urlQueryEscape"];
var PREDEFINED = ["$", "$labels", "$externalLabels", "$externalURL", "$value"];
var KEYWORDS2 = /* @__PURE__ */ new Set(["if", "else", "end", "range", "with", "define", "template", "block", "break", "continue"]);
var Fail = class extends Error {
  constructor(issue) {
    super(issue.message);
    this.issue = issue;
  }
  issue;
};
function fail(message, from, to, hint) {
  const issue = { message, from, to: Math.max(to, from + 1) };
  if (hint) issue.hint = hint;
  throw new Fail(issue);
}
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
var isAlnum = (c) => c !== void 0 && /[\p{L}\p{N}_]/u.test(c);
var VALID_ESCAPE = /\\(?:[abfnrtv\\'"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})/y;
function validNumber(t2) {
  let s = t2.replace(/^[+-]/, "").replace(/i$/, "");
  if (s === "") return false;
  const us = (d) => !/^_|_$|__/.test(d);
  let m;
  if (m = /^0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?(?:[pP][+-]?([0-9_]+))?$/.exec(s)) return (m[1] + (m[2] ?? "")).replace(/_/g, "") !== "" && (m[2] === void 0 || m[3] !== void 0 || /^[0-9a-fA-F_]*$/.test(s.slice(2)));
  if ((m = /^0[bB]([01_]+)$/.exec(s)) || (m = /^0[oO]([0-7_]+)$/.exec(s))) return us(m[1].replace(/^_/, "x"));
  if (/^0[0-9_]+$/.test(s)) return /^0[0-7_]*$/.test(s) && us(s);
  s = s.replace(/_/g, (_, i) => /[0-9]/.test(s[i - 1] ?? "") && /[0-9]/.test(s[i + 1] ?? "") ? "" : "!");
  return /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s);
}
function lexAction(t2, start, open) {
  let i = start;
  if (t2.startsWith("/*", i)) {
    const close = t2.indexOf("*/", i + 2);
    if (close < 0) fail("unclosed comment", open, t2.length, "Close the comment with `*/}}`.");
    let j = close + 2;
    if (/^\s-\}\}/.test(t2.slice(j, j + 4))) j += 4;
    else if (t2.startsWith("}}", j)) j += 2;
    else fail("comment ends before closing delimiter", open, j, "Write comments as `{{/* ... */}}`.");
    return { comment: true, end: j };
  }
  const toks = [];
  let depth = 0;
  const rightDelim = (k) => t2.startsWith("}}", k) || isSpace(t2[k]) && t2[k + 1] === "-" && t2.startsWith("}}", k + 2);
  const atTerminator = (k) => {
    const c = t2[k];
    return c === void 0 || isSpace(c) || ".,|:()".includes(c) || t2.startsWith("}}", k);
  };
  const push = (kind, from, to) => toks.push({ kind, text: t2.slice(from, to), from, to });
  for (; ; ) {
    if (i >= t2.length) fail("unclosed action", open, t2.length, "Close the action with `}}`.");
    if (rightDelim(i)) {
      if (depth > 0) fail("unclosed left paren", open, i, "Add the missing `)`.");
      push("end", i, i);
      return { toks, end: t2.startsWith("}}", i) ? i + 2 : i + 4 };
    }
    const c = t2[i];
    const from = i;
    if (isSpace(c)) {
      while (i < t2.length && isSpace(t2[i]) && !rightDelim(i)) i++;
      if (i === from) i++;
      push("space", from, i);
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < t2.length && t2[i] !== c && t2[i] !== "\n") i += t2[i] === "\\" ? 2 : 1;
      if (t2[i] !== c) fail(c === '"' ? "unterminated quoted string" : "unterminated character constant", from, i, c === '"' ? 'Close the string with `"`.' : "In Go templates strings use double quotes; 'x' is one character.");
      i++;
      const body = t2.slice(from + 1, i - 1);
      for (let k = 0; k < body.length; k++) {
        if (body[k] !== "\\") continue;
        VALID_ESCAPE.lastIndex = k;
        if (!VALID_ESCAPE.test(body) || body[k + 1] === "'" && c === '"' || body[k + 1] === '"' && c === "'") fail(`invalid syntax: escape \`${body.slice(k, k + 2)}\` in ${t2.slice(from, i)}`, from + 1 + k, from + 3 + k, 'Go strings accept \\n \\t \\\\ \\" and \\x/\\u escapes; use a `raw string` for backslashes.');
        k = VALID_ESCAPE.lastIndex - 1;
      }
      if (c === "'" && !/^(?:[^\\]|\\.[0-9a-fA-F]*)$/u.test(body)) fail(`malformed character constant: ${t2.slice(from, i)}`, from, i, `Go templates quote strings with double quotes: "text"; 'x' is one character.`);
      push(c === '"' ? "string" : "char", from, i);
      continue;
    }
    if (c === "`") {
      const close = t2.indexOf("`", i + 1);
      if (close < 0) fail("unterminated raw quoted string", from, t2.length, "Close the string with a backtick.");
      i = close + 1;
      push("raw", from, i);
      continue;
    }
    if (c === "$" || c === "." && !/[0-9]/.test(t2[i + 1] ?? "")) {
      i++;
      if (c === "." && atTerminator(i)) {
        push("dot", from, i);
        continue;
      }
      while (isAlnum(t2[i])) i++;
      if (!atTerminator(i)) fail(`bad character ${JSON.stringify(t2[i])} after ${t2.slice(from, i)}`, i, i + 1, t2[i] === "-" ? 'Label names with `-` need `index`: {{ index $labels "a-b" }}.' : void 0);
      push(c === "$" ? "var" : "field", from, i);
      continue;
    }
    if (c === "+" || c === "-" || c === "." || /[0-9]/.test(c)) {
      i++;
      const hex = c === "0" && /[xX]/.test(t2[i] ?? "");
      while (i < t2.length && (/[0-9a-zA-Z_.]/.test(t2[i]) || /[+-]/.test(t2[i]) && /[eEpP]/.test(t2[i - 1]) && !hex || /[+-]/.test(t2[i]) && /[pP]/.test(t2[i - 1]))) i++;
      const text = t2.slice(from, i);
      if (!validNumber(text)) fail(`illegal number syntax: ${JSON.stringify(text)}`, from, i);
      push("number", from, i);
      continue;
    }
    if (isAlnum(c)) {
      while (isAlnum(t2[i])) i++;
      if (!atTerminator(i)) fail(`bad character ${JSON.stringify(t2[i])} after ${t2.slice(from, i)}`, i, i + 1);
      const w = t2.slice(from, i);
      push(w === "true" || w === "false" ? "bool" : w === "nil" ? "nil" : KEYWORDS2.has(w) ? "keyword" : "ident", from, i);
      continue;
    }
    if (c === ":") {
      if (t2[i + 1] !== "=") fail("expected :=", from, from + 1);
      i += 2;
      push("declare", from, i);
      continue;
    }
    if (c === "=") {
      i++;
      push("assign", from, i);
      continue;
    }
    if (c === "|") {
      i++;
      push("pipe", from, i);
      continue;
    }
    if (c === ",") {
      i++;
      push("comma", from, i);
      continue;
    }
    if (c === "(") {
      i++;
      depth++;
      push("lparen", from, i);
      continue;
    }
    if (c === ")") {
      i++;
      if (--depth < 0) fail("unexpected right paren", from, i, "Remove the `)` or add the missing `(`.");
      push("rparen", from, i);
      continue;
    }
    fail(`unrecognized character in action: ${JSON.stringify(c)}`, from, from + 1);
  }
}
var TemplateParser = class {
  constructor(t2, version) {
    this.t = t2;
    this.version = version;
    this.funcs = /* @__PURE__ */ new Set([...GO_FUNCS, ...PROM_FUNCS, ...atLeastVersion(version, "2.43") ? LATER_FUNCS : []]);
  }
  t;
  version;
  vars = [...PREDEFINED];
  blocks = [];
  toks = [];
  p = 0;
  funcs;
  peek() {
    return this.toks[this.p];
  }
  next() {
    return this.toks[this.p++];
  }
  nextNonSpace() {
    let t2 = this.next();
    while (t2.kind === "space") t2 = this.next();
    return t2;
  }
  peekNonSpace() {
    const save = this.p;
    const t2 = this.nextNonSpace();
    this.p = save;
    return t2;
  }
  unexpected(tok, ctx) {
    fail(`unexpected ${tok.kind === "end" ? "end of action" : JSON.stringify(tok.text)} in ${ctx}`, tok.from, tok.to);
  }
  /** pipeline := [decl] command ('|' command)*, ending at `end` (the action's `}}` or a `)`). */
  pipeline(ctx, end) {
    const start = this.peekNonSpace();
    const maxDecl = ctx === "range" ? 2 : 1;
    let decls = 0;
    for (; ; ) {
      const v = this.peekNonSpace();
      if (v.kind !== "var") break;
      const save = this.p;
      this.nextNonSpace();
      const nx = this.peekNonSpace();
      if (nx.kind === "declare" || nx.kind === "assign") {
        this.nextNonSpace();
        this.vars.push(v.text);
        decls++;
        break;
      }
      if (nx.kind === "comma") {
        this.nextNonSpace();
        this.vars.push(v.text);
        decls++;
        if (decls < maxDecl) continue;
        fail(`too many declarations in ${ctx}`, v.from, nx.to);
      }
      this.p = save;
      break;
    }
    if (decls > maxDecl) fail(`too many declarations in ${ctx}`, start.from, start.to);
    const stages = [];
    for (; ; ) {
      const tok = this.nextNonSpace();
      if (tok.kind === end) {
        if (stages.length === 0) fail(`missing value for ${ctx}`, tok.from, tok.to, "Put a value or a pipeline in the action.");
        stages.slice(1).forEach((s, i) => {
          if (["bool", "dot", "nil", "number", "string", "raw", "char"].includes(s.kind)) fail(`non executable command in pipeline stage ${i + 2}`, s.from, s.to, "Only functions and methods can follow `|`.");
        });
        if (end === "rparen") this.p--;
        return;
      }
      if (["bool", "char", "dot", "field", "ident", "number", "nil", "raw", "string", "var", "lparen"].includes(tok.kind)) {
        this.p--;
        stages.push(tok);
        this.command(end);
        continue;
      }
      this.unexpected(tok, ctx === "command" ? "command" : ctx);
    }
  }
  /** command := operand (space operand)*; stops before the pipeline's end, or after a `|`. */
  command(end) {
    for (; ; ) {
      while (this.peek().kind === "space") this.p++;
      this.operand();
      let tok = this.next();
      if (tok.kind === "space") {
        while (this.peek().kind === "space") this.p++;
        const nx = this.peek().kind;
        if (nx !== end && nx !== "pipe" && nx !== "end" && nx !== "rparen") continue;
        tok = this.next();
      }
      if (tok.kind === "pipe") return;
      if (tok.kind === end || tok.kind === "end" || tok.kind === "rparen") {
        this.p--;
        return;
      }
      this.unexpected(tok, "operand");
    }
  }
  operand() {
    const tok = this.next();
    switch (tok.kind) {
      case "ident":
        if (!this.funcs.has(tok.text)) {
          const guess = didYouMean(tok.text, [...this.funcs]);
          fail(
            `function "${tok.text}" not defined`,
            tok.from,
            tok.to,
            LATER_FUNCS.includes(tok.text) ? "This function needs a Prometheus newer than 2.42." : guess ? `Did you mean \`${guess}\`?` : "See https://prometheus.io/docs/prometheus/latest/configuration/template_reference/ for the functions alert templates have."
          );
        }
        break;
      case "var":
        if (!this.vars.includes(tok.text)) {
          fail(`undefined variable "${tok.text}"`, tok.from, tok.to, this.blocks.some((b) => b.saved) ? 'Inside {{define}}/{{block}} only `$` and variables declared there exist; pass values with {{template "name" $labels}}.' : tok.text === "$label" ? "Prometheus defines `$labels` (with an s): `{{ $labels.instance }}`." : "Alert templates define `$labels`, `$value`, `$externalLabels` and `$externalURL`; declare others with `{{ $x := ... }}`.");
        }
        break;
      case "lparen":
        this.pipeline("parenthesized pipeline", "rparen");
        this.next();
        break;
      case "keyword":
        fail(`unexpected <${tok.text}> in operand`, tok.from, tok.to);
      case "field":
      case "dot":
      case "bool":
      case "nil":
      case "number":
      case "string":
      case "raw":
      case "char":
        break;
      default:
        this.unexpected(tok, "operand");
    }
    while (this.peek().kind === "field") {
      if (!["var", "field", "lparen", "dot", "ident"].includes(tok.kind)) fail(`unexpected . after term ${JSON.stringify(tok.text)}`, this.peek().from, this.peek().to);
      this.next();
    }
  }
  parse() {
    const t2 = this.t;
    let i = 0;
    for (; ; ) {
      const open = t2.indexOf("{{", i);
      if (open < 0) break;
      let s = open + 2;
      if (t2[s] === "-" && isSpace(t2[s + 1])) s += 2;
      while (s < t2.length && isSpace(t2[s])) s++;
      const lexed = lexAction(t2, s, open);
      i = lexed.end;
      if ("comment" in lexed) continue;
      this.toks = lexed.toks;
      this.p = 0;
      this.action({ from: open, to: lexed.end });
    }
    if (this.blocks.length) {
      const b = this.blocks[this.blocks.length - 1];
      fail(`unexpected EOF: {{${b.kw}}} is never closed`, b.from, b.to, "Add `{{ end }}`.");
    }
  }
  action(at) {
    const first = this.peekNonSpace();
    if (first.kind === "end") fail("missing value for command", at.from, at.to, "Remove the empty `{{ }}`.");
    if (first.kind !== "keyword") {
      this.pipeline("command", "end");
      return;
    }
    this.nextNonSpace();
    const kw = first.text;
    const expectEnd = (ctx) => {
      const n = this.nextNonSpace();
      if (n.kind !== "end") this.unexpected(n, ctx);
    };
    switch (kw) {
      case "end": {
        expectEnd("end");
        const b = this.blocks.pop();
        if (!b) fail("unexpected {{end}}", at.from, at.to, "Remove it, or add the `{{ if }}`/`{{ range }}`/`{{ with }}` it closes.");
        if (b.saved) this.vars = b.saved;
        this.vars.length = b.scope;
        return;
      }
      case "else": {
        const top = this.blocks[this.blocks.length - 1];
        if (!top || !["if", "with", "range"].includes(top.kw)) fail("unexpected {{else}}", at.from, at.to);
        if (top.sawElse) fail("expected end; found {{else}}", at.from, at.to, "An `{{ if }}` has at most one plain `{{ else }}`; use `{{ else if ... }}` before it.");
        const nx = this.peekNonSpace();
        if (nx.kind === "keyword" && (nx.text === "if" || nx.text === "with")) {
          const ok = nx.text === "if" ? top.kw === "if" : top.kw === "with" && this.version[0] >= 3;
          if (!ok) fail(
            `unexpected <${nx.text}> in input: {{else ${nx.text}}} cannot continue a {{${top.kw}}}`,
            nx.from,
            nx.to,
            nx.text === "if" ? "Nest it instead: {{ else }}{{ if ... }}...{{ end }}." : "Nest it instead: {{ else }}{{ with ... }}...{{ end }} (or check for Prometheus 3.x)."
          );
          this.nextNonSpace();
          this.pipeline(nx.text, "end");
          return;
        }
        expectEnd("else");
        top.sawElse = true;
        return;
      }
      case "if":
      case "with":
      case "range":
        this.blocks.push({ kw, from: at.from, to: at.to, scope: this.vars.length, sawElse: false });
        this.pipeline(kw, "end");
        return;
      case "define":
      case "block":
      case "template": {
        const name2 = this.nextNonSpace();
        if (name2.kind !== "string" && name2.kind !== "raw") this.unexpected(name2, `${kw} clause`);
        if (kw === "template") {
          if (this.peekNonSpace().kind !== "end") this.pipeline("template clause", "end");
          return;
        }
        if (kw === "block") this.pipeline("block clause", "end");
        else expectEnd("define clause");
        this.blocks.push({ kw, from: at.from, to: at.to, scope: this.vars.length, sawElse: false, saved: this.vars });
        this.vars = ["$"];
        return;
      }
      case "break":
      case "continue":
        if (!this.blocks.some((b) => b.kw === "range")) fail(`{{${kw}}} outside {{range}}`, at.from, at.to);
        expectEnd(kw);
        return;
    }
  }
};
function checkTemplate(text, version = [3, 5]) {
  if (!text.includes("{{")) return void 0;
  try {
    new TemplateParser(text, version).parse();
    return void 0;
  } catch (e) {
    if (e instanceof Fail) return e.issue;
    throw e;
  }
}

// src/rules/checks/template-syntax.ts
var template_syntax_default = defineRuleCheck({
  id: "rules/template-syntax",
  severity: "error",
  description: "Write alert label and annotation templates that parse as Go templates.",
  messages: { invalid: '{kind} "{key}" of alert "{alert}": template does not parse: {detail}' },
  hints: { invalid: "{hint}" },
  check({ file, options, report }) {
    for (const g of file.groups) {
      for (const r of g.rules) {
        if (!r.alert?.value) continue;
        for (const [kind, map] of [["label", r.labels], ["annotation", r.annotations]]) {
          for (const e of map?.entries ?? []) {
            const issue = checkTemplate(e.value.value, options.version);
            if (!issue) continue;
            report({
              messageId: "invalid",
              data: { kind, key: e.key.value, alert: r.alert.value, detail: issue.message, hint: issue.hint ?? "See https://prometheus.io/docs/prometheus/latest/configuration/template_reference/." },
              location: innerSpan(file, e.value, issue.from, issue.to)
            });
          }
        }
      }
    }
  }
});

// src/rules/checks/unknown-field.ts
var unknown_field_default = defineRuleCheck({
  id: "rules/unknown-field",
  severity: "error",
  description: "Use only the fields rulefmt knows in rule files, groups and rules.",
  messages: {
    unknown: 'unknown field `{key}` in {where} (Prometheus: "field {key} not found")',
    suggest: 'unknown field `{key}` in {where} (Prometheus: "field {key} not found"); did you mean `{suggestion}`?',
    newer: "field `{key}` in {where} needs Prometheus {since} or later; checking for {version}"
  },
  hints: {
    unknown: "Remove it; the fields allowed here are {known}.",
    suggest: "Rename `{key}` to `{suggestion}`.",
    newer: "Remove it, or pass the Prometheus version you deploy with --prometheus-version."
  },
  check({ file, options, report }) {
    if (options.ignoreUnknownFields) return;
    for (const u of file.unknownFields) {
      const data = { key: u.key, where: u.where, known: u.known.map((k) => "`" + k + "`").join(", ") };
      if (u.since) {
        report({ messageId: "newer", data: { ...data, since: u.since, version: options.versionText }, location: u.span });
        continue;
      }
      const suggestion = didYouMean(u.key, u.known);
      if (suggestion) report({ messageId: "suggest", data: { ...data, suggestion }, location: u.span });
      else report({ messageId: "unknown", data, location: u.span });
    }
  }
});

// src/rules/checks/unsafe-path.ts
var unsafe_path_default = defineRule({
  id: "rules/unsafe-path",
  severity: "warning",
  description: "Keep rule_files paths inside the folder of prometheus.yml.",
  messages: {
    absolute: `rule_files entry "{path}" is an absolute path; promgate reads rule files only inside the workspace ({config}'s folder or the checkout)`,
    escape: 'rule_files entry "{path}" leaves the workspace (`..`); promgate does not read it',
    symlink: 'rule file "{path}" is a symlink that leads outside the workspace; promgate does not read it'
  },
  hints: {
    absolute: "Write the path relative to {config}, e.g. `rules/*.yml`, and keep the rules in the repository.",
    escape: "Keep rule files next to {config} (or below it) and write a relative path.",
    symlink: "Replace the symlink with the file itself."
  }
});

// src/rules/checks/index.ts
var fileChecks = [
  duplicate_group_name_default,
  duplicate_rule_default,
  empty_group_name_default,
  extra_yaml_document_default,
  invalid_annotation_name_default,
  invalid_duration_default,
  invalid_field_type_default,
  invalid_label_name_default,
  invalid_record_name_default,
  missing_expr_default,
  missing_groups_default,
  missing_record_or_alert_default,
  promql_feature_disabled_default,
  promql_function_args_default,
  promql_syntax_default,
  promql_type_default,
  promql_unknown_function_default,
  record_and_alert_default,
  recording_rule_field_default,
  template_syntax_default,
  unknown_field_default,
  yaml_syntax_default
];
var pathRules = { fileLimit: file_limit_default, fileNotFound: file_not_found_default, globMatchesNothing: glob_matches_nothing_default, unsafePath: unsafe_path_default };
var pathRuleList = [file_limit_default, file_not_found_default, glob_matches_nothing_default, unsafe_path_default];

export {
  atLeastVersion,
  resolveOptions,
  promqlIssues,
  yaml_syntax_default,
  fileChecks,
  pathRules,
  pathRuleList
};
