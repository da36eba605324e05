import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isNumberless,
  READY_ITEMS,
  type OutcomeDescription,
  type Question,
} from '../../../machines';
import { TelLink } from '../../components/TelLink';
import { formatMoment } from '../../i18n/formatTime';
import { formatShortMoment, officeDays, useRuleText } from '../../i18n/outcomeWords';
import { languageOf } from '../../i18n/languages';

interface Props {
  outcome: OutcomeDescription;
  unsure: readonly Question[];
  at: number;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The outcome: whom to contact, whether it is reachable now, what to have ready and say, why. */
export function OutcomeScreen({ outcome, unsure, at, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const ruleText = useRuleText()(outcome);
  const { availability, line, website, helplines, municipality } = outcome;
  const name = municipality
    ? t('contact.own-municipality.nameWith', { municipality: t(`municipality.${municipality}`) })
    : t(`contact.${outcome.contact}.name`);
  const headings = outcome.provenance.headings;

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
        {line !== null ? (
          <TelLink className="call-button" href={line.href}>
            {t('outcome.callNow', { phone: line.phone })}
          </TelLink>
        ) : (
          isNumberless(outcome.contact) && (
            <p className="no-number">
              {t(`contact.${outcome.contact}.noNumber`)}
              {website && (
                <>
                  {' '}
                  <a href={website} rel="noopener" target="_blank">
                    {website.replace(/^https:\/\//, '')}
                  </a>
                </>
              )}
            </p>
          )
        )}
        {availability.kind === 'always' && (
          <p className="availability">{t('outcome.openAlways')}</p>
        )}
        {/* Outside the region, "no number and no hours" is said once, by the noNumber text. */}
        {availability.kind === 'unknown' && outcome.contact === 'kela' && (
          <p className="availability">{t('outcome.hoursUnknown')}</p>
        )}
        {(availability.kind === 'open' || availability.kind === 'closed') && (
          // Municipal and court hours are the usual office hours (an assumption), never a fact
          // about that office (docs/SPECIFICATION.md §4).
          <p className="availability">
            {t('outcome.usualHours', { days: officeDays(language) })}{' '}
            {t(availability.kind === 'open' ? 'outcome.openNow' : 'outcome.closedNow')}
            {availability.kind === 'closed' && (
              <>
                {' '}
                <strong>
                  {t('outcome.opensNext', {
                    time: formatShortMoment(availability.until, language),
                  })}
                </strong>
              </>
            )}
          </p>
        )}
      </div>

      {outcome.situationNotes.map((note) => (
        <p key={note} className="reassurance">
          {t(`outcome.situationNote.${note}`)}
        </p>
      ))}

      {outcome.ready && (
        <>
          <h2>{t('outcome.whatToHave')}</h2>
          <ul className="ready">
            {READY_ITEMS.map((item) => (
              <li key={item}>{t(`outcome.ready.${item}`)}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('outcome.whatToSay')}</h2>
      <p>
        {outcome.rule === 'consultation'
          ? t('contact.social-crisis-duty.sayConsultation')
          : t(`contact.${outcome.contact}.say`)}
      </p>

      <h2>{t('outcome.why')}</h2>
      <p>{ruleText}</p>
      {unsure.length > 0 && (
        <p className="unsure-note">
          {t('outcome.unsureNote', {
            questions: unsure.map((q) => t(`question.${q}.title`)).join(' '),
          })}
        </p>
      )}
      {headings.length > 0 && (
        <p className="source">
          {t('outcome.sourceLead', { count: headings.length })}{' '}
          {headings.map((h, i) => (
            <span key={h.heading}>
              {i > 0 && ', '}
              <q lang="fi">{h.heading}</q>
              {language !== 'fi' && ` (${t(`sourceGloss.${h.gloss}`)})`}
            </span>
          ))}
          .
        </p>
      )}

      {outcome.notes.map((note) => (
        <p key={note} className="caveat">
          {t(`outcome.note.${note}`, { situation: t('situation.other-urgent.label') })}
        </p>
      ))}

      {helplines.length > 0 && (
        // On the 112 outcome the other lines come after the call (docs/SPECIFICATION.md §6).
        <section className="helplines" aria-labelledby="other-help">
          <h2 id="other-help">
            {t(outcome.isEmergencyCall ? 'outcome.whenSafe' : 'outcome.otherHelp')}
          </h2>
          <ul>
            {helplines.map((h) => (
              <li key={h.id}>
                {t(`helpline.${h.id}.name`)}: <TelLink href={h.href}>{h.phone}</TelLink>.
                {h.forYoung && ` ${t('helplineFact.forYoung')}`}
                {h.allDay && ` ${t('helplineFact.allDay')}`}
                {h.free && ` ${t('helplineFact.free')}`}
                {h.language === 'fi' && ` ${t('helplineFact.finnish')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
