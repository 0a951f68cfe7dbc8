import net from 'node:net';

/**
 * A loopback TCP relay in front of a clamd, for crash tests that need a scan to be in progress for as
 * long as they like. Short commands (VERSION, PING) go through to clamd; an INSTREAM conversation is
 * accepted and then held: none of its bytes reach clamd and nothing is read after the first chunk, so
 * the scanner sending it waits (on a full socket or for the answer) until its process dies or the
 * relay closes.
 */
export interface ClamdRelay {
  /** tcp://127.0.0.1:<port>, for a scanner's CLAMD_ADDRESS. */
  address: string;
  /** Resolves when the first INSTREAM conversation is being held. */
  held: Promise<void>;
  /** INSTREAM conversations held so far. */
  heldCount(): number;
  close(): Promise<void>;
}

/** Starts a relay to the clamd at `target` (an absolute unix socket path or tcp://host:port). */
export async function startClamdRelay(target: string): Promise<ClamdRelay> {
  const upstreamOptions: net.NetConnectOpts = target.startsWith('tcp://') ? { host: new URL(target).hostname, port: Number(new URL(target).port) } : { path: target };
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  let heldCount = 0;
  let onHeld: () => void = () => {};
  const held = new Promise<void>((resolve) => (onHeld = resolve));

  const server = net.createServer((client) => {
    track(client);
    // The command is in the first bytes: decide on them whether to relay or to hold.
    client.once('data', (first: Buffer) => {
      if (first.subarray(0, 9).toString('latin1') === 'zINSTREAM') {
        heldCount += 1;
        client.pause();
        onHeld();
        return;
      }
      const upstream = net.connect(upstreamOptions);
      track(upstream);
      upstream.write(first);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    address: `tcp://127.0.0.1:${port}`,
    held,
    heldCount: () => heldCount,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
