// GraphQL responses as Responses over their JSON text. msw's HttpResponse.json costs about
// 1 ms to read back in Chromium; a Response over a string still builds a body stream, about
// 25 µs to make and 50 µs more to read (npm run bench:browser), several times the rest of an
// exchange. So the text is kept as a string and read from it; a reader that asks for the
// stream itself (`body`, `arrayBuffer()`, ...) gets a real Response's.

export interface ResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

const HEADERS = { 'content-type': 'application/json' };

// Node's types declare Response's readers as properties, which a subclass may not redefine as
// methods; the class is typed against this base and handed out as a Response.
const ResponseBase: new (body: null, init: ResponseInit) => { readonly status: number } = Response;

/** A Response whose JSON text is read without a body stream; otherwise an ordinary Response. */
class JsonResponse extends ResponseBase {
  readonly #text: string;
  #used = false;
  #real: Response | undefined;

  constructor(text: string, status: number) {
    super(null, { status, headers: HEADERS });
    this.#text = text;
  }

  /** The text, once: a body is read once, as fetch's is. */
  #take(): string {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#text;
  }

  /** The same answer as an ordinary Response, for the rarely used readers. */
  #stream(): Response {
    this.#real ??= new Response(this.#take(), { status: this.status, headers: HEADERS });
    return this.#real;
  }

  get bodyUsed(): boolean {
    return this.#real ? this.#real.bodyUsed : this.#used;
  }
  get body(): ReadableStream<Uint8Array> | null {
    return this.#real || !this.#used ? this.#stream().body : null;
  }
  async text(): Promise<string> {
    return this.#real ? this.#real.text() : this.#take();
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#stream().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.#stream().blob();
  }
  formData(): Promise<FormData> {
    return this.#stream().formData();
  }
  /** Response.bytes(), where the runtime has it (newer than the types here). */
  bytes(): Promise<Uint8Array> {
    return (this.#stream() as Response & { bytes(): Promise<Uint8Array> }).bytes();
  }
  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    return this.#real ? this.#real.clone() : jsonText(this.#text, this.status);
  }
}

const jsonText = (text: string, status: number): Response =>
  new JsonResponse(text, status) as unknown as Response;

export const json = (body: ResponseBody, status = 200): Response =>
  jsonText(JSON.stringify(body), status);
