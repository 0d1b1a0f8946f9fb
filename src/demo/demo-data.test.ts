import myanmarTools from 'myanmar-tools';
import { describe, expect, it } from 'vitest';
import { type CooperationStage, STAGE_MOVES } from '../domain/pipeline.js';
import { isSectorCode, SECTOR_CODES, SECTOR_TAXONOMY, sectorGroupOf } from '../domain/sectors.js';
import {
  COOPERATION_TYPES,
  CORRIDOR_COUNTRIES,
  COUNTRIES,
  type CorridorCountry,
  DEVELOPMENT_STAGES,
  IPR_STATUSES,
  LANGUAGES,
  type Language,
  OFFER_KINDS,
  ORGANISATION_KINDS,
  PARTNER_SIZES,
  PROFILE_KINDS,
  PROFILE_STATUSES,
} from '../domain/vocabulary.js';
import {
  FAIR,
  FAIR_DAYS_AGO,
  FAIR_MEETINGS,
  FAIR_PARTICIPANTS,
  ROADSHOW,
  ROADSHOW_REGISTRATIONS,
  SCRIPTED_INTERESTS,
  type ScriptedPipeline,
} from './activity-data.js';
import { DEMO_ORGANISATIONS, REQUIRED_ORGANISATION_KEYS } from './organisations.js';
import { DEMO_PEOPLE } from './people.js';
import { DEMO_DOCKING_PAIRS, DEMO_PROFILES, type DemoProfile } from './profiles.js';

/** A character of the language's own script; Vietnamese is recognised by its diacritics. */
const SCRIPT: Record<Exclude<Language, 'en'>, RegExp> = {
  zh: /[\u4e00-\u9fff]/u,
  lo: /[\u0e80-\u0eff]/u,
  th: /[\u0e00-\u0e7f]/u,
  km: /[\u1780-\u17ff]/u,
  my: /[\u1000-\u109f]/u,
  vi: /[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u,
};

/** Scripts that must not appear in a text of the given language (the usual mix-ups). */
const FOREIGN_SCRIPT: Partial<Record<Language, RegExp>> = {
  lo: SCRIPT.th,
  th: SCRIPT.lo,
  km: /[\u0e00-\u0eff\u1000-\u109f]/u,
  my: /[\u0e00-\u0eff\u1780-\u17ff]/u,
  zh: /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u,
  vi: /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u4e00-\u9fff]/u,
  en: /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u4e00-\u9fff]/u,
};

/** The national language of each corridor country, in which organisations also carry their name. */
const NATIONAL_LANGUAGE: Record<CorridorCountry, Exclude<Language, 'en'>> = {
  CN: 'zh',
  LA: 'lo',
  TH: 'th',
  KH: 'km',
  MM: 'my',
  VN: 'vi',
};

const zawgyiDetector = new myanmarTools.ZawgyiDetector();

