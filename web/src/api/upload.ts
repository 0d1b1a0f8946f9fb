import i18n from 'i18next';
import { ApiError, errorFromPayload, requestHeaders } from './client';
import type { Attachment } from './types';

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, whose upload events (unlike fetch)
 * report progress: `onProgress` receives a fraction from 0 to 1.
 */
export function uploadAttachment(
  profileId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/opportunities/${encodeURIComponent(profileId)}/attachments`);
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(payload as Attachment);
      } else {
        reject(errorFromPayload(xhr.status, payload));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'NetworkError', i18n.t('errors.network'))));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload cancelled', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
