import { useEffect, useRef } from 'react';
import { useDashboard } from '../../store/store';

/** The déclaration d'accessibilité: what was tested, how, and what is known not to work. */
export function AccessibilityStatement() {
  const setPage = useDashboard((s) => s.setPage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <main id="contenu" className="statement">
      <p>
        <a
          href="./"
          onClick={(event) => {
            event.preventDefault();
            setPage('dashboard');
          }}
        >
          ← Retour au tableau de bord
        </a>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        Déclaration d’accessibilité
      </h1>
      <p>
        Ce tableau de bord des pôles de compétitivité s’engage à être accessible conformément au référentiel
        général d’amélioration de l’accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA.
        La présente déclaration s’applique au tableau de bord lui-même, dans sa version en ligne et dans sa
        version en un seul fichier.
      </p>

      <h2>État de conformité</h2>
      <p>
        <strong>Non conforme.</strong> Aucun audit complet des 106 critères du RGAA n’a encore été réalisé :
        en l’absence d’un tel audit, le référentiel impose de déclarer le service non conforme, même si les
        vérifications décrites ci-dessous n’ont relevé aucun défaut.
      </p>

      <h2>Ce qui a été vérifié, et comment</h2>
      <ul>
        <li>
          <strong>Tests automatiques à chaque modification</strong> (suite de tests dans un navigateur
          Chromium) : analyse axe-core de toutes ses règles (WCAG 2.0 et 2.1 de niveaux A et AA, et bonnes
          pratiques), sans aucune violation tolérée, sur le tableau de bord, avec tous les tableaux ouverts et
          un filtre actif, dans le thème clair et dans le thème sombre, en mode présentation et sur cette
          page.
        </li>
        <li>
          <strong>Parcours au clavier</strong> : un test parcourt toute la page avec la touche Tab et vérifie
          que chaque commande est atteinte dans un ordre logique, que le focus est toujours visible et
          qu’aucun élément ne piège le focus ; les filtres, les tris, les exports et le mode présentation
          s’utilisent entièrement au clavier.
        </li>
        <li>
          <strong>Graphiques</strong> : chaque graphique a un titre, une phrase de synthèse calculée à partir
          des données qui lui sert de description, un tableau de données équivalent (bouton « Tableau ») et un
          export CSV. Les valeurs sont écrites sur les barres ; les estimations sont hachurées et nommées «
          estimé » ; un filtre actif est signalé par « ✓ » et pas seulement par la couleur.
        </li>
        <li>
          <strong>Contrastes</strong> : les couleurs des marques atteignent au moins 3:1 et celles des textes
          au moins 4,5:1 dans les deux thèmes (vérifié par axe-core pour les textes et par calcul pour la
          palette des graphiques).
        </li>
        <li>
          <strong>Agrandissement et petits écrans</strong> : la page s’affiche sans défilement horizontal de
          390 à 1920 pixels de large.
        </li>
      </ul>

      <h2>Limites connues</h2>
      <ul>
        <li>
          Aucun test n’a encore été mené avec des lecteurs d’écran (NVDA, JAWS, VoiceOver) ni avec des
          utilisateurs en situation de handicap.
        </li>
        <li>
          Un clic sur une barre filtre le tableau de bord ; au clavier, la même action passe par les listes de
          filtres en haut de page.
        </li>
        <li>
          Les images exportées (PNG, SVG) reprennent le titre, la synthèse, la légende et la source, mais pas
          le tableau de données.
        </li>
      </ul>

      <h2>Technologies utilisées</h2>
      <p>HTML, CSS, JavaScript (React), SVG.</p>

      <h2>Signaler un défaut</h2>
      <p>
        Si un contenu ou une fonction vous est inaccessible, signalez-le par le gestionnaire de tickets du
        projet en décrivant la page, la commande et l’outil utilisé : une alternative accessible vous sera
        proposée. Si vous n’obtenez pas de réponse, vous pouvez saisir le Défenseur des droits.
      </p>
      <p className="statement-date">Déclaration établie le 26 novembre 2026.</p>
    </main>
  );
}
