"""Accounts, signing in, and the administration page (settings, audit trail, goals)."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "role.viewer": {"vi": "người xem", "en": "viewer"},
    "role.editor": {"vi": "cán bộ cập nhật", "en": "editor"},
    "role.admin": {"vi": "quản trị viên", "en": "administrator"},
    "cli.password": {"vi": "Mật khẩu: ", "en": "Password: "},
    "cli.password_again": {"vi": "Nhập lại mật khẩu: ", "en": "Password again: "},
    "account.created": {"vi": "Đã tạo tài khoản «{name}» ({role}).", "en": "Created the account “{name}” ({role})."},
    "account.mismatch": {"vi": "Hai lần nhập mật khẩu không khớp.", "en": "The two passwords differ."},
    "account.empty_name": {"vi": "Tên tài khoản không được để trống.", "en": "The account name is empty."},
    "account.bad_role": {"vi": "Vai trò «{role}» không hợp lệ.", "en": "“{role}” is not a role."},
    "account.short_password": {
        "vi": "Mật khẩu phải có ít nhất {n} ký tự.",
        "en": ("The password needs at least ", plural("n", one="{n} character", other="{n} characters"), "."),
    },
    "account.user_exists": {"vi": "Tài khoản «{name}» đã có.", "en": "The account “{name}” exists already."},
    "auth.name": {"vi": "Tên tài khoản", "en": "Account"},
    "auth.password": {"vi": "Mật khẩu", "en": "Password"},
    "auth.login": {"vi": "Đăng nhập", "en": "Log in"},
    "auth.sso_login": {"vi": "Đăng nhập bằng tài khoản cơ quan", "en": "Log in with your organisation account"},
    "auth.logout": {"vi": "Đăng xuất", "en": "Log out"},
    "auth.as": {"vi": "Đang dùng: {name} ({role})", "en": "Signed in: {name} ({role})"},
    "auth.bad": {"vi": "Sai tên tài khoản hoặc mật khẩu.", "en": "Wrong account or password."},
    "auth.locked": {
        "vi": "Đăng nhập sai quá nhiều lần; thử lại sau {minutes} phút.",
        "en": (
            "Too many failed logins; try again in ",
            plural("minutes", one="{minutes} minute", other="{minutes} minutes"),
            ".",
        ),
    },
    "auth.timed_out": {
        "vi": "Phiên làm việc đã hết do không hoạt động; hãy đăng nhập lại.",
        "en": "The session ended after a while without activity; log in again.",
    },
    "auth.no_accounts": {
        "vi": "Chưa có tài khoản nào: ứng dụng chỉ cho xem. Quản trị viên tạo tài khoản đầu tiên bằng lệnh "
        "«python -m lib.cli user add TÊN --role admin».",
        "en": "No account yet: the app is read-only. The administrator creates the first account with "
        "“python -m lib.cli user add NAME --role admin”.",
    },
    "auth.forbidden": {"vi": "Bạn không có quyền dùng chức năng này.", "en": "You may not use this function."},
    "auth.hidden_name": {"vi": "(ẩn)", "en": "(hidden)"},
    "admin.accounts": {"vi": "Tài khoản", "en": "Accounts"},
    "admin.new_account": {"vi": "**Tạo tài khoản mới**", "en": "**New account**"},
    "admin.role": {"vi": "Vai trò", "en": "Role"},
    "admin.account": {"vi": "Tài khoản", "en": "Account"},
    "admin.created": {"vi": "Ngày tạo", "en": "Created"},
    "admin.password_again": {"vi": "Nhập lại mật khẩu", "en": "Password again"},
    "admin.create": {"vi": "Tạo tài khoản", "en": "Create account"},
    "admin.change_role": {"vi": "Đổi vai trò", "en": "Change role"},
    "admin.role_changed": {"vi": "Đã đổi vai trò của «{name}» thành {role}.", "en": "“{name}” is now {role}."},
    "admin.settings": {"vi": "Thiết lập", "en": "Settings"},
    "admin.report_heading": {
        "vi": "Phần đầu và phần ký của báo cáo PDF và Word (cấp ủy, cơ quan ban hành, địa danh; người ký, nơi nhận):",
        "en": "The heading and the foot of the PDF and Word brief (party committee, issuing office, place; signer, "
        "recipients):",
    },
    "admin.report_parent": {"vi": "Cấp ủy", "en": "Party committee"},
    "admin.report_office": {"vi": "Cơ quan ban hành", "en": "Issuing office"},
    "admin.report_place": {"vi": "Địa danh", "en": "Place"},
    "admin.report_signer": {"vi": "Thẩm quyền, chức vụ người ký", "en": "Signer's title"},
    "admin.report_signer_help": {
        "vi": "Mỗi dòng một dòng, ví dụ «T/M BAN THƯỜNG VỤ» rồi «PHÓ BÍ THƯ»; họ tên người ký để trống, điền khi "
        "trình ký.",
        "en": "One line of the title per line, e.g. “T/M BAN THƯỜNG VỤ” then “PHÓ BÍ THƯ”; the signer's name is left "
        "blank, to fill in before signing.",
    },
    "admin.report_recipients": {"vi": "Nơi nhận (mỗi nơi một dòng)", "en": "Recipients (one per line)"},
    "admin.viewers_see_names": {"vi": "Người xem được thấy họ tên cán bộ", "en": "Viewers may see personal names"},
    "admin.idle_minutes": {"vi": "Tự đăng xuất sau (phút không hoạt động)", "en": "Log out after (idle minutes)"},
    "admin.save_settings": {"vi": "Lưu thiết lập", "en": "Save settings"},
    "admin.settings_saved": {"vi": "Đã lưu thiết lập.", "en": "Settings saved."},
    "admin.audit": {"vi": "Nhật ký thay đổi", "en": "Audit trail"},
    "admin.when": {"vi": "Lúc", "en": "When"},
    "admin.who": {"vi": "Ai", "en": "Who"},
    "admin.what": {"vi": "Việc", "en": "What"},
    "admin.details": {"vi": "Chi tiết", "en": "Details"},
    "event.import": {"vi": "Tải lên số liệu", "en": "Upload"},
    "event.restore": {"vi": "Khôi phục bản số liệu", "en": "Restore"},
    "event.scenario_save": {"vi": "Lưu kịch bản", "en": "Scenario saved"},
    "event.scenario_delete": {"vi": "Xóa kịch bản", "en": "Scenario deleted"},
    "event.account_create": {"vi": "Tạo tài khoản", "en": "Account created"},
    "event.account_role": {"vi": "Đổi vai trò", "en": "Role changed"},
    "event.login_failed": {"vi": "Đăng nhập sai", "en": "Failed login"},
    "event.setting": {"vi": "Đổi thiết lập", "en": "Setting changed"},
    "goals.title": {"vi": "Mục tiêu", "en": "Goals"},
    "goals.help": {
        "vi": "Mỗi dòng một mục tiêu: hạn và tỷ lệ (%). Thay đổi được ghi vào nhật ký.",
        "en": "One row per goal: deadline and share (%). Changes are recorded in the audit trail.",
    },
    "goals.deadline": {"vi": "Hạn", "en": "Deadline"},
    "goals.target": {"vi": "Tỷ lệ mục tiêu (%)", "en": "Target (%)"},
    "goals.save": {"vi": "Lưu mục tiêu", "en": "Save goals"},
    "goals.saved": {"vi": "Đã lưu mục tiêu.", "en": "Goals saved."},
    "goals.invalid": {
        "vi": "Mục tiêu không hợp lệ: cần ít nhất một dòng, tỷ lệ từ trên 0 đến 100 %, không trùng hạn.",
        "en": "Invalid goals: at least one row, shares above 0 and up to 100 %, no repeated deadline.",
    },
    "event.goals": {"vi": "Đổi mục tiêu", "en": "Goals changed"},
    "event.allowance": {"vi": "Nhập hệ số phụ cấp", "en": "Allowance rates entered"},
}
