import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyDoc } from '../../src/story/body';
import type { Story, StoryChanges, StoryFields } from '../../src/story/story';
import { ApiFailure, call, errorMessage } from '../api';
import { settleTimer } from '../common/settleTimer';

export type SaveState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict' | 'missing';

/** Autosave this long after the last keystroke, so the working copy is on disk within a second. */
export const AUTOSAVE_DELAY_MS = 500;
/** After this long without typing, the working copy is cut as a revision. */
export const IDLE_REVISION_MS = 60_000;

export interface StoryDraft {
  /** The story as last saved. */
  saved: Story | null;
  /** What the form shows: the saved story plus unsaved edits. */
  draft: Story | null;
  saveState: SaveState;
  error: string | null;
  /** The newer version someone else saved, when our save hit a conflict. */
  theirs: Story | null;
  /** Increments when the body must be reloaded into the editor (take theirs, restore). */
  bodyGeneration: number;
  edit(changes: StoryChanges): void;
  bodyChanged(): void;
  /** Saves now; with a revision kind, also cuts a revision. */
  flush(revision?: 'save' | 'idle'): Promise<void>;
  keepMine(): Promise<void>;
  takeTheirs(): void;
  replaceWith(story: Story): void;
  setStatus(status: Story['status']): Promise<void>;
  /** Saves pending edits, then makes an old revision current (as a new revision) and loads it. */
  restoreRevision(revisionId: number): Promise<void>;
  /** Resolves a conflict with a field-by-field merge of mine and theirs, saved over theirs. */
  saveMerged(merged: Story): Promise<void>;
}

/** The edits in `draft` relative to `base`, field by field. */
function changesBetween(base: Story, draft: Story): StoryChanges {
  const changes: Record<string, unknown> = {};
  const keys: (keyof StoryFields)[] = ['slug', 'headline', 'standfirst', 'byline', 'dateline', 'body', 'credit', 'related', 'keywords', 'urgency', 'language', 'embargo', 'ednote'];
  for (const key of keys) if (JSON.stringify(base[key]) !== JSON.stringify(draft[key])) changes[key] = draft[key];
  return changes as StoryChanges;
}

/**
 * One story being edited: loads it, keeps unsaved edits, autosaves them shortly after the last
 * keystroke, and never overwrites a newer version silently (a conflict keeps every edit).
 */
