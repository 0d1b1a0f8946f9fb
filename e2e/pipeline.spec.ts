import { readFile } from 'node:fs/promises';
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test,
} from '@playwright/test';
import { lo as loMain } from '../web/src/i18n/catalogue/lo';
import { lo } from '../web/src/i18n/pipeline/lo';
import { DEMO_PASSWORD, signIn, startIn } from './support/app';
import { expectNoSeriousViolations } from './support/checks';

/**
 * The cooperation pipeline and the indicators in the browser: a cooperation opened by hand and moved
 * through every stage (with its confidentiality agreement, its agreement in baht and its first
 * outcome), then the dashboard's figures checked against data created for the purpose.
 */

const ANOUSONE = 'anousone.latsavong@demo.corridor.example'; // Laos, English interface
const PANUWAT = 'panuwat.lertwiriya@demo.corridor.example'; // Thailand, English interface
const PIYANUT = 'piyanut.wongyai@demo.corridor.example'; // Thailand, in neither organisation
const CHEN_LI = 'chen.li@demo.corridor.example'; // platform administrator
const SOK = 'sok.vannara@demo.corridor.example'; // Cambodia
const TRAN = 'tran.minh.quan@demo.corridor.example'; // Viet Nam

type Json = Record<string, unknown>;

/** A signed-in API client (session cookie plus CSRF header), for the data a test only needs to exist. */
interface ApiClient {
  request: APIRequestContext;
  user: { id: string; displayName: string };
  get<T = Json>(path: string): Promise<T>;
  send<T = Json>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T>;
}

async function apiAs(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  email: string,
): Promise<ApiClient> {
  const request = await playwright.request.newContext({ baseURL });
  const signedIn = await request.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signedIn.status(), `sign-in of ${email}`).toBe(200);
  const { user, csrfToken } = (await signedIn.json()) as { user: ApiClient['user']; csrfToken: string };
  const check = async <T>(response: APIResponse, what: string): Promise<T> => {
    expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    request,
    user,
    get: async <T>(path: string) => check<T>(await request.get(`/api/v1${path}`), `GET ${path}`),
    send: async <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) =>
      check<T>(
        await request.fetch(`/api/v1${path}`, { method, data: body, headers: { 'x-csrf-token': csrfToken } }),
        `${method} ${path}`,
      ),
  };
}

async function createOrganisation(client: ApiClient, name: string, country: string): Promise<string> {
  const organisation = await client.send<{ id: string }>('POST', '/organisations', {
    name: { en: name },
    kind: 'enterprise',
    country,
  });
  return organisation.id;
}

