import { type YourSetupOptions, useYourSetup } from '@site/src/playground/useYourSetup';
import type { WorldEdit } from 'playground-engine';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import styles from './styles.module.css';

type Props = YourSetupOptions;

const ROLES = ['admin', 'member', 'viewer', 'restricted_viewer', 'none'] as const;
type RoleChoice = (typeof ROLES)[number];
const roleLabel = (r: string | undefined) => (r ? r.replace('_', ' ') : 'not a member');

/** "Your setup": the world's orgs, teams, your roles, registries and SDK version, as a form. */
export default function YourSetup(props: Props) {
  const s = useYourSetup(props);
  const id = useId();
  const v = s.view;
  if (!v) return <p>Loading the world…</p>;
  const orgNames = v.orgs.map((o) => o.name);

  return (
    <div className={styles.setup}>
      <p className={styles.lead}>
        Rebuild your own organization here, then run your own code against it. Every change applies
        to the world at once (see the inspector and the network log) and is saved in this browser
        and in share links.
      </p>
      <p className={styles.status} role="status" aria-live="polite">
        {s.status}
      </p>
      {s.error ? (
        <p className={`alert alert--danger ${styles.error}`} role="alert">
          {s.error}
        </p>
      ) : null}

      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={s.importFromCode}
        >
          Import from code
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={s.reset}>
          Reset to the docs world
        </button>
      </div>

      {s.imports ? (
        <fieldset className={styles.imports}>
          <legend>Names your code uses that the world lacks</legend>
          {s.imports.length === 0 ? <p>None: the world has every name the code uses.</p> : null}
          <ul>
            {s.imports.map((item) => (
              <li key={item.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={item.selected}
                    onChange={() => s.toggleImport(item.id)}
                  />{' '}
                  {item.title}
                </label>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            {s.imports.length > 0 ? (
              <button
                type="button"
                className="button button--primary button--sm"
                onClick={s.applyImports}
              >
                Apply selected
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={s.cancelImports}
            >
              Close list
            </button>
          </div>
        </fieldset>
      ) : null}

      <h3 className={styles.h}>You</h3>
      <p>
        Logged in as <code>{v.viewer}</code>; default entity <code>{v.defaultEntity}</code>; SDK{' '}
        <code>{v.sdkVersion}</code>.
      </p>
      <OneField
        label="SDK version"
        button="Set SDK version"
        initial={v.sdkVersion}
        onSubmit={(version) => s.apply([{ kind: 'set-sdk-version', version }])}
      />

      <h3 className={styles.h}>Organizations</h3>
      <table className={styles.table}>
        <caption className={styles.sr}>Organizations and your role</caption>
        <thead>
          <tr>
            <th scope="col">Display name</th>
            <th scope="col">ORG_ENTITY_NAME</th>
            <th scope="col">Your role</th>
          </tr>
        </thead>
        <tbody>
          {v.orgs.map((o) => (
            <tr key={o.name}>
              <td>{o.name}</td>
              <td>
                <code>{o.entityName}</code>
              </td>
              <td>{roleLabel(o.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddOrg onAdd={(e) => s.apply([e])} id={`${id}-org`} />

      <h3 className={styles.h}>Teams</h3>
      <table className={styles.table}>
        <caption className={styles.sr}>Teams and your role</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Org</th>
            <th scope="col">Your role</th>
          </tr>
        </thead>
        <tbody>
          {v.teams.map((t) => (
            <tr key={t.name}>
              <td>{t.name}</td>
              <td>{t.org}</td>
              <td>{roleLabel(t.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form
        legend="Add a team"
        button="Add team"
        fields={{ org: orgNames[0] ?? '', name: '' }}
        onSubmit={(f) => s.apply([{ kind: 'add-team', org: f.org, name: f.name.trim() }])}
        render={(f, set) => (
          <>
            <Select label="Org" value={f.org} options={orgNames} onChange={(x) => set('org', x)} />
            <Text label="Team name" value={f.name} onChange={(x) => set('name', x)} />
          </>
        )}
      />
      <RoleForm
        legend="Your role in a team"
        button="Set team role"
        label="Team"
        targets={v.teams.map((t) => t.name)}
        onSubmit={(team, role) => s.apply([{ kind: 'set-team-role', team, role }])}
      />

      <h3 className={styles.h}>Registries</h3>
      <table className={styles.table}>
        <caption className={styles.sr}>Registries, what they accept and your role</caption>
        <thead>
          <tr>
            <th scope="col">Registry</th>
            <th scope="col">Org</th>
            <th scope="col">Visibility</th>
            <th scope="col">Accepts</th>
            <th scope="col">Your role</th>
          </tr>
        </thead>
        <tbody>
          {v.registries.map((r) => (
            <tr key={`${r.org}/${r.name}`}>
              <td>{r.name}</td>
              <td>{r.org}</td>
              <td>{r.visibility}</td>
              <td>{r.types === 'any' ? 'every type' : r.types.join(', ')}</td>
              <td>{roleLabel(r.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form
        legend="Add a registry"
        button="Add registry"
        fields={{ org: orgNames[0] ?? '', name: '', visibility: 'organization', types: '' }}
        onSubmit={(f) => {
          const types = f.types
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
          return s.apply([
            {
              kind: 'add-registry',
              org: f.org,
              name: f.name.trim(),
              visibility: f.visibility as 'organization' | 'restricted',
              ...(types.length ? { acceptedTypes: types } : {}),
            },
          ]);
        }}
        render={(f, set) => (
          <>
            <Select label="Org" value={f.org} options={orgNames} onChange={(x) => set('org', x)} />
            <Text label="Registry name" value={f.name} onChange={(x) => set('name', x)} />
            <Select
              label="Visibility"
              value={f.visibility}
              options={['organization', 'restricted']}
              onChange={(x) => set('visibility', x)}
            />
            <Text
              label="Accepted types (comma-separated; empty accepts every type)"
              value={f.types}
              onChange={(x) => set('types', x)}
            />
          </>
        )}
      />
      <RoleForm
        legend="Your role in a registry"
        button="Set registry role"
        label="Registry"
        targets={v.registries.map((r) => `${r.org}/${r.name}`)}
        onSubmit={(reg, role) => {
          const at = reg.indexOf('/');
          return s.apply([
            { kind: 'set-registry-role', org: reg.slice(0, at), registry: reg.slice(at + 1), role },
          ]);
        }}
      />
    </div>
  );
}

/** Your role in one of `targets` (a team, or a registry as `org/name`); 'none' leaves it. */
function RoleForm({
  legend,
  button,
  label,
  targets,
  onSubmit,
}: {
  legend: string;
  button: string;
  label: string;
  targets: string[];
  onSubmit(target: string, role: RoleChoice): Promise<boolean>;
}) {
  return (
    <Form
      legend={legend}
      button={button}
      fields={{ target: targets[0] ?? '', role: 'member' }}
      onSubmit={(f) => onSubmit(f.target, f.role as RoleChoice)}
      render={(f, set) => (
        <>
          <Select
            label={label}
            value={f.target}
            options={targets}
            onChange={(x) => set('target', x)}
          />
          <Select
            label="Role"
            value={f.role}
            options={[...ROLES]}
            onChange={(x) => set('role', x)}
          />
        </>
      )}
    />
  );
}

function AddOrg({ onAdd, id }: { onAdd(e: WorldEdit): Promise<boolean>; id: string }) {
  return (
    <Form
      legend="Add an organization"
      button="Add org"
      fields={{ name: '', entityName: '', team: '' }}
      onSubmit={(f) => {
        const team = f.team.trim();
        return onAdd({
          kind: 'add-org',
          name: f.name.trim(),
          ...(f.entityName.trim() ? { entityName: f.entityName.trim() } : {}),
          ...(team ? { teams: [team] } : {}),
        });
      }}
      render={(f, set) => (
        <>
          <Text label="Display name" value={f.name} onChange={(x) => set('name', x)} />
          <Text
            label="ORG_ENTITY_NAME (optional)"
            value={f.entityName}
            onChange={(x) => set('entityName', x)}
            describedBy={`${id}-entity-help`}
          />
          <p id={`${id}-entity-help`} className={styles.help}>
            Leave it empty if you do not know it: the org gets its display name, or the display name
            plus a suffix when a team already has that name.
          </p>
          <Text label="A first team (optional)" value={f.team} onChange={(x) => set('team', x)} />
        </>
      )}
    />
  );
}

/** A small form over string fields; it clears text fields after a successful submit. */
function Form<F extends Record<string, string>>({
  legend,
  button,
  fields,
  onSubmit,
  render,
}: {
  legend: string;
  button: string;
  fields: F;
  onSubmit(f: F): Promise<boolean>;
  render(f: F, set: (k: keyof F, v: string) => void): ReactNode;
}) {
  const [f, setF] = useState<F>(fields);
  // Selects default to the first option the world offers once it has loaded.
  const merged = Object.fromEntries(
    Object.entries(f).map(([k, v]) => [k, v === '' && fields[k] ? fields[k] : v]),
  ) as F;
  const set = (k: keyof F, v: string) => setF((old) => ({ ...old, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await onSubmit(merged)) setF(fields);
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <fieldset>
        <legend>{legend}</legend>
        {render(merged, set)}
        <button type="submit" className="button button--secondary button--sm">
          {button}
        </button>
      </fieldset>
    </form>
  );
}

function OneField({
  label,
  button,
  initial,
  onSubmit,
}: {
  label: string;
  button: string;
  initial: string;
  onSubmit(v: string): Promise<boolean>;
}) {
  return (
    <Form
      legend={label}
      button={button}
      fields={{ value: initial }}
      onSubmit={(f) => onSubmit(f.value.trim())}
      render={(f, set) => <Text label={label} value={f.value} onChange={(x) => set('value', x)} />}
    />
  );
}

function Text({
  label,
  value,
  onChange,
  describedBy,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: string[];
  onChange(v: string): void;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}