export function useStoryDraft(id: string, readBody: () => BodyDoc | null): StoryDraft {
  const [saved, setSaved] = useState<Story | null>(null);
  const [draft, setDraft] = useState<Story | null>(null);
  const [saveState, showSaveState] = useState<SaveState>('loading');
  // Every keystroke marks the story unsaved: read the state here so a keystroke that changes
  // nothing sets no React state (a state update re-renders the whole story view).
  const saveStateRef = useRef<SaveState>('loading');
  const setSaveState = useCallback((state: SaveState) => {
    if (saveStateRef.current === state) return;
    saveStateRef.current = state;
    showSaveState(state);
  }, []);
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<Story | null>(null);
  const [bodyGeneration, setBodyGeneration] = useState(0);

  const savedRef = useRef<Story | null>(null);
  const pending = useRef<StoryChanges>({});
  const bodyDirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const flushRef = useRef<(revision?: 'save' | 'idle') => Promise<void>>(async () => undefined);
  const [autosave] = useState(() => settleTimer(() => void flushRef.current(), AUTOSAVE_DELAY_MS));
  const idleTimer = useRef<number>(undefined);
  const blocked = useRef(false);
  const readBodyRef = useRef(readBody);
  readBodyRef.current = readBody;

  const hasPending = () => bodyDirty.current || Object.keys(pending.current).length > 0;

  useEffect(() => {
    let cancelled = false;
    call('getStory', { id })
      .then((story) => {
        if (cancelled) return;
        savedRef.current = story;
        setSaved(story);
        setDraft(story);
        setSaveState('saved');
      })
      .catch((failure) => {
        if (cancelled) return;
        setSaveState(failure instanceof ApiFailure && failure.code === 'not-found' ? 'missing' : 'error');
        setError(errorMessage(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [id, setSaveState]);

  const flush = useCallback(async (revision?: 'save' | 'idle'): Promise<void> => {
    autosave.cancel();
    while (inFlight.current) await inFlight.current;
    const base = savedRef.current;
    if (!base || blocked.current) return;
    if (!hasPending() && !revision) return;
    const changes: StoryChanges = { ...pending.current };
    if (bodyDirty.current) {
      const body = readBodyRef.current();
      if (body) changes.body = body;
    }
    pending.current = {};
    bodyDirty.current = false;
    setSaveState('saving');
    const attempt = (async () => {
      try {
        const story = await call('saveStory', { id, baseVersion: base.version, changes, revision });
        savedRef.current = story;
        setSaved(story);
        setError(null);
        setSaveState(hasPending() ? 'unsaved' : 'saved');
        window.clearTimeout(idleTimer.current);
        if (revision !== 'idle') idleTimer.current = window.setTimeout(() => void flush('idle'), IDLE_REVISION_MS);
      } catch (failure) {
        // Nothing is lost: the edits go back in front of anything typed meanwhile.
        pending.current = { ...changes, ...pending.current };
        if (failure instanceof ApiFailure && failure.code === 'conflict') {
          blocked.current = true;
          setTheirs((failure.details as { current: Story }).current);
          setSaveState('conflict');
        } else {
          setSaveState('error');
        }
        setError(errorMessage(failure));
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
  }, [id, setSaveState, autosave]);
  flushRef.current = flush;

  const schedule = useCallback(() => {
    if (saveStateRef.current !== 'conflict') setSaveState('unsaved');
    if (idleTimer.current !== undefined) {
      window.clearTimeout(idleTimer.current);
      idleTimer.current = undefined;
    }
    autosave.poke();
  }, [autosave, setSaveState]);

  const edit = useCallback(
    (changes: StoryChanges) => {
      setDraft((current) => (current ? { ...current, ...changes } : current));
      Object.assign(pending.current, changes);
      schedule();
    },
    [schedule],
  );

  const bodyChanged = useCallback(() => {
    bodyDirty.current = true;
    schedule();
  }, [schedule]);

  const saveMerged = useCallback(
    async (merged: Story) => {
      const newer = theirs;
      if (!newer) return;
      pending.current = changesBetween(newer, merged);
      bodyDirty.current = false;
      savedRef.current = newer;
      setSaved(newer);
      blocked.current = false;
      setTheirs(null);
      setDraft({ ...merged, status: newer.status, version: newer.version });
      // Reload the editor and the fields from the merge (the body may be theirs now).
      setBodyGeneration((n) => n + 1);
      await flush('save');
    },
    [theirs, flush],
  );

  const keepMine = useCallback(async () => {
    if (!draft) return;
    const body = readBodyRef.current();
    await saveMerged(body ? { ...draft, body } : draft);
  }, [draft, saveMerged]);

  const replaceWith = useCallback((story: Story) => {
    pending.current = {};
    bodyDirty.current = false;
    blocked.current = false;
    savedRef.current = story;
    setSaved(story);
    setDraft(story);
    setTheirs(null);
    setError(null);
    setSaveState('saved');
    setBodyGeneration((n) => n + 1);
  }, [setSaveState]);

  const takeTheirs = useCallback(() => {
    if (theirs) replaceWith(theirs);
  }, [theirs, replaceWith]);

  const setStatus = useCallback(
    async (status: Story['status']) => {
      await flush();
      const base = savedRef.current;
      if (!base || blocked.current) return;
      try {
        const story = await call('setStatus', { id, status, baseVersion: base.version });
        savedRef.current = story;
        setSaved(story);
        setDraft((current) => (current ? { ...current, status: story.status, version: story.version } : current));
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [id, flush],
  );

  const restoreRevision = useCallback(
    async (revisionId: number) => {
      await flush();
      const base = savedRef.current;
      if (!base || blocked.current) throw new Error('Resolve the conflict with the other window before restoring.');
      replaceWith(await call('restoreRevision', { id, revisionId, baseVersion: base.version }));
    },
    [id, flush, replaceWith],
  );

  useEffect(() => {
    // Leaving the story or hiding the window saves what is pending.
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      window.clearTimeout(idleTimer.current);
      void flush();
    };
  }, [flush]);

  return { saved, draft, saveState, error, theirs, bodyGeneration, edit, bodyChanged, flush, keepMine, takeTheirs, replaceWith, setStatus, restoreRevision, saveMerged };
}
