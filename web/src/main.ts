/**
 * The app shell: a hash router over six views (chart with profile, documents,
 * review, map, timeline, statistics and briefs). Views are built on first use and kept, so switching back
 * to the chart keeps its camera and layout. Before any view, the app asks who is
 * using it; a 401 at any point brings up the login form, and logging in as someone
 * (or logging out) rebuilds the views, since what they show and allow depends on who.
 */
import './style.css';
import { createChart } from './chart.js';
import { createDocuments } from './documents.js';
import { createReview } from './review.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createPublish } from './publish.js';
import { createAccountUi } from './account.js';
import { loadSession, session, whenExpired } from './session.js';
import { invalidate } from './state.js';
import { showError } from './dom.js';
import type { View } from './view.js';

const factories: Record<string, () => View> = {
  chart: createChart, documents: createDocuments, review: createReview, map: createMap, timeline: createTimeline,
  publish: createPublish,
};
const views = new Map<string, View>();
const main = document.getElementById('main')!;

function parse(hash: string): { view: string; id: string | null; query: URLSearchParams } {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = 'chart', ...rest] = path.split('/').filter(Boolean);
  const view = first === 'entity' ? 'chart' : first in factories ? first : 'chart';
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { view, id, query: new URLSearchParams(search) };
}

let previous = '';

function resetViews(): void {
  for (const v of views.values()) v.el.remove();
  views.clear();
  invalidate();
  previous = '';
}

const account = createAccountUi(document.querySelector<HTMLElement>('header.app-header')!, () => { resetViews(); void needLogin('You have logged out.'); });
let loggingIn: Promise<void> | null = null;
function needLogin(reason?: string): Promise<void> {
  loggingIn ??= account.askLogin(reason).then(() => { loggingIn = null; resetViews(); return route(); });
  return loggingIn;
}
whenExpired(() => void needLogin('Your session has ended: log in again.'));

async function route(): Promise<void> {
  if (!session()) return;
  const { view, id, query } = parse(location.hash);
  let v = views.get(view);
  if (!v) {
    v = factories[view]!();
    views.set(view, v);
    main.append(v.el);
  }
  for (const [name, other] of views) {
    const active = name === view;
    if (!active && !other.el.hidden) other.hide?.();
    other.el.hidden = !active;
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.title = `Cellgraph — ${view}`;
  document.body.dataset.view = view;
  document.body.dataset.ready = 'false';
  await v.show({ id, query });
  document.body.dataset.ready = 'true';
  // Move focus to the new view for keyboard and screen-reader users, but not on the first load.
  if (previous && previous !== view && !v.el.contains(document.activeElement)) main.focus({ preventScroll: true });
  previous = view;
}

async function boot(): Promise<void> {
  window.addEventListener('hashchange', () => void route());
  try {
    if (!(await loadSession())) { await needLogin(); return; }
  } catch (e) { showError((e as Error).message); return; }
  account.render();
  await route();
}

void boot();
