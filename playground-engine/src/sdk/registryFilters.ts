// The SDK's side of registry search filters: which fields each level accepts, their aliases,
// the `wandb-registry-` prefix on registry names, and `order` (wandb/_filters/validation.py
// FilterValidator, filterutils.py parse_filter/iter_fields, registries/_utils.py,
// _pydantic/pagination.py OrderValidator). A bad filter fails while the paginator's variables
// are validated, as pydantic's ValidationError.
import { SimError } from '../errors/simError';
import { REGISTRY_PREFIX } from '../paths/targetPath';
import { pyRepr, pyValueRepr } from '../text/pyRepr';

export type Filter = Record<string, unknown>;

/** registries/_utils.py merge_alias_maps: alias → canonical name, per level. */
const aliasMap = (fields: [string, ...string[]][]) =>
  Object.fromEntries(
    fields.flatMap(([name, ...aliases]) => [name, ...aliases].map((a) => [a, name])),
  );

export const REGISTRY_FIELDS = aliasMap([
  ['id'],
  ['name'],
  ['entity_id'],
  ['description'],
  ['created_at'],
  ['updated_at'],
]);
export const COLLECTION_FIELDS = aliasMap([
  ['artifact_collection_id', 'collection_id', 'id'],
  ['name'],
  ['tag'],
  ['description'],
  ['created_at'],
  ['updated_at'],
]);
export const VERSION_FIELDS = aliasMap([
  ['id'],
  ['version'],
  ['tag'],
  ['alias'],
  ['metadata'],
  ['created_at'],
  ['updated_at'],
]);

/** wandb/_filters/operators.py KEY_TO_OP. */
const OPS = new Set([
  '$and',
  '$or',
  '$nor',
  '$not',
  '$lt',
  '$gt',
  '$lte',
  '$gte',
  '$eq',
  '$ne',
  '$in',
  '$nin',
  '$exists',
  '$regex',
  '$contains',
  '$size',
  '$all',
]);

const isObj = (v: unknown): v is Filter => typeof v === 'object' && v !== null && !Array.isArray(v);

/** iter_fields(parse_filter(raw)): the field names a filter reads; unknown operators are opaque. */
function fieldsOf(raw: Filter): string[] {
  const entries = Object.entries(raw);
  if (entries.length === 0) return [];
  if (entries.length > 1) return entries.flatMap(([k, v]) => fieldsOf({ [k]: v }));
  const [[k, v]] = entries;
  if (k === '$and' || k === '$or' || k === '$nor')
    return Array.isArray(v) ? v.flatMap((c) => (isObj(c) ? fieldsOf(c) : [])) : [];
  if (k === '$not') return isObj(v) ? fieldsOf(v) : [];
  if (k.startsWith('$')) return [];
  return [k];
}

/** prefix_registry_name: registry names gain the prefix, except inside `$regex` and unknown ops. */
function prefixRegistryName(operand: unknown): unknown {
  if (typeof operand === 'string')
    return operand.startsWith(REGISTRY_PREFIX) ? operand : `${REGISTRY_PREFIX}${operand}`;
  if (Array.isArray(operand)) return operand.map(prefixRegistryName);
  if (isObj(operand)) {
    return Object.fromEntries(
      Object.entries(operand).map(([k, v]) => [
        k,
        k === '$regex' || (k.startsWith('$') && !OPS.has(k)) ? v : prefixRegistryName(v),
      ]),
    );
  }
  return operand;
}

/** FilterValidator.transform: canonical field names, and the operand transforms. */
function transform(raw: Filter, aliases: Record<string, string>, registry: boolean): Filter {
  const out: [string, unknown][] = Object.entries(raw).map(([k, v]) => {
    if ((k === '$and' || k === '$or' || k === '$nor') && Array.isArray(v))
      return [k, v.map((c) => transform(c as Filter, aliases, registry))];
    if (k === '$not' && isObj(v)) return [k, transform(v, aliases, registry)];
    if (k.startsWith('$')) return [k, v];
    const cut = k.indexOf('.');
    const root = cut < 0 ? k : k.slice(0, cut);
    const field = (aliases[root] ?? root) + (cut < 0 ? '' : k.slice(cut));
    return [field, registry && field === 'name' ? prefixRegistryName(v) : v];
  });
  const keys = out.map(([k]) => k);
  const dup = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))].sort();
  if (dup.length) throw new Error(`Duplicate fields: ${dup.map(pyRepr).join(', ')}`);
  return Object.fromEntries(out);
}

