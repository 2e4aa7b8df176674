/**
 * Keeps facts in step with the library: the `ContentObserver` that `openLibrary()` attaches, so a
 * briefing's facts are extracted inside the transaction that imports it or writes a new edition,
 * and commit or fail with it. Removing a briefing or replacing its blocks deletes its facts by
 * cascade; a metadata edit keeps the blocks, and so the facts.
 */
import type { ContentObserver } from '../library';
import { factsAreCurrent, writeBriefingFacts } from './store';

export function createFactsObserver(): ContentObserver {
  return {
    briefingWritten(db, briefingId) {
      if (!factsAreCurrent(db, briefingId)) writeBriefingFacts(db, briefingId);
    },
    briefingRemoving() {
      // The facts go with their blocks (ON DELETE CASCADE).
    }
  };
}
