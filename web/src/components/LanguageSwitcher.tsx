import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain';
import { useLanguage } from '../i18n/format';
import { ENDONYMS, isLanguage } from '../i18n/languages';
import { useChangeLanguage, useUser } from '../session/session';
import { GlobeIcon } from './Icons';

/**
 * A native select: it works the same with a mouse, a keyboard, a screen reader and a phone's picker.
 * Each language is listed under its own name, so a reader can find theirs in any interface language.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const user = useUser();
  const change = useChangeLanguage();
  const [pending, setPending] = useState(false);
  const onChange = async (value: string) => {
    if (!isLanguage(value)) return;
    setPending(true);
    try {
      await change(value as Language, user);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-label">
        <GlobeIcon size={18} />
        <span className="visually-hidden">{t('nav.language')}</span>
      </label>
      <select
        id={id}
        className="language-select"
        value={language}
        onChange={(e) => void onChange(e.target.value)}
        aria-busy={pending || undefined}
        data-testid="language-switcher"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ENDONYMS[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
