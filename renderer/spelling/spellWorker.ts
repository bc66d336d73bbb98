// The spelling checker's worker: parsing a Hunspell dictionary takes ~500 ms and suggestions tens
// of milliseconds a word, so both run here, off the thread that handles typing.
import nspell from 'nspell';
import type { SpellRequest, SpellResponse } from './spellMessages';

/** The worker's global scope, typed by hand: the renderer's tsconfig has the DOM lib, not WebWorker. */
const scope = self as unknown as { postMessage(message: SpellResponse): void; onmessage: ((event: MessageEvent<SpellRequest>) => void) | null };

let checker: Promise<ReturnType<typeof nspell>> | null = null;

async function load(base: string, language: string, extra: readonly string[]) {
  const [aff, dic] = await Promise.all(
    ['aff', 'dic'].map(async (kind) => {
      const response = await fetch(new URL(`${language}.${kind}`, base));
      if (!response.ok) throw new Error(`The ${language} dictionary could not be read (${response.status}).`);
      return response.text();
    }),
  );
  const spell = nspell(aff, dic);
  for (const word of extra) spell.add(word);
  return spell;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'load') {
    checker = load(request.base, request.language, request.extra);
    checker.then(
      () => scope.postMessage({ id: request.id, ok: true }),
      (error: Error) => scope.postMessage({ id: request.id, ok: false, error: error.message }),
    );
    return;
  }
  void (async () => {
    try {
      if (!checker) throw new Error('No dictionary loaded.');
      const spell = await checker;
      if (request.type === 'check') scope.postMessage({ id: request.id, ok: true, misspelt: request.words.filter((word) => !spell.correct(word)) });
      else if (request.type === 'suggest') scope.postMessage({ id: request.id, ok: true, suggestions: spell.suggest(request.word).slice(0, 6) });
      else {
        spell.add(request.word);
        scope.postMessage({ id: request.id, ok: true });
      }
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, error: (error as Error).message });
    }
  })();
};
