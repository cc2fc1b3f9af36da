import { useEffect, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { rowsOf, type FileStates } from '../../data/dataset';
import { useI18n } from '../../components/i18n-context';
import type { CardView, ViewAction } from '../../model/view';
import { ProfileBody } from './profile-body';
import { buildProfile } from './profile-view';
import { useProfileLinks } from './use-profile-links';
import { useReturnFocus } from './use-return-focus';

interface Props {
  readonly files: FileStates;
  /** The id from the address: it may match no pole. */
  readonly id: string;
  readonly view: CardView;
  readonly onAction: (action: ViewAction) => void;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
  /** Where « Voir la liste des pôles » takes the focus once the profile is closed. */
  readonly listTarget: () => HTMLElement | null;
  /** The search field, offered when the id matches no pole. */
  readonly search: ReactNode;
  /** Told when the dialog is on the page and when it leaves it: the page behind is inert only meanwhile. */
  readonly onShown?: (shown: boolean) => void;
}

/**
 * A pole's profile, in a modal dialog over the dashboard. Escape, the close button and Back close it; the focus
 * and the scroll position then return to where the reader was.
 */
export function ProfileDialog({
  files,
  id,
  view,
  onAction,
  onOpen,
  onClose,
  listTarget,
  search,
  onShown,
}: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const redirectFocus = useReturnFocus('contenu');
  const onLinkClick = useProfileLinks(onOpen);
  const loading = files.poles.status === 'loading' && files.poles.rows === null;
  const failed = files.poles.status === 'error' && files.poles.rows === null;
  const model = useMemo(() => buildProfile(rowsOf(files), id, view, i18n), [files, id, view, i18n]);

  useLayoutEffect(() => {
    onShown?.(true);
    return () => onShown?.(false);
  }, [onShown]);

  // Each profile opened (a peer's too) starts at its title.
  useEffect(() => headingRef.current?.focus(), [id, loading]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const title = loading || failed ? t('profile.dialog.title') : model.title;
  const showList = () => {
    redirectFocus(listTarget);
    onClose();
  };

  return (
    // The overlay only passes on clicks on profile links; the keyboard reaches them as links.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div className="profile-overlay" onClick={onLinkClick}>
      <div className="profile" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="profile-head">
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          <button
            type="button"
            className="profile-close"
            onClick={onClose}
            aria-label={t('profile.dialog.close')}
          >
            <span aria-hidden="true">×</span> {t('profile.dialog.closeShort')}
          </button>
        </div>
        {loading ? (
          <p role="status">{t('profile.dialog.loading')}</p>
        ) : failed ? (
          <p className="error-panel" role="alert">
            {t('profile.dialog.failed')}
          </p>
        ) : model.kind === 'unknown' ? (
          <div className="profile-unknown">
            <p className="notice" role="alert">
              {model.message}
            </p>
            <p>{t('profile.dialog.unknownHelp')}</p>
            {search}
            <p>
              <button type="button" onClick={showList}>
                {t('profile.dialog.showList')}
              </button>
            </p>
          </div>
        ) : (
          <ProfileBody model={model} onAction={onAction} />
        )}
      </div>
    </div>
  );
}
