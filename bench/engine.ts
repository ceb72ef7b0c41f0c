// Engine at scale: p50/p99 of a link and of a name lookup in worlds of 1,000 and
// 100,000 linked versions, at the rules level and through transport + msw getResponse.
// Prints figures only; nothing here is a test. Run: npm run bench:engine
import { getResponse, graphql, HttpResponse } from 'msw';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createTransport,
  GRAPHQL_URL,
  createWorld,
  linkArtifact,
  manifestDigest as manifestDigestForBench,
  WandbSdk,
  type World,
  worldFromSnapshot,
} from 'playground-engine';

// The whole operation table (eager and on-demand halves): the engine exports it as a type only.
import { operations } from '../playground-engine/src/protocol/operations';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ORG = 'acme';
const REGISTRY = 'wandb-registry-model';
const PER_COLLECTION = 1000;

/** Fast internal path: log + link straight on the World, no GraphQL. */
function buildWorld(linked: number): { world: World; sources: string[] } {
  const world = createWorld();
  const sources: string[] = [];
  for (let i = 0; i < linked; i++) {
    const files = { 'model.txt': `weights ${i}` };
    const seq = `model-${Math.floor(i / PER_COLLECTION)}`;
    const { artifact } = world.logVersion({
      entity: 'vision-team',
      project: 'training',
      name: seq,
      type: 'model',
      digest: manifestDigestForBench(files),
      files,
    });
    world.link({
      artifactId: artifact.id,
      entity: ORG,
      project: REGISTRY,
      collection: `coll-${Math.floor(i / PER_COLLECTION)}`,
      type: 'model',
      aliases: [],
    });
    sources.push(artifact.id);
  }
  return { world, sources };
}

function pct(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const fmt = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const row = (label: string, samples: number[]) =>
  console.log(
    `  ${label.padEnd(44)} p50 ${fmt(pct(samples, 50)).padStart(10)}   p99 ${fmt(pct(samples, 99)).padStart(10)}   (n=${samples.length})`,
  );

async function measure(linked: number) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { world, sources } = buildWorld(linked);
  const buildMs = performance.now() - t0;
  gc();
  const heap = process.memoryUsage().heapUsed;
  console.log(
    `\nWorld with ${linked.toLocaleString('en-US')} linked versions (built in ${buildMs.toFixed(0)} ms)`,
  );
  console.log(
    `  heap used: ${(heap / 1024 / 1024).toFixed(1)} MB (world ≈ ${((heap - before) / 1024 / 1024).toFixed(1)} MB)`,
  );

  // New source versions to link, so each sample is a real new membership.
  const fresh: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const files = { 'model.txt': `fresh ${i}` };
    fresh.push(
      world.logVersion({
        entity: 'vision-team',
        project: 'training',
        name: 'fresh-model',
        type: 'model',
        digest: manifestDigestForBench(files),
        files,
      }).artifact.id,
    );
  }

  const collections = Math.max(1, Math.floor(linked / PER_COLLECTION));
  const linkSamples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    linkArtifact(world, 'alice', {
      artifactId: fresh[i],
      entityName: ORG,
      projectName: REGISTRY,
      collectionName: `coll-${i % collections}`,
      aliases: ['candidate'],
    });
    linkSamples.push(performance.now() - s);
  }
  row('link (rules: linkArtifact on the World)', linkSamples);

  const lookupSamples: number[] = [];
  let found = 0;
  for (let i = 0; i < 20000; i++) {
    const name = `coll-${i % collections}`;
    const version = (i * 7919) % Math.min(linked, PER_COLLECTION);
    const s = performance.now();
    const c = world.findCollection(ORG, REGISTRY, name);
    const m = c && world.findMembership(c.id, `v${version}`);
    lookupSamples.push(performance.now() - s);
    if (m) found++;
  }
  row('name lookup (world: coll:vN → membership)', lookupSamples);
  if (found !== 20000) console.log(`  !! lookups found ${found}/20000`);

  const transport = createTransport(world, { source: 'sdk' });
  const tLink: number[] = [];
  for (let i = 2000; i < 2300; i++) {
    const s = performance.now();
    await transport.request('LinkArtifact', {
      input: {
        artifactID: fresh[i],
        artifactPortfolioName: `coll-${i % collections}`,
        entityName: ORG,
        projectName: REGISTRY,
        aliases: [],
      },
      includeAliases: true,
    });
    tLink.push(performance.now() - s);
  }
  row('link (full: Request → msw getResponse → JSON)', tLink);

  const tLookup: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    await transport.request('ArtifactMembershipByName', {
      entity: ORG,
      project: REGISTRY,
      name: `coll-${i % collections}:v${i % Math.min(linked, PER_COLLECTION)}`,
    });
    tLookup.push(performance.now() - s);
  }
  row('name lookup (full: ArtifactMembershipByName)', tLookup);
  void sources;
}

