// wandb/errors/errors.py and wandb/sdk/artifacts/exceptions.py as a snippet meets them: the
// classes' bases, their __init__ signatures and attributes, and the same for the errors the
// SDK raises.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) => runSnippet(code, { world: createWorld(worldSeeds.docs) });

describe('wandb.errors (0.18.4 – 0.28.x)', () => {
  it('AuthenticationError is a CommError, UnsupportedError a UsageError; all are wandb.Error', async () => {
    const r = await run(`import wandb
from wandb.errors import AuthenticationError, CommError, UnsupportedError, UsageError, WandbCoreNotAvailableError
print([c.__name__ for c in AuthenticationError.__mro__])
print([c.__name__ for c in UnsupportedError.__mro__])
print(issubclass(WandbCoreNotAvailableError, wandb.Error), issubclass(UsageError, CommError))
print(wandb.Error is wandb.errors.Error, wandb.CommError is CommError, wandb.UsageError is UsageError)
from wandb.errors.errors import CommError as Defined
print(Defined is CommError)
try:
    raise UnsupportedError("no")
except wandb.errors.UsageError as e:
    print("caught", repr(e))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "['AuthenticationError', 'CommError', 'Error', 'Exception', 'BaseException', 'object']",
        "['UnsupportedError', 'UsageError', 'Error', 'Exception', 'BaseException', 'object']",
        'True False',
        'True True True',
        'True',
        "caught UnsupportedError('no')",
        '',
      ].join('\n'),
    );
  });

  it("the classes are defined in wandb.errors.errors: their __module__, repr and a traceback's last line name it", async () => {
    const r = await run(`import wandb
print(wandb.errors.CommError.__module__, wandb.Error, wandb.errors.UsageError)
raise wandb.errors.CommError("no network")
`);
    expect(r.stdout).toBe(
      "wandb.errors.errors <class 'wandb.errors.errors.Error'> <class 'wandb.errors.errors.UsageError'>\n",
    );
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.traceback.split('\n').pop()).toBe('wandb.errors.errors.CommError: no network');
  });

  it('Error(message, context=None) keeps .message (and .context when given); CommError(msg, exc=None) keeps .exc', async () => {
    const r = await run(`import wandb
e = wandb.Error("m")
print(repr(e), e.args, e.message, hasattr(e, "context"))
print(wandb.Error("m", context={"k": 1}).context, hasattr(wandb.Error("m", {}), "context"))
c = wandb.errors.CommError("boom", ValueError("inner"))
print(repr(c), str(c), c.args, c.message, repr(c.exc))
print(repr(wandb.errors.AuthenticationError("a").exc))
for make in (lambda: wandb.Error(), lambda: wandb.errors.CommError("a", None, 3), lambda: wandb.errors.UsageError(msg="x")):
    try:
        make()
    except TypeError as t:
        print(t)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "Error('m') ('m',) m False",
        "{'k': 1} False",
        "CommError('boom') boom ('boom',) boom ValueError('inner')",
        'None',
        "Error.__init__() missing 1 required positional argument: 'message'",
        'CommError.__init__() takes from 2 to 3 positional arguments but 4 were given',
        "Error.__init__() got an unexpected keyword argument 'msg'",
        '',
      ].join('\n'),
    );
  });

  it("a snippet's own subclass runs Error.__init__ through super() or by inheriting it", async () => {
    const r = await run(`import wandb
class Mine(wandb.errors.CommError):
    pass
m = Mine("hello", exc=KeyError("k"))
print(repr(m), m.message, repr(m.exc), isinstance(m, wandb.Error))
class Described(wandb.Error):
    def __init__(self, n):
        super().__init__(f"n={n}")
print(Described(3).message, Described(3).args)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("Mine('hello') hello KeyError('k') True\nn=3 ('n=3',)\n");
  });

  it("the SDK's own errors have them too: normalize_exceptions' CommError wraps the ValueError in .exc", async () => {
    const r = await run(`import wandb
try:
    wandb.Api().artifact("vision-team/nope/clf:v0")
except wandb.Error as e:
    print(type(e).__name__, "|", e.message, "|", repr(e.exc))
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
run.finish()
try:
    run.log_artifact("x.txt")
except wandb.errors.UsageError as e:
    print(e.message == str(e), e.args == (str(e),))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "CommError | project 'nope' not found under entity 'vision-team' | ValueError(\"project 'nope' not found under entity 'vision-team'\")",
        'True True',
        '',
      ].join('\n'),
    );
  });

  it('the artifact state errors are AttributeErrors without .message', async () => {
    const r = await run(`import wandb
from wandb.sdk.artifacts.exceptions import ArtifactNotLoggedError
try:
    wandb.Artifact("clf", "model").version
except ArtifactNotLoggedError as e:
    print(hasattr(e, "message"), e.name, isinstance(e, wandb.Error))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('False version False\n');
  });
});
