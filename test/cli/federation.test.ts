/**
 * `cellgraph federation`: the server key, peers, and clear one-line failures. The
 * exchange itself is tested between two live servers in test/http/federation.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { cli, scratch } from './helpers.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const db = path.join(tmp.dir, 'fed.db');
const run = (...args: string[]) => cli(...args, '--db', db);
const partnerKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('cellgraph federation', () => {
  it('prints the same public key every time, made on first use', async () => {
    const first = await run('federation', 'key');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n/);
    expect(first.stderr).toMatch(/^fingerprint ed25519:[0-9a-f]{64}\n$/);
    expect((await run('federation', 'key')).stdout).toBe(first.stdout);
    expect(JSON.parse((await run('federation', 'key', '--json')).stdout).key).toBe(first.stdout.trimEnd() + '\n');
  });

  it('adds, lists and removes a peer; the token is never printed back', async () => {
    const keyFile = path.join(tmp.dir, 'partner.pem');
    writeFileSync(keyFile, partnerKey);
    expect((await run('admin', 'agency', 'add', 'ctd-b', '--name', 'CTD B')).code).toBe(0);
    const added = await run('federation', 'peer', 'add', 'sindh', '--url', 'http://127.0.0.1:9', '--key', keyFile, '--agency', 'ctd-b', '--token', 'secret-token-xyz');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/peer sindh \(peer_[0-9a-f]+\) added for agency ctd-b, key ed25519:/);
    const listed = await run('federation', 'peer', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'sindh', agency: 'ctd-b', url: 'http://127.0.0.1:9', has_token: true, pulled_seq: 0 }]);
    expect(listed.stdout).not.toContain('secret-token-xyz');
    expect((await run('federation', 'peer', 'list')).stdout).toMatch(/sindh\s+ctd-b/);
  });

  it('fails in one line on bad input, and when the peer cannot be reached', async () => {
    const bad = await run('federation', 'peer', 'add', 'x', '--url', 'http://127.0.0.1:9', '--key', 'not-a-file.pem', '--agency', 'ctd-b');
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect((await run('federation', 'peer', 'add', 'x', '--url', 'http://127.0.0.1:9', '--key', rsa, '--agency', 'ctd-b')).stderr).toMatch(/Ed25519/);
    expect((await run('federation', 'peer', 'add', 'x', '--url', 'http://127.0.0.1:9', '--key', partnerKey, '--agency', 'ctd-b')).stderr).toMatch(/has that key already/);
    expect((await run('federation', 'pull', 'nobody')).code).toBe(3);
    const unreachable = await run('federation', 'pull', 'sindh');
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toMatch(/peer sindh cannot be reached at http:\/\/127\.0\.0\.1:9/);
    const removed = await run('federation', 'peer', 'remove', 'sindh');
    expect(removed.stdout).toMatch(/peer sindh removed/);
    expect((await run('federation', 'peer', 'list')).stdout).toMatch(/no peers/);
  });
});
