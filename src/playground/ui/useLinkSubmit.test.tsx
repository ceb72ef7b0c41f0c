// @vitest-environment jsdom
// The two UIs' shared source cascade and link submit, on their own.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegistryUiApi, UiArtifactVersion } from './api';
import { fakeData } from './testing/fixtures';
import { type LinkForm, useLinkSubmit } from './useLinkSubmit';
import { choose, NO_SOURCE } from './useSourceCascade';

describe('choose (source cascade)', () => {
  const full = { entity: 'vision-team', project: 'mnist', artifact: 'my-model', versionId: 'id1' };
  it('clears the choices after the one that changed, and keeps those before it', () => {
    expect(choose(full, 'project', 'cifar')).toEqual({
      entity: 'vision-team',
      project: 'cifar',
      artifact: '',
      versionId: '',
    });
    expect(choose(full, 'entity', 'alice')).toEqual({ ...NO_SOURCE, entity: 'alice' });
    expect(choose(full, 'versionId', 'id2')).toEqual({ ...full, versionId: 'id2' });
  });
});

const [registry] = fakeData().registries;
const version: UiArtifactVersion = {
  id: 'id1',
  versionIndex: 3,
  aliases: [],
  type: 'model',
  digest: 'd',
  createdAt: 't',
};
const form: LinkForm = {
  registry,
  collection: 'prod-models',
  source: { entity: 'vision-team', project: 'mnist', artifact: 'my-model', versionId: 'id1' },
  version,
  aliases: ' best, , prod ',
};

/** An api whose link waits until the test settles it. */
function pendingApi() {
  let settle: {
    ok: (v: { versionIndex: number; aliases: string[] }) => void;
    fail: (e: Error) => void;
  } | null = null;
  const requests: unknown[] = [];
  const api = {
    link: (input: unknown) => {
      requests.push(input);
      return new Promise((ok, fail) => {
        settle = { ok, fail };
      });
    },
  } satisfies Pick<RegistryUiApi, 'link'>;
  return { api, requests, settle: () => settle! };
}

describe('useLinkSubmit', () => {
  it('sends the typed aliases, then records the finished link with its source', async () => {
    const p = pendingApi();
    const { result } = renderHook(() => useLinkSubmit(p.api));
    let linked: Promise<boolean> = Promise.resolve(false);
    act(() => {
      linked = result.current.submit(form);
    });
    expect(result.current.busy).toBe(true);
    expect(p.requests).toEqual([
      {
        artifactId: 'id1',
        orgEntityName: 'acme',
        registry: 'model',
        collection: 'prod-models',
        aliases: ['best', 'prod'],
      },
    ]);
    await act(async () => {
      p.settle().ok({ versionIndex: 0, aliases: ['best', 'prod', 'latest'] });
      expect(await linked).toBe(true);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.finished).toEqual({
      orgEntityName: 'acme',
      registry: 'model',
      collection: 'prod-models',
      versionIndex: 0,
      aliases: ['best', 'prod', 'latest'],
      requestedAliases: ['best', 'prod'],
      source: { entity: 'vision-team', project: 'mnist', name: 'my-model', versionIndex: 3 },
    });
  });

  it("shows the server's error, and a reopened form drops the answer of an older request", async () => {
    const p = pendingApi();
    const { result } = renderHook(() => useLinkSubmit(p.api));
    let linked: Promise<boolean> = Promise.resolve(true);
    act(() => {
      linked = result.current.submit(form);
    });
    await act(async () => {
      p.settle().fail(Object.assign(new Error('Permission denied'), { pyType: 'CommError' }));
      expect(await linked).toBe(false);
    });
    expect(result.current.error).toEqual({ type: 'CommError', message: 'Permission denied' });

    act(() => {
      linked = result.current.submit(form);
    });
    act(() => result.current.resetForm());
    expect(result.current.error).toBeNull();
    await act(async () => {
      p.settle().fail(new Error('too late'));
      expect(await linked).toBe(false);
    });
    expect(result.current.error).toBeNull();
    expect(result.current.busy).toBe(false);
  });
});
