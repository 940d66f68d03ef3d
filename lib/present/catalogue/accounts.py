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
    "account.long_name": {
        "vi": "Tên tài khoản dài quá {n} ký tự.",
        "en": ("The account name is longer than ", plural("n", one="{n} character", other="{n} characters"), "."),
    },
    "account.invisible_name": {
        "vi": "Tên tài khoản có ký tự ẩn hoặc ký tự điều khiển.",
        "en": "The account name holds an invisible or control character.",
    },
    "account.blank_password": {
        "vi": "Mật khẩu không được để trống hoặc chỉ có dấu cách.",
        "en": "The password is empty or only spaces.",
    },
    "account.long_password": {
        "vi": "Mật khẩu dài quá {n} ký tự.",
        "en": ("The password is longer than ", plural("n", one="{n} character", other="{n} characters"), "."),
    },
    "account.weak_password": {
        "vi": "Mật khẩu quá dễ đoán (tên tài khoản, một ký tự lặp lại, dãy phím liền nhau hoặc mật khẩu thông dụng).",
        "en": "The password is too easy to guess (the account name, one repeated character, a run of keys or a "
        "common password).",
    },
    "account.wrong_password": {"vi": "Mật khẩu hiện tại không đúng.", "en": "The current password is wrong."},
    "account.same_password": {
        "vi": "Mật khẩu mới phải khác mật khẩu hiện tại.",
        "en": "The new password must differ from the current one.",
    },
    "account.unknown_user": {"vi": "Không có tài khoản «{name}».", "en": "There is no account “{name}”."},
    "account.password_changed": {"vi": "Đã đổi mật khẩu.", "en": "Password changed."},
    "account.password_reset": {
        "vi": "Đã đặt lại mật khẩu của «{name}»; người dùng phải đổi mật khẩu khi đăng nhập lần sau.",
        "en": "The password of “{name}” is reset; they must change it at their next login.",
    },
    "account.password_set": {"vi": "Đã đặt mật khẩu mới cho «{name}».", "en": "Set a new password for “{name}”."},
    "account.disabled": {"vi": "Đã khóa tài khoản «{name}».", "en": "The account “{name}” is disabled."},
    "account.unlocked": {
        "vi": "Đã xóa các lần đăng nhập sai của «{name}»: tài khoản đăng nhập lại được ngay.",
        "en": "The failed logins of “{name}” are forgotten: the account may log in again at once.",
    },
    "account.enabled": {"vi": "Đã mở lại tài khoản «{name}».", "en": "The account “{name}” is enabled again."},
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
    "auth.disabled": {
        "vi": "Tài khoản này đã bị khóa; hãy liên hệ quản trị viên.",
        "en": "This account is disabled; ask the administrator.",
    },
    "auth.ended": {
        "vi": "Tài khoản của bạn đã bị khóa hoặc xóa; phiên làm việc đã kết thúc.",
        "en": "Your account was disabled or removed; the session has ended.",
    },
    "auth.logged_out_elsewhere": {
        "vi": "Phiên làm việc đã kết thúc vì bạn đã đăng xuất ở một thẻ khác.",
        "en": "The session ended: you logged out in another tab.",
    },
    "auth.account_changed": {
        "vi": "Vai trò hoặc mật khẩu của tài khoản vừa được thay đổi; hãy đăng nhập lại.",
        "en": "The account's role or password was changed; log in again.",
    },
    "auth.must_change": {
        "vi": "Quản trị viên đã đặt lại mật khẩu của bạn: hãy đổi mật khẩu trước khi làm việc tiếp.",
        "en": "The administrator reset your password: change it before you go on.",
    },
    "auth.change_password": {"vi": "Đổi mật khẩu", "en": "Change password"},
    "auth.current_password": {"vi": "Mật khẩu hiện tại", "en": "Current password"},
    "auth.new_password": {"vi": "Mật khẩu mới", "en": "New password"},
    "admin.reset_password": {"vi": "Đặt lại mật khẩu", "en": "Reset password"},
    "admin.disable": {"vi": "Khóa tài khoản", "en": "Disable account"},
    "admin.enable": {"vi": "Mở lại tài khoản", "en": "Enable account"},
    "admin.status": {"vi": "Trạng thái", "en": "Status"},
    "admin.status_active": {"vi": "đang dùng", "en": "active"},
    "admin.status_disabled": {"vi": "đã khóa", "en": "disabled"},
    "admin.status_must_change": {"vi": "phải đổi mật khẩu", "en": "must change password"},
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
    "admin.limits_heading": {
        "vi": "Giới hạn khi đọc tệp tải lên (tệp vượt giới hạn bị từ chối trước khi đọc):",
        "en": "Limits on reading an uploaded file (a file over a limit is refused before it is read):",
    },
    "admin.limit.max_rows": {"vi": "Số dòng tối đa của một bảng", "en": "Rows of a table, at most"},
    "admin.limit.max_columns": {"vi": "Số ô tối đa trong một dòng", "en": "Cells in one row, at most"},
    "admin.limit.max_field_chars": {"vi": "Số ký tự tối đa trong một ô", "en": "Characters in one cell, at most"},
    "admin.limit.max_line_bytes": {
        "vi": "Số byte tối đa của một dòng tệp CSV",
        "en": "Bytes in one line of a CSV file, at most",
    },
    "admin.limit.max_cells": {
        "vi": "Số ô tối đa của một tệp Excel (kể cả ô gộp)",
        "en": "Cells of an Excel workbook, merged ones included, at most",
    },
    "admin.limit.max_zip_ratio": {
        "vi": "Tỷ lệ giải nén tối đa của một phần tệp Excel",
        "en": "How many times a part of a workbook may expand, at most",
    },
    "admin.limit.max_uncompressed_mb": {
        "vi": "Dung lượng tối đa sau giải nén (MB)",
        "en": "Size once uncompressed, at most (MB)",
    },
    "admin.limit.max_decoded_mb": {
        "vi": "Dung lượng chữ tối đa của tệp Parquet (MB)",
        "en": "Text of a Parquet file, at most (MB)",
    },
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
    "event.mapping_save": {"vi": "Ghi nhớ cách đọc cột", "en": "Column mapping saved"},
    "event.mapping_delete": {"vi": "Bỏ cách đọc cột đã nhớ", "en": "Column mapping forgotten"},
    "event.scenario_delete": {"vi": "Xóa kịch bản", "en": "Scenario deleted"},
    "event.account_create": {"vi": "Tạo tài khoản", "en": "Account created"},
    "event.account_role": {"vi": "Đổi vai trò", "en": "Role changed"},
    "event.account_password": {"vi": "Đổi mật khẩu", "en": "Password changed"},
    "event.account_reset": {"vi": "Đặt lại mật khẩu", "en": "Password reset"},
    "event.account_disable": {"vi": "Khóa tài khoản", "en": "Account disabled"},
    "event.account_enable": {"vi": "Mở lại tài khoản", "en": "Account enabled"},
    "event.account_unlock": {"vi": "Xóa các lần đăng nhập sai", "en": "Failed logins forgotten"},
    "event.sessions_ended": {"vi": "Kết thúc phiên đăng nhập", "en": "Sessions ended"},
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
    "event.allowance_import": {
        "vi": "Nhận tệp mô hình phụ cấp (allowance.json) vào kho dữ liệu",
        "en": "Allowance model file (allowance.json) taken into the store",
    },
    "audit.chain_ok": {
        "vi": "Nhật ký thay đổi nguyên vẹn: {n} sự kiện nối thành chuỗi từ sự kiện số {first}.",
        "en": (
            "The audit trail is intact: ",
            plural("n", one="{n} event", other="{n} events"),
            " chained from event #{first}.",
        ),
    },
    "audit.chain_before": {
        "vi": "{n} sự kiện cũ hơn nằm trước chuỗi (ghi trước khi kho lưu mã băm), không được chuỗi bảo vệ.",
        "en": (
            plural("n", one="{n} older event is", other="{n} older events are"),
            " before the chain (recorded before the store kept hashes) and not covered by it.",
        ),
    },
    "audit.chain_none": {
        "vi": "Nhật ký có {n} sự kiện, tất cả nằm trước chuỗi: mã băm bắt đầu từ thay đổi tiếp theo.",
        "en": (
            "The audit trail holds ",
            plural("n", one="{n} event", other="{n} events"),
            " from before the chain: hashes start with the next change.",
        ),
    },
    "audit.chain_broken_at": {
        "vi": "Nhật ký thay đổi bị phá vỡ tại sự kiện số {id}: {why}",
        "en": "The audit trail is broken at event #{id}: {why}",
    },
    "audit.chain_broken": {"vi": "Nhật ký thay đổi bị phá vỡ: {why}", "en": "The audit trail is broken: {why}"},
    "audit.why_link": {
        "vi": "sự kiện này không nối với sự kiện trước nó: có sự kiện đã bị xóa hoặc chèn vào trước nó.",
        "en": "it does not follow the event before it: an event was removed or inserted before it.",
    },
    "audit.why_changed": {
        "vi": "nội dung hoặc mã băm của sự kiện đã bị sửa (hoặc sự kiện được chèn vào với mã băm giả).",
        "en": "its content or its hash was changed (or it was inserted with a forged hash).",
    },
    "audit.why_unchained": {
        "vi": "sự kiện không có mã băm: nó được chèn vào ngoài ứng dụng.",
        "en": "it has no hash: it was inserted behind the app's back.",
    },
    "audit.why_first_missing": {
        "vi": "sự kiện đầu chuỗi không còn: đã có sự kiện bị xóa ở đầu chuỗi.",
        "en": "the chain's first event is missing: events were removed from its start.",
    },
    "audit.why_tail": {
        "vi": "sự kiện cuối cùng kho đã ghi nhận không còn hoặc đã khác: đã có sự kiện bị xóa ở cuối.",
        "en": "the last event the store recorded is missing or differs: events were removed from the end.",
    },
}
