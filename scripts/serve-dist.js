#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script */
// A small static server for the built browser page (dist/), used by `npm start` on Linux and by
// the end-to-end tests. Serves files only from dist/, on localhost only.
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Starts serving `root`; resolves with the server and its base URL. Port 0 picks a free port. */
function serveDist(root = path.resolve(__dirname, '..', 'dist'), port = 3000, host = '127.0.0.1') {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url || '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep)) { response.writeHead(403).end(); return; }
    fs.readFile(file, (error, data) => {
      if (error) { response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden'); return; }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://localhost:${actual}/` });
    });
  });
}

module.exports = { serveDist };

if (require.main === module) {
  const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
  serveDist(undefined, port).then(({ url }) => console.log(`VO-assistent: ${url}`), (error) => {
    console.error(`Kan niet starten op poort ${port}: ${error.message}`);
    process.exit(1);
  });
}
