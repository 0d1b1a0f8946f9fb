import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { km } from '../web/src/i18n/docking/km';
import { lo } from '../web/src/i18n/docking/lo';
import { my } from '../web/src/i18n/docking/my';
import { DEMO_PASSWORD, signIn, startIn } from './support/app';
import { expectNoHorizontalOverflow, expectNoSeriousViolations } from './support/checks';
import { linkIn, waitForMail } from './support/mail';

/**
 * Technology docking through the web app: cross-lingual search and matches (a Lao query finds a
 * Chinese offer; the Lao request's Matches tab ranks it with reasons in Lao), an expression of
 * interest answered and turned into a conversation with a shared PDF (two browsers, Khmer and
 * Burmese interfaces), and the terminology editor (a coordinator adds a Lao synonym, meets an edit
 * conflict on the way, and the history shows the change; a member without the role cannot edit).
 * Accounts, organisations and the published profile are set up through the API.
 */

const PASSWORD = 'mekong-docking-2026';
const SCREENSHOTS = 'test-artifacts/screenshots';
/** The docking index is built in the background at server start (it loads a large lexicon). */
const FIRST_QUERY_TIMEOUT = 90_000;

const LAO_SCRIPT = /[\u0E80-\u0EFF]/;
const KUST_POTASH_TITLE = '钾盐矿浮选提纯与氮磷钾复合肥造粒成套技术';
const LAO_POTASH_REQUEST_TITLE = 'ຕ້ອງການເຕັກໂນໂລຊີຜະລິດຝຸ່ນປະສົມ NPK ຈາກແຮ່ໂປຕາສໃນທ້ອງຖິ່ນ';

interface Account {
  email: string;
  api: APIRequestContext;
  csrf: string;
}

async function expectOk(
  response: { ok(): boolean; status(): number; text(): Promise<string> },
  what: string,
) {
  if (!response.ok()) throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`);
}

/** Signs up through the API and confirms the address with the link from the real mail. */
async function createAccount(
  baseURL: string,
  email: string,
  name: string,
  country: string,
  preferredLanguage: string,
): Promise<Account> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'accept-language': 'en' } });
  const signUp = await api.post('/api/v1/auth/sign-up', {
    data: { email, password: PASSWORD, displayName: name, preferredLanguage, country },
  });
  await expectOk(signUp, `sign up ${email}`);
  const { csrfToken } = (await signUp.json()) as { csrfToken: string };
  const mail = await waitForMail(email, '/verify-email?token=');
  const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token') ?? '';
  await expectOk(
    await api.post('/api/v1/auth/verify-email', { headers: { 'x-csrf-token': csrfToken }, data: { token } }),
    `verify ${email}`,
  );
  return { email, api, csrf: csrfToken };
}

/** An API session of a demo account. */
async function demoAccount(baseURL: string, email: string): Promise<Account> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'accept-language': 'en' } });
  const response = await api.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  await expectOk(response, `sign in ${email}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { email, api, csrf: csrfToken };
}

async function post<T>(account: Account, path: string, data?: unknown): Promise<T> {
  const response = await account.api.post(path, { headers: { 'x-csrf-token': account.csrf }, data });
  await expectOk(response, `POST ${path}`);
  return (await response.json()) as T;
}

