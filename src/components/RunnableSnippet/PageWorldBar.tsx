import MyNamesControl from '@site/src/components/MyNamesControl';
import { useWorldScope } from '@site/src/playground/WorldScopeContext';
import { useEffect, useState } from 'react';
import styles from './styles.module.css';

/**
 * The page-level bar: "Use my names" on every doc page, and the "Reset world" control once
 * a snippet on the page has created a world (before that there is nothing to reset).
 */
export default function PageWorldBar() {
  const scope = useWorldScope();
  const [ids, setIds] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const sync = () => setIds(scope.loadedWorldIds());
    sync();
    return scope.subscribe(sync);
  }, [scope]);

  const reset = async () => {
    await scope.reset();
    setStatus('The world was reset: the snippets on this page start again from a fresh world.');
  };
  return (
    <section className={styles.worldBar} aria-label="Simulated world of this page">
      <MyNamesControl />
      {ids.length > 0 ? (
        <>
          <span>
            Shared world (
            {ids.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                <code>{id}</code>
              </span>
            ))}
            ).
          </span>
          <button
            type="button"
            className="button button--outline button--secondary button--sm"
            onClick={reset}
          >
            Reset world
          </button>
        </>
      ) : null}
      <span className={styles.srOnly} aria-live="polite">
        {status}
      </span>
    </section>
  );
}
