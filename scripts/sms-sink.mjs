// A stand-in phone for SMS_GATEWAY_URL, for demos and the end-to-end tests: it speaks the gateway
// protocol (one JSON POST `{ to, text }` per message), prints each message and lists them at
// GET /messages?to=<phone>. One-time codes reach only "the phone", never the staff's outbox. Like a real
// gateway it takes a message sent again under the same Idempotency-Key (after an outbox crash) once.
import http from 'node:http';

const port = Number(process.env.SMS_SINK_PORT ?? 4010);
/** @type {{ to: string; text: string; receivedAt: string }[]} */
const messages = [];
/** Idempotency-Keys already taken. */
const seen = new Set();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        const { to, text } = JSON.parse(body);
        if (typeof to !== 'string' || typeof text !== 'string') throw new Error('to and text are required');
        const key = req.headers['idempotency-key'];
        if (typeof key === 'string' && seen.has(key)) return void res.writeHead(204).end();
        if (typeof key === 'string') seen.add(key);
        messages.push({ to, text, receivedAt: new Date().toISOString() });
        console.log(`SMS to ${to}: ${text}`);
        res.writeHead(204).end();
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/messages') {
    const to = url.searchParams.get('to');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(to ? messages.filter((m) => m.to === to) : messages));
    return;
  }
  res.writeHead(404).end();
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `SMS sink on http://127.0.0.1:${port}/ (start citydesk with SMS_GATEWAY_URL=http://127.0.0.1:${port}/)`,
  );
});
