import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocs } from '../../../src/main/library/search/codec';
import { compactIndex } from '../../../src/main/library/search/compact';
import { rebuildIndex } from '../../../src/main/library/search/rebuild';
import { InProcessSearchService } from '../../../src/main/library/search/service';
import { tempLibrary } from '../../helpers/temp-library';
import { addBriefing, addBriefings, removeBriefing, type BriefingSpec } from './search-fixtures';
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

type BatchStep = { add: BriefingSpec[] } | { remove: number };
/** Bulk imports of one to three briefings (ids made unique when the plan runs) and deletions. */
const batchSteps = fc.array(
  fc.oneof(
    fc.array(spec('new'), { minLength: 1, maxLength: 3 }).map((add): BatchStep => ({ add })),
    fc.nat().map((n): BatchStep => ({ remove: n }))
  ),
  { minLength: 1, maxLength: 10 }
);

/** The whole persisted index, in terms of words and briefings rather than the ids a build happened to give them. */
function persisted(db: Database.Database) {
  const briefingOf = new Map(
    (db.prepare('SELECT num, briefing_id FROM search_briefings').all() as Array<{ num: number; briefing_id: string }>).map((r) => [r.num, r.briefing_id])
  );
  return {
    vocabulary: db.prepare('SELECT t.term, t.stem, t.family, f.df FROM search_terms t LEFT JOIN search_df f ON f.id = t.id ORDER BY t.term').all(),
    postings: db
      .prepare(
        `SELECT t.term, p.key / 4294967296 AS shard, p.docs, p.positions FROM search_postings p
         LEFT JOIN search_terms t ON t.id = p.key % 4294967296 ORDER BY t.term, shard`
      )
      .all(),
    docs: (db.prepare('SELECT shard, data FROM search_docs ORDER BY shard').all() as Array<{ shard: number; data: Buffer }>).map((row) => ({
      shard: row.shard,
      blocks: decodeDocs(row.data).map((d) => ({ ...d, briefing: briefingOf.get(d.briefing) }))
    }))
  };
}

describe('the index after bulk imports, deletions and compaction', () => {
  it('holds the same vocabulary, postings and documents as a rebuild, and answers as it does', () => {
    fc.assert(
      fc.property(batchSteps, (plan) => {
        const lib = tempLibrary();
        const db = lib.library.db;
        // Shards of eight blocks, so that batches and deletions span several of them.
        rebuildIndex(db, { shardSize: 8 });
        const present: string[] = [];
        let next = 0;
        for (const step of plan) {
          if ('add' in step) {
            const batch = step.add.map((s) => ({ ...s, id: `b${next++}` }));
            addBriefings(db, batch);
            present.push(...batch.map((s) => s.id));
          } else if (present.length > 0) {
            const [id] = present.splice(step.remove % present.length, 1);
            removeBriefing(db, id!);
          }
        }
        compactIndex(db);
        const compacted = { index: persisted(db), results: snapshot(new InProcessSearchService(db)) };
        rebuildIndex(db, { shardSize: 8 });
        expect({ index: persisted(db), results: snapshot(new InProcessSearchService(db)) }).toEqual(compacted);
        lib.close();
      }),
      { numRuns: runs(25) }
    );
  });
});
