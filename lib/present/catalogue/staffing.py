"""The staffing page: posts, people and the quota."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "nav.staffing": {"vi": "Nhân sự", "en": "Staffing"},
    "staffing.intro": {
        "vi": "Chức danh và người hoạt động không chuyên trách ở khóm, ấp theo danh sách cán bộ; phụ cấp theo mô hình "
        "do cán bộ cập nhật nhập (hệ số của Quyết định 32/2014/QĐ-UBND không được công bố).",
        "en": "Posts and non-specialised workers of the hamlets from the officer roster; allowances from the model "
        "that editors enter (the coefficients of Decision 32/2014/QĐ-UBND are not public).",
    },
    "staffing.no_roster": {
        "vi": "Trang này cần một danh sách cán bộ khóm, ấp (mỗi dòng một người với một chức danh). Bản số liệu đang "
        "xem (tính đến ngày {date}) là «{kind}», không có danh sách cán bộ. Để có danh sách: ở trang «{upload}», "
        "phần «{forms}», tải biểu mẫu trống «{form}», điền rồi tải lên; hoặc chọn ở thanh bên một bản số liệu là "
        "danh sách cán bộ.",
        "en": "This page needs an officer roster of the hamlets (one row per person and position). The snapshot "
        "shown (as of {date}) is “{kind}”, with no officer roster. To get one: on the “{upload}” page, under "
        "“{forms}”, download the blank “{form}” form, fill it in and upload it; or pick a snapshot that is an "
        "officer roster in the sidebar.",
    },
    "staffing.money": {"vi": "{amount} đ", "en": "{amount} VND"},
    "staffing.posts": {"vi": "Số chức danh", "en": "Posts"},
    "staffing.posts_help": {
        "vi": "Mỗi chức danh có người đảm nhiệm được tính một lần; người kiêm hai chức danh được tính hai lần.",
        "en": "Each filled position counts once; a person holding two titles counts twice.",
    },
    "staffing.people": {"vi": "Số người", "en": "People"},
    "staffing.people_help": {
        "vi": "Mỗi người tính một lần, dù giữ bao nhiêu chức danh.",
        "en": "Each person counts once, however many titles they hold.",
    },
    "staffing.multi": {"vi": "Người giữ từ 2 chức danh", "en": "People with 2+ titles"},
    "staffing.multi_help": {
        "vi": "Người giữ hai chức danh trở lên trong cùng một khóm, ấp, kể cả bí thư chi bộ kiêm trưởng khóm, ấp.",
        "en": "People holding two titles or more in one hamlet, the secretary who is also the head included.",
    },
    "staffing.heads_not_members": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "Heads not party members"},
    "staffing.heads_not_members_help": {
        "vi": "Trở ngại chính mà bài báo nêu: trưởng khóm, ấp chưa là đảng viên thì chưa thể là bí thư chi bộ.",
        "en": "The main obstacle the article names: a head who is not a party member cannot be the cell secretary.",
    },
    "staffing.pipeline": {"vi": "Khóm, ấp có bí thư chưa là trưởng", "en": "Secretary not head (hamlets)"},
    "staffing.pipeline_help": {
        "vi": "Khóm, ấp có cả bí thư chi bộ và trưởng khóm, ấp nhưng là hai người khác nhau: những nơi có thể "
        "chuyển sang kiêm nhiệm.",
        "en": "Hamlets with both a cell secretary and a head who are two different people: where the hamlet could "
        "switch to concurrent holding.",
    },
    "staffing.quota": {"vi": "Định biên (người)", "en": "Quota (people)"},
    "staffing.quota_delta": {"vi": "Danh sách {people} người: {n}", "en": "Roster of {people}: {n}"},
    "staffing.quota_partial": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, với {titles} loại chức danh. Định biên "
        "{quota} người là toàn bộ người hoạt động không chuyên trách ở khóm, ấp; một danh sách chỉ ghi một số chức "
        "danh thì không phải toàn bộ bộ máy, nên chênh lệch {difference} người không có nghĩa là thiếu người.",
        "en": (
            "This roster lists ",
            plural("people", one="{people} person", other="{people} people"),
            " in {hamlets}/",
            plural("total", one="{total} hamlet", other="{total} hamlets"),
            ", with ",
            plural("titles", one="{titles} kind of title", other="{titles} kinds of title"),
            ". The quota of {quota} covers every non-specialised worker of the hamlets; a roster that lists only "
            "some titles is not the whole apparatus, so the difference of {difference} does not mean that people are "
            "missing.",
        ),
    },
    "staffing.quota_over": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, nhiều hơn định biên {quota} người là "
        "{difference} người.",
        "en": (
            "This roster lists ",
            plural("people", one="{people} person", other="{people} people"),
            " in {hamlets}/",
            plural("total", one="{total} hamlet", other="{total} hamlets"),
            ": {difference} more than the quota of {quota}.",
        ),
    },
    "staffing.quota_equal": {
        "vi": "Danh sách này có {people} người ở {hamlets}/{total} khóm, ấp, đúng định biên {quota} người.",
        "en": (
            "This roster lists ",
            plural("people", one="{people} person", other="{people} people"),
            " in {hamlets}/",
            plural("total", one="{total} hamlet", other="{total} hamlets"),
            ", exactly the quota of {quota}.",
        ),
    },
    "staffing.no_quota": {
        "vi": "Chưa nhập định biên, nên không so sánh được với danh sách.",
        "en": "No quota has been entered, so the roster is not compared with one.",
    },
    "staffing.by_title_title": {"vi": "Chức danh theo loại", "en": "Posts by title"},
    "staffing.wards_title": {"vi": "Theo phường, xã", "en": "By ward and commune"},
    "staffing.hamlets_title": {"vi": "Từng khóm, ấp", "en": "Each hamlet"},
    "staffing.persons_title": {
        "vi": "Người giữ từ hai chức danh trở lên ({n})",
        "en": "People holding two titles or more ({n})",
    },
    "staffing.persons_none": {
        "vi": "Không ai trong danh sách giữ từ hai chức danh trở lên.",
        "en": "Nobody in the roster holds two titles or more.",
    },
    "staffing.names_hidden": {
        "vi": "Họ tên được ẩn với vai trò người xem.",
        "en": "Names are hidden for the viewer role.",
    },
    "staffing.total": {"vi": "Cộng", "en": "Total"},
    "staffing.col_posts": {"vi": "Số chức danh", "en": "Posts"},
    "staffing.col_people": {"vi": "Số người", "en": "People"},
    "staffing.col_multi": {"vi": "Giữ từ 2 chức danh", "en": "Holding 2+ titles"},
    "staffing.col_pipeline": {"vi": "Bí thư chưa là trưởng khóm, ấp", "en": "Secretary not head"},
    "staffing.col_heads_members": {"vi": "Trưởng khóm, ấp là đảng viên", "en": "Heads who are party members"},
    "staffing.col_heads_not_members": {"vi": "Trưởng khóm, ấp chưa là đảng viên", "en": "Heads not party members"},
    "staffing.col_positions": {"vi": "Các chức danh", "en": "Titles held"},
    "staffing.chart_wards_title": {
        "vi": "Số chức danh và số người theo phường, xã",
        "en": "Posts and people by ward and commune",
    },
    "staffing.chart_pipeline_title": {
        "vi": "Khóm, ấp đã kiêm nhiệm và có thể chuyển",
        "en": "Hamlets concurrent, and those that could switch",
    },
    "staffing.chart_pipeline_some": {
        "vi": "{n} phường, xã có nhiều khóm, ấp có thể chuyển nhất",
        "en": "The {n} wards with most hamlets that could switch",
    },
    "staffing.chart_wards_some": {
        "vi": "Số chức danh và số người: {n} phường, xã nhiều nhất ({hidden} đơn vị khác ở bảng trên)",
        "en": (
            "Posts and people: the {n} wards with most posts (",
            plural("hidden", one="{hidden} other", other="{hidden} others"),
            " in the table above)",
        ),
    },
    "staffing.chart_other": {
        "vi": "Danh sách thiếu bí thư hoặc trưởng khóm, ấp",
        "en": "Roster lacks the secretary or the head",
    },
    "staffing.chart_count_axis": {"vi": "Số chức danh, số người", "en": "Posts, people"},
}
