import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EmbedCodes } from './card-frame';
import { useModal } from './use-modal';

interface Props {
  /** The card's title. */
  readonly title: string;
  readonly codes: EmbedCodes;
  readonly onClose: () => void;
}

const REFUSED =
  'Le navigateur a refusé la copie\u202f: le texte est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).';

/** « Intégrer »: the iframe code and the card's own address, each with a copy button, in a modal dialog. */
export function EmbedDialog({ title, codes, onClose }: Props) {
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
      setStatus(REFUSED);
    }
  };

  return createPortal(
    <div className="embed-overlay">
      <div ref={ref} className="embed-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{`Intégrer «\u202f${title}\u202f»`}</h2>
        <p>
          Collez ce code dans une page de votre site&#8239;: le graphique s’y affiche seul, avec les filtres
          actuels, et l’iframe prend la hauteur du graphique.
        </p>
        <label htmlFor={codeId}>Code d’intégration (iframe)</label>
        <textarea id={codeId} ref={codeRef} readOnly rows={9} value={codes.iframe} spellCheck={false} />
        <button
          type="button"
          onClick={() => void copy(codeRef.current, 'Copié\u202f: le code d’intégration.')}
        >
          Copier le code
        </button>
        <label htmlFor={linkId}>Lien direct vers le graphique seul</label>
        <input id={linkId} ref={linkRef} type="text" readOnly value={codes.link} spellCheck={false} />
        <button type="button" onClick={() => void copy(linkRef.current, 'Copié\u202f: le lien direct.')}>
          Copier le lien
        </button>
        <p className="embed-status" role="status">
          {status}
        </p>
        <button type="button" className="embed-close" onClick={onClose}>
          Fermer
        </button>
      </div>
    </div>,
    document.body,
  );
}
