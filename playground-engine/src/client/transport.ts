// Every exchange of a simulated client with the backend: a real Request (GET, operation in the URL) handed
// to a fetch-like function, recorded as a NetworkEntry. The client knows the protocol, not
// the server: host/connect.ts plugs in the in-page server.
import { type ErrorCode, isErrorCode } from '../errors/codes';
import { SimError } from '../errors/simError';
import {
  type GraphQLBody,
  type OperationName,
  operationNamed,
  operationUrl,
  type Result,
  type Variables,
} from '../protocol';

export interface NetworkEntry {
  id: number;
  source: 'sdk' | 'ui';
  operationName: string;
  variables: unknown;
  status: number;
  /** Parsed JSON body. */
  response: unknown;
  durationMs: number;
}

/** Where requests go: `fetch`, or the in-page server. */
export type Fetch = (request: Request) => Promise<Response>;

/** Variables are optional exactly when the operation needs none. */
type VariablesArg<N extends OperationName> =
  Record<string, never> extends Variables<N>
    ? [variables?: Variables<N>]
    : [variables: Variables<N>];

export interface Transport {
  readonly source: 'sdk' | 'ui';
  /** One operation of the protocol: its document is sent, its variables and result are typed. */
  request<N extends OperationName>(name: N, ...variables: VariablesArg<N>): Promise<Result<N>>;
  /** Any document, untyped: for tests of what the server does with requests it does not know. */
  send(operationName: string, document: string, variables?: object): Promise<unknown>;
}

export interface TransportOptions {
  source?: 'sdk' | 'ui';
  onEntry?: (e: NetworkEntry) => void;
  /** Entry ids; transports that share one numbering interleave in one log. Default: own. */
  nextId?: () => number;
}

/**
 * The refusal's code, which the simulated server sends in `errors[].extensions.code` (a
 * GraphQL convention; the real server does not, and the SDK never reads it). Anything the
 * server did not classify is `internal`.
 */
export function codeOf(errors: GraphQLBody['errors']): ErrorCode {
  const code = (errors?.[0]?.extensions as { code?: unknown } | undefined)?.code;
  return isErrorCode(code) ? code : 'internal';
}

/** wandb-core passes server messages on; several become `[m1; m2]` (graphqlhandler.go). */
export function joinServerMessages(errors: { message?: unknown }[]): string {
  const msgs = errors.map((e) => String(e.message ?? ''));
  return msgs.length === 1 ? msgs[0] : `[${msgs.join('; ')}]`;
}

export function counter(): () => number {
  let n = 0;
  return () => {
    n += 1;
    return n;
  };
}

/**
 * An on-demand operation's document. A failed load (a reader gone offline) is no refusal of
 * the SDK's: the run ends with the runtime's internal error, which names what did not load.
 */
async function documentLoaded<T>(op: Promise<T>): Promise<T> {
  try {
    return await op;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`could not load the request's document: ${why}`);
  }
}

export function fetchTransport(fetch: Fetch, opts: TransportOptions = {}): Transport {
  const source = opts.source ?? 'sdk';
  const nextId = opts.nextId ?? counter();

  async function send(operationName: string, query: string, variables: object = {}) {
    const started = performance.now();
    const payload = JSON.stringify(variables);
    // GraphQL over HTTP's GET form (protocol/endpoint.ts says why).
    const request = new Request(operationUrl(operationName, query, payload), {
      headers: { accept: 'application/json' },
    });
    let status: number;
    let body: GraphQLBody;
    try {
      const response = await fetch(request);
      status = response.status;
      body = (await response.json()) as GraphQLBody;
    } catch (e) {
      status = 400;
      body = { errors: [{ message: e instanceof Error ? e.message : String(e) }] };
    }
    opts.onEntry?.({
      id: nextId(),
      source,
      operationName,
      // A detached copy (what was sent), so later mutation of the caller's object cannot rewrite the log.
      variables: JSON.parse(payload) ?? {},
      status,
      response: body,
      durationMs: performance.now() - started,
    });
    if (body.errors?.length) {
      throw new SimError(
        'wandb.errors.CommError',
        joinServerMessages(body.errors),
        codeOf(body.errors),
      );
    }
    return body.data;
  }

  return {
    source,
    send,
    async request<N extends OperationName>(name: N, ...[variables]: VariablesArg<N>) {
      const op = operationNamed(name);
      const document = (op instanceof Promise ? await documentLoaded(op) : op)?.document ?? '';
      // The one cast at the trust boundary: the server's `data` is the operation's result.
      return (await send(name, document, variables ?? {})) as Result<N>;
    },
  };
}
