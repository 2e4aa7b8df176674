/**
 * The bundled briefing in a fresh library, with the metadata its file lacks filled in as a user
 * would: author Marc Jütten and April 2024 (README of resources/briefings), plus a PE number and
 * URL chosen for these tests (the EPRS think-tank address pattern; not read from the file).
 */
import type { MetadataPatch } from '../../../src/shared/contract/citations';
import { BUNDLED_BRIEFING, tempLibrary } from '../../helpers/temp-library';

export const TEST_URL = 'https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2024)760390';

export const COMPLETED_METADATA: MetadataPatch = {
  authors: [{ family: 'Jütten', given: 'Marc' }],
  date: '2024-04',
  peNumber: 'PE 760.390',
  url: TEST_URL,
  publisher: 'European Parliamentary Research Service'
};

/** A temporary library holding the bundled briefing; `patch` completes its metadata. */
export async function bundledBriefing(patch: MetadataPatch = COMPLETED_METADATA) {
  const services = tempLibrary();
  const [outcome] = await services.library.importFiles([BUNDLED_BRIEFING]);
  if (!outcome || !('id' in outcome)) throw new Error(`the bundled briefing did not import: ${JSON.stringify(outcome)}`);
  services.library.updateMetadata(outcome.id, patch);
  return { ...services, id: outcome.id };
}
