import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { countCharacters, countWords } from '../../src/story/counts';
import type { BodyDoc } from '../../src/story/body';
import { call } from '../api';
import { Notice } from '../common/Notice';
import { settleTimer } from '../common/settleTimer';
import { StatusSelect } from '../common/StatusSelect';
import { ExportButton } from '../export/ExportButton';
import { FindBar } from '../find/FindBar';
import { CheckTheseNotice } from '../import/CheckTheseNotice';
import { PasteAsStoryNotice, usePasteAsStory } from '../import/pasteAsStory';
import { HistoryPanel } from '../history/HistoryPanel';
import { goToProblem } from '../desk/goToProblem';
import { ReadinessPanel } from '../desk/ReadinessPanel';
import { StoryDeskBar } from '../desk/StoryDeskBar';
import { useWireState } from '../desk/useWireState';
import { WireBanner } from '../desk/WireBanner';
import { ReviewPane } from '../review/ReviewPane';
import { BodyEditor } from './BodyEditor';
import { ConflictBanner } from './ConflictBanner';
import { ConflictCompare } from './ConflictCompare';
import { SaveIndicator } from './SaveIndicator';
import { StoryFields } from './StoryFields';
import { useFocusMode } from './useFocusMode';
import { TrashButton } from './TrashButton';
import { useStoryDraft } from './useStoryDraft';
import { useStoryPlace } from './useStoryPlace';
import { useLiveStory } from './useLiveStory';
import { LiveIndicator } from './LiveIndicator';
import { BODY_SHORTCUT } from './bodyShortcut';

interface StoryViewProps {
  id: string;
  /** Just created: the caret starts in the headline. */
  isNew?: boolean;
  onClose(): void;
  /** The story went to the trash; the app returns to the library and offers Undo. */
  onTrashed(headline: string): void;
}

