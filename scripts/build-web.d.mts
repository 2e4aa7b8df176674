// Types of scripts/build-web.mjs, for the end-to-end tests' global setup that uses it.

export const ROOT: string;

export function rendererIsStale(): boolean;
export function buildRenderer(): Promise<void>;
export function buildServer(): Promise<void>;
export function ensureWebBuilt(options?: { log?: (line: string) => void }): Promise<void>;
