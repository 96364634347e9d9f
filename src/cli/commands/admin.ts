/**
 * `cellgraph admin`: agencies, users, API tokens and sharing agreements, run by the
 * machine's operator on the store file. Every change goes through the same use cases
 * as the web app's admin pages and is audited as `cli:<login>`.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { newPassword } from './admin-password.js';
import { actorName } from '../../app/config.js';
import {
  createAgency, createUser, disableUser, enableUser, issueToken, listAgencies, listTokens, listUsers, revokeToken,
  setUserPassword, setUserRole, tokenView,
} from '../../app/accounts.js';
import { listAgreements, revokeAgreement, shareWith } from '../../app/sharing.js';
import { operatorViewer, type Viewer } from '../../access/policy.js';
import { LOCAL_AGENCY, USER_ROLES } from '../../model/access.js';
import type { Store } from '../../store/store.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;
const JSON_FLAG = ['--json', 'print JSON'] as const;

/** The command line on the store file acts as the operator. */
export const cliOperator = (): Viewer => operatorViewer(`cli:${actorName({})}`, LOCAL_AGENCY);

const day = (iso: string | null): string => (iso ? iso.slice(0, 19).replace('T', ' ') : '');

async function userNames(store: Store): Promise<(id: string) => string> {
  const byId = new Map((await store.listUsers()).map((u) => [u.id, u.name]));
  return (id) => byId.get(id) ?? id;
}

