import { useId, useState } from 'react';
import { useI18n } from '../../components/i18n-context';
import { downloadCsv } from '../../lib/csv-export';
import type { ViewAction } from '../../model/view';
import { FrenchParts } from './french-parts';
import { PeerList } from './peer-list';
import type { ProfileModel } from './profile-view';

type PoleProfile = Extract<ProfileModel, { kind: 'pole' }>;

interface Props {
  readonly model: PoleProfile;
  readonly onAction: (action: ViewAction) => void;
  /** The data come from an import: the Excel fiche says « données importées ». */
  readonly imported?: boolean;
}

/** The facts of one pole, where they come from, its doubt and notes, and where it stands among its peers. */
export function ProfileBody({ model, onAction, imported = false }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  // The data's own French text (doubt, notes, the release's words) is marked so in a page in another language.
  const dataLang = lang === 'fr' ? undefined : 'fr';
  const statusId = useId();
  const peersId = useId();
  const { compare } = model;
  const [sheetError, setSheetError] = useState<string | null>(null);
  const downloadSheet = async () => {
    try {
      const { downloadXlsx } = await import('../../lib/xlsx-export');
      const about = {
        title: model.title,
        caption: null,
        sources: [model.source.citation],
        filters: null,
        exportedAt: new Date(),
        imported,
      };
      downloadXlsx(model.sheet, about, `${model.exportName}.xlsx`, i18n);
      setSheetError(null);
    } catch (failure) {
      setSheetError(
        t('card.export.excelFailed', {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };
  return (
    <div className="profile-body">
      <p className="profile-summary">{model.summary}</p>
      <div className="profile-actions">
        <button
          type="button"
          className="primary"
          onClick={() => onAction(compare.action)}
          disabled={compare.disabled}
          aria-describedby={statusId}
        >
          {compare.label}
        </button>
        <button type="button" onClick={() => downloadCsv(model.csv, `${model.exportName}.csv`)}>
          {t('profile.body.downloadCsv')}
        </button>
        <button type="button" onClick={() => void downloadSheet()}>
          {t('profile.body.downloadExcel')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('profile.body.print')}
        </button>
        <p id={statusId} className="profile-compare-status" role="status">
          {compare.reason ?? compare.status}
        </p>
        {sheetError === null ? null : (
          <p className="notice" role="alert">
            {sheetError}
          </p>
        )}
      </div>
      {model.quote === null ? null : (
        <figure className="profile-quote">
          <blockquote cite={model.quote.url ?? undefined} lang={dataLang}>
            <p>{t('profile.body.quote', { text: model.quote.text })}</p>
          </blockquote>
          <figcaption>
            {i18n.rich('profile.body.quoteCaption', {
              citation: <FrenchParts key="citation" text={model.quote.citation} parts={model.sourceTitles} />,
            })}
          </figcaption>
        </figure>
      )}
      <div className="profile-columns">
        <div className="profile-facts">
          <table className="data-table">
            <caption>{t('profile.body.factsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profile.body.fact')}</th>
                <th scope="col">{t('profile.body.value')}</th>
                <th scope="col" className="profile-fact-source">
                  {t('profile.body.sourceAndDate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.facts.map((fact) => (
                <tr key={fact.key}>
                  <th scope="row">{fact.label}</th>
                  <td>
                    {fact.value}
                    {/* On a narrow screen the source goes under the value: one of the two is ever shown. */}
                    <span className="profile-fact-inline-source">{fact.source}</span>
                  </td>
                  <td className="profile-fact-source">{fact.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="profile-source">
            <strong>{t('profile.body.sourceLabel')}</strong>{' '}
            <FrenchParts text={model.source.citation} parts={model.sourceTitles} />
            {model.source.url === null ? '.' : '. '}
            {model.source.url === null ? null : <a href={model.source.url}>{t('profile.body.sourceLink')}</a>}
            <span className="profile-source-why"> {t('profile.body.sourceWhy')}</span>
          </p>
          {model.doubt === null ? (
            <p className="profile-doubt">
              <strong>{t('profile.body.doubtLabel')}</strong> {t('profile.body.doubtNone')}
            </p>
          ) : (
            <p className="notice profile-doubt" role="note">
              <strong>{t('profile.body.doubtLabel')}</strong> <span lang={dataLang}>{model.doubt}</span>
            </p>
          )}
          <p className="profile-notes">
            <strong>{t('profile.body.notesLabel')}</strong>{' '}
            {model.notes === null ? t('profile.body.notesNone') : <span lang={dataLang}>{model.notes}</span>}
          </p>
        </div>
        <section className="profile-peers" aria-labelledby={peersId}>
          <h3 id={peersId}>{t('profile.body.peersTitle')}</h3>
          {model.peers.map((group) => (
            <PeerList key={group.key} group={group} />
          ))}
        </section>
      </div>
    </div>
  );
}
