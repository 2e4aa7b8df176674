import { beforeAll, describe, expect, it } from 'vitest';
import { dismissFlag, listFacts, listFlags } from '../../../src/main/library/facts/service';
import { openLibrary } from '../../../src/main/library/open';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';

/** A small briefing in the plain-text form the importer reads: a title, then paragraphs. */
function briefing(title: string, ...paragraphs: string[]): Uint8Array {
  return new TextEncoder().encode(`\n\n${title}\n\n${paragraphs.join('\n\n')}\n`);
}

async function importText(library: ReturnType<typeof tempLibrary>['library'], name: string, bytes: Uint8Array): Promise<string> {
  const outcome = await library.importBytes(bytes, name);
  if (!('id' in outcome)) throw new Error(outcome.error);
  return outcome.id;
}

const figuresOf = (library: ReturnType<typeof tempLibrary>['library'], ids: number[]) => {
  const facts = listFacts(library);
  return ids.map((id) => {
    const fact = facts.find((f) => f.id === id)!;
    return `${fact.value} ${fact.unit}`;
  });
};

describe('consistency flags in the bundled briefing', () => {
  const { library } = tempLibrary();
  let flags: ReturnType<typeof listFlags> = [];
  beforeAll(async () => {
    const [outcome] = await library.importFiles([BUNDLED_BRIEFING]);
    flags = listFlags(library, { briefingId: outcome && 'id' in outcome ? outcome.id : '' });
  });

  it('flags a conflict: Peru produces 26 % of global cocaine in the introduction and 36 % in its own section', () => {
    const conflict = flags.find((f) => f.kind === 'conflict');
    expect(conflict).toBeDefined();
    expect(figuresOf(library, conflict!.factIds).sort()).toEqual(['26 percent', '36 percent']);
    expect(conflict!.note).toMatch(/Peru.*26 %.*36 %/);
  });

  it('flags a period mismatch: the 416 % rise of the cocaine market is given for 2014–2020 and for 2011–2021', () => {
    const mismatch = flags.find((f) => f.kind === 'period-mismatch');
    expect(mismatch?.note).toMatch(/416 %.*2014–2020.*2011–2021/);
  });

  it('flags a suspicious unit: an EU homicide rate of "0.66 % per 100 000 inhabitants"', () => {
    const suspicious = flags.filter((f) => f.kind === 'suspicious-unit');
    expect(suspicious).toHaveLength(1);
    expect(suspicious[0]!.note).toMatch(/0\.66 % per 100 000 inhabitants.*percentage cannot also be a rate/);
  });

  it('marks as corroborated the figures the summary repeats from the body: 303 tonnes seized in 2021, a homicide rate of 13.7', () => {
    const corroborated = flags.filter((f) => f.kind === 'corroborated').map((f) => f.note);
    expect(corroborated.some((n) => /^303 tonnes \(cocaine.*2021\) is stated consistently 2 times/.test(n))).toBe(true);
    expect(corroborated.some((n) => /^13\.7 per 100 000 inhabitants \(homicide rate, Ecuador, 2021\)/.test(n))).toBe(true);
  });
});

describe('consistency flags across two briefings', () => {
  it('flags a conflict, a period mismatch and a corroboration between briefings, each naming both places', async () => {
    const { library } = tempLibrary();
    await importText(
      library,
      'a.txt',
      briefing(
        'Cocaine in Europe',
        'In 2021, EU Member States seized 303 tonnes of cocaine.',
        'In 2023, Belgium seized 121 tonnes of cocaine.',
        'Between 2011 and 2021 the European cocaine market increased by 416 %.'
      )
    );
    await importText(
      library,
      'b.txt',
      briefing(
        'Ports and drugs',
        'In 2021, EU Member States seized 270 tonnes of cocaine.',
        'In 2023, Belgium seized 121 tonnes of cocaine.',
        'From 2014 to 2020 the European cocaine market increased by 416 %.'
      )
    );
    const flags = listFlags(library);
    const kinds = flags.map((f) => f.kind);
    expect(kinds).toEqual(['conflict', 'period-mismatch', 'corroborated']);
    expect(flags[0]!.note).toBe('Cocaine, EU Member States, 2021: 303 tonnes in "Cocaine in Europe" but 270 tonnes in "Ports and drugs".');
    expect(flags[1]!.note).toMatch(
      /^416 % \(european cocaine market\) is given for 2011–2021 in "Cocaine in Europe" and for 2014–2020 in "Ports and drugs"\.$/
    );
    expect(flags[2]!.note).toBe('121 tonnes (cocaine, Belgium, 2023) is stated consistently in 2 briefings.');
    // Within one briefing nothing disagrees.
    const first = listFacts(library)[0]!.briefingId;
    expect(listFlags(library, { briefingId: first })).toEqual([]);
  });

  it('does not flag figures that agree within rounding, or "about" a figure', async () => {
    const { library } = tempLibrary();
    await importText(library, 'a.txt', briefing('One', 'In 2023 the homicide rate in Ecuador was 45.3 per 100 000 inhabitants.'));
    await importText(library, 'b.txt', briefing('Two', 'In 2023 the homicide rate in Ecuador was about 45 per 100 000 inhabitants.'));
    expect(listFlags(library).map((f) => f.kind)).toEqual(['corroborated']);
  });
});

describe('dismissing a flag', () => {
  it('is remembered when the library is opened again, and can be undone', async () => {
    const services = tempLibrary();
    await services.library.importFiles([BUNDLED_BRIEFING]);
    const suspicious = listFlags(services.library).find((f) => f.kind === 'suspicious-unit')!;
    dismissFlag(services.library, suspicious.key);
    services.close();
    const reopened = openLibrary(services.dataDir);
    try {
      expect(listFlags(reopened.library).some((f) => f.key === suspicious.key)).toBe(false);
      expect(listFlags(reopened.library, { includeDismissed: true }).find((f) => f.key === suspicious.key)?.dismissed).toBe(true);
      dismissFlag(reopened.library, suspicious.key, false);
      expect(listFlags(reopened.library).some((f) => f.key === suspicious.key)).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