export function registerAdmin(program: Command, io: Io): void {
  const admin = program.command('admin').description('agencies, users, API tokens and sharing agreements (operator on the store)');

  const agency = admin.command('agency').description('agencies: who owns records');
  agency.command('add')
    .description('create an agency')
    .argument('<id>', 'short stable id, e.g. ctd-punjab')
    .requiredOption('--name <name>', 'full name')
    .option(...DB)
    .action(async (id: string, flags) => withStore(flags, async (s) => {
      const a = await createAgency(s, cliOperator(), { id, name: flags.name });
      io.out(`agency ${a.id} (${a.name}) created`);
    }));
  agency.command('list')
    .description('list agencies')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const list = await listAgencies(s, cliOperator());
      if (flags.json) { io.out(json(list)); return; }
      io.out(list.length ? table(['id', 'name', 'created'], list.map((a) => [a.id, a.name, day(a.created_at)])) : 'no agencies');
    }));

  const user = admin.command('user').description('users: who signs in, in which agency, with which role');
  user.command('add')
    .description('create a user (password from --password-stdin or a prompt)')
    .argument('<name>', 'login name')
    .requiredOption('--agency <id>', 'the agency the user belongs to')
    .requiredOption('--role <role>', USER_ROLES.join(' | '))
    .option('--password-stdin', 'read the password from standard input')
    .option('--no-password', 'a machine user that signs in only with API tokens')
    .option(...DB).option(...JSON_FLAG)
    .action(async (name: string, flags) => {
      const password = await newPassword(io, flags);
      await withStore(flags, async (s) => {
        const u = await createUser(s, cliOperator(), { name, agency: flags.agency, role: flags.role, password });
        io.out(flags.json ? json(u) : `user ${u.name} (${u.id}) created in ${u.agency} as ${u.role}${u.has_password ? '' : ', tokens only'}`);
      });
    });
  user.command('list')
    .description('list users')
    .option('--agency <id>', 'only this agency\'s users')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const list = await listUsers(s, cliOperator(), flags.agency);
      if (flags.json) { io.out(json(list)); return; }
      const rows = list.map((u) => [u.name, u.id, u.agency, u.role, u.has_password ? 'yes' : 'no', u.disabled_at ? `disabled ${day(u.disabled_at)}` : '', day(u.created_at)]);
      io.out(rows.length ? table(['name', 'id', 'agency', 'role', 'password', 'state', 'created'], rows) : 'no users');
    }));
  user.command('role')
    .description('change a user\'s role')
    .argument('<name>', 'login name or user id').argument('<role>', USER_ROLES.join(' | '))
    .option(...DB)
    .action(async (name: string, role: string, flags) => withStore(flags, async (s) => {
      const u = await setUserRole(s, cliOperator(), { user: name, role });
      io.out(`user ${u.name} is now ${u.role}`);
    }));
  user.command('password')
    .description('set a user\'s password (from --password-stdin or a prompt)')
    .argument('<name>', 'login name or user id')
    .option('--password-stdin', 'read the password from standard input')
    .option(...DB)
    .action(async (name: string, flags) => {
      const password = await newPassword(io, { passwordStdin: flags.passwordStdin });
      await withStore(flags, async (s) => {
        await setUserPassword(s, cliOperator(), { user: name, password: password! });
        io.out(`password of ${name} set`);
      });
    });
  user.command('disable')
    .description('disable a user: no more logins, sessions or tokens')
    .argument('<name>', 'login name or user id')
    .option(...DB)
    .action(async (name: string, flags) => withStore(flags, async (s) => {
      const u = await disableUser(s, cliOperator(), { user: name });
      io.out(`user ${u.name} disabled`);
    }));
  user.command('enable')
    .description('enable a disabled user again')
    .argument('<name>', 'login name or user id')
    .option(...DB)
    .action(async (name: string, flags) => withStore(flags, async (s) => {
      const u = await enableUser(s, cliOperator(), { user: name });
      io.out(`user ${u.name} enabled`);
    }));

  const token = admin.command('token').description('API tokens (bearer secrets for scripts and machine users)');
  token.command('issue')
    .description('issue a token; the secret is printed this once')
    .argument('<name>', 'login name or user id')
    .option('--label <text>', 'what the token is for', '')
    .option('--expires <date>', 'expiry date or timestamp (default: never)')
    .option(...DB).option(...JSON_FLAG)
    .action(async (name: string, flags) => withStore(flags, async (s) => {
      const { secret, token: t } = await issueToken(s, cliOperator(), { user: name, label: flags.label, expiresAt: flags.expires ?? null });
      if (flags.json) { io.out(json({ ...tokenView(t), secret })); return; }
      io.out(`token ${t.id} for ${name}${t.expires_at ? `, expires ${day(t.expires_at)}` : ''}; the secret is shown only now:`);
      io.out(secret);
    }));
  token.command('revoke')
    .description('revoke a token')
    .argument('<id>', 'token id (see `cellgraph admin token list`)')
    .option(...DB)
    .action(async (id: string, flags) => withStore(flags, async (s) => {
      await revokeToken(s, cliOperator(), id);
      io.out(`token ${id} revoked`);
    }));
  token.command('list')
    .description('list tokens (never their secrets)')
    .option('--user <name>', 'only this user\'s tokens')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const list = await listTokens(s, cliOperator(), flags.user);
      if (flags.json) { io.out(json(list)); return; }
      const name = await userNames(s);
      const state = (t: (typeof list)[number]) => (t.revoked_at ? `revoked ${day(t.revoked_at)}` : t.expires_at && Date.parse(t.expires_at) <= Date.now() ? 'expired' : 'active');
      const rows = list.map((t) => [t.id, name(t.user), t.label, state(t), day(t.expires_at), day(t.created_at)]);
      io.out(rows.length ? table(['token', 'user', 'label', 'state', 'expires', 'created'], rows) : 'no tokens');
    }));

  admin.command('share')
    .description('share one agency\'s records carrying the given markings with another (TLP:CLEAR, TLP:GREEN, TLP:AMBER)')
    .requiredOption('--from <agency>', 'the agency whose records are shared')
    .requiredOption('--to <agency>', 'the agency that may see them')
    .requiredOption('--markings <list>', 'comma-separated, e.g. TLP:GREEN,TLP:AMBER')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const markings = String(flags.markings).split(',').map((m) => m.trim()).filter(Boolean);
      const a = await shareWith(s, cliOperator(), { from: flags.from, to: flags.to, markings });
      io.out(flags.json ? json(a) : `agreement ${a.id}: ${a.from_agency} shares ${a.markings.join(', ')} with ${a.to_agency}`);
    }));
  admin.command('unshare')
    .description('revoke a sharing agreement')
    .argument('<id>', 'agreement id (see `cellgraph admin agreements`)')
    .option(...DB)
    .action(async (id: string, flags) => withStore(flags, async (s) => {
      const a = await revokeAgreement(s, cliOperator(), id);
      io.out(`agreement ${a.id} revoked: ${a.from_agency} no longer shares with ${a.to_agency}`);
    }));
  admin.command('agreements')
    .description('list sharing agreements, newest first')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const list = await listAgreements(s, cliOperator());
      if (flags.json) { io.out(json(list)); return; }
      const rows = list.map((a) => [a.id, a.from_agency, a.to_agency, a.markings.join(','), a.revoked_at ? `revoked ${day(a.revoked_at)}` : 'active', a.created_by, day(a.created_at)]);
      io.out(rows.length ? table(['agreement', 'from', 'to', 'markings', 'state', 'by', 'created'], rows) : 'no agreements');
    }));
}
