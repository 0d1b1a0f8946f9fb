import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../domain';
import { i18n } from '../../i18n/i18n';
import { PIPELINE_NAV, type PipelineNav } from '../../i18n/pipeline/nav';

let registered = false;

/** Puts the header's `pipeline` strings of every language into the namespace (after i18next started). */
function registerNavStrings(): void {
  if (registered) return;
  registered = true;
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, 'pipeline', { nav: PIPELINE_NAV[language] }, true, false);
  }
}

type LooseT = (key: string, options: Record<string, unknown>) => string;

/**
 * Labels of the header links and the home page's dashboard link, from the `pipeline` namespace. Only
 * these few strings are in the frame; the pages load the rest of the namespace with them.
 */
export function usePipelineNav(): (key: keyof PipelineNav) => string {
  registerNavStrings();
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  return useCallback((key) => loose(`nav.${key}`, { ns: 'pipeline' }), [loose]);
}
