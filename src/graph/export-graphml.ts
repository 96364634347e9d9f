/**
 * GraphML writer (graphology-graphml only parses). Plain GraphML with typed <key>
 * declarations, which yEd, Gephi, Cytoscape and networkx all read. Lists (aliases,
 * claim ids) are joined into one string, since GraphML has no list type; null values
 * are left out rather than written as empty strings.
 */
import type { CellGraph } from './types.js';
import { xmlEscape } from './xml.js';

type KeyType = 'string' | 'double' | 'boolean';
interface KeyDef { id: string; name: string; type: KeyType; read: (a: Record<string, unknown>) => unknown }

const list = (sep: string) => (v: unknown): unknown => (Array.isArray(v) ? v.join(sep) : v);

const NODE_KEYS: KeyDef[] = [
  { id: 'n_name', name: 'name', type: 'string', read: (a) => a['name'] },
  { id: 'n_type', name: 'type', type: 'string', read: (a) => a['type'] },
  { id: 'n_subtype', name: 'subtype', type: 'string', read: (a) => a['subtype'] },
  { id: 'n_aliases', name: 'aliases', type: 'string', read: (a) => list('; ')(a['aliases']) },
  { id: 'n_lat', name: 'lat', type: 'double', read: (a) => a['lat'] },
  { id: 'n_lon', name: 'lon', type: 'double', read: (a) => a['lon'] },
];
const EDGE_KEYS: KeyDef[] = [
  { id: 'e_predicate', name: 'predicate', type: 'string', read: (a) => a['predicate'] },
  { id: 'e_valid_from', name: 'valid_from', type: 'string', read: (a) => a['valid_from'] },
  { id: 'e_valid_to', name: 'valid_to', type: 'string', read: (a) => a['valid_to'] },
  { id: 'e_status', name: 'status', type: 'string', read: (a) => a['status'] },
  { id: 'e_disputed', name: 'disputed', type: 'boolean', read: (a) => a['disputed'] },
  { id: 'e_confidence', name: 'confidence', type: 'double', read: (a) => a['confidence'] },
  { id: 'e_claims', name: 'claims', type: 'string', read: (a) => list(' ')(a['claims']) },
  { id: 'e_denials', name: 'denials', type: 'string', read: (a) => list(' ')(a['denials']) },
];

function dataLines(keys: KeyDef[], attrs: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const v = k.read(attrs);
    if (v === null || v === undefined || v === '') continue;
    out.push(`${indent}<data key="${k.id}">${xmlEscape(String(v))}</data>`);
  }
  return out;
}

export function toGraphML(graph: CellGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS) lines.push(`  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`);
  for (const k of EDGE_KEYS) lines.push(`  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`);
  lines.push('  <graph id="cellgraph" edgedefault="directed">');
  graph.forEachNode((node, attrs) => {
    lines.push(`    <node id="${xmlEscape(node)}">`, ...dataLines(NODE_KEYS, attrs, '      '), '    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(`    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">`,
      ...dataLines(EDGE_KEYS, attrs, '      '), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
