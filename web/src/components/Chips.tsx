import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ProfileKind, ProfileStatus } from '../domain';
import { ENDONYMS } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';

export function Chip({
  children,
  tone = 'neutral',
  title,
}: {
  children: ReactNode;
  tone?: string;
  title?: string;
}) {
  return (
    <span className={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}

const KIND_TONES: Record<ProfileKind, string> = {
  technology_offer: 'offer',
  business_offer: 'offer',
  technology_request: 'request',
  business_request: 'request',
  rd_request: 'research',
};

export function KindChip({ kind }: { kind: ProfileKind }) {
  const vocab = useVocab();
  return <Chip tone={KIND_TONES[kind]}>{vocab.profileKind(kind)}</Chip>;
}

/** Marks invented data, so nobody mistakes the demo corridor for real offers. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-demo" title={t('demo.explanation')}>
      {t('demo.badge')}
    </span>
  );
}

const STATUS_TONES: Record<ProfileStatus, string> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'warning',
  published: 'success',
  expired: 'neutral',
  withdrawn: 'neutral',
  completed: 'success',
};

export function StatusBadge({ status }: { status: ProfileStatus }) {
  const vocab = useVocab();
  return <span className={`badge badge-${STATUS_TONES[status]}`}>{vocab.status(status)}</span>;
}

/** Says in which language a text is shown, in the interface language and in the text's own script. */
export function LanguageBadge({ language, original }: { language: Language; original?: boolean }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <span className="badge badge-language" data-testid="language-badge" data-language={language}>
      {original
        ? t('profile.shownInOriginal', { language: vocab.language(language) })
        : t('profile.shownIn', { language: vocab.language(language) })}
      {language !== 'en' ? (
        <span lang={language} className="badge-endonym">
          {' '}
          · {ENDONYMS[language]}
        </span>
      ) : null}
    </span>
  );
}
