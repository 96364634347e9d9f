/** The dataset layouts Cellgraph reads and writes, by name. */
import type { LayoutName } from '../incident.js';
import { acledLayout } from './acled.js';
import { gtdLayout } from './gtd.js';
import type { Layout } from './types.js';
import { ucdpLayout } from './ucdp.js';

export type { Layout, Row } from './types.js';
export const LAYOUTS: Readonly<Record<LayoutName, Layout>> = { gtd: gtdLayout, acled: acledLayout, ucdp: ucdpLayout };

export function layoutNamed(name: LayoutName): Layout {
  return LAYOUTS[name];
}
