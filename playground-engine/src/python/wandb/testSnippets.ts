// Python preludes shared by the binding's tests (not loaded by the engine).

/** Logs vision-team/p/clf:v0 with a.txt and b.txt (the run's files), then waits on it. */
export const LOG_CLF_TWO_FILES = `import wandb, os
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("a.txt")
    art.add_file("b.txt")
    run.log_artifact(art)
art.wait()
`;

/**
 * What wandb-core prints on stdout when it finishes a run left unfinished at exit (stream.go
 * `printFooter`): `path` is entity/project, `at` the run's start (`%Y%m%d_%H%M%S`).
 */
export const coreFooter = (name: string, path: string, id: string, at: string) =>
  `wandb: \nwandb: 🚀 View run ${name} at: https://wandb.ai/${path}/runs/${id}\nwandb: Find logs at: wandb/run-${at}-${id}/logs\n`;

/** The same for an offline run: how to sync it instead of its URL. */
export const offlineCoreFooter = (at: string, id: string) =>
  `wandb: \nwandb: You can sync this run to the cloud by running:\nwandb: wandb sync /home/user/wandb/offline-run-${at}-${id}\nwandb: Find logs at: wandb/offline-run-${at}-${id}/logs\n`;
