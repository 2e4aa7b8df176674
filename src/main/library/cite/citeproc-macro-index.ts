/**
 * Makes building a citeproc-js engine for a large style several times faster.
 *
 * While it compiles a style, citeproc-js finds each macro a style calls by walking the whole style
 * tree again, once per call site (`CSL.XmlJSON.prototype.getNodesByName`). APA 7 calls its macros
 * hundreds of times, so its first citation took seconds (about 6.5 s measured on this machine,
 * ≈ 2 s with the index; Chicago, Harvard and MLA ≈ 0.1–0.4 s either way). Here the macros of a
 * style are indexed by name the first time one is looked up. Macro nodes are returned as the same
 * objects the walk would find, so attributes citeproc-js later sets on them stay visible.
 *
 * citeproc is pinned to an exact version in package.json; the patch checks that the method it
 * wraps exists and otherwise leaves citeproc-js as it is.
 */
import CSL from 'citeproc';

type StyleNode = { name?: string; attrs?: Record<string, string>; children?: unknown[] };
type GetNodesByName = (this: unknown, json: StyleNode, name: string, attr?: string, ret?: StyleNode[]) => StyleNode[];

const PATCHED = Symbol.for('briefing-reader.citeproc-macro-index');

/** Installs the macro index on citeproc-js (once). */
export function indexCiteprocMacros(): void {
  const proto = (CSL as unknown as { XmlJSON?: { prototype: Record<string | symbol, unknown> } }).XmlJSON?.prototype;
  if (!proto || typeof proto.getNodesByName !== 'function' || proto[PATCHED]) return;
  const walk = proto.getNodesByName as GetNodesByName;
  const indexes = new WeakMap<StyleNode, Map<string, StyleNode[]>>();
  const indexed: GetNodesByName = function (json, name, attr, ret) {
    if (name !== 'macro' || !attr || ret || !json || typeof json !== 'object') return walk.call(this, json, name, attr, ret);
    let index = indexes.get(json);
    if (!index) {
      index = new Map();
      for (const macro of walk.call(this, json, 'macro')) {
        const key = macro.attrs?.name ?? '';
        index.set(key, [...(index.get(key) ?? []), macro]);
      }
      indexes.set(json, index);
    }
    return [...(index.get(attr) ?? [])];
  };
  proto.getNodesByName = indexed;
  proto[PATCHED] = true;
}
