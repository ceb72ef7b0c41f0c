import type { RunResult, World, WorldSeed } from 'playground-engine';
import { type Engine, loadEngine, loadEngineWithEdits } from './engine';
import { myNames, subscribeMyNames } from './myNames';
import { seedInNames } from './namesWorld';
import { NetworkLogStore } from './networkLog';

/**
 * Page worlds: every runnable snippet (and simulated UI) on one page that names
 * the same world id shares ONE world, so a later snippet sees earlier links.
 * A scope owns the slots of one page; /playground provides its own scope.
 */

/** A snippet (or other runner) registered on a slot, so runs can follow page order. */
export interface SlotMember {
  /** The element whose document position defines page order. */
  element(): Element | null;
  hasRun(): boolean;
  /** Run this member now (used to replay earlier snippets before a later one). */
  run(): Promise<RunResult | null>;
  /** The slot's world was replaced: drop results that described the old one. */
  onReset?(): void;
  /** Put this code in the member's editor and show it (see `WorldSlot.openInEditor`). */
  openInEditor?(code: string): void;
}

export interface WorldSlot {
  readonly worldId: string;
  readonly log: NetworkLogStore;
  /** The loaded world, or null before the first `ensure()`. */
  current(): World | null;
  ensure(): Promise<World>;
  /** Members that come before `member` in the page and have not run yet. */
  pendingBefore(member: SlotMember): SlotMember[];
  register(member: SlotMember): () => void;
  /**
   * Hand code to the first member (in page order) that has an editor, e.g. the
   * simulated UIs' "Open in editor". Returns false when no member can take it.
   */
  openInEditor(code: string): boolean;
}

export interface WorldScope {
  readonly key: string;
  slot(worldId: string): WorldSlot;
  /** Replace every world of this scope with a fresh copy of its seed. */
  reset(): Promise<void>;
  /** Called on slot creation, world load and reset (not on world events). */
  subscribe(fn: () => void): () => void;
  /** Ids of the slots whose world has been loaded. */
  loadedWorldIds(): string[];
}

export class UnknownWorldError extends Error {
  constructor(worldId: string, known: string[]) {
    super(`Unknown world '${worldId}'. Known worlds: ${known.map((k) => `'${k}'`).join(', ')}.`);
    this.name = 'UnknownWorldError';
  }
}

export function seedFor(engine: Pick<Engine, 'worldSeeds'>, worldId: string): WorldSeed {
  if (!Object.hasOwn(engine.worldSeeds, worldId)) {
    throw new UnknownWorldError(worldId, Object.keys(engine.worldSeeds));
  }
  return engine.worldSeeds[worldId];
}

