/**
 * The page's whole way of making markup: elements and text nodes, never an HTML string. Residents'
 * questions come from other residents, so no text ever reaches the parser (no innerHTML anywhere in
 * the page; a test scans for it). Attributes named on* and style are refused: handlers go in `on`,
 * looks go in classes (the gateway's CSP forbids inline styles anyway).
 */
export type Child = VNode | string | null | undefined | false;
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

export interface VNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
  on: Readonly<Record<string, (event: Event) => void>>;
  ref: ((element: Element) => void) | null;
}

export interface Extras {
  on?: Readonly<Record<string, (event: Event) => void>>;
  ref?: (element: Element) => void;
}

export function h(tag: string, attrs: Attrs | null, children: Child[] = [], extras: Extras = {}): VNode {
  return { tag, attrs: attrs ?? {}, children, on: extras.on ?? {}, ref: extras.ref ?? null };
}

/** The DOM the page needs: what `document` offers, narrowed so a test can hand in a stand-in. */
export interface DomNodeLike {
  appendChild(child: DomNodeLike): unknown;
}
export interface DomElementLike extends DomNodeLike {
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
}
export interface DomLike {
  createElement(tag: string): DomElementLike;
  createTextNode(text: string): DomNodeLike;
}

const REFUSED_ATTR = /^(on|style$|srcdoc$)/i;

export function mount(node: Child, doc: DomLike): DomNodeLike | null {
  if (node === null || node === undefined || node === false) return null;
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const name of Object.keys(node.attrs)) {
    if (REFUSED_ATTR.test(name)) throw new Error(`attribute ${name} is not allowed`);
    const value = node.attrs[name];
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const type of Object.keys(node.on)) {
    const listener = node.on[type];
    if (listener) element.addEventListener(type, listener);
  }
  for (const child of node.children) {
    const mounted = mount(child, doc);
    if (mounted) element.appendChild(mounted);
  }
  if (node.ref) node.ref(element as unknown as Element);
  return element;
}

/** Replaces a region's content (replaceChildren is too new for the target browsers). */
export function replaceContent(region: Element, nodes: Child[], doc: DomLike): void {
  while (region.firstChild) region.removeChild(region.firstChild);
  for (const node of nodes) {
    const mounted = mount(node, doc);
    if (mounted) region.appendChild(mounted as unknown as Node);
  }
}
