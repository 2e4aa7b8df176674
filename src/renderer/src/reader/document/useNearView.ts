/**
 * Whether an element has come near the visible part of its scrolling container: within `margin`
 * pixels of it, so that what it draws is ready by the time it scrolls into view. Once true it
 * stays true. A print of the page also counts, so that what was not yet scrolled to can still be
 * drawn for it where printing waits for it (saving as PDF).
 */
import { useEffect, useState } from 'react';

export function useNearView(ref: React.RefObject<HTMLElement | null>, margin: number): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      // The margin applies to the root only, so the root must be the container that clips the element.
      root: scrollingAncestor(element),
      rootMargin: `${margin}px 0px`
    });
    observer.observe(element);
    const beforePrint = () => setNear(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ref, margin, near]);
  return near;
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}
