import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_IDS } from '../../machines/rules';

/** The municipalities of RULES.md and `outside`, as options of a select, in the UI language. */
export function MunicipalityOptions() {
  const { t } = useTranslation();
  return MUNICIPALITY_IDS.map((m) => (
    <option key={m} value={m}>
      {t(`municipality.${m}`)}
    </option>
  ));
}
