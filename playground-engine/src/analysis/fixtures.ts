// Snippets shared by the analyser's tests and benchmarks.

/** The snippet of the reference page (seed-link-artifact-version.mdx), as published. */
export const REFERENCE = `import wandb

ORG_NAME = "<insert-org-name>"
REGISTRY_NAME = "<insert-registry-name>"  # Set to "model" to link to the model registry
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

/** The same quickstart, corrected for the docs world (org acme, registry model). */
export const QUICKSTART = `import wandb

ORG_ENTITY_NAME = "acme"
REGISTRY_NAME = "model"
COLLECTION_TYPE = "model"

with wandb.init(entity="vision-team", project="link-quickstart") as run:
  with open("my_model.txt", "w") as f:
    f.write("simulated model file")

  logged_artifact = run.log_artifact("./my_model.txt", "artifact-name", type=COLLECTION_TYPE)
  run.link_artifact(
    artifact=logged_artifact,
    target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task"
  )
`;

/**
 * A 50-line snippet for timing `analyze`: functions, loops of link calls through
 * f-string constants, and one of several kinds of problem.
 */
export const FIFTY_LINES = fiftyLines();

function fiftyLines(): string {
  const lines = [
    'import wandb',
    'import os',
    '',
    'ORG = "vision-team"',
    'REGISTRY = "modle"',
    'TEAM = "<insert-team-name>"',
    'COLLECTION = "Example ML Task"',
    '',
    'def make(name, kind="model"):',
    '    art = wandb.Artifact(name, type=kind)',
    '    with open("f.txt", "w") as fh:',
    '        fh.write("weights")',
    '    art.add_file("f.txt")',
    '    return art',
    '',
  ];
  for (let i = 0; lines.length < 46; i++) {
    lines.push(`with wandb.init(entity="vision-team", project="p${i}") as run${i}:`);
    lines.push(`    a${i} = run${i}.log_artifact(make("m${i}"))`);
    lines.push(
      `    run${i}.link_artifact(a${i}, f"{ORG}/wandb-registry-{REGISTRY}/{COLLECTION}", aliases=["v${i}", "x:${i}"])`,
    );
    lines.push('');
  }
  lines.push(
    'print(undefined_name)',
    'print(os.path.join("a", "b"))',
    'print([x for x in range(3)])',
    '',
  );
  return lines.join('\n');
}
