// The link submit both simulated UIs share: LinkArtifact through the UI api with the aliases
// the reader typed, busy and the server's error while the form is open, and the finished link
// the summary and "Run this in code" show.
import { useCallback, useRef, useState } from 'react';
import {
  type FinishedLink,
  type RegistryUiApi,
  toUiError,
  type UiArtifactVersion,
  type UiError,
  type UiRegistry,
} from './api';
import { splitAliases } from './codegen';
import type { SourcePick } from './useSourceCascade';

export interface LinkForm {
  registry: UiRegistry;
  collection: string;
  /** The source: where the version was picked, and the version itself. */
  source: SourcePick;
  version: UiArtifactVersion;
  /** What the reader typed in the aliases field (comma-separated). */
  aliases: string;
}

export function useLinkSubmit(api: Pick<RegistryUiApi, 'link'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [finished, setFinished] = useState<FinishedLink | null>(null);
  // A form closed or reopened while a request was out ignores that request's busy and error.
  const generation = useRef(0);

  /** A fresh form: no busy state, no error (and an answer still out is ignored). */
  const resetForm = useCallback(() => {
    generation.current += 1;
    setBusy(false);
    setError(null);
  }, []);
  const clearError = useCallback(() => setError(null), []);
  const clearFinished = useCallback(() => setFinished(null), []);

  /**
   * Sends LinkArtifact. Resolves true when it linked and the form that sent it is still the
   * open one (the caller then closes it); the finished link is kept either way.
   */
  const submit = useCallback(
    async (form: LinkForm): Promise<boolean> => {
      const gen = generation.current;
      const aliases = splitAliases(form.aliases);
      const { registry, collection, source, version } = form;
      setBusy(true);
      setError(null);
      try {
        const result = await api.link({
          artifactId: version.id,
          orgEntityName: registry.orgEntityName,
          registry: registry.name,
          collection,
          aliases,
        });
        setFinished({
          orgEntityName: registry.orgEntityName,
          registry: registry.name,
          collection,
          versionIndex: result.versionIndex,
          aliases: result.aliases,
          requestedAliases: aliases,
          source: {
            entity: source.entity,
            project: source.project,
            name: source.artifact,
            versionIndex: version.versionIndex,
          },
        });
        if (gen !== generation.current) return false;
        setBusy(false);
        return true;
      } catch (e) {
        if (gen === generation.current) {
          setBusy(false);
          setError(toUiError(e));
        }
        return false;
      }
    },
    [api],
  );

  return { busy, error, finished, submit, resetForm, clearError, clearFinished };
}
