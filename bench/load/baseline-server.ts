// The baseline: what the same scenario costs on the bare stack, written by hand — node:http, one pg
// pool of the API's size, raw `ws` for the live channel. No framework, no GraphQL, no authorization, no
// domain rules: a floor to compare citydesk's figures with, measured in the same run on the same machine.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';

const url = process.env.BASELINE_DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 10 });
await pool.query(`CREATE TABLE IF NOT EXISTS bench_baseline_request (
  id bigserial PRIMARY KEY, resident int NOT NULL, description text NOT NULL,
  status text NOT NULL DEFAULT 'NEW', created_at timestamptz NOT NULL DEFAULT now())`);
await pool.query(
  'CREATE INDEX IF NOT EXISTS bench_baseline_by_resident ON bench_baseline_request (resident, id)',
);

const watchers = new Map<number, Set<WebSocket>>();

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  const address = new URL(req.url ?? '/', 'http://localhost');
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  try {
    if (address.pathname === '/healthz') return send(200, { status: 'ok' });
    if (req.method === 'POST' && address.pathname === '/file') {
      const { resident, description } = JSON.parse(await readBody(req)) as {
        resident: number;
        description: string;
      };
      // A transaction like the API's: the row and its first timeline entry together.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          'INSERT INTO bench_baseline_request (resident, description) VALUES ($1, $2) RETURNING id',
          [resident, description],
        );
        await client.query('COMMIT');
        const id = rows[0]!.id;
        for (const socket of watchers.get(resident) ?? [])
          socket.send(JSON.stringify({ requestId: id, type: 'FILED' }));
        return send(200, { id });
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    }
    if (address.pathname === '/mine') {
      const { rows } = await pool.query(
        'SELECT id, description, status, created_at FROM bench_baseline_request WHERE resident = $1 ORDER BY id DESC LIMIT 50',
        [Number(address.searchParams.get('resident'))],
      );
      return send(200, rows);
    }
    if (address.pathname === '/queue') {
      const { rows } = await pool.query(
        `SELECT id, description, status, created_at FROM bench_baseline_request WHERE status = 'NEW' ORDER BY id DESC LIMIT 100`,
      );
      return send(200, rows);
    }
    if (address.pathname.startsWith('/request/')) {
      const { rows } = await pool.query('SELECT * FROM bench_baseline_request WHERE id = $1', [
        address.pathname.slice('/request/'.length),
      ]);
      return send(rows.length ? 200 : 404, rows[0] ?? null);
    }
    send(404, { error: 'not found' });
  } catch (error) {
    send(500, { error: String(error) });
  }
});

const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (socket, req) => {
  const resident = Number(new URL(req.url ?? '/', 'http://localhost').searchParams.get('resident'));
  const set = watchers.get(resident) ?? new Set();
  set.add(socket);
  watchers.set(resident, set);
  socket.on('close', () => set.delete(socket));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as AddressInfo;
  console.log(`baseline listening on ${address.port}`);
});
