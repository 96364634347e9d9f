import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebApp } from './static.js';

let dir: string;
let built: FastifyInstance;
let bare: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dir, 'assets/app.js'), 'console.log(1)');
  built = Fastify();
  built.get('/api/stats', async () => ({ ok: true }));
  await registerWebApp(built, dir);
  bare = Fastify();
  await registerWebApp(bare, path.join(dir, 'missing'));
});
afterAll(async () => { await built.close(); await bare.close(); rmSync(dir, { recursive: true, force: true }); });

describe('registerWebApp', () => {
  it('serves built files and index.html for deep links, with a same-origin-only policy', async () => {
    const js = await built.inject({ url: '/assets/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.body).toBe('console.log(1)');
    for (const url of ['/', '/entity/ent_1', '/review?x=1']) {
      const r = await built.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body).toContain('<title>app</title>');
      expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    }
  });

  it('leaves API routes alone and answers unknown API paths and missing files with 404', async () => {
    expect((await built.inject({ url: '/api/stats' })).json()).toEqual({ ok: true });
    const api = await built.inject({ url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    expect((await built.inject({ url: '/assets/gone.js' })).statusCode).toBe(404);
  });

  it('says how to build the app when dist/web is missing', async () => {
    const r = await bare.inject({ url: '/' });
    expect(r.statusCode).toBe(503);
    expect(r.body).toMatch(/npm run build:web/);
  });
});
