import type { ReactNode } from 'react';
import type { CardFrame } from './card-frame';

interface Props {
  readonly frame: CardFrame;
  readonly id?: string;
  readonly children: ReactNode;
}

/** The card's title: the page's heading in an iframe, a heading under the section's elsewhere. */
export function CardTitle({ frame, id, children }: Props) {
  return frame.mode === 'embed' ? <h1 id={id}>{children}</h1> : <h3 id={id}>{children}</h3>;
}
