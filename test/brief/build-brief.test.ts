/** The pure builder: marking is the most restrictive cited, and the CLI refuses bad flags. */
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { fixtureLedger } from '../cli/fixture-ledger.js';
import { projectGraph } from '../../src/graph/project.js';
import { buildBrief, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { registerBrief } from '../../src/cli/commands/brief.js';
import { bufferIo } from '../../src/cli/io.js';

function build(mark: (l: ReturnType<typeof fixtureLedger>) => void) {
  const l = fixtureLedger();
  mark(l);
  const input = { entities: l.entities, claims: l.claims, events: l.events, documents: l.documents } as never;
  return buildBrief({
    graphInput: input, graph: projectGraph(input, {}), documents: l.documents as never,
    topic: null, since: null, asOf: null, includeProposed: false,
  });
}

describe('buildBrief', () => {
  it('marks the brief with the most restrictive marking it cites', () => {
    expect(build(() => {}).marking).toBe('TLP:CLEAR');
    const b = build((l) => { (l.claims.find((c) => c.id === 'clm_hsk_leads') as { marking: string }).marking = 'TLP:AMBER'; });
    expect(b.marking).toBe('TLP:AMBER');
    expect(renderMarkdown(b).startsWith('**TLP:AMBER**')).toBe(true);
    expect(renderHtml(b).match(/>TLP:AMBER</g)).toHaveLength(2);
  });

  it('cites nothing from rejected claims', () => {
    const b = build((l) => { for (const c of l.claims) (c as { status: string }).status = 'rejected'; });
    expect(b.leadership.every((s) => s.claims.length === 0)).toBe(true);
    expect(b.footnotes.some((f) => f.quote.startsWith('Jamaat-ul-Ahrar broke away'))).toBe(false);
  });
});

describe('brief command', () => {
  const run = (...args: string[]) => {
    const program = new Command().exitOverride();
    registerBrief(program, bufferIo());
    return program.parseAsync(['node', 'cellgraph', 'brief', '--db', '/nonexistent/never.db', ...args]);
  };
  it('refuses an unknown format and a PDF without --out', async () => {
    await expect(run('--format', 'docx')).rejects.toThrow('unknown format "docx"');
    await expect(run('--format', 'pdf')).rejects.toThrow('a PDF brief needs --out FILE');
    await expect(run('--since', '2016', '--as-of', '2015')).rejects.toThrow('--since 2016 is after --as-of 2015');
  });
});
