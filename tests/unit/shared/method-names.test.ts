import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES_FILE, methodNamesSource } from '../../../scripts/generate-method-names';
import { contract } from '../../../src/shared/contract';
import { METHOD_NAMES } from '../../../src/shared/method-names';

describe('the generated list of method names', () => {
  it("names exactly the contract's methods, in its order (else run npx tsx scripts/generate-method-names.ts)", () => {
    expect(METHOD_NAMES).toEqual(Object.keys(contract));
  });

  it('is the file the generator writes, byte for byte', () => {
    expect(fs.readFileSync(METHOD_NAMES_FILE, 'utf8')).toBe(methodNamesSource());
  });
});
