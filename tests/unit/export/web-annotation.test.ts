import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectNotes } from '../../../src/main/library/export/collect';
import { buildWebAnnotations } from '../../../src/main/library/export/web-annotation';
import { parseWebAnnotations } from '../../../src/main/library/export/web-annotation-import';
import { annotatedBriefing, BOLIVIA_NOTE_EXPORTED, ECUADOR_NOTE, ECUADOR_QUOTE } from './annotated-briefing';
import { ANNOTATION_MUSTS, COLLECTION_MUSTS, failures, PAGE_MUSTS, W3C_FIXTURES } from './w3c-schemas';

const briefing = await annotatedBriefing();
afterAll(() => briefing.close());
const bundle = collectNotes(briefing.library, { briefingId: briefing.id, style: 'apa' });
const collection = buildWebAnnotations(bundle) as { first: { items: Array<Record<string, unknown>> } } & Record<string, unknown>;
const items = collection.first.items;
const sampleText = (kind: 'correct' | 'incorrect', name: string) => fs.readFileSync(path.join(W3C_FIXTURES, 'upstream-samples', kind, name), 'utf8');
const sample = (kind: 'correct' | 'incorrect', name: string) => JSON.parse(sampleText(kind, name)) as unknown;
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('the W3C test suite schemas, as used here', () => {
  it('pass a correct sample annotation from the suite and catch an incorrect one', () => {
    expect(ANNOTATION_MUSTS).toHaveLength(54);
    expect(failures(ANNOTATION_MUSTS, sample('correct', 'anno1.json'))).toEqual([]);
    // Some of the suite's incorrect samples are not even JSON; the others must fail a schema.
    const incorrect = fs.readdirSync(path.join(W3C_FIXTURES, 'upstream-samples', 'incorrect')).filter((f) => isJson(sampleText('incorrect', f)));
    expect(incorrect.length).toBeGreaterThan(10);
    for (const name of incorrect) expect(failures(ANNOTATION_MUSTS, sample('incorrect', name)), name).not.toEqual([]);
  });
});

describe('buildWebAnnotations', () => {
  it('makes an AnnotationCollection that meets every MUST of the collection and page checks', () => {
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 4, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(failures(COLLECTION_MUSTS, collection)).toEqual([]);
    expect(failures(PAGE_MUSTS, collection)).toEqual([]);
  });

  it('makes annotations that each meet every MUST of the annotation checks', () => {
    expect(items).toHaveLength(4);
    for (const item of items) expect(failures(ANNOTATION_MUSTS, item), String(item.id)).toEqual([]);
  });

  it('targets the briefing by a hash of its text, with quote and position selectors, the note as Markdown and tags as tagging bodies', () => {
    const ecuador = items.find((i) => i.id === `urn:uuid:${briefing.annotations.ecuador.id}`)!;
    const hash = (briefing.library.db.prepare('SELECT content_hash FROM briefings WHERE id = ?').get(briefing.id) as { content_hash: string }).content_hash;
    expect(ecuador).toMatchObject({
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: ECUADOR_NOTE, format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'ecuador', purpose: 'tagging' },
        { type: 'TextualBody', value: 'violence', purpose: 'tagging' }
      ],
      target: {
        source: { id: `urn:sha256:${hash}`, 'dcterms:title': bundle.briefings[0]!.metadata.title, 'dcterms:identifier': 'PE 760.390' },
        styleClass: 'highlight-pink',
        selector: [
          { type: 'TextQuoteSelector', exact: ECUADOR_QUOTE, prefix: briefing.annotations.ecuador.prefix, suffix: briefing.annotations.ecuador.suffix },
          { type: 'TextPositionSelector', start: briefing.annotations.ecuador.start, end: briefing.annotations.ecuador.end }
        ]
      }
    });
    const plain = items.find((i) => i.id === `urn:uuid:${briefing.annotations.twoParagraphs.id}`)!;
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body).toBeUndefined();
  });
});

describe('parseWebAnnotations', () => {
  it('reads an export back into the annotations it was made from', () => {
    const records = parseWebAnnotations(JSON.stringify(collection), 'notes.json');
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const a of Object.values(briefing.annotations)) {
      expect(byId.get(a.id)).toEqual({
        id: a.id,
        source: expect.objectContaining({ title: bundle.briefings[0]!.metadata.title, identifier: 'PE 760.390' }),
        quote: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        start: a.start,
        end: a.end,
        note: a.id === briefing.annotations.bolivia.id ? BOLIVIA_NOTE_EXPORTED : a.note,
        tags: a.tags,
        color: a.color,
        created: a.created,
        modified: a.modified
      });
    }
    expect(byId.get(briefing.annotations.bolivia.id)!.note).toBe(BOLIVIA_NOTE_EXPORTED);
  });

  it('reads an annotation from another tool, giving it a stable id', () => {
    const [first] = parseWebAnnotations(sampleText('correct', 'anno26.json'), 'other.json');
    const [again] = parseWebAnnotations(sampleText('correct', 'anno26.json'), 'other.json');
    expect(first).toMatchObject({
      quote: 'anotation',
      prefix: 'this is an ',
      suffix: ' that has some',
      start: null,
      source: { contentHash: null, url: 'http://example.org/page1' },
      color: 'yellow'
    });
    expect(first!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again!.id).toBe(first!.id);
  });

  it.each([
    ['not json', 'Import notes: "bad.json" is not JSON'],
    ['{"type": "Person"}', 'Import notes: "bad.json" is not a W3C Web Annotation collection, page or annotation'],
    ['{"type": "AnnotationPage", "items": [{"type": "Annotation"}]}', 'Import notes: "bad.json" annotation 1 is not a Web Annotation (target)'],
    [
      '{"type": "Annotation", "target": {"source": "urn:sha256:00", "selector": {"type": "TextPositionSelector", "start": 1, "end": 2}}}',
      'Import notes: "bad.json" annotation 1 has no TextQuoteSelector with the quoted words'
    ]
  ])('refuses %s with a one-line message', (text, message) => {
    expect(() => parseWebAnnotations(text, 'bad.json')).toThrow(message);
  });
});
