import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profile } from '../api/types';
import { localText, pickText, useFormat, useLanguage } from '../i18n/format';
import { useSectorLabels, useVocab } from '../i18n/vocab';
import { Chip, DemoBadge, KindChip, StatusBadge } from './Chips';

/** One opportunity in a list: kind, title, summary and the facts people filter by. */
export function ProfileCard({ profile, showStatus = false }: { profile: Profile; showStatus?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const vocab = useVocab();
  const sectors = useSectorLabels();
  const title = pickText(profile.title, language);
  const summary = pickText(profile.summary, title.language ?? language);
  const otherLanguage = title.language && title.language !== language ? title.language : null;
  const date = profile.publishedAt ?? profile.updatedAt;
  return (
    <article className="card profile-card" data-testid="profile-card">
      <div className="card-top">
        <KindChip kind={profile.kind} />
        {showStatus || profile.status !== 'published' ? <StatusBadge status={profile.status} /> : null}
        {profile.isDemo ? <DemoBadge /> : null}
      </div>
      <h3 className="card-title">
        <Link to={`/opportunities/${profile.id}`} lang={title.language ?? undefined}>
          {title.text || t('profile.untitled')}
        </Link>
      </h3>
      {otherLanguage ? (
        <p className="card-language">{t('profile.shownIn', { language: vocab.language(otherLanguage) })}</p>
      ) : null}
      {summary.text ? (
        <p className="card-summary" lang={summary.language ?? undefined}>
          {summary.text}
        </p>
      ) : null}
      <div className="chips">
        <Chip tone="country">{vocab.country(profile.organisation.country)}</Chip>
        {profile.trl ? <Chip tone="trl">{t('profile.trlShort', { level: profile.trl })}</Chip> : null}
        {profile.sectors.slice(0, 2).map((code) => (
          <Chip key={code}>{sectors.label(code)}</Chip>
        ))}
        {profile.sectors.length > 2 ? <Chip>+{format.number(profile.sectors.length - 2)}</Chip> : null}
      </div>
      <p className="card-meta">
        <span>{localText(profile.organisation.name, language)}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={date}>{format.date(date)}</time>
      </p>
    </article>
  );
}
