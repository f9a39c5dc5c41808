// A stand-in mailbox for SMTP_URL, for demos and the end-to-end tests: a minimal SMTP server (no TLS, no
// authentication) that takes every message, prints it and lists them at GET /messages?to=<address> on its
// HTTP port, decoded as a reader sees them ({ to, subject, text, receivedAt }). Ports: SMTP on
// MAIL_SINK_SMTP_PORT (default 2525), HTTP on MAIL_SINK_PORT (default 4011).
import http from 'node:http';
import net from 'node:net';

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.MAIL_SINK_PORT ?? 4011);
/** @type {{ to: string; subject: string; text: string; receivedAt: string }[]} */
const messages = [];

const fromLatin1 = (s) => Buffer.from(s, 'latin1').toString('utf8');
const unQuote = (s) => s.replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));

/** A header value with its RFC 2047 encoded words decoded. */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, kind, text) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : fromLatin1(unQuote(text.replace(/_/g, ' '))),
    );
}

/** One raw single-part message as its reader sees it. */
function parse(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').trim().toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? fromLatin1(unQuote(body.replace(/=\r?\n/g, '')))
        : body;
  return { subject: decodeWords(header('Subject')).trim(), text: text.trim() };
}

const smtp = net.createServer((socket) => {
  let buffer = '';
  let inData = false;
  let recipients = [];
  const reply = (line) => socket.write(`${line}\r\n`);
  reply('220 localhost citydesk mail sink');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        const raw = buffer.slice(0, end).replace(/^\.\./gm, '.');
        buffer = buffer.slice(end + 5);
        inData = false;
        const { subject, text } = parse(raw);
        for (const to of recipients) {
          messages.push({ to, subject, text, receivedAt: new Date().toISOString() });
          console.log(`Mail to ${to}: ${subject}\n${text}\n`);
        }
        recipients = [];
        reply('250 OK: queued');
        continue;
      }
      const newline = buffer.indexOf('\r\n');
      if (newline < 0) return;
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') socket.write('250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
      else if (verb === 'RCPT') {
        recipients.push(/<([^>]*)>/.exec(line)?.[1]?.toLowerCase() ?? '');
        reply('250 OK');
      } else if (verb === 'DATA') {
        inData = true;
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'QUIT') {
        reply('221 Bye');
        socket.end();
        return;
      } else if (verb === 'RSET') {
        recipients = [];
        reply('250 OK');
      } else reply('250 OK');
    }
  });
  socket.on('error', () => undefined);
});

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(to ? messages.filter((m) => m.to === to) : messages));
    return;
  }
  res.writeHead(404).end();
});

smtp.listen(smtpPort, '127.0.0.1', () => {
  server.listen(httpPort, '127.0.0.1', () => {
    console.log(
      `Mail sink: SMTP on 127.0.0.1:${smtpPort} (start citydesk with SMTP_URL=smtp://127.0.0.1:${smtpPort}), messages at http://127.0.0.1:${httpPort}/messages`,
    );
  });
});
