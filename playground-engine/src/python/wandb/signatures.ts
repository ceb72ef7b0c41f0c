// The real SDK's signatures, once: the Python binding binds call arguments with them (so a
// mistake fails with CPython's TypeError) and the editor's analysis reads them to find the
// argument it checks. Data only, so the analysis can import it without loading the runtime.
//
// A spec is `sig()`'s form: 'name' required, 'name=' with a default, '*' starts the
// keyword-only parameters, '*args' / '**kwargs'. `self` is left out.

export const SIGNATURES = {
  // wandb/sdk/wandb_init.py `init` (v0.23.1 – 0.28.x order)
  init: [
    'entity=',
    'project=',
    'dir=',
    'id=',
    'name=',
    'notes=',
    'tags=',
    'config=',
    'config_exclude_keys=',
    'config_include_keys=',
    'allow_val_change=',
    'group=',
    'job_type=',
    'mode=',
    'force=',
    'reinit=',
    'resume=',
    'resume_from=',
    'fork_from=',
    'save_code=',
    'tensorboard=',
    'sync_tensorboard=',
    'monitor_gym=',
    'settings=',
    // Last from v0.23.1 (#10909: `anonymous: DoNotSet = UNSET`); before, after `force`.
    'anonymous=',
  ],
  // wandb/sdk/wandb_run.py `finish` (module level)
  finish: ['exit_code=', 'quiet='],
  // wandb/sdk/wandb_setup.py `setup`
  setup: ['settings='],
  // wandb/sdk/wandb_login.py `login`
  login: ['key=', 'relogin=', 'host=', 'force=', 'timeout=', 'verify=', 'referrer=', 'anonymous='],
  // wandb/sdk/wandb_setup.py `teardown`
  teardown: ['exit_code='],
  // wandb/sdk/wandb_require.py `require`
  require: ['requirement=', 'experiment='],
  // wandb/errors/term.py
  termlog: ['string=', 'newline=', 'repeat=', 'prefix='],
  termwarn: ['string', 'newline=', 'repeat=', 'prefix='],
  termerror: ['string', 'newline=', 'repeat=', 'prefix='],

  // wandb/errors/errors.py
  'Error.__init__': ['message', 'context='],
  'CommError.__init__': ['msg', 'exc='],

  // wandb/sdk/wandb_run.py `Run`
  'Run.log_artifact': ['artifact_or_path', 'name=', 'type=', 'aliases=', 'tags='],
  'Run.link_artifact': ['artifact', 'target_path', 'aliases='],
  'Run.use_artifact': ['artifact_or_name', 'type=', 'aliases=', 'use_as='],
  'Run.log': ['data', 'step=', 'commit='],
  'Run.finish': ['exit_code=', 'quiet='],
  'Run.__enter__': [],
  'Run.__exit__': ['exc_type', 'exc_val', 'exc_tb'],
  'Run.link_model': ['path', 'registered_model_name', 'name=', 'aliases='],
  'Run.log_model': ['path', 'name=', 'aliases='],
  'Run.use_model': ['name'],
  'Run.save': ['glob_str', 'base_path=', 'policy=', 'glob='],
  'Run.define_metric': [
    'name',
    'step_metric=',
    'step_sync=',
    'hidden=',
    'summary=',
    'goal=',
    'overwrite=',
  ],
  'Run.alert': ['title', 'text', 'level=', 'wait_duration='],
  'Run.watch': ['models', 'criterion=', 'log=', 'log_freq=', 'idx=', 'log_graph='],
  'Run.unwatch': ['models='],
  'Run.mark_preempting': [],
  'Run.pin_config_keys': ['keys='],
  'Run.project_name': [],
  'Run.get_url': [],
  'Run.get_project_url': [],
  'Run.get_sweep_url': [],

  // wandb/sdk/artifacts/artifact.py `Artifact`
  'Artifact.__init__': [
    'name',
    'type',
    'description=',
    'metadata=',
    'incremental=',
    'use_as=',
    'storage_region=',
  ],
  'Artifact.add_file': ['local_path', 'name=', 'is_tmp=', 'skip_cache=', 'policy=', 'overwrite='],
  'Artifact.add_dir': ['local_path', 'name=', 'skip_cache=', 'policy=', 'merge='],
  'Artifact.new_file': ['name', 'mode=', 'encoding=', 'policy='],
  'Artifact.remove': ['item'],
  'Artifact.add_reference': ['uri', 'name=', 'checksum=', 'max_objects='],
  'Artifact.add': ['obj', 'name', 'overwrite='],
  'Artifact.get': ['name'],
  'Artifact.wait': ['timeout='],
  'Artifact.save': ['project=', 'settings='],
  'Artifact.link': ['target_path', 'aliases='],
  'Artifact.unlink': [],
  'Artifact.delete': ['delete_aliases='],
  'Artifact.is_draft': [],
  'Artifact.finalize': [],
  'Artifact.json_encode': [],
  'Artifact.get_added_local_path_name': ['local_path'],
  'Artifact.download': [
    'root=',
    'allow_missing_references=',
    'skip_cache=',
    'path_prefix=',
    'multipart=',
  ],
  'Artifact.file': ['root='],
  'Artifact.files': ['names=', 'per_page=', 'start='],
  'Artifact.get_entry': ['name'],
  'Artifact.get_path': ['name'],
  'Artifact.checkout': ['root='],
  'Artifact.verify': ['root='],
  // wandb/sdk/artifacts/artifact_manifest_entry.py
  'ArtifactManifestEntry.download': ['root=', 'skip_cache=', 'executor='],
  'ArtifactManifestEntry.ref_url': [],
  'ArtifactManifestEntry.ref_target': [],
  'ArtifactManifestEntry.parent_artifact': [],
  'ArtifactManifestEntry.to_json': [],
  // wandb/apis/public/files.py `File`
  'File.download': ['root=', 'replace=', 'exist_ok=', 'api='],

  // wandb/apis/public/api.py `Api`
  'Api.__init__': ['overrides=', 'timeout=', 'api_key='],
  'Api.artifact': ['name', 'type='],
  'Api.registries': ['organization=', 'filter=', 'order=', 'per_page=', 'start='],
  'Api.registry': ['name', 'organization='],
  'Api.create_registry': ['name', 'visibility', 'organization=', 'description=', 'artifact_types='],
  // wandb/apis/public/registries/registries_search.py, registry.py, _freezable_list.py
  'Registries.collections': ['filter=', 'order=', 'per_page=', 'start='],
  'Registries.versions': ['filter=', 'per_page=', 'start='],
  'Collections.versions': ['filter=', 'per_page=', 'start='],
  'Registry.collections': ['filter=', 'order=', 'per_page=', 'start='],
  'Registry.versions': ['filter=', 'per_page=', 'start='],
  'Registry.load': [],
  'Registry.save': [],
  'Registry.delete': [],
  'Registry.members': [],
  'Registry.user_members': [],
  'Registry.team_members': [],
  'Registry.add_members': ['*members'],
  'Registry.remove_members': ['*members'],
  'Registry.update_member': ['member', 'role'],
  'AddOnlyArtifactTypesList.append': ['value'],
  'AddOnlyArtifactTypesList.remove': ['value'],
  'AddOnlyArtifactTypesList.insert': ['index', 'value'],
  'AddOnlyArtifactTypesList.extend': ['values'],
  'AddOnlyArtifactTypesList.freeze': [],
  'Api.artifact_exists': ['name', 'type='],
  'Api.artifact_collection': ['type_name', 'name'],
  'Api.artifact_collection_exists': ['name', 'type'],
  'Api.artifact_collections': ['project_name', 'type_name', 'order=', 'per_page=', 'start='],
  'Api.artifacts': ['type_name', 'name', 'order=', 'per_page=', 'tags=', 'start='],
  'Api.artifact_versions': ['type_name', 'name', 'per_page='],
  'Api.project': ['name', 'entity='],
  'Api.user': ['username_or_email'],
  'Api.users': ['username_or_email'],
  'Api.team': ['team'],
  // wandb/apis/public/artifacts.py, projects.py
  'ArtifactCollection.artifacts': ['per_page=', 'start='],
  'ArtifactCollection.is_sequence': [],
  'Project.artifacts_types': ['per_page='],
  'Api.run': ['path='],
  'Run.logged_artifacts': ['per_page='],
  // wandb/sdk/wandb_config.py `Config` (`get(*args)` is dict.get's, bound as it is)
  'Config.keys': [],
  'Config.items': [],
  'Config.as_dict': [],
  'Config.update': ['d', 'allow_val_change='],
  'Config.setdefaults': ['d'],
  'Config.persist': [],
  // wandb/sdk/wandb_summary.py `SummaryDict` (run.summary's Summary and its SummarySubDict)
  'SummaryDict.keys': [],
  'SummaryDict.get': ['key', 'default='],
  'SummaryDict.update': ['d'],
  // wandb/apis/public/summary.py SummarySubDict (HTTPSummary's base)
  'SummarySubDict.keys': [],
  'SummarySubDict.get': ['k', 'default='],
  'SummarySubDict.items': [],
  'SummarySubDict.update': ['key_vals=', 'overwrite='],
  'Run.used_artifacts': ['per_page='],
  'Artifact.logged_by': [],
  'Artifact.used_by': [],
  'Artifact.new_draft': [],
} as const satisfies Record<string, readonly string[]>;

