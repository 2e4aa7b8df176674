/**
 * Citations on top of the library: the style the user last chose (remembered in the library's
 * settings), citing a passage of a stored briefing, and a briefing's reference for reference
 * managers. The contract's handlers and the CLI both go through here.
 */
import {
  CITATION_STYLE_IDS,
  CITATION_STYLE_SETTING,
  type CitationResult,
  type CitationStyleId,
  type CitationStyleInfo,
  type CiteRequest,
  type ReferenceExport,
  type ReferenceFormat
} from '../../../shared/contract/citations';
import type { Library } from '../library';
import { citePassage } from './cite';
import { resolvePassage } from './passage';
import { exportReference } from './references';
import { CITATION_STYLES, citationStyle, citationStylesFrom, prepareStyle } from './styles';

const DEFAULT_STYLE: CitationStyleId = 'apa';

/** The remembered style, or APA when none was chosen yet (or a remembered one no longer exists). */
export function rememberedStyle(library: Library): CitationStyleId {
  const saved = library.setting<string>(CITATION_STYLE_SETTING);
  return (CITATION_STYLE_IDS as readonly string[]).includes(saved ?? '') ? (saved as CitationStyleId) : DEFAULT_STYLE;
}

/** Remembers `style` as the user's choice, for the next citation or export. */
export function rememberStyle(library: Library, style: CitationStyleId): void {
  library.saveSettings({ [CITATION_STYLE_SETTING]: style });
}

/** The bundled styles, for a menu, and the remembered one. */
export function listCitationStyles(library: Library): { styles: CitationStyleInfo[]; current: CitationStyleId } {
  return { styles: CITATION_STYLES.map(({ id, name }) => ({ id, name })), current: rememberedStyle(library) };
}

/**
 * Cites what `request` points at. Without a style, the remembered one is used; with one, it is
 * used and — when `remember` is set (a choice made in the app) — remembered for next time.
 */
export function cite(library: Library, request: CiteRequest, options: { remember?: boolean } = {}): CitationResult {
  const doc = library.get(request.briefingId);
  const styleId = request.style ?? rememberedStyle(library);
  const result = citePassage(doc, resolvePassage(doc, request), citationStyle(styleId));
  if (request.style && options.remember) rememberStyle(library, request.style);
  return result;
}

/** Briefing `id` as BibTeX, RIS or CSL-JSON. */
export function briefingReference(library: Library, id: string, format: ReferenceFormat): ReferenceExport {
  const doc = library.get(id);
  return exportReference(doc.id, doc.metadata, format);
}

/**
 * Builds the citation processors once the app has started (the window shown, the server
 * listening), so that the first "Copy with citation" is instant rather than two seconds slow. One
 * style per timer turn, the remembered one first: a request arriving meanwhile waits for at most
 * one style. Never throws: a failure goes to `onError`, and that style's first citation simply
 * takes longer.
 */
export function prepareCitationStylesWhenIdle(library: Library, onError: (error: unknown) => void, delayMs = 1000): void {
  let pending: ReturnType<typeof citationStylesFrom>;
  try {
    pending = citationStylesFrom(rememberedStyle(library));
  } catch (error) {
    onError(error);
    return;
  }
  const prepareNext = (wait: number) => {
    const style = pending.shift();
    if (!style) return;
    setTimeout(() => {
      try {
        prepareStyle(style);
      } catch (error) {
        onError(error);
      }
      prepareNext(0);
    }, wait).unref();
  };
  prepareNext(delayMs);
}
