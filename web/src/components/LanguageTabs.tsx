import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain';
import { ENDONYMS } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';

interface LanguageTabsProps {
  label: string;
  languages: readonly Language[];
  active: Language;
  onChange: (language: Language) => void;
  /** Languages that already have some text. */
  filled: (language: Language) => boolean;
  /** Languages whose texts are needed (the original, and English for publication). */
  required: (language: Language) => boolean;
  /** Languages with a field in error. */
  invalid?: (language: Language) => boolean;
  children: ReactNode;
}

/**
 * One tab per language for multilingual texts (ARIA tabs pattern: arrow keys move between tabs,
 * Tab goes into the panel). Each tab shows the language's own name and whether it has text yet.
 */
export function LanguageTabs({
  label,
  languages,
  active,
  onChange,
  filled,
  required,
  invalid,
  children,
}: LanguageTabsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const id = useId();
  const refs = useRef(new Map<Language, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % languages.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + languages.length) % languages.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = languages.length - 1;
    else return;
    event.preventDefault();
    const language = languages[next];
    if (!language) return;
    onChange(language);
    refs.current.get(language)?.focus();
  };

  return (
    <div className="language-tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {languages.map((language, index) => {
          const selected = language === active;
          const state = invalid?.(language) ? 'invalid' : filled(language) ? 'filled' : 'empty';
          return (
            <button
              key={language}
              ref={(el) => {
                if (el) refs.current.set(language, el);
                else refs.current.delete(language);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${language}`}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              className={`tab tab-${state}`}
              onClick={() => onChange(language)}
              onKeyDown={(e) => onKeyDown(e, index)}
              data-language={language}
            >
              <span lang={language}>{ENDONYMS[language]}</span>
              {required(language) ? <span className="tab-required"> *</span> : null}
              <span className="visually-hidden">
                {' '}
                ({vocab.language(language)}
                {required(language) ? `, ${t('form.required')}` : ''}
                {state === 'filled' ? `, ${t('editor.tabFilled')}` : ''}
                {state === 'invalid' ? `, ${t('editor.tabInvalid')}` : ''})
              </span>
              <span className={`tab-dot tab-dot-${state}`} aria-hidden="true" />
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${active}`}
        className="tabpanel"
        lang={active}
      >
        {children}
      </div>
    </div>
  );
}