/** Sort by document position; detached elements go last, keeping registration order. */
function byPageOrder(a: SlotMember, b: SlotMember): number {
  const ea = a.element();
  const eb = b.element();
  if (!ea || !eb || ea === eb) return 0;
  const pos = ea.compareDocumentPosition(eb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

class SeedSlot implements WorldSlot {
  readonly log = new NetworkLogStore();
  private world: World | null = null;
  private loading: Promise<World> | null = null;
  private members: SlotMember[] = [];

  constructor(
    readonly worldId: string,
    private readonly changed: () => void,
  ) {}

  current(): World | null {
    return this.world;
  }

  ensure(): Promise<World> {
    if (this.world) return Promise.resolve(this.world);
    if (!this.loading) {
      this.loading = this.fresh()
        .then((world) => {
          this.world = world;
          this.changed();
          return world;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  async reset(): Promise<void> {
    if (!this.world) return;
    this.world = await this.fresh();
    this.log.clear();
    for (const m of this.members) m.onReset?.();
  }

  /**
   * A fresh world from the seed in the reader's names ("Use my names"), or the docs' own.
   * Only names need the world edits (zod's chunk): a first Run without them does not load it.
   */
  private async fresh(): Promise<World> {
    const names = myNames();
    if (!names) {
      const engine = await loadEngine();
      return engine.createWorld(seedFor(engine, this.worldId));
    }
    const engine = await loadEngineWithEdits();
    return engine.createWorld(seedInNames(engine, seedFor(engine, this.worldId), names));
  }

  pendingBefore(member: SlotMember): SlotMember[] {
    const ordered = [...this.members].sort(byPageOrder);
    const at = ordered.indexOf(member);
    if (at <= 0) return [];
    return ordered.slice(0, at).filter((m) => !m.hasRun());
  }

  openInEditor(code: string): boolean {
    const target = [...this.members].sort(byPageOrder).find((m) => m.openInEditor);
    target?.openInEditor?.(code);
    return Boolean(target);
  }

  register(member: SlotMember): () => void {
    this.members.push(member);
    return () => {
      this.members = this.members.filter((m) => m !== member);
    };
  }
}

export function createPageScope(key: string): WorldScope {
  const slots = new Map<string, SeedSlot>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const fn of [...listeners]) fn();
  };
  return {
    key,
    slot(worldId) {
      let s = slots.get(worldId);
      if (!s) {
        s = new SeedSlot(worldId, changed);
        slots.set(worldId, s);
      }
      return s;
    },
    async reset() {
      await Promise.all([...slots.values()].map((s) => s.reset()));
      changed();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
    loadedWorldIds() {
      return [...slots.values()].filter((s) => s.current() !== null).map((s) => s.worldId);
    },
  };
}

const pageScopes = new Map<string, WorldScope>();
let followingNames = false;

/** The scope of one doc page, kept across client-side navigation within the session. */
export function pageScope(pathname: string): WorldScope {
  // New names ("Use my names"): every page's loaded worlds are rebuilt in them.
  if (!followingNames) {
    followingNames = true;
    subscribeMyNames(() => {
      for (const s of pageScopes.values()) void s.reset();
    });
  }
  const key = pathname.replace(/\/+$/, '') || '/';
  let scope = pageScopes.get(key);
  if (!scope) {
    scope = createPageScope(key);
    pageScopes.set(key, scope);
  }
  return scope;
}

/** Tests only: forget every page's worlds. */
export function clearPageScopesForTests(): void {
  pageScopes.clear();
}

/**
 * A scope with ONE world that its owner sets (the /playground page): every
 * slot, whatever its id, is that world, so snippets and simulated UIs placed
 * inside it all work on the world the playground shows.
 */
export interface FixedScope extends WorldScope {
  setWorld(world: World, worldId: string): void;
  readonly mainSlot: WorldSlot;
}

export function createFixedScope(
  key: string,
  onReset: () => Promise<void>,
  /** Called when a slot's world is asked for before one exists (the playground builds it then). */
  onDemand?: () => void,
): FixedScope {
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const fn of [...listeners]) fn();
  };
  let world: World | null = null;
  let currentId = 'docs';
  let waiting: ((w: World) => void)[] = [];
  let members: SlotMember[] = [];
  const log = new NetworkLogStore();

  const mainSlot: WorldSlot = {
    get worldId() {
      return currentId;
    },
    log,
    current: () => world,
    ensure: () => {
      if (world) return Promise.resolve(world);
      const waited = new Promise<World>((resolve) => waiting.push(resolve));
      onDemand?.();
      return waited;
    },
    pendingBefore: () => [],
    register(member) {
      members.push(member);
      return () => {
        members = members.filter((m) => m !== member);
      };
    },
    openInEditor(code) {
      const target = [...members].sort(byPageOrder).find((m) => m.openInEditor);
      target?.openInEditor?.(code);
      return Boolean(target);
    },
  };

  return {
    key,
    mainSlot,
    slot: () => mainSlot,
    setWorld(next, worldId) {
      const replaced = world !== null && world !== next;
      world = next;
      currentId = worldId;
      const resolve = waiting;
      waiting = [];
      for (const r of resolve) r(next);
      if (replaced) for (const m of members) m.onReset?.();
      changed();
    },
    reset: onReset,
    subscribe(fn) {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
    loadedWorldIds: () => (world ? [currentId] : []),
  };
}
