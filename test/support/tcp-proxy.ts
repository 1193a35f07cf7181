import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between the gateway and one subgraph, to make that subgraph slow
 * without touching it: with a delay set, every chunk in either direction is held that long
 * before it is passed on (in order), as a congested or overloaded link would. With no delay it
 * forwards as it comes. Written here because it is twenty lines and no dependency does exactly
 * this for a test.
 */
export interface TcpProxy {
  /** The port to connect to instead of the target's. */
  port: number;
  /** Holds each chunk `ms` before forwarding it (0: none). Applies to connections open now too. */
  setDelay(ms: number): void;
  /** Closes the listener and every connection. */
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let delayMs = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  /** Forwards `from` to `to`, each chunk after the delay in force when it arrived, never out of order. */
  const pipe = (from: Socket, to: Socket) => {
    let queue = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      const wait = delayMs;
      queue = queue
        .then(() => (wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : undefined))
        .then(() => {
          if (!to.destroyed) to.write(chunk);
        });
    });
    from.once('end', () => void queue.then(() => to.end()));
    from.once('error', () => to.destroy());
    from.once('close', () => void queue.then(() => to.destroy()));
  };
  const server = createServer((client) => {
    const upstream = connect({ port: targetPort, host: '127.0.0.1' });
    track(client);
    track(upstream);
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    setDelay(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
