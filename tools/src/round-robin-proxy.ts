import http from 'node:http';

/** A load balancer in front of an app's replicas, as a platform's would be. */
export interface RoundRobinProxy {
  url: string;
  /** Requests each upstream has been sent, in the order of `upstreams`. */
  counts(): number[];
  close(): Promise<void>;
}

/**
 * Sends each request to the next of `upstreams` in turn, streaming both ways and adding the caller
 * to X-Forwarded-For as a load balancer does. The replicas test puts one in front of the gateways
 * and one in front of each subgraph's replicas.
 */
export async function startRoundRobinProxy(port: number, upstreams: string[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next++ % upstreams.length;
    counts[index]++;
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = http.request(
      new URL(req.url ?? '/', upstreams[index]),
      { method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwardedFor }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('upstream unavailable');
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => [...counts],
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
