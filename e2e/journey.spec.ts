import { expect, test } from '@playwright/test';
import { th } from '../web/src/i18n/catalogue/th';
import { DEMO_PASSWORD, signIn, startIn, waitUntilSaved } from './support/app';
import { linkIn, waitForMail } from './support/mail';

/**
 * The whole path of an opportunity: a new member signs up and confirms the address from the real
 * mail, registers an organisation, drafts a technology request in Lao with English title and
 * summary, and submits it; the Lao coordinator returns it with a comment; the author fixes it and
 * resubmits; the coordinator approves; a visitor using the Thai interface finds it by filter.
 */
test('sign up, publish through review, and be found by a visitor in Thai', async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const email = `author.${stamp}@example.org`;
  const laoTitle = `ເຄື່ອງອົບແຫ້ງກາເຟດ້ວຍພະລັງງານແສງອາທິດ ${stamp}`;
  const englishTitle = `Solar coffee dryer for Bolaven cooperatives ${stamp}`;
  const comment = 'Please describe the drying capacity you need per day.';

  // --- The author signs up and confirms the address from the mail. ---
  const authorContext = await browser.newContext({ locale: 'en-GB' });
  const author = await authorContext.newPage();
  await startIn(author, 'en');
  await author.goto('/sign-up');
  await author.getByLabel('Your name').fill('Bounmy Keosavanh');
  await author.getByLabel('Email address').fill(email);
  await author.getByLabel('Password').fill('mekong-coffee-2026');
  await author.getByLabel('Country you work in').selectOption('LA');
  await author.getByRole('button', { name: 'Create account' }).click();
  await expect(author.getByTestId('sign-up-done')).toBeVisible();

  const mail = await waitForMail(email, '/verify-email?token=');
  await author.goto(linkIn(mail, '/verify-email?token='));
  await expect(author.getByTestId('verify-email').locator('.alert-success')).toBeVisible();

  // --- ...registers an organisation... ---
  await author.goto('/organisations/new');
  await author.getByLabel('Name', { exact: true }).fill(`Bolaven Coffee Innovation Lab ${stamp}`);
  await author.getByLabel('Kind of organisation').selectOption('research_institute');
  await author.getByLabel('Country').selectOption('LA');
  await author.getByLabel('City').fill('Pakse');
  await author.getByRole('button', { name: 'Register organisation' }).click();
  await expect(author).toHaveURL(/\/organisations\/[a-z0-9-]+\/manage$/);

  // --- ...drafts a technology request in Lao, with English title and summary... ---
  await author.goto('/opportunities/new');
  await author.getByRole('radio', { name: /Technology request/ }).check();
  await author.getByLabel('Language you write in').selectOption('lo');
  await author.getByLabel('Title in Lao').fill(laoTitle);
  await author.getByRole('button', { name: 'Create draft' }).click();
  await expect(author).toHaveURL(/\/opportunities\/[0-9a-f-]+\/edit/);
  const profileUrl = author.url().replace(/\/edit.*$/, '');

  await author.getByLabel('Summary').fill('ສະຫະກອນກາເຟຕ້ອງການເຄື່ອງອົບແຫ້ງທີ່ໃຊ້ພະລັງງານແສງອາທິດ.');
  await author.getByRole('tab', { name: /English/ }).click();
  await author.getByLabel('Title').fill(englishTitle);
  await author
    .getByLabel('Summary')
    .fill('Coffee cooperatives on the Bolaven Plateau seek a solar dryer for parchment coffee.');
  await waitUntilSaved(author);

  await author.getByRole('button', { name: /Partner and market/ }).click();
  const picker = author.getByTestId('sector-picker');
  await picker.locator('summary').first().click();
  await picker.getByRole('checkbox').first().check();
  await waitUntilSaved(author);

  await author.getByRole('button', { name: /Check and submit/ }).click();
  await author.getByTestId('submit-profile').click();
  await expect(author).toHaveURL(profileUrl);
  await expect(author.locator('.badge', { hasText: 'In review' }).first()).toBeVisible();

  // --- The Lao coordinator returns it with a comment. ---
  const coordinatorContext = await browser.newContext({ locale: 'en-GB' });
  const coordinator = await coordinatorContext.newPage();
  await startIn(coordinator, 'en');
  await signIn(coordinator, 'souliya.phommachanh@demo.corridor.example', DEMO_PASSWORD);
  // The coordinator's account language is Lao: the interface follows it.
  await expect(coordinator.locator('html')).toHaveAttribute('lang', 'lo');
  await coordinator.goto('/review');
  await coordinator.getByTestId('review-queue').getByRole('link', { name: laoTitle }).click();
  const panel = coordinator.getByTestId('review-panel');
  await panel.locator('textarea').fill(comment);
  await panel.getByTestId('return').click();
  await expect(panel.locator('.alert-success')).toBeVisible();

  // --- The author reads the comment, fixes the profile and submits again. ---
  await author.goto(profileUrl);
  await expect(author.getByTestId('returned-notice')).toContainText(comment);
  await author.getByRole('link', { name: 'Edit', exact: true }).click();
  await author.getByRole('tab', { name: /English/ }).click();
  await author
    .getByLabel('Full description')
    .fill('We need to dry about 2 tonnes of parchment coffee per day during the harvest.');
  await waitUntilSaved(author);
  await author.getByRole('button', { name: /Check and submit/ }).click();
  await author.getByTestId('submit-profile').click();
  await expect(author).toHaveURL(profileUrl);
  await expect(author.locator('.badge', { hasText: 'In review' }).first()).toBeVisible();

  // --- The coordinator approves. ---
  await coordinator.goto(profileUrl);
  await coordinator.getByTestId('review-panel').getByTestId('approve').click();
  await expect(coordinator.getByTestId('review-panel').locator('.alert-success')).toBeVisible();

  // --- A visitor, in the Thai interface, finds it by filter. ---
  const visitorContext = await browser.newContext({ locale: 'en-GB' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/opportunities');
  await visitor.getByTestId('language-switcher').selectOption('th');
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'th');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(th.browse.title);
  await visitor.getByRole('checkbox', { name: th.vocab.profileKind.technology_request }).check();
  await visitor.getByRole('checkbox', { name: th.vocab.country.LA, exact: true }).check();
  await expect(visitor).toHaveURL(/kind=technology_request/);
  await expect(visitor).toHaveURL(/country=LA/);
  const card = visitor.getByTestId('profile-card').filter({ hasText: englishTitle });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: englishTitle }).click();
  // No Thai version: the original (Lao) is shown, with the English version beside it.
  await expect(visitor.getByTestId('language-badge').first()).toHaveAttribute('data-language', 'lo');
  await expect(visitor.getByTestId('version-lo')).toContainText(laoTitle);
  await expect(visitor.getByTestId('version-en')).toContainText(englishTitle);

  await Promise.all([authorContext.close(), coordinatorContext.close(), visitorContext.close()]);
});