export type Qualname = keyof typeof SIGNATURES;

/**
 * The state checks a method's decorators make before its own parameters are bound: their
 * wrappers take `(self, *args, **kwargs)`, so a draft's `download(bogus=1)` is
 * ArtifactNotLoggedError and a finished run's `log()` is the UsageError, not CPython's
 * TypeError. `ensure_logged` / `ensure_not_finalized` are artifacts/_validators.py;
 * `raise_if_finished` is wandb_run.py `_raise_if_finished`.
 */
export const CHECKED_BEFORE_BINDING: Partial<
  Record<Qualname, 'ensure_logged' | 'ensure_not_finalized' | 'raise_if_finished'>
> = {
  'Run.log_artifact': 'raise_if_finished',
  'Run.link_artifact': 'raise_if_finished',
  'Run.use_artifact': 'raise_if_finished',
  'Run.log': 'raise_if_finished',
  'Run.link_model': 'raise_if_finished',
  'Run.log_model': 'raise_if_finished',
  'Run.use_model': 'raise_if_finished',
  'Artifact.add_file': 'ensure_not_finalized',
  'Artifact.add_dir': 'ensure_not_finalized',
  'Artifact.new_file': 'ensure_not_finalized',
  'Artifact.remove': 'ensure_not_finalized',
  'Artifact.add_reference': 'ensure_not_finalized',
  'Artifact.add': 'ensure_not_finalized',
  'Artifact.get': 'ensure_logged',
  'Artifact.unlink': 'ensure_logged',
  'Artifact.delete': 'ensure_logged',
  'Artifact.json_encode': 'ensure_logged',
  'Artifact.download': 'ensure_logged',
  'Artifact.file': 'ensure_logged',
  'Artifact.files': 'ensure_logged',
  'Artifact.get_entry': 'ensure_logged',
  'Artifact.checkout': 'ensure_logged',
  'Artifact.verify': 'ensure_logged',
  'Artifact.logged_by': 'ensure_logged',
  'Artifact.used_by': 'ensure_logged',
  'Artifact.new_draft': 'ensure_logged',
};

/** The parameter names in order, as a call binds them (markers and defaults stripped). */
export function parameterNames(q: Qualname): string[] {
  return (SIGNATURES[q] as readonly string[])
    .filter((s) => s !== '*')
    .map((s) => s.replace(/^\*+/, '').replace(/=$/, ''));
}

/** The names that bind positionally (before `*` or `*args`). */
export function positionalNames(q: Qualname): string[] {
  const out: string[] = [];
  for (const s of SIGNATURES[q] as readonly string[]) {
    if (s.startsWith('*')) break;
    out.push(s.replace(/=$/, ''));
  }
  return out;
}
