"""The history page, and the store's answers when it refuses a write."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings

STRINGS: Final[Strings] = {
    # --- history page ---
    "history.intro": {
        "vi": "Mọi bản số liệu đã lưu, mới nhất trước. Bản hiện hành là bản có ngày số liệu mới nhất, trừ khi "
        "đã chọn khôi phục một bản khác.",
        "en": "Every stored snapshot, newest first. The current one is the latest by as-of date, unless another "
        "was restored.",
    },
    "history.single": {
        "vi": "Mới có một bản số liệu; tải lên bản mới để so sánh.",
        "en": "There is one snapshot so far; upload another to compare.",
    },
    "history.compare": {"vi": "So sánh hai bản", "en": "Compare two snapshots"},
    "history.before": {"vi": "Bản trước", "en": "Earlier snapshot"},
    "history.after": {"vi": "Bản sau", "en": "Later snapshot"},
    "history.no_hamlet_changes": {
        "vi": "Không có khóm, ấp nào thay đổi tình trạng.",
        "en": "No hamlet changed status.",
    },
    "history.no_hamlet_detail": {
        "vi": "Một trong hai bản chỉ có tổng số theo phường, xã: chỉ so sánh được theo phường, xã.",
        "en": "One of the two has ward totals only: they compare by ward only.",
    },
    "history.hamlet_changes": {"vi": "Khóm, ấp thay đổi tình trạng", "en": "Hamlets that changed status"},
    "history.files": {"vi": "Tệp gốc và khôi phục", "en": "Original files and restore"},
    "history.restore": {"vi": "Khôi phục làm bản hiện hành", "en": "Restore as current"},
    "history.restore_pick": {"vi": "Bản số liệu", "en": "Snapshot"},
    "history.restore_confirm": {
        "vi": "Tôi muốn dùng bản này làm bản hiện hành (không bản nào bị xóa)",
        "en": "Use this snapshot as the current one (nothing is deleted)",
    },
    "history.restored": {"vi": "Bản số liệu #{id} nay là bản hiện hành.", "en": "Snapshot #{id} is now current."},
    "history.download": {"vi": "Tải tệp gốc", "en": "Download the original file"},
    "history.option": {"vi": "#{id} · {date} · {file}", "en": "#{id} · {date} · {file}"},
    "history.current_badge": {"vi": "hiện hành", "en": "current"},
    "history.default_user": {"vi": "dữ liệu mặc định", "en": "default data"},
    "col.required_pace": {"vi": "Tốc độ cần (khóm, ấp/tháng)", "en": "Pace needed (hamlets/month)"},
    "col.observed_pace": {"vi": "Tốc độ hiện tại (khóm, ấp/tháng)", "en": "Current pace (hamlets/month)"},
    "col.id": {"vi": "Số", "en": "No."},
    "col.as_of": {"vi": "Tính đến ngày", "en": "As of"},
    "col.uploaded_at": {"vi": "Lúc tải lên", "en": "Uploaded at"},
    "col.uploaded_by": {"vi": "Người gửi", "en": "Sent by"},
    "col.file_name": {"vi": "Tệp gốc", "en": "Original file"},
    "col.granularity": {"vi": "Loại", "en": "Kind"},
    "col.warnings": {"vi": "Lưu ý", "en": "Warnings"},
    "col.current": {"vi": "Hiện hành", "en": "Current"},
    "col.concurrent_count": {"vi": "Số bí thư kiêm trưởng khóm, ấp", "en": "Secretaries also head"},
    "chart.compare_title": {
        "vi": "Số khóm, ấp kiêm nhiệm: {before} → {after}",
        "en": "Concurrent hamlets: {before} → {after}",
    },
    "chart.hover_compare": {
        "vi": "<b>{ward}</b><br>{before} → {after} ({change})",
        "en": "<b>{ward}</b><br>{before} → {after} ({change})",
    },
    # --- the store's answers ---
    "store.unknown_scenario": {"vi": "Không có kịch bản #{id}.", "en": "There is no scenario #{id}."},
    "store.unknown_mapping": {"vi": "Không có cách đọc cột #{id}.", "en": "There is no column mapping #{id}."},
    "store.duplicate_upload": {
        "vi": "Tệp này đã được tải lên trước đây (bản số liệu #{id}, tính đến ngày {as_of}); không lưu lại lần nữa.",
        "en": "This file was uploaded before (snapshot #{id}, as of {as_of}); it is not stored again.",
    },
    "store.store_empty": {
        "vi": "Tệp kho dữ liệu {path} rỗng (0 byte): có thể đã bị cắt mất khi sao chép hoặc khi đầy đĩa. Chương "
        "trình không bắt đầu lại từ đầu để khỏi mất lịch sử, nhật ký và tài khoản: hãy chép lại tệp này từ bản "
        "sao lưu; chỉ khi muốn bắt đầu lại thật sự mới đổi tên hoặc xóa nó.",
        "en": "The store file {path} is empty (0 bytes): it may have been cut short by a copy or a full disk. The "
        "app does not start afresh, so that no history, audit trail or account is lost: copy the file back from a "
        "backup; only to really start over, rename or delete it.",
    },
    "store.store_damaged": {
        "vi": "Tệp kho dữ liệu {path} không phải cơ sở dữ liệu SQLite đọc được (bị hỏng hoặc bị ghi đè): hãy chép "
        "lại tệp này từ bản sao lưu; chỉ khi muốn bắt đầu lại thật sự mới đổi tên nó (giữ lại để kiểm tra).",
        "en": "The store file {path} is not a readable SQLite database (damaged or overwritten): copy the file "
        "back from a backup; only to really start over, rename it (keep it for inspection).",
    },
    "store.store_newer": {
        "vi": "Kho dữ liệu {path} do một phiên bản mới hơn của chương trình ghi (lược đồ phiên bản {revision}; phiên "
        "bản này chỉ biết đến {head}). Không đọc và không thay đổi gì: hãy chạy phiên bản mới hơn, hoặc khôi phục bản "
        "sao lưu làm cho phiên bản này.",
        "en": "The store {path} was written by a newer version of the app (schema revision {revision}; this version "
        "knows up to {head}). Nothing was read or changed: run the newer version, or restore a backup made for this "
        "one.",
    },
    "store.upgraded": {
        "vi": "Kho dữ liệu đã được nâng cấp từ lược đồ phiên bản {before} lên {after}; bản sao trước khi nâng cấp "
        "được giữ tại {backup}.",
        "en": "The store was upgraded from schema revision {before} to {after}; a copy of it as it was is kept at "
        "{backup}.",
    },
    "store.upgraded_in_place": {
        "vi": "Kho dữ liệu đã được nâng cấp từ lược đồ phiên bản {before} lên {after}, trong một giao dịch.",
        "en": "The store was upgraded from schema revision {before} to {after}, in one transaction.",
    },
    "store.unknown_snapshot": {"vi": "Không có bản số liệu #{id}.", "en": "There is no snapshot #{id}."},
    "store.not_valid": {"vi": "Tệp có lỗi nên không được lưu.", "en": "The file has errors, so it is not stored."},
    "store.units_is_embedded": {
        "vi": "Danh mục này giống danh mục có sẵn đang được dùng; không lưu.",
        "en": "This master is the embedded one, which is in use; it is not stored.",
    },
    "store.units_unchanged": {
        "vi": "Danh mục này đang được dùng (danh mục #{id}); không lưu lại.",
        "en": "This master is already in use (master #{id}); it is not stored again.",
    },
    "store.scope_other_master": {
        "vi": (
            "Bản số liệu hiện hành dùng một danh mục đơn vị khác; không thể giữ số liệu của các đơn vị khác. "
            "Hãy lưu tệp cho cả thành phố."
        ),
        "en": (
            "The current snapshot uses another units master; the other wards' figures cannot be carried forward. "
            "Store the file for the whole city."
        ),
    },
    "store.units_mismatch": {
        "vi": "Tệp đã được kiểm tra theo một danh mục đơn vị khác với danh mục đang dùng; hãy kiểm tra lại tệp.",
        "en": "The file was checked against another units master than the one in use; check the file again.",
    },
    "store.unknown_user": {"vi": "Không có tài khoản «{name}».", "en": "There is no account “{name}”."},
    "store.unknown_setting": {"vi": "Không có thiết lập «{setting}».", "en": "There is no setting “{setting}”."},
    "store.bad_read_limit": {
        "vi": "Thiết lập «{setting}» phải là một số nguyên từ 1 đến {highest}, không phải «{value}».",
        "en": "The setting “{setting}” must be a whole number from 1 to {highest}, not “{value}”.",
    },
    "store.bad_goals": {
        "vi": "Mục tiêu không hợp lệ: cần ít nhất một dòng, tỷ lệ từ trên 0 đến 100 %, không trùng hạn.",
        "en": "Invalid goals: at least one row, shares above 0 and up to 100 %, no repeated deadline.",
    },
    "store.units_not_valid": {
        "vi": "Danh mục đơn vị có lỗi nên không được lưu.",
        "en": "The units master has errors, so it is not stored.",
    },
}
