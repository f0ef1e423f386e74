/**
 * A tiny element builder for the extension's pages and the guard's notice. Text always goes in as
 * text nodes, never as HTML, so nothing from a verdict or an address can inject markup.
 * (appendChild, not append: the Worker's types redeclare Element.append for HTMLRewriter.)
 */
export type Child = Node | string | null | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  return fill(el, ...children)
}

/** Replaces an element's content with `children`, skipping the empty ones. */
export function fill<E extends Node>(el: E, ...children: Child[]): E {
  while (el.firstChild) el.removeChild(el.firstChild)
  for (const child of children) {
    if (child) el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return el
}
