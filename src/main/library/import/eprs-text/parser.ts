/**
 * PLACEHOLDER, to be replaced by the real EPRS plain-text parser: reads the first non-empty line
 * as the title and every other non-empty line as a paragraph of one section.
 */
import type { BriefingParser, ParsedBriefing } from '../../model';

export const eprsTextParser: BriefingParser = {
  name: 'eprs-text',
  sniff: () => true,
  parse(text): ParsedBriefing {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const [title = 'Untitled', ...rest] = lines;
    return {
      metadata: {
        title, subtitle: null, documentType: 'Briefing', publisher: null, series: null, language: 'en',
        year: null, date: null, authors: [], peNumber: null, url: null
      },
      inThisBriefing: [],
      sections: [{ title, level: 1, parent: null, kind: 'body' }],
      blocks: rest.map((line) => ({ kind: 'paragraph' as const, text: line, spans: [], section: 0 })),
      figures: [],
      references: [],
      warnings: []
    };
  }
};
