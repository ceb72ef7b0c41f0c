import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { World, WorldEdit, WorldEditNote } from 'playground-engine';
import { type Engine, loadEngineWithEdits, type WorldEdits } from './engine';
import { WORLD_SEED_IDS } from 'playground-engine/paths';
import { createFixedScope, type FixedScope, seedFor } from './pageWorlds';
import { decodeShare, encodeShare, hasShare, type SharePayload } from './shareCodec';
import {
  clearSaved,
  clearSetup,
  discardInvalidSnapshot,
  hasStoredState,
  loadSaved,
  loadSetup,
  saveSetup,
  saveState,
} from './storage';
import { useWorldChanges } from './useWorldChanges';

export const DEFAULT_WORLD = 'docs';

/**
 * True when there is something to restore (a share link, an autosave, a saved setup): the
 * playground then builds its world at once, to show what it restored and report what it could
 * not.
 */
function needsRestore(): boolean {
  return hasShare(window.location.hash) || hasStoredState();
}

export const DEFAULT_CODE = `import wandb

ORG_ENTITY_NAME = "acme"
REGISTRY_NAME = "model"
COLLECTION_NAME = "playground-models"

with wandb.init(entity="vision-team", project="playground") as run:
    with open("model.txt", "w") as f:
        f.write("pretend these are weights")

    artifact = wandb.Artifact(name="my-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(
        artifact=logged,
        target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/{COLLECTION_NAME}",
    )
    print("Linked as", linked.qualified_name)
`;

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'danger';
  text: string;
}

const AUTOSAVE_MS = 400;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Builds the world a payload describes; throws with a readable message when it cannot. */
export function restoreWorld(
  engine: Engine & WorldEdits,
  payload: { worldId: string; snapshot?: unknown },
  setup: readonly WorldEdit[] = [],
): World {
  const seed = seedFor(engine, payload.worldId);
  if (payload.snapshot !== undefined) return engine.worldFromSnapshot(payload.snapshot);
  return engine.createWorld(setup.length ? engine.seedWithEdits(seed, setup) : seed);
}

/** The result of applying setup edits from the panel, an import, or an error's fix. */
export type SetupResult = { ok: true; notes: WorldEditNote[] } | { ok: false; error: string };

/**
 * The edits as they are kept: an org whose ORG_ENTITY_NAME the world chose (a collision
 * suffix) records that name, so a rebuild from the seed gives the same one.
 */
export function pinChosenNames(
  edits: readonly WorldEdit[],
  notes: readonly WorldEditNote[],
): WorldEdit[] {
  return edits.map((e, i) => {
    const note = notes.find((n) => n.index === i && n.kind === 'org-entity-suffixed');
    return note && e.kind === 'add-org' ? { ...e, entityName: note.entityName } : e;
  });
}

/** Removes a share fragment from the address bar without a navigation. */
function dropHash() {
  if (window.location.hash) {
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
  }
}

/**
 * State of the full playground: the code, ONE world (from a share link, the
 * autosave, or a seed), its network log, notices, share and reset.
 */
