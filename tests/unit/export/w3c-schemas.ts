/**
 * The W3C Web Annotation test suite's JSON Schemas (tests/fixtures/w3c-annotation, draft-04) as
 * Ajv validators, grouped as the suite's `.test` manifests group them: the MUST-level checks for an
 * annotation (54), a collection (10) and a page (15). The suite's quirks, per its README:
 * `$schema` is dropped and `strict: false` lets Ajv ignore the suite's own keywords; `id` names a
 * schema, which ajv-draft-04 reads as draft-04 does (Ajv 8's default class would need `$id`).
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import { REPO } from '../../helpers/temp-library';

export const W3C_FIXTURES = path.join(REPO, 'tests/fixtures/w3c-annotation');
const SCHEMAS = path.join(W3C_FIXTURES, 'schemas');

interface Assertion {
  file: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
  validate: ValidateFunction;
}

const ajv = new Ajv({ strict: false, allErrors: false });
// The two formats the schemas use. Without them Ajv would skip the id and date checks.
ajv.addFormat('uri', (value: string) => {
  // An absolute URI (RFC 3986): a scheme, a colon, and no spaces.
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
});
ajv.addFormat(
  'date-time',
  (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value))
);
for (const name of fs.readdirSync(path.join(SCHEMAS, 'definitions'))) {
  const { $schema: _schema, ...schema } = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'definitions', name), 'utf8')) as Record<string, unknown>;
  ajv.addSchema(schema);
}

/** The assertions a manifest lists (paths relative to schemas/), compiled. */
export function manifest(relativePath: string): Assertion[] {
  const test = JSON.parse(fs.readFileSync(path.join(SCHEMAS, relativePath), 'utf8')) as { assertions: string[] };
  return test.assertions.map((file) => {
    // The assertion's own `id` is dropped: several files share one, and their $refs name the definitions.
    const { id: _id, $schema: _schema, ...schema } = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')) as Record<string, unknown>;
    return {
      file,
      expectedResult: schema.expectedResult as Assertion['expectedResult'],
      errorMessage: schema.errorMessage as string,
      validate: ajv.compile(schema)
    };
  });
}

export const ANNOTATION_MUSTS = manifest('annotations/annotationMusts.test');
export const COLLECTION_MUSTS = manifest('collections/collectionMusts.test');
export const PAGE_MUSTS = manifest('collections/pages/pageMusts.test');

/** The assertions `data` fails, as "file: message" lines (empty when it passes them all). */
export function failures(assertions: readonly Assertion[], data: unknown): string[] {
  return assertions.filter((a) => a.validate(data) !== (a.expectedResult === 'valid')).map((a) => `${a.file}: ${a.errorMessage}`);
}