/** At phone width (360 px): no sideways scrolling, and a screenshot to look at. */
async function phoneCheck(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalOverflow(page, `${name} at 360 px`);
  await page.screenshot({ path: `${SCREENSHOTS}/docking-${name}-360.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('a Lao query finds a Chinese offer, and the Lao request lists it among its matches', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await startIn(page, 'lo');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lo');

  // The header's search box, from the keyboard: its button opens it, Enter searches.
  await page.getByRole('button', { name: lo.frame.search, exact: true }).focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('searchbox', { name: lo.frame.searchLabel });
  await expect(box).toBeFocused();
  await page.keyboard.type('ແຮ່ໂປຕາສ ຝຸ່ນປະສົມ');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const kust = page.getByTestId('hit').filter({ hasText: KUST_POTASH_TITLE });
  await expect(kust).toBeVisible({ timeout: FIRST_QUERY_TIMEOUT });
  // Written in Chinese, and shown as written (the Lao reader gets the English title beneath).
  await expect(kust.getByTestId('language-badge')).toHaveAttribute('data-language', 'zh');
  await expect(kust.getByTestId('concept-pair').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/docking-search-lo.png`, fullPage: true });
  await expectNoSeriousViolations(page, 'search in Lao');

  // The Lao request (also among the results) and its Matches tab.
  await page.getByTestId('hit').getByRole('link', { name: LAO_POTASH_REQUEST_TITLE }).click();
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]+$/);
  const matchesTab = page.getByRole('tab', { name: lo.frame.matches });
  await page.getByRole('tab', { name: lo.frame.details }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(matchesTab).toBeFocused();
  await expect(matchesTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/tab=matches/);
  const matches = page.getByTestId('match');
  await expect(matches.first()).toBeVisible({ timeout: FIRST_QUERY_TIMEOUT });
  const firstThree = await matches.evaluateAll((items) =>
    items.slice(0, 3).map((item) => item.textContent ?? ''),
  );
  expect(firstThree.some((text) => text.includes(KUST_POTASH_TITLE))).toBe(true);
  const kustMatch = matches.filter({ hasText: KUST_POTASH_TITLE });
  const reasons = kustMatch.getByTestId('reasons');
  await expect(reasons).toHaveAttribute('lang', 'lo');
  await expect(reasons.locator('li').first()).toContainText(LAO_SCRIPT);
  // A visitor is asked to sign in before judging a match.
  await expect(kustMatch.getByRole('link', { name: lo.feedback.signIn })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/docking-matches-lo.png`, fullPage: true });
  await expectNoSeriousViolations(page, 'matches in Lao');
  await phoneCheck(page, 'matches-lo');
});

test('a member judges a match, with a reason from the list, and finds the judgement again', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const list = await request.get(
    '/api/v1/opportunities?q=potash&country=LA&kind=technology_request&limit=50',
  );
  const { items } = (await list.json()) as { items: Array<{ id: string; title: Record<string, string> }> };
  const laoRequest = items.find((p) => p.title.lo === LAO_POTASH_REQUEST_TITLE);
  expect(laoRequest, 'the Lao potash request of the demo data').toBeTruthy();

  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await startIn(page, 'en');
  await signIn(page, 'zaw.min.htun@demo.corridor.example', DEMO_PASSWORD);
  await expect(page.locator('html')).toHaveAttribute('lang', 'my');
  await page.goto(`/opportunities/${laoRequest?.id}?tab=matches`);
  const kust = page.getByTestId('match').filter({ hasText: KUST_POTASH_TITLE });
  await expect(kust).toBeVisible({ timeout: FIRST_QUERY_TIMEOUT });

  await kust.getByRole('button', { name: my.feedback.notRelevant }).click();
  await kust.getByRole('radio', { name: my.feedback.reasons.already_known }).check();
  await kust.getByRole('button', { name: my.feedback.send }).click();
  const saved = kust.getByTestId('feedback-saved');
  await expect(saved).toHaveAttribute('data-relevant', 'false');
  await expect(saved).toContainText(my.feedback.reasons.already_known);

  // The judgement comes back from the server, and can be changed.
  await page.reload();
  await expect(saved).toHaveAttribute('data-relevant', 'false', { timeout: FIRST_QUERY_TIMEOUT });
  await saved.getByRole('button', { name: my.feedback.change }).click();
  await kust.getByRole('button', { name: my.feedback.relevant, exact: true }).click();
  await expect(saved).toHaveAttribute('data-relevant', 'true');
  await expectNoSeriousViolations(page, 'matches with feedback in Burmese');
  await context.close();
});

test('an expression of interest is accepted and becomes a conversation with a shared PDF', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL ?? 'http://127.0.0.1:8791';
  const stamp = Date.now().toString(36);
  const title = `Solar dryer for cashew processing ${stamp}`;

  // --- Two fresh organisations (API): the owner in Cambodia (Khmer), the sender in Myanmar (Burmese). ---
  const [owner, sender, coordinator] = await Promise.all([
    createAccount(base, `owner.${stamp}@example.org`, 'Sokha Owner', 'KH', 'km'),
    createAccount(base, `sender.${stamp}@example.org`, 'Aung Sender', 'MM', 'my'),
    demoAccount(base, 'sok.vannara@demo.corridor.example'),
  ]);
  const ownerOrg = await post<{ id: string }>(owner, '/api/v1/organisations', {
    name: { en: `Kampot Cashew Works ${stamp}` },
    kind: 'enterprise',
    country: 'KH',
    city: 'Kampot',
  });
  await post(sender, '/api/v1/organisations', {
    name: { en: `Mandalay Drying Systems ${stamp}` },
    kind: 'enterprise',
    country: 'MM',
    city: 'Mandalay',
  });
  const draft = await post<{ id: string }>(owner, '/api/v1/opportunities', {
    organisationId: ownerOrg.id,
    kind: 'technology_request',
    originalLanguage: 'en',
    title: { en: title },
    summary: { en: 'We seek a solar dryer for raw cashew nuts, about two tonnes a day.' },
    sectors: ['agrifood.food_processing'],
    cooperationTypes: ['technical_cooperation'],
  });
  await post(owner, `/api/v1/opportunities/${draft.id}/submit`);
  await post(coordinator, `/api/v1/opportunities/${draft.id}/review`, { decision: 'approve' });

  // --- The sender expresses interest, in Burmese. ---
  const senderContext = await browser.newContext({ locale: 'en-GB' });
  const senderPage = await senderContext.newPage();
  await startIn(senderPage, 'en');
  await signIn(senderPage, sender.email, PASSWORD);
  await expect(senderPage.locator('html')).toHaveAttribute('lang', 'my');
  await senderPage.goto(`/opportunities/${draft.id}`);
  await senderPage.getByTestId('express-interest').click();
  const form = senderPage.getByTestId('interest-form');
  await form.getByLabel(my.express.message).fill('We build solar dryers for cashew and would like to help.');
  await form.getByLabel(my.express.confidentiality).check();
  await expectNoSeriousViolations(senderPage, 'express interest in Burmese');
  await form.getByTestId('send-interest').click();
  await expect(senderPage.getByTestId('interest-sent')).toBeVisible();
  await senderPage.getByRole('link', { name: my.express.openInbox }).click();
  await expect(senderPage).toHaveURL(/\/inbox\/[0-9a-f-]+$/);
  const interestUrl = senderPage.url();
  await expect(senderPage.getByTestId('interest')).toHaveAttribute('data-status', 'pending');
  await expect(senderPage.getByTestId('withdraw-interest')).toBeVisible();

  // --- The owner, in Khmer, finds it in the inbox and accepts. ---
  const ownerContext = await browser.newContext({ locale: 'en-GB' });
  const ownerPage = await ownerContext.newPage();
  await startIn(ownerPage, 'en');
  await signIn(ownerPage, owner.email, PASSWORD);
  await expect(ownerPage.locator('html')).toHaveAttribute('lang', 'km');
  // The menu says one thing waits in the inbox (the interest to answer), for screen readers too.
  const waiting = ownerPage.getByTestId('inbox-waiting');
  await expect(waiting.locator('[aria-hidden="true"]')).toHaveText('1');
  await expect(waiting.locator('.visually-hidden')).toHaveText(km.frame.unread.replace('{{count}}', '1'));
  await ownerPage.getByTestId('nav-inbox').click();
  await expect(ownerPage).toHaveURL(/\/inbox$/);
  const item = ownerPage.getByTestId('inbox-item').filter({ hasText: title });
  await expect(item.getByTestId('interest-status')).toHaveAttribute('data-status', 'pending');
  await ownerPage.screenshot({ path: `${SCREENSHOTS}/docking-inbox-km.png`, fullPage: true });
  await expectNoSeriousViolations(ownerPage, 'inbox in Khmer');
  await phoneCheck(ownerPage, 'inbox-km');
  await item.getByRole('link', { name: title }).click();
  await expect(ownerPage).toHaveURL(interestUrl);
  await ownerPage.getByTestId('accept-interest').click();
  await expect(ownerPage.getByTestId('interest')).toHaveAttribute('data-status', 'accepted');
  // Acceptance opened a cooperation in the pipeline; the interest links to it.
  await expect(ownerPage.getByTestId('interest-cooperation')).toHaveAttribute(
    'href',
    /^\/cooperations\/[0-9a-f-]{36}$/,
  );
  const ownerConversation = ownerPage.getByTestId('conversation');
  await ownerConversation.getByLabel(km.conversation.message).fill('Welcome! Could you send us a datasheet?');
  await ownerConversation.getByTestId('send-message').click();
  await expect(ownerConversation.getByTestId('message')).toHaveCount(1);

  // --- The sender sees the conversation open and answers with a PDF. ---
  await senderPage.reload();
  const senderConversation = senderPage.getByTestId('conversation');
  await expect(senderConversation.getByTestId('message').first()).toContainText('datasheet');
  await senderConversation.getByLabel(my.conversation.message).fill('Here is our datasheet.');
  await senderConversation.getByTestId('conversation-file').setInputFiles({
    name: 'solar-dryer-datasheet.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await senderConversation.getByTestId('send-message').click();
  await expect(senderConversation.getByTestId('message')).toHaveCount(2);
  await expect(senderConversation.getByLabel(my.conversation.message)).toHaveValue('');
  await expectNoSeriousViolations(senderPage, 'conversation in Burmese');
  await phoneCheck(senderPage, 'conversation-my');

  // --- The owner's page asks for new messages by itself and offers the file. ---
  const shared = ownerConversation.getByTestId('message').filter({ hasText: 'solar-dryer-datasheet.pdf' });
  await expect(shared).toBeVisible({ timeout: 25_000 });
  await expect(shared).toContainText('Aung Sender');
  const href = await shared.getByRole('link').getAttribute('href');
  const file = await ownerPage.request.get(href ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  await ownerPage.screenshot({ path: `${SCREENSHOTS}/docking-conversation-km.png`, fullPage: true });
  await expectNoSeriousViolations(ownerPage, 'conversation in Khmer');

  // --- From the inbox to the cooperation the acceptance opened, with both organisations. ---
  await ownerPage.goto('/inbox');
  const accepted = ownerPage.getByTestId('inbox-item').filter({ hasText: title });
  await accepted.getByTestId('interest-cooperation').click();
  await expect(ownerPage).toHaveURL(/\/cooperations\/[0-9a-f-]{36}$/);
  await expect(ownerPage.getByText(`Mandalay Drying Systems ${stamp}`).first()).toBeVisible();

  await Promise.all([senderContext.close(), ownerContext.close(), owner.api.dispose(), sender.api.dispose()]);
  await coordinator.api.dispose();
});

test('a coordinator adds a Lao synonym to a concept; a member without the role cannot edit', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const conceptId = 'agrifood.potassium_sulfate';
  const synonym = 'ຝຸ່ນໂປຕັດຊຽມຊັນເຟດ';
  const comment = 'Name used by Lao extension officers';

  // --- The Lao coordinator opens the concept from the terminology base. ---
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await startIn(page, 'en');
  await signIn(page, 'souliya.phommachanh@demo.corridor.example', DEMO_PASSWORD);
  await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
  await page.getByRole('link', { name: lo.frame.terminology }).first().click();
  await expect(page).toHaveURL(/\/terminology$/);
  await page.getByTestId('terminology-search').fill('potassium sulfate');
  await page.getByTestId('terminology-search').press('Enter');
  await page.locator(`[data-concept-id="${conceptId}"]`).getByRole('link').first().click();
  await expect(page).toHaveURL(`/terminology/${conceptId}`);
  await expect(page.getByTestId('terms-row-lo')).toBeVisible();

  // --- Someone else saves first: the editor says so and shows the newer version. ---
  await page.getByTestId('edit-concept').click();
  const csrf = (await context.cookies()).find((c) => c.name === 'corridor_csrf')?.value ?? '';
  const current = (await (await page.request.get(`/api/v1/terminology/concepts/${conceptId}`)).json()) as {
    version: number;
  };
  await expectOk(
    await page.request.patch(`/api/v1/terminology/concepts/${conceptId}`, {
      headers: { 'x-csrf-token': csrf },
      data: { comment: 'A parallel edit', version: current.version },
    }),
    'parallel edit',
  );
  const editor = page.getByTestId('concept-editor');
  await editor.getByTestId('concept-comment').fill(comment);
  await editor.getByTestId('save-concept').click();
  await expect(page.getByTestId('concept-conflict')).toHaveText(lo.editor.conflict);
  await expect(editor.getByTestId('concept-comment')).toHaveValue('');

  // --- The change again, on the newer version: a Lao synonym with a comment. ---
  const laoTerms = editor.getByTestId('terms-lo');
  await laoTerms.getByTestId('add-term-lo').click();
  await laoTerms.getByRole('textbox').last().fill(synonym);
  await editor.getByTestId('concept-comment').fill(comment);
  await page.screenshot({ path: `${SCREENSHOTS}/docking-terminology-editor-lo.png`, fullPage: true });
  await expectNoSeriousViolations(page, 'terminology editor in Lao');
  await phoneCheck(page, 'terminology-editor-lo');
  await editor.getByTestId('save-concept').click();
  await expect(page.getByTestId('concept-notice')).toHaveText(lo.editor.saved);
  await expect(page.getByTestId('terms-row-lo')).toContainText(synonym);

  // --- The history shows who changed what, and why. ---
  const latest = page.getByTestId('history-entry').first();
  await expect(latest).toHaveAttribute('data-action', 'update');
  await expect(latest).toContainText(comment);
  await expect(latest).toContainText('ສຸລິຍາ');
  await expect(latest.getByTestId('history-diff').locator('ins', { hasText: synonym })).toBeVisible();
  await context.close();

  // --- A member without the coordinator role reads the concept but has no edit button (Burmese). ---
  const memberContext = await browser.newContext({ locale: 'en-GB' });
  const member = await memberContext.newPage();
  await startIn(member, 'en');
  await signIn(member, 'zaw.min.htun@demo.corridor.example', DEMO_PASSWORD);
  await expect(member.locator('html')).toHaveAttribute('lang', 'my');
  await expect(member.getByRole('link', { name: my.frame.terminology })).toHaveCount(0);
  await member.goto(`/terminology/${conceptId}`);
  await expect(member.getByTestId('terms-row-lo')).toContainText(synonym);
  await expect(member.getByText(my.terminology.readOnly)).toBeVisible();
  await expect(member.getByTestId('edit-concept')).toHaveCount(0);
  await expect(member.getByTestId('retire-concept')).toHaveCount(0);
  await member.screenshot({ path: `${SCREENSHOTS}/docking-concept-my.png`, fullPage: true });
  await expectNoSeriousViolations(member, 'concept in Burmese');
  await phoneCheck(member, 'concept-my');
  await memberContext.close();
});

test('the menu of a coordinator keeps its links on one line in Burmese, and fits a phone', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await startIn(page, 'en');
  await signIn(page, 'khin.thida.aung@demo.corridor.example', DEMO_PASSWORD);
  await expect(page.locator('html')).toHaveAttribute('lang', 'my');
  const rowsOf = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((items) => new Set(items.map((item) => item.getBoundingClientRect().top)).size);
  await expect(page.locator('.site-nav .nav-links:not(.nav-work) > li')).toHaveCount(4);
  expect(await rowsOf('.site-nav .nav-links:not(.nav-work) > li'), 'main links on one line').toBe(1);
  expect(await rowsOf('.site-nav .nav-work > li'), 'own pages on one line').toBe(1);
  await page.screenshot({ path: `${SCREENSHOTS}/docking-header-my-1280.png` });

  await page.setViewportSize({ width: 360, height: 800 });
  const brand = await page.locator('.brand').boundingBox();
  const toggle = await page.locator('.menu-toggle').boundingBox();
  expect(Math.abs((brand?.y ?? 0) - (toggle?.y ?? 100)), 'brand and menu button on one row').toBeLessThan(30);
  await page.locator('.menu-toggle').click();
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
  await expectNoHorizontalOverflow(page, 'menu open in Burmese at 360 px');
  await page.screenshot({ path: `${SCREENSHOTS}/docking-header-my-360.png`, fullPage: true });
  await expectNoSeriousViolations(page, 'menu open in Burmese at 360 px');
  await context.close();
});
