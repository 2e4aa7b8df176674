/** One setting: its stored key, the value to use when it is missing or invalid, and the check. */
export interface SettingDefinition<T> {
  key: string;
  fallback: T;
  read(value: unknown): T | undefined;
}
