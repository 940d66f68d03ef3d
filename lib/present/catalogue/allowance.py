"""Allowances: the model, its budget, its editor, and the problems of its file."""

from __future__ import annotations

from typing import Final

from lib.present.plurals import Strings, plural

STRINGS: Final[Strings] = {
    "allowance.title": {"vi": "Phụ cấp", "en": "Allowances"},
    "allowance.model_title": {
        "vi": "Mô hình phụ cấp có hiệu lực ngày {date}",
        "en": "Allowance model in effect on {date}",
    },
    "allowance.version": {"vi": "Phiên bản có hiệu lực từ ngày {date}.", "en": "Version in effect from {date}."},
    "allowance.version_source": {
        "vi": "Phiên bản có hiệu lực từ ngày {date}; căn cứ: {source}.",
        "en": "Version in effect from {date}; basis: {source}.",
    },
    "allowance.no_model": {
        "vi": "Chưa có phiên bản mô hình phụ cấp nào có hiệu lực vào ngày {date}.",
        "en": "No version of the allowance model is in effect on {date}.",
    },
    "allowance.base_line": {
        "vi": "Lương cơ sở: {amount} mỗi tháng (từ ngày {date}).",
        "en": "Base salary: {amount} a month (from {date}).",
    },
    "allowance.base_none": {
        "vi": "Chưa có lương cơ sở cho ngày {date}.",
        "en": "There is no base salary for {date}.",
    },
    "allowance.share_line": {
        "vi": "Phụ cấp kiêm nhiệm: người giữ nhiều chức danh hưởng đủ hệ số cao nhất, cộng {pct} hệ số của mỗi "
        "chức danh kiêm nhiệm thêm.",
        "en": "Concurrent-holding allowance: a person holding several titles receives the highest coefficient in "
        "full, plus {pct} of each further title's coefficient.",
    },
    "allowance.share_none": {
        "vi": "Tỷ lệ hưởng phụ cấp kiêm nhiệm: chưa nhập.",
        "en": "Share of the concurrent-holding allowance: not entered.",
    },
    "allowance.fund_line": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: {multiplier} × lương cơ sở.",
        "en": "Allowance fund per hamlet: {multiplier} × base salary.",
    },
    "allowance.fund_none": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: không áp dụng.",
        "en": "Allowance fund per hamlet: not used.",
    },
    "allowance.quota_line": {
        "vi": "Định biên: {quota} người.",
        "en": plural("quota", one="Quota: {quota} person.", other="Quota: {quota} people."),
    },
    "allowance.quota_none": {"vi": "Định biên: chưa nhập.", "en": "Quota: not entered."},
    "allowance.not_entered": {"vi": "chưa nhập", "en": "not entered"},
    "allowance.col_coefficient": {"vi": "Hệ số (× lương cơ sở)", "en": "Coefficient (× base salary)"},
    "allowance.col_posts_in_roster": {"vi": "Số chức danh trong danh sách", "en": "Posts in the roster"},
    "allowance.base_title": {
        "vi": "Lương cơ sở theo thời kỳ (giá trị đã công bố, chỉ xem)",
        "en": "Base salary by period (published values, read-only)",
    },
    "allowance.col_from": {"vi": "Từ ngày", "en": "From"},
    "allowance.col_amount": {"vi": "Lương cơ sở", "en": "Base salary"},
    "allowance.col_source": {"vi": "Căn cứ", "en": "Basis"},
    "allowance.col_in_effect": {"vi": "Áp dụng ngày {date}", "en": "Applies on {date}"},
    "allowance.missing_intro": {
        "vi": "Chưa tính được tiền phụ cấp. Hệ số phụ cấp của Quyết định 32/2014/QĐ-UBND không được công bố nên "
        "không có giá trị mặc định; cần nhập:",
        "en": "No money can be shown yet. The coefficients of Decision 32/2014/QĐ-UBND are not public, so there are "
        "no defaults; enter:",
    },
    "allowance.missing_model": {
        "vi": "một phiên bản mô hình phụ cấp có ngày hiệu lực không sau ngày {date}",
        "en": "a version of the allowance model in effect on or before {date}",
    },
    "allowance.missing_coefficient": {
        "vi": "hệ số phụ cấp của chức danh {title} ({posts} chức danh trong danh sách)",
        "en": "the allowance coefficient of the {title} (posts in the roster: {posts})",
    },
    "allowance.missing_share": {
        "vi": "tỷ lệ hưởng phụ cấp kiêm nhiệm: phần trăm hệ số của chức danh kiêm nhiệm thêm mà người kiêm nhiệm "
        "được hưởng",
        "en": "the share of the concurrent-holding allowance: the percentage of a further title's coefficient that "
        "the person holding it receives",
    },
    "allowance.missing_base": {
        "vi": "lương cơ sở có hiệu lực vào ngày {date}",
        "en": "the base salary in effect on {date}",
    },
    "allowance.missing_editor": {
        "vi": "Nhập các giá trị này ở phần «Nhập mô hình phụ cấp mới» cuối trang.",
        "en": "Enter these values under “Enter a new allowance model” at the bottom of the page.",
    },
    "allowance.missing_ask": {
        "vi": "Cán bộ cập nhật nhập các giá trị này trên trang này.",
        "en": "An editor enters these values on this page.",
    },
    "allowance.budget_title": {
        "vi": "Chi phụ cấp theo danh sách ngày {date}",
        "en": "Allowance cost of the roster of {date}",
    },
    "allowance.monthly_now": {"vi": "Mỗi tháng, hiện nay", "en": "Monthly, now"},
    "allowance.monthly_all": {"vi": "Mỗi tháng, nếu 100 % kiêm nhiệm", "en": "Monthly, at 100% concurrent"},
    "allowance.monthly_saving": {"vi": "Tiết kiệm mỗi tháng", "en": "Monthly saving"},
    "allowance.yearly_now": {"vi": "Cả năm {year}, hiện nay", "en": "Year {year}, now"},
    "allowance.yearly_all": {"vi": "Cả năm {year}, nếu 100 % kiêm nhiệm", "en": "Year {year}, at 100% concurrent"},
    "allowance.yearly_saving": {"vi": "Tiết kiệm cả năm {year}", "en": "Saving in {year}"},
    "allowance.yearly_unknown": {
        "vi": "Chưa tính được (thiếu lương cơ sở của năm {year})",
        "en": "Not computed (base salary missing in {year})",
    },
    "allowance.income_line": {
        "vi": "**{persons} người** giữ từ hai chức danh trở lên nhận thêm tổng cộng **{amount} mỗi tháng** nhờ phụ "
        "cấp kiêm nhiệm (so với chỉ hưởng chức danh chính).",
        "en": (
            plural(
                "persons",
                one="**{persons} person** holding two titles or more receives",
                other="**{persons} people** holding two titles or more receive",
            ),
            " **{amount} a month** more in all through the concurrent-holding allowance (compared with their main "
            "title alone).",
        ),
    },
    "allowance.income_none": {
        "vi": "Không ai trong danh sách giữ từ hai chức danh trở lên, nên không có phụ cấp kiêm nhiệm.",
        "en": "Nobody in the roster holds two titles or more, so no concurrent-holding allowance is paid.",
    },
    "allowance.fund_status": {
        "vi": "Quỹ phụ cấp mỗi khóm, ấp: {fund} ({multiplier} × lương cơ sở). Hiện nay {now} khóm, ấp chi vượt quỹ; "
        "nếu 100 % kiêm nhiệm: {later}.",
        "en": (
            "Allowance fund per hamlet: {fund} ({multiplier} × base salary). Now ",
            plural("now", one="{now} hamlet exceeds it", other="{now} hamlets exceed it"),
            "; at 100% concurrent: {later}.",
        ),
    },
    "allowance.chart_title": {
        "vi": "Phụ cấp mỗi tháng: hiện nay và nếu 100 % khóm, ấp kiêm nhiệm",
        "en": "Monthly allowances: now and if every hamlet were concurrent",
    },
    "allowance.chart_now": {"vi": "Hiện nay", "en": "Now"},
    "allowance.chart_saving": {"vi": "Tiết kiệm", "en": "Saving"},
    "allowance.chart_all": {"vi": "Nếu 100 % kiêm nhiệm", "en": "At 100% concurrent"},
    "allowance.chart_axis": {"vi": "Đồng mỗi tháng", "en": "Đồng a month"},
    "allowance.formula_title": {"vi": "Cách tính", "en": "How it is computed"},
    "allowance.formula_rule": {
        "vi": "Mỗi người hưởng đủ hệ số cao nhất trong các chức danh mình giữ, cộng {share} hệ số của mỗi chức danh "
        "kiêm nhiệm thêm; tiền = tổng hệ số × lương cơ sở, làm tròn đến đồng ở mỗi tổng.",
        "en": "Each person receives the highest coefficient of their titles in full, plus {share} of each further "
        "title's coefficient; money = sum of coefficients × base salary, rounded to the đồng in each total.",
    },
    "allowance.formula_rates": {"vi": "Hệ số: {rates}.", "en": "Coefficients: {rates}."},
    "allowance.formula_title_rate": {
        "vi": "{title} {rate} ({posts} chức danh)",
        "en": "{title} {rate} (posts: {posts})",
    },
    "allowance.formula_now": {
        "vi": "Hiện nay: tổng hệ số {coef} × {base} = **{amount}** mỗi tháng.",
        "en": "Now: sum of coefficients {coef} × {base} = **{amount}** a month.",
    },
    "allowance.formula_all": {
        "vi": "Nếu mọi khóm, ấp đều kiêm nhiệm (chức danh trưởng khóm, ấp chuyển cho bí thư chi bộ; người trưởng "
        "khóm, ấp cũ giữ các chức danh khác nếu có): {coef} × {base} = **{amount}** mỗi tháng, tiết kiệm {saving}.",
        "en": "If every hamlet were concurrent (the head's title passes to the cell secretary; the former head keeps "
        "any other title): {coef} × {base} = **{amount}** a month, a saving of {saving}.",
    },
    "allowance.formula_extra": {
        "vi": "Phụ cấp kiêm nhiệm hiện nay: {coef} × {base} = {amount} mỗi tháng.",
        "en": "Concurrent-holding allowance now: {coef} × {base} = {amount} a month.",
    },
    "allowance.formula_run": {
        "vi": "{months} tháng × {base}",
        "en": plural("months", one="{months} month × {base}", other="{months} months × {base}"),
    },
    "allowance.formula_year": {
        "vi": "Cả năm {year}, mỗi tháng theo lương cơ sở có hiệu lực ngày đầu tháng: {runs} = {total}; hiện nay "
        "{coef} × {total} = **{amount}**.",
        "en": "Year {year}, each month at the base salary in effect on its first day: {runs} = {total}; now "
        "{coef} × {total} = **{amount}**.",
    },
    "allowance.formula_year_unknown": {
        "vi": "Cả năm {year}: chưa tính được vì {n} tháng chưa có lương cơ sở.",
        "en": (
            "Year {year}: not computed, because ",
            plural("n", one="{n} month has no base salary.", other="{n} months have no base salary."),
        ),
    },
    "allowance.formula_fund": {
        "vi": "Quỹ mỗi khóm, ấp: {multiplier} × {base} = {fund}.",
        "en": "Fund per hamlet: {multiplier} × {base} = {fund}.",
    },
    "allowance.wards_title": {"vi": "Phụ cấp mỗi tháng theo phường, xã", "en": "Monthly allowances by ward"},
    "allowance.col_now": {"vi": "Hiện nay", "en": "Now"},
    "allowance.col_all": {"vi": "Nếu 100 % kiêm nhiệm", "en": "At 100% concurrent"},
    "allowance.col_saving": {"vi": "Tiết kiệm", "en": "Saving"},
    "allowance.col_concurrent_allowance": {"vi": "Phụ cấp kiêm nhiệm", "en": "Concurrent allowance"},
    "allowance.col_over_fund": {"vi": "Khóm, ấp vượt quỹ", "en": "Hamlets over the fund"},
    "allowance.persons_title": {
        "vi": "Thu nhập mỗi tháng của người giữ từ hai chức danh",
        "en": "Monthly income of the people holding two titles or more",
    },
    "allowance.col_main_only": {"vi": "Chỉ chức danh chính", "en": "Main title alone"},
    "allowance.col_monthly": {"vi": "Thực hưởng", "en": "Receives"},
    "allowance.col_extra": {"vi": "Tăng thêm nhờ kiêm nhiệm", "en": "Added by holding two titles"},
    "allowance.editor_title": {"vi": "Nhập mô hình phụ cấp mới", "en": "Enter a new allowance model"},
    "allowance.editor_help": {
        "vi": "Mỗi lần lưu thêm một phiên bản vào mô hình phụ cấp trong kho dữ liệu; phiên bản cũ được giữ "
        "lại. Vào mỗi ngày, phiên bản có ngày hiệu lực gần nhất (không sau ngày đó) được dùng; hai phiên bản cùng "
        "ngày thì phiên bản lưu sau được dùng. Để trống hệ số của chức danh chưa biết. Lương cơ sở là giá trị đã "
        "công bố, không sửa ở đây.",
        "en": "Each save adds a version to the allowance model in the store; earlier versions are kept. On any day "
        "the version with the latest date of effect not after it applies; of two versions with the same date, the "
        "one saved later applies. Leave a title's coefficient blank when it is not known. The base salary is a "
        "published value and is not edited here.",
    },
    "allowance.effective_from": {"vi": "Ngày hiệu lực", "en": "Date of effect"},
    "allowance.share_input": {"vi": "Tỷ lệ hưởng phụ cấp kiêm nhiệm (%)", "en": "Concurrent-holding share (%)"},
    "allowance.share_help": {
        "vi": "Phần trăm hệ số của chức danh kiêm nhiệm thêm mà người kiêm nhiệm được hưởng, ví dụ 50. Để trống "
        "nếu chưa biết.",
        "en": "The percentage of a further title's coefficient that the person holding it receives, e.g. 50. Leave "
        "blank when it is not known.",
    },
    "allowance.fund_input": {
        "vi": "Quỹ mỗi khóm, ấp (× lương cơ sở, không bắt buộc)",
        "en": "Fund per hamlet (× base salary, optional)",
    },
    "allowance.fund_help": {
        "vi": "Theo Nghị định 33/2023/NĐ-CP: 4,5 hoặc 6,0. Để trống nếu không áp dụng.",
        "en": "Under Decree 33/2023/NĐ-CP: 4.5 or 6.0. Leave blank when it does not apply.",
    },
    "allowance.quota_input": {"vi": "Định biên (người)", "en": "Quota (people)"},
    "allowance.quota_help": {
        "vi": "Số người hoạt động không chuyên trách ở khóm, ấp theo quy định (595 ở thành phố Bạc Liêu năm 2019). "
        "Để trống nếu không so sánh.",
        "en": "The number of non-specialised hamlet workers set by the rules (595 in Bạc Liêu city in 2019). Leave "
        "blank to compare with none.",
    },
    "allowance.source_input": {"vi": "Căn cứ (văn bản)", "en": "Basis (document)"},
    "allowance.note_input": {"vi": "Ghi chú", "en": "Note"},
    "allowance.save": {"vi": "Lưu phiên bản mới", "en": "Save the new version"},
    "allowance.saved": {
        "vi": "Đã lưu mô hình phụ cấp có hiệu lực từ ngày {date}.",
        "en": "Saved the allowance model in effect from {date}.",
    },
    "allowance.saved_later": {
        "vi": "Đã lưu mô hình phụ cấp có hiệu lực từ ngày {date}. Bản số liệu đang xem tính đến ngày {as_of}, trước "
        "ngày hiệu lực, nên trang này vẫn dùng phiên bản trước đó.",
        "en": "Saved the allowance model in effect from {date}. The snapshot shown is as of {as_of}, before that "
        "date, so this page still uses the earlier version.",
    },
    "allowance.not_saved": {"vi": "Chưa lưu, vì:", "en": "Not saved, because:"},
    "allowance.needs_date": {"vi": "Ngày hiệu lực: chưa nhập.", "en": "Date of effect: not entered."},
    "allowance.file_broken": {
        "vi": "Mô hình phụ cấp đang dùng (trong kho dữ liệu) có lỗi, nên chưa tính được phụ cấp và chưa lưu được "
        "phiên bản mới. Sửa tệp allowance.json rồi đặt lại vào thư mục dữ liệu để thay:",
        "en": "The allowance model in use (in the store) has errors, so no allowance can be computed and no new "
        "version saved. Correct the allowance.json file and put it in the data folder again to replace it:",
    },
    "allowance.field_document": {"vi": "tệp", "en": "the file"},
    "allowance.field_version": {"vi": "phiên bản {n}", "en": "version {n}"},
    "allowance.field_period": {"vi": "lương cơ sở, thời kỳ {n}", "en": "base salary, period {n}"},
    "allowance.field_coefficient": {"vi": "hệ số của chức danh {title}", "en": "coefficient of the {title}"},
    "allowance.field.effective_from": {"vi": "ngày hiệu lực", "en": "date of effect"},
    "allowance.field.amount": {"vi": "mức lương cơ sở", "en": "amount"},
    "allowance.field.source": {"vi": "căn cứ", "en": "basis"},
    "allowance.field.note": {"vi": "ghi chú", "en": "note"},
    "allowance.field.coefficients": {"vi": "các hệ số", "en": "coefficients"},
    "allowance.field.concurrent_share": {
        "vi": "tỷ lệ hưởng phụ cấp kiêm nhiệm",
        "en": "concurrent-holding share",
    },
    "allowance.field.fund_multiplier": {"vi": "quỹ mỗi khóm, ấp", "en": "fund per hamlet"},
    "allowance.field.quota": {"vi": "định biên", "en": "quota"},
    "allowance.issue.not_json": {
        "vi": "Tệp không đọc được như JSON ({error}).",
        "en": "The file cannot be read as JSON ({error}).",
    },
    "allowance.issue.not_object": {"vi": "{field}: phải là một đối tượng JSON.", "en": "{field}: must be an object."},
    "allowance.issue.not_list": {"vi": "{field}: phải là một danh sách.", "en": "{field}: must be a list."},
    "allowance.issue.missing_key": {"vi": "{field}: thiếu mục «{item}».", "en": "{field}: “{item}” is missing."},
    "allowance.issue.unknown_key": {
        "vi": "{field}: mục «{value}» không có trong định dạng.",
        "en": "{field}: “{value}” is not part of the format.",
    },
    "allowance.issue.bad_format": {
        "vi": "{field}: phiên bản định dạng «{value}» không được hỗ trợ (cần 1).",
        "en": "{field}: format “{value}” is not supported (1 is).",
    },
    "allowance.issue.bad_date": {
        "vi": "{field}: «{value}» không phải một ngày (YYYY-MM-DD).",
        "en": "{field}: “{value}” is not a date (YYYY-MM-DD).",
    },
    "allowance.issue.duplicate_date": {
        "vi": "{field}: hai thời kỳ lương cơ sở cùng bắt đầu ngày {value}.",
        "en": "{field}: two base-salary periods start on {value}.",
    },
    "allowance.issue.bad_amount": {
        "vi": "{field}: «{value}» không phải số đồng nguyên dương.",
        "en": "{field}: “{value}” is not a positive whole number of đồng.",
    },
    "allowance.issue.unknown_title": {
        "vi": "{field}: chức danh «{value}» không có trong danh mục chức danh.",
        "en": "{field}: the title “{value}” is not in the list of titles.",
    },
    "allowance.issue.not_a_number": {
        "vi": "{field}: «{value}» không phải là số.",
        "en": "{field}: “{value}” is not a number.",
    },
    "allowance.issue.negative_coefficient": {
        "vi": "{field}: {value} là số âm; hệ số phải từ 0 trở lên.",
        "en": "{field}: {value} is negative; a coefficient is 0 or more.",
    },
    "allowance.issue.share_out_of_range": {
        "vi": "{field}: phải từ 0 đến 100 %.",
        "en": "{field}: must be between 0 and 100%.",
    },
    "allowance.issue.bad_multiplier": {
        "vi": "{field}: «{value}» phải lớn hơn 0 (hoặc để trống nếu không áp dụng).",
        "en": "{field}: “{value}” must be more than 0 (or blank when it does not apply).",
    },
    "allowance.issue.bad_quota": {
        "vi": "{field}: «{value}» phải là số nguyên từ 0 trở lên.",
        "en": "{field}: “{value}” must be a whole number, 0 or more.",
    },
    "allowance.issue.bad_text": {"vi": "{field}: phải là chữ.", "en": "{field}: must be text."},
}
