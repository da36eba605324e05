import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_IDS } from '../../machines';
import { orderAnswers } from '../i18n/outcomeWords';

/** The municipalities of docs/SPECIFICATION.md §1 and `outside`, as options of a select, in the UI language. */
export function MunicipalityOptions() {
  const { t, i18n } = useTranslation();
  const name = (_question: unknown, id: string) => t(`municipality.${id as 'forssa'}`);
  return orderAnswers('municipality', MUNICIPALITY_IDS, name, i18n.language).map((m) => (
    <option key={m} value={m}>
      {name(null, m)}
    </option>
  ));
}
