import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../src/shared/contract';
import { EventHub } from '../../../../src/preload/event-hub';

const link: AppEvent = { type: 'open-link', link: 'briefing-reader://open?briefing=abc' };
const changed: AppEvent = { type: 'library-changed' };

describe('EventHub', () => {
  it('hands events that came before the page subscribed to its first listener', () => {
    const hub = new EventHub();
    hub.publish(link);
    const seen: AppEvent[] = [];
    hub.subscribe((event) => seen.push(event));
    hub.publish(changed);
    expect(seen).toEqual([link, changed]);
  });

  it('delivers to every listener and stops after unsubscribing', () => {
    const hub = new EventHub();
    const a: AppEvent[] = [];
    const b: AppEvent[] = [];
    const stopA = hub.subscribe((event) => a.push(event));
    hub.subscribe((event) => b.push(event));
    hub.publish(changed);
    stopA();
    hub.publish(link);
    expect(a).toEqual([changed]);
    expect(b).toEqual([changed, link]);
  });
});
