import { useId } from 'react';
import { useI18n } from '../../components/i18n-context';
import { profileHref } from '../../store/url-state';
import type { PeerEntry, PeerGroup } from './profile-peers';

/** A peer's name: a link to its profile, or plain text for the pole whose profile is open. */
function PeerName({ peer }: { readonly peer: PeerEntry }) {
  const { t } = useI18n();
  if (peer.self)
    return (
      <strong aria-current="true">
        {peer.name} <span className="peer-self">{t('profile.peers.self')}</span>
      </strong>
    );
  return <a href={profileHref(peer.id)}>{peer.name}</a>;
}

/** The poles of one theme or region: the open pole's rank, then each pole with its count, most members first. */
export function PeerList({ group }: { readonly group: PeerGroup }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <div className="peer-group">
      <h4 id={headingId}>{group.heading}</h4>
      <p className="peer-ranking">{group.ranking}</p>
      {group.ranked.length === 0 ? null : (
        <ol className="peer-list" aria-labelledby={headingId}>
          {group.ranked.map((peer) => (
            <li key={peer.id}>
              <PeerName peer={peer} /> <span className="peer-members">{peer.membersText}</span>
            </li>
          ))}
        </ol>
      )}
      {group.unranked.length === 0 ? null : (
        <div className="peer-unranked">
          <p>{t('profile.peers.unranked', { count: group.unranked.length })}</p>
          <ul className="peer-list">
            {group.unranked.map((peer) => (
              <li key={peer.id}>
                <PeerName peer={peer} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
