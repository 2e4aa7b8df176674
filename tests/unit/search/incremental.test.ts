import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildIndex } from '../../../src/main/library/search/rebuild';
import { InProcessSearchService } from '../../../src/main/library/search/service';
import { tempLibrary } from '../../helpers/temp-library';
import { addBriefing, removeBriefing, type BriefingSpec } from './search-fixtures';
import { runs } from '../../helpers/property';

const WORDS = [
  'cocaine',
  'seizure',
  'seizures',
  'seized',
  'port',
  'Macías',
  'Bogotá',
  'police',
  'prison',
  'gangs',
  'money',
  'laundering',
  'the',
  'of',
  'Europol'
];
const QUERIES = ['cocaine', 'seizures', 'macias port', '"money laundering"', 'police OR prison', 'gangs -the', 'bogot', 'europl', 'the'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const spec = (id: string) =>
  fc
    .record({
      title: sentence,
      sections: fc.array(fc.record({ title: sentence, paragraphs: fc.array(sentence, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 })
    })
    .map((s): BriefingSpec => ({ id, ...s }));

type Step = { add: BriefingSpec } | { remove: number };
const steps = fc.array(
  fc.oneof(
    fc
      .nat()
      .chain((n) => spec(`b${n % 1000}`))
      .map((s): Step => ({ add: s })),
    fc.nat().map((n): Step => ({ remove: n }))
  ),
  { minLength: 1, maxLength: 8 }
);

/** Everything a search shows that depends on the index: ranks, scores, totals, matched ranges. */
function snapshot(service: InProcessSearchService) {
  return QUERIES.map((query) => {
    const r = service.searchNow({ query, limit: 50 });
    return { query, total: r.total, hits: r.hits.map((h) => [h.blockId, h.score, h.match, h.highlights]) };
  });
}

function frequencies(service: InProcessSearchService) {
  return service.engine.db.prepare('SELECT t.term, f.df FROM search_terms t JOIN search_df f ON f.id = t.id WHERE f.df > 0 ORDER BY t.term').all();
}

describe('the index kept up to date by imports and deletions', () => {
  it('answers exactly as an index rebuilt from scratch', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const lib = tempLibrary();
        const db = lib.library.db;
        const present: string[] = [];
        for (const step of plan) {
          if ('add' in step) {
            if (present.includes(step.add.id)) continue;
            addBriefing(db, step.add);
            present.push(step.add.id);
          } else if (present.length > 0) {
            const [id] = present.splice(step.remove % present.length, 1);
            removeBriefing(db, id!);
          }
        }
        const incremental = new InProcessSearchService(db);
        const before = { results: snapshot(incremental), df: frequencies(incremental) };
        rebuildIndex(db);
        const rebuilt = new InProcessSearchService(db);
        expect({ results: snapshot(rebuilt), df: frequencies(rebuilt) }).toEqual(before);
        lib.close();
      }),
      { numRuns: runs(25) }
    );
  });
});
