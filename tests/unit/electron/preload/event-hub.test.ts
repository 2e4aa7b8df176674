import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../src/shared/contract';
import { EventHub } from '../../../../src/preload/event-hub';

const link: AppEvent = { type: 'open-link', link: 'briefing-reader://open?briefing=abc' };
const menu: AppEvent = { type: 'menu', command: 'import' };
const changed: AppEvent = { type: 'library-changed' };

/** A hub whose "end of the task" the test decides. */
function hub() {
  let endTask = () => undefined as void;
  const events = new EventHub((callback) => (endTask = callback));
  return { events, endTask: () => endTask() };
}

describe('EventHub', () => {
  it('replays what came before the page subscribed to every listener mounted together', () => {
    const { events, endTask } = hub();
    events.publish(link);
    const list: AppEvent[] = [];
    const app: AppEvent[] = [];
    events.subscribe((event) => list.push(event));
    events.subscribe((event) => app.push(event));
    endTask();
    events.publish(changed);
    expect(list).toEqual([link, changed]);
    expect(app).toEqual([link, changed]);
  });

  it('does not replay old events to a listener that subscribes later', () => {
    const { events, endTask } = hub();
    events.publish(link);
    events.subscribe(() => undefined);
    endTask();
    const late: AppEvent[] = [];
    events.subscribe((event) => late.push(event));
    events.publish(menu);
    expect(late).toEqual([menu]);
  });

  it('gives a listener of the first task an event that arrived between two subscriptions exactly once', () => {
    const { events } = hub();
    const first: AppEvent[] = [];
    const second: AppEvent[] = [];
    events.subscribe((event) => first.push(event));
    events.publish(menu);
    events.subscribe((event) => second.push(event));
    expect(first).toEqual([menu]);
    expect(second).toEqual([menu]);
  });

  it('stops delivering after unsubscribing', () => {
    const { events, endTask } = hub();
    const seen: AppEvent[] = [];
    const stop = events.subscribe((event) => seen.push(event));
    endTask();
    events.publish(changed);
    stop();
    events.publish(link);
    expect(seen).toEqual([changed]);
  });
});
