// An HTTP proxy that records every request the browser makes and forwards only
// those to the fixture server. Firefox sends all its http(s) traffic here (pages,
// extension pages, the background page, Firefox's own services), 127.0.0.1
// included, so nothing can reach the network unseen.
import { createServer, request as forward, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every request, as an absolute URL (`https://host:port` for a CONNECT tunnel). */
  seen: string[];
  /** Firefox preferences that send all traffic through this proxy. */
  prefs: Record<string, unknown>;
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '';
    seen.push(url);
    if (!url.startsWith(`${allowedOrigin}/`)) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('blocked by the test proxy');
      return;
    }
    const target = new URL(url);
    const upstream = forward(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: request.method, headers: request.headers },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket) => {
    seen.push(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    seen,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
