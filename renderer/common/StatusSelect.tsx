import { STORY_STATUSES, type StoryStatus } from '../../src/story/story';

interface StatusSelectProps<AllowAll extends boolean> {
  label: string;
  value: AllowAll extends true ? StoryStatus | '' : StoryStatus;
  onChange(status: AllowAll extends true ? StoryStatus | '' : StoryStatus): void;
  /** Offers "All" (the empty value) first, for filters. Default false. */
  allowAll?: AllowAll;
}

/** A story status picker: the story's own status, or a filter over statuses. */
export function StatusSelect<AllowAll extends boolean = false>({ label, value, onChange, allowAll }: StatusSelectProps<AllowAll>) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as typeof value)}>
      {allowAll && <option value="">All</option>}
      {STORY_STATUSES.map((status) => (
        <option key={status} value={status}>
          {status}
        </option>
      ))}
    </select>
  );
}
