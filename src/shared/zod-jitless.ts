/**
 * zod 4 compiles object schemas with `new Function` when it can. The page's Content-Security-Policy
 * forbids eval, so in the page that probe only shows up as a CSP violation; jitless mode never tries,
 * and validates the same way everywhere. Imported for its effect, first, by the contract (main) and
 * by the renderer's entry, which uses zod without the contract's declarations.
 */
import { z } from 'zod';

z.config({ jitless: true });