console.log('playground-engine bench (timings vary by machine; figures, not assertions)');
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
/** What a snippet run costs on the docs world: world restore + init, log, link, finish. */
async function docsFlow() {
  const snap = createWorld().snapshot();
  const createS: number[] = [];
  const restoreS: number[] = [];
  const flowS: number[] = [];
  let requests = 0;
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    createWorld();
    createS.push(performance.now() - t);
    t = performance.now();
    const world = worldFromSnapshot(snap);
    restoreS.push(performance.now() - t);
    t = performance.now();
    let n = 0;
    const sdk = new WandbSdk({
      transport: createTransport(world, {
        onEntry: () => {
          n++;
        },
      }),
      env: world.env,
      sdkVersion: world.sdkVersion,
      // The snippet's one file; nothing else exists (no settings files, no directories).
      fs: {
        read: (p) => (p === 'my_model.txt' ? 'weights' : undefined),
        exists: (p) => p === 'my_model.txt',
        isDir: () => false,
        write: () => {},
        remove: () => {},
        walk: () => [],
      },
    });
    const run = await sdk.init({ project: 'training' });
    const art = new sdk.Artifact('my-model', 'model');
    art.addFile('my_model.txt');
    await run.linkArtifact(art, 'wandb-registry-model/my-collection', ['staging']);
    await run.finish();
    flowS.push(performance.now() - t);
    requests = n;
  }
  console.log('\nDocs world, one snippet-sized run');
  row('createWorld() (docs seed)', createS);
  row('worldFromSnapshot(docs snapshot)', restoreS);
  row(`init + log + link + finish (${requests} requests)`, flowS);
}

/**
 * Why handlers.ts has one catch-all handler: msw tries handlers in order. Since msw 2.x the
 * request body and document are parsed once per request (GraphQLHandler.parsedRequestCache),
 * but every handler still matches the URL, reads cookies and runs its predicate.
 */
async function handlerDispatch() {
  const names = Object.keys(operations) as (keyof typeof operations)[];
  // The same trivial answer everywhere, so only the dispatch differs.
  const answer = () => HttpResponse.json<{ data: Record<string, never> }>({ data: {} });
  const catchAll = [graphql.link(GRAPHQL_URL).operation(answer)];
  const perOperation = names.map((name) =>
    graphql.link(GRAPHQL_URL)[operations[name].kind](name, answer),
  );
  const request = (name: keyof typeof operations) =>
    new Request(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operations[name].document, operationName: name }),
    });
  const time = async (handlers: typeof catchAll, name: keyof typeof operations) => {
    const samples: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const s = performance.now();
      await getResponse(handlers, request(name));
      samples.push(performance.now() - s);
    }
    return samples;
  };
  const first = names[0];
  const last = names[names.length - 1];
  await time(perOperation, last); // warm-up: JIT and msw's lazily built matchers
  await time(catchAll, first);
  console.log(`\nHandler dispatch, ${names.length} operations (${first} first, ${last} last)`);
  row(`catch-all handler: ${first}`, await time(catchAll, first));
  row(`catch-all handler: ${last}`, await time(catchAll, last));
  row(`one handler per operation: ${first}`, await time(perOperation, first));
  row(`one handler per operation: ${last}`, await time(perOperation, last));
}

// Root package is CommonJS for tsx: no top-level await.
(async () => {
  await handlerDispatch();
  await docsFlow();
  for (const n of [1_000, 100_000]) await measure(n);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
