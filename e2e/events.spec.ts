import { readFileSync } from 'node:fs';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { signIn, startIn } from './support/app';
import { expectNoHorizontalOverflow, expectNoSeriousViolations } from './support/checks';
import { linkIn, waitForMail } from './support/mail';

/**
 * A small docking fair from registration to the report, through the web app: an organiser creates a
 * fair in Asia/Vientiane with two programme sessions, meeting slots and named tables, and publishes
 * it, adding and removing a co-organising organisation on the way; three organisations register
 * (one with a delegation of two) and are approved; they ask each other for meetings (one "must meet")
 * and accept; the organiser pins one meeting to the last slot at table A2 (and pins and unpins
 * another), runs the scheduler, sees the pinned meeting placed there, and publishes the schedule; a
 * participant reads the agenda with table numbers and downloads the calendar file; the organiser
 * checks a participant in through the QR code's address, marks a no-show and a held meeting; both
 * sides of a meeting answer the follow-up form; the report counts it all; a meeting is called off,
 * the organiser reschedules, and the participant's agenda says what changed.
 *
 * Accounts and organisations are created through the API (sign-up, the confirmation mail, an
 * invitation for the delegate); everything the issue is about goes through the pages. The meeting
 * slots lie a little in the past (the event has begun and ends tomorrow), so follow-up forms open.
 */

const PASSWORD = 'docking-fair-vientiane-2026';

interface Account {
  email: string;
  name: string;
  api: APIRequestContext;
  csrf: string;
}

/** An API client for the server the tests run against, with its own cookie jar. */
async function apiClient(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'accept-language': 'en' } });
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
): Promise<Account> {
  const api = await apiClient(baseURL);
  const signUp = await api.post('/api/v1/auth/sign-up', {
    data: { email, password: PASSWORD, displayName: name, preferredLanguage: 'en', country },
  });
  await expectOk(signUp, `sign up ${email}`);
  const { csrfToken } = (await signUp.json()) as { csrfToken: string };
  const mail = await waitForMail(email, '/verify-email?token=');
  const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token') ?? '';
  await expectOk(
    await api.post('/api/v1/auth/verify-email', { headers: { 'x-csrf-token': csrfToken }, data: { token } }),
    `verify ${email}`,
  );
  return { email, name, api, csrf: csrfToken };
}

async function createOrganisation(account: Account, name: string, kind: string, country: string) {
  const response = await account.api.post('/api/v1/organisations', {
    headers: { 'x-csrf-token': account.csrf },
    data: { name: { en: name }, kind, country, city: '' },
  });
  await expectOk(response, `organisation ${name}`);
  return (await response.json()) as { id: string; slug: string };
}

/** `admin` invites `colleague` into the organisation by mail; the colleague accepts with the token. */
async function addColleague(admin: Account, organisationId: string, colleague: Account): Promise<void> {
  await expectOk(
    await admin.api.post(`/api/v1/organisations/${organisationId}/invitations`, {
      headers: { 'x-csrf-token': admin.csrf },
      data: { email: colleague.email, role: 'member' },
    }),
    'invite the delegate',
  );
  const mail = await waitForMail(colleague.email, '/invitations/accept?token=');
  const token = new URL(linkIn(mail, '/invitations/accept?token=')).searchParams.get('token') ?? '';
  await expectOk(
    await colleague.api.post('/api/v1/invitations/accept', {
      headers: { 'x-csrf-token': colleague.csrf },
      data: { token },
    }),
    'accept the invitation',
  );
}

/** A signed-in browser page for `account`, optionally in another time zone. */
async function browserFor(
  browser: Browser,
  account: Account,
  timezoneId = 'Asia/Vientiane',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId, acceptDownloads: true });
  const page = await context.newPage();
  await startIn(page, 'en');
  await signIn(page, account.email, PASSWORD);
  return { context, page };
}