/** A browser page in its own context, signed in through the form, interface in English. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await startIn(page, 'en');
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

test('a cooperation moves from the first contact to its first outcome', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const laoName = `Mekong Solar Dryers ${stamp}`;
  const thaiName = `Isan Food Processing ${stamp}`;
  const title = `Solar dryer licence ${stamp}`;
  const ndaName = `nda-${stamp}.pdf`;
  const ndaBytes = Buffer.from(`%PDF-1.4\n% Confidentiality agreement ${stamp}\n%%EOF\n`, 'latin1');

  // --- Two organisations, each registered by its own editor (API). ---
  const laoEditor = await apiAs(playwright, baseURL, ANOUSONE);
  const thaiEditor = await apiAs(playwright, baseURL, PANUWAT);
  await createOrganisation(laoEditor, laoName, 'LA');
  await createOrganisation(thaiEditor, thaiName, 'TH');

  // --- An administrator enters the baht's rate on the exchange-rate page. ---
  const admin = await signedInPage(browser, CHEN_LI);
  await admin.goto('/admin/exchange-rates');
  const rateForm = admin.getByTestId('rate-form');
  await rateForm.getByLabel('Currency').selectOption('THB');
  // From today, so it is the latest rate on or before today's signing, whatever rates the demo holds.
  await rateForm.getByLabel('Valid from').fill(todayUtc());
  await rateForm.getByRole('spinbutton', { name: /Units per US dollar/ }).fill('35.5');
  await rateForm.getByLabel('Source').fill('Bank of Thailand reference rate');
  await rateForm.getByTestId('rate-submit').click();
  await expect(admin.locator('.alert-success')).toContainText('Rate saved');
  await expect(
    admin.getByTestId('rate-row').filter({ hasText: 'Bank of Thailand reference rate' }).first(),
  ).toContainText('35.5');

  // --- The Lao editor opens the cooperation by hand. ---
  const lao = await signedInPage(browser, ANOUSONE);
  await lao.goto('/cooperations/new');
  const form = lao.getByTestId('new-cooperation');
  await form.getByRole('textbox', { name: /^Title/ }).fill(title);
  await form.getByLabel('Your organisation').selectOption({ label: laoName });
  await form.getByRole('searchbox', { name: /Find a partner organisation/ }).fill(thaiName);
  await form.getByRole('button', { name: `Add “${thaiName}”` }).click();
  await expect(form.getByTestId('chosen-partners')).toContainText(thaiName);
  await form.getByTestId('open-cooperation').click();
  await expect(lao).toHaveURL(/\/cooperations\/[0-9a-f-]{36}$/);
  const cooperationUrl = new URL(lao.url()).pathname;
  const cooperationPage = lao.getByTestId('cooperation-page');
  await expect(cooperationPage).toHaveAttribute('data-stage', 'contact');
  await expect(lao.getByRole('heading', { level: 1 })).toHaveText(title);

  const moveTo = async (stage: string) => {
    const move = lao.getByTestId('move-form');
    await move.getByLabel('Next stage').selectOption(stage);
    await move.getByTestId('move-submit').click();
    await expect(cooperationPage).toHaveAttribute('data-stage', stage);
  };

  // --- Contact → meeting held → confidentiality agreement signed, with the NDA uploaded. ---
  await moveTo('meeting_held');
  await moveTo('nda_signed');
  await expect(lao.getByTestId('step-nda_signed')).toHaveAttribute('aria-current', 'step');
  const upload = lao.getByTestId('document-upload');
  await upload.getByLabel('Kind of document').selectOption('nda');
  await upload.getByLabel('File', { exact: true }).setInputFiles({
    name: ndaName,
    mimeType: 'application/pdf',
    buffer: ndaBytes,
  });
  await upload.getByTestId('document-submit').click();
  await expect(lao.getByTestId('documents').getByTestId('document')).toContainText(ndaName);

  // --- The other party sees the cooperation and downloads the NDA. ---
  const thai = await signedInPage(browser, PANUWAT);
  await thai.goto(cooperationUrl);
  await expect(thai.getByRole('heading', { level: 1 })).toHaveText(title);
  const [download] = await Promise.all([
    thai.waitForEvent('download'),
    thai.getByTestId('documents').getByRole('link', { name: ndaName }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(ndaName);
  expect(await readFile(await download.path())).toEqual(ndaBytes);

  // --- Someone from neither organisation cannot see it at all. ---
  const outsider = await signedInPage(browser, PIYANUT);
  await outsider.goto(cooperationUrl);
  await expect(outsider.getByTestId('not-found')).toBeVisible();
  await expect(outsider.getByRole('heading', { level: 1 })).not.toHaveText(title);
  const outsiderApi = await apiAs(playwright, baseURL, PIYANUT);
  expect((await outsiderApi.request.get(`/api/v1${cooperationUrl}`)).status()).toBe(404);

  // --- Negotiation → agreement signed: a licence in baht, shown with its US dollar equivalent. ---
  await moveTo('negotiation');
  const move = lao.getByTestId('move-form');
  await move.getByLabel('Next stage').selectOption('agreement_signed');
  await move.getByLabel('Type of agreement').selectOption('licence');
  await move.getByRole('spinbutton', { name: /^Value/ }).fill('3550000');
  await move.getByLabel('Currency').selectOption('THB');
  await move
    .getByLabel('Intellectual property terms')
    .fill('Exclusive licence for Laos and Thailand; 4% royalty.');
  await move.getByTestId('move-submit').click();
  await expect(cooperationPage).toHaveAttribute('data-stage', 'agreement_signed');
  const agreement = lao.getByTestId('agreement');
  await expect(agreement).toContainText('Licence');
  await expect(agreement.getByTestId('agreement-value')).toContainText('3,550,000');
  // 3,550,000 baht at 35.5 baht per dollar.
  await expect(agreement.getByTestId('usd-value')).toContainText('US$100,000');
  await expect(agreement).toContainText('35.5 THB per US dollar');

  // --- Implementation → outcome reported: 12 jobs created. ---
  await moveTo('implementation');
  const outcome = lao.getByTestId('outcome-form');
  await outcome.getByLabel('What you report').selectOption('jobs_created');
  await outcome.getByRole('spinbutton', { name: /^Figure/ }).fill('12');
  await outcome.getByTestId('outcome-submit').click();
  await expect(cooperationPage).toHaveAttribute('data-stage', 'outcome_reported');
  await expect(lao.getByTestId('outcome')).toContainText('Jobs created: 12');

  // --- A Cambodian organisation joins and leaves again; at least two parties always stay. ---
  const khmerEditor = await apiAs(playwright, baseURL, SOK);
  const khmerName = `Battambang Rice Mills ${stamp}`;
  await createOrganisation(khmerEditor, khmerName, 'KH');
  const partiesEditor = lao.getByTestId('parties-editor');
  const partyList = lao.getByRole('list', { name: 'Participating organisations' });
  await partiesEditor.locator('summary', { hasText: 'Change the parties' }).click();
  let partiesForm = partiesEditor.getByTestId('parties-form');
  await partiesForm.getByRole('searchbox', { name: /Find a partner organisation/ }).fill(khmerName);
  await partiesForm.getByRole('button', { name: `Add “${khmerName}”` }).click();
  await partiesForm.getByTestId('save-parties').click();
  await expect(partiesEditor.locator('.alert-success')).toContainText('The parties are saved.');
  await expect(partyList.getByRole('listitem')).toHaveCount(3);
  await expect(partyList).toContainText(khmerName);
  await partiesEditor.locator('summary', { hasText: 'Change the parties' }).click();
  partiesForm = partiesEditor.getByTestId('parties-form');
  await partiesForm.getByRole('button', { name: `Remove “${khmerName}”` }).click();
  // Two organisations left: neither can be removed.
  await expect(partiesForm.getByRole('button', { name: /^Remove “/ })).toHaveCount(0);
  await partiesForm.getByTestId('save-parties').click();
  await expect(partyList.getByRole('listitem')).toHaveCount(2);
  await expect(partyList).not.toContainText(khmerName);

  // --- A next step for the Thai editor: the owner may be anyone of the parties. ---
  const steps = lao.getByTestId('next-steps');
  await steps.locator('summary', { hasText: 'Add the next step' }).click();
  await steps.getByLabel('What needs doing').fill('Send the dryer drawings');
  await steps.getByLabel('Owner').selectOption({ label: `${thaiEditor.user.displayName} (${thaiName})` });
  await steps.getByLabel('Due date').fill(todayUtc());
  await steps.getByRole('button', { name: 'Add the next step' }).click();
  await expect(steps.getByTestId('next-step')).toContainText(`Owner: ${thaiEditor.user.displayName}`);

  // --- The history lists every step, newest first, with who moved it and when. ---
  const history = lao.getByTestId('history-item');
  await expect(history).toHaveCount(7);
  const stages = await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-stage')));
  expect(stages).toEqual([
    'outcome_reported',
    'implementation',
    'agreement_signed',
    'negotiation',
    'nda_signed',
    'meeting_held',
    'contact',
  ]);
  for (const item of await history.all()) {
    await expect(item).toContainText(`by ${laoEditor.user.displayName}`);
    await expect(item.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
  await expect(lao.getByTestId('step-outcome_reported')).toHaveAttribute('aria-current', 'step');
  await expectNoSeriousViolations(lao, 'cooperation page');

  await Promise.all([admin, lao, thai, outsider].map((p) => p.context().close()));
  await Promise.all([laoEditor, thaiEditor, outsiderApi, khmerEditor].map((c) => c.request.dispose()));
});

interface IndicatorView {
  rows: Array<Record<string, string | number | null>>;
}

test('the dashboard shows the figures of the data, and reads in Lao', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const month = todayUtc().slice(0, 7);
  const filters = `country=KH&from=${month}&to=${month}`;
  const admin = await apiAs(playwright, baseURL, CHEN_LI);
  const table = (name: string) => admin.get<IndicatorView>(`/indicators/${name}?${filters}&lang=en`);
  const figure = (view: IndicatorView, match: Record<string, string>, column: string): number => {
    const row = view.rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v));
    return typeof row?.[column] === 'number' ? row[column] : 0;
  };

  // --- What the tables say before (other tests may have left cooperations of their own). ---
  const before = {
    stages: await table('cooperations-by-stage'),
    types: await table('agreements-by-type'),
    outcomes: await table('outcomes'),
    outcomesByMonth: await table('outcomes-by-month'),
    map: await table('map'),
  };

  // --- Known data: three cooperations between a Cambodian and a Vietnamese organisation. ---
  const cambodian = await apiAs(playwright, baseURL, SOK);
  const vietnamese = await apiAs(playwright, baseURL, TRAN);
  const kh = await createOrganisation(cambodian, `Tonle Sap Aquaculture ${stamp}`, 'KH');
  const vn = await createOrganisation(vietnamese, `Mekong Delta Rice Institute ${stamp}`, 'VN');
  const open = async (name: string) =>
    (
      await cambodian.send<{ id: string }>('POST', '/cooperations', {
        title: { en: `${name} ${stamp}` },
        organisationIds: [kh, vn],
      })
    ).id;
  const move = (id: string, body: Json) => cambodian.send('POST', `/cooperations/${id}/stage`, body);
  const licensed = await open('Fish feed licence');
  await move(licensed, { to: 'negotiation' });
  await move(licensed, {
    to: 'agreement_signed',
    agreement: { type: 'licence', signedOn: todayUtc(), value: { amount: 50_000, currency: 'USD' } },
  });
  await move(licensed, { to: 'implementation' });
  await cambodian.send('POST', `/cooperations/${licensed}/outcomes`, {
    metric: 'people_trained',
    value: 30,
    reportedOn: todayUtc(),
  });
  const research = await open('Salt-tolerant rice research');
  await move(research, { to: 'negotiation' });
  await move(research, {
    to: 'agreement_signed',
    agreement: { type: 'joint_rd', signedOn: todayUtc(), value: { amount: 254_000_000, currency: 'VND' } },
  });
  await open('Cold chain first contact');

  // The dong agreement has a USD value only when a dong rate exists on or before today (the demo may hold some).
  const dongRates = await admin.get<{ items: Array<{ rateDate: string }> }>(
    '/admin/exchange-rates?currency=VND&limit=200',
  );
  const dongRated = dongRates.items.some((rate) => rate.rateDate <= todayUtc());
  const expected = {
    contact: figure(before.stages, { stage: 'contact' }, 'cooperations') + 1,
    agreementSigned: figure(before.stages, { stage: 'agreement_signed' }, 'cooperations') + 1,
    outcomeReported: figure(before.stages, { stage: 'outcome_reported' }, 'cooperations') + 1,
    licences: figure(before.types, { type: 'licence' }, 'agreements') + 1,
    jointRd: figure(before.types, { type: 'joint_rd' }, 'agreements') + 1,
    jointRdWithoutUsd: figure(before.types, { type: 'joint_rd' }, 'withoutUsd') + (dongRated ? 0 : 1),
    peopleTrained: figure(before.outcomes, { metric: 'people_trained' }, 'total') + 30,
    peopleTrainedThisMonth: figure(before.outcomesByMonth, { month, metric: 'people_trained' }, 'total') + 30,
    khCooperations: figure(before.map, { country: 'KH' }, 'cooperations') + 3,
    khAgreements: figure(before.map, { country: 'KH' }, 'agreements') + 2,
  };

  // --- An administrator (every figure shown) opens the dashboard filtered to Cambodia and this month. ---
  const page = await signedInPage(browser, CHEN_LI);
  await page.goto(`/dashboard?${filters}`);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', 'detailed');

  const tableOf = async (section: string) => {
    const box = page.getByTestId(`section-${section}`);
    const toggle = box.getByRole('button', { name: 'Show as table' });
    if (await toggle.isVisible()) await toggle.click();
    const shown = box.getByTestId('indicator-table');
    await expect(shown).toBeVisible();
    return shown;
  };
  const cell = (scope: ReturnType<Page['locator']>, row: string, column: string) =>
    scope.locator(`tr[data-row="${row}"] [data-column="${column}"]`);

  const stages = await tableOf('cooperations-by-stage');
  await expect(cell(stages, 'contact', 'cooperations')).toHaveText(String(expected.contact));
  await expect(cell(stages, 'agreement_signed', 'cooperations')).toHaveText(String(expected.agreementSigned));
  await expect(cell(stages, 'outcome_reported', 'cooperations')).toHaveText(String(expected.outcomeReported));

  const types = await tableOf('agreements-by-type');
  await expect(cell(types, 'licence', 'agreements')).toHaveText(String(expected.licences));
  await expect(cell(types, 'joint_rd', 'agreements')).toHaveText(String(expected.jointRd));
  await expect(cell(types, 'joint_rd', 'withoutUsd')).toHaveText(String(expected.jointRdWithoutUsd));
  await expect(cell(types, 'licence', 'usdTotal')).toContainText('US$');

  const outcomes = await tableOf('outcomes');
  await expect(cell(outcomes, 'people_trained', 'total')).toHaveText(String(expected.peopleTrained));
  const outcomesOverTime = await tableOf('outcomes-by-month');
  await expect(cell(outcomesOverTime, `${month}|people_trained`, 'total')).toHaveText(
    String(expected.peopleTrainedThisMonth),
  );

  // The pair of countries, whichever way round the API orders it.
  const pairs = await table('agreements-by-country-pair');
  const pair = pairs.rows.find((r) => [r.countryA, r.countryB].sort().join() === 'KH,VN');
  expect(pair, 'a KH–VN row').toBeTruthy();
  const pairTable = await tableOf('agreements-by-country-pair');
  await expect(cell(pairTable, `${pair?.countryA}|${pair?.countryB}`, 'agreements')).toHaveText(
    String(pair?.agreements),
  );
  expect(Number(pair?.agreements)).toBeGreaterThanOrEqual(2);

  // --- The map shows the per-country counts. ---
  const mapTable = await tableOf('map');
  await expect(cell(mapTable, 'KH', 'cooperations')).toHaveText(String(expected.khCooperations));
  await expect(cell(mapTable, 'KH', 'agreements')).toHaveText(String(expected.khAgreements));
  await page.getByTestId('section-map').getByRole('button', { name: 'Show as chart' }).click();
  await page.getByLabel('Figure on the map').selectOption('cooperations');
  const cambodia = page.getByTestId('corridor-map').locator('a[data-country="KH"]');
  await expect(cambodia).toHaveAttribute('data-value', String(expected.khCooperations));
  await expect(cambodia).toHaveAttribute('aria-label', `Cambodia, Cooperations: ${expected.khCooperations}`);
  await expect(cambodia.locator('text')).toContainText(String(expected.khCooperations));
  await cambodia.focus();
  await expect(cambodia).toBeFocused();
  await expectNoSeriousViolations(page, 'dashboard');

  // --- A visitor switches the dashboard to Lao. ---
  const visitorContext = await browser.newContext({ locale: 'en-GB' });
  const visitor = await visitorContext.newPage();
  await startIn(visitor, 'en');
  await visitor.goto(`/dashboard?${filters}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Corridor indicators');
  await visitor.getByTestId('language-switcher').selectOption('lo');
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'lo');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(lo.dashboard.title);
  await expect(visitor.getByRole('heading', { name: lo.dashboard.sections.pipeline })).toBeVisible();
  await expect(visitor.getByTestId('key-figures')).toContainText(lo.dashboard.figure.publishedProfiles);
  await expect(visitor.locator('[data-detail]')).toHaveText(lo.dashboard.public);
  await expect(visitor.getByTestId('corridor-map').locator('a[data-country="KH"]')).toHaveAttribute(
    'aria-label',
    new RegExp(`^${loMain.vocab.country.KH}, `),
  );
  await expect(visitor).toHaveURL(/country=KH/);
  await expectNoSeriousViolations(visitor, 'dashboard in Lao');

  await Promise.all([page.context().close(), visitorContext.close()]);
  await Promise.all([admin, cambodian, vietnamese].map((c) => c.request.dispose()));
});