export function usePlayground() {
  const [code, setCode] = useState(DEFAULT_CODE);
  const [worldId, setWorldId] = useState(DEFAULT_WORLD);
  const [world, setWorld] = useState<World | null>(null);
  const [revision, setRevision] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
  /** The reader's own setup: world edits over whichever seed is picked. */
  const [setup, setSetupState] = useState<WorldEdit[]>([]);
  const setupRef = useRef<WorldEdit[]>([]);
  const setSetup = useCallback((edits: WorldEdit[]) => {
    setupRef.current = edits;
    setSetupState(edits);
  }, []);
  const nextNotice = useRef(1);
  const saveWarned = useRef(false);
  const fromShare = useRef(false);
  const worldIdRef = useRef(worldId);
  worldIdRef.current = worldId;

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = nextNotice.current++;
    setNotices((list) => [...list.filter((n) => n.text !== text), { id, kind, text }]);
  }, []);
  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((n) => n.id !== id)),
    [],
  );

  const resetHandler = useRef<() => Promise<void>>(async () => {});
  const ensureWorldRef = useRef<() => Promise<void>>(async () => {});
  const scope: FixedScope = useMemo(
    () =>
      createFixedScope(
        '/playground',
        () => resetHandler.current(),
        () => void ensureWorldRef.current(),
      ),
    [],
  );

  const applyWorld = useCallback(
    (next: World, id: string) => {
      setWorld(next);
      setWorldId(id);
      scope.setWorld(next, id);
    },
    [scope],
  );

  // Start: a share link wins, then the autosave, then the docs world. Only a restore needs the
  // engine at once; a first visit builds its world on first need (Run, the editor's
  // diagnostics, Share, a panel that shows the world), so the page's initial JS is the
  // workbench alone.
  const starting = useRef<Promise<void> | null>(null);
  const unmounted = useRef(false);
  /** Decided once, at mount: the autosave may write before the world exists. */
  const restoring = useRef<boolean | null>(null);
  const startUp = useCallback(
    async (restoring: boolean) => {
      let engine: Engine & WorldEdits;
      try {
        engine = await loadEngineWithEdits();
      } catch (err) {
        notify(
          'danger',
          `The playground engine could not load: ${describe(err)}. Reload the page to try again.`,
        );
        starting.current = null; // the next need tries again
        return;
      }
      if (unmounted.current) {
        starting.current = null;
        return;
      }
      // Reset or another world was picked while the engine loaded: that world stands.
      if (!restoring && scope.mainSlot.current()) return;
      let start: { code: string; worldId: string; world: World } | null = null;
      let startSetup: WorldEdit[] = [];

      if (hasShare(window.location.hash)) {
        const decoded = decodeShare(window.location.hash);
        const bad = (reason: string) =>
          notify(
            'warning',
            `This share link is damaged or was changed (${reason}). It was not loaded: you are in the docs world with the default code.`,
          );
        if (decoded.ok) {
          try {
            const p = decoded.payload;
            const edits = p.setup ? engine.parseWorldEdits(p.setup) : [];
            start = { code: p.code, worldId: p.worldId, world: restoreWorld(engine, p, edits) };
            startSetup = edits;
            fromShare.current = true;
            notify('info', 'Loaded the code and world from the share link.');
          } catch (err) {
            bad(describe(err));
          }
        } else {
          bad(decoded.reason);
        }
        if (!start) dropHash();
      }

      if (!start) {
        const savedSetup = loadSetup();
        if (savedSetup.status === 'refused') notify('warning', savedSetup.notice);
        if (savedSetup.status === 'ok') {
          try {
            startSetup = engine.parseWorldEdits(savedSetup.edits);
          } catch (err) {
            clearSetup();
            notify(
              'warning',
              `Your saved setup could not be used (${describe(err)}), so it was discarded.`,
            );
          }
        }
        const saved = loadSaved();
        if (saved.status === 'corrupt') notify('warning', saved.notice);
        if (saved.status === 'ok') {
          try {
            start = { ...saved.value, world: restoreWorld(engine, saved.value, startSetup) };
          } catch (err) {
            notify('warning', discardInvalidSnapshot(describe(err)));
          }
        }
      }

      if (!start) {
        let world: World;
        try {
          world = restoreWorld(engine, { worldId: DEFAULT_WORLD }, startSetup);
        } catch (err) {
          startSetup = [];
          clearSetup();
          notify(
            'warning',
            `Your saved setup does not fit the docs world (${describe(err)}), so it was discarded.`,
          );
          world = engine.createWorld(seedFor(engine, DEFAULT_WORLD));
        }
        start = { code: DEFAULT_CODE, worldId: DEFAULT_WORLD, world };
      }
      setSetup(startSetup);
      // A start on demand (nothing to restore) keeps whatever the reader has typed meanwhile.
      if (restoring) setCode(start.code);
      applyWorld(start.world, start.worldId);
      setReady(true);
    },
    [notify, applyWorld, setSetup, scope],
  );
  const ensureWorld = useCallback((): Promise<void> => {
    if (scope.mainSlot.current()) return Promise.resolve();
    restoring.current ??= needsRestore();
    starting.current ??= startUp(restoring.current);
    return starting.current;
  }, [startUp, scope]);
  ensureWorldRef.current = ensureWorld;

  useEffect(() => {
    unmounted.current = false;
    restoring.current ??= needsRestore();
    if (restoring.current) void ensureWorld();
    else setReady(true);
    return () => {
      unmounted.current = true;
    };
  }, [ensureWorld]);

  // Follow world events (runs, UI clicks) so the inspector and autosave see them.
  useEffect(() => world?.subscribe(() => setRevision((r) => r + 1)), [world]);
  // What uses, deletions and unlinks changed, for the inspector (kept while it is hidden).
  const changes = useWorldChanges(world);

  // Autosave code + world, debounced. A refused save is reported once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks a change inside the same world object
  useEffect(() => {
    // Before the world exists (it is built on first need) only edited code is worth keeping.
    if (!ready || (!world && code === DEFAULT_CODE)) return;
    const t = setTimeout(() => {
      const snapshot = world?.snapshot();
      const ok = saveState({ code, worldId, snapshot }) && saveSetup(setup);
      if (!ok && !saveWarned.current) {
        saveWarned.current = true;
        notify('warning', 'Autosave is off: this browser refused to store data for the page.');
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [ready, code, world, worldId, revision, setup, notify]);

  // Once the reader changes something, the share fragment no longer describes the page.
  const edit = useCallback((next: string) => {
    setCode(next);
    if (fromShare.current) {
      fromShare.current = false;
      dropHash();
    }
  }, []);

  const freshWorld = useCallback(
    async (id: string) => {
      const engine = await loadEngineWithEdits();
      let next: World;
      try {
        next = restoreWorld(engine, { worldId: id }, setupRef.current);
      } catch (err) {
        // The setup names something this seed lacks (another world picked): run without it.
        next = engine.createWorld(seedFor(engine, id));
        notify(
          'warning',
          `Your setup does not fit the '${id}' world (${describe(err)}); it is not applied here.`,
        );
      }
      applyWorld(next, id);
      scope.mainSlot.log.clear();
      if (fromShare.current) {
        fromShare.current = false;
        dropHash();
      }
    },
    [scope, applyWorld, notify],
  );
  resetHandler.current = () => freshWorld(worldIdRef.current);

  const pickWorld = useCallback(
    async (id: string) => {
      try {
        await freshWorld(id);
        notify('info', `Switched to a fresh '${id}' world.`);
      } catch (err) {
        notify('danger', describe(err));
      }
    },
    [freshWorld, notify],
  );

  const reset = useCallback(async () => {
    clearSaved();
    setCode(DEFAULT_CODE);
    await freshWorld(DEFAULT_WORLD);
    notify('info', 'Reset: default code and a fresh docs world.');
  }, [freshWorld, notify]);

  /** Applies setup edits to the live world (inspector and log follow) and keeps them. */
  const applySetup = useCallback(
    async (edits: readonly WorldEdit[]): Promise<SetupResult> => {
      await ensureWorld();
      const current = scope.mainSlot.current();
      if (!current) return { ok: false, error: 'The playground engine could not load.' };
      try {
        const engine = await loadEngineWithEdits();
        const notes = engine.applyWorldEdits(current, edits);
        setSetup([...setupRef.current, ...pinChosenNames(edits, notes)]);
        return { ok: true, notes };
      } catch (err) {
        return { ok: false, error: describe(err) };
      }
    },
    [ensureWorld, scope, setSetup],
  );

  /** "Reset to the docs world": no setup, a fresh docs world; the code stays. */
  const resetSetup = useCallback(async () => {
    setSetup([]);
    clearSetup();
    await freshWorld(DEFAULT_WORLD);
    notify('info', 'Your setup was cleared: a fresh docs world.');
  }, [freshWorld, notify, setSetup]);

  /** Writes the share link into the address bar (replaceState) and copies it when possible. */
  const share = useCallback(async (): Promise<string | null> => {
    await ensureWorld();
    const current = scope.mainSlot.current();
    if (!current) return null;
    const payload: SharePayload = {
      v: 1,
      code,
      worldId: scope.mainSlot.worldId,
      snapshot: current.snapshot(),
    };
    if (setup.length) payload.setup = setup;
    const url = `${window.location.pathname}${window.location.search}#${encodeShare(payload)}`;
    window.history.replaceState(window.history.state, '', url);
    fromShare.current = true;
    let copied = false;
    try {
      await navigator.clipboard.writeText(window.location.href);
      copied = true;
    } catch {
      // Clipboard may be unavailable (permissions, http); the address bar has the link.
    }
    notify(
      'info',
      copied
        ? 'Share link copied. It is also in the address bar.'
        : 'Share link is in the address bar: copy it from there.',
    );
    return window.location.href;
  }, [code, ensureWorld, scope, setup, notify]);

  return {
    scope,
    code,
    setCode: edit,
    worldId,
    world,
    revision,
    changes,
    seedIds: WORLD_SEED_IDS,
    notices,
    dismiss,
    ready,
    ensureWorld,
    pickWorld,
    reset,
    share,
    setup,
    applySetup,
    resetSetup,
  };
}
