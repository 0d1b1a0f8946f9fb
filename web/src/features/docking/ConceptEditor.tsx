import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../api/client';
import { Chip } from '../../components/Chips';
import { LANGUAGES, type Language } from '../../domain';
import { useLanguage } from '../../i18n/format';
import { ENDONYMS } from '../../i18n/languages';
import { useSectorLabels, useVocab } from '../../i18n/vocab';
import { useDockingT } from './i18n';

/** What the editor sends: the concept's terms (preferred first) and sectors, and why. */
export interface ConceptDraft {
  id: string;
  sectors: string[];
  terms: Record<Language, string[]>;
  comment: string;
}

const ID_PATTERN = /^[a-z]+\.[a-z0-9_]+$/;
const MAX_SECTORS = 5;
const MAX_TERMS = 20;

function emptyTerms(): Record<Language, string[]> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, ['']])) as Record<Language, string[]>;
}

/** The terms as sent: trimmed, without empty slots. */
function cleanTerms(terms: Record<Language, string[]>): Record<Language, string[]> {
  return Object.fromEntries(
    LANGUAGES.map((l) => [l, (terms[l] ?? []).map((term) => term.trim().normalize('NFC')).filter(Boolean)]),
  ) as Record<Language, string[]>;
}

/** The terms of one language, preferred first, each with its own field and buttons. */
function LanguageTerms({
  language,
  terms,
  onChange,
  error,
}: {
  language: Language;
  terms: string[];
  onChange: (terms: string[]) => void;
  error: string | undefined;
}) {
  const t = useDockingT();
  const vocab = useVocab();
  const id = useId();
  const name = vocab.language(language);
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    inputs.current[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);
  const set = (index: number, value: string) =>
    onChange(terms.map((term, i) => (i === index ? value : term)));
  const remove = (index: number) => {
    onChange(terms.filter((_, i) => i !== index));
    setFocusIndex(Math.max(0, index - 1));
  };
  const prefer = (index: number) => {
    const chosen = terms[index] ?? '';
    onChange([chosen, ...terms.filter((_, i) => i !== index)]);
    setFocusIndex(0);
  };
  const add = () => {
    onChange([...terms, '']);
    setFocusIndex(terms.length);
  };
  return (
    <fieldset
      className={`fieldset term-fieldset${error ? ' field-invalid' : ''}`}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      data-testid={`terms-${language}`}
    >
      <legend className="field-label">
        {t('editor.termsIn', { language: name })}{' '}
        {language !== 'en' ? (
          <span lang={language} className="muted">
            · {ENDONYMS[language]}
          </span>
        ) : null}
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('editor.termsHint')}
      </p>
      <ol className="term-rows">
        {terms.map((term, index) => {
          const label = t('editor.term', { number: index + 1, language: name });
          return (
            // Rows are edited in place; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="term-row">
              <label htmlFor={`${id}-${index}`} className="visually-hidden">
                {label}
              </label>
              <input
                ref={(el) => {
                  inputs.current[index] = el;
                }}
                id={`${id}-${index}`}
                className="input"
                lang={language}
                value={term}
                maxLength={120}
                onChange={(e) => set(index, e.target.value)}
                aria-invalid={error ? true : undefined}
              />
              {index === 0 ? (
                <span className="badge badge-success term-preferred">{t('terminology.preferred')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => prefer(index)}
                  aria-label={t('editor.makeTermPreferred', { term: term || label })}
                >
                  {t('editor.makePreferred')}
                </button>
              )}
              {terms.length > 1 ? (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => remove(index)}
                  aria-label={t('editor.removeTerm', { term: term || label })}
                >
                  {t('editor.remove')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {terms.length < MAX_TERMS ? (
        <button
          type="button"
          className="button button-small"
          onClick={add}
          data-testid={`add-term-${language}`}
        >
          {t('editor.addTerm')}
        </button>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function SectorPicker({ sectors, onChange }: { sectors: string[]; onChange: (sectors: string[]) => void }) {
  const t = useDockingT();
  const id = useId();
  const language = useLanguage();
  const labels = useSectorLabels();
  return (
    <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('editor.sectors')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('editor.sectorsHint')}
      </p>
      {sectors.length > 0 ? (
        <ul className="chips plain-chips">
          {sectors.map((code) => (
            <li key={code}>
              <Chip tone="selected">
                {labels.label(code)}{' '}
                <button
                  type="button"
                  className="chip-remove"
                  onClick={() => onChange(sectors.filter((s) => s !== code))}
                  aria-label={t('editor.removeSector', { sector: labels.label(code) })}
                >
                  ×
                </button>
              </Chip>
            </li>
          ))}
        </ul>
      ) : null}
      {sectors.length < MAX_SECTORS ? (
        <div className="field">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            {t('editor.addSector')}
          </label>
          <select
            id={`${id}-add`}
            className="input select"
            value=""
            onChange={(e) => {
              if (e.target.value) onChange([...sectors, e.target.value]);
            }}
          >
            <option value="">{t('editor.addSector')}</option>
            {labels.groups.map((group) => (
              <optgroup key={group.code} label={group.labels[language] || group.labels.en}>
                {group.children
                  .filter((child) => !sectors.includes(child.code))
                  .map((child) => (
                    <option key={child.code} value={child.code}>
                      {child.labels[language] || child.labels.en}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}

/**
 * The form of a concept: identifier (new concepts only), sectors, the terms of each of the seven
 * languages (preferred first, add, remove, make preferred) and a comment for the history. Checks
 * what it can before sending; the server's messages (already translated) land on their fields.
 */
export function ConceptEditor({
  mode,
  initial,
  pending,
  serverError,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial?: { id: string; sectors: string[]; terms: Record<Language, string[]> };
  pending: boolean;
  serverError: ApiError | null;
  onSubmit: (draft: ConceptDraft) => void;
  onCancel: () => void;
}) {
  const t = useDockingT();
  const id = useId();
  const [conceptId, setConceptId] = useState(initial?.id ?? '');
  const [sectors, setSectors] = useState<string[]>(initial?.sectors ?? []);
  const [terms, setTerms] = useState<Record<Language, string[]>>(() => {
    const start = emptyTerms();
    for (const l of LANGUAGES) if (initial?.terms[l]?.length) start[l] = [...initial.terms[l]];
    return start;
  });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = useRef<HTMLDivElement>(null);

  // The server's field messages: `terms.lo`, `terms.lo.2`, `id`, `comment`, `sectors`…
  const serverFields = useMemo(() => {
    const fields: Record<string, string> = {};
    for (const issue of serverError?.fields ?? []) {
      const [head, language] = issue.field.split('.');
      const key = head === 'terms' && language ? `terms.${language}` : (head ?? issue.field);
      fields[key] ??= issue.message;
    }
    return fields;
  }, [serverError]);
  const fieldError = (name: string) => errors[name] ?? serverFields[name];

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanTerms(terms);
    const found: Record<string, string> = {};
    if (mode === 'create' && !ID_PATTERN.test(conceptId.trim())) found.id = t('editor.idInvalid');
    for (const l of LANGUAGES) {
      const list = clean[l];
      if (list.length === 0) found[`terms.${l}`] = t('editor.termRequired');
      else if (new Set(list.map((term) => term.toLowerCase())).size !== list.length)
        found[`terms.${l}`] = t('editor.duplicate');
    }
    if (!comment.trim()) found.comment = t('editor.commentRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      summary.current?.focus();
      return;
    }
    onSubmit({ id: conceptId.trim(), sectors, terms: clean, comment: comment.trim() });
  };

  const hasErrors = Object.keys(errors).length > 0;
  const general =
    serverError && (serverError.fields.length === 0 || Object.keys(serverFields).length === 0)
      ? serverError.message
      : null;

  return (
    <form onSubmit={onFormSubmit} noValidate className="concept-editor" data-testid="concept-editor">
      <div ref={summary} tabIndex={-1} className="editor-summary">
        {hasErrors ? (
          <div className="alert alert-error" role="alert">
            {t('editor.fixErrors')}
          </div>
        ) : null}
        {general ? (
          <div className="alert alert-error" role="alert">
            {general}
          </div>
        ) : null}
      </div>
      {mode === 'create' ? (
        <div className={`field${fieldError('id') ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-id`} className="field-label">
            {t('editor.id')}
          </label>
          <p id={`${id}-id-hint`} className="field-hint">
            {t('editor.idHint')}
          </p>
          <input
            id={`${id}-id`}
            className="input"
            value={conceptId}
            onChange={(e) => setConceptId(e.target.value.toLowerCase())}
            maxLength={80}
            spellCheck={false}
            autoCapitalize="none"
            aria-describedby={`${id}-id-hint${fieldError('id') ? ` ${id}-id-error` : ''}`}
            aria-invalid={fieldError('id') ? true : undefined}
            aria-required
          />
          {fieldError('id') ? (
            <p id={`${id}-id-error`} className="field-error">
              {fieldError('id')}
            </p>
          ) : null}
        </div>
      ) : null}
      <SectorPicker sectors={sectors} onChange={setSectors} />
      <div className="term-grid">
        {LANGUAGES.map((language) => (
          <LanguageTerms
            key={language}
            language={language}
            terms={terms[language]}
            onChange={(next) => setTerms((old) => ({ ...old, [language]: next.length > 0 ? next : [''] }))}
            error={fieldError(`terms.${language}`)}
          />
        ))}
      </div>
      <div className={`field${fieldError('comment') ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-comment`} className="field-label">
          {t('editor.comment')}
        </label>
        <p id={`${id}-comment-hint`} className="field-hint">
          {t('editor.commentHint')}
        </p>
        <textarea
          id={`${id}-comment`}
          className="input textarea"
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby={`${id}-comment-hint${fieldError('comment') ? ` ${id}-comment-error` : ''}`}
          aria-invalid={fieldError('comment') ? true : undefined}
          aria-required
          data-testid="concept-comment"
        />
        {fieldError('comment') ? (
          <p id={`${id}-comment-error`} className="field-error">
            {fieldError('comment')}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={pending}
          aria-busy={pending || undefined}
          data-testid="save-concept"
        >
          {mode === 'create' ? t('editor.create') : t('editor.save')}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
