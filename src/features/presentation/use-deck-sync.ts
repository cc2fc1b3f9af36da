import { useEffect, useRef, useState } from 'react';
import { channelName, parseSyncMessage, receive, type DeckPosition, type SyncMessage } from './deck-sync';

/** The part of BroadcastChannel the sync uses, so that tests can hand in their own. */
export interface SyncChannel {
  postMessage: (message: SyncMessage) => void;
  close: () => void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type OpenChannel = (name: string) => SyncChannel | null;

/** A BroadcastChannel, or null where the browser has none or refuses it (a page opened from a file, in some browsers). */
export const openBroadcastChannel: OpenChannel = (name) => {
  if (typeof BroadcastChannel !== 'function') return null;
  try {
    return new BroadcastChannel(name);
  } catch {
    return null;
  }
};

/** `unavailable`: no channel; `alone`: no other window heard yet; `linked`: another window answered. */
export type SyncStatus = 'unavailable' | 'alone' | 'linked';

/**
 * Keeps this window's slide in step with the other windows of the same deck, both ways. A window that opens
 * takes the slide of those already open; a move received is not sent back, so two windows never bounce.
 */
export function useDeckSync(
  position: DeckPosition,
  go: (slide: number) => void,
  open: OpenChannel = openBroadcastChannel,
): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>('alone');
  const channelRef = useRef<SyncChannel | null>(null);
  const latest = useRef({ position, go });
  // The slide every window is believed to show: a change to another slide is ours, and is sent.
  const agreed = useRef(position.slide);
  const { deck, slide } = position;

  useEffect(() => {
    latest.current = { position, go };
  });

  useEffect(() => {
    const channel = open(channelName(deck));
    channelRef.current = channel;
    if (channel === null) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the refusal is only known once the channel is asked for
      setStatus('unavailable');
      return;
    }
    channel.onmessage = (event) => {
      const message = parseSyncMessage(event.data);
      if (message === null) return;
      const outcome = receive(message, latest.current.position);
      if (outcome.peer !== null) setStatus(outcome.peer ? 'linked' : 'alone');
      if (outcome.reply !== null) channel.postMessage(outcome.reply);
      if (outcome.goto !== null) {
        agreed.current = outcome.goto;
        latest.current.go(outcome.goto);
      }
    };
    const bye = () => channel.postMessage({ type: 'bye', deck });
    window.addEventListener('pagehide', bye);
    channel.postMessage({ type: 'hello', deck });
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      channel.onmessage = null;
      channel.close();
      channelRef.current = null;
    };
  }, [deck, open]);

  useEffect(() => {
    if (slide === agreed.current) return;
    agreed.current = slide;
    channelRef.current?.postMessage({ type: 'goto', deck, slide });
  }, [deck, slide]);

  return status;
}
