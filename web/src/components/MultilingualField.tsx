import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type MultilingualText } from '../domain';
import { TextArea, TextField } from './Form';
import { LanguageTabs } from './LanguageTabs';

/** One text in up to seven languages (an organisation's name or description), with a tab per language. */
export function MultilingualField({
  label,
  value,
  onChange,
  errors,
  field,
  multiline = false,
  maxLength,
  required = () => false,
  initialLanguage = 'en',
  hint,
}: {
  label: string;
  value: MultilingualText;
  onChange: (value: MultilingualText) => void;
  errors: Record<string, string>;
  /** The API's name of the field, e.g. `name`, for messages such as `name.lo`. */
  field: string;
  multiline?: boolean;
  maxLength: number;
  required?: (language: Language) => boolean;
  initialLanguage?: Language;
  hint?: string;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Language>(initialLanguage);
  const error = errors[`${field}.${tab}`] ?? errors[field];
  const set = (text: string) => onChange({ ...value, [tab]: text });
  return (
    <div className="multilingual-field">
      <p className="field-label" id={`${field}-label`}>
        {label}
      </p>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <LanguageTabs
        label={t('editor.textLanguages')}
        languages={LANGUAGES}
        active={tab}
        onChange={setTab}
        filled={(l) => Boolean(value[l])}
        required={required}
        invalid={(l) => Boolean(errors[`${field}.${l}`])}
      >
        {multiline ? (
          <TextArea
            label={label}
            value={value[tab] ?? ''}
            onChange={set}
            maxLength={maxLength}
            rows={5}
            error={error}
            inputLang={tab}
          />
        ) : (
          <TextField
            label={label}
            value={value[tab] ?? ''}
            onChange={set}
            maxLength={maxLength}
            error={error}
            inputLang={tab}
            required={required(tab)}
          />
        )}
      </LanguageTabs>
    </div>
  );
}
