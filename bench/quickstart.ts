// The docs quickstart: the reference page's snippet (analysis/fixtures.ts) with its bug fixed
// and its placeholders filled, as the guide's first snippet runs it. The runtime benches time
// it in Node (runtime.ts) and in Chromium (browser.mjs).
import { REFERENCE } from '../playground-engine/src/analysis/fixtures';

export const QUICKSTART = REFERENCE.replace(
  'ORG_NAME = "<insert-org-name>"',
  'ORG_ENTITY_NAME = "acme"',
).replace('"<insert-registry-name>"', '"model"');

// The quickstart's Python without the wandb calls: what the interpreter itself costs.
export const QUICKSTART_NO_WANDB = QUICKSTART.replace('import wandb', 'import os')
  .replace('wandb.init(project="link-quickstart") as run', 'open("log.txt", "w") as run')
  .replace(
    /run\.log_artifact\(([^)]*)\)/,
    'dict(path="./my_model.txt", name="artifact-name", type=COLLECTION_TYPE)',
  )
  .replace(/run\.link_artifact\(/, 'dict(');
