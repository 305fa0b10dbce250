import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { createSubgraphFetcher } from './subgraph-fetcher';

describe('subgraph fetcher', () => {
  const answer = JSON.stringify({ data: { hello: 'world' } });
  let seen: http.IncomingHttpHeaders | undefined;
  let url: string;
  const server = http.createServer((req, res) => {
    seen = req.headers;
    const path = req.url ?? '/';
    if (path === '/gzip') res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(zlib.gzipSync(answer));
    else if (path === '/br')
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(answer));
    else if (path === '/down') res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
    else if (path === '/hang')
      return; // never answers
    else res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
  });
  const fetcher = createSubgraphFetcher({ connectMs: 500, responseMs: 300 });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('asks for JSON, accepts compression, and decodes gzip and brotli', async () => {
    for (const path of ['/plain', '/gzip', '/br']) {
      const response = await fetcher(`${url}${path}`, { body: '{}' });
      expect(await response.json()).toEqual({ data: { hello: 'world' } });
    }
    expect(seen?.accept).toContain('application/json');
    expect(seen?.['accept-encoding']).toBe('gzip, br');
  });

  it('keeps the real status text', async () => {
    const response = await fetcher(`${url}/down`, { body: '{}' });
    expect({ ok: response.ok, status: response.status, statusText: response.statusText }).toEqual({
      ok: false,
      status: 503,
      statusText: 'Service Unavailable',
    });
  });

  it('gives up on a subgraph that never answers', async () => {
    await expect(fetcher(`${url}/hang`, { body: '{}' })).rejects.toThrow(/timeout/i);
  });
});
