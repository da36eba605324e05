import { useTranslation } from 'react-i18next';
import { choicesOf, NOT_SURE } from '../../machines';
import { orderAnswers } from '../i18n/answerOrder';
import { useAnswerWords } from '../i18n/outcomeWords';

/** The municipalities of docs/SPECIFICATION.md §1 and `outside`, as options of a select, in the UI language. */
export function MunicipalityOptions() {
  const { i18n } = useTranslation();
  const { label } = useAnswerWords();
  const places = choicesOf('municipality').filter((answer) => answer.value !== NOT_SURE);
  return orderAnswers(places, label, i18n.language).map((answer) => (
    <option key={answer.value} value={answer.value}>
      {label(answer)}
    </option>
  ));
}
