/**
 * Where a fact comes from, as exports write it: the briefing's citation in the remembered style
 * with the paragraph as pinpoint, its reference-list entry, and a deep link that opens the reader
 * on the figure.
 */
import type { FactInContext } from '../../../shared/contract/facts';
import { citationParts } from '../cite/cite';
import { passageLink } from '../cite/deep-link';
import { locateBlock } from '../cite/locator';
import { plainText } from '../cite/rich-text';
import { rememberedStyle } from '../cite/service';
import { citationStyle } from '../cite/styles';
import type { Library } from '../library';

export interface FactSource {
  citation: string;
  reference: string;
  link: string;
}

/** A function giving each fact's source, reading each briefing once. */
export function factSources(library: Library): (fact: FactInContext) => FactSource {
  const style = citationStyle(rememberedStyle(library));
  const docs = new Map<string, ReturnType<Library['get']>>();
  return (fact) => {
    let doc = docs.get(fact.briefingId);
    if (!doc) {
      doc = library.get(fact.briefingId);
      docs.set(fact.briefingId, doc);
    }
    const block = doc.blocks.find((b) => b.id === fact.blockId);
    const location = block ? locateBlock(doc, block) : { section: null, paragraph: null, figure: null, note: null, page: null };
    const { citation, bibliography } = citationParts(doc, { location }, style);
    return {
      citation: plainText(citation),
      reference: plainText(bibliography),
      link: passageLink(fact.briefingId, fact.blockId, { start: fact.start, end: fact.end })
    };
  };
}
