import type { TestCorridor } from './harness.js';

/** A Lao technology request with an English title and summary, as the web-app scenario drafts it. */
export function laoPotashRequest(organisationId: string) {
  return {
    organisationId,
    kind: 'technology_request',
    originalLanguage: 'lo',
    title: { lo: 'ຕ້ອງການເຕັກໂນໂລຊີຜະລິດຝຸ່ນໂປແທດ', en: 'Potash fertiliser production technology sought' },
    summary: {
      lo: 'ບໍລິສັດຂອງພວກເຮົາຕ້ອງການເຕັກໂນໂລຊີປຸງແຕ່ງແຮ່ໂປແທດເປັນຝຸ່ນປະສົມ.',
      en: 'Our company seeks technology to process potash ore into compound fertiliser.',
    },
    description: { lo: 'ໂຮງງານຕັ້ງຢູ່ແຂວງຫຼວງນ້ຳທາ ໃກ້ເຂດເສດຖະກິດບໍ່ເຕັນ.' },
    specification: { lo: 'ກຳລັງການຜະລິດ 50,000 ໂຕນຕໍ່ປີ.' },
    trl: 6,
    stage: 'field_tested',
    cooperationTypes: ['licence', 'technical_cooperation'],
    sectors: ['agrifood.fertilisers', 'mining.minerals_processing'],
    keywords: ['potash', 'compound fertiliser'],
    isic: ['C2012'],
    targetCountries: ['CN', 'LA'],
    sdgs: [2, 9],
  };
}

/** An organisation created directly through the API by a fresh admin user. */
export async function organisationWithAdmin(t: TestCorridor, country = 'LA', name = 'Luang Namtha Agro Co.') {
  const admin = await t.user({ country: country === 'OTHER' ? 'OTHER' : (country as 'LA') });
  const res = await admin.client.post('/api/v1/organisations', {
    name: { en: name },
    kind: 'enterprise',
    country,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { admin, org: res.json() as { id: string; slug: string; country: string } };
}
