import { useEffect, useState } from 'react';
import { DEFAULT_FILE_NAME_PATTERN, SENDABLE_FORMATS, type Destination, type SendableFormat } from '../../src/desk/destination';
import type { ReadinessProfile } from '../../src/story/readiness';
import { SLUG_CASES, type SlugCase } from '../../src/story/slug';
import { FORMAT_INFO } from '../../src/wire/formats';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { newsroomNote } from './newsroomNote';

type Draft = { name: string; folder: string; formats: SendableFormat[]; fileNamePattern: string };
const EMPTY: Draft = { name: '', folder: '', formats: ['nitf'], fileNamePattern: DEFAULT_FILE_NAME_PATTERN };

/** Settings for the desk: wire destinations, and the readiness profile every check uses. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Settings" onClose={onClose} wide>
      <Destinations />
      <Profile />
    </Dialog>
  );
}

function Destinations() {
  const [list, setList] = useState<Destination[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  /** The destination being edited, or null when adding one. */
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = () => call('listDestinations', {}).then(setList, (failure) => setError(errorMessage(failure)));
  useEffect(() => void reload(), []);

  const save = async () => {
    try {
      await call('saveDestination', { destination: draft, ...(editing ? { previousName: editing } : {}) });
      setDraft(EMPTY);
      setEditing(null);
      setError(null);
      await reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const browse = async () => {
    try {
      const { folder } = await call('chooseFolder', { title: 'Outbox folder' });
      if (folder) setDraft((d) => ({ ...d, folder }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const remove = async (name: string) => {
    try {
      await call('deleteDestination', { name });
      await reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const toggle = (format: SendableFormat) =>
    setDraft((d) => ({ ...d, formats: d.formats.includes(format) ? d.formats.filter((f) => f !== format) : SENDABLE_FORMATS.filter((f) => f === format || d.formats.includes(f)) }));

  return (
    <section aria-label="Destinations" className="settings-section">
      <h3>Destinations</h3>
      {list.length === 0 ? <p>No destinations yet.</p> : (
        <ul className="destinations">
          {list.map((d) => (
            <li key={d.name} data-destination={d.name}>
              <strong>{d.name}</strong> → {d.folder} · {d.formats.map((f) => FORMAT_INFO[f].label).join(', ')} · {d.fileNamePattern} · next #{d.nextSequence}{' '}
              {d.newsroom ? (
                // The newsroom's admin changes these on the server; they are listed so the desk knows where Send can go.
                <span className="hint">{newsroomNote(d)}: changed by the newsroom's admin, on the server</span>
              ) : (
                <>
                  <button type="button" onClick={() => (setEditing(d.name), setDraft({ name: d.name, folder: d.folder, formats: d.formats, fileNamePattern: d.fileNamePattern }))}>
                    Edit
                  </button>{' '}
                  <button type="button" onClick={() => void remove(d.name)} aria-label={`Remove ${d.name}`}>
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="destination-form"
        aria-label={editing ? `Edit ${editing}` : 'Add a destination'}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Name
          <input name="destination-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <div className="field">
          <label htmlFor="destination-folder">Outbox folder (absolute path)</label>
          <span className="input-with-button">
            <input id="destination-folder" name="destination-folder" value={draft.folder} onChange={(e) => setDraft({ ...draft, folder: e.target.value })} />
            <button type="button" onClick={() => void browse()}>
              Browse…
            </button>
          </span>
        </div>
        <fieldset>
          <legend>Formats</legend>
          {SENDABLE_FORMATS.map((f) => (
            <label key={f} className="inline-label">
              <input type="checkbox" checked={draft.formats.includes(f)} onChange={() => toggle(f)} /> {FORMAT_INFO[f].label}
            </label>
          ))}
        </fieldset>
        <label>
          File name pattern <span className="hint">{'{slug} {seq} {ext} {format} {id} {version}'}</span>
          <input name="destination-pattern" value={draft.fileNamePattern} onChange={(e) => setDraft({ ...draft, fileNamePattern: e.target.value })} />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit" className="primary">
          {editing ? 'Save destination' : 'Add destination'}
        </button>
        {editing && (
          <button type="button" onClick={() => (setEditing(null), setDraft(EMPTY))}>
            Cancel
          </button>
        )}
      </form>
    </section>
  );
}

const NUMBERS: [keyof ReadinessProfile, string][] = [
  ['headlineMax', 'Longest headline (characters)'],
  ['headlineWarn', 'Warn past (characters)'],
  ['slugMax', 'Longest slug (characters)'],
  ['futureDateGraceHours', 'Dateline may be ahead by (hours)'],
];
const SLUG_CASE_LABELS: Record<SlugCase, string> = { upper: 'IN CAPITALS', lower: 'in lower case', 'as-typed': 'As typed' };
const SWITCHES: [keyof ReadinessProfile, string][] = [
  ['requireDateline', 'Dateline place and date required'],
  ['requireFigureCaption', 'Every photo needs a caption'],
  ['requireFigureAlt', 'Every photo needs alt text'],
  ['requireFigureCredit', 'Every photo needs a credit'],
  ['requireSignOff', 'Reviewer sign-off required'],
];

function Profile() {
  const [profile, setProfile] = useState<ReadinessProfile | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  useEffect(() => void call('getReadinessProfile', {}).then(setProfile, (failure) => setMessage({ tone: 'error', text: errorMessage(failure) })), []);
  if (!profile) return null;

  const save = async () => {
    try {
      setProfile(await call('saveReadinessProfile', { profile }));
      setMessage({ tone: 'ok', text: 'Readiness profile saved.' });
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) });
    }
  };
  const list = (key: 'agencies' | 'leftoverMarks') => (profile[key] as string[]).join(', ');
  const setList = (key: 'agencies' | 'leftoverMarks', text: string) => setProfile({ ...profile, [key]: text.split(',').map((s) => s.trim()).filter(Boolean) });

  return (
    <form
      aria-label="Readiness profile"
      className="settings-section"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Readiness profile</h3>
      {NUMBERS.map(([key, label]) => (
        <label key={key}>
          {label}
          <input type="number" min={0} value={profile[key] as number} onChange={(e) => setProfile({ ...profile, [key]: Number(e.target.value) })} />
        </label>
      ))}
      <label>
        Slugs are written
        <select name="slug-case" value={profile.slugCase} onChange={(e) => setProfile({ ...profile, slugCase: e.target.value as SlugCase })}>
          {SLUG_CASES.map((slugCase) => (
            <option key={slugCase} value={slugCase}>
              {SLUG_CASE_LABELS[slugCase]}
            </option>
          ))}
        </select>
      </label>
      {SWITCHES.map(([key, label]) => (
        <label key={key} className="inline-label">
          <input type="checkbox" checked={profile[key] as boolean} onChange={(e) => setProfile({ ...profile, [key]: e.target.checked })} /> {label}
        </label>
      ))}
      <label>
        Agencies that need a credit line (comma-separated)
        <input value={list('agencies')} onChange={(e) => setList('agencies', e.target.value)} />
      </label>
      <label>
        Leftover editor marks (comma-separated)
        <input value={list('leftoverMarks')} onChange={(e) => setList('leftoverMarks', e.target.value)} />
      </label>
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      <button type="submit" className="primary">
        Save profile
      </button>
    </form>
  );
}
