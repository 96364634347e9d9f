/**
 * The account corner of the header (who is logged in, for which agency, in which role,
 * and a logout button) and the login form shown whenever the server answers 401. The
 * form is a modal dialog: focus stays in it, Escape does not dismiss it (there is
 * nothing behind it to use without logging in), and errors are announced.
 */
import { h, clear } from './dom.js';
import { login, logout, session, type SessionInfo } from './session.js';

export interface AccountUi {
  /** Shows the login form; resolves once someone has logged in. */
  askLogin(reason?: string): Promise<SessionInfo>;
  render(): void;
}

export function createAccountUi(header: HTMLElement, onLoggedOut: () => void): AccountUi {
  const corner = h('div', { class: 'account', id: 'account', 'aria-label': 'Account' });
  header.append(corner);

  const name = h('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { id: 'login-error', class: 'login-error', role: 'alert' });
  const intro = h('p', { id: 'login-intro' }, 'Log in to continue.');
  const submit = h('button', { type: 'submit', id: 'login-submit' }, 'Log in');
  const form = h('form', { id: 'login-form', method: 'dialog', 'aria-describedby': 'login-intro' },
    h('label', { for: 'login-name' }, 'Name'), name,
    h('label', { for: 'login-password' }, 'Password'), password,
    error, submit);
  const dialog = h('dialog', { id: 'login-dialog', class: 'login-dialog', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Cellgraph'), intro, form);
  document.body.append(dialog);
  dialog.addEventListener('cancel', (e) => e.preventDefault());

  let waiting: Array<(s: SessionInfo) => void> = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    login(name.value.trim(), password.value)
      .then((s) => {
        password.value = '';
        dialog.close();
        ui.render();
        const done = waiting;
        waiting = [];
        for (const resolve of done) resolve(s);
      })
      .catch((err: Error) => { error.textContent = err.message; password.select(); })
      .finally(() => { submit.disabled = false; });
  });

  const ui: AccountUi = {
    askLogin(reason) {
      intro.textContent = reason ?? 'Log in to continue.';
      ui.render();
      if (!dialog.open) dialog.showModal();
      (name.value ? password : name).focus();
      return new Promise((resolve) => waiting.push(resolve));
    },
    render() {
      clear(corner);
      const s = session();
      document.body.dataset.role = s?.user.role ?? '';
      if (!s) return;
      const who = h('span', { class: 'who', id: 'account-user' }, h('strong', {}, s.user.name));
      if (s.user.agency) who.append(' · ', h('span', { id: 'account-agency' }, s.user.agency));
      who.append(' · ', h('span', { id: 'account-role', class: 'role' }, s.user.role));
      corner.append(who);
      if (!s.local) {
        corner.append(h('button', {
          type: 'button', id: 'logout', class: 'link-button',
          onclick: () => void logout().then(() => { ui.render(); onLoggedOut(); }, (err: Error) => { corner.append(h('span', { role: 'alert' }, err.message)); }),
        }, 'Log out'));
      }
    },
  };
  return ui;
}
