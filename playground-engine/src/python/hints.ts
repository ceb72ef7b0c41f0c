// Our explanations of errors, kept out of the error message itself: matched by
// exception type and message, each pointing at the docs section that explains it.
import type { WorldFix } from '../world/setupFixes';

export interface Hint {
  text: string;
  docs?: string;
  /** A name the world lacks caused the error: these edits add it (issue 12; runSnippet sets it). */
  fix?: WorldFix;
}

const T = '/docs/troubleshooting';
const RUNTIME = '/docs/playground-runtime';

interface Rule {
  type?: RegExp;
  message: RegExp;
  hint: (m: RegExpMatchArray, message: string) => Hint;
}

const rules: Rule[] = [
  {
    message:
      /linking is only allowed within the same team or to a collection in your organization's registry/,
    hint: () => ({
      text: 'The source artifact was logged to a personal entity. Log it from a team: wandb.init(entity="<team>", ...).',
      docs: `${T}#personal-account`,
    }),
  },
  {
    message: /Unable to resolve an organization associated with personal entity/,
    hint: () => ({
      text: 'The artifact belongs to a personal entity that is in no organization. Log it from a team entity.',
      docs: `${T}#personal-account`,
    }),
  },
  {
    message: /belongs to multiple organizations/,
    hint: () => ({
      text: 'Your personal entity is in several organizations: put the org in the path (ORG/wandb-registry-...), set WANDB_ORGANIZATION, or log from a team entity.',
      docs: `${T}#multiple-orgs`,
    }),
  },
  {
    message: /Unable to find organization for entity '([^']*)'/,
    hint: (m) => ({
      text: `No organization matches the prefix used for entity '${m[1]}'. A team name is not an organization name: use the org name or ORG_ENTITY_NAME, or drop the prefix.`,
      docs: `${T}#team-name-as-org`,
    }),
  },
  {
    message: /Expecting the organization name or entity name to match '([^']*)'/,
    hint: (m) => ({
      text: `The org in the target path is not your organization. Use '${m[1]}' (or its ORG_ENTITY_NAME), or copy the exact path from the collection.`,
      docs: `${T}#confirm-exact-path`,
    }),
  },
  {
    message: /Aliases must not contain any of the following characters/,
    hint: () => ({
      text: "Aliases cannot contain '/' or ':'. Pass them with aliases=[...].",
      docs: `${T}#alias-characters`,
    }),
  },
  {
    message: /is not accepted by registry|cannot hold an artifact of type/,
    hint: () => ({
      text: 'The registry (or collection) does not accept this artifact type. Use an accepted type or ask a registry admin to add it.',
      docs: `${T}#type-not-accepted`,
    }),
  },
  {
    message: /project 'wandb-registry-[^']*' not found under entity/,
    hint: () => ({
      text: 'That registry does not exist in this organization, or you cannot see it. Check the registry name (case matters) and your membership.',
      docs: `${T}#registry-not-found`,
    }),
  },
  {
    message: /is finished\. The call to `[^`]*` will be ignored/,
    hint: () => ({
      text: 'The run already ended. Link inside the with-block, or before run.finish().',
      docs: `${T}#finished-run`,
    }),
  },
  {
    message: /^Artifact name (may only contain|is longer than)|^Artifact names must not contain/,
    hint: () => ({
      text: 'Artifact names allow letters, digits, dashes, underscores and dots, up to 128 characters.',
      docs: `${T}#invalid-artifact-name`,
    }),
  },
  {
    message: /^Invalid artifact path: /,
    hint: () => ({
      text: 'A target path has at most three parts: ORG_ENTITY_NAME/wandb-registry-REGISTRY/COLLECTION.',
      docs: `${T}#invalid-path`,
    }),
  },
  {
    message: /is reserved for internal use/,
    hint: () => ({
      text: "Types starting with 'wandb-' (and a few others) are reserved. Pick another type.",
      docs: `${T}#reserved-type`,
    }),
  },
  {
    message: /You do not have permission|permission denied/,
    hint: () => ({
      text: 'Your role in this registry does not allow this. Linking, unlinking and alias edits need the Member or Admin role.',
      docs: `${T}#no-permission`,
    }),
  },
  {
    type: /^NotImplementedError$/,
    message: /not supported in the playground/,
    hint: () => ({
      text: 'The playground runs a subset of Python and of its standard library (the modules that scripts linking artifacts use), plus wandb.',
      docs: `${RUNTIME}#supported-python`,
    }),
  },
  {
    type: /^ModuleNotFoundError$/,
    message: /^No module named '([^'.]+)/,
    hint: (m) => ({
      text: `The playground simulates W&B, not the training stack, so '${m[1]}' is not installed here. Keep the wandb calls and replace the model code with writing a small file, e.g. Path("model.txt").write_text("weights").`,
      docs: `${RUNTIME}#third-party-modules`,
    }),
  },
];

/** The hint for an error, if we have one. `names` are the snippet's defined names (for NameError). */
export function hintFor(
  type: string,
  message: string,
  names: string[] = [],
  engineHint?: string,
): Hint | undefined {
  if (type === 'NameError' || type === 'UnboundLocalError') {
    const m = /name '([^']+)' is not defined/.exec(message);
    const similar = m ? closest(m[1], names) : undefined;
    return {
      text: similar
        ? `'${m![1]}' is used but never assigned. Did you mean '${similar}'?`
        : 'A name is used before it is assigned (or is misspelled).',
      docs: `${T}#undefined-name`,
    };
  }
  if ((type === 'MemoryError' && /playground limit/.test(message)) || type === 'RecursionError') {
    return budgetHint(message);
  }
  for (const r of rules) {
    if (r.type && !r.type.test(type)) continue;
    const m = message.match(r.message);
    if (m) {
      const h = r.hint(m, message);
      return engineHint ? { text: engineHint, docs: h.docs } : h;
    }
  }
  return engineHint ? { text: engineHint } : undefined;
}

export function budgetHint(what: string): Hint {
  return { text: `The playground stopped the snippet: ${what}.`, docs: `${RUNTIME}#budgets` };
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest defined name, also matching ORG_ENTITY_NAME ↔ ORG_NAME (shared prefix and suffix). */
function closest(name: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const n of names) {
    if (n === name || n.startsWith('__')) continue;
    let score = distance(name, n);
    const parts = (s: string) => s.split('_');
    const pa = parts(name);
    const pb = parts(n);
    if (pa.length > 1 && pa[0] === pb[0] && pa[pa.length - 1] === pb[pb.length - 1])
      score = Math.min(score, 2);
    if (score < bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3))
    ? best
    : undefined;
}
