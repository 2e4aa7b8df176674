/**
 * Holds events for the page until it can receive them: a link that launched the app, or a menu
 * command chosen while the page reloads, arrives before the page has loaded.
 */

const MAX_WAITING = 100;

export class Outbox<Event> {
  private waiting: Event[] = [];
  private send: ((event: Event) => void) | null = null;

  /** Sends `event` now if the page is ready, or keeps it (the newest 100) until it is. */
  deliver(event: Event): void {
    if (this.send) this.send(event);
    else this.waiting = [...this.waiting, event].slice(-MAX_WAITING);
  }

  /** The page is ready: sends what waited, in order, then everything as it comes. */
  open(send: (event: Event) => void): void {
    this.send = send;
    const waiting = this.waiting;
    this.waiting = [];
    for (const event of waiting) send(event);
  }

  /** The page went away (reload, closed window): keep events until it is back. */
  close(): void {
    this.send = null;
  }
}
