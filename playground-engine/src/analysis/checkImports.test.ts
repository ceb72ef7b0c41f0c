import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import { analyze } from './analyze';
import { checkImports } from './checkImports';

const flagged = (code: string) =>
  checkImports(parser.parse(code), code).map((d) => [d.code, code.slice(d.from, d.to)]);

describe('checkImports: imports that fail in the playground, before the run', () => {
  it('flags third-party packages, dotted and aliased, in import and from-import', () => {
    const code = [
      'import torch',
      'import numpy as np, os',
      'from sklearn.model_selection import train_test_split',
      'import torch.nn as nn',
      'from dotenv import load_dotenv',
      'import typer',
    ].join('\n');
    expect(flagged(code)).toEqual([
      ['third-party-import', 'torch'],
      ['third-party-import', 'numpy'],
      ['third-party-import', 'sklearn.model_selection'],
      ['third-party-import', 'torch.nn'],
      ['third-party-import', 'dotenv'],
      ['third-party-import', 'typer'],
    ]);
  });

  it('says why: the playground simulates W&B, not the training stack', () => {
    const [d] = checkImports(parser.parse('import pandas'), 'import pandas');
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(
      /^No module named 'pandas': the playground simulates W&B, not the training stack/,
    );
  });

  it('accepts the standard library the playground has, wandb, and relative imports', () => {
    const code = [
      'import os, os.path, json, random, re, sys',
      'from pathlib import Path',
      'from typing import Optional',
      'from __future__ import annotations',
      'import wandb',
      'from wandb.errors import CommError',
      'from . import sibling',
    ].join('\n');
    expect(flagged(code)).toEqual([]);
  });

  it('reports CPython modules the playground leaves out as unsupported, not missing', () => {
    expect(flagged('import subprocess\nfrom multiprocessing import Pool')).toEqual([
      ['unsupported-module', 'subprocess'],
      ['unsupported-module', 'multiprocessing'],
    ]);
    const [d] = checkImports(parser.parse('import subprocess'), 'import subprocess');
    expect(d.message).toBe('not supported in the playground: the subprocess module');
  });

  it('reports a wandb submodule the binding leaves out by its whole name; the ones it serves pass', () => {
    const code = [
      'import wandb.util',
      'from wandb.sdk.wandb_init import init',
      'from wandb.apis.public import Api, Registry',
      'from wandb.sdk.artifacts.artifact import Artifact',
      'import wandb.nope',
    ].join('\n');
    expect(flagged(code)).toEqual([
      ['unsupported-module', 'wandb.util'],
      ['unsupported-module', 'wandb.sdk.wandb_init'],
    ]);
    const [d] = checkImports(parser.parse('import wandb.util'), 'import wandb.util');
    expect(d.message).toBe('not supported in the playground: the wandb.util module');
  });

  it('is part of analyze()', () => {
    const ds = analyze('import torch\nimport wandb\n', createWorld());
    expect(ds.map((d) => d.code)).toContain('third-party-import');
  });
});
