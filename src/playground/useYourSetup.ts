import { useCallback, useMemo, useState } from 'react';
import { loadAnalyzer } from './engine';
import type { World, WorldEdit } from 'playground-engine';
import { type SetupView, describeEdit, setupView } from './setupView';
import type { SetupResult } from './usePlayground';

/** An import candidate: one world fix the code's diagnostics offer, with a checkbox. */
export interface ImportItem {
  id: string;
  title: string;
  edits: WorldEdit[];
  selected: boolean;
}

export interface YourSetupOptions {
  world: World | null;
  /** Bumps on every world event, so the view follows runs and edits. */
  revision: number;
  code: string;
  applySetup(edits: readonly WorldEdit[]): Promise<SetupResult>;
  resetSetup(): Promise<void>;
  defaultSdkVersion?: string;
}

/**
 * Logic of the "Your setup" panel: the view of the world's orgs, teams, roles, registries
 * and SDK version; applying one edit from a form; "Import from code" (every world fix the
 * current code's diagnostics offer, deduplicated, reviewed before applying); reset.
 * `status` is what the panel announces (a polite live region); `error` is an alert.
 */
export function useYourSetup({
  world,
  revision,
  code,
  applySetup,
  resetSetup,
  defaultSdkVersion = '',
}: YourSetupOptions) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [imports, setImports] = useState<ImportItem[] | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks a change inside the same world object
  const view: SetupView | null = useMemo(
    () => (world ? setupView(world.snapshot(), defaultSdkVersion) : null),
    [world, revision, defaultSdkVersion],
  );

  const apply = useCallback(
    async (edits: WorldEdit[]): Promise<boolean> => {
      setError('');
      const r = await applySetup(edits);
      if (!r.ok) {
        setError(r.error);
        return false;
      }
      const said = edits.map(describeEdit).join('; ');
      setStatus([`Applied: ${said}.`, ...r.notes.map((n) => n.message)].join(' '));
      return true;
    },
    [applySetup],
  );

  const importFromCode = useCallback(async () => {
    setError('');
    if (!world) return;
    const analyzer = await loadAnalyzer();
    const seen = new Set<string>();
    const items: ImportItem[] = [];
    for (const d of analyzer.analyze(code, world)) {
      for (const fix of d.fixes ?? []) {
        if (!fix.world?.length) continue;
        const key = JSON.stringify(fix.world);
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ id: key, title: fix.title, edits: fix.world, selected: true });
      }
    }
    setImports(items);
    setStatus(
      items.length
        ? `Found ${items.length} name${items.length === 1 ? '' : 's'} the world lacks. Review them, then apply.`
        : 'The code uses no name the world lacks.',
    );
  }, [world, code]);

  const toggleImport = useCallback(
    (id: string) =>
      setImports((list) =>
        list ? list.map((i) => (i.id === id ? { ...i, selected: !i.selected } : i)) : list,
      ),
    [],
  );

  const applyImports = useCallback(async () => {
    const chosen = (imports ?? []).filter((i) => i.selected).flatMap((i) => i.edits);
    if (chosen.length === 0) {
      setError('Select at least one change to apply.');
      return;
    }
    if (await apply(chosen)) setImports(null);
  }, [imports, apply]);

  const reset = useCallback(async () => {
    setError('');
    setImports(null);
    await resetSetup();
    setStatus('Reset to the docs world.');
  }, [resetSetup]);

  return {
    view,
    status,
    error,
    apply,
    imports,
    importFromCode,
    toggleImport,
    applyImports,
    cancelImports: () => setImports(null),
    reset,
  };
}
