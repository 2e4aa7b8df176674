/**
 * `briefing search QUERY`: library-wide search with the app's query language and filters. With
 * --json, the ranked hits (briefing, section, block, score and snippet, plus the block kind, how it matched and the
 * highlight ranges); otherwise hits grouped by briefing and section, matched words in **bold**.
 */
import type { Command } from 'commander';
import type { SearchFilters, SearchResponse } from '../../../shared/contract/search';
import { parseYears } from '../../library/search/query-parser';
import { withLibrary, type CommandContext } from '../context';
import { CliError, type Output } from '../output';

interface SearchOptions {
  limit: string;
  briefing: string[];
  type: string[];
  year?: string;
  notes?: boolean;
  highlights?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerSearchCommands(program: Command, context: () => CommandContext): void {
  program
    .command('search')
    .description('search the library: words (AND), "phrases", OR, -word, word*, type:, year:, in:"section", is:highlight, has:note')
    .argument('<query...>', 'what to look for (several words are one query)')
    .option('--limit <n>', 'how many hits to show (1–500)', '20')
    .option('--briefing <id>', 'only in this briefing (repeatable; an unambiguous id prefix is enough)', collect, [])
    .option('--type <type>', 'only briefings of this document type, e.g. Briefing (repeatable)', collect, [])
    .option('--year <years>', 'only briefings of this year or range: 2024, 2020..2024, >=2020')
    .option('--notes', 'only passages you wrote a note on')
    .option('--highlights', 'only passages you highlighted')
    .action(async (words: string[], options: SearchOptions) => {
      const ctx = context();
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new CliError(`search: --limit must be a whole number from 1 to 500, not "${options.limit}"`, 2);
      const query = words.join(' ');
      if (query.trim() === '') throw new CliError('search: give the words to look for, as in: briefing search "cocaine seizures"', 2);
      await withLibrary(ctx, async ({ library, search }) => {
        const filters: SearchFilters = {};
        if (options.briefing.length > 0) filters.briefingIds = options.briefing.map((id) => library.resolveId(id));
        if (options.type.length > 0) filters.documentTypes = options.type;
        if (options.year !== undefined) {
          const years = parseYears(options.year.trim());
          if (!years) throw new CliError(`search: --year must be a year or range such as 2024, 2020..2024 or >=2020, not "${options.year}"`, 2);
          if (years.from !== undefined) filters.yearFrom = years.from;
          if (years.to !== undefined) filters.yearTo = years.to;
        }
        if (options.highlights) filters.annotated = 'highlights';
        if (options.notes) filters.annotated = 'notes';
        const response = await search.search({ query, filters, limit });
        if (ctx.options.json) {
          ctx.out.json(response.hits.map(hitJson));
          for (const note of response.reading.notes) ctx.out.warn(`search: ${note}`);
          // The JSON stays a list of hits; the correction goes beside it, where notes go.
          if (response.didYouMean) ctx.out.warn(`search: did you mean "${response.didYouMean}"?`);
          return;
        }
        printResponse(ctx.out, response);
      });
    });
}

function hitJson(hit: SearchResponse['hits'][number]) {
  return {
    briefingId: hit.briefingId,
    briefingTitle: hit.briefingTitle,
    sectionId: hit.sectionId,
    sectionTitle: hit.sectionTitle,
    blockId: hit.blockId,
    score: hit.score,
    snippet: hit.snippet,
    blockKind: hit.blockKind,
    match: hit.match,
    highlights: hit.highlights
  };
}

function printResponse(out: Output, response: SearchResponse): void {
  for (const note of response.reading.notes) out.line(`Note: ${note}`);
  if (response.total === 0) {
    out.line(`No results for "${response.query}".`);
    if (response.didYouMean) out.line(`Did you mean: ${response.didYouMean}?`);
    else if (response.suggestions.length > 0) out.line(`Did you mean: ${response.suggestions.join(', ')}?`);
    return;
  }
  const shown = response.hits.length;
  out.line(
    `${response.total} ${response.total === 1 ? 'passage matches' : 'passages match'} "${response.query}"${shown < response.total ? ` (showing ${shown})` : ''}.`
  );
  if (response.didYouMean) out.line(`Did you mean: ${response.didYouMean}?`);
  else if (response.suggestions.length > 0) out.line(`Also try: ${response.suggestions.join(', ')}`);
  for (const group of response.groups) {
    out.line();
    out.line(`${group.briefingTitle}  (${group.briefingId})`);
    for (const section of group.sections) {
      out.line(`  ${section.sectionTitle ?? '(notes, references and back matter)'}`);
      for (const hit of section.hits) out.line(`    ${hit.snippet}  [block ${hit.blockId}${hit.match === 'exact' ? '' : `, ${hit.match} match`}]`);
    }
  }
}
