import { describe, expect, it } from 'vitest';
import { methodNames, type AppEvent, type MethodName, type Reply } from '../../../../src/shared/contract';
import { createBridge } from '../../../../src/preload/bridge';

function recordingBridge(reply: Reply<unknown> = { ok: true, value: null }) {
  const calls: Array<[MethodName, unknown]> = [];
  const bridge = createBridge({
    call: async (method, input) => {
      calls.push([method, input]);
      return reply;
    },
    subscribe: () => () => undefined
  });
  return { bridge, calls };
}

describe('createBridge', () => {
  it('exposes exactly the api and onEvent, nothing else', () => {
    const { bridge } = recordingBridge();
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onEvent']);
  });

  it('gives the page one function per contract method and no raw IPC', () => {
    const { bridge } = recordingBridge();
    expect(Object.keys(bridge.api).sort()).toEqual([...methodNames].sort());
    expect(Object.values(bridge.api).every((value) => typeof value === 'function')).toBe(true);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'require']) {
      expect(bridge).not.toHaveProperty(forbidden);
      expect(bridge.api).not.toHaveProperty(forbidden);
    }
  });

  it('sends each call to its own method with its input and resolves with the value', async () => {
    const { bridge, calls } = recordingBridge({ ok: true, value: [{ id: 'b1' }] });
    await expect(bridge.api.listBriefings({ sort: 'title' })).resolves.toEqual([{ id: 'b1' }]);
    expect(calls).toEqual([['listBriefings', { sort: 'title' }]]);
  });

  it("turns main's error reply into a thrown Error with the one-line message", async () => {
    const { bridge } = recordingBridge({ ok: false, error: 'Library: no briefing with id "x"' });
    await expect(bridge.api.getBriefing({ id: 'x' })).rejects.toThrow(new Error('Library: no briefing with id "x"'));
  });

  it('passes event subscriptions through and returns the unsubscribe', () => {
    const seen: AppEvent[] = [];
    let unsubscribed = false;
    const bridge = createBridge({
      call: async () => ({ ok: true, value: null }),
      subscribe: (listener) => {
        listener({ type: 'library-changed' });
        return () => (unsubscribed = true);
      }
    });
    const stop = bridge.onEvent((event) => seen.push(event));
    stop();
    expect(seen).toEqual([{ type: 'library-changed' }]);
    expect(unsubscribed).toBe(true);
  });
});
