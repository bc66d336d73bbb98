import { useEffect, useState } from 'react';
import { formatDateline } from '../../src/story/dateline';
import { DEFAULT_PROFILE } from '../../src/story/readiness';
import { normaliseSlug, type SlugCase } from '../../src/story/slug';
import { LIMITS, type Story, type StoryChanges } from '../../src/story/story';
import { SPELLED_LANGUAGES, spellingLanguage } from '../../src/spelling/words';
import { call } from '../api';
import { BODY_SHORTCUT } from './bodyShortcut';
import { DatelinePlace } from './DatelinePlace';
import { FieldCount, FIELD_TARGETS } from './FieldCount';
import { KeywordsInput } from './KeywordsInput';
import { MisspeltWords } from '../spelling/MisspeltWords';
import { RelatedLinks } from './RelatedLinks';

interface StoryFieldsProps {
  story: Story;
  onEdit(changes: StoryChanges): void;
  /** A field holds text that is not saved (a related link that is not a web address): why, or null. */
  onUnsaved(problem: string | null): void;
  /** Puts the caret in the body: the skip link after the byline. */
  onGoToBody(): void;
  /** A new story: the caret starts in the headline. */
  focusHeadline?: boolean;
}

/** IPTC urgency, 1 most urgent; the ends and the default named. */
const URGENCIES = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const URGENCY_NAMES: Record<number, string> = { 1: '1 (most urgent)', 5: '5 (normal)', 9: '9 (least)' };

/** The desk's slug case (Settings, readiness profile); upper until the profile is read. */
function useSlugCase(): SlugCase {
  const [slugCase, setSlugCase] = useState<SlugCase>(DEFAULT_PROFILE.slugCase);
  useEffect(() => {
    let current = true;
    // Without the profile the default case still makes a wire-safe slug.
    call('getReadinessProfile', {}).then((profile) => current && setSlugCase(profile.slugCase), () => undefined);
    return () => {
      current = false;
    };
  }, []);
  return slugCase;
}

/** The language picker's choices: the languages Galley spells, and the story's own if it is another. */
function languageChoices(language: string): { tag: string; name: string }[] {
  if (SPELLED_LANGUAGES.some((choice) => choice.tag === language)) return [...SPELLED_LANGUAGES];
  return [...SPELLED_LANGUAGES, { tag: language, name: `${language} (spelled as ${spellingLanguage(language)})` }];
}

/** `datetime-local` speaks local time without a zone; the story stores an ISO instant. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}

/** The structured fields of a story (DESIGN.md), edited beside the body. */
export function StoryFields({ story, onEdit, onUnsaved, onGoToBody, focusHeadline }: StoryFieldsProps) {
  const dateline = story.dateline;
  const slugCase = useSlugCase();
  const preview = formatDateline(dateline);
  return (
    <form className="fields" onSubmit={(e) => e.preventDefault()} aria-label="Story fields">
      <label>
        <span className="label-row">
          Slug <FieldCount value={story.slug} target={FIELD_TARGETS.slug} words={false} />
        </span>
        <input
          name="slug"
          value={story.slug}
          maxLength={LIMITS.slug}
          onChange={(e) => onEdit({ slug: e.target.value })}
          // On leaving the field, not while typing: a hyphen typed between two words would vanish.
          onBlur={(e) => {
            const slug = normaliseSlug(e.target.value, slugCase);
            if (slug !== story.slug) onEdit({ slug });
          }}
        />
      </label>
      <label>
        <span className="label-row">
          Headline <FieldCount value={story.headline} target={FIELD_TARGETS.headline} />
        </span>
        <textarea name="headline" rows={2} className="headline-input" autoFocus={focusHeadline} value={story.headline} onChange={(e) => onEdit({ headline: e.target.value })} />
      </label>
      <MisspeltWords storyId={story.id} text={story.headline} language={story.language} field="Headline" />
      <label>
        <span className="label-row">
          Standfirst <FieldCount value={story.standfirst} target={FIELD_TARGETS.standfirst} />
        </span>
        <textarea name="standfirst" rows={2} value={story.standfirst} onChange={(e) => onEdit({ standfirst: e.target.value })} />
      </label>
      <MisspeltWords storyId={story.id} text={story.standfirst} language={story.language} field="Standfirst" />
      <label>
        Byline
        <input name="byline" value={story.byline} onChange={(e) => onEdit({ byline: e.target.value })} />
      </label>
      <button type="button" className="skip-link" onClick={onGoToBody}>
        Go to the body ({BODY_SHORTCUT.label})
      </button>
      <fieldset className="dateline">
        <legend>Dateline</legend>
        <DatelinePlace value={dateline.place} onChange={(place) => onEdit({ dateline: { ...dateline, place } })} />
        <label>
          Date
          <input name="dateline-date" type="date" value={dateline.date.slice(0, 10)} onChange={(e) => onEdit({ dateline: { ...dateline, date: e.target.value } })} />
        </label>
        <label>
          Dateline source
          <input name="dateline-source" value={dateline.source} onChange={(e) => onEdit({ dateline: { ...dateline, source: e.target.value } })} />
        </label>
        <output className="dateline-preview" aria-label="Dateline preview">
          {preview || 'No dateline'}
        </output>
      </fieldset>
      <fieldset className="credit">
        <legend>Credit</legend>
        <label>
          Credit line
          <input name="credit-line" value={story.credit.line} onChange={(e) => onEdit({ credit: { ...story.credit, line: e.target.value } })} />
        </label>
        <label>
          Credit source
          <input name="credit-source" value={story.credit.source} onChange={(e) => onEdit({ credit: { ...story.credit, source: e.target.value } })} />
        </label>
      </fieldset>
      <RelatedLinks links={story.related} onChange={(related) => onEdit({ related })} onUnsaved={onUnsaved} />
      <div className="field">
        <span>Keywords</span>
        <KeywordsInput keywords={story.keywords} onChange={(keywords) => onEdit({ keywords })} />
      </div>
      <div className="field-row">
        <label>
          Urgency
          {/* A choice, not a number field: a typed 12 was shown while 5 stayed saved. */}
          <select name="urgency" value={story.urgency} onChange={(e) => onEdit({ urgency: Number(e.target.value) })}>
            {URGENCIES.map((urgency) => (
              <option key={urgency} value={urgency}>
                {URGENCY_NAMES[urgency] ?? urgency}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select name="language" value={story.language} onChange={(e) => onEdit({ language: e.target.value })}>
            {languageChoices(story.language).map((choice) => (
              <option key={choice.tag} value={choice.tag}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Embargo
          <input
            name="embargo"
            type="datetime-local"
            value={toLocalInput(story.embargo)}
            onChange={(e) => onEdit({ embargo: e.target.value ? new Date(e.target.value).toISOString() : null })}
          />
        </label>
      </div>
      <label className="ednote">
        <span>
          Note to the desk <strong className="internal-badge">Internal — never sent</strong>
        </span>
        <textarea name="ednote" rows={2} value={story.ednote} onChange={(e) => onEdit({ ednote: e.target.value })} />
      </label>
    </form>
  );
}