/** The pydantic URL's minor version (ASSUMPTIONS.md: the reader's pydantic is unknown). */
const PYDANTIC_DOCS = 'https://errors.pydantic.dev/2.12/v';

const inputType = (v: unknown) =>
  v === null
    ? 'NoneType'
    : Array.isArray(v)
      ? 'list'
      : typeof v === 'object'
        ? 'dict'
        : typeof v === 'string'
          ? 'str'
          : typeof v === 'boolean'
            ? 'bool'
            : Number.isInteger(v)
              ? 'int'
              : 'float';

/** pydantic_core.ValidationError's text for one failed field. */
export function validationError(
  model: string,
  loc: string,
  kind: string,
  text: string,
  input: unknown,
  code: 'registry-filter' | 'wrong-argument' = 'registry-filter',
): SimError {
  return new SimError(
    'pydantic_core._pydantic_core.ValidationError',
    `1 validation error for ${model}\n${loc}\n  ${text} [type=${kind}, input_value=${pyValueRepr(input)}, input_type=${inputType(input)}]\n    For further information visit ${PYDANTIC_DOCS}/${kind}`,
    code,
  );
}

/** One filter argument as the paginator's variables model validates it; null when absent. */
export function checkFilter(
  model: string,
  loc: string,
  raw: unknown,
  aliases: Record<string, string>,
  registry = false,
): Filter | null {
  if (raw === null || raw === undefined) return null;
  if (!isObj(raw))
    throw validationError(model, loc, 'dict_type', 'Input should be a valid dictionary', raw);
  const valid = Object.keys(aliases).sort();
  const bad = [...new Set(fieldsOf(raw).map((f) => f.split('.')[0]))]
    .filter((f) => !valid.includes(f))
    .sort();
  if (bad.length) {
    throw validationError(
      model,
      loc,
      'value_error',
      `Value error, Invalid filter fields: ${bad.map(pyRepr).join(', ')}; must be one of: ${valid.map(pyRepr).join(', ')}`,
      raw,
    );
  }
  try {
    return transform(raw, aliases, registry);
  } catch (e) {
    throw validationError(model, loc, 'value_error', `Value error, ${(e as Error).message}`, raw);
  }
}

const ORDER = /^([+-])?([a-zA-Z_]\w*)$/;
const ORDER_FIELDS = ['created_at', 'name', 'updated_at'];

/**
 * OrderValidator(valid=("name", "created_at", "updated_at")): `+name` when no sign. `fields`
 * null is the bare `OrderValidator()` (Artifacts' order): any field name.
 */
export function checkOrder(
  model: string,
  raw: unknown,
  fields: readonly string[] | null = ORDER_FIELDS,
): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string')
    throw validationError(model, 'order', 'string_type', 'Input should be a valid string', raw);
  const m = ORDER.exec(raw);
  if (!m)
    throw validationError(
      model,
      'order',
      'value_error',
      `Value error, Invalid order string: ${pyRepr(raw)}`,
      raw,
    );
  if (fields && !fields.includes(m[2])) {
    throw validationError(
      model,
      'order',
      'value_error',
      `Value error, Invalid order field ${pyRepr(m[2])}, must be one of: ${fields.map(pyRepr).join(', ')}`,
      raw,
    );
  }
  return `${m[1] ?? '+'}${m[2]}`;
}

/** PositiveInt per_page. */
export function checkPerPage(model: string, raw: number): number {
  if (!(raw > 0))
    throw validationError(model, 'perPage', 'greater_than', 'Input should be greater than 0', raw);
  return raw;
}
