import { FORMAT_INFO } from '../../src/wire/formats';
import { WIRE_FORMATS, type WireFormat } from '../../src/wire/types';

/** Every format Galley exports, by its name (NITF 3.6, ninjs 3.1...). */
export function FormatSelect({ value, onChange, disabled }: { value: WireFormat; onChange(format: WireFormat): void; disabled?: boolean }) {
  return (
    <select aria-label="Format" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as WireFormat)}>
      {WIRE_FORMATS.map((f) => (
        <option key={f} value={f}>
          {FORMAT_INFO[f].label}
        </option>
      ))}
    </select>
  );
}
