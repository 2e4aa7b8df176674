import { describe, expect, it } from 'vitest';
import { InProcessSearchService } from '../../../src/main/library/search/service';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';
import { searchLibrary } from './search-fixtures';

/** The bundled briefing, imported for real: the typos a reader of it makes. */
async function bundled() {
  const lib = tempLibrary();
  const [outcome] = await lib.library.importFiles([BUNDLED_BRIEFING]);
  if (!outcome || 'error' in outcome) throw new Error('the bundled briefing did not import');
  const service = new InProcessSearchService(lib.library.db);
  return (query: string) => service.searchNow({ query, limit: 50 });
}

describe('search: misspellings whose stem is another word', async () => {
  const search = await bundled();

  it('finds "trafficing routes FARC" although "trafficing" stems to traffic, and offers the corrected query', () => {
    const response = search('trafficing routes FARC');
    expect(response.total).toBeGreaterThan(0);
    expect(response.hits[0]!.snippet).toMatch(/\*\*FARC\*\*/);
    expect(response.hits[0]!.match).toBe('fuzzy');
    expect(response.didYouMean).toBe('trafficking routes FARC');
  });

  it('finds "trafficing" alone in the passages on drug trafficking, after the word traffic itself', () => {
    const response = search('trafficing');
    const matches = response.hits.map((h) => h.match);
    expect(matches).toContain('fuzzy');
    expect(matches.indexOf('fuzzy')).toBeGreaterThan(matches.lastIndexOf('stem'));
    expect(response.hits.some((h) => /\*\*trafficking\*\*/i.test(h.snippet))).toBe(true);
    expect(response.didYouMean).toBe('trafficking');
  });

  it('does not call a correctly spelt word a typo', () => {
    for (const query of ['trafficking routes', 'cocaine seizures', 'Ecuador', 'policies']) expect(search(query).didYouMean, query).toBeUndefined();
  });

  it('keeps the capital of a corrected proper noun: Equador → Ecuador', () => {
    const response = search('Equador prisons');
    expect(response.didYouMean).toBe('Ecuador prisons');
    expect(response.hits[0]!.sectionTitle).toBe('Ecuador');
  });
});

describe('search: compounds and hyphens', async () => {
  const search = await bundled();

  it('finds narco-terrorism when "narcoterrorism" is typed as one word, and marks it', () => {
    const response = search('narcoterrorism');
    expect(response.total).toBe(1);
    expect(response.hits[0]!.snippet).toContain('**narco-terrorism**');
    expect(response.didYouMean).toBeUndefined();
  });

  it('finds counternarcotic for "counter narcotic strategies" and for "counter-narcotic strategies"', () => {
    for (const query of ['counter narcotic strategies', 'counter-narcotic strategies', 'counternarcotic strategies']) {
      const response = search(query);
      expect(response.hits[0]?.snippet, query).toMatch(/\*\*counternarcotic\*\* \*\*strategies\*\*/i);
    }
  });

  it('finds the hyphenated and the joined spelling alike', () => {
    const lib = searchLibrary([
      {
        id: 'compound',
        title: 'Compounds',
        sections: [{ title: 'Words', paragraphs: ['Cyber-security is a priority.', 'Cybersecurity budgets grew.', 'Security of cyber space.'] }]
      }
    ]);
    const joined = lib.texts('cybersecurity');
    expect(joined.slice(0, 2).sort()).toEqual(['Cyber-security is a priority.', 'Cybersecurity budgets grew.']);
    expect(lib.texts('cyber-security').slice(0, 2).sort()).toEqual(['Cyber-security is a priority.', 'Cybersecurity budgets grew.']);
    expect(lib.texts('cyber security').slice(0, 3)).toContain('Cybersecurity budgets grew.');
  });
});

describe('search: real-word typos of proper nouns', () => {
  it('finds Colombia for "Columbia" even where Columbia occurs once, and offers Colombia', () => {
    const colombia = Array.from({ length: 24 }, (_, i) => `Coca cultivation in Colombia rose in region ${i}.`);
    const lib = searchLibrary([
      { id: 'andes', title: 'The Andes', sections: [{ title: 'Colombia', paragraphs: colombia }] },
      {
        id: 'campus',
        title: 'Universities',
        sections: [{ title: 'Exchanges', paragraphs: ['A visiting scholar from Columbia University spoke on drug policy.'] }]
      }
    ]);
    const response = lib.search('Columbia coca');
    expect(response.total).toBe(24);
    expect(response.hits[0]!.sectionTitle).toBe('Colombia');
    expect(response.didYouMean).toBe('Colombia coca');
    expect(lib.search('Columbia University').didYouMean).toBeUndefined();
  });
});
