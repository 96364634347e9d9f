/**
 * GEXF 1.3 writer with time intervals. graphology-gexf writes static graphs only, so
 * this small writer emits `mode="dynamic"` with `start`/`end` on each edge (the first
 * day its valid_from covers, the last day its valid_to covers), which is what drives
 * Gephi's timeline. Open ends are left out, meaning "since always" / "still".
 */
import { endOf, startOf } from '../core/partial-date.js';
import type { CellGraph } from './types.js';
import { xmlEscape } from './xml.js';

const NODE_ATTRS = [['type', 'string'], ['subtype', 'string'], ['aliases', 'string'], ['lat', 'double'], ['lon', 'double']] as const;
const EDGE_ATTRS = [['predicate', 'string'], ['status', 'string'], ['disputed', 'boolean'], ['confidence', 'double'], ['claims', 'string'], ['valid_from', 'string'], ['valid_to', 'string']] as const;

function attvalues(defs: ReadonlyArray<readonly [string, string]>, attrs: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  defs.forEach(([name], i) => {
    let v = attrs[name];
    if (Array.isArray(v)) v = v.join(name === 'aliases' ? '; ' : ' ');
    if (v === null || v === undefined || v === '') return;
    out.push(`${indent}  <attvalue for="${i}" value="${xmlEscape(String(v))}"/>`);
  });
  return out.length ? [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`] : [];
}

export function toGEXF(graph: CellGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta><creator>Cellgraph</creator><description>Claim graph; edge intervals from claim validity</description></meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    '    <attributes class="node" mode="static">',
    ...NODE_ATTRS.map(([n, t], i) => `      <attribute id="${i}" title="${n}" type="${t}"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRS.map(([n, t], i) => `      <attribute id="${i}" title="${n}" type="${t}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((node, attrs) => {
    lines.push(`      <node id="${xmlEscape(node)}" label="${xmlEscape(attrs.name)}">`, ...attvalues(NODE_ATTRS, attrs, '        '), '      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, attrs, source, target) => {
    const start = attrs.valid_from ? ` start="${startOf(attrs.valid_from)}"` : '';
    const end = attrs.valid_to ? ` end="${endOf(attrs.valid_to)}"` : '';
    lines.push(`      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(attrs.predicate)}"${start}${end}>`,
      ...attvalues(EDGE_ATTRS, attrs, '        '), '      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
