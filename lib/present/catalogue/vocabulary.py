"""Words for the vocabularies (ward kinds, statuses, reasons, positions) and table columns."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings

STRINGS: Final[Strings] = {
    # --- vocabularies ---
    "kind.phường": {"vi": "Phường", "en": "Ward (phường)"},
    "kind.xã": {"vi": "Xã", "en": "Commune (xã)"},
    "status.concurrent": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "status.not_concurrent": {"vi": "Chưa kiêm nhiệm", "en": "Not concurrent"},
    "reason.head_not_party_member": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "The head is not a party member"},
    "reason.secretary_not_head": {
        "vi": "Trưởng khóm, ấp là đảng viên nhưng không phải bí thư chi bộ",
        "en": "The head is a party member but not the secretary",
    },
    "reason.other": {"vi": "Lý do khác", "en": "Other reason"},
    "reason.no_data": {"vi": "Không có trong số liệu", "en": "Not in the data"},
    "reason.": {"vi": "Chưa rõ lý do", "en": "No reason given"},
    # --- columns ---
    "col.rank": {"vi": "Hạng", "en": "Rank"},
    "col.ward": {"vi": "Phường, xã", "en": "Ward/commune"},
    "col.ward_code": {"vi": "Mã phường, xã", "en": "Ward code"},
    "col.kind": {"vi": "Loại", "en": "Kind"},
    "col.hamlet": {"vi": "Khóm, ấp", "en": "Hamlet"},
    "col.hamlet_code": {"vi": "Mã khóm, ấp", "en": "Hamlet code"},
    "col.hamlets": {"vi": "Số khóm, ấp", "en": "Hamlets"},
    "col.concurrent": {"vi": "Đã kiêm nhiệm", "en": "Concurrent"},
    "col.not_concurrent": {"vi": "Chưa kiêm nhiệm", "en": "Not concurrent"},
    "col.coverage_pct": {"vi": "Tỷ lệ (%)", "en": "Share (%)"},
    "col.coverage": {"vi": "Tỷ lệ", "en": "Share"},
    "col.target": {"vi": "Chỉ tiêu (khóm, ấp)", "en": "Target (hamlets)"},
    "col.needed": {"vi": "Cần thêm", "en": "Still needed"},
    "col.concurrent_mark": {"vi": "Bí thư kiêm trưởng khóm, ấp (x)", "en": "Secretary is also head (x)"},
    "col.secretary": {"vi": "Bí thư chi bộ", "en": "Party-cell secretary"},
    "col.head": {"vi": "Trưởng khóm, ấp", "en": "Hamlet head"},
    "col.status": {"vi": "Tình trạng", "en": "Status"},
    "col.head_party_member": {"vi": "Trưởng khóm, ấp là đảng viên", "en": "Head is a party member"},
    "col.reason": {"vi": "Lý do chưa kiêm nhiệm", "en": "Reason not concurrent"},
    "col.note": {"vi": "Ghi chú", "en": "Note"},
    "col.position": {"vi": "Chức danh", "en": "Position"},
    "col.full_name": {"vi": "Họ và tên", "en": "Full name"},
    "col.birth_year": {"vi": "Năm sinh", "en": "Year of birth"},
    "col.party_member": {"vi": "Đảng viên", "en": "Party member"},
    "col.person_code": {"vi": "Mã cán bộ", "en": "Person code"},
    "position.secretary": {"vi": "bí thư chi bộ", "en": "party-cell secretary"},
    "position.head": {"vi": "trưởng khóm, ấp", "en": "hamlet head"},
    "position.deputy_secretary": {"vi": "phó bí thư chi bộ", "en": "deputy cell secretary"},
    "position.deputy_head": {"vi": "phó trưởng khóm, ấp", "en": "deputy hamlet head"},
    "position.front_head": {"vi": "trưởng ban công tác Mặt trận", "en": "head of the Front work committee"},
    "position.police": {"vi": "công an viên", "en": "hamlet police officer"},
    "position.militia": {"vi": "khóm, ấp đội trưởng", "en": "militia leader"},
    "position.women": {"vi": "chi hội trưởng phụ nữ", "en": "women's union branch head"},
    "position.farmers": {"vi": "chi hội trưởng nông dân", "en": "farmers' union branch head"},
    "position.veterans": {"vi": "chi hội trưởng cựu chiến binh", "en": "veterans' association branch head"},
    "position.youth": {"vi": "bí thư chi đoàn", "en": "youth union secretary"},
    "position.health": {"vi": "nhân viên y tế", "en": "health worker"},
    "position.other": {"vi": "chức danh khác", "en": "other position"},
    "value.yes": {"vi": "Có", "en": "Yes"},
    "value.no": {"vi": "Không", "en": "No"},
}
