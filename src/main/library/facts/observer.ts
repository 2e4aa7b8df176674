/**
 * Keeps facts in step with the library: the `ContentObserver` that `openLibrary()` attaches, so a
 * briefing's facts are written inside the transaction that imports it or writes a new edition,
 * and commit or fail with it. They are extracted from the parsed file before that transaction
 * (on the parse worker, in the app), for an import and a new edition alike. Removing a briefing or
 * replacing its blocks deletes its facts by cascade; a metadata edit keeps the blocks, and so the
 * facts.
 */
import type { ContentObserver, Library } from '../library';
import { factsAreCurrent, insertFacts, prepareBriefingFacts, writeBriefingFacts } from './store';

const BACKFILLED = 'facts.backfilled';

/**
 * Extracts the facts of briefings imported before facts existed, once per library (a setting
 * remembers it). One briefing per transaction, with a pause between them: a library of thousands
 * takes minutes, during which the app must keep answering and the search worker must get the
 * database (one transaction for all held the write lock throughout, and the worker gave up with
 * "database is locked"). A briefing whose extraction fails keeps no facts and is tried again at the
 * next opening; so is the rest, if the library is closed half-way.
 */
export async function backfillFacts(library: Library, pause: () => Promise<void> = nextTurn): Promise<void> {
  if (library.setting<boolean>(BACKFILLED)) return;
  const ids = library.db.prepare('SELECT id FROM briefings').pluck().all() as string[];
  let complete = true;
  for (const id of ids) {
    if (!library.db.open) return;
    try {
      // IMMEDIATE: waits for the write lock rather than failing if the search worker commits between
      // this transaction's first read and its first write.
      library.db
        .transaction(() => {
          if (!factsAreCurrent(library.db, id)) writeBriefingFacts(library.db, id);
        })
        .immediate();
    } catch {
      complete = false;
    }
    await pause();
  }
  if (complete && library.db.open) library.saveSettings({ [BACKFILLED]: true });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createFactsObserver(): ContentObserver {
  return {
    prepare(file) {
      // Found on the parse worker when the file was parsed there.
      const found = file.facts ?? prepareBriefingFacts(file.parsed);
      return (db, briefingId) => insertFacts(db, briefingId, found);
    },
    briefingsWritten(db, briefingIds) {
      // An import's or edition's facts were written as prepared; a metadata edit keeps them.
      for (const id of briefingIds) if (!factsAreCurrent(db, id)) writeBriefingFacts(db, id);
    },
    briefingRemoving() {
      // The facts go with their blocks (ON DELETE CASCADE).
    }
  };
}
