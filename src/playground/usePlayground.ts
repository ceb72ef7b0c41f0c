import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { World } from 'playground-engine';
import { type Engine, loadEngine } from './engine';
import { createFixedScope, type FixedScope, seedFor } from './pageWorlds';
import { decodeShare, encodeShare, hasShare, type SharePayload } from './shareCodec';
import { clearSaved, discardInvalidSnapshot, loadSaved, saveState } from './storage';

export const DEFAULT_WORLD = 'docs';

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
  engine: Engine,
  payload: { worldId: string; snapshot?: unknown },
): World {
  const seed = seedFor(engine, payload.worldId);
  return payload.snapshot === undefined
    ? engine.createWorld(seed)
    : engine.World.fromSnapshot(payload.snapshot);
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
  const [seedIds, setSeedIds] = useState<string[]>([DEFAULT_WORLD]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
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
  const scope: FixedScope = useMemo(
    () => createFixedScope('/playground', () => resetHandler.current()),
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

  // Start: a share link wins, then the autosave, then the docs world.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let engine: Engine;
      try {
        engine = await loadEngine();
      } catch (err) {
        notify(
          'danger',
          `The playground engine could not load: ${describe(err)}. Reload the page to try again.`,
        );
        return;
      }
      if (cancelled) return;
      setSeedIds(Object.keys(engine.worldSeeds));
      let start: { code: string; worldId: string; world: World } | null = null;

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
            start = { code: p.code, worldId: p.worldId, world: restoreWorld(engine, p) };
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
        const saved = loadSaved();
        if (saved.status === 'corrupt') notify('warning', saved.notice);
        if (saved.status === 'ok') {
          try {
            start = { ...saved.value, world: restoreWorld(engine, saved.value) };
          } catch (err) {
            notify('warning', discardInvalidSnapshot(describe(err)));
          }
        }
      }

      start ??= {
        code: DEFAULT_CODE,
        worldId: DEFAULT_WORLD,
        world: engine.createWorld(seedFor(engine, DEFAULT_WORLD)),
      };
      setCode(start.code);
      applyWorld(start.world, start.worldId);
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [notify, applyWorld]);

  // Follow world events (runs, UI clicks) so the inspector and autosave see them.
  useEffect(() => world?.subscribe(() => setRevision((r) => r + 1)), [world]);

  // Autosave code + world, debounced. A refused save is reported once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks a change inside the same world object
  useEffect(() => {
    if (!ready || !world) return;
    const t = setTimeout(() => {
      const ok = saveState({ code, worldId, snapshot: world.snapshot() });
      if (!ok && !saveWarned.current) {
        saveWarned.current = true;
        notify('warning', 'Autosave is off: this browser refused to store data for the page.');
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [ready, code, world, worldId, revision, notify]);

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
      const engine = await loadEngine();
      applyWorld(engine.createWorld(seedFor(engine, id)), id);
      scope.mainSlot.log.clear();
      if (fromShare.current) {
        fromShare.current = false;
        dropHash();
      }
    },
    [scope, applyWorld],
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

  /** Writes the share link into the address bar (replaceState) and copies it when possible. */
  const share = useCallback(async (): Promise<string | null> => {
    if (!world) return null;
    const payload: SharePayload = { v: 1, code, worldId, snapshot: world.snapshot() };
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
  }, [code, world, worldId, notify]);

  return {
    scope,
    code,
    setCode: edit,
    worldId,
    world,
    revision,
    seedIds,
    notices,
    dismiss,
    ready,
    pickWorld,
    reset,
    share,
  };
}
