/**
 * Every setting the page stores must be one the contract lets it save: a key missing from
 * `UserSettings` is refused at the boundary, and the page would show an error each time the user
 * changed it (as "print.notes" was, until this test).
 */
import { describe, expect, it } from 'vitest';
import * as keys from '../../../../src/renderer/src/app/setting-keys';
import type { SettingDefinition } from '../../../../src/renderer/src/app/setting-definition';
import { UserSettings } from '../../../../src/shared/contract/settings';

const definitions = (Object.values(keys) as unknown[]).filter(
  (value): value is SettingDefinition<unknown> => typeof value === 'object' && value !== null && 'key' in value && 'read' in value
);

/** A value the page could save for `definition`: its fallback, or a valid one where the fallback means "unset". */
const SAMPLES: Record<string, unknown> = { 'reader.theme': 'dark', 'reader.contents': false };

describe('the settings the page stores', () => {
  it('are all found', () => {
    expect(definitions.map((d) => d.key).sort()).toEqual([
      'library.sort',
      'print.notes',
      'reader.annotations',
      'reader.contents',
      'reader.fontSize',
      'reader.theme',
      'search.recent'
    ]);
  });

  for (const definition of definitions) {
    it(`"${definition.key}" is accepted by the contract with a value the page would save`, () => {
      const value = definition.key in SAMPLES ? SAMPLES[definition.key] : definition.fallback;
      expect(definition.read(value)).toEqual(value);
      expect(UserSettings.safeParse({ [definition.key]: value }).success).toBe(true);
    });
  }
});
