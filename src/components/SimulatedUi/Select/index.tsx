// A labelled native <select> (a listbox readers know) with an optional help line when empty.
import { useId } from 'react';
import styles from '../Field/styles.module.css';

/** Shown under an empty Project or Artifact list: where versions come from. */
export const NOTHING_LOGGED =
  'Nothing is logged there yet. Log an artifact from code first (for example with the examples in the Python SDK tab), then pick it here.';

export default function Select({
  label,
  value,
  placeholder,
  options,
  onChange,
  loading,
  disabled,
  emptyText,
  emptyHelp,
}: {
  label: string;
  value: string;
  placeholder: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  loading?: boolean;
  disabled?: boolean;
  emptyText?: string;
  /** Longer help under the list when it is empty. */
  emptyHelp?: string;
}) {
  const id = useId();
  const empty = !loading && !disabled && options.length === 0 && emptyText;
  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-select`}>{label}</label>
      <select
        id={`${id}-select`}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={empty && emptyHelp ? `${id}-help` : undefined}
      >
        <option value="">{loading ? 'Loading…' : empty ? emptyText : placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {empty && emptyHelp && (
        <span id={`${id}-help`} className={styles.help}>
          {emptyHelp}
        </span>
      )}
    </div>
  );
}
