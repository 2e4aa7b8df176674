import { describe, expect, it } from 'vitest';
import { prepareCitationStylesWhenIdle } from '../../../src/main/library/cite/service';
import { citationStylesFrom } from '../../../src/main/library/cite/styles';
import { tempLibrary } from '../../helpers/temp-library';

describe('preparing the citation styles after start-up', () => {
  it('prepares the remembered style first, then the others', () => {
    expect(citationStylesFrom('mla').map((s) => s.id)).toEqual(['mla', 'apa', 'chicago', 'harvard']);
  });

  it('reports a failure to its callback instead of throwing into the app', () => {
    const { library, close } = tempLibrary();
    close();
    const errors: unknown[] = [];
    expect(() => prepareCitationStylesWhenIdle(library, (error) => errors.push(error))).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
