import { useMemo } from 'react';
import { useI18n } from '../../components/i18n-context';
import { labelIndex } from '../../selectors/labels';
import { useDashboard } from '../../store/store';
import { SearchBox } from './search-box';

/** The search field of the page: choosing a pole opens its profile. */
export function PoleSearch() {
  const poles = useDashboard((s) => s.files.poles.rows);
  const themes = useDashboard((s) => s.files.themes.rows);
  const setProfile = useDashboard((s) => s.setProfile);
  const { lang } = useI18n();
  const themeLabel = useMemo(() => labelIndex(themes, lang), [themes, lang]);
  return <SearchBox poles={poles ?? []} themeLabel={themeLabel} onChoose={setProfile} />;
}
