import { describe, expect, it } from 'vitest';
import { json } from './json';

describe('the server’s JSON responses', () => {
  const body = { data: { viewer: { username: 'alice', note: 'ünï & "q"' } } };

  it('read back as the JSON sent, with status and content type, once', async () => {
    const r = json(body, 400);
    expect(r).toBeInstanceOf(Response);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.bodyUsed).toBe(false);
    expect(await r.json()).toEqual(body);
    expect(r.bodyUsed).toBe(true);
    await expect(r.text()).rejects.toThrow(TypeError);
    expect(() => r.clone()).toThrow(TypeError);
  });

  it('a clone is read on its own; the other readers give the same text', async () => {
    const r = json(body);
    const copy = r.clone();
    expect(await copy.text()).toBe(JSON.stringify(body));
    expect(r.bodyUsed).toBe(false);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(body));
    expect(r.bodyUsed).toBe(true);
    await expect(r.json()).rejects.toThrow(TypeError);
  });

  it('its body stream carries the text', async () => {
    const r = json(body);
    const stream = r.body;
    expect(stream).not.toBeNull();
    expect(await new Response(stream).json()).toEqual(body);
    expect(r.bodyUsed).toBe(true);
  });
});
