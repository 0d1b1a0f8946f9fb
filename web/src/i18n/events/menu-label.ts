import type { Language } from '../../domain';

/**
 * The menu's "Events" label in the seven languages. The frame (components/Layout.tsx) shows it on
 * every page, so it travels with the frame rather than with the whole `events` catalogue, which is
 * loaded only by the event pages.
 */
export const EVENTS_MENU_LABEL: Record<Language, string> = {
  en: 'Events',
  zh: '活动',
  lo: 'ກິດຈະກຳ',
  th: 'กิจกรรม',
  km: 'ព្រឹត្តិការណ៍',
  my: 'ပွဲများ',
  vi: 'Sự kiện',
};
