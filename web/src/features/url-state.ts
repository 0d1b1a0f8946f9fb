import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address (so a search can be bookmarked and shared) that also answer at once:
 * a checkbox shows its new state in the same frame, while the address follows a moment later.
 * Going back or forward in history brings the address's filters back.
 */
export function useUrlFilters(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [urlParams, setUrlParams] = useSearchParams();
  const [params, setParams] = useState(urlParams);
  const search = urlParams.toString();
  useEffect(() => setParams(new URLSearchParams(search)), [search]);
  const commit = useCallback(
    (next: URLSearchParams) => {
      setParams(next);
      setUrlParams(next, { replace: true });
    },
    [setUrlParams],
  );
  return [params, commit];
}
