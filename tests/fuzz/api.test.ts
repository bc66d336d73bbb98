// Every API method with random JSON payloads through dispatch, the validation the IPC path uses:
// each call succeeds or fails with a code the UI acts on, never `internal`, and the library
// stays sound. Folder values always point inside the test's temp folder, so a payload that
// happens to be valid cannot write anywhere else.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/api/contract';
import { STORY_STATUSES } from '../../src/story/story';
import { WIRE_FORMATS } from '../../src/wire/types';
import { dispatch } from '../../main/services/dispatch';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { storyFields } from '../support/storyBuilders';
import { tempFolder } from '../support/tempLibrary';
import { RUNS, timeoutFor } from './fuzzKit';

/** What a call may answer besides success: the user's mistake, a stale edit, a story not ready. */
const EXPECTED_ERRORS = new Set(['invalid-input', 'not-found', 'conflict', 'not-ready']);

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let services: ServiceHandlers;
const ids: string[] = [];

beforeAll(() => {
  folder = tempFolder('galley-fuzz-api-');
  store = new Store(folder.file('library.galley'));
  services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: './asset/' });
  for (let i = 0; i < 3; i++) ids.push(store.createStory(storyFields({ slug: `FUZZ-${i}` })).id);
});
afterAll(() => {
  store.close();
  folder.cleanup();
});

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', ' ', '../x', '\u0000', 'javascript:alert(1)', 'file:///etc/passwd'));
const known = () => fc.oneof(fc.constantFrom(...ids), text);

/** Values that look like what each key takes, so payloads often get past the first check. */
const VALUE_FOR: Record<string, () => fc.Arbitrary<unknown>> = {
  id: known,
  ids: () => fc.array(known(), { maxLength: 3 }),
  status: () => fc.oneof(fc.constantFrom(...STORY_STATUSES), text),
  format: () => fc.oneof(fc.constantFrom(...WIRE_FORMATS), text),
  limit: () => fc.oneof(fc.integer({ min: -5, max: 600 }), fc.double()),
  offset: () => fc.integer({ min: -5, max: 100 }),
  baseVersion: () => fc.integer({ min: -1, max: 5 }),
  revisionId: () => fc.integer({ min: -1, max: 20 }),
  revision: () => fc.constantFrom('save', 'idle', 'other'),
  query: () => fc.oneof(text, fc.constantFrom('grain*', '"unterminated', 'a OR', 'NOT', '*', 'NEAR(', '^x')),
  fields: () => fc.oneof(fc.constant(storyFields()), fc.dictionary(fc.constantFrom('headline', 'slug', 'body', 'related', 'urgency', 'keywords'), fc.jsonValue({ maxDepth: 3 }))),
  changes: () => fc.oneof(fc.constant({ headline: 'Changed' }), fc.dictionary(fc.constantFrom('headline', 'body', 'dateline', 'embargo', 'language'), fc.jsonValue({ maxDepth: 3 }))),
  destination: () =>
    fc.oneof(
      text,
      fc.record({ name: fc.constantFrom('Wire', 'Wire 2', '../up'), folder: fc.constantFrom(folder.file('out'), folder.file('out/../sibling'), 'relative/dir'), formats: fc.subarray([...WIRE_FORMATS]) }),
    ),
  folder: () => fc.constantFrom(folder.file('out'), 'relative'),
  files: () => fc.array(fc.record({ name: text, text: fc.oneof(text, fc.constant('Headline\n\nBody paragraph.')) }), { maxLength: 3 }),
  dataBase64: () => fc.oneof(fc.base64String({ maxLength: 40 }), text),
};
const KEYS = [...Object.keys(VALUE_FOR), 'name', 'text', 'word', 'prefix', 'reason', 'correctionNote', 'previousName', 'profile'];

const shaped = fc
  .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 5 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, VALUE_FOR[key]?.() ?? fc.oneof(text, fc.jsonValue({ maxDepth: 2 }))]))));

const payload = fc.oneof(shaped, fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }));

it(`answers ${RUNS} random payloads per method with a result or an expected error`, async () => {
  for (const name of METHOD_NAMES) {
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const result = await dispatch(services, name, input);
        if (!result.ok) expect(EXPECTED_ERRORS, `${name}(${JSON.stringify(input)?.slice(0, 200)}): ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
      }),
      { numRuns: RUNS },
    );
  }
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
}, timeoutFor(METHOD_NAMES.length * 3));

it('refuses an unknown method name', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(text, fc.anything()), payload, async (name, input) => {
      if (typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name)) return;
      const result = await dispatch(services, name, input);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-input');
    }),
    { numRuns: RUNS },
  );
});