/** The wall-clock time in Vientiane (UTC+7, no daylight saving) `minutes` from now, as `YYYY-MM-DDTHH:MM`. */
function vientiane(base: number, minutes: number): string {
  return new Date(base + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

test('a docking fair from registration to the report', async ({ browser, baseURL }) => {
  test.setTimeout(420_000);
  const base = baseURL ?? 'http://127.0.0.1:8791';
  const stamp = Date.now().toString(36);
  const title = `Mekong Green Technology Docking Fair ${stamp}`;
  const org = {
    council: `Vientiane Innovation Council ${stamp}`,
    solar: `Mekong Solar Lab ${stamp}`,
    agritech: `Isan Agritech Cooperative ${stamp}`,
    water: `Tonle Clean Water ${stamp}`,
    park: `Luang Prabang Science Park ${stamp}`,
  };

  // --- Accounts and organisations (API). ---
  const [organiser, solarLead, solarDelegate, agritech, water] = await Promise.all([
    createAccount(base, `organiser.${stamp}@example.org`, 'Khamla Organiser', 'LA'),
    createAccount(base, `solar.${stamp}@example.org`, 'Phonsavan Solar', 'LA'),
    createAccount(base, `solar.delegate.${stamp}@example.org`, 'Noy Delegate', 'LA'),
    createAccount(base, `agritech.${stamp}@example.org`, 'Somchai Agritech', 'TH'),
    createAccount(base, `water.${stamp}@example.org`, 'Sophal Water', 'KH'),
  ]);
  await createOrganisation(organiser, org.council, 'government_agency', 'LA');
  await createOrganisation(organiser, org.park, 'hightech_park_incubator', 'LA');
  const solarOrg = await createOrganisation(solarLead, org.solar, 'research_institute', 'LA');
  await createOrganisation(agritech, org.agritech, 'enterprise', 'TH');
  await createOrganisation(water, org.water, 'enterprise', 'KH');
  await addColleague(solarLead, solarOrg.id, solarDelegate);

  // --- The organiser creates the fair through the form. ---
  const now = Math.floor(Date.now() / 300_000) * 300_000;
  const { context: organiserContext, page: desk } = await browserFor(browser, organiser);
  await desk.goto('/events');
  await desk.getByRole('link', { name: 'Create an event' }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Create an event');
  await desk.getByLabel('Kind of event').selectOption('brokerage_event');
  await desk.getByLabel('Language you write in').selectOption('en');
  await desk.getByTestId('event-title-input').fill(title);
  await desk
    .getByLabel('Description')
    .fill('Technology holders and seekers of the corridor meet one to one.');
  await desk.getByTestId('time-zone-input').fill('Asia/Vientiane');
  await desk.getByTestId('starts-at-input').fill(vientiane(now, -180));
  await desk.getByTestId('ends-at-input').fill(vientiane(now, 24 * 60));
  await desk.getByLabel('Venue', { exact: true }).fill('Lao-ITECC Exhibition Centre');
  await desk.getByLabel('City').fill('Vientiane');
  await desk.getByLabel('Country').selectOption('LA');
  await desk.getByTestId('table-count-input').fill('2');
  await desk.getByTestId('table-labels-input').fill('A1, A2');
  await expectNoSeriousViolations(desk, 'create event');
  await desk.getByTestId('event-form-submit').click();
  await expect(desk).toHaveURL(/\/events\/[0-9a-f-]+\/manage\?tab=programme$/);
  const eventId = /\/events\/([0-9a-f-]+)\//.exec(desk.url())?.[1] ?? '';

  // The organiser's science park co-organises for a while: added, then removed again.
  await desk.getByRole('tab', { name: 'Details' }).click();
  const organisers = desk.getByTestId('organiser-item');
  await expect(organisers).toHaveCount(1);
  await expect(organisers.getByTestId('remove-organiser')).toBeDisabled();
  await desk.getByLabel('Add a co-organising organisation').selectOption({ label: org.park });
  await desk.getByTestId('add-organiser').click();
  await expect(desk.getByText(`${org.park} now co-organises the event.`)).toBeVisible();
  await expect(organisers).toHaveCount(2);
  await expect(desk.getByTestId('organiser-list')).toContainText(org.park);
  await expectNoSeriousViolations(desk, 'organisers');
  await desk.getByRole('button', { name: `Remove ${org.park} from the organisers` }).click();
  await expect(desk.getByText(`${org.park} no longer organises the event.`)).toBeVisible();
  await expect(organisers).toHaveCount(1);
  await expect(organisers).toContainText(org.council);
  await desk.getByRole('tab', { name: 'Programme' }).click();

  // Two programme sessions: the opening (over) and tomorrow's panel.
  const sessionForm = desk.getByTestId('session-form');
  for (const [name, from, to] of [
    ['Opening ceremony', -180, -160],
    ['Panel: solar drying and water', 20 * 60, 21 * 60],
  ] as const) {
    await sessionForm.getByLabel('Title of the session').fill(name);
    await desk.getByTestId('session-starts-at').fill(vientiane(now, from));
    await desk.getByTestId('session-ends-at').fill(vientiane(now, to));
    await desk.getByTestId('add-session').click();
    await expect(desk.getByTestId('session-list')).toContainText(name);
  }

  // Three 20-minute meeting slots that have already begun.
  await desk.getByRole('tab', { name: 'Meeting slots and tables' }).click();
  await desk.getByTestId('block-0-starts-at').fill(vientiane(now, -150));
  await desk.getByTestId('block-0-ends-at').fill(vientiane(now, -90));
  await desk.getByTestId('block-0-minutes').fill('20');
  await desk.getByTestId('block-0-break').fill('0');
  await desk.getByTestId('save-slots').click();
  await expect(desk.getByText('3 slots saved.')).toBeVisible();
  await expect(desk.getByTestId('slot-list').locator('li')).toHaveCount(3);

  await desk.getByRole('tab', { name: 'Publish' }).click();
  await desk.getByTestId('publish-event').click();
  await expect(desk.getByTestId('event-published')).toBeVisible();

  // --- Three organisations register through the event page; one brings a delegate. ---
  const { context: solarContext, page: solar } = await browserFor(browser, solarLead);
  const { context: agriContext, page: agri } = await browserFor(browser, agritech);
  // The water company reads the corridor from Yangon (UTC+6:30): times show both zones.
  const { context: waterContext, page: tonle } = await browserFor(browser, water, 'Asia/Yangon');

  await solar.goto('/events');
  await solar.getByRole('link', { name: title }).click();
  await expect(solar.getByTestId('event-title')).toHaveText(title);
  await expect(solar.getByTestId('programme')).toContainText('Opening ceremony');
  await expectNoSeriousViolations(solar, 'event page');
  await solar.getByTestId('register-link').click();
  await solar.getByRole('checkbox', { name: /Noy Delegate/ }).check();
  const solarForm = solar.getByTestId('register-form');
  await solarForm
    .getByRole('textbox', { name: 'What we offer' })
    .fill('Solar dryers for coffee and cassava.');
  await solarForm.getByRole('textbox', { name: 'What we seek' }).fill('Water treatment partners.');
  await solarForm.getByLabel('Keywords (comma-separated)').fill('solar drying, cassava');
  await expectNoSeriousViolations(solar, 'register');
  await solar.getByTestId('register-form-submit').click();
  await expect(solar).toHaveURL(new RegExp(`/events/${eventId}/participation$`));
  await expect(solar.getByTestId('registration-status')).toHaveAttribute('data-status', 'pending');

  for (const [page, offer] of [
    [agri, 'Cassava processing know-how.'],
    [tonle, 'Low-cost water filters.'],
  ] as const) {
    await page.goto(`/events/${eventId}`);
    await page.getByTestId('register-link').click();
    await page.getByTestId('register-form').getByRole('textbox', { name: 'What we offer' }).fill(offer);
    await page.getByTestId('register-form-submit').click();
    await expect(page.getByTestId('registration-status')).toHaveAttribute('data-status', 'pending');
  }
  // The event page shows times in the reader's zone and in the event's.
  await tonle.goto(`/events/${eventId}`);
  await expect(tonle.locator('.event-time').first()).toContainText('(your time)');
  await expect(tonle.locator('.event-time').first()).toContainText('Asia/Vientiane UTC+07:00');

  // --- The organiser approves the three registrations. ---
  await desk.goto(`/events/${eventId}/manage/registrations`);
  const rows = desk.getByTestId('registration-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: org.solar })).toContainText('2 people');
  await expectNoSeriousViolations(desk, 'registrations');
  for (const name of [org.solar, org.agritech, org.water]) {
    const row = rows.filter({ hasText: name });
    await row.getByTestId('approve-registration').click();
    await expect(row).toHaveAttribute('data-status', 'approved');
  }

  // --- Meeting requests: solar asks agritech ("must meet"), water asks solar; the others accept. ---
  await solar.goto(`/events/${eventId}/meetings`);
  const agriCard = solar
    .getByTestId('participants')
    .getByTestId('participant-card')
    .filter({ hasText: org.agritech });
  await agriCard.getByTestId('request-meeting').click();
  await agriCard.getByLabel('Message').fill('We would like to dry your cassava with solar heat.');
  await agriCard.getByTestId('must-meet').check();
  await agriCard.getByTestId('send-request').click();
  await expect(agriCard.locator('.badge')).toHaveText('Waiting for an answer');
  await expectNoSeriousViolations(solar, 'meetings');

  await tonle.goto(`/events/${eventId}/meetings`);
  const solarCard = tonle
    .getByTestId('participants')
    .getByTestId('participant-card')
    .filter({ hasText: org.solar });
  await solarCard.getByTestId('request-meeting').click();
  await solarCard.getByLabel('Message').fill('Solar pumps for our filters?');
  await solarCard.getByTestId('send-request').click();
  await expect(solarCard.locator('.badge')).toHaveText('Waiting for an answer');

  await agri.goto(`/events/${eventId}/meetings?tab=received`);
  const fromSolar = agri.getByTestId('meeting-card').filter({ hasText: org.solar });
  await expect(fromSolar).toContainText('Must meet');
  await fromSolar.getByTestId('accept-meeting').click();
  await expect(fromSolar).toHaveAttribute('data-status', 'accepted');

  await solar.goto(`/events/${eventId}/meetings?tab=received`);
  const fromWater = solar.getByTestId('meeting-card').filter({ hasText: org.water });
  await fromWater.getByTestId('accept-meeting').click();
  await expect(fromWater).toHaveAttribute('data-status', 'accepted');

  // --- The organiser runs the scheduler and publishes the schedule. ---
  await desk.goto(`/events/${eventId}/manage/schedule`);
  await expect(desk.getByTestId('accepted-count')).toHaveText('2 accepted meetings to place');
  // Pins: the solar–agritech meeting goes to the last slot at table A2; a pin on the other is undone.
  await expect(desk.getByTestId('no-pins')).toBeVisible();
  const pinForm = desk.getByTestId('pin-form');
  const pin = async (meeting: string, slot: string, table: string | null) => {
    await pinForm.getByLabel('Accepted meeting').selectOption({ label: meeting });
    await pinForm.getByLabel('Slot').selectOption(slot);
    if (table) await pinForm.getByLabel('Table (optional)').selectOption({ label: table });
    await desk.getByTestId('pin-meeting').click();
    await expect(desk.getByText(`Pinned: ${meeting}. Run the scheduler to place it.`)).toBeVisible();
  };
  await pin(`${org.solar} – ${org.agritech}`, '3', 'Table A2');
  await pin(`${org.water} – ${org.solar}`, '3', null);
  const pinRows = desk.getByTestId('pin-row');
  await expect(pinRows).toHaveCount(2);
  await expect(pinRows.filter({ hasText: org.agritech }).locator('td').nth(1)).toContainText('Slot 3');
  await expect(pinRows.filter({ hasText: org.agritech }).locator('td').nth(2)).toHaveText('A2');
  await expect(pinRows.filter({ hasText: org.water }).locator('td').nth(2)).toHaveText('Any table');
  await expectNoSeriousViolations(desk, 'pins');
  await pinRows.filter({ hasText: org.water }).getByTestId('remove-pin').click();
  await expect(desk.getByText(`The pin of ${org.water} – ${org.solar} is removed.`)).toBeVisible();
  await expect(pinRows).toHaveCount(1);

  await desk.getByTestId('run-scheduler-button').click();
  await expect(desk.getByTestId('schedule-score')).toContainText('2 of 2 meetings placed');
  await expect(desk.getByTestId('no-unplaced')).toBeVisible();
  // The pinned meeting is where the organiser put it, and marked; the other is not marked.
  const placed = desk.getByTestId('placement-row');
  const pinnedPlacement = placed.filter({ hasText: org.agritech });
  await expect(pinnedPlacement.getByTestId('pinned-badge')).toHaveText('Pinned');
  await expect(pinnedPlacement.locator('td').first()).toContainText('3');
  await expect(pinnedPlacement.locator('td').nth(2)).toHaveText('A2');
  await expect(placed.filter({ hasText: org.water }).getByTestId('pinned-badge')).toHaveCount(0);
  await expectNoSeriousViolations(desk, 'schedule');
  await desk.getByTestId('publish-schedule').click();
  await expect(desk.getByText('The schedule is published.')).toBeVisible();

  // --- The solar lab reads its agenda with table numbers and takes the calendar file. ---
  await solar.goto(`/events/${eventId}/agenda`);
  const meetings = solar.getByTestId('agenda-item').and(solar.locator('[data-kind="meeting"]'));
  await expect(meetings).toHaveCount(2);
  await expect(meetings.filter({ hasText: org.agritech }).getByTestId('agenda-table')).toHaveText('Table A2');
  await expect(meetings.filter({ hasText: org.water }).getByTestId('agenda-table')).toHaveText(
    /^Table A[12]$/,
  );
  await expectNoSeriousViolations(solar, 'agenda');
  const [download] = await Promise.all([
    solar.waitForEvent('download'),
    solar.getByTestId('agenda-ics').click(),
  ]);
  const calendar = readFileSync(await download.path(), 'utf8');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(calendar).toContain('TZID:Asia/Vientiane');
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(calendar).toContain(org.agritech);

  // --- Check-in: the organiser opens the address of the solar lab's QR code. ---
  await solar.goto(`/events/${eventId}/participation`);
  await expect(solar.getByRole('img', { name: `Check-in QR code of ${org.solar}` })).toBeVisible();
  const checkInUrl = (await solar.getByTestId('check-in-url').textContent())?.trim() ?? '';
  expect(checkInUrl).toContain(`/events/${eventId}/check-in/`);
  await desk.goto(new URL(checkInUrl).pathname);
  await expect(desk.getByTestId('check-in-result')).toContainText(`${org.solar} is checked in.`);
  await expectNoSeriousViolations(desk, 'check-in');
  await desk.goto(`/events/${eventId}/manage/check-in`);
  await expect(desk.getByTestId('checked-in-count')).toHaveText('1 of 3 participants checked in');

  // --- The table plan: the water company did not come to its meeting; the other one was held. ---
  await desk.goto(`/events/${eventId}/manage/table-plan`);
  const planRows = desk.getByTestId('table-plan-row');
  await expect(planRows).toHaveCount(2);
  await planRows
    .filter({ hasText: org.water })
    .getByTestId('attendance-select')
    .selectOption('requester_no_show');
  await planRows.filter({ hasText: org.agritech }).getByTestId('attendance-select').selectOption('held');
  await expect(planRows.filter({ hasText: org.water }).getByTestId('attendance-select')).toHaveValue(
    'requester_no_show',
  );
  await expect(planRows.filter({ hasText: org.agritech }).getByTestId('attendance-select')).toHaveValue(
    'held',
  );

  // --- Both sides of the held meeting answer the follow-up form. ---
  for (const [page, partner] of [
    [solar, org.agritech],
    [agri, org.solar],
  ] as const) {
    await page.goto(`/events/${eventId}/agenda`);
    const form = page.getByTestId('agenda-item').filter({ hasText: partner }).getByTestId('follow-up-form');
    await form.getByRole('group', { name: 'Did the meeting happen?' }).getByLabel('Yes').check();
    await form
      .getByRole('group', { name: 'Do you want to follow up with this partner?' })
      .getByLabel('Yes')
      .check();
    await form.getByLabel('Comment (optional)').fill('Samples next month.');
    await form.getByTestId('send-follow-up').click();
    await expect(form.getByText('Thank you, your answer is saved.')).toBeVisible();
  }

  // --- The report counts it all. ---
  await desk.goto(`/events/${eventId}/manage/report`);
  const figure = (measure: string) =>
    desk.getByTestId('report-figures').locator(`[data-measure="${measure}"] dd`);
  await expect(figure('registered')).toHaveText('3');
  await expect(figure('checkedIn')).toHaveText('1');
  await expect(figure('requests')).toHaveText('2');
  await expect(figure('held')).toHaveText('1');
  await expect(figure('noShows')).toHaveText('1');
  await expect(figure('mutualFollowUps')).toHaveText('1');
  const funnel = desk.getByTestId('report-meetings');
  await expect(funnel.locator('[data-measure="scheduled"] td')).toHaveText('2');
  await expect(desk.getByTestId('report-countries')).toContainText('Laos');
  await expectNoSeriousViolations(desk, 'report');

  // --- A late change: the water company calls off its meeting; the organiser reschedules and
  // publishes version 2, and the solar lab's agenda says what changed for it. ---
  await tonle.goto(`/events/${eventId}/meetings?tab=sent`);
  const toSolar = tonle.getByTestId('meeting-card').filter({ hasText: org.solar });
  await toSolar.getByRole('button', { name: 'Call off' }).click();
  await expect(toSolar).toHaveAttribute('data-status', 'cancelled');
  await desk.goto(`/events/${eventId}/manage/schedule`);
  await expect(desk.getByTestId('accepted-count')).toHaveText('1 accepted meeting to place');
  await desk.getByTestId('run-scheduler-button').click();
  await expect(desk.getByTestId('schedule-score')).toContainText('1 of 1 meetings placed');
  await desk.getByTestId('publish-schedule').click();
  await expect(desk.getByText('The schedule is published.')).toBeVisible();
  await solar.goto(`/events/${eventId}/agenda`);
  const agendaChanges = solar.getByTestId('agenda-changes');
  await expect(agendaChanges).toContainText('What changed for you in schedule version 2');
  await expect(agendaChanges.locator('li')).toHaveCount(1);
  await expect(agendaChanges.locator('li')).toContainText(`Meeting with ${org.water} at `);
  await expect(agendaChanges.locator('li')).toContainText('is cancelled');
  await expect(meetings).toHaveCount(1);
  await expectNoSeriousViolations(solar, 'agenda after rescheduling');

  // --- The participant's pages in Lao, Khmer and Burmese on a phone. ---
  await solar.setViewportSize({ width: 360, height: 780 });
  for (const language of ['lo', 'km', 'my']) {
    await solar.goto(`/events/${eventId}/agenda`);
    await solar.getByTestId('language-switcher').selectOption(language);
    await expect(solar.locator('html')).toHaveAttribute('lang', language);
    await expect(solar.getByTestId('agenda')).toBeVisible();
    await expectNoHorizontalOverflow(solar, `agenda in ${language}`);
    await solar.screenshot({
      path: `test-artifacts/screenshots/events-agenda-${language}-360.png`,
      fullPage: true,
    });
    await solar.goto(`/events/${eventId}`);
    await expect(solar.getByTestId('event-title')).toBeVisible();
    await expectNoHorizontalOverflow(solar, `event page in ${language}`);
    await solar.screenshot({
      path: `test-artifacts/screenshots/events-page-${language}-360.png`,
      fullPage: true,
    });
  }

  await Promise.all([
    organiserContext.close(),
    solarContext.close(),
    agriContext.close(),
    waterContext.close(),
    ...[organiser, solarLead, solarDelegate, agritech, water].map((a) => a.api.dispose()),
  ]);
});
