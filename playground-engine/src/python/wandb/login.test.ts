// wandb.login() as wandb_login.py `login` / `_login` run it, through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string, env?: Record<string, string>) =>
  runSnippet(`import wandb\n${code}`, { world: createWorld(worldSeeds.docs), env });

const lines = (r: { stderr: string }) => r.stderr.split('\n').filter(Boolean);
const LOGIN =
  'wandb: Currently logged in as: alice (vision-team) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin';
const KEY = 'a'.repeat(40);

describe('wandb.login (0.28.x)', () => {
  it("with no key: the session is the viewer's; prints who is logged in once and returns True", async () => {
    const r = await run('print(wandb.login())\nprint(wandb.login())\n');
    expect(r.stdout).toBe('True\nTrue\n');
    expect(lines(r)).toEqual([LOGIN]);
  });

  it('an explicit key is checked, written to ~/.netrc (its two termlog lines), then the login line', async () => {
    const r = await run(`print(wandb.login(key="${KEY}"))
print(open("/home/user/.netrc").read())
`);
    expect(r.error).toBeUndefined();
    expect(lines(r)).toEqual([
      'wandb: No netrc file found, creating one.',
      'wandb: Appending key for api.wandb.ai to your netrc file: /home/user/.netrc',
      LOGIN,
    ]);
    expect(r.stdout).toBe(`True\nmachine api.wandb.ai\n  login user\n  password ${KEY}\n\n`);
  });

  it("a key in a bad format is AuthenticationError with check_api_key's sentence", async () => {
    const short = await run('wandb.login(key="abc")\n');
    expect(short.error?.type).toBe('wandb.errors.errors.AuthenticationError');
    expect(short.error?.message).toBe('API key must have 40+ characters, has 3.');
    const chars = await run(`wandb.login(key="${'a'.repeat(39)}!")\n`);
    expect(chars.error?.message).toBe(
      'API key may only contain the letters A-Z, digits and underscores.',
    );
    // An on-prem key: the part after the first dash is the secret.
    const onprem = await run(`print(wandb.login(key="local-${KEY}"))\n`);
    expect(onprem.stdout).toBe('True\n');
  });

  it('host= names the server in the login line and the netrc machine', async () => {
    const r = await run(`wandb.login(key="${KEY}", host="https://wandb.example.com/")\n`);
    expect(lines(r)).toContain(
      'wandb: Appending key for wandb.example.com to your netrc file: /home/user/.netrc',
    );
    // Then _update_system_settings writes base_url to the system settings file.
    expect(lines(r).slice(-2)).toEqual([
      'wandb: Currently logged in as: alice (vision-team) to https://wandb.example.com. Use `wandb login --relogin` to force relogin',
      'wandb: Updated settings file /home/user/.config/wandb/settings',
    ]);
  });

  it('after wandb.init() it has no effect: a warning and False', async () => {
    const r = await run(
      'wandb.init(project="p", settings=wandb.Settings(silent=True))\nprint(wandb.login())\n',
    );
    expect(r.stdout).toBe('False\n');
    expect(lines(r)).toEqual([
      'wandb: WARNING Calling wandb.login() after wandb.init() has no effect.',
    ]);
  });

  it('offline: "Unable to verify login in offline mode." and False; disabled: False', async () => {
    const off = await run('print(wandb.login())\n', { WANDB_MODE: 'offline' });
    expect(off.stdout).toBe('False\n');
    expect(lines(off)).toEqual(['wandb: WARNING Unable to verify login in offline mode.']);
    const disabled = await run('print(wandb.login())\n', { WANDB_MODE: 'disabled' });
    expect(disabled.stdout).toBe('False\n');
    expect(disabled.stderr).toBe('');
  });

  it('anonymous= warns once that it has no effect; WANDB_SILENT keeps it quiet', async () => {
    const r = await run('wandb.login(anonymous="allow")\nwandb.login(anonymous="never")\n');
    expect(lines(r)).toEqual([
      'wandb: WARNING The anonymous parameter to wandb.login() has no effect and will be removed in future versions.',
      LOGIN,
    ]);
    const silent = await run('wandb.setup()\nprint(wandb.login())\n', { WANDB_SILENT: 'true' });
    expect(silent.stdout).toBe('True\n');
    expect(silent.stderr).toBe('');
  });
});
