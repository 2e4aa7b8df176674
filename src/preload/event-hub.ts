/**
 * Fans main's events out to the page's listeners. Events that arrive before the page has
 * subscribed (a launch link, a menu command during start-up) are kept and replayed to every
 * listener that subscribes in the same task as the first one — the components React mounts
 * together — so none is lost to the race between loading and mounting, and none reaches a
 * component mounted later as if it were new.
 */
import type { AppEvent } from '../shared/contract';

const MAX_EARLY_EVENTS = 100;

export class EventHub {
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private early: AppEvent[] = [];
  private replay: 'before-first-listener' | 'open' | 'over' = 'before-first-listener';

  /** @param endOfTask schedules a callback after the current task; a test can run it by hand. */
  constructor(private readonly endOfTask: (callback: () => void) => void = (callback) => setTimeout(callback, 0)) {}

  /** An event from main. */
  publish(event: AppEvent): void {
    if (this.replay !== 'over') this.early = [...this.early, event].slice(-MAX_EARLY_EVENTS);
    for (const listener of this.listeners) listener(event);
  }

  /** Adds a listener; while the replay is open it first receives the events that came before it. */
  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.replay !== 'over') {
      for (const event of this.early) listener(event);
      if (this.replay === 'before-first-listener') {
        this.replay = 'open';
        this.endOfTask(() => {
          this.replay = 'over';
          this.early = [];
        });
      }
    }
    return () => {
      this.listeners.delete(listener);
    };
  }
}
