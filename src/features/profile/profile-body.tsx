import { useId, useState } from 'react';
import { downloadCsv } from '../../lib/csv-export';
import type { ViewAction } from '../../model/view';
import { PeerList } from './peer-list';
import type { ProfileModel } from './profile-view';

type PoleProfile = Extract<ProfileModel, { kind: 'pole' }>;

interface Props {
  readonly model: PoleProfile;
  readonly onAction: (action: ViewAction) => void;
  /** The data come from an import: the Excel fiche says « données importées ». */
  readonly imported?: boolean;
}

const COLON = '\u00a0:';

/** The facts of one pole, where they come from, its doubt and notes, and where it stands among its peers. */
export function ProfileBody({ model, onAction, imported = false }: Props) {
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
      downloadXlsx(model.sheet, about, `${model.exportName}.xlsx`);
      setSheetError(null);
    } catch (failure) {
      setSheetError(
        `Export Excel impossible : ${failure instanceof Error ? failure.message : String(failure)}`,
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
          Télécharger la fiche en CSV
        </button>
        <button type="button" onClick={() => void downloadSheet()}>
          Télécharger la fiche en Excel
        </button>
        <button type="button" onClick={() => window.print()}>
          Imprimer la fiche
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
          <blockquote cite={model.quote.url ?? undefined}>
            <p>
              «{'\u00a0'}
              {model.quote.text}
              {'\u00a0'}»
            </p>
          </blockquote>
          <figcaption>
            Le domaine du pôle dans les mots du communiqué{COLON} {model.quote.citation}.
          </figcaption>
        </figure>
      )}
      <div className="profile-columns">
        <div className="profile-facts">
          <table className="data-table">
            <caption>Faits et sources</caption>
            <thead>
              <tr>
                <th scope="col">Fait</th>
                <th scope="col">Valeur</th>
                <th scope="col" className="profile-fact-source">
                  Source et date
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
            <strong>Source{COLON}</strong> {model.source.citation}
            {model.source.url === null ? '.' : '. '}
            {model.source.url === null ? null : <a href={model.source.url}>Consulter la source</a>}
            <span className="profile-source-why">
              {' '}
              La ligne du pôle a été vérifiée dans cette source{'\u00a0'}; les notes en citent d’autres.
            </span>
          </p>
          {model.doubt === null ? (
            <p className="profile-doubt">
              <strong>Réserve{COLON}</strong> aucune.
            </p>
          ) : (
            <p className="notice profile-doubt" role="note">
              <strong>Réserve{COLON}</strong> {model.doubt}
            </p>
          )}
          <p className="profile-notes">
            <strong>Notes{COLON}</strong> {model.notes ?? 'aucune.'}
          </p>
        </div>
        <section className="profile-peers" aria-labelledby={peersId}>
          <h3 id={peersId}>Parmi les pôles du même thème et de la même région</h3>
          {model.peers.map((group) => (
            <PeerList key={group.key} group={group} />
          ))}
        </section>
      </div>
    </div>
  );
}
