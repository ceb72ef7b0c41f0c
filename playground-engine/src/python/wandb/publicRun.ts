// A run of the public API (wandb/apis/public/runs.py `Run`): what api.run(path) and
// artifact.logged_by() return.

import type { PublicRun } from '../../sdk/publicRun';
import { PyHost, PyList, type PyValue } from '../values/objects';
import { fromJs } from './convert';

export class PyPublicRun extends PyHost {
  constructor(readonly run: PublicRun) {
    super();
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
      case 'job_type':
        return r.jobType;
      case 'created_at':
        return r.createdAt;
      case 'config':
        return fromJs(r.config);
      case 'summary':
        return fromJs(r.summary);
      case 'url':
        return `https://wandb.ai/${r.entity}/${r.project}/runs/${r.id}`;
    }
    return undefined;
  }
  repr(): string {
    return this.run.toString();
  }
}
