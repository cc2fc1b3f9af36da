import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The audience's slide is laid out at this size, then scaled to the box, so the preview looks as the room sees it. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/** A slide drawn at projector size and scaled down; inert, since the audience's window is where it is used. */
export function SlidePreview({ children }: { readonly children: ReactNode }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const box = boxRef.current;
    if (box === null || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth > 0) setScale(box.clientWidth / STAGE_WIDTH);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={boxRef} className="slide-preview" style={{ height: Math.round(STAGE_HEIGHT * scale) }}>
      <div
        className="slide-stage"
        inert
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `scale(${scale})` }}
      >
        <div className="slide">{children}</div>
      </div>
    </div>
  );
}
