/**
 * The pure parts of the link check (src/plugins/link-check.ts): the internal links and the ids of
 * a built HTML page, and the file a site path is served from. Plain strings in and out.
 */

/** A link found on a page: the attribute's value, HTML-decoded, as the browser would follow it. */
export interface FoundLink {
  /** `href` or `src`. */
  attribute: string;
  /** The value as written in the page, decoded: `/kent/#clause-10.4`. */
  href: string;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an attribute value: `&amp;`, `&#39;`, `&#x2F;`. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Script, style and comment bodies are not markup: a string in a script is not a link. */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Every start tag of a page with its attributes, decoded. */
function* tags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
  for (const match of markupOnly(html).matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = a[1]!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    yield { name: match[1]!.toLowerCase(), attributes };
  }
}

/** True for a link into this site: a root-relative path or a fragment, not `//host`, `https:`, `mailto:`... */
export function isInternal(href: string): boolean {
  return (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#');
}

/** The internal links of a page: every `href`, and the `src` of iframes. */
export function linksIn(html: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const { name, attributes } of tags(html)) {
    const href = attributes.get('href');
    if (href !== undefined && isInternal(href.trim())) found.push({ attribute: 'href', href: href.trim() });
    const src = attributes.get('src');
    if (name === 'iframe' && src !== undefined && isInternal(src.trim())) found.push({ attribute: 'src', href: src.trim() });
  }
  return found;
}

/** The targets a fragment can land on: every `id`, and the `name` of anchors. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of tags(html)) {
    const id = attributes.get('id');
    if (id) ids.add(id);
    const anchor = attributes.get('name');
    if (name === 'a' && anchor) ids.add(anchor);
  }
  return ids;
}

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/**
 * Splits an internal link into the page path and the fragment, dropping any query string:
 * `/kent/?q=x#clause-10.4` → `{ path: '/kent/', fragment: 'clause-10.4' }`. A bare `#x` has path
 * `undefined` (the same page). Both parts are percent-decoded.
 */
export function splitLink(href: string): { path: string | undefined; fragment: string | undefined } {
  const hash = href.indexOf('#');
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? undefined : decode(href.slice(hash + 1));
  const query = beforeHash.indexOf('?');
  const path = query < 0 ? beforeHash : beforeHash.slice(0, query);
  return { path: path === '' ? undefined : decode(path), fragment };
}

/**
 * The files, relative to the output directory, that may serve a site path, most likely first:
 * `/x/` → `x/index.html`; `/x.json` → `x.json`; `/x` → `x`, `x/index.html`, `x.html`.
 */
export function filesFor(path: string): string[] {
  const relative = path.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  const last = relative.slice(relative.lastIndexOf('/') + 1);
  if (last.includes('.')) return [relative];
  return [relative, `${relative}/index.html`, `${relative}.html`];
}

/** The site path of a built page: `kent/index.html` → `/kent/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  const relative = file.split('\\').join('/');
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}
