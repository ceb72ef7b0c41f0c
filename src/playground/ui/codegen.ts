// Python code the UIs hand to the reader: the empty-collection snippet and the
// "Run this in code" equivalent of a finished UI link. Pure string building.
import { formatTargetPath, registryProject } from 'playground-engine/paths';

/** A Python string literal for any text (names may hold spaces, quotes or markup). */
export function pyStr(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `"${escaped}"`;
}

/** `{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY}/{COLLECTION}`: the full target_path. */
export function targetPath(orgEntityName: string, registry: string, collection: string): string {
  return formatTargetPath({
    prefix: orgEntityName,
    project: registryProject(registry),
    name: collection,
  });
}

const aliasesArg = (aliases: string[]): string =>
  aliases.length ? `\n        aliases=[${aliases.map(pyStr).join(', ')}],` : '';

/** What an empty collection offers: log a version of the collection's type, then link it. */
export function emptyCollectionCode(opts: {
  orgEntityName: string;
  registry: string;
  collection: string;
  type: string;
}): string {
  const path = targetPath(opts.orgEntityName, opts.registry, opts.collection);
  return `import wandb

# target_path names the org entity (ORG_ENTITY_NAME), the registry and this collection.
with wandb.init(project="link-quickstart") as run:
    with open("my_file.txt", "w") as f:
        f.write("simulated artifact content")
    artifact = run.log_artifact("./my_file.txt", "my-artifact", type=${pyStr(opts.type)})
    run.link_artifact(
        artifact=artifact,
        target_path=${pyStr(path)},
    )
`;
}

/**
 * "Run this in code": read back the version just linked in the UI (proof that code and UI
 * share one world), then the SDK call that makes the same link.
 */
export function linkCallCode(opts: {
  sourceEntity: string;
  sourceProject: string;
  sourceName: string;
  sourceVersionIndex: number;
  orgEntityName: string;
  registry: string;
  collection: string;
  versionIndex: number;
  aliases: string[];
}): string {
  const source = `${opts.sourceEntity}/${opts.sourceProject}/${opts.sourceName}:v${opts.sourceVersionIndex}`;
  const path = targetPath(opts.orgEntityName, opts.registry, opts.collection);
  return `import wandb

# Read back the version you linked in the UI.
linked = wandb.Api().artifact(${pyStr(`${path}:v${opts.versionIndex}`)})
print(linked.qualified_name, "links", linked.source_qualified_name)

# The same link in code (linking the same source version again changes nothing).
source = wandb.Api().artifact(${pyStr(source)})
with wandb.init(entity=${pyStr(opts.sourceEntity)}, project=${pyStr(opts.sourceProject)}) as run:
    run.link_artifact(
        artifact=source,
        target_path=${pyStr(path)},${aliasesArg(opts.aliases)}
    )
`;
}

/**
 * Aliases as the reader typed them: split on commas and whitespace, blanks dropped.
 * No validation here: the server judges each alias and its message is shown as is.
 */
export function splitAliases(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}
