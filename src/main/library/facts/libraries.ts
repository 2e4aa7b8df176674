/**
 * The language libraries of fact extraction, loaded when a fact is first extracted rather than
 * with the module: compromise and recognizers-text take about half a second to load, and most runs
 * that open a library — listing, searching, every command-line command but an import — extract
 * none. Both are CommonJS, so they load synchronously, inside an import's synchronous steps.
 */
import { createRequire } from 'node:module';
import type * as Recognizers from '@microsoft/recognizers-text-number';
import type Compromise from 'compromise/two';

const load = createRequire(import.meta.url);
let compromise: typeof Compromise | undefined;
let recognizers: typeof Recognizers | undefined;

export function compromiseLibrary(): typeof Compromise {
  compromise ??= load('compromise/two') as typeof Compromise;
  return compromise;
}

export function recognizersLibrary(): typeof Recognizers {
  recognizers ??= load('@microsoft/recognizers-text-number') as typeof Recognizers;
  return recognizers;
}
