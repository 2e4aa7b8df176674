/**
 * Fans main's events out to the page's listeners. Events that arrive before the page has
 * subscribed (a launch link, a menu command during start-up) are kept and handed to the first
 * listener, so none is lost to the race between loading and React mounting.
 */
import type { AppEvent } from '../shared/contract';

const MAX_EARLY_EVENTS = 100;

export class EventHub {
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private early: AppEvent[] | null = [];

  /** An event from main. */
  publish(event: AppEvent): void {
    if (this.early) {
      this.early = [...this.early, event].slice(-MAX_EARLY_EVENTS);
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  /** Adds a listener; the first one also receives the events that came before it. */
  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    const early = this.early;
    this.early = null;
    for (const event of early ?? []) listener(event);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
