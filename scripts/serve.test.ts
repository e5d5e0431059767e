// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve } from './serve.mjs';

// broken.txt fails to open after its stat, as a file whose permissions change under the server would
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const createReadStream = ((path: string, options?: object) =>
    fs.createReadStream(
      String(path).endsWith('broken.txt') ? `${path}/not-a-folder` : path,
      options,
    )) as typeof fs.createReadStream;
  return { ...fs, createReadStream };
});

let dir: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('dist/index.html', 'home');
  write('dist/en/index.html', 'english');
  write('dist/assets/app-1234.js', 'code');
  write('dist/broken.txt', 'never read');
  write('dist-e2e/secret.txt', 'sibling');
  write('secret.txt', 'parent');
  server = await serve(join(dir, 'dist'), { base: '/dl/' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET of the raw request target: fetch would normalise the very paths these tests send. */
function get(target: string): Promise<{ status: number; body: string; location?: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, location: response.headers.location }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  it('serves pages, folders with a slash, and assets under the base', async () => {
    expect(await get('/dl/')).toMatchObject({ status: 200, body: 'home' });
    expect(await get('/dl/en/')).toMatchObject({ status: 200, body: 'english' });
    expect(await get('/dl/en?x=1')).toMatchObject({ status: 301, location: '/dl/en/?x=1' });
    expect(await get('/dl/assets/app-1234.js')).toMatchObject({ status: 200, body: 'code' });
    expect(await get('/dl/%65n/')).toMatchObject({ status: 200, body: 'english' });
  });

  it.each([
    ['encoded ..', '/dl/..%2F..%2Fsecret.txt'],
    ['a sibling folder sharing the prefix', '/dl/..%2Fdist-e2e%2Fsecret.txt'],
    ['a sibling folder, lower-case escape', '/dl/..%2fdist-e2e/secret.txt'],
    ['%2e%2e', '/dl/%2e%2e/%2e%2e/secret.txt'],
    ['%2E%2E into the sibling', '/dl/%2E%2E%2Fdist-e2e%2Fsecret.txt'],
    ['encoded backslashes', '/dl/..%5C..%5Csecret.txt'],
    ['raw backslashes', '/dl/..\\dist-e2e\\secret.txt'],
    ['double-encoded dots', '/dl/%252e%252e%252fsecret.txt'],
    ['double-encoded slashes', '/dl/..%252F..%252Fsecret.txt'],
    ['an encoded leading slash', '/dl/%2F..%2F..%2Fsecret.txt'],
    ['forty levels up', '/dl/' + '..%2F'.repeat(40) + 'etc/passwd'],
    ['outside the base', '/secret.txt'],
    ['the sibling without the base', '/dist-e2e/secret.txt'],
    ['a base-like prefix', '/dl-e2e/secret.txt'],
    ['a 5,000-character name', '/dl/' + 'a'.repeat(5000)],
    ['3,000 folders deep', '/dl/' + 'a/'.repeat(3000) + 'index.html'],
  ])('answers 404 and reads nothing outside the folder: %s', async (_, target) => {
    const { status, body } = await get(target);
    expect(status).toBe(404);
    expect(body).not.toMatch(/sibling|parent|root:/);
  });

  it.each(['/dl/%E0%A4%A', '/dl/%', '/dl/%zz', '/dl/%C0%AF', '/dl/en%00/', '/dl/index.html%00.js'])(
    'answers 400 to a malformed escape or a NUL: %s',
    async (target) => {
      expect((await get(target)).status).toBe(400);
    },
  );

  it('answers 500 when a file cannot be read, and keeps serving', async () => {
    expect((await get('/dl/broken.txt')).status).toBe(500);
    expect(await get('/dl/en/')).toMatchObject({ status: 200, body: 'english' });
  });

  it('is still up after every hostile request above', async () => {
    expect(await get('/dl/')).toMatchObject({ status: 200, body: 'home' });
  });
});
