/**
 * Main's events over HTTP: one Server-Sent Events stream (`GET /api/events`) per page. It is read
 * with `fetch` rather than `EventSource` because EventSource cannot send the token header, and the
 * token must never appear in a URL. The stream reconnects after a dropped connection.
 */
import type { AppEvent } from '../../../shared/contract';
import { TOKEN_HEADER } from './http-transport';

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/** Opens the stream and calls `deliver` for every event; returns a function that closes it. */
export function openHttpEvents(token: string, deliver: (event: AppEvent) => void): () => void {
  const controller = new AbortController();
  let attempt = 0;

  const connect = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token }, signal: controller.signal });
        if (response.status === 401) return;
        if (response.ok && response.body) {
          attempt = 0;
          await readEvents(response.body, deliver);
        }
      } catch {
        // Dropped or refused; try again below unless we were closed.
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]));
    }
  };
  void connect();
  return () => controller.abort();
}

/** Reads `data:` lines of an event stream (one JSON `AppEvent` per event) until it ends. */
async function readEvents(body: ReadableStream<Uint8Array>, deliver: (event: AppEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data === '') continue;
      try {
        deliver(JSON.parse(data) as AppEvent);
      } catch {
        // A malformed event is dropped; the stream goes on.
      }
    }
  }
}
