import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutcome } from '../../machines/decision';
import { notesOf } from '../../machines/decision';
import { parseInstant } from '../../machines/helsinkiCalendar';
import {
  CONTACTS,
  DECISION_TABLE,
  HELPLINES,
  type Answers,
  type Question,
} from '../../machines/rules';
import { TelLink } from '../components/TelLink';
import { formatMoment } from '../formatTime';
import { availabilityOf, useRuleText } from '../outcomeWords';
import type { Language } from '../i18n';

interface Props {
  outcome: RouteOutcome;
  answers: Answers;
  unsure: readonly Question[];
  at: number;
  headingRef: Ref<HTMLHeadingElement>;
}

const AVAILABILITY_KEYS = {
  unknown: 'outcome.hoursUnknown',
  always: 'outcome.openAlways',
  open: 'outcome.openNow',
  closed: 'outcome.closedNow',
} as const;

/** The outcome: whom to contact, whether it is open now, what to say, and why. */
export function OutcomeScreen({ outcome, answers, unsure, at, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const contact = CONTACTS[outcome.contact];
  const rule = DECISION_TABLE.find((r) => r.id === outcome.rule);
  const ruleText = useRuleText()(outcome.rule, answers);
  const availability = availabilityOf(outcome);
  const helplines = HELPLINES.filter((h) =>
    (h.fits as readonly string[]).includes(answers.situation ?? ''),
  );
  const municipality = answers.municipality;
  const name =
    outcome.contact === 'own-municipality' && municipality && municipality !== 'outside'
      ? t('contact.own-municipality.nameWith', { municipality: t(`municipality.${municipality}`) })
      : t(`contact.${outcome.contact}.name`);
  const nextOpening = outcome.nextOpening === null ? null : parseInstant(outcome.nextOpening);

  return (
    <article className={`outcome outcome--${outcome.contact}`}>
      <p className="caption">{t('outcome.heading')}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {name}
      </h1>
      <p className="guidance-for">
        {t('outcome.guidanceFor', { time: formatMoment(at, language) })}
      </p>

      <div className="contact-card">
        {contact.phone !== null ? (
          <TelLink className="call-button" tel={contact.tel}>
            {t('outcome.callNow', { phone: contact.phone })}
          </TelLink>
        ) : (
          <p className="no-number">{t(`contact.${outcome.contact as 'kela'}.noNumber`)}</p>
        )}
        <p className="availability">
          {t(AVAILABILITY_KEYS[availability])}
          {availability === 'closed' && nextOpening?.ok && (
            <>
              {' '}
              <strong>
                {t('outcome.opensNext', { time: formatMoment(nextOpening.instant, language) })}
              </strong>
            </>
          )}
        </p>
      </div>

      <h2>{t('outcome.whatToSay')}</h2>
      <p>{t(`contact.${outcome.contact}.say`)}</p>

      <h2>{t('outcome.why')}</h2>
      <p>{ruleText}</p>
      {unsure.length > 0 && (
        <p className="unsure-note">
          {t('outcome.unsureNote', {
            questions: unsure.map((q) => t(`question.${q}.title`)).join(' '),
          })}
        </p>
      )}
      <p className="source">{t('outcome.source', { sections: rule?.sources.join(', ') ?? '' })}</p>

      {notesOf(outcome.rule).map((note) => (
        <p key={note} className="caveat">
          {t(`outcome.note.${note}`)}
        </p>
      ))}

      {helplines.length > 0 && (
        <section className="helplines" aria-labelledby="other-help">
          <h2 id="other-help">{t('outcome.otherHelp')}</h2>
          <ul>
            {helplines.map((h) => (
              <li key={h.id}>
                {t(`helpline.${h.id}.name`)}: <TelLink tel={h.tel}>{h.phone}</TelLink>.{' '}
                {t(`helpline.${h.id}.hours`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
