export function namedPaths(markdown: string): string[];
export function missingPaths(markdown: string, root?: string): string[];
