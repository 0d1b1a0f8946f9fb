import type { MessageKey } from './en.js';

/** Server-side messages in Lao. */
export const lo: Record<MessageKey, string> = {
  'error.ValidationFailed': 'ມີບາງຊ່ອງຂໍ້ມູນທີ່ຕ້ອງແກ້ໄຂ ({count} ລາຍການ)',
  'error.MalformedJson': 'ເນື້ອໃນຂອງຄຳຮ້ອງຂໍບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ',
  'error.InvalidEncoding': 'ເນື້ອໃນຂອງຄຳຮ້ອງຂໍບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 ທີ່ຖືກຕ້ອງ',
  'error.InvalidCursor': 'ຕົວຊີ້ໜ້າບໍ່ຖືກຕ້ອງ ກະລຸນາເລີ່ມໃໝ່ຈາກໜ້າທຳອິດ',
  'error.TokenInvalidOrExpired': 'ລິ້ງນີ້ບໍ່ຖືກຕ້ອງ ຫຼື ໝົດອາຍຸແລ້ວ ກະລຸນາຂໍລິ້ງໃໝ່',
  'error.NotAuthenticated': 'ກະລຸນາເຂົ້າສູ່ລະບົບເພື່ອດຳເນີນການຕໍ່',
  'error.InvalidCredentials': 'ອີເມວ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ',
  'error.Forbidden': 'ທ່ານບໍ່ມີສິດດຳເນີນການນີ້',
  'error.CsrfTokenInvalid': 'ບໍ່ສາມາດຢືນຢັນເຊດຊັນຂອງທ່ານໄດ້ ກະລຸນາໂຫຼດໜ້ານີ້ໃໝ່ ແລ້ວລອງອີກຄັ້ງ',
  'error.EmailNotVerified': 'ກະລຸນາຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານກ່ອນ',
  'error.InsufficientScope': 'ໂທເຄັນ API ນີ້ບໍ່ມີຂອບເຂດສິດ "{scope}"',
  'error.RouteNotFound': 'ບໍ່ມີທີ່ຢູ່ນີ້',
  'error.ProfileNotFound': 'ໂປຣໄຟລ໌ໂອກາດການຮ່ວມມືນີ້ບໍ່ມີຢູ່ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ',
  'error.OrganisationNotFound': 'ບໍ່ມີອົງການນີ້',
  'error.UserNotFound': 'ບໍ່ມີຜູ້ໃຊ້ນີ້',
  'error.InvitationNotFound': 'ຄຳເຊີນນີ້ບໍ່ມີຢູ່ ຫຼື ໃຊ້ບໍ່ໄດ້ແລ້ວ',
  'error.SessionNotFound': 'ບໍ່ມີເຊດຊັນນີ້',
  'error.ApiTokenNotFound': 'ບໍ່ມີໂທເຄັນ API ນີ້',
  'error.AttachmentNotFound': 'ບໍ່ມີໄຟລ໌ແນບນີ້',
  'error.MethodNotAllowed': 'ບໍ່ອະນຸຍາດໃຫ້ໃຊ້ເມທອດນີ້ຢູ່ບ່ອນນີ້',
  'error.EmailTaken': 'ມີບັນຊີທີ່ໃຊ້ທີ່ຢູ່ອີເມວນີ້ແລ້ວ',
  'error.SlugTaken': 'ຊື່ຫຍໍ້ນີ້ຖືກອົງການອື່ນໃຊ້ແລ້ວ',
  'error.AlreadyMember': 'ບຸກຄົນນີ້ເປັນສະມາຊິກຂອງອົງການຢູ່ແລ້ວ',
  'error.LastAdmin': 'ອົງການຕ້ອງມີຜູ້ຄຸ້ມຄອງຢ່າງໜ້ອຍໜຶ່ງຄົນ',
  'error.InvalidStateTransition': 'ບໍ່ສາມາດໃຊ້ຄຳສັ່ງ "{action}" ກັບໂປຣໄຟລ໌ທີ່ຢູ່ໃນສະຖານະ "{from}" ໄດ້',
  'error.BodyTooLarge': 'ຄຳຮ້ອງຂໍມີຂະໜາດໃຫຍ່ເກີນໄປ (ສູງສຸດ {limit} ໄບຕ໌)',
  'error.AttachmentTooLarge': 'ໄຟລ໌ມີຂະໜາດໃຫຍ່ເກີນໄປ (ສູງສຸດ {limit} ໄບຕ໌)',
  'error.UnsupportedMediaType': 'ບໍ່ຮອງຮັບປະເພດເນື້ອໃນນີ້',
  'error.AttachmentTypeNotAllowed': 'ສາມາດແນບໄດ້ສະເພາະໄຟລ໌ PDF, PNG, JPEG ແລະ WebP ເທົ່ານັ້ນ',
  'error.PublicationRequirementsUnmet': 'ຍັງບໍ່ສາມາດສົ່ງໂປຣໄຟລ໌ໄດ້ ເນື່ອງຈາກຍັງຂາດຂໍ້ຄວາມທີ່ຈຳເປັນບາງສ່ວນ',
  'error.RateLimited': 'ພະຍາຍາມຫຼາຍຄັ້ງເກີນໄປ ກະລຸນາລໍຖ້າ {retryAfterSeconds} ວິນາທີ ແລ້ວລອງໃໝ່ອີກຄັ້ງ',
  'error.InternalError': 'ເກີດຂໍ້ຜິດພາດໃນລະບົບຂອງພວກເຮົາ ແລະ ໄດ້ບັນທຶກຂໍ້ຜິດພາດນີ້ໄວ້ແລ້ວ',

  'issue.required': 'ກະລຸນາປ້ອນຂໍ້ມູນໃນຊ່ອງນີ້',
  'issue.invalid_type': 'ຊ່ອງນີ້ມີປະເພດຂໍ້ມູນບໍ່ຖືກຕ້ອງ (ຕ້ອງເປັນ {expected})',
  'issue.too_short': 'ກະລຸນາປ້ອນຢ່າງໜ້ອຍ {minimum} ຕົວອັກສອນ',
  'issue.too_long': 'ກະລຸນາປ້ອນບໍ່ເກີນ {maximum} ຕົວອັກສອນ',
  'issue.too_small': 'ຄ່າຕ້ອງບໍ່ໜ້ອຍກວ່າ {minimum}',
  'issue.too_big': 'ຄ່າຕ້ອງບໍ່ເກີນ {maximum}',
  'issue.not_allowed_value': 'ຄ່ານີ້ບໍ່ຢູ່ໃນຕົວເລືອກທີ່ອະນຸຍາດ',
  'issue.unknown_field': 'ບໍ່ຮູ້ຈັກຊ່ອງນີ້',
  'issue.invalid_email': 'ກະລຸນາປ້ອນທີ່ຢູ່ອີເມວທີ່ຖືກຕ້ອງ',
  'issue.invalid_url': 'ກະລຸນາປ້ອນທີ່ຢູ່ເວັບທີ່ຖືກຕ້ອງ ເຊິ່ງຂຶ້ນຕົ້ນດ້ວຍ http:// ຫຼື https://',
  'issue.invalid_date': 'ກະລຸນາປ້ອນວັນທີທີ່ຖືກຕ້ອງ (YYYY-MM-DD)',
  'issue.invalid_format': 'ຮູບແບບຂອງຄ່ານີ້ບໍ່ຖືກຕ້ອງ',
  'issue.invalid_uuid': 'ນີ້ບໍ່ແມ່ນຕົວລະບຸທີ່ຖືກຕ້ອງ',
  'issue.duplicate': 'ຄ່ານີ້ປາກົດຊ້ຳກັນຫຼາຍກວ່າໜຶ່ງຄັ້ງ',
  'issue.invalid': 'ຄ່ານີ້ບໍ່ຖືກຕ້ອງ',

  'mail.verify.subject': 'ຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານສຳລັບ Corridor',
  'mail.verify.body':
    'ສະບາຍດີ ທ່ານ {name}\n\nກະລຸນາຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານສຳລັບແພລັດຟອມແລວທາງນະວັດຕະກຳແມ່ຂອງ-ລ້ານຊ້າງ ໂດຍເປີດລິ້ງນີ້:\n\n{link}\n\nລິ້ງນີ້ໃຊ້ໄດ້ພາຍໃນ {hours} ຊົ່ວໂມງ ຖ້າທ່ານບໍ່ໄດ້ສ້າງບັນຊີ ກະລຸນາບໍ່ຕ້ອງສົນໃຈອີເມວນີ້',
  'mail.reset.subject': 'ຕັ້ງລະຫັດຜ່ານ Corridor ຂອງທ່ານໃໝ່',
  'mail.reset.body':
    'ສະບາຍດີ ທ່ານ {name}\n\nມີຜູ້ຂໍຕັ້ງລະຫັດຜ່ານຂອງບັນຊີ Corridor ຂອງທ່ານໃໝ່ ຫາກຕ້ອງການຕັ້ງລະຫັດຜ່ານໃໝ່ ກະລຸນາເປີດລິ້ງນີ້:\n\n{link}\n\nລິ້ງນີ້ໃຊ້ໄດ້ພາຍໃນ {hours} ຊົ່ວໂມງ ຖ້າທ່ານບໍ່ໄດ້ເປັນຜູ້ຂໍ ກະລຸນາບໍ່ຕ້ອງສົນໃຈອີເມວນີ້ ລະຫັດຜ່ານຂອງທ່ານຈະບໍ່ມີການປ່ຽນແປງ',
  'mail.invitation.subject': '{organisation} ເຊີນທ່ານເຂົ້າຮ່ວມ Corridor',
  'mail.invitation.body':
    'ສະບາຍດີ\n\n{inviter} ຂໍເຊີນທ່ານເຂົ້າຮ່ວມ {organisation} ໃນແພລັດຟອມແລວທາງນະວັດຕະກຳແມ່ຂອງ-ລ້ານຊ້າງ ໃນຖານະ {role} ຫາກຕ້ອງການຕອບຮັບຄຳເຊີນ ກະລຸນາເປີດລິ້ງນີ້:\n\n{link}\n\nຄຳເຊີນນີ້ໃຊ້ໄດ້ພາຍໃນ {days} ມື້',
  'mail.reviewed.subject': 'ໂປຣໄຟລ໌ "{title}" ຂອງທ່ານໄດ້ຮັບການພິຈາລະນາແລ້ວ',
  'mail.reviewed.approved':
    'ສະບາຍດີ ທ່ານ {name}\n\nໂປຣໄຟລ໌ "{title}" ຂອງທ່ານໄດ້ຮັບການອະນຸມັດ ແລະ ໄດ້ເຜີຍແຜ່ໃນ Corridor ແລ້ວ\n\n{link}',
  'mail.reviewed.returned':
    'ສະບາຍດີ ທ່ານ {name}\n\nຜູ້ປະສານງານໄດ້ສົ່ງໂປຣໄຟລ໌ "{title}" ຂອງທ່ານກັບຄືນ ພ້ອມດ້ວຍຄຳເຫັນດັ່ງນີ້:\n\n{comment}\n\nກະລຸນາແກ້ໄຂ ແລະ ສົ່ງຄືນອີກຄັ້ງ:\n\n{link}',
  'mail.expiring.subject': 'ໂປຣໄຟລ໌ "{title}" ຂອງທ່ານຈະໝົດອາຍຸໃນວັນທີ {date}',
  'mail.expiring.body':
    'ສະບາຍດີ ທ່ານ {name}\n\nໂປຣໄຟລ໌ "{title}" ຂອງທ່ານຈະໝົດອາຍຸໃນວັນທີ {date} ຖ້າຂໍ້ມູນຍັງເປັນປັດຈຸບັນຢູ່ ທ່ານສາມາດຕໍ່ອາຍຸໄດ້ທີ່ນີ້:\n\n{link}',
  'mail.expired.subject': 'ໂປຣໄຟລ໌ "{title}" ຂອງທ່ານໝົດອາຍຸແລ້ວ',
  'mail.expired.body':
    'ສະບາຍດີ ທ່ານ {name}\n\nໂປຣໄຟລ໌ "{title}" ຂອງທ່ານກາຍວັນໝົດອາຍຸແລ້ວ ແລະ ຈະບໍ່ສະແດງໃຫ້ຜູ້ໃຊ້ໃນແລວທາງນະວັດຕະກຳເຫັນອີກຕໍ່ໄປ ທ່ານສາມາດຕໍ່ອາຍຸໄດ້ທີ່ນີ້:\n\n{link}',
  'mail.submitted.subject': 'ມີໂປຣໄຟລ໌ລໍຖ້າການພິຈາລະນາຂອງທ່ານ: "{title}"',
  'mail.submitted.body':
    'ສະບາຍດີ ທ່ານ {name}\n\n{organisation} ໄດ້ສົ່ງໂປຣໄຟລ໌ "{title}" ເພື່ອຂໍຮັບການພິຈາລະນາ\n\n{link}',

  'role.admin': 'ຜູ້ຄຸ້ມຄອງ',
  'role.editor': 'ຜູ້ແກ້ໄຂ',
  'role.member': 'ສະມາຊິກ',
};
