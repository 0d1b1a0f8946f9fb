import type { MessageKey } from './en.js';

/** Server-side messages in Vietnamese. */
export const vi: Record<MessageKey, string> = {
  'error.ValidationFailed': 'Một số trường cần được kiểm tra lại ({count}).',
  'error.MalformedJson': 'Nội dung yêu cầu không phải là JSON hợp lệ.',
  'error.InvalidEncoding': 'Nội dung yêu cầu không phải là văn bản UTF-8 hợp lệ.',
  'error.InvalidCursor': 'Con trỏ phân trang không hợp lệ. Vui lòng bắt đầu lại từ trang đầu tiên.',
  'error.TokenInvalidOrExpired': 'Liên kết này không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.',
  'error.NotAuthenticated': 'Vui lòng đăng nhập để tiếp tục.',
  'error.InvalidCredentials': 'Email hoặc mật khẩu không đúng.',
  'error.Forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.CsrfTokenInvalid': 'Không thể xác nhận phiên làm việc của bạn. Vui lòng tải lại trang và thử lại.',
  'error.EmailNotVerified': 'Vui lòng xác nhận địa chỉ email của bạn trước.',
  'error.InsufficientScope': 'Mã truy cập API này không có phạm vi quyền "{scope}".',
  'error.RouteNotFound': 'Địa chỉ này không tồn tại.',
  'error.ProfileNotFound': 'Hồ sơ cơ hội hợp tác này không tồn tại hoặc bạn không có quyền xem.',
  'error.OrganisationNotFound': 'Tổ chức này không tồn tại.',
  'error.UserNotFound': 'Người dùng này không tồn tại.',
  'error.InvitationNotFound': 'Lời mời này không tồn tại hoặc không còn hiệu lực.',
  'error.SessionNotFound': 'Phiên làm việc này không tồn tại.',
  'error.ApiTokenNotFound': 'Mã truy cập API này không tồn tại.',
  'error.AttachmentNotFound': 'Tệp đính kèm này không tồn tại.',
  'error.MethodNotAllowed': 'Phương thức này không được phép tại đây.',
  'error.EmailTaken': 'Đã có tài khoản sử dụng địa chỉ email này.',
  'error.SlugTaken': 'Tên viết tắt này đã được một tổ chức khác sử dụng.',
  'error.AlreadyMember': 'Người này đã là thành viên của tổ chức.',
  'error.LastAdmin': 'Mỗi tổ chức cần có ít nhất một quản trị viên.',
  'error.InvalidStateTransition':
    'Không thể thực hiện thao tác "{action}" đối với hồ sơ đang ở trạng thái "{from}".',
  'error.BodyTooLarge': 'Yêu cầu quá lớn (tối đa {limit} byte).',
  'error.AttachmentTooLarge': 'Tệp quá lớn (tối đa {limit} byte).',
  'error.UnsupportedMediaType': 'Loại nội dung này không được chấp nhận.',
  'error.AttachmentTypeNotAllowed': 'Chỉ có thể đính kèm tệp PDF, PNG, JPEG và WebP.',
  'error.PublicationRequirementsUnmet': 'Chưa thể gửi hồ sơ: còn thiếu một số nội dung bắt buộc.',
  'error.RateLimited': 'Bạn đã thử quá nhiều lần. Vui lòng đợi {retryAfterSeconds} giây rồi thử lại.',
  'error.InternalError': 'Đã xảy ra lỗi từ phía chúng tôi. Lỗi này đã được ghi lại.',

  'issue.required': 'Trường này là bắt buộc.',
  'issue.invalid_type': 'Trường này có kiểu dữ liệu không đúng (cần {expected}).',
  'issue.too_short': 'Vui lòng nhập ít nhất {minimum} ký tự.',
  'issue.too_long': 'Vui lòng nhập tối đa {maximum} ký tự.',
  'issue.too_small': 'Giá trị phải lớn hơn hoặc bằng {minimum}.',
  'issue.too_big': 'Giá trị phải nhỏ hơn hoặc bằng {maximum}.',
  'issue.not_allowed_value': 'Giá trị này không nằm trong các lựa chọn được phép.',
  'issue.unknown_field': 'Không nhận dạng được trường này.',
  'issue.invalid_email': 'Vui lòng nhập địa chỉ email hợp lệ.',
  'issue.invalid_url': 'Vui lòng nhập địa chỉ web hợp lệ, bắt đầu bằng http:// hoặc https://.',
  'issue.invalid_date': 'Vui lòng nhập ngày hợp lệ (YYYY-MM-DD).',
  'issue.invalid_format': 'Định dạng của giá trị này không hợp lệ.',
  'issue.invalid_uuid': 'Đây không phải là mã định danh hợp lệ.',
  'issue.duplicate': 'Giá trị này xuất hiện nhiều hơn một lần.',
  'issue.invalid': 'Giá trị này không hợp lệ.',

  'mail.verify.subject': 'Xác nhận địa chỉ email của bạn trên Corridor',
  'mail.verify.body':
    'Xin chào {name},\n\nVui lòng xác nhận địa chỉ email của bạn trên nền tảng Hành lang Đổi mới sáng tạo Mekong - Lan Thương bằng cách mở liên kết sau:\n\n{link}\n\nLiên kết có hiệu lực trong {hours} giờ. Nếu bạn không tạo tài khoản, vui lòng bỏ qua thư này.',
  'mail.reset.subject': 'Đặt lại mật khẩu Corridor của bạn',
  'mail.reset.body':
    'Xin chào {name},\n\nChúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản Corridor của bạn. Để chọn mật khẩu mới, vui lòng mở liên kết sau:\n\n{link}\n\nLiên kết có hiệu lực trong {hours} giờ. Nếu bạn không gửi yêu cầu này, vui lòng bỏ qua thư; mật khẩu của bạn sẽ không thay đổi.',
  'mail.invitation.subject': '{organisation} mời bạn tham gia Corridor',
  'mail.invitation.body':
    'Xin chào,\n\n{inviter} mời bạn tham gia {organisation} trên nền tảng Hành lang Đổi mới sáng tạo Mekong - Lan Thương với vai trò {role}. Để chấp nhận lời mời, vui lòng mở liên kết sau:\n\n{link}\n\nLời mời có hiệu lực trong {days} ngày.',
  'mail.reviewed.subject': 'Hồ sơ "{title}" của bạn đã được xét duyệt',
  'mail.reviewed.approved':
    'Xin chào {name},\n\nHồ sơ "{title}" của bạn đã được phê duyệt và hiện đã được đăng trên Corridor.\n\n{link}',
  'mail.reviewed.returned':
    'Xin chào {name},\n\nĐiều phối viên đã trả lại hồ sơ "{title}" của bạn kèm các nhận xét sau:\n\n{comment}\n\nVui lòng chỉnh sửa và gửi lại:\n\n{link}',
  'mail.expiring.subject': 'Hồ sơ "{title}" của bạn sẽ hết hạn vào ngày {date}',
  'mail.expiring.body':
    'Xin chào {name},\n\nHồ sơ "{title}" của bạn sẽ hết hạn vào ngày {date}. Nếu hồ sơ vẫn còn phù hợp, bạn có thể gia hạn tại đây:\n\n{link}',
  'mail.expired.subject': 'Hồ sơ "{title}" của bạn đã hết hạn',
  'mail.expired.body':
    'Xin chào {name},\n\nHồ sơ "{title}" của bạn đã quá thời hạn hiệu lực và không còn hiển thị với các thành viên của Hành lang. Bạn có thể gia hạn tại đây:\n\n{link}',
  'mail.submitted.subject': 'Có hồ sơ đang chờ bạn xét duyệt: "{title}"',
  'mail.submitted.body': 'Xin chào {name},\n\n{organisation} đã gửi hồ sơ "{title}" để xét duyệt.\n\n{link}',

  'role.admin': 'quản trị viên',
  'role.editor': 'biên tập viên',
  'role.member': 'thành viên',
};
