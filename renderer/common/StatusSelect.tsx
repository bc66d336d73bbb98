import { STORY_STATUSES, type StoryStatus } from '../../src/story/story';
import { statusChoices } from '../../src/story/statusRules';

interface StatusSelectProps<AllowAll extends boolean> {
  label: string;
  value: AllowAll extends true ? StoryStatus | '' : StoryStatus;
  onChange(status: AllowAll extends true ? StoryStatus | '' : StoryStatus): void;
  /** A filter: offers "All" (the empty value) first and every status. Default false: a story's own status, within the rules. */
  allowAll?: AllowAll;
}

/**
 * A story status picker: the story's own status, or a filter over statuses. For a story, a status
 * it cannot be moved to is shown but disabled, with the reason as its tooltip (statusRules.ts).
 */
export function StatusSelect<AllowAll extends boolean = false>({ label, value, onChange, allowAll }: StatusSelectProps<AllowAll>) {
  const choices = allowAll || !value ? STORY_STATUSES.map((status) => ({ status, refusal: null })) : statusChoices(value);
  const stuck = choices.every((choice) => choice.status === value || choice.refusal);
  return (
    <select
      aria-label={label}
      value={value}
      disabled={stuck}
      title={stuck ? (choices.find((choice) => choice.refusal)?.refusal ?? undefined) : undefined}
      onChange={(event) => onChange(event.target.value as typeof value)}
    >
      {allowAll && <option value="">All</option>}
      {choices.map(({ status, refusal }) => (
        <option key={status} value={status} disabled={!!refusal} title={refusal ?? undefined}>
          {status}
        </option>
      ))}
    </select>
  );
}
