import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const aliasCharacters: Scenario = {
  ...scenarioMeta('alias-characters'),
  summary:
    'The release alias is written like a path. Goal: the tagger is linked into the Models registry with a release alias of your own (not just latest).',
  seed: worldSeeds['alias-characters'],
  worldId: 'alias-characters',
  code: `import wandb

with wandb.init(entity="vision-team", project="tagger") as run:
    with open("model.txt", "w") as f:
        f.write("tagger")
    artifact = wandb.Artifact("tagger", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-model/tagger", aliases=["release/2024:06"])
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message: "Aliases must not contain any of the following characters: '/', ':'",
  },
  check: linkGoal({
    registry: 'model',
    collection: 'tagger',
    also: (l) =>
      l.aliases.some((a) => a !== 'latest' && !/^v\d+$/.test(a))
        ? null
        : `The tagger was linked, but only with the aliases [${l.aliases.join(', ')}]: keep a release alias, just without '/' and ':'.`,
  }),
  hints: [
    "Aliases are short labels inside one collection; '/' and ':' are reserved for paths.",
    'Keep the release alias, but write it with dashes, underscores or dots.',
    'aliases=["release-2024.06"]',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="tagger") as run:
    with open("model.txt", "w") as f:
        f.write("tagger")
    artifact = wandb.Artifact("tagger", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/tagger", aliases=["release-2024.06"])
    print(linked.name, linked.aliases)
`,
};