function isInLanguage(text: string, language: Language): boolean {
  if (language === 'en') return /[a-z]/i.test(text) && !FOREIGN_SCRIPT.en?.test(text);
  return SCRIPT[language].test(text) && !FOREIGN_SCRIPT[language]?.test(text);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

function isOffer(profile: DemoProfile): boolean {
  return OFFER_KINDS.includes(profile.kind);
}

const orgsByKey = new Map(DEMO_ORGANISATIONS.map((org) => [org.key, org]));
const peopleByKey = new Map(DEMO_PEOPLE.map((person) => [person.key, person]));
const profilesByKey = new Map(DEMO_PROFILES.map((profile) => [profile.key, profile]));

describe('sector taxonomy', () => {
  it('has 9-12 groups of 3-7 children with unique, stable ASCII codes', () => {
    expect(SECTOR_TAXONOMY.length).toBeGreaterThanOrEqual(9);
    expect(SECTOR_TAXONOMY.length).toBeLessThanOrEqual(12);
    for (const group of SECTOR_TAXONOMY) {
      expect(group.code).toMatch(/^[a-z][a-z_]*$/);
      expect(group.children.length, group.code).toBeGreaterThanOrEqual(3);
      expect(group.children.length, group.code).toBeLessThanOrEqual(7);
      for (const child of group.children)
        expect(child.code).toMatch(new RegExp(`^${group.code}\\.[a-z][a-z_]*$`));
    }
    expect(duplicates(SECTOR_CODES)).toEqual([]);
    const childCount = SECTOR_TAXONOMY.reduce((n, group) => n + group.children.length, 0);
    expect(SECTOR_CODES.length).toBe(SECTOR_TAXONOMY.length + childCount);
  });

  it('covers the priority fields of the joint initiative', () => {
    for (const code of [
      'green.clean_energy',
      'green.water_resources',
      'green.environmental_protection',
      'health.traditional_medicine',
      'digital.artificial_intelligence',
      'digital.ecommerce',
      'agrifood.fertilisers',
      'industry.advanced_manufacturing',
      'mining.minerals_processing',
      'transport.cross_border_logistics',
      'poverty.rural_extension',
      'education.technology_transfer',
    ]) {
      expect(isSectorCode(code), code).toBe(true);
    }
    expect(isSectorCode('green.nuclear_fusion')).toBe(false);
    expect(isSectorCode('')).toBe(false);
    expect(sectorGroupOf('agrifood.fertilisers')?.code).toBe('agrifood');
  });

  it('labels every node in all seven languages, each in its own script', () => {
    for (const node of SECTOR_TAXONOMY.flatMap((group) => [group, ...group.children])) {
      for (const language of LANGUAGES) {
        const label = node.labels[language];
        expect(label.trim().length, `${node.code} ${language}`).toBeGreaterThan(0);
        expect(isInLanguage(label, language), `${node.code} ${language}: ${label}`).toBe(true);
      }
    }
  });

  it('writes Burmese labels in Unicode, never Zawgyi', () => {
    // The detector needs context: on a single short label such as "metallurgy" it can mistake the
    // Unicode stacking sign for Zawgyi's visible killer, so it judges all labels together.
    const burmese = SECTOR_TAXONOMY.flatMap((group) => [group, ...group.children]).map(
      (node) => node.labels.my,
    );
    expect(zawgyiDetector.getZawgyiProbability(burmese.join('\n'))).toBeLessThan(0.05);
  });
});

describe('demo organisations', () => {
  it('has unique keys, valid vocabulary and existing parents', () => {
    expect(DEMO_ORGANISATIONS.length).toBeGreaterThanOrEqual(46);
    expect(duplicates(DEMO_ORGANISATIONS.map((org) => org.key))).toEqual([]);
    for (const org of DEMO_ORGANISATIONS) {
      expect(org.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(ORGANISATION_KINDS).toContain(org.kind);
      expect(COUNTRIES).toContain(org.country);
      expect(org.city.length).toBeGreaterThan(0);
      if (org.parentKey !== undefined) expect(orgsByKey.has(org.parentKey), org.key).toBe(true);
    }
  });

  it('covers every organisation kind and has at least 8 organisations per corridor country', () => {
    for (const kind of ORGANISATION_KINDS) {
      expect(
        DEMO_ORGANISATIONS.some((org) => org.kind === kind),
        kind,
      ).toBe(true);
    }
    for (const country of CORRIDOR_COUNTRIES) {
      const count = DEMO_ORGANISATIONS.filter((org) => org.country === country).length;
      expect(count, country).toBeGreaterThanOrEqual(8);
    }
  });

  it('names and describes every organisation in English and its national language', () => {
    for (const org of DEMO_ORGANISATIONS) {
      expect(org.name.en, org.key).toBeTruthy();
      expect(org.description.en, org.key).toBeTruthy();
      if (org.country === 'OTHER') continue;
      const language = NATIONAL_LANGUAGE[org.country];
      const name = org.name[language] ?? '';
      const description = org.description[language] ?? '';
      expect(isInLanguage(name, language), `${org.key} name`).toBe(true);
      expect(isInLanguage(description, language), `${org.key} description`).toBe(true);
    }
  });

  it('gives fictional organisations .example websites and real ones https or none', () => {
    for (const org of DEMO_ORGANISATIONS) {
      if (org.website !== null) expect(org.website, org.key).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+$/);
      const fictional = /\bfictional\b/i.test(org.description.en ?? '');
      if (fictional) expect(org.website, org.key).toMatch(/\.example$/);
      else if (org.website !== null) expect(org.website, org.key).not.toMatch(/\.example$/);
    }
  });

  it('includes the organisations the corridor story depends on', () => {
    const ministries: Record<CorridorCountry, string> = {
      CN: 'most_cn',
      KH: 'misti_kh',
      LA: 'mtc_la',
      MM: 'most_mm',
      TH: 'mhesi_th',
      VN: 'most_vn',
    };
    expect(REQUIRED_ORGANISATION_KEYS.ministries).toEqual(ministries);
    for (const [country, key] of Object.entries(ministries)) {
      const ministry = orgsByKey.get(key);
      expect(ministry?.kind, key).toBe('government_agency');
      expect(ministry?.country, key).toBe(country);
    }
    expect(orgsByKey.get('most_cn')?.name.en).toMatch(/Ministry of Science and Technology/);
    expect(orgsByKey.get('misti_kh')?.name.en).toMatch(/Industry, Science, Technology and Innovation/);
    expect(orgsByKey.get('mtc_la')?.name.en).toMatch(/Technology and Communications/);
    expect(orgsByKey.get('mhesi_th')?.name.en).toMatch(/Higher Education, Science, Research and Innovation/);

    expect(orgsByKey.get('kust')?.kind).toBe('university');
    expect(orgsByKey.get('kust_ittc')?.parentKey).toBe('kust');
    expect(orgsByKey.get('kust_science_park')?.parentKey).toBe('kust');
    expect(orgsByKey.get('kust_science_park')?.kind).toBe('hightech_park_incubator');
    expect(orgsByKey.get('mohan_boten_zone')?.kind).toBe('government_agency');
    expect(orgsByKey.get('souphanouvong_university')?.country).toBe('LA');
    expect(orgsByKey.get('mem_la')?.name.en).toBe('Ministry of Energy and Mines');
    expect(orgsByKey.get('donlinks')?.description.en).toMatch(/potash/i);
    for (const key of [
      REQUIRED_ORGANISATION_KEYS.kust,
      REQUIRED_ORGANISATION_KEYS.kustTechnologyTransferCenter,
      REQUIRED_ORGANISATION_KEYS.kustSciencePark,
      REQUIRED_ORGANISATION_KEYS.mohanBotenZone,
      REQUIRED_ORGANISATION_KEYS.souphanouvongUniversity,
      REQUIRED_ORGANISATION_KEYS.laoMinistryOfEnergyAndMines,
      REQUIRED_ORGANISATION_KEYS.potashEnterprise,
    ]) {
      expect(orgsByKey.has(key), key).toBe(true);
    }
  });
});

describe('demo people', () => {
  it('has unique keys and demo addresses, and memberships in existing organisations', () => {
    expect(duplicates(DEMO_PEOPLE.map((person) => person.key))).toEqual([]);
    expect(duplicates(DEMO_PEOPLE.map((person) => person.email))).toEqual([]);
    for (const person of DEMO_PEOPLE) {
      expect(person.email).toMatch(/^[a-z0-9.]+@demo\.corridor\.example$/);
      expect(LANGUAGES).toContain(person.preferredLanguage);
      expect(COUNTRIES).toContain(person.country);
      expect(person.memberships.length, person.key).toBeGreaterThan(0);
      for (const membership of person.memberships) {
        expect(orgsByKey.has(membership.orgKey), `${person.key} -> ${membership.orgKey}`).toBe(true);
      }
      if (person.platformRole !== 'coordinator') expect(person.coordinatorCountry).toBeUndefined();
    }
  });

  it('has one coordinator per corridor country, working at that country’s leading ministry', () => {
    const coordinators = DEMO_PEOPLE.filter((person) => person.platformRole === 'coordinator');
    expect(coordinators.map((person) => person.coordinatorCountry).sort()).toEqual(
      [...CORRIDOR_COUNTRIES].sort(),
    );
    for (const coordinator of coordinators) {
      const country = coordinator.coordinatorCountry;
      expect(country).toBeDefined();
      if (country === undefined) continue;
      const ministry = REQUIRED_ORGANISATION_KEYS.ministries[country];
      expect(coordinator.memberships.map((membership) => membership.orgKey)).toContain(ministry);
    }
  });

  it('has exactly one platform administrator', () => {
    expect(DEMO_PEOPLE.filter((person) => person.platformRole === 'administrator')).toHaveLength(1);
  });

  it('gives every organisation with profiles an admin or editor', () => {
    for (const orgKey of new Set(DEMO_PROFILES.map((profile) => profile.orgKey))) {
      const managers = DEMO_PEOPLE.filter((person) =>
        person.memberships.some((m) => m.orgKey === orgKey && (m.role === 'admin' || m.role === 'editor')),
      );
      expect(managers.length, orgKey).toBeGreaterThan(0);
    }
  });
});

describe('demo profiles', () => {
  it('has at least 160 profiles with unique keys', () => {
    expect(DEMO_PROFILES.length).toBeGreaterThanOrEqual(160);
    expect(duplicates(DEMO_PROFILES.map((profile) => profile.key))).toEqual([]);
    for (const profile of DEMO_PROFILES) expect(profile.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('refers to existing organisations and to authors who manage them', () => {
    for (const profile of DEMO_PROFILES) {
      expect(orgsByKey.has(profile.orgKey), profile.key).toBe(true);
      const author = peopleByKey.get(profile.authorKey);
      expect(author, profile.key).toBeDefined();
      const role = author?.memberships.find((m) => m.orgKey === profile.orgKey)?.role;
      expect(['admin', 'editor'], `${profile.key} by ${profile.authorKey}`).toContain(role);
    }
  });

  it('covers every kind in good proportion and every status, mostly published', () => {
    for (const kind of PROFILE_KINDS) {
      const count = DEMO_PROFILES.filter((profile) => profile.kind === kind).length;
      expect(count, kind).toBeGreaterThanOrEqual(DEMO_PROFILES.length / 10);
    }
    for (const status of PROFILE_STATUSES) {
      expect(
        DEMO_PROFILES.some((profile) => profile.status === status),
        status,
      ).toBe(true);
    }
    const published = DEMO_PROFILES.filter((profile) => profile.status === 'published').length;
    expect(published / DEMO_PROFILES.length).toBeGreaterThan(0.75);
  });

  it('is originally written in every corridor language, at least 15 profiles each', () => {
    for (const language of LANGUAGES) {
      const count = DEMO_PROFILES.filter((profile) => profile.originalLanguage === language).length;
      expect(count, language).toBeGreaterThanOrEqual(15);
    }
  });

  it('holds title, summary and description in the original language and title and summary in English', () => {
    for (const profile of DEMO_PROFILES) {
      const language = profile.originalLanguage;
      for (const field of ['title', 'summary', 'description'] as const) {
        const text = profile[field][language] ?? '';
        expect(isInLanguage(text, language), `${profile.key} ${field} (${language})`).toBe(true);
      }
      expect(isInLanguage(profile.title.en ?? '', 'en'), `${profile.key} title (en)`).toBe(true);
      expect(isInLanguage(profile.summary.en ?? '', 'en'), `${profile.key} summary (en)`).toBe(true);
    }
  });

  it('keeps Burmese text in Unicode, never Zawgyi', () => {
    for (const profile of DEMO_PROFILES.filter((p) => p.originalLanguage === 'my')) {
      const text = [profile.title.my, profile.summary.my, profile.description.my].join('\n');
      expect(zawgyiDetector.getZawgyiProbability(text), profile.key).toBeLessThan(0.05);
    }
  });

  it('describes advantages for offers and the specification sought for requests', () => {
    for (const profile of DEMO_PROFILES) {
      const language = profile.originalLanguage;
      if (isOffer(profile)) {
        expect(isInLanguage(profile.advantages?.[language] ?? '', language), profile.key).toBe(true);
        expect(profile.specification, profile.key).toBeUndefined();
      } else {
        expect(isInLanguage(profile.specification?.[language] ?? '', language), profile.key).toBe(true);
        expect(profile.advantages, profile.key).toBeUndefined();
      }
    }
  });

  it('uses valid classifications: sectors, keywords, ISIC, TRL, SDGs and vocabularies', () => {
    for (const profile of DEMO_PROFILES) {
      const key = profile.key;
      expect(profile.sectors.length, key).toBeGreaterThanOrEqual(1);
      expect(profile.sectors.length, key).toBeLessThanOrEqual(3);
      expect(duplicates(profile.sectors), key).toEqual([]);
      for (const code of profile.sectors) {
        expect(isSectorCode(code), `${key} ${code}`).toBe(true);
        expect(code, key).toContain('.');
      }
      expect(profile.keywords.length, key).toBeGreaterThanOrEqual(3);
      expect(profile.keywords.length, key).toBeLessThanOrEqual(6);
      for (const keyword of profile.keywords) expect(keyword, key).toMatch(/^[a-z0-9][a-z0-9 -]*[a-z0-9]$/);
      expect(profile.isic.length, key).toBeGreaterThan(0);
      for (const code of profile.isic) expect(code, key).toMatch(/^[A-U]\d{4}$/);
      expect(Number.isInteger(profile.trl) && profile.trl >= 1 && profile.trl <= 9, key).toBe(true);
      expect(profile.sdgs.length, key).toBeGreaterThan(0);
      for (const sdg of profile.sdgs) expect(Number.isInteger(sdg) && sdg >= 1 && sdg <= 17, key).toBe(true);
      expect(DEVELOPMENT_STAGES).toContain(profile.stage);
      expect(IPR_STATUSES).toContain(profile.ipr.status);
      if (profile.ipr.status !== 'granted_patent' && profile.ipr.status !== 'patent_application') {
        expect(profile.ipr.patentNumbers, key).toEqual([]);
      }
      expect(PARTNER_SIZES).toContain(profile.partnerSought.size);
      expect(profile.partnerSought.kinds.length, key).toBeGreaterThan(0);
      for (const kind of profile.partnerSought.kinds) expect(ORGANISATION_KINDS).toContain(kind);
      expect(profile.partnerSought.role.length, key).toBeGreaterThan(0);
      expect(profile.cooperationTypes.length, key).toBeGreaterThan(0);
      for (const type of profile.cooperationTypes) expect(COOPERATION_TYPES).toContain(type);
      expect(profile.targetCountries.length, key).toBeGreaterThan(0);
      for (const country of profile.targetCountries) expect(COUNTRIES).toContain(country);
    }
  });

  it('tags profiles across the whole taxonomy', () => {
    const used = new Set(DEMO_PROFILES.flatMap((profile) => profile.sectors));
    for (const group of SECTOR_TAXONOMY) {
      expect(
        group.children.some((child) => used.has(child.code)),
        group.code,
      ).toBe(true);
    }
    expect(used.size).toBeGreaterThanOrEqual(40);
  });

  it('has consistent publication timing', () => {
    for (const profile of DEMO_PROFILES) {
      const { key, publishedDaysAgo, validForDays, eoiDeadlineDays, status } = profile;
      expect(
        Number.isInteger(publishedDaysAgo) && publishedDaysAgo >= 0 && publishedDaysAgo <= 400,
        key,
      ).toBe(true);
      expect(validForDays >= 180 && validForDays <= 730, key).toBe(true);
      if (eoiDeadlineDays !== undefined) {
        expect(isOffer(profile), key).toBe(false);
        expect(eoiDeadlineDays > 0 && eoiDeadlineDays <= validForDays, key).toBe(true);
      }
      if (status === 'published') expect(publishedDaysAgo, key).toBeLessThan(validForDays);
      if (status === 'expired') expect(publishedDaysAgo, key).toBeGreaterThanOrEqual(validForDays);
      if (status === 'draft' || status === 'submitted' || status === 'returned') {
        expect(publishedDaysAgo, key).toBeLessThan(15);
      }
    }
  });

  it('contains the potash cluster: a Chinese KUST offer and a Lao request', () => {
    const potash = (profile: DemoProfile) => profile.keywords.some((keyword) => keyword.includes('potash'));
    expect(
      DEMO_PROFILES.some(
        (p) =>
          p.orgKey === 'kust' && p.kind === 'technology_offer' && p.originalLanguage === 'zh' && potash(p),
      ),
    ).toBe(true);
    expect(
      DEMO_PROFILES.some(
        (p) =>
          orgsByKey.get(p.orgKey)?.country === 'LA' &&
          !isOffer(p) &&
          p.originalLanguage === 'lo' &&
          potash(p),
      ),
    ).toBe(true);
    expect(DEMO_PROFILES.some((p) => p.orgKey === 'donlinks')).toBe(true);
  });
});

describe('demo docking pairs', () => {
  it('pairs at least 25 published requests with published offers in another language', () => {
    expect(DEMO_DOCKING_PAIRS.length).toBeGreaterThanOrEqual(25);
    expect(duplicates(DEMO_DOCKING_PAIRS.map((p) => `${p.requestKey}>${p.offerKey}`))).toEqual([]);
    for (const { requestKey, offerKey } of DEMO_DOCKING_PAIRS) {
      const request = profilesByKey.get(requestKey);
      const offer = profilesByKey.get(offerKey);
      expect(request, requestKey).toBeDefined();
      expect(offer, offerKey).toBeDefined();
      if (request === undefined || offer === undefined) continue;
      const label = `${requestKey} -> ${offerKey}`;
      expect(isOffer(request), label).toBe(false);
      expect(isOffer(offer), label).toBe(true);
      expect(request.status, label).toBe('published');
      expect(offer.status, label).toBe('published');
      expect(request.originalLanguage, label).not.toBe(offer.originalLanguage);
      expect(request.orgKey, label).not.toBe(offer.orgKey);
      const groups = new Set(request.sectors.map((code) => sectorGroupOf(code)?.code));
      expect(
        offer.sectors.some((code) => groups.has(sectorGroupOf(code)?.code)),
        label,
      ).toBe(true);
    }
  });

  it('spans many language pairs and every corridor language', () => {
    const languagePairs = new Set(
      DEMO_DOCKING_PAIRS.map(({ requestKey, offerKey }) =>
        [profilesByKey.get(requestKey)?.originalLanguage, profilesByKey.get(offerKey)?.originalLanguage]
          .sort()
          .join('-'),
      ),
    );
    expect(languagePairs.size).toBeGreaterThanOrEqual(15);
    const languages = new Set(
      DEMO_DOCKING_PAIRS.flatMap(({ requestKey, offerKey }) => [
        profilesByKey.get(requestKey)?.originalLanguage,
        profilesByKey.get(offerKey)?.originalLanguage,
      ]),
    );
    for (const language of LANGUAGES) expect(languages.has(language), language).toBe(true);
  });
});

/** Whether the person may write for (is an admin or editor of) the organisation. */
function writesFor(personKey: string, orgKey: string): boolean {
  return (
    peopleByKey
      .get(personKey)
      ?.memberships.some((m) => m.orgKey === orgKey && (m.role === 'admin' || m.role === 'editor')) ?? false
  );
}

/** The pipeline's rules, as the services will apply them: allowed moves, in time order, by a party. */
function checkPipeline(label: string, pipeline: ScriptedPipeline, parties: string[], openedDaysAgo: number) {
  let stage: CooperationStage = 'contact';
  let lastDay = openedDaysAgo;
  for (const move of pipeline.moves) {
    expect(STAGE_MOVES[stage], `${label}: ${stage} -> ${move.to}`).toContain(move.to);
    expect(move.daysAgo, `${label}: ${move.to} after the previous step`).toBeLessThanOrEqual(lastDay);
    expect(move.daysAgo, `${label}: ${move.to} not in the future`).toBeGreaterThanOrEqual(0);
    expect(
      parties.some((org) => writesFor(move.by, org)),
      `${label}: ${move.by} writes for a party`,
    ).toBe(true);
    expect(move.to === 'agreement_signed', `${label}: agreement with the signing`).toBe(
      move.agreement !== undefined,
    );
    expect(move.to === 'closed_without_agreement', `${label}: reason with the close`).toBe(
      move.closedReason !== undefined,
    );
    stage = move.to;
    lastDay = move.daysAgo;
  }
  for (const outcome of pipeline.outcomes ?? []) {
    expect(stage, `${label}: outcomes need an implementation`).toBe('implementation');
    expect(outcome.daysAgo, label).toBeLessThanOrEqual(lastDay);
  }
  for (const step of pipeline.nextSteps ?? []) {
    expect(step.daysAgo, label).toBeLessThanOrEqual(openedDaysAgo);
    expect(
      parties.some((org) => peopleByKey.get(step.owner)?.memberships.some((m) => m.orgKey === org)),
      `${label}: ${step.owner} belongs to a party`,
    ).toBe(true);
  }
}

describe('demo activity script', () => {
  const pairs = new Set(DEMO_DOCKING_PAIRS.map((p) => `${p.requestKey}>${p.offerKey}`));

  it('expresses interest along docking pairs, after the offer was published, in the writers’ languages', () => {
    expect(SCRIPTED_INTERESTS.length).toBeGreaterThanOrEqual(15);
    for (const interest of SCRIPTED_INTERESTS) {
      const label = `${interest.requestKey} -> ${interest.offerKey}`;
      expect(pairs.has(`${interest.requestKey}>${interest.offerKey}`), label).toBe(true);
      const request = profilesByKey.get(interest.requestKey);
      const offer = profilesByKey.get(interest.offerKey);
      if (!request || !offer) continue;
      expect(interest.sentDaysAgo, label).toBeLessThan(offer.publishedDaysAgo);
      expect(isInLanguage(interest.message, request.originalLanguage), `${label} message`).toBe(true);
      const answer = interest.answer;
      if (!answer) continue;
      expect(answer.daysAgo, label).toBeLessThan(interest.sentDaysAgo);
      const answerer = peopleByKey.get(offer.authorKey);
      expect(isInLanguage(answer.message, answerer?.preferredLanguage ?? 'en'), `${label} answer`).toBe(true);
      for (const reply of interest.replies ?? []) {
        expect(reply.daysAgo, label).toBeLessThanOrEqual(answer.daysAgo);
        const language =
          reply.side === 'from'
            ? request.originalLanguage
            : (peopleByKey.get(offer.authorKey)?.preferredLanguage ?? 'en');
        expect(isInLanguage(reply.body, language), `${label} reply`).toBe(true);
      }
      if (interest.pipeline) {
        expect(answer.decision, label).toBe('accept');
        checkPipeline(label, interest.pipeline, [request.orgKey, offer.orgKey], answer.daysAgo);
      }
    }
  });

  it('runs the fair with approved participants from every corridor country and meetings between them', () => {
    const participants = new Map(FAIR_PARTICIPANTS.map((p) => [p.orgKey, p]));
    expect(duplicates(FAIR_PARTICIPANTS.map((p) => p.orgKey))).toEqual([]);
    const countries = new Set(FAIR_PARTICIPANTS.map((p) => orgsByKey.get(p.orgKey)?.country));
    for (const country of CORRIDOR_COUNTRIES) expect(countries.has(country), country).toBe(true);
    for (const participant of FAIR_PARTICIPANTS) {
      expect(writesFor(participant.by, participant.orgKey), participant.orgKey).toBe(true);
      expect(participant.registeredDaysAgo, participant.orgKey).toBeGreaterThan(FAIR_DAYS_AGO);
      const language = peopleByKey.get(participant.by)?.preferredLanguage ?? 'en';
      for (const text of [...Object.values(participant.offer), ...Object.values(participant.seek)])
        expect(isInLanguage(text ?? '', language), participant.orgKey).toBe(true);
      for (const key of participant.profileKeys)
        expect(profilesByKey.get(key)?.orgKey, `${participant.orgKey} ${key}`).toBe(participant.orgKey);
      for (const code of participant.sectors) expect(isSectorCode(code), code).toBe(true);
    }
    expect(writesFor(FAIR.organiser, FAIR.organiserKey)).toBe(true);
    expect(writesFor(ROADSHOW.organiser, ROADSHOW.organiserKey)).toBe(true);
    for (const entry of ROADSHOW_REGISTRATIONS)
      expect(writesFor(entry.by, entry.orgKey), entry.orgKey).toBe(true);

    const seen = new Set<string>();
    for (const meeting of FAIR_MEETINGS) {
      const label = `${meeting.from} -> ${meeting.to}`;
      const from = participants.get(meeting.from);
      const to = participants.get(meeting.to);
      expect(from?.declinedReason, label).toBeUndefined();
      expect(to?.declinedReason, label).toBeUndefined();
      const key = [meeting.from, meeting.to].sort().join('|');
      expect(seen.has(key), `${label} asked twice`).toBe(false);
      seen.add(key);
      if (meeting.answer !== 'accept') expect(meeting.attendance, label).toBeUndefined();
      // Someone who did not come cannot have held a meeting.
      if (meeting.attendance === 'held') expect(Boolean(from?.absent || to?.absent), label).toBe(false);
      const both = (meeting.followUps ?? []).filter((f) => f.followUp).length === 2;
      if (meeting.pipeline) {
        expect(both, `${label}: a pipeline needs both sides to follow up`).toBe(true);
        checkPipeline(label, meeting.pipeline, [meeting.from, meeting.to], FAIR_DAYS_AGO - 3);
      }
    }
    expect(FAIR_MEETINGS.filter((m) => m.attendance === 'held').length).toBeGreaterThanOrEqual(12);
    expect(FAIR_MEETINGS.filter((m) => m.attendance?.endsWith('no_show')).length).toBeGreaterThan(0);
  });
});
