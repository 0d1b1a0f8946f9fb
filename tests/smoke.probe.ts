import { startTestCorridor } from './support/harness.js';

const t = await startTestCorridor();
const c = t.client();
let r = await c.post('/api/v1/auth/sign-up', {
  email: 'a@b.la',
  password: 'abcdefghijk',
  displayName: 'A',
  preferredLanguage: 'lo',
  country: 'LA',
});
console.log(r.statusCode, r.body.slice(0, 300));
r = await c.post('/api/v1/organisations', { name: { en: 'X Org' }, kind: 'enterprise', country: 'LA' });
console.log(r.statusCode, r.body.slice(0, 400));
r = await c.post('/api/v1/auth/sign-up', {
  email: 'bad',
  password: 'x',
  displayName: '',
  preferredLanguage: 'xx',
  country: 'LA',
  extra: 1,
});
console.log(r.statusCode, r.body);
r = await c.get('/api/v1/opportunities?limit=500');
console.log(r.statusCode, r.body);
r = await c.get('/api/openapi.json');
console.log(r.statusCode, r.body.length);
await t.stop();
