import type { MessageKey } from './en.js';

/** Server-side messages in Khmer. */
export const km: Record<MessageKey, string> = {
  'error.ValidationFailed': 'វាលមួយចំនួនត្រូវការការកែតម្រូវ ({count})។',
  'error.MalformedJson': 'ខ្លឹមសារនៃសំណើមិនមែនជា JSON ត្រឹមត្រូវទេ។',
  'error.InvalidEncoding': 'ខ្លឹមសារនៃសំណើមិនមែនជាអត្ថបទ UTF-8 ត្រឹមត្រូវទេ។',
  'error.InvalidCursor': 'ទស្សន៍ទ្រនិចទំព័រមិនត្រឹមត្រូវទេ។ សូមចាប់ផ្ដើមឡើងវិញពីទំព័រទីមួយ។',
  'error.TokenInvalidOrExpired': 'តំណនេះមិនត្រឹមត្រូវ ឬបានផុតកំណត់ហើយ។ សូមស្នើសុំតំណថ្មី។',
  'error.NotAuthenticated': 'សូមចូលគណនីដើម្បីបន្ត។',
  'error.InvalidCredentials': 'អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។',
  'error.Forbidden': 'អ្នកមិនមានសិទ្ធិធ្វើសកម្មភាពនេះទេ។',
  'error.CsrfTokenInvalid': 'មិនអាចបញ្ជាក់វគ្គរបស់អ្នកបានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្ដងទៀត។',
  'error.EmailNotVerified': 'សូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នកជាមុនសិន។',
  'error.InsufficientScope': 'ថូខឹន API នេះមិនមានវិសាលភាព "{scope}" ទេ។',
  'error.RouteNotFound': 'មិនមានអាសយដ្ឋាននេះទេ។',
  'error.ProfileNotFound': 'កម្រងព័ត៌មានឱកាសកិច្ចសហការនេះមិនមាន ឬអ្នកមិនអាចមើលបានទេ។',
  'error.OrganisationNotFound': 'ស្ថាប័ននេះមិនមានទេ។',
  'error.UserNotFound': 'អ្នកប្រើប្រាស់នេះមិនមានទេ។',
  'error.InvitationNotFound': 'ការអញ្ជើញនេះមិនមាន ឬលែងមានសុពលភាពហើយ។',
  'error.SessionNotFound': 'វគ្គនេះមិនមានទេ។',
  'error.ApiTokenNotFound': 'ថូខឹន API នេះមិនមានទេ។',
  'error.AttachmentNotFound': 'ឯកសារភ្ជាប់នេះមិនមានទេ។',
  'error.MethodNotAllowed': 'មិនអនុញ្ញាតឱ្យប្រើវិធីសាស្ត្រ (method) នេះនៅទីនេះទេ។',
  'error.EmailTaken': 'មានគណនីដែលប្រើអាសយដ្ឋានអ៊ីមែលនេះរួចហើយ។',
  'error.SlugTaken': 'ឈ្មោះខ្លីនេះត្រូវបានស្ថាប័នផ្សេងទៀតប្រើរួចហើយ។',
  'error.AlreadyMember': 'បុគ្គលនេះជាសមាជិករបស់ស្ថាប័នរួចហើយ។',
  'error.LastAdmin': 'ស្ថាប័នត្រូវមានអ្នកគ្រប់គ្រងយ៉ាងហោចណាស់ម្នាក់។',
  'error.InvalidStateTransition': 'កម្រងព័ត៌មានដែលស្ថិតក្នុងស្ថានភាព "{from}" មិនអាចផ្លាស់ប្ដូរដោយ "{action}" បានទេ។',
  'error.BodyTooLarge': 'សំណើធំពេក (យ៉ាងច្រើនបំផុត {limit} បៃ)។',
  'error.AttachmentTooLarge': 'ឯកសារធំពេក (យ៉ាងច្រើនបំផុត {limit} បៃ)។',
  'error.UnsupportedMediaType': 'មិនទទួលយកប្រភេទខ្លឹមសារនេះទេ។',
  'error.AttachmentTypeNotAllowed': 'អាចភ្ជាប់បានតែឯកសារ PDF, PNG, JPEG និង WebP ប៉ុណ្ណោះ។',
  'error.PublicationRequirementsUnmet': 'មិនទាន់អាចដាក់ស្នើកម្រងព័ត៌មានបានទេ៖ នៅខ្វះអត្ថបទចាំបាច់មួយចំនួន។',
  'error.RateLimited': 'អ្នកបានព្យាយាមច្រើនដងពេក។ សូមរង់ចាំ {retryAfterSeconds} វិនាទី រួចព្យាយាមម្ដងទៀត។',
  'error.InternalError': 'មានបញ្ហាកើតឡើងនៅផ្នែកខាងយើង។ កំហុសនេះត្រូវបានកត់ត្រាទុកហើយ។',

  'issue.required': 'តម្រូវឱ្យបំពេញវាលនេះ។',
  'issue.invalid_type': 'វាលនេះមានប្រភេទទិន្នន័យមិនត្រឹមត្រូវ (ត្រូវការ {expected})។',
  'issue.too_short': 'សូមបញ្ចូលយ៉ាងហោចណាស់ {minimum} តួអក្សរ។',
  'issue.too_long': 'សូមបញ្ចូលមិនឱ្យលើសពី {maximum} តួអក្សរ។',
  'issue.too_small': 'តម្លៃត្រូវតែយ៉ាងហោចណាស់ {minimum}។',
  'issue.too_big': 'តម្លៃត្រូវតែមិនលើសពី {maximum}។',
  'issue.not_allowed_value': 'តម្លៃនេះមិនស្ថិតក្នុងជម្រើសដែលអនុញ្ញាតទេ។',
  'issue.unknown_field': 'មិនស្គាល់វាលនេះទេ។',
  'issue.invalid_email': 'សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលដែលត្រឹមត្រូវ។',
  'issue.invalid_url': 'សូមបញ្ចូលអាសយដ្ឋានគេហទំព័រដែលត្រឹមត្រូវ ដោយចាប់ផ្ដើមដោយ http:// ឬ https://។',
  'issue.invalid_date': 'សូមបញ្ចូលកាលបរិច្ឆេទដែលត្រឹមត្រូវ (YYYY-MM-DD)។',
  'issue.invalid_format': 'ទម្រង់នៃតម្លៃនេះមិនត្រឹមត្រូវទេ។',
  'issue.invalid_uuid': 'នេះមិនមែនជាលេខសម្គាល់ដែលត្រឹមត្រូវទេ។',
  'issue.duplicate': 'តម្លៃនេះលេចឡើងច្រើនជាងម្ដង។',
  'issue.invalid': 'តម្លៃនេះមិនត្រឹមត្រូវទេ។',

  'mail.verify.subject': 'បញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នកសម្រាប់ Corridor',
  'mail.verify.body':
    'ជម្រាបសួរ {name}\n\nសូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នកសម្រាប់វេទិកាច្រករបៀងនវានុវត្តន៍មេគង្គ-ឡានឆាង ដោយបើកតំណនេះ៖\n\n{link}\n\nតំណនេះមានសុពលភាពរយៈពេល {hours} ម៉ោង។ ប្រសិនបើអ្នកមិនបានបង្កើតគណនីទេ សូមមិនអើពើនឹងសារនេះ។',
  'mail.reset.subject': 'កំណត់ពាក្យសម្ងាត់ Corridor របស់អ្នកឡើងវិញ',
  'mail.reset.body':
    'ជម្រាបសួរ {name}\n\nមាននរណាម្នាក់បានស្នើសុំកំណត់ពាក្យសម្ងាត់នៃគណនី Corridor របស់អ្នកឡើងវិញ។ ដើម្បីជ្រើសរើសពាក្យសម្ងាត់ថ្មី សូមបើកតំណនេះ៖\n\n{link}\n\nតំណនេះមានសុពលភាពរយៈពេល {hours} ម៉ោង។ ប្រសិនបើមិនមែនជាអ្នកទេ សូមមិនអើពើនឹងសារនេះ។ ពាក្យសម្ងាត់របស់អ្នកនឹងនៅដដែល។',
  'mail.invitation.subject': '{organisation} អញ្ជើញអ្នកចូលរួម Corridor',
  'mail.invitation.body':
    'ជម្រាបសួរ\n\n{inviter} សូមអញ្ជើញអ្នកចូលរួមជាមួយ {organisation} នៅលើវេទិកាច្រករបៀងនវានុវត្តន៍មេគង្គ-ឡានឆាង ក្នុងនាមជា{role}។ ដើម្បីទទួលយកការអញ្ជើញ សូមបើកតំណនេះ៖\n\n{link}\n\nការអញ្ជើញនេះមានសុពលភាពរយៈពេល {days} ថ្ងៃ។',
  'mail.reviewed.subject': 'កម្រងព័ត៌មាន "{title}" របស់អ្នកត្រូវបានពិនិត្យរួចហើយ',
  'mail.reviewed.approved':
    'ជម្រាបសួរ {name}\n\nកម្រងព័ត៌មាន "{title}" របស់អ្នកត្រូវបានអនុម័ត ហើយឥឡូវនេះត្រូវបានផ្សព្វផ្សាយនៅលើ Corridor។\n\n{link}',
  'mail.reviewed.returned':
    'ជម្រាបសួរ {name}\n\nអ្នកសម្របសម្រួលបានបញ្ជូនកម្រងព័ត៌មាន "{title}" របស់អ្នកត្រឡប់មកវិញ ជាមួយមតិយោបល់ដូចខាងក្រោម៖\n\n{comment}\n\nសូមកែសម្រួល ហើយដាក់ស្នើម្ដងទៀត៖\n\n{link}',
  'mail.expiring.subject': 'កម្រងព័ត៌មាន "{title}" របស់អ្នកនឹងផុតកំណត់នៅថ្ងៃទី {date}',
  'mail.expiring.body':
    'ជម្រាបសួរ {name}\n\nកម្រងព័ត៌មាន "{title}" របស់អ្នកនឹងផុតកំណត់នៅថ្ងៃទី {date}។ ប្រសិនបើព័ត៌មាននៅតែមានសុពលភាព សូមបន្តវានៅទីនេះ៖\n\n{link}',
  'mail.expired.subject': 'កម្រងព័ត៌មាន "{title}" របស់អ្នកបានផុតកំណត់ហើយ',
  'mail.expired.body':
    'ជម្រាបសួរ {name}\n\nកម្រងព័ត៌មាន "{title}" របស់អ្នកបានហួសកាលបរិច្ឆេទសុពលភាព ហើយលែងបង្ហាញនៅក្នុងច្រករបៀងទៀតហើយ។ អ្នកអាចបន្តវានៅទីនេះ៖\n\n{link}',
  'mail.submitted.subject': 'មានកម្រងព័ត៌មានមួយកំពុងរង់ចាំការពិនិត្យរបស់អ្នក៖ "{title}"',
  'mail.submitted.body':
    'ជម្រាបសួរ {name}\n\n{organisation} បានដាក់ស្នើកម្រងព័ត៌មាន "{title}" ដើម្បីឱ្យពិនិត្យ។\n\n{link}',

  'role.admin': 'អ្នកគ្រប់គ្រង',
  'role.editor': 'អ្នកកែសម្រួល',
  'role.member': 'សមាជិក',
};
