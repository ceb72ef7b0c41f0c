import { describe, expect, it } from 'vitest';
import { compareVersions, sdkBehaviour } from './versions';

describe('compareVersions', () => {
  it('orders releases numerically and pre-releases before their release', () => {
    expect(compareVersions('0.19.10', '0.19.9')).toBeGreaterThan(0);
    expect(compareVersions('0.28.3.dev1', '0.28.3')).toBeLessThan(0);
    expect(compareVersions('0.28.3.dev1', '0.28.2')).toBeGreaterThan(0);
    expect(compareVersions('0.25.0rc1', '0.25.0')).toBeLessThan(0);
    expect(compareVersions('0.21.0', '0.21.0')).toBe(0);
  });
});

describe('sdkBehaviour thresholds (read from the tagged wandb source)', () => {
  const at = (v: string) => sdkBehaviour(v);
  it('Go linker from 0.18.4 to 0.20.x; Artifact.link from 0.21.0', () => {
    expect([
      at('0.18.3').goLinker,
      at('0.18.4').goLinker,
      at('0.20.1').goLinker,
      at('0.21.0').goLinker,
    ]).toEqual([false, true, true, false]);
  });
  it('link_artifact returns None on success before 0.19.11', () => {
    expect([at('0.19.10').linkReturnsNone, at('0.19.11').linkReturnsNone]).toEqual([true, false]);
  });
  it('Go message style: plain to 0.18.5, quoted from 0.18.6, lower-cased from 0.19.10', () => {
    expect(['0.18.5', '0.18.6', '0.19.9', '0.19.10'].map((v) => at(v).goMessages)).toEqual([
      'capitalised-plain',
      'capitalised-quoted',
      'capitalised-quoted',
      'lower-quoted',
    ]);
  });
  it('Artifact.link on a draft needs a client from 0.21.0 to 0.22.x', () => {
    expect(['0.20.1', '0.21.0', '0.22.1', '0.23.0'].map((v) => at(v).linkDraftNeedsClient)).toEqual(
      [false, true, true, false],
    );
  });
  it('Artifact.link goes through run.link_artifact before 0.21.0; warns on a link from 0.19.11', () => {
    expect(['0.19.9', '0.19.10', '0.20.1', '0.21.0'].map((v) => at(v).artifactLinkViaRun)).toEqual([
      'wandb.run',
      'most_recent_active_run',
      'most_recent_active_run',
      false,
    ]);
    expect(['0.19.10', '0.19.11'].map((v) => at(v).linkOfLinkWarning)).toEqual([false, true]);
  });
});
