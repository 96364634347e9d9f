/**
 * The contract between the router and a view: a view owns one element, built once
 * and kept (so the chart keeps its camera), and is told when it is shown and with
 * which path id and query.
 */
export interface RouteParams {
  readonly id: string | null;
  readonly query: URLSearchParams;
}

export interface View {
  readonly el: HTMLElement;
  show(params: RouteParams): void | Promise<void>;
  hide?(): void;
}

export const go = (hash: string): void => { location.hash = hash; };
