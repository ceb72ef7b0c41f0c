import Link from '@docusaurus/Link';
import type { NameField } from '@site/src/playground/myNames';
import { type MyNamesFields, useMyNamesForm } from '@site/src/playground/useMyNames';
import { type FormEvent, useId, useRef, useState } from 'react';
import styles from './styles.module.css';

type TextField = Exclude<keyof MyNamesFields, 'unknownEntity'>;

/**
 * "Use my names": the reader's team, org, registry and collection in every runnable example
 * and marked value on every page (and in the worlds the examples run in), or the docs' own.
 */
export default function MyNamesControl() {
  const f = useMyNamesForm();
  const id = useId();
  const errorId = `${id}-error`;
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  // Applied: the form closes (its summary then shows the names) and focus goes back to it;
  // refused: focus goes to the field named in the message.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = await f.apply();
    if (problem) {
      // The field to correct, scrolled into view inside the form (the alert reads the message).
      document.getElementById(`${id}-${problem.field}`)?.focus();
    } else {
      setOpen(false);
      summary.current?.focus();
    }
  };
  const input = (
    field: TextField & NameField,
    label: string,
    opts: { disabled?: boolean } = {},
  ) => {
    const invalid = f.error?.field === field;
    return (
      <div className={styles.field}>
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          value={f.fields[field]}
          disabled={opts.disabled}
          onChange={(e) => f.set(field, e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
    );
  };
  return (
    <details
      className={styles.control}
      data-testid="my-names"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary ref={summary}>
        Use my names
        {f.names ? (
          <span className={styles.now}>
            : <code>{f.names.team}</code>, <code>{f.names.orgEntity ?? f.names.org}</code>
          </span>
        ) : null}
      </summary>
      <form onSubmit={submit} className={styles.form} aria-label="Use my names">
        <p className={styles.about}>
          Examples on every page use these instead of <code>vision-team</code> and <code>acme</code>
          , and run in a world that has them.
        </p>
        {f.notice ? (
          <p className={styles.notice} role="status">
            {f.notice}
          </p>
        ) : null}
        {input('team', 'Your team')}
        {input('org', 'Your org’s display name')}
        {input('orgEntity', 'Its ORG_ENTITY_NAME', { disabled: f.fields.unknownEntity })}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={f.fields.unknownEntity}
            onChange={(e) => f.set('unknownEntity', e.target.checked)}
          />{' '}
          I don’t know it
        </label>
        {f.fields.unknownEntity ? (
          <p className={styles.about}>
            Examples then use the display name (SDK 0.18.4+ accepts it in a path). To find the
            ORG_ENTITY_NAME, which differs when a team has the org’s name, see{' '}
            <Link to="/docs/troubleshooting#confirm-exact-path">confirm the exact path</Link>.
          </p>
        ) : null}
        {input('registry', 'Registry (optional)')}
        {input('collection', 'Collection (optional)')}
        {f.error ? (
          <p id={errorId} className={styles.error} role="alert">
            {f.error.message}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary button--sm" disabled={f.busy}>
            {f.busy ? 'Checking…' : 'Use these names'}
          </button>
          {f.names ? (
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={f.showOriginal}
            >
              Show the original examples
            </button>
          ) : null}
        </div>
      </form>
      <span className={styles.srOnly} aria-live="polite">
        {f.status}
      </span>
    </details>
  );
}
