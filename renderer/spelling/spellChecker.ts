import { normalizeWord, type SpellingLanguage } from '../../src/spelling/words';
import type { SpellRequest, SpellResponse } from './spellMessages';

type Pending = { resolve(response: SpellResponse & { ok: true }): void; reject(error: Error): void };
type RequestBody = SpellRequest extends infer R ? (R extends SpellRequest ? Omit<R, 'id'> : never) : never;

/**
 * One language's dictionary in a worker, with the answers remembered on the page: the editor
 * asks `isCorrect` synchronously while it draws, and only words it has never seen go to the
 * worker (`check`). The house dictionary is added at load and whenever a word joins it.
 */
export class SpellChecker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly known = new Map<string, boolean>();
  private nextId = 1;
  /** Resolves once the dictionary is parsed; rejects with a message the UI shows. */
  readonly ready: Promise<void>;

  constructor(readonly language: SpellingLanguage, houseWords: Promise<string[]>) {
    this.worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      if (event.data.ok) waiting?.resolve(event.data);
      else waiting?.reject(new Error(event.data.error));
    };
    // Relative to the page, so it works from app:// in Electron and from the loopback host.
    const base = new URL('./dictionaries/', document.baseURI).href;
    this.ready = houseWords.then(async (extra) => {
      await this.send({ type: 'load', base, language, extra });
    });
  }

  private send(body: RequestBody): Promise<SpellResponse & { ok: true }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as SpellRequest);
    });
  }

  /** True or false once the worker has answered for this word; undefined until then. */
  isCorrect(word: string): boolean | undefined {
    return this.known.get(normalizeWord(word));
  }

  /** Checks words not answered yet; resolves when `isCorrect` knows them all. */
  async check(words: Iterable<string>): Promise<void> {
    const unknown = [...new Set([...words].map(normalizeWord))].filter((word) => !this.known.has(word));
    if (unknown.length === 0) return;
    await this.ready;
    const { misspelt = [] } = await this.send({ type: 'check', words: unknown });
    const wrong = new Set(misspelt);
    for (const word of unknown) this.known.set(word, !wrong.has(word));
  }

  async suggest(word: string): Promise<string[]> {
    await this.ready;
    return (await this.send({ type: 'suggest', word: normalizeWord(word) })).suggestions ?? [];
  }

  /** Accepts a word from now on (the caller stores it in the house dictionary). */
  async add(word: string): Promise<void> {
    await this.ready;
    await this.send({ type: 'add', word: normalizeWord(word) });
    this.known.set(normalizeWord(word), true);
  }
}
