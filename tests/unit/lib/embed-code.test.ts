import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_EMBED_HEIGHT,
  HEIGHT_MESSAGE_TYPE,
  heightMessage,
  iframeCode,
  reportHeight,
} from '../../../src/lib/embed-code';

describe('heightMessage', () => {
  it('names the dashboard, the card and its height in whole pixels, rounded up so that nothing is cut', () => {
    expect(heightMessage('adherents', 412.2)).toEqual({
      type: 'poles-competitivite:height',
      id: 'adherents',
      height: 413,
    });
    expect(HEIGHT_MESSAGE_TYPE).toBe('poles-competitivite:height');
  });
});

describe('iframeCode', () => {
  const code = iframeCode(
    'https://exemple.fr/?embed=adherents&theme=energie',
    'Adhérents des pôles du Centre – Pôles de compétitivité',
    'https://exemple.fr',
  );

  it('gives the iframe, its title, a full width and a starting height', () => {
    expect(code.split('\n')[0]).toBe(
      `<iframe src="https://exemple.fr/?embed=adherents&amp;theme=energie" title="Adhérents des pôles du Centre – Pôles de compétitivité" width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="border: 0; max-width: 1200px" loading="lazy"></iframe>`,
    );
  });

  it('adds a script that trusts the dashboard’s origin only and sizes the frame the message came from', () => {
    expect(code).toContain(
      `event.origin !== "https://exemple.fr" || event.data?.type !== '${HEIGHT_MESSAGE_TYPE}'`,
    );
    expect(code).toContain('frame.contentWindow === event.source');
    expect(code).toContain('frame.style.height = `${event.data.height}px`');
  });

  it('escapes quotes and angle brackets in the address, the title and the origin', () => {
    const odd = iframeCode('https://x/?embed="a"', 'A <b> & "c"', 'https://x</script>');
    expect(odd).toContain('src="https://x/?embed=&quot;a&quot;"');
    expect(odd).toContain('title="A &lt;b&gt; &amp; &quot;c&quot;"');
    expect(odd).not.toContain('https://x</script>');
    expect(odd.match(/<\/script>/g)).toHaveLength(1);
  });

  it('is a script a page can run: it sizes the iframe the message came from, and ignores other origins', () => {
    const script = /<script>\n([\s\S]*)<\/script>/.exec(code)?.[1] ?? '';
    document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
    const [a, b] = [...document.querySelectorAll('iframe')];
    const listeners: ((event: MessageEvent) => void)[] = [];
    const addEventListener = (_type: string, listener: (event: MessageEvent) => void) =>
      listeners.push(listener);
    runInNewContext(script, { addEventListener, document });
    const send = (origin: string, height: number) =>
      listeners.forEach((listener) =>
        listener(
          new MessageEvent('message', {
            origin,
            source: b?.contentWindow ?? null,
            data: heightMessage('x', height),
          }),
        ),
      );
    send('https://ailleurs.fr', 999);
    expect(b?.style.height).toBe('');
    send('https://exemple.fr', 480);
    expect(b?.style.height).toBe('480px');
    expect(a?.style.height).toBe('');
  });
});

describe('reportHeight', () => {
  /** An element whose height the test sets, and an observer the test triggers. */
  function setup(height: { value: number }) {
    const element = document.createElement('div');
    element.getBoundingClientRect = () => DOMRect.fromRect({ width: 320, height: height.value });
    const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
    const observe = (callback: () => void) => {
      const observed: Element[] = [];
      const observer = { callback, observed, disconnected: false };
      observers.push(observer);
      return {
        observe: (target: Element) => observer.observed.push(target),
        disconnect: () => {
          observer.disconnected = true;
        },
      };
    };
    return { element, observers, observe };
  }

  it('posts the height at once, then each time it changes, and stops when disconnected', () => {
    const height = { value: 400.4 };
    const { element, observers, observe } = setup(height);
    const parent = { postMessage: vi.fn() };
    const stop = reportHeight(element, 'carte', parent, observe);
    expect(observers[0]?.observed).toEqual([element]);
    expect(parent.postMessage).toHaveBeenLastCalledWith(heightMessage('carte', 401), '*');

    height.value = 520;
    observers[0]?.callback();
    expect(parent.postMessage).toHaveBeenLastCalledWith(heightMessage('carte', 520), '*');
    // The same height again says nothing new.
    observers[0]?.callback();
    expect(parent.postMessage).toHaveBeenCalledTimes(2);

    stop();
    expect(observers[0]?.disconnected).toBe(true);
  });
});
