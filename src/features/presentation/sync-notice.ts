import type { SyncStatus } from './use-deck-sync';

export const FILE_REFUSED =
  'La synchronisation entre fenêtres n’est pas possible depuis un fichier ouvert localement : ce navigateur refuse le canal entre fenêtres. Chaque fenêtre reste utilisable seule, avec son clavier ; pour les relier, ouvrez le tableau de bord depuis un serveur.';

/** What the presenter is told about the link with the audience's window; null when there is nothing to say. */
export function syncNotice(status: SyncStatus, fromFile: boolean, presenter: boolean): string | null {
  switch (status) {
    case 'unavailable':
      return fromFile
        ? FILE_REFUSED
        : 'Ce navigateur ne permet pas la synchronisation entre fenêtres : chaque fenêtre reste utilisable seule, avec son clavier.';
    case 'linked':
      return presenter ? 'Fenêtre du public reliée : elle suit cette vue, et cette vue la suit.' : null;
    case 'alone':
      if (!presenter) return null;
      return fromFile
        ? 'Aucune fenêtre du public reliée. Ouvrez la présentation dans une autre fenêtre de ce navigateur ; depuis un fichier ouvert localement, certains navigateurs ne relient pas les fenêtres, et chacune reste alors utilisable seule.'
        : 'Aucune fenêtre du public reliée : ouvrez la présentation (« Présenter ») dans une autre fenêtre de ce navigateur, elle suivra cette vue.';
  }
}
