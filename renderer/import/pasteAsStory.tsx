// Web copy pasted into the body of an empty story goes in as an ordinary paste, then Galley
// offers to read it as a story with the importer "New story from copy" uses. Reading replaces
// the plain paste; one Undo (the notice's button or Ctrl/Cmd+Z) puts the story back as it was
// before the paste. An offer, not an automatic import: a reporter pasting their own draft from
// Word or Docs into a new story expects their text and formatting, not fields taken out of it.
import { EditorState } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyBody, type BodyDoc } from '../../src/story/body';
import { formatDateline } from '../../src/story/dateline';
import { blankStoryFields, type Story, type StoryChanges, type StoryFields } from '../../src/story/story';
import { call, errorMessage } from '../api';
import { Notice } from '../common/Notice';

/** The clipboard of a paste: its text and the HTML a browser puts beside it. */
export interface PastedCopy {
  text: string;
  html: string;
}

/**
 * The fields that hold a story's words. Urgency, language, embargo and the dateline's date are
 * settings a new story has too (New story dates it today).
 */
const CONTENT_FIELDS = ['slug', 'headline', 'standfirst', 'byline', 'credit', 'related', 'keywords', 'ednote'] as const;

/** How the notice names each field the import filled. */
const FIELD_NAMES: Record<Exclude<keyof StoryFields, 'body'>, string> = {
  slug: 'slug',
  headline: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  dateline: 'dateline',
  credit: 'credit',
  related: 'related links',
  keywords: 'keywords',
  urgency: 'urgency',
  language: 'language',
  embargo: 'embargo',
  ednote: 'editor’s note',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a filled field now says, for the report's "Byline: By Jane Roe" line. */
function shownValue(key: keyof StoryChanges, changes: StoryChanges): string {
  const value = changes[key];
  if (key === 'dateline' && changes.dateline) return formatDateline(changes.dateline) || changes.dateline.date;
  if (key === 'credit' && changes.credit) return [changes.credit.line, changes.credit.source].filter(Boolean).join(' · ');
  if (key === 'related' && changes.related) return changes.related.map((link) => link.title).join('; ');
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value ?? '');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** True while no field of the story holds anything (the body is the editor's to judge). */
export function hasBlankFields(story: Story): boolean {
  const blank = blankStoryFields();
  return CONTENT_FIELDS.every((key) => same(story[key], blank[key])) && !story.dateline.place && !story.dateline.source;
}

interface ReadStory {
  /** The fields as they were before the paste, for Undo. */
  before: StoryChanges;
  filled: string[];
  report: string[];
}

interface PasteAsStoryOptions {
  draft: Story | null;
  editor(): Editor | null;
  edit(changes: StoryChanges): void;
  /** The body was replaced outside the editor's own edits: save it and recount. */
  bodyReplaced(): void;
}

export interface PasteAsStory {
  offer: PastedCopy | null;
  read: ReadStory | null;
  busy: boolean;
  error: string | null;
  /** Changes whenever the fields were replaced under the form, which must show them afresh. */
  generation: number;
  copyPasted(copy: PastedCopy): void;
  /** Any other edit: the offer and the Undo are about the story before it, so both go. */
  edited(): void;
  readAsStory(): Promise<void>;
  undo(): void;
  dismiss(): void;
}

export function usePasteAsStory({ draft, editor, edit, bodyReplaced }: PasteAsStoryOptions): PasteAsStory {
  const [offer, setOffer] = useState<PastedCopy | null>(null);
  const [read, setRead] = useState<ReadStory | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // Counts edits, so a reading that comes back after the user typed on is not applied over it.
  const edits = useRef(0);

  const copyPasted = useCallback((copy: PastedCopy) => setOffer(draft && hasBlankFields(draft) ? copy : null), [draft]);

  const edited = useCallback(() => {
    edits.current += 1;
    setOffer(null);
    setRead(null);
  }, []);

  const replaceBody = useCallback(
    (body: BodyDoc) => {
      const current = editor();
      if (!current) return;
      // A fresh state, so the body's history starts again: the one Undo for the whole import is
      // ours, and the editor's own Undo (toolbar, menu) has no plain paste left to bring back.
      current.view.updateState(EditorState.create({ doc: current.schema.nodeFromJSON(body), plugins: current.state.plugins }));
      // A transaction, so what follows the editor (toolbar, counts) sees the new state.
      current.commands.focus('start');
      bodyReplaced();
    },
    [editor, bodyReplaced],
  );

  const readAsStory = useCallback(async () => {
    if (!offer || !draft) return;
    const edit0 = edits.current;
    setBusy(true);
    try {
      const { changes, warnings } = await call('readCopy', offer);
      if (edits.current !== edit0) return;
      const { body, ...fields } = changes;
      const keys = Object.keys(fields) as (keyof typeof fields)[];
      const before = Object.fromEntries(keys.map((key) => [key, draft[key]])) as StoryChanges;
      const changed = keys.filter((key) => !same(fields[key], draft[key]));
      const filled = changed.map((key) => FIELD_NAMES[key]);
      // What moved to which field first, then what the importer asks the user to check.
      const moved = changed.map((key) => `${FIELD_NAMES[key][0].toUpperCase()}${FIELD_NAMES[key].slice(1)}: ${shownValue(key, fields)}`);
      edit(fields);
      replaceBody(body ?? emptyBody());
      setGeneration((n) => n + 1);
      setOffer(null);
      setError(null);
      setRead({ before, filled: body ? [...filled, 'body'] : filled, report: [...new Set([...moved, ...warnings])] });
    } catch (failure) {
      // The plain paste stays in the body: nothing is lost.
      setError(`Could not read the paste as a story: ${errorMessage(failure)}`);
      setOffer(null);
    } finally {
      setBusy(false);
    }
  }, [offer, draft, edit, replaceBody]);

  const undo = useCallback(() => {
    if (!read) return;
    edit(read.before);
    // The story was empty before the paste, and the plain paste is not brought back.
    replaceBody(emptyBody());
    setGeneration((n) => n + 1);
    setRead(null);
  }, [read, edit, replaceBody]);

  useEffect(() => {
    if (!read) return undefined;
    // Capture phase: before the body's own history or a field's native undo sees the key.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        event.stopPropagation();
        undo();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [read, undo]);

  const dismiss = useCallback(() => {
    setOffer(null);
    setRead(null);
    setError(null);
  }, []);

  return { offer, read, busy, error, generation, copyPasted, edited, readAsStory, undo, dismiss };
}

/** The offer to read a paste as a story, then what was filled, the import report and Undo. */
export function PasteAsStoryNotice({ paste }: { paste: PasteAsStory }) {
  if (paste.error) return <Notice tone="error" message={paste.error} onDismiss={paste.dismiss} />;
  if (paste.offer) {
    return (
      <Notice tone="info" message="This looks like copy from a web page. Read it as a story? Galley fills the headline, byline, dateline and credits from it." onDismiss={paste.dismiss}>
        <button type="button" className="primary" disabled={paste.busy} onClick={() => void paste.readAsStory()}>
          {paste.busy ? 'Reading…' : 'Read as a story'}
        </button>
      </Notice>
    );
  }
  if (!paste.read) return null;
  const { filled, report } = paste.read;
  return (
    <Notice tone="info" message={`Read as a story: ${filled.length ? `${filled.join(', ')} filled` : 'nothing recognised'}. Ctrl+Z takes it all back.`} onDismiss={paste.dismiss}>
      <button type="button" onClick={paste.undo}>
        Undo
      </button>
      {report.length > 0 && (
        <ul className="check-these" aria-label="Import report">
          {report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
