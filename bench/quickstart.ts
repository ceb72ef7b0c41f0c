// The docs quickstart (the guide's first snippet, with the org filled in): the snippet the
// runtime benches time, in Node (runtime.ts) and in Chromium (browser.mjs).

export const QUICKSTART = `import wandb

ORG_ENTITY_NAME = "acme"
REGISTRY_NAME = "model"  # Set to "model" to link to the model registry
COLLECTION_TYPE = "model"

with wandb.init(project="link-quickstart") as run:
  with open("my_model.txt", "w") as f:
    f.write("simulated model file")

  logged_artifact = run.log_artifact("./my_model.txt", "artifact-name", type=COLLECTION_TYPE)
  run.link_artifact(
    artifact=logged_artifact,
    target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task"
  )
`;

// The quickstart's Python without the wandb calls: what the interpreter itself costs.
export const QUICKSTART_NO_WANDB = QUICKSTART.replace('import wandb', 'import os')
  .replace('wandb.init(project="link-quickstart") as run', 'open("log.txt", "w") as run')
  .replace(
    /run\.log_artifact\(([^)]*)\)/,
    'dict(path="./my_model.txt", name="artifact-name", type=COLLECTION_TYPE)',
  )
  .replace(/run\.link_artifact\(/, 'dict(');
