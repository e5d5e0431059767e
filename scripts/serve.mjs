// @ts-check
// A small static server for the built book, on 127.0.0.1, under the build's base path.
//   node scripts/serve.mjs [dir] [--port N]     (BASE_PATH as at build time, default /)
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm']);

/**
 * Where a decoded request path lives inside `root`, or null when it points anywhere else.
 * By path.relative, not startsWith(root): a sibling folder such as `dist-e2e` starts with `dist` too.
 * @param {string} root an absolute folder
 * @param {string} path the decoded path below the base, starting with /
 */
export function fileInside(root, path) {
  const file = join(root, path);
  const rel = relative(root, file);
  return isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) ? null : file;
}

/** @param {string} file */
function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    // missing, a name too long for the file system, or unreadable: all "not here"
    return null;
  }
}

/**
 * Serves `dir` at `base` with gzip and long caching for hashed assets, as a production host would.
 * A malformed request gets 400, anything outside `dir` 404, a failing read 500; no request stops it.
 * @param {string} dir
 * @param {{ port?: number, base?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve(dir, { port = 0, base = '/' } = {}) {
  const root = resolve(dir);

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  function handle(request, response) {
    let url, path;
    try {
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
      path = decodeURIComponent(url.pathname);
    } catch {
      return plain(response, 400, 'Bad request');
    }
    if (path.includes('\0')) return plain(response, 400, 'Bad request');
    if (!path.startsWith(base)) return plain(response, 404, 'Not found');
    let file = fileInside(root, path.slice(base.length - 1));
    if (!file) return plain(response, 404, 'Not found');
    let stat = statOrNull(file);
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        // the raw (still encoded) path: a decoded one could hold characters a header may not
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      file = join(file, 'index.html');
      stat = statOrNull(file);
    }
    if (!stat?.isFile()) return plain(response, 404, 'Not found');
    const ext = extname(file);
    const headers = {
      'content-type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream',
      'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const head = gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : headers;
    if (request.method === 'HEAD') {
      response.writeHead(200, head);
      return response.end();
    }
    const stream = createReadStream(file);
    // headers go out once the file is open, so a file that cannot be opened still gets a 500
    stream.once('error', () => plain(response, 500, 'Server error'));
    stream.once('open', () => {
      response.writeHead(200, head);
      // on a failed read, pipeline destroys the response: the client sees a cut-off body, not a crash
      const done = () => {};
      if (gzip) pipeline(stream, createGzip(), response, done);
      else pipeline(stream, response, done);
    });
  }

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      plain(response, 500, 'Server error');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        url: `http://127.0.0.1:${address.port}${base}`,
        // a browser's idle keep-alive connections would hold the close open until they time out
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * A short text answer; a response whose headers already left is cut off instead (its body is broken).
 * @param {import('node:http').ServerResponse} response @param {number} status @param {string} text
 */
function plain(response, status, text) {
  if (response.headersSent) return response.destroy();
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4173;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';
  const { url } = await serve(dir, { port, base: process.env.BASE_PATH ?? '/' });
  console.log(`The book is at ${url}  (Ctrl+C to stop)`);
}
