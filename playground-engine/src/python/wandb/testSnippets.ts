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
