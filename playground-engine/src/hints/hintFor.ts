// THE hint table: our explanation for each error code, and the docs section it links to.
// The runtime, both simulated UIs and the scenarios all read it; the message beside it is
// always the exact SDK or server text.
import { type ErrorCode, RUNTIME_CODES } from '../errors/codes';
import { REGISTRY_PREFIX } from '../paths/targetPath';

export interface Hint {
  text: string;
  /** Docs link, e.g. `/docs/troubleshooting#personal-account`. */
  docs?: string;
}

const REG = `${REGISTRY_PREFIX}REGISTRY`;

const TEXTS: Record<ErrorCode, string> = {
  'personal-account':
    'The source version was logged to a personal entity. Log it from a team of your organization (wandb.init(entity="<team>", ...)), then link that version.',
  'personal-no-org':
    'The source version belongs to a personal entity that is in no organization. Log it from a team entity of your organization.',
  'cannot-log-here':
    'Runs and artifacts are logged to an entity you can write to (yourself, or a team you are a member of), never to a registry project.',
  'org-name-collision':
    'A team has the same name as your organization, so the organization entity has a suffix. Use the organization display name or its exact ORG_ENTITY_NAME, or drop the prefix.',
  'confirm-exact-path':
    'Copy the exact target path from the collection in the Registry App, or drop the organization prefix and let the SDK find it.',
  'team-name-as-org':
    'No organization matches the prefix of the path. A team name is not an organization name: use the organization name or ORG_ENTITY_NAME, or drop the prefix.',
  'multiple-orgs': `Your personal entity is in several organizations: put the organization in the path (ORG/${REG}/COLLECTION), set WANDB_ORGANIZATION, or log from a team entity.`,
  'wrong-org':
    'The organization in the target path is not yours. Use your organization name (or its ORG_ENTITY_NAME), or copy the exact path from the collection.',
  'entity-required':
    'The SDK needs the entity of the source version to find its organization. Log the artifact first (or set WANDB_ENTITY).',
  'alias-characters':
    "Aliases cannot contain '/' or ':' and have at most 128 characters. Use dashes or dots instead, e.g. 'prod-1'.",
  'alias-in-path':
    "The ':alias' part of a target path stays in the collection name. Pass aliases with aliases=[...] instead.",
  'type-not-accepted':
    "The registry does not accept this artifact's type. Use a registry that accepts it, or ask a registry admin to add the type.",
  'collection-type':
    'A collection keeps the type it was created with, and an artifact sequence is not a collection of links. Link into a collection of this type, or name a new collection.',
  'type-clash':
    'An artifact name keeps its first type within a project, and a logged version (or a new_draft() of it) stays in its own entity and project. Log with the same type into the same project, or use another artifact name.',
  'registry-not-found':
    'That registry does not exist in this organization, or you cannot see it (restricted registries are visible to their members only). Check the registry name; case matters.',
  'version-not-found':
    'No such version here. Check the entity, project, collection and the alias or version (vN), and that you can see the registry.',
  'no-permission':
    'Your role does not allow this: linking, unlinking and alias edits need the Member or Admin role in the registry. Ask a registry admin to change your role.',
  'edit-denied':
    "Unlinking and changing a linked version's aliases need the Member or Admin role in its registry. Ask a registry admin to change your role.",
  'finished-run':
    'The run already ended. Link inside the with-block, or before run.finish(); a logged artifact can still be linked with artifact.link(...).',
  offline: 'Offline runs (WANDB_MODE=offline or mode="offline") cannot link. Run online to link.',
  'reinit-value':
    'reinit takes "default", "return_previous", "finish_previous", "create_new" (from 0.19.10; 0.19.9 lacks "create_new") or True / False; before 0.19.9 only a bool. Check the spelling of the value.',
  'not-logged':
    'This needs a logged artifact: log it with run.log_artifact(...) and call artifact.wait() first.',
  finalized: 'A logged artifact cannot be changed. Create a new wandb.Artifact for new files.',
  'missing-file':
    'The file does not exist among the snippet\'s files. Write it first (with open(path, "w")) or check the path.',
  'unlink-source':
    'Only a link (a version in a registry collection) can be unlinked. To remove a source version, use artifact.delete(): its links go with it.',
  'delete-has-aliases':
    'A version that still has aliases (latest, prod…), here or on its links, is kept. Pass delete_aliases=True to delete them with it.',
  'delete-denied':
    'Deleting a version needs write access (Member or Admin) to the team or personal entity it was logged to.',
  'update-denied':
    "Saving a version's description, metadata, tags or TTL needs write access (Member or Admin) to the team or personal entity it was logged to; alias edits are checked on their own.",
  'link-model': `run.link_model is for the legacy Model Registry and 'model' artifacts. To link into a registry, use run.link_artifact(artifact, "${REG}/COLLECTION").`,
  'invalid-artifact-name':
    'Artifact names allow letters, digits, dashes, underscores and dots, up to 128 characters.',
  'reserved-type':
    "Types starting with 'wandb-' (and a few others) are reserved for W&B. Pick another type.",
  'invalid-tags':
    'Tags are words of letters, digits, dashes and underscores, separated by single spaces; an artifact holds at most 100 metadata keys; a TTL is a positive timedelta, set on the source version (not a link).',
  'registry-name': "A registry name cannot be empty or contain '/', '\\', '#', '?', '%' or ':'.",
  'registry-exists':
    'Registry names are unique in an organization. Pick another name, or fetch the existing one with wandb.Api().registry(name).',
  'registry-admin-only':
    "Only a registry's admins (and organization admins) may change its description, types, visibility and members, or delete it. Ask one of them, or have them make you an admin.",
  'registry-types':
    "A registry's saved artifact types can only grow: remove a type only before save(), and set allow_all_artifact_types = False before adding types.",
  'registry-filter':
    'Registry search filters name only the fields the SDK lists for that level (registries, collections or versions); the message lists them.',
  'protected-alias':
    'This registry protects the alias: only registry admins may add it to or remove it from a version, or unlink a version that holds it, and no one deletes a source version linked under it. Link without it (or with another alias), and ask an admin to move the protected alias.',
  'invalid-path': `A target path has at most three parts: ORG_ENTITY_NAME/${REG}/COLLECTION.`,
  'download-files':
    "download() writes a version's files under /home/user/artifacts/NAME (or the root you give); verify() compares a directory with the version's manifest, and get_entry() knows only the files the version holds.",
  'build-artifact':
    "A draft's manifest maps artifact paths to files: each path is relative (no leading '/', no '..'), holds one content unless you pass overwrite=True (merge=True for add_dir), and new_file's default mode 'x' opens a name only once.",
  'external-reference':
    "The playground has no network: it records s3://, gs://, Azure and http(s) references as the SDK would (see the simulator assumptions), but cannot list a bucket prefix or download those objects. file:// references to the snippet's own files work both ways.",
  'wrong-argument':
    'A value of the wrong type or form was passed. Compare the call with the signature in the SDK reference.',
  'undefined-name': 'A name is used before it is assigned (or is misspelled).',
  internal:
    'The simulator could not complete this call. This is a limit of the playground, not of your code.',
  budgets: 'The playground stopped the snippet: it ran too long or built something too large.',
  'supported-python':
    'The playground runs a subset of Python and of its standard library (the modules that scripts linking artifacts use), plus wandb.',
  'third-party-modules':
    'The playground simulates W&B, not the training stack, so this package is not installed here. Keep the wandb calls and replace the model code with writing a small file, e.g. Path("model.txt").write_text("weights").',
};

/** The docs link of a code: its own section, whose anchor is the code. */
export function docsFor(code: ErrorCode): string {
  const page = (RUNTIME_CODES as readonly string[]).includes(code)
    ? 'playground-runtime'
    : 'troubleshooting';
  return `/docs/${page}#${code}`;
}

/** The hint for an error code: our explanation and the section that covers it. */
export function hintFor(code: ErrorCode): Required<Hint> {
  return { text: TEXTS[code], docs: docsFor(code) };
}
