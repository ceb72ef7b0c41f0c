// The terminal lines of wandb.login() / wandb.init() / run.finish() (wandb_login.py
// `_print_logged_in_message`, wandb_run.py `_header_*`, `_footer_*`), on stderr,
// deterministic from the world, and silenced as the SDK silences them.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string, env?: Record<string, string>) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), env, files: { 'm.txt': 'x' } });

const lines = (r: { stderr: string }) => r.stderr.split('\n').filter(Boolean);
const LOGIN =
  'wandb: Currently logged in as: alice (vision-team) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin';

describe('wandb.init / finish console (0.28.x)', () => {
  it('prints the login, header and footer lines on stderr, with the run name and https://wandb.ai URLs', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    run.log_artifact("m.txt", name="clf", type="model")
    print(run.name, run.id)
`);
    expect(r.error).toBeUndefined();
    const [name, id] = r.stdout.trim().split(' ');
    const dir = lines(r)[2].match(/\/home\/user\/wandb\/(run-(\d{8}_\d{6})-(\w+))$/);
    expect(dir?.[3]).toBe(id);
    // The world's clock: runs start on 2025-01-15 (world/deterministic.ts).
    expect(dir?.[2]).toMatch(/^20250115_12\d{4}$/);
    expect(lines(r)).toEqual([
      LOGIN,
      'wandb: Tracking run with wandb version 0.28.2',
      `wandb: Run data is saved locally in /home/user/wandb/${dir?.[1]}`,
      'wandb: Run `wandb offline` to turn off syncing.',
      `wandb: Syncing run ${name}`,
      'wandb: ⭐️ View project at https://wandb.ai/vision-team/p',
      `wandb: 🚀 View run at https://wandb.ai/vision-team/p/runs/${id}`,
      `wandb: 🚀 View run ${name} at: https://wandb.ai/vision-team/p/runs/${id}`,
      'wandb: ⭐️ View project at: https://wandb.ai/vision-team/p',
      // One file and its manifest uploaded by the new version.
      'wandb: Synced 5 W&B file(s), 0 media file(s), 2 artifact file(s) and 0 other file(s)',
      `wandb: Find logs at: ./wandb/${dir?.[1]}/logs`,
    ]);
    // stdout is the snippet's own output only.
    expect(r.stdout).toBe(`${name} ${id}\n`);
  });

  it('is deterministic: the same code on a fresh copy of the world prints the same lines', async () => {
    const code = 'import wandb\nwandb.init(project="p").finish()\n';
    expect((await run(code)).stderr).toBe((await run(code)).stderr);
  });

  it('the login line comes once per process; a second run prints only its own header', async () => {
    const r = await run(
      'import wandb\nwandb.login()\nwandb.init(project="p").finish()\nwandb.init(project="p").finish()\n',
    );
    expect(lines(r).filter((l) => l.includes('Currently logged in'))).toEqual([LOGIN]);
    expect(lines(r).filter((l) => l.includes('Tracking run'))).toHaveLength(2);
  });

  it('URLs quote the entity and project as urllib.parse.quote does', async () => {
    const r = await run('import wandb\nwandb.init(project="my project").finish()\n');
    expect(lines(r)).toContain(
      'wandb: ⭐️ View project at https://wandb.ai/vision-team/my%20project',
    );
  });

  it('WANDB_SILENT=true prints nothing at all', async () => {
    const r = await run('import wandb\nwandb.login()\nwandb.init(project="p").finish()\n', {
      WANDB_SILENT: 'true',
    });
    expect(r.stderr).toBe('');
  });

  it('Settings(silent=True) (or a dict, or "true") silences that run', async () => {
    for (const s of [
      'wandb.Settings(silent=True)',
      '{"silent": True}',
      'wandb.Settings(silent="true")',
    ]) {
      const r = await run(`import wandb\nwandb.init(project="p", settings=${s}).finish()\n`);
      expect(r.error).toBeUndefined();
      expect(r.stderr).toBe('');
    }
  });

  it('quiet keeps the run lines and the sync summary (no login, version, data dir or logs lines)', async () => {
    const r = await run(
      'import wandb\nrun = wandb.init(project="p", settings=wandb.Settings(quiet=True))\nrun.finish()\nprint(run.name, run.id)\n',
    );
    const [name, id] = r.stdout.trim().split(' ');
    expect(lines(r)).toEqual([
      `wandb: Syncing run ${name}`,
      `wandb: 🚀 View run at https://wandb.ai/vision-team/p/runs/${id}`,
      `wandb: 🚀 View run ${name} at: https://wandb.ai/vision-team/p/runs/${id}`,
      'wandb: ⭐️ View project at: https://wandb.ai/vision-team/p',
      'wandb: Synced 5 W&B file(s), 0 media file(s), 0 artifact file(s) and 0 other file(s)',
    ]);
    const env = await run('import wandb\nwandb.init(project="p").finish()\n', {
      WANDB_QUIET: 'true',
    });
    expect(lines(env)).toHaveLength(5);
  });

  it('a value pydantic cannot read as a bool is its ValidationError (a ValueError)', async () => {
    const r = await run(
      'import wandb\ntry:\n    wandb.Settings(silent="maybe")\nexcept ValueError as e:\n    print(type(e).__name__)\n    print(e)\n',
    );
    expect(r.stdout).toBe(
      "ValidationError\n1 validation error for Settings\nsilent\n  Input should be a valid boolean, unable to interpret input [type=bool_parsing, input_value='maybe', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.12/v/bool_parsing\n",
    );
  });

  it('finish(quiet=...) warns once that the argument is deprecated', async () => {
    const r = await run(
      'import wandb\nwandb.init(project="p", settings=wandb.Settings(quiet=True)).finish(quiet=True)\nwandb.init(project="p", settings=wandb.Settings(quiet=True))\nwandb.finish(quiet=True)\n',
    );
    expect(lines(r).filter((l) => l.includes('deprecated'))).toEqual([
      'wandb: WARNING The `quiet` argument to `wandb.run.finish()` is deprecated, use `wandb.Settings(quiet=...)` to set this instead.',
    ]);
  });

  it('Artifact.save() without a run uses a silent auto run (artifact.py save)', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("m.txt")
art.save()
print(art.wait().version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('v0\n');
    // Its login is silent too (`_login(_silent=quiet or silent)`).
    expect(r.stderr).toBe('');
  });

  it('an offline run says where the data is and how to sync it (offline-run-… directory)', async () => {
    const r = await run('import wandb\nwandb.init(project="p", mode="offline").finish()\n');
    const dir = lines(r)[2].match(/\/home\/user\/wandb\/(offline-run-\d{8}_\d{6}-\w+)$/)?.[1];
    expect(dir).toBeDefined();
    expect(lines(r)).toEqual([
      'wandb: Tracking run with wandb version 0.28.2',
      'wandb: W&B syncing is set to `offline` in this directory. Run `wandb online` or set WANDB_MODE=online to enable cloud syncing.',
      `wandb: Run data is saved locally in /home/user/wandb/${dir}`,
      'wandb: View this run in the terminal with `wandb leet`',
      'wandb: You can sync this run to the cloud by running:',
      `wandb: wandb sync /home/user/wandb/${dir}`,
      `wandb: Find logs at: ./wandb/${dir}/logs`,
    ]);
  });

  it('the version line follows the simulated SDK version', async () => {
    const r = await runSnippet('import wandb\nwandb.init(project="p").finish()\n', {
      world: createWorld(worldSeeds.docs),
      sdkVersion: '0.20.0',
    });
    expect(lines(r)).toContain('wandb: Tracking run with wandb version 0.20.0');
  });
});