/** One story: its fields, its body, autosave, and what to do when someone else saved first. */
export function StoryView({ id, isNew, onClose, onTrashed }: StoryViewProps) {
  const editorRef = useRef<Editor | null>(null);
  const readBody = useCallback(() => (editorRef.current ? (editorRef.current.getJSON() as BodyDoc) : null), []);
  const story = useStoryDraft(id, readBody);
  const live = useLiveStory(id);
  const liveBridge = live.opening ? null : live.bridge;
  const [notice, setNotice] = useState<string | null>(null);
  /** Revisions cut with Ctrl+S: each shows "Revision saved." afresh, and it fades. */
  const [revisionsSaved, setRevisionsSaved] = useState(0);
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyButton = useRef<HTMLButtonElement>(null);
  /** A field on screen that is not saved (a refused related link): the header says so. */
  const [refusedField, setRefusedField] = useState<string | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  /** The editor as state (editorRef does not re-render): the review pane follows its edits. */
  const [liveEditor, setLiveEditor] = useState<Editor | null>(null);
  const [focusMode, setFocusMode] = useFocusMode();
  useStoryPlace(id, liveEditor);
  /** Ctrl/Cmd+F presses while the story is open: each one (re)focuses the find bar. */
  const [findRequests, setFindRequests] = useState(0);
  useEffect(() => {
    const openFind = () => setFindRequests((n) => n + 1);
    const onKey = (event: KeyboardEvent) => {
      // Ctrl+Shift+F is focus mode (useFocusMode).
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        openFind();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.galley.onMenuCommand((command) => command === 'find' && openFind());
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
  /** The conflict's field-by-field compare view is open. */
  const [comparing, setComparing] = useState(false);
  /** A photo or paste the editor refused, with the reason. */
  const [editorProblem, setEditorProblem] = useState<string | null>(null);
  const [counts, setCounts] = useState({ words: 0, characters: 0 });
  /** Counting walks the whole body: done once typing pauses, never per keystroke. */
  const [counter] = useState(() =>
    settleTimer(() => {
      const text = editorRef.current?.getText() ?? '';
      setCounts({ words: countWords(text), characters: countCharacters(text) });
    }, 250),
  );
  const recount = counter.poke;
  useEffect(() => counter.cancel, [counter]);
  const onReady = useCallback(
    (editor: Editor | null) => {
      editorRef.current = editor;
      setLiveEditor(editor);
      recount();
    },
    [recount],
  );
  const { flush, draft, saveState, bodyChanged } = story;
  const pasteAsStory = usePasteAsStory({
    draft,
    editor: useCallback(() => editorRef.current, []),
    edit: story.edit,
    bodyReplaced: useCallback(() => {
      bodyChanged();
      recount();
    }, [bodyChanged, recount]),
  });
  const goToBody = useCallback(() => editorRef.current?.commands.focus(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (BODY_SHORTCUT.matches(event)) {
        event.preventDefault();
        goToBody();
      }
      // Escape belongs first to what is on top: a dialog, the find bar, a menu or popover (they
      // take it and prevent its default). Then it leaves focus mode, then closes History.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (focusMode) setFocusMode(false);
      else if (historyOpen) {
        if (document.activeElement?.closest('.history-panel')) historyButton.current?.focus();
        setHistoryOpen(false);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goToBody, focusMode, setFocusMode, historyOpen]);
  const onWire = useWireState({ id, status: story.saved?.status ?? 'draft', version: story.saved?.version ?? 0 });

  const saveRevision = useCallback(async () => {
    await flush('save');
    setRevisionsSaved((n) => n + 1);
  }, [flush]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRevision();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.galley.onMenuCommand((command) => command === 'save' && void saveRevision());
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [saveRevision]);

  useEffect(() => {
    const dirty = saveState === 'unsaved' || saveState === 'saving' || saveState === 'error' || saveState === 'conflict' || refusedField !== null;
    document.title = `${draft?.slug || draft?.headline || 'Untitled'}${dirty ? ' •' : ''} — Galley`;
  }, [draft?.slug, draft?.headline, saveState, refusedField]);

  if (saveState === 'missing') {
    return (
      <main className="story-view">
        <Notice tone="error" message={story.error ?? 'This story does not exist.'} />
        <button type="button" onClick={onClose}>
          Back to library
        </button>
      </main>
    );
  }
  if (!draft || !story.saved || live.opening) return <main className="story-view" aria-busy="true" />;

  return (
    <main className="story-view" aria-label="Story">
      <header className="toolbar">
        <button type="button" onClick={onClose} title="Library (Ctrl+L)">
          ← Library
        </button>
        <span className="story-slug">{draft.slug || 'Untitled'}</span>
        <SaveIndicator state={saveState} refused={refusedField} />
        {liveBridge && <LiveIndicator status={live.opening ? null : live.status} />}
        <label className="inline-label">
          Status
          <StatusSelect label="Status" value={draft.status} onChange={(status) => void story.setStatus(status)} />
        </label>
        <span className="word-count" aria-live="polite">
          {counts.words} {counts.words === 1 ? 'word' : 'words'} · {counts.characters} chars
        </span>
        <button type="button" onClick={() => void saveRevision()} title="Save revision (Ctrl+S)">
          Save revision
        </button>
        <button ref={historyButton} type="button" aria-pressed={historyOpen} onClick={() => setHistoryOpen(!historyOpen)}>
          History
        </button>
        <button type="button" aria-pressed={reviewOpen} onClick={() => setReviewOpen(!reviewOpen)}>
          Review
        </button>
        <button type="button" aria-pressed={focusMode} title="Focus mode (Ctrl+Shift+F)" onClick={() => setFocusMode(!focusMode)}>
          Focus
        </button>
        <StoryDeskBar id={id} onWire={onWire} flush={() => flush()} onChanged={() => void call('getStory', { id }).then(story.replaceWith)} />
        <ExportButton storyId={id} flush={() => flush()} />
        <TrashButton id={id} flush={() => flush()} onTrashed={() => onTrashed(draft.headline)} onError={setNotice} />
      </header>
      {onWire && <WireBanner wire={onWire.wire} killed={story.saved.status === 'killed'} />}
      {story.theirs && <ConflictBanner theirs={story.theirs} onKeepMine={() => void story.keepMine()} onTakeTheirs={story.takeTheirs} onCompare={() => setComparing(true)} />}
      {story.theirs && comparing && (
        <ConflictCompare
          mine={{ ...draft, body: readBody() ?? draft.body }}
          theirs={story.theirs}
          onSave={(merged) => {
            setComparing(false);
            void story.saveMerged(merged);
          }}
          onCancel={() => setComparing(false)}
        />
      )}
      {saveState === 'error' && story.error && (
        <Notice tone="error" message={`Not saved: ${story.error} Your changes are kept; Galley retries when you type, or press Save.`} />
      )}
      {notice && <Notice tone="info" message={notice} onDismiss={() => setNotice(null)} />}
      {revisionsSaved > 0 && <Notice key={revisionsSaved} tone="info" message="Revision saved." onDismiss={() => setRevisionsSaved(0)} transient />}
      {editorProblem && <Notice tone="error" message={editorProblem} onDismiss={() => setEditorProblem(null)} />}
      <CheckTheseNotice storyId={id} />
      <PasteAsStoryNotice paste={pasteAsStory} />
      <div className={['story-layout', historyOpen ? 'with-history' : '', reviewOpen ? 'with-review' : '', focusMode ? 'focus-mode' : ''].filter(Boolean).join(' ')}>
        <StoryFields
          key={`${story.bodyGeneration}-${pasteAsStory.generation}`}
          story={draft}
          onEdit={(changes) => {
            pasteAsStory.edited();
            story.edit(changes);
          }}
          onUnsaved={setRefusedField}
          onGoToBody={goToBody}
          focusHeadline={isNew && story.bodyGeneration === 0 && pasteAsStory.generation === 0}
        />
        <section className="body-pane" aria-label="Body">
          <BodyEditor
            storyId={id}
            language={draft.language}
            content={draft.body}
            generation={story.bodyGeneration}
            live={liveBridge}
            onReady={onReady}
            onProblem={setEditorProblem}
            findBar={findRequests > 0 && liveEditor && <FindBar editor={liveEditor} focusRequest={findRequests} onClose={() => setFindRequests(0)} />}
            onChange={() => {
              pasteAsStory.edited();
              // A live body is kept as it is typed, through its document: nothing to save.
              if (!liveBridge) story.bodyChanged();
              recount();
            }}
            onCopyPasted={pasteAsStory.copyPasted}
          />
          {/* Below the body: its list changes after every autosave, and above the body it moved the
              formatting toolbar under the user's pointer (a click meant for H2 landed in the text). */}
          <ReadinessPanel id={id} version={story.saved.version} wire={onWire?.wire ?? null} onGo={(problem) => goToProblem(problem, editorRef.current)} />
        </section>
        {historyOpen && (
          <HistoryPanel storyId={id} current={() => ({ ...draft, body: readBody() ?? draft.body })} onRestore={story.restoreRevision} onClose={() => setHistoryOpen(false)} />
        )}
        {reviewOpen && (
          <ReviewPane storyId={id} editor={liveEditor} saved={story.saved} conflicted={saveState === 'conflict'} flush={() => flush()} onClose={() => setReviewOpen(false)} />
        )}
      </div>
    </main>
  );
}
