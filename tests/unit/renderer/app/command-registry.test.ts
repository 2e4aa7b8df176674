import { describe, expect, it } from 'vitest';
import { createCommandRegistry } from '../../../../src/renderer/src/app/command-registry';

describe('createCommandRegistry', () => {
  it('runs the newest handler of a command, so an overlay opened later takes Escape first', () => {
    const registry = createCommandRegistry();
    const ran: string[] = [];
    registry.register('close', () => void ran.push('reader'));
    registry.register('close', () => void ran.push('find bar'));
    expect(registry.run('close')).toBe(true);
    expect(ran).toEqual(['find bar']);
  });

  it('passes a command on to the handler registered before when the newest declines', () => {
    const registry = createCommandRegistry();
    const ran: string[] = [];
    registry.register('close', () => void ran.push('older'));
    registry.register('close', () => false);
    expect(registry.run('close')).toBe(true);
    expect(ran).toEqual(['older']);
  });

  it('reports a command nobody takes, so the key goes to the browser', () => {
    const registry = createCommandRegistry();
    registry.register('undo-delete', () => false);
    expect(registry.run('undo-delete')).toBe(false);
    expect(registry.run('search')).toBe(false);
  });

  it('forgets a handler once it is removed', () => {
    const registry = createCommandRegistry();
    const ran: string[] = [];
    const remove = registry.register('search', () => void ran.push('search'));
    remove();
    expect(registry.run('search')).toBe(false);
    expect(ran).toEqual([]);
  });
});
