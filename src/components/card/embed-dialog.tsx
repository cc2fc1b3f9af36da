import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n-context';
import type { EmbedCodes } from './card-frame';
import { useModal } from './use-modal';

interface Props {
  /** The card's title. */
  readonly title: string;
  readonly codes: EmbedCodes;
  readonly onClose: () => void;
}

/** « Intégrer »: the iframe code and the card's own address, each with a copy button, in a modal dialog. */
export function EmbedDialog({ title, codes, onClose }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const codeId = useId();
  const linkId = useId();
  const [status, setStatus] = useState('');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const ref = useModal<HTMLDivElement>(onClose);

  useEffect(() => codeRef.current?.focus(), []);

  const copy = async (field: HTMLTextAreaElement | HTMLInputElement | null, done: string) => {
    if (field === null) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setStatus(done);
    } catch {
      // No clipboard (a page served over plain HTTP) or a refusal: the reader copies it by hand.
      field.focus();
      field.select();
      setStatus(t('card.embed.refused'));
    }
  };

  return createPortal(
    <div className="embed-overlay">
      <div ref={ref} className="embed-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('card.embed.title', { title })}</h2>
        <p>{t('card.embed.intro')}</p>
        <label htmlFor={codeId}>{t('card.embed.code')}</label>
        <textarea id={codeId} ref={codeRef} readOnly rows={9} value={codes.iframe} spellCheck={false} />
        <button type="button" onClick={() => void copy(codeRef.current, t('card.embed.codeCopied'))}>
          {t('card.embed.copyCode')}
        </button>
        <label htmlFor={linkId}>{t('card.embed.link')}</label>
        <input id={linkId} ref={linkRef} type="text" readOnly value={codes.link} spellCheck={false} />
        <button type="button" onClick={() => void copy(linkRef.current, t('card.embed.linkCopied'))}>
          {t('card.embed.copyLink')}
        </button>
        <p className="embed-status" role="status">
          {status}
        </p>
        <button type="button" className="embed-close" onClick={onClose}>
          {t('card.embed.close')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
