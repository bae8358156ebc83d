/**
 * The little of the DOM that the in-page measurements touch. bench/ compiles for Node without the
 * DOM library, so functions sent to the page reach these through `globalThis` cast to this type.
 * They are serialised by Playwright: they must use nothing from outside their own body.
 */
export interface PageElement {
  hidden: boolean;
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  getBoundingClientRect(): { readonly height: number };
  getAttribute(name: string): string | null;
  addEventListener(
    type: 'click',
    listener: (event: { readonly timeStamp: number }) => void,
    options: { once: boolean; capture: boolean },
  ): void;
  click(): void;
}

export interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null };
  requestAnimationFrame(callback: () => void): number;
  /** Set by armTabAnswer, awaited by readTabAnswer. */
  uiBenchAnswer?: Promise<number>;
}
