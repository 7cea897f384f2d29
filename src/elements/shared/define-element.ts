/**
 * Registers a custom element unless the tag is taken, so two copies of the kit on one page
 * (a partner's bundle plus the script tag) do not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
