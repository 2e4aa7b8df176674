import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../src/main/electron/outbox';

describe('Outbox', () => {
  it('keeps events until the page has loaded, then sends them in order', () => {
    const outbox = new Outbox<string>();
    outbox.deliver('launch link');
    outbox.deliver('menu: import');
    const sent: string[] = [];
    outbox.open((event) => sent.push(event));
    outbox.deliver('library changed');
    expect(sent).toEqual(['launch link', 'menu: import', 'library changed']);
  });

  it('holds events again while the page reloads', () => {
    const outbox = new Outbox<string>();
    const first: string[] = [];
    outbox.open((event) => first.push(event));
    outbox.close();
    outbox.deliver('during reload');
    const second: string[] = [];
    outbox.open((event) => second.push(event));
    expect(first).toEqual([]);
    expect(second).toEqual(['during reload']);
  });

  it('keeps only the newest hundred events for a page that never loads', () => {
    const outbox = new Outbox<number>();
    for (let i = 0; i < 250; i += 1) outbox.deliver(i);
    const sent: number[] = [];
    outbox.open((event) => sent.push(event));
    expect(sent).toHaveLength(100);
    expect(sent[0]).toBe(150);
  });
});
