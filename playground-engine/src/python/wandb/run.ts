// The object wandb.init() returns, with the real Run method signatures.

import type { Run } from '../../sdk/run';
import { E, pyErr } from '../values/exceptions';
import { type PyBuiltin, PyHost, type PyType, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { PyArtifact, wrapArtifact } from './artifact';
import { fromJs, method, optStr, stringsArg } from './convert';

export class PyRun extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;

  constructor(
    readonly run: Run,
    artifactType: PyType,
    onFinish: () => void,
  ) {
    super();
    const r = run;
    const m = (q: string, spec: string[], f: Parameters<typeof method>[2]) =>
      [q.slice(q.lastIndexOf('.') + 1), method(q, spec, f, this)] as const;
    const finish = async () => {
      await r.finish();
      onFinish();
      return null;
    };
    this.methods = new Map([
      m(
        'Run.log_artifact',
        ['artifact_or_path', 'name=', 'type=', 'aliases=', 'tags='],
        async (b) => {
          const src = b.get('artifact_or_path');
          // Anything else reaches the SDK's TypeError (after the alias check, as there).
          const arg = src instanceof PyArtifact ? src.artifact : (src as string);
          const logged = await r.logArtifact(arg, {
            name: optStr('name', b.get('name')) ?? null,
            type: optStr('type', b.get('type')) ?? null,
            aliases: stringsArg(b.get('aliases')) ?? null,
          });
          return wrapArtifact(logged, artifactType);
        },
      ),
      m('Run.link_artifact', ['artifact', 'target_path', 'aliases='], async (b) => {
        const art = b.get('artifact');
        if (!(art instanceof PyArtifact)) {
          throw pyErr(
            E.AttributeError,
            `'${typeName(art as PyValue)}' object has no attribute 'is_draft'`,
          );
        }
        const target = b.get('target_path');
        if (typeof target !== 'string') {
          throw pyErr(E.TypeError, `target_path must be a str, not ${typeName(target as PyValue)}`);
        }
        return wrapArtifact(
          await r.linkArtifact(art.artifact, target, stringsArg(b.get('aliases'))),
          artifactType,
        );
      }),
      m('Run.use_artifact', ['artifact_or_name', 'type=', 'aliases=', 'use_as='], async (b) => {
        const a = b.get('artifact_or_name');
        const used = await r.useArtifact(
          a instanceof PyArtifact ? a.artifact : a,
          optStr('type', b.get('type')) ?? null,
          stringsArg(b.get('aliases')) ?? null,
        );
        return a instanceof PyArtifact ? a : wrapArtifact(used, artifactType);
      }),
      m('Run.log', ['data', 'step=', 'commit='], () => null),
      m('Run.finish', ['exit_code=', 'quiet='], finish),
      m('Run.__enter__', [], () => this),
      m('Run.__exit__', ['exc_type', 'exc_val', 'exc_tb'], async () => {
        await finish();
        return false;
      }),
      m('Run.link_model', ['path', 'registered_model_name', 'name=', 'aliases='], async (b) => {
        const path = b.get('path');
        const model = b.get('registered_model_name');
        if (typeof path !== 'string')
          throw pyErr(E.TypeError, `path must be a str, not ${typeName(path as PyValue)}`);
        if (typeof model !== 'string') {
          throw pyErr(
            E.TypeError,
            `registered_model_name must be a str, not ${typeName(model as PyValue)}`,
          );
        }
        const linked = await r.linkModel(
          path,
          model,
          optStr('name', b.get('name')) ?? null,
          stringsArg(b.get('aliases')),
        );
        return wrapArtifact(linked, artifactType);
      }),
    ]);
  }

  get typeName(): string {
    return 'Run';
  }

  override getAttr(name: string): PyValue | undefined {
    const r = this.run;
    switch (name) {
      case 'id':
        return r.id;
      case 'entity':
        return r.entity;
      case 'project':
        return r.project;
      case 'name':
        return r.name;
      case 'job_type':
        return r.jobType ?? null;
      case 'config':
        return fromJs(r.config);
      case 'path':
        return `${r.entity}/${r.project}/${r.id}`;
      case 'offline':
        return r.offline;
    }
    return this.methods.get(name);
  }

  repr(): string {
    return `<Run ${this.run.entity}/${this.run.project}/${this.run.id}>`;
  }
}
