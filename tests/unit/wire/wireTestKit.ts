import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Story } from '../../../src/story/story';
import type { ImportedStory } from '../../../src/wire/types';
import { generateCorpus } from '../../fixtures/storyCorpus';
import { STANDARDS_DIR } from '../../support/xsd';

/** The corpus every wire test uses: 210 stories, so each edge index and urgency appears. */
export const corpus: readonly Story[] = generateCorpus(210, 1);

/** The story the re-export sees: the library record with the imported fields saved over it. */
export function reimported(original: Story, imported: ImportedStory): Story {
  return { ...original, ...imported.fields } as Story;
}

/** Official IPTC files under ../shared/standards/<folder> whose names end with `suffix`. */
export function standardsFiles(folder: string, suffix: string): { name: string; text: string }[] {
  const dir = path.join(STANDARDS_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

export function fixture(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../fixtures/wire', name), 'utf8');
}

/** ajv over the official ninjs 3.1 schema (draft 2020-12; GeoJSON added from disk, no network). */
export function ninjsValidator() {
  const read = (name: string) => JSON.parse(readFileSync(path.join(STANDARDS_DIR, 'ninjs', name), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read('GeoJSON-schema.json'));
  return ajv.compile(read('ninjs-schema_3.1.json'));
}
