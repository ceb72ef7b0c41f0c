// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkEntry } from 'playground-engine';
import { NETWORK_LOG_LIMIT, NetworkLogStore } from '@site/src/playground/networkLog';
import NetworkLog from './index';

afterEach(cleanup);

const entry = (over: Partial<NetworkEntry>): NetworkEntry => ({
  id: 1,
  source: 'sdk',
  operationName: 'LinkArtifact',
  variables: { input: { artifactPortfolioName: 'best-models', entityName: 'acme' } },
  status: 200,
  response: { data: { result: { versionIndex: 0 } } },
  durationMs: 2.4,
  ...over,
});

describe('NetworkLog', () => {
  it('lists operations with name, source and status, and live-updates', () => {
    const store = new NetworkLogStore();
    render(<NetworkLog store={store} />);
    expect(screen.getByText(/No requests yet/)).toBeTruthy();
    act(() => {
      store.append(entry({ operationName: 'FetchOrgInfoFromEntity' }));
      store.append(entry({ source: 'ui', id: 1 }));
    });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('FetchOrgInfoFromEntity');
    expect(items[1].textContent).toMatch(/LinkArtifact\s*ui\s*200/);
    expect(screen.getByText('2 operations')).toBeTruthy();
  });

  it('expands an entry to show variables and response', async () => {
    const store = new NetworkLogStore();
    store.append(entry({}));
    render(<NetworkLog store={store} />);
    const item = screen.getByRole('listitem');
    expect(within(item).queryByText('Variables')).toBeNull();
    await userEvent.click(within(item).getByText('LinkArtifact'));
    expect(within(item).getByText('Variables')).toBeTruthy();
    expect(item.textContent).toContain('"artifactPortfolioName": "best-models"');
    expect(item.textContent).toContain('"versionIndex": 0');
  });

  it('marks GraphQL errors (HTTP 200 with errors) as failed', () => {
    const store = new NetworkLogStore();
    store.append(
      entry({
        response: { errors: [{ message: 'linking is only allowed within the same team' }] },
      }),
    );
    render(<NetworkLog store={store} />);
    expect(screen.getByRole('listitem').textContent).toContain('200 error');
  });

  it('filters by source and clears', async () => {
    const store = new NetworkLogStore();
    store.append(entry({ operationName: 'A', source: 'sdk' }));
    store.append(entry({ operationName: 'B', source: 'ui' }));
    render(<NetworkLog store={store} />);
    await userEvent.selectOptions(screen.getByLabelText(/Show/), 'ui');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('B'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Clear log' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  it('renders names with markup as text', () => {
    const store = new NetworkLogStore();
    store.append(entry({ operationName: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<NetworkLog store={store} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('keeps at most the newest entries', () => {
    const store = new NetworkLogStore();
    for (let i = 0; i < NETWORK_LOG_LIMIT + 5; i++)
      store.append(entry({ operationName: `op${i}` }));
    const all = store.getSnapshot();
    expect(all).toHaveLength(NETWORK_LOG_LIMIT);
    expect(all[all.length - 1].operationName).toBe(`op${NETWORK_LOG_LIMIT + 4}`);
  });
});
