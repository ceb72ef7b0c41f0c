// Labelled text inputs of the simulated apps: a text field with an optional help line (named
// by aria-describedby) and a search box that filters a long list.
import { type ReactNode, useId } from 'react';
import styles from './styles.module.css';

export function TextField({
  label,
  value,
  onChange,
  help,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and read with it. */
  help?: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label className={styles.field}>
        {label}
        <input
          type="text"
          value={value}
          autoComplete="off"
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {help && (
        <p id={`${id}-help`} className={styles.help}>
          {help}
        </p>
      )}
    </>
  );
}

export function SearchField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className={styles.filter}>
      {label}
      <input type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
