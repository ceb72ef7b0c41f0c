// Small request-state hooks: load data through the UI api, reload when the world changes,
// and drop answers that arrive after the question changed.
import { useEffect, useRef, useState } from 'react';
import { type Subscribe, type UiError, toUiError } from './api';

export interface Query<T> {
  data: T | undefined;
  error: UiError | null;
  loading: boolean;
}

/** Quiet period that folds a burst of world events (one snippet run) into one re-read. */
const COALESCE_MS = 40;

/**
 * Bumps after world change events, so queries keyed on it re-read from the server. A burst
 * of events (a snippet logging and linking) gives one bump, not one network round per event.
 */
export function useRevision(subscribe: Subscribe | undefined): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!subscribe) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setRevision((r) => r + 1), COALESCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [subscribe]);
  return revision;
}

/**
 * Runs `load` whenever `key` or `revision` changes; `key === null` means "nothing to load".
 * Keeps the previous data of the same key while reloading so lists do not flicker.
 */
export function useQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  revision: number,
): Query<T> {
  const [state, setState] = useState<Query<T> & { key: string | null }>({
    key: null,
    data: undefined,
    error: null,
    loading: false,
  });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    void revision; // a world change re-reads the same key
    if (key === null) {
      setState({ key: null, data: undefined, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) =>
      s.key === key
        ? { ...s, loading: true }
        : { key, data: undefined, error: null, loading: true },
    );
    loadRef.current().then(
      (data) => {
        if (live) setState({ key, data, error: null, loading: false });
      },
      (e: unknown) => {
        if (live) setState({ key, data: undefined, error: toUiError(e), loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, [key, revision]);

  if (state.key !== key) return { data: undefined, error: null, loading: key !== null };
  return { data: state.data, error: state.error, loading: state.loading };
}
