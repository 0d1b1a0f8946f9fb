import { type ReactNode, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

/** Messages per field name (as the API names them: `email`, `title.en`...) plus one for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

const NO_ERRORS: FormErrors = { fields: {}, general: null };

/**
 * Keeps a form's error messages. Server errors arrive already translated; messages for fields the
 * form does not show are joined into the general message so none is lost.
 */
export function useFormErrors(knownFields: readonly string[] = []) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { t } = useTranslation();

  const fromError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setErrors({ fields: {}, general: t('errors.unexpected') });
        return;
      }
      const fields: Record<string, string> = {};
      const stray: string[] = [];
      for (const issue of error.fields) {
        const known =
          knownFields.length === 0 ||
          knownFields.some(
            (f) => issue.field === f || issue.field.startsWith(`${f}.`) || issue.field.startsWith(`${f}[`),
          );
        if (known) fields[issue.field] ??= issue.message;
        else stray.push(`${issue.field}: ${issue.message}`);
      }
      const general =
        error.fields.length === 0 || stray.length > 0 ? [error.message, ...stray].join(' ') : error.message;
      setErrors({ fields, general });
    },
    [knownFields, t],
  );

  return {
    errors,
    field: (name: string) => errors.fields[name],
    setFieldErrors: (fields: Record<string, string>, general: string | null = null) =>
      setErrors({ fields, general }),
    fromError,
    clear: () => setErrors(NO_ERRORS),
    clearField: (name: string) =>
      setErrors((old) => {
        if (!(name in old.fields)) return old;
        const { [name]: _removed, ...rest } = old.fields;
        return { ...old, fields: rest };
      }),
    hasErrors: errors.general !== null || Object.keys(errors.fields).length > 0,
  };
}

/** A message for the whole form, read out by screen readers when it appears. */
export function FormAlert({
  message,
  tone = 'error',
}: {
  message: string | null | undefined;
  tone?: 'error' | 'success' | 'info';
}) {
  if (!message) return null;
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {message}
    </div>
  );
}

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
  lang?: string;
}

function FieldFrame({ id, label, hint, error, required, children, className, lang }: FieldFrameProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`} lang={lang}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span className="required-mark"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'tel' | 'search' | 'number';
  autoComplete?: string;
  name?: string;
  maxLength?: number;
  placeholder?: string;
  inputLang?: string;
  min?: string;
  max?: string;
  className?: string;
  inputMode?: 'text' | 'email' | 'numeric' | 'tel' | 'url' | 'search';
  testId?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      className={props.className}
    >
      {(describedBy) => (
        <input
          id={id}
          className="input"
          type={props.type ?? 'text'}
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          aria-required={props.required || undefined}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          lang={props.inputLang}
          min={props.min}
          max={props.max}
          inputMode={props.inputMode}
          data-testid={props.testId}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  inputLang?: string;
  name?: string;
}

export function TextArea(props: TextAreaProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(describedBy) => (
        <>
          <textarea
            id={id}
            className="input textarea"
            name={props.name}
            rows={props.rows ?? 4}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={props.error ? true : undefined}
            aria-required={props.required || undefined}
            maxLength={props.maxLength}
            lang={props.inputLang}
          />
          {props.maxLength ? <CharacterCount length={props.value.length} max={props.maxLength} /> : null}
        </>
      )}
    </FieldFrame>
  );
}

function CharacterCount({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  return (
    <p className={`char-count${length > max * 0.9 ? ' char-count-near' : ''}`}>
      {t('form.characters', { length, max })}
    </p>
  );
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** A first, empty choice ("Any", "Choose..."). */
  placeholder?: string;
  name?: string;
  className?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      className={props.className}
    >
      {(describedBy) => (
        <select
          id={id}
          className="input select"
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          aria-required={props.required || undefined}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
  columns?: boolean;
  max?: number;
}

/** Several choices in a fieldset: each a real checkbox with its own label. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...props.values, value] : props.values.filter((v) => v !== value);
    props.onChange(next);
  };
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={`fieldset${props.error ? ' field-invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field-label">{props.legend}</legend>
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      <div className={props.columns ? 'checkbox-grid' : 'checkbox-list'}>
        {props.options.map((option) => {
          const checked = props.values.includes(option.value);
          const disabled = !checked && props.max !== undefined && props.values.length >= props.max;
          return (
            <label key={option.value} className="checkbox" lang={option.lang}>
              <input
                type="checkbox"
                checked={checked}
                disabled={disabled}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A submit button that says it is working while a request runs. */
export function SubmitButton({
  children,
  pending,
  className = 'button button-primary',
  testId,
}: {
  children: ReactNode;
  pending: boolean;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      className={className}
      disabled={pending}
      aria-busy={pending || undefined}
      data-testid={testId}
    >
      {pending ? t('common.working') : children}
    </button>
  );
}

/** Client-side checks, with messages in the interface language (the browser's own would be in its language). */
export function useValidators() {
  const { t } = useTranslation();
  return {
    required: (value: string) => (value.trim() === '' ? t('validation.required') : null),
    email: (value: string) =>
      value.trim() === ''
        ? t('validation.required')
        : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
          ? null
          : t('validation.email'),
    minLength: (value: string, min: number) =>
      value.length < min ? t('validation.minLength', { min }) : null,
  };
}

/** Drops the null entries of a map of field checks; an empty result means the form may be sent. */
export function collectErrors(checks: Record<string, string | null>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(checks)) if (message) result[field] = message;
  return result;
}
