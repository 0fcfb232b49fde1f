/**
 * What a briefing can embed, by id: `tool:<rule id>`, `flowchart:<protocol rule id>`,
 * `structure:<trust id>`, `timeline:<plan id>`. Pure: resolves ids against plain data.
 */

export type EmbedKind = 'tool' | 'flowchart' | 'structure' | 'timeline';

export interface EmbedTarget {
  kind: EmbedKind;
  /** The rule, trust or plan id after the colon. */
  ref: string;
  /** How the embed is introduced on the page. */
  label: string;
}

export interface EmbedContext {
  rules: readonly { id: string; kind: string; provision: string; title: string }[];
  trusts: readonly { id: string; name: string }[];
  plans: readonly { id: string; title: string }[];
}

/** Every id a briefing may embed, for error messages and the contributors' guide. */
export function embedIds(context: EmbedContext): string[] {
  return [
    ...context.rules.map((r) => `tool:${r.id}`),
    ...context.rules.filter((r) => r.kind === 'protocol' && r.provision === 'stated').map((r) => `flowchart:${r.id}`),
    ...context.trusts.map((t) => `structure:${t.id}`),
    ...context.plans.map((p) => `timeline:${p.id}`),
  ];
}

export function embedTarget(id: string, context: EmbedContext): EmbedTarget | undefined {
  const [kind, ref = ''] = id.split(':', 2) as [string, string | undefined];
  const rule = context.rules.find((r) => r.id === ref);
  switch (kind) {
    case 'tool':
      return rule ? { kind, ref, label: `Tool: ${rule.title}` } : undefined;
    case 'flowchart':
      return rule && rule.kind === 'protocol' && rule.provision === 'stated' ? { kind, ref, label: `Flowchart: ${rule.title}` } : undefined;
    case 'structure': {
      const trust = context.trusts.find((t) => t.id === ref);
      return trust ? { kind, ref, label: `Diagram: governance structure of the ${trust.name}` } : undefined;
    }
    case 'timeline': {
      const plan = context.plans.find((p) => p.id === ref);
      return plan ? { kind, ref, label: `Timeline: ${plan.title}` } : undefined;
    }
    default:
      return undefined;
  }
}

/** The `<Embed id="…">` and `<Source document from to>` uses in a briefing's MDX, with their lines. */
export function briefingReferences(source: string): { embeds: { id: string; line: number }[]; sources: { document: string; from: string; to: string; line: number }[] } {
  const embeds: { id: string; line: number }[] = [];
  const sources: { document: string; from: string; to: string; line: number }[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    for (const m of text.matchAll(/<Embed\b[^>]*\bid="([^"]*)"/g)) embeds.push({ id: m[1]!, line: i + 1 });
    for (const m of text.matchAll(/<Source\b([^>]*)\/?>/g)) {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
      sources.push({ document: attr('document'), from: attr('from'), to: attr('to'), line: i + 1 });
    }
  });
  return { embeds, sources };
}
