/**
 * Types for the parts of citation-js and citeproc-js the citation code uses; neither package
 * ships type declarations.
 */

declare module '@citation-js/core' {
  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export type CslItem = { id: string; type: string } & Record<string, unknown>;

  /** One cited item in a citation, with its pinpoint. */
  export interface CslCiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }

  export interface FormatOptions {
    template?: string;
    lang?: string;
    /** citeproc-js output format: "text", "html", "rtf" or one registered on CSL.Output.Formats. */
    format?: string;
    entry?: string | string[] | CslCiteItem[];
  }

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslItem[];
    format(format: 'citation' | 'bibliography', options?: FormatOptions): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' | 'object'; type?: string }): string;
  }

  export namespace util {
    class Register<T> {
      add(name: string, value: T): this;
      has(name: string): boolean;
      get(name: string): T;
    }
  }

  export interface CslPluginConfig {
    styles: util.Register<unknown>;
    locales: util.Register<unknown>;
    /** Builds (or reuses) the citeproc-js engine for a style, locale and output format. */
    engine(data: CslItem[], style: string, lang: string | undefined, format: string): CiteprocEngine;
  }

  export interface CiteprocEngine {
    getTerm(term: string, form?: string, plural?: number): string | undefined;
  }

  export interface BibtexPluginConfig {
    /** Write non-ASCII letters as LaTeX commands (default) or as UTF-8. */
    format: { asciiOnly: boolean };
  }

  export const plugins: {
    config: {
      get(name: '@csl'): CslPluginConfig;
      get(name: '@bibtex'): BibtexPluginConfig;
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  type Formatter = string | false | ((state: unknown, text?: string) => string);
  interface CSL {
    Output: { Formats: Record<string, Record<string, Formatter | ((text: string) => string)>> };
  }
  const CSL: CSL;
  export default CSL;
}
