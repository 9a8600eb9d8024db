// Starts a govuk-frontend JavaScript component on the element a ref points at,
// once. govuk-frontend marks initialised roots with `data-<module>-init`, so a
// second run (React's StrictMode, a re-render) is skipped rather than throwing.
import { useEffect, type RefObject } from "react";

interface ComponentClass {
  new ($root: Element): unknown;
  moduleName?: string;
}

export function useGovukComponent(ref: RefObject<HTMLElement | null>, Component: ComponentClass) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (Component.moduleName && root.hasAttribute(`data-${Component.moduleName}-init`)) return;
    try {
      new Component(root);
    } catch (error) {
      // An unsupported browser still gets the plain HTML, which works without JS.
      console.warn(error);
    }
  }, [ref, Component]);
}
