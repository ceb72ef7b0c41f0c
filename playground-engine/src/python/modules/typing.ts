// `typing` and `__future__`. Type hints do nothing at run time, so the forms only need
// to subscript (Optional[int], Dict[str, Any]), combine with `|`, and print as CPython
// prints them; cast() returns its value; TYPE_CHECKING is False.

import { E, pyErr } from '../values/exceptions';
import { PyBuiltin, PyList, PyTuple, PyType, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';

/** How CPython's typing shows a type argument: classes by name, None as None, forms by repr. */
function argRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (v instanceof PyType)
    return v.module && v.module !== 'builtins' ? `${v.module}.${v.name}` : v.name;
  if (v instanceof PyList) return `[${v.items.map(argRepr).join(', ')}]`;
  if (v instanceof PyBuiltin) return v.name;
  if (v instanceof NativeObject) return v.repr();
  return repr(v);
}

const formClass = new NativeClass<Form>('_GenericAlias', 'typing');

class Form extends NativeObject {
  constructor(
    readonly name: string,
    readonly args: PyValue[] | null = null,
    /** Literal's arguments are values, shown by repr. */
    readonly literal = false,
  ) {
    super();
  }
  get cls(): ClassLike {
    return formClass;
  }
  repr(): string {
    if (this.args === null) return `typing.${this.name}`;
    const shown = this.args.map((a) => (this.literal ? repr(a) : argRepr(a)));
    return `typing.${this.name}[${shown.join(', ')}]`;
  }
  override getItem(key: PyValue): PyValue {
    const args = key instanceof PyTuple ? key.items : [key];
    if (this.name === 'Optional') {
      if (args.length !== 1) throw pyErr(E.TypeError, 'typing.Optional requires a single type.');
      return new Form('Optional', args);
    }
    if (this.name === 'Union') {
      const flat: PyValue[] = [];
      for (const a of args) {
        const parts = a instanceof Form && a.name === 'Union' && a.args ? a.args : [a];
        for (const p of parts) if (!flat.some((x) => x === p)) flat.push(p);
      }
      if (flat.length === 1) return flat[0];
      if (flat.length === 2 && flat.includes(null))
        return new Form('Optional', [flat.find((x) => x !== null) ?? null]);
      return new Form('Union', flat);
    }
    return new Form(this.name, args, this.name === 'Literal');
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue | undefined {
    if (op !== '|') return undefined;
    const pair = reflected ? [other, this] : [this, other];
    return new Form('Union', null).getItem(new PyTuple(pair));
  }
  override eq(other: PyValue): boolean {
    return other instanceof Form && other.repr() === this.repr();
  }
  override hashKey(): string {
    return `typing:${this.repr()}`;
  }
}

class TypeVarObj extends NativeObject {
  constructor(readonly name: string) {
    super();
  }
  get cls(): ClassLike {
    return typeVarClass;
  }
  repr(): string {
    return `~${this.name}`;
  }
}
const typeVarClass = new NativeClass<TypeVarObj>('TypeVar', 'typing', {
  spec: ['name', '*constraints', 'bound=', 'covariant=', 'contravariant='],
  make: (a) => new TypeVarObj(String(a.get('name'))),
});
typeVarClass.prop('__name__', (t) => t.name);

const FORMS = [
  'Any',
  'Optional',
  'Union',
  'List',
  'Dict',
  'Tuple',
  'Set',
  'FrozenSet',
  'Callable',
  'Iterable',
  'Iterator',
  'Generator',
  'Sequence',
  'Mapping',
  'MutableMapping',
  'MutableSequence',
  'Type',
  'Literal',
  'Final',
  'ClassVar',
  'Annotated',
  'NoReturn',
  'Never',
  'Awaitable',
  'Coroutine',
  'AsyncIterator',
  'AsyncIterable',
  'Collection',
  'Container',
  'Hashable',
  'Sized',
  'Reversible',
  'DefaultDict',
  'OrderedDict',
  'Counter',
  'Deque',
  'ChainMap',
  'Pattern',
  'Match',
  'IO',
  'TextIO',
  'BinaryIO',
  'Self',
  'LiteralString',
  'TypeAlias',
  'Concatenate',
  'TypeGuard',
  'ParamSpec',
  'Required',
  'NotRequired',
  'SupportsInt',
  'SupportsFloat',
  'AbstractSet',
  'KeysView',
  'ValuesView',
  'ItemsView',
  'ContextManager',
  'AsyncContextManager',
];

const identity = (name: string) => fn(name, ['arg'], (a) => a.get('arg')!);

export function makeTypingModule() {
  const members: Record<string, PyValue> = {};
  for (const f of FORMS) members[f] = new Form(f);
  Object.assign(members, {
    TYPE_CHECKING: false,
    TypeVar: typeVarClass.type,
    AnyStr: new TypeVarObj('AnyStr'),
    Text: members.Any,
    cast: fn('cast', ['typ', 'val'], (a) => a.get('val')!),
    overload: identity('overload'),
    final: identity('final'),
    no_type_check: identity('no_type_check'),
    runtime_checkable: identity('runtime_checkable'),
    NewType: fn('NewType', ['name', 'tp'], (a) => {
      const name = String(a.get('name'));
      return new PyBuiltin(name, (_c, args) => args[0] ?? null);
    }),
    get_type_hints: fn(
      'get_type_hints',
      ['obj', 'globalns=', 'localns=', 'include_extras='],
      () => {
        throw pyErr(
          E.NotImplementedError,
          'not supported in the playground: typing.get_type_hints',
        );
      },
    ),
  });
  return makeModule('typing', members, [
    'NamedTuple',
    'TypedDict',
    'Generic',
    'Protocol',
    'get_origin',
    'get_args',
    'assert_never',
    'assert_type',
    'reveal_type',
    'dataclass_transform',
  ]);
}

const featureClass = new NativeClass<Feature>('_Feature', '__future__');

class Feature extends NativeObject {
  constructor(
    readonly optional: string,
    readonly mandatory: string,
    readonly flag: number,
  ) {
    super();
  }
  get cls(): ClassLike {
    return featureClass;
  }
  repr(): string {
    return `_Feature(${this.optional}, ${this.mandatory}, ${this.flag})`;
  }
}

export function makeFutureModule() {
  const f = (o: string, m: string, flag: number) => new Feature(o, m, flag);
  return makeModule('__future__', {
    nested_scopes: f("(2, 1, 0, 'beta', 1)", "(2, 2, 0, 'alpha', 0)", 16),
    generators: f("(2, 2, 0, 'alpha', 1)", "(2, 3, 0, 'final', 0)", 0),
    division: f("(2, 2, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 131072),
    absolute_import: f("(2, 5, 0, 'alpha', 1)", "(3, 0, 0, 'alpha', 0)", 262144),
    with_statement: f("(2, 5, 0, 'alpha', 1)", "(2, 6, 0, 'alpha', 0)", 524288),
    print_function: f("(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 1048576),
    unicode_literals: f("(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 2097152),
    barry_as_FLUFL: f("(3, 1, 0, 'alpha', 2)", "(4, 0, 0, 'alpha', 0)", 4194304),
    generator_stop: f("(3, 5, 0, 'beta', 1)", "(3, 7, 0, 'alpha', 0)", 8388608),
    annotations: f("(3, 7, 0, 'beta', 1)", 'None', 16777216),
  });
}
