/**
 * Server-Sent Events for browser mode: the HTTP counterpart of the bridge's `onEvent`. Every open
 * page holds one `GET /api/events` stream; `broadcast` writes an `AppEvent` to all of them.
 */
import type http from 'node:http';
import type { AppEvent } from '../../shared/contract';

/** Proxies and idle timers close silent connections; a comment line every so often keeps it open. */
const HEARTBEAT_MS = 20_000;

export class EventStream {
  private readonly clients = new Set<http.ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Turns `response` into an event stream that stays open until the page goes away. */
  attach(response: http.ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    });
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    // The acknowledgement: once a page reads it, every later broadcast reaches that page.
    response.write(': connected\n\n');
  }

  /** Sends `event` to every connected page. */
  broadcast(event: AppEvent): void {
    this.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  /** Ends every stream, so that the server can close. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
