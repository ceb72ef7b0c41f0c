// Our own hint beside a server message: a short explanation and the troubleshooting section
// that covers it. The message itself is always shown verbatim; this only adds a pointer.

export interface UiHint {
  text: string;
  /** Troubleshooting anchor, e.g. `/docs/troubleshooting#personal-account`. */
  docs: string;
}

const T = '/docs/troubleshooting#';

const RULES: { test: RegExp; hint: UiHint }[] = [
  {
    test: /only allowed within the same team/,
    hint: {
      text: 'The source version lives in a personal entity. Log it to a team of your organization, then link that version.',
      docs: `${T}personal-account`,
    },
  },
  {
    test: /^Aliases must not contain/,
    hint: {
      text: 'Aliases cannot contain "/" or ":". Use dashes or dots instead, e.g. "prod-1".',
      docs: `${T}alias-characters`,
    },
  },
  {
    test: /permission|not allowed to|role/i,
    hint: {
      text: 'Linking needs the Member or Admin role in this registry. Ask a registry admin to change your role.',
      docs: `${T}no-permission`,
    },
  },
  {
    test: /type/i,
    hint: {
      text: "The registry or collection does not accept this artifact's type. Pick a registry that accepts it, or ask an admin to add the type.",
      docs: `${T}type-not-accepted`,
    },
  },
  {
    test: /registry|not found/i,
    hint: {
      text: 'The registry must exist before you link to it, and restricted registries are visible to their members only.',
      docs: `${T}registry-not-found`,
    },
  },
];

export function hintFor(message: string): UiHint | null {
  for (const r of RULES) if (r.test.test(message)) return r.hint;
  return null;
}
