/**
 * Durability: a child process writes annotations in a burst and is killed with
 * SIGKILL at an arbitrary moment; the database must pass `PRAGMA integrity_check` and hold every
 * write the child acknowledged — it prints its acknowledgement only after the call returned, so
 * after the transaction committed. (An application kill; power loss would need a fault-injecting
 * file system and is not covered here.)
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/library/store/database';
import { REPO, tempDir } from '../../helpers/temp-library';
import { addBriefing, ANDEAN, openTestLibrary } from './library-fixtures';

const WRITER = path.join(__dirname, 'fixtures/annotation-writer.ts');

interface Acknowledged {
  created: Map<string, string>;
  lastNote: Map<string, string>;
}

/** Runs the writer until it has acknowledged `count` writes, then kills it with SIGKILL. */
function burstThenKill(dataDir: string, briefingId: string, round: number, count: number, acked: Acknowledged): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, briefingId, String(round)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let lines = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!; // a line cut by the kill is not an acknowledgement
      for (const line of complete) {
        const [kind, id, ...note] = line.split(' ');
        if (kind === 'created') acked.created.set(id!, note.join(' '));
        acked.lastNote.set(id!, note.join(' '));
        lines += 1;
      }
      if (lines >= count && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal ? resolve(signal) : reject(new Error(`writer exited with ${code}: ${stderr}`))));
  });
}

describe('annotation writes under SIGKILL', () => {
  it('keeps the database intact and every acknowledged write, kill after kill', async () => {
    const services = openTestLibrary(tempDir());
    const briefingId = addBriefing(services, 'Combating drug trafficking', ANDEAN);
    services.close();
    const acked: Acknowledged = { created: new Map(), lastNote: new Map() };

    for (const [round, count] of [
      [1, 60],
      [2, 137],
      [3, 251]
    ] as const) {
      const signal = await burstThenKill(services.dataDir, briefingId, round, count, acked);
      expect(signal).toBe('SIGKILL');

      const db = new Database(path.join(services.dataDir, DATABASE_FILE));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const notes = new Map((db.prepare('SELECT id, note FROM annotations').all() as Array<{ id: string; note: string }>).map((r) => [r.id, r.note]));
      for (const id of acked.created.keys()) expect(notes.has(id), `acknowledged annotation ${id} is missing`).toBe(true);
      for (const [id, note] of acked.lastNote) {
        // The write acknowledged last is there, or one the child made after it and had no time to acknowledge.
        expect(notes.get(id)!.startsWith(note), `annotation ${id} lost its acknowledged note "${note}"`).toBe(true);
      }
      expect(db.prepare('SELECT count(*) FROM annotation_tags WHERE tag = ?').pluck().get(`round${round}`)).toBeGreaterThanOrEqual(
        [...acked.created.values()].filter((n) => n.startsWith(`round ${round} `)).length
      );
      db.close();
    }
    expect(acked.created.size).toBeGreaterThan(250);
  }, 120_000);
});
