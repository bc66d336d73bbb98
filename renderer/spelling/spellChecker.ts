import { normalizeWord, type SpellingLanguage } from '../../src/spelling/words';
import type { SpellRequest, SpellResponse } from './spellMessages';

type Answer = SpellResponse & { ok: true };
type RequestBody = SpellRequest extends infer R ? (R extends SpellRequest ? Omit<R, 'id'> : never) : never;

/** One worker holding one parsed dictionary. */
class DictionaryWorker {
  private readonly worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(language: SpellingLanguage, extra: Promise<readonly string[]>) {
    this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      if (event.data.ok) waiting?.resolve(event.data);
      else waiting?.reject(new Error(event.data.error));
    };
    // Relative to the page, so it works from app:// in Electron and from the loopback host.
    const base = new URL('./dictionaries/', document.baseURI).href;
    this.ready = extra.then(async (words) => {
      await this.send({ type: 'load', base, language, extra: words });
    });
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  send(body: RequestBody): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as SpellRequest);
    });
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('Cancelled.'));
    this.pending.clear();
  }
}

/**
 * One language's dictionary, with the answers remembered on the page: the editor asks
 * `isCorrect` synchronously while it draws, and only words it has never seen go to the worker
 * (`check`). Suggestions run in a second worker, created on first use: nspell can spend seconds
 * on a long unknown word, and checking must not queue behind that; a cancelled search ends by
 * terminating its worker.
 */
export class SpellChecker {
  private readonly checking: DictionaryWorker;
  private suggesting: DictionaryWorker | null = null;
  private readonly known = new Map<string, boolean>();
  /** The house dictionary as loaded, plus words added since. */
  private readonly extra: Promise<string[]>;

  constructor(
    readonly language: SpellingLanguage,
    houseWords: Promise<string[]>,
  ) {
    this.extra = houseWords.then((words) => [...words]);
    this.checking = new DictionaryWorker(language, this.extra);
  }

  /** Resolves once the dictionary is parsed; rejects with a message the UI shows. */
  get ready(): Promise<void> {
    return this.checking.ready;
  }

  /** True or false once the worker has answered for this word; undefined until then. */
  isCorrect(word: string): boolean | undefined {
    return this.known.get(normalizeWord(word));
  }

  /** Checks words not answered yet; resolves when `isCorrect` knows them all. */
  async check(words: Iterable<string>): Promise<void> {
    const unknown = [...new Set([...words].map(normalizeWord))].filter((word) => !this.known.has(word));
    if (unknown.length === 0) return;
    await this.checking.ready;
    const { misspelt = [] } = await this.checking.send({ type: 'check', words: unknown });
    const wrong = new Set(misspelt);
    for (const word of unknown) this.known.set(word, !wrong.has(word));
  }

  async suggest(word: string): Promise<string[]> {
    this.suggesting ??= new DictionaryWorker(this.language, this.extra);
    const worker = this.suggesting;
    await worker.ready;
    return (await worker.send({ type: 'suggest', word: normalizeWord(word) })).suggestions ?? [];
  }

  /** Stops a suggestion search still running (the menu closed). */
  cancelSuggestions(): void {
    if (!this.suggesting?.busy) return;
    this.suggesting.terminate();
    this.suggesting = null;
  }

  /** Accepts a word from now on (the caller stores it in the house dictionary). */
  async add(word: string): Promise<void> {
    const normal = normalizeWord(word);
    (await this.extra).push(normal);
    await this.checking.ready;
    await Promise.all([this.checking, this.suggesting].map((worker) => worker?.send({ type: 'add', word: normal })));
    this.known.set(normal, true);
  }
}
