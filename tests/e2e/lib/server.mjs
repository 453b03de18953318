// Fixture server for the end-to-end tests.
//
// Serves the fixture pages under tests/e2e/fixtures/ over HTTP and HTTPS on loopback,
// choosing the site by the Host header (the browsers are told that x.com, www.facebook.com,
// ... live on 127.0.0.1). The HTTPS certificate is a throwaway self-signed one made with
// openssl in a temp dir at start-up; the browsers are launched to accept it.
//
// Also runs a "sink" HTTP proxy: the browsers send every request for a host that is NOT a
// fixture host through it, and it records the request and refuses it. The tests use it to
// prove that nothing (the extension included) talked to the outside world.
//
// Node built-ins only.

import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(HERE, '..', 'fixtures');

// Host name -> fixture folder. Every host here is mapped to loopback in both browsers.
export const HOSTS = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'www.facebook.com': 'facebook',
  'facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'www.tiktok.com': 'tiktok',
  'www.youtube.com': 'youtube',
  'youtube.com': 'youtube',
  'www.threads.net': 'threads',
  'www.threads.com': 'threads',
};
export const HOST_NAMES = Object.keys(HOSTS);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

// Scripts the server can add to a page on request (?fx=name[,name]): hostile behaviours.
// Each goes right before </body>, after the site's own script has set itself up.
const EXTRA_SCRIPTS = {
  'synthetic-proceed': '/__fx/hostile-synthetic.js',
  'override-builtins': '/__fx/hostile-override.js',
  'markup': null, // handled by the site script itself (adds a post whose text is markup)
};

function makeCertificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const san = 'subjectAltName=' + HOST_NAMES.map((h) => 'DNS:' + h).concat(['DNS:localhost', 'IP:127.0.0.1']).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=jaga-netral-e2e-fixtures', '-addext', san,
    '-keyout', key, '-out', cert,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

/**
 * Starts the fixture servers. Returns
 * { httpPort, httpsPort, sinkPort, requests, sinkRequests, urlFor(host, path), close() }.
 * `requests` lists every request the fixture server answered; `sinkRequests` every request
 * the browsers tried to send anywhere else.
 */
export async function startServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jn-e2e-tls-'));
  const tls = makeCertificate(tmp);
  const requests = [];
  const sinkRequests = [];

  function handler(scheme) {
    return (req, res) => {
      const hostHeader = String(req.headers.host || '');
      const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url, `${scheme}://${hostHeader || 'unknown'}`);
      const entry = {
        scheme, host, method: req.method, path: url.pathname, search: url.search,
        origin: req.headers.origin || null,
        secFetchSite: req.headers['sec-fetch-site'] || null,
        secFetchDest: req.headers['sec-fetch-dest'] || null,
        referer: req.headers.referer || null,
        status: 0,
      };
      requests.push(entry);
      const site = HOSTS[host];
      const send = (status, type, body, headers = {}) => {
        entry.status = status;
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
      };
      if (!site) return send(421, 'text/plain', `not a fixture host: ${host}\n`);

      // Shared test helpers and hostile scripts, the same on every host.
      if (url.pathname.startsWith('/__fx/')) {
        const file = path.join(FIXTURES, '_shared', path.basename(url.pathname));
        if (!fs.existsSync(file)) return send(404, 'text/plain', 'no such helper\n');
        return send(200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
      }
      if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');

      // A static file of the site, else the site's single page (real sites are SPAs too:
      // /home, /watch, /@user/video/1 all render the same app).
      const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      const candidate = path.join(FIXTURES, site, rel);
      if (rel && !rel.includes('..') && fs.existsSync(candidate) && fs.statSync(candidate).isFile()
          && path.extname(candidate) !== '.html') {
        return send(200, TYPES[path.extname(candidate)] || 'application/octet-stream', fs.readFileSync(candidate));
      }
      let html = fs.readFileSync(path.join(FIXTURES, site, 'index.html'), 'utf8');
      const extras = (url.searchParams.get('fx') || '').split(',').filter(Boolean);
      let tail = '';
      for (const name of extras) {
        if (!(name in EXTRA_SCRIPTS)) return send(400, 'text/plain', `unknown fx=${name}\n`);
        if (EXTRA_SCRIPTS[name]) tail += `<script src="${EXTRA_SCRIPTS[name]}"></script>\n`;
      }
      html = html.replace('<!--fx-head-->', '<script src="/__fx/runtime.js"></script>');
      html = html.replace('</body>', tail + '</body>');
      return send(200, TYPES['.html'], html);
    };
  }

  const httpServer = http.createServer(handler('http'));
  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, handler('https'));

  // The sink: an HTTP proxy that records and refuses everything.
  const sink = http.createServer((req, res) => {
    sinkRequests.push({ kind: 'http', method: req.method, target: req.url, host: req.headers.host || null });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the e2e sink\n');
  });
  sink.on('connect', (req, socket) => {
    sinkRequests.push({ kind: 'connect', method: 'CONNECT', target: req.url, host: req.headers.host || null });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  const sockets = new Set();
  for (const s of [httpServer, httpsServer, sink]) {
    s.on('connection', (c) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });
    s.on('secureConnection', (c) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });
  }

  const httpPort = await listen(httpServer);
  const httpsPort = await listen(httpsServer);
  const sinkPort = await listen(sink);

  return {
    httpPort, httpsPort, sinkPort, requests, sinkRequests, tmp,
    close: async () => {
      for (const c of sockets) c.destroy();
      await Promise.all([httpServer, httpsServer, sink].map((s) => new Promise((r) => s.close(() => r()))));
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

// Run directly to browse the fixtures by hand:
//   node tests/e2e/lib/server.mjs   then   chromium --host-resolver-rules="MAP x.com 127.0.0.1:PORT" ...
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startServer();
  console.log(`http on 127.0.0.1:${s.httpPort}, https on 127.0.0.1:${s.httpsPort}, sink proxy on 127.0.0.1:${s.sinkPort}`);
  console.log('hosts:', HOST_NAMES.join(' '));
}
