// A run of the public API (wandb/apis/public/runs.py `Run`): what api.run(path) and
// artifact.logged_by() return.

import { type PublicRun, runArtifacts } from '../../sdk/publicRun';
import type { WandbSdk } from '../../sdk/wandbSdk';
import {
  type PyBuiltin,
  type PyDict,
  PyHost,
  PyList,
  type PyType,
  type PyValue,
} from '../values/objects';
import { artifactsPaginator } from './collections';
import { fromJs, method, toJs } from './convert';
import { httpSummary, type PySummarySubDict } from './httpSummary';

export class PyPublicRun extends PyHost {
  private readonly loggedArtifacts: PyBuiltin;
  private readonly usedArtifacts: PyBuiltin;
  private summary?: PySummarySubDict;
  constructor(
    readonly run: PublicRun,
    private readonly sdk: WandbSdk,
    artifactType: PyType,
  ) {
    super();
    // public.RunArtifacts: lazy, len() is the server's total count.
    const artifacts = (mode: 'logged' | 'used') =>
      method(
        mode === 'logged' ? 'Run.logged_artifacts' : 'Run.used_artifacts',
        (b) => {
          const perPage = b.get('per_page');
          return artifactsPaginator(
            runArtifacts(
              sdk,
              run,
              mode,
              typeof perPage === 'bigint' && perPage > 0n ? Number(perPage) : 100,
            ),
            artifactType,
          );
        },
        this,
      );
    this.loggedArtifacts = artifacts('logged');
    this.usedArtifacts = artifacts('used');
  }
  get typeName(): string {
    return 'Run';
  }
  override getAttr(name: string): PyValue | undefined {
    const r = this.run;
    switch (name) {
      case 'id':
        return r.id;
      case 'name':
      case 'display_name':
        return r.name;
      case 'state':
        return r.state;
      case 'entity':
        return r.entity;
      case 'project':
        return r.project;
      case 'path':
        return new PyList(r.path);
      // `__getattr__` reads `_attrs[camel(name)]`: what the server sent.
      case 'job_type':
        return r.jobType;
      case 'group':
        return r.group;
      case 'notes':
        return r.notes;
      case 'tags':
        return new PyList(r.tags);
      case 'created_at':
        return r.createdAt;
      case 'config':
        return fromJs(r.config);
      case 'summary':
        // Run.summary: one HTTPSummary per Run object (`self._summary`).
        this.summary ??= httpSummary(fromJs(r.summary) as PyDict, (json) =>
          r.commitSummary(this.sdk, toJs(json) as Record<string, unknown>),
        );
        return this.summary;
      case 'logged_artifacts':
        return this.loggedArtifacts;
      case 'used_artifacts':
        return this.usedArtifacts;
      case 'url':
        return `https://wandb.ai/${r.entity}/${r.project}/runs/${r.id}`;
    }
    return undefined;
  }
  repr(): string {
    return this.run.toString();
  }
}
