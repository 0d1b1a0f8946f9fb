import { expect, type Page } from '@playwright/test';

/** The password of every demo account (src/demo/people.ts). */
export const DEMO_PASSWORD = 'corridor-demo';

/** Makes the next page load start in `language`, as if the visitor had chosen it before. */
export async function startIn(page: Page, language: string): Promise<void> {
  await page.addInitScript((lang) => window.localStorage.setItem('corridor.language', lang), language);
}

/** Signs in through the form (labels as in the English interface). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('account-menu')).toBeVisible();
}

/** Waits until the profile editor says every change is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
}
