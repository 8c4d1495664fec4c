"""Post titles in Vietnamese and English → post codes of VOCAB.md, each with the unit or country it names.

Titles are matched without regard to case ("Phó tỉnh trưởng", "Ủy ban Nhân dân", "governor"), except
where a pattern must tell a capitalised name from lower-case words (a department's name before its
director's name), which is marked ``(?-i:...)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .context import SentenceInfo

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LO = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_CAP = rf"(?-i:[{_UP}][{_LO}]*)"           # a capitalised word
_LOW = rf"(?-i:[{_LO}]+)"                  # a lower-case word
# A department's or ministry's name: an abbreviation (Sở GD&ĐT) or capitalised words each followed by
# lower-case ones ("Sở Giáo dục và Đào tạo"), so that a person's name (all syllables capitalised) is not swallowed.
_ORG_NAME = (rf"(?:(?-i:[{_UP}&]{{2,}})(?![{_LO}])|{_CAP}(?: (?!và\b){_LOW})+(?:(?:,| và) {_CAP}(?: (?!và\b){_LOW})*)*)")
# ("TU": the press's abbreviation of Tỉnh ủy, in capitals)
_COMMITTEE = r"(?:(?:tỉnh|thành|khu) ủy|đảng (?:ủy|bộ) (?:tỉnh|thành phố)|(?-i:TU)(?![\w]))"
_CC = r"(?:ban chấp hành |bch )?(?:trung ương|tw|t\.ư)(?: đảng)?"

# after a bare "Bí thư" / "Phó Bí thư": the provincial title stacked with it ("Bí thư kiêm Tỉnh trưởng": "kiêm", concurrently)
_STACKED = (r"\s*(?:,|[-–]|và|kiêm)?\s*(?:(?:Phó )?(?:Tỉnh trưởng|Đô trưởng|Chủ tịch|Thống đốc)|"
            r"(?:Phó )?(?:Trưởng [Bb]an|Chủ nhiệm)[^,;.]{1,40}?(?:Tỉnh|Thành) ủy)")

# a country in the name of a friendship association ("Hội hữu nghị Việt Nam - Lào", "Việt - Lào")
_FRIEND_COUNTRY = r"(?:Việt Nam|Việt|Lào|Campuchia|Trung Quốc|Hàn Quốc|Nhật Bản|Thái Lan)"

# (pattern, code, scope). scope: national (of a country) | vn (a Vietnamese unit only) | foreign (a
# non-Vietnamese unit only) | any (either side) | head (the head of a provincial government: its code depends
# on the unit's country) | org (the head of a board or association: of the unit it names, else of the country)
# | skip (a membership or delegation role: chains with posts, is no post itself)
_VI_TITLES: list[tuple[str, str, str]] = [
    (r"Tổng Bí thư", "general-secretary", "national"),
    (r"Phó Chủ tịch nước", "other", "national"),
    (r"Chủ tịch nước", "president", "national"),
    (r"(?:Phó )?Chủ tịch Quốc hội", "other", "national"),
    (r"Phó Thủ tướng(?: Thường trực)?(?: Chính phủ)?", "other", "national"),
    (r"Thủ tướng(?: Chính phủ)?", "prime-minister", "national"),
    (r"Ủy viên (?:Bộ Chính trị|BCT)", "politburo-member", "national"),
    (r"Thường trực Ban Bí thư", "secretariat-member", "national"),
    (r"Bí thư Trung ương Đảng|Bí thư Ban Chấp hành Trung ương Đảng", "secretariat-member", "national"),
    (r"Ủy viên dự khuyết " + _CC + r"|Ủy viên (?:ban chấp hành |bch )?(?:trung ương|tw) dự khuyết(?: đảng)?",
     "other", "national"),
    (r"Ủy viên " + _CC + r"|UVTW(?: Đảng)?|UV (?:BCH )?(?:Trung ương|TW)(?: Đảng)?", "central-committee-member", "national"),
    # (the ministry named with or without its word: "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Ngoại giao Lào NAME")
    (r"(?:Thứ trưởng|Bộ trưởng)(?: Thường trực)?(?: (?:Bộ )?" + _ORG_NAME + ")?", "other", "national"),
    (r"(?:Phó )?(?:Vụ trưởng|Cục trưởng|Tổng cục trưởng)(?: (?:Vụ|Cục|Tổng cục) " + _ORG_NAME + ")?", "other", "national"),
    (r"(?:Phó )?Trưởng Ban(?: [^\W\d_]+){1,4}? (?:Trung ương|TW)", "other", "national"),
    (r"Đại sứ(?! quán)(?: đặc mệnh toàn quyền)?", "ambassador", "national"),
    # the head of a ministry's mission abroad ("Trưởng Cơ quan đại diện Bộ Công an Việt Nam tại Lào")
    (r"(?:Phó )?Trưởng Cơ quan đại diện(?: Bộ " + _ORG_NAME + ")?", "other", "national"),
    (r"(?:Tổng |Phó )?Lãnh sự(?! quán)|Tham tán(?: Công sứ)?|Công sứ", "other", "national"),
    # the consulate for its head: right after a name and a comma ("bà NAME, Tổng Lãnh sự quán Việt Nam tại Nam Ninh",
    # "NAME, Tổng Lãnh sự quán thông tin …"), or named with its country and seat before the name ("Tổng Lãnh sự quán
    # Việt Nam tại tỉnh X NAME")
    (r"(?<=, )Tổng Lãnh sự quán|Tổng Lãnh sự quán(?= [^\W\d_][\w ]{1,30} tại )", "other", "national"),
    # the national army's commands and their political commissars ("Phó Tư lệnh Bộ đội Biên phòng Việt Nam", "Phó Chính ủy
    # Bộ Tư lệnh Quân khu 4"); a province's own commands are read below
    (r"(?:Phó )?Tư lệnh(?: (?:Bộ đội Biên phòng|BĐBP)(?: Việt Nam)?| Quân khu \d+)?|"
     r"(?:Phó )?Chính ủy (?:Bộ Tư lệnh )?(?:Quân khu \d+|Bộ đội Biên phòng Việt Nam)", "other", "national"),
    # heads of a national academy and of the party's central councils ("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh",
    # "Chủ tịch Hội đồng Lý luận Trung ương"): the academy's name ends the title, so that "Hồ Chí Minh" is no unit
    (r"(?:Phó )?Giám đốc Học viện(?: Chính trị)?(?: Quốc gia)?(?: Hồ Chí Minh)?(?: khu vực [IVX\d]+)?|"
     r"(?:Phó )?Chủ tịch Hội đồng(?: [^\W\d_]+){1,4}? (?:Trung ương|TW)", "other", "national"),
    (r"(?:Phó Bí thư|PBT) (?:Thường trực|(?-i:TT))(?: " + _COMMITTEE + r")?|(?:Phó Bí thư|PBT) " + _COMMITTEE,
     "deputy-party-secretary", "any"),
    (r"Bí thư " + _COMMITTEE, "party-secretary", "any"),
    # (the press's abbreviations too: "UVBTV Tỉnh ủy", "PCT UBND tỉnh", "Phó CT HĐND", "PBT Tỉnh ủy")
    # ("UVTVTU", "UVBTVTU": the press's one-word abbreviation of Ủy viên Ban Thường vụ Tỉnh ủy)
    (r"(?:Ủy viên |UV ?)?(?:Ban Thường vụ|BTV|Thường vụ) (?:tỉnh|thành) ủy|UV?B?TV (?:tỉnh|thành) ủy|(?-i:UVB?TVTU)(?!\w)|"
     r"(?:Ủy viên |UV ?)(?:Ban Thường vụ|BTV)(?=\s*[,;–-])|UV?B?TV(?=\s*[,;–-])", "standing-committee-member", "any"),
    (r"(?:Phó Chủ tịch|PCT|Phó CT)(?: Thường trực)? (?:UBND|Ủy ban nhân dân)", "people-committee-vice-chair", "vn"),
    (r"(?:Chủ tịch|CT) (?:UBND|Ủy ban nhân dân)", "people-committee-chair", "vn"),
    (r"(?:Phó Chủ tịch|PCT|Phó CT)(?: Thường trực)? (?:HĐND|Hội đồng nhân dân)", "people-council-vice-chair", "any"),
    (r"(?:Chủ tịch|CT) (?:HĐND|Hội đồng nhân dân)", "people-council-chair", "any"),
    # (China: "Chủ tịch Chính quyền Khu tự trị …", "Phó Chủ tịch Chính phủ nhân dân tỉnh Vân Nam")
    (r"Phó Chủ tịch(?: Thường trực)? (?:Ủy ban|UB) chính quyền(?: tỉnh| thủ đô)?|Phó Chủ tịch (?:Chính quyền|Chính phủ)(?: nhân dân)?"
     r"(?= (?:tỉnh|thành phố|Khu tự trị)\b)|Phó Chủ tịch Chính quyền nhân dân", "vice-governor", "foreign"),
    (r"Chủ tịch (?:Ủy ban|UB) chính quyền(?: tỉnh| thủ đô)?|Chủ tịch (?:Chính quyền|Chính phủ)(?: nhân dân)?"
     r"(?= (?:tỉnh|thành phố|Khu tự trị)\b)|Chủ tịch Chính quyền nhân dân|Chủ tịch(?= Khu tự trị)", "governor", "foreign"),
    (r"Phó (?:Tỉnh|Đô) trưởng(?: Thường trực)?|Phó Thống đốc(?: Thường trực)?", "vice-governor", "foreign"),
    (r"(?:Tỉnh|Đô) trưởng|Thống đốc", "governor", "foreign"),
    (r"Phó Chủ tịch(?= (?:tỉnh|thành phố)\b)", "vice", "head"),
    # a mayor ("Thị trưởng thành phố Busan"): the head of a city's government, kept only with a first-level city named
    (r"Phó Thị trưởng", "vice", "head"),
    (r"Thị trưởng", "head", "head"),
    (r"Chủ tịch(?= (?:tỉnh|thành phố)\b)", "head", "head"),
    (r"Trưởng đoàn (?:ĐBQH|đại biểu Quốc hội)(?: \(ĐBQH\))?(?: khu vực [IVX\d]+)?", "na-delegation-head", "any"),
    (r"Chỉ huy trưởng (?:Bộ Chỉ huy Quân sự|Bộ CHQS)", "military-commander", "any"),
    # the province's border guard commander and the political commissars of its commands: posts outside the vocabulary
    # (as the English "Commander of the X Border Guard Command")
    (r"(?:Phó )?(?:Chỉ huy trưởng|Chính ủy) (?:Bộ Chỉ huy )?(?:Bộ đội Biên phòng|BĐBP)|(?:Phó )?Chính ủy (?:Bộ Chỉ huy Quân sự|Bộ CHQS)",
     "other", "any"),
    (r"Phó Giám đốc Sở " + _ORG_NAME + r"|Phó Trưởng Sở " + _ORG_NAME, "department-deputy-director", "any"),
    (r"Giám đốc Sở " + _ORG_NAME + r"|Trưởng Sở " + _ORG_NAME, "department-director", "any"),
    # (the press's abbreviations: "Giám đốc CATP" for Công an thành phố, "CAT" for Công an tỉnh)
    (r"(?:Phó )?Giám đốc (?:Công an(?: tỉnh| thành phố)?|(?-i:CATP|CAT)(?!\w))", "other", "any"),
    # ("Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy": the board's standing deputy head)
    (r"(?:Phó )?Trưởng Ban(?: Thường trực Ban)? " + _ORG_NAME + r" (?:tỉnh|thành|khu) ủy", "other", "any"),
    # heads of a people's congress standing committee (China) or of one of its committees, whatever the committee's name
    # ("Phó Chủ nhiệm Ủy ban ngoại sự hoa kiều Nhân đại Quảng Tây"), of a party inspection commission
    (r"(?:Phó )?Chủ nhiệm Ủy ban Thường vụ (?:Nhân Đại|Đại hội đại biểu nhân dân)|(?:Phó )?Chủ nhiệm Ủy ban(?: [^\W\d_]+){1,5}? "
     r"Nhân Đại|(?:Phó )?Chủ nhiệm (?:Ủy ban|Văn phòng) "
     + _ORG_NAME + r"(?: (?:Tỉnh|Thành) ủy)?", "other", "org"),
    # the leaders of a party other than the communist parties' committees ("Chủ tịch Đảng Nhân dân Campuchia tỉnh X")
    (r"(?:Phó )?Chủ tịch (?:Trung ương )?Đảng (?:Nhân dân )?Campuchia", "other", "org"),
    # a Chinese province's political consultative conference ("Phó Chủ tịch Chính hiệp tỉnh Vân Nam"): a post outside the
    # vocabulary
    (r"(?:Phó )?Chủ tịch (?:Chính hiệp|Hội nghị Hiệp thương Chính trị(?: nhân dân)?)", "other", "foreign"),
    # a provincial assembly abroad and friendship groups (Korea, Japan): posts outside the vocabulary
    # ("Ủy viên Hội đồng tỉnh": a member of a Cambodian provincial council, a seat of its own there)
    (r"(?:Phó )?Chủ tịch Hội đồng (?:tỉnh|thành phố)(?= (?-i:[A-Z]))|Ủy viên Hội đồng (?:tỉnh|thành phố)(?! ủy)",
     "other", "foreign"),
    (r"(?:Phó |Trưởng )?nhóm (?:Hữu nghị|nghị sĩ)[^,;]{0,40}?(?= (?:tỉnh|thành phố) )|Tổng Thư ký(?: (?:Nhóm|Hội) "
     r"(?:Hữu nghị|nghị sĩ)[^,;]{0,40}?(?= (?:tỉnh|thành phố) ))?", "other", "org"),
    # (the front's central committee is a national body: "Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước")
    (r"(?:Phó )?Chủ tịch(?: Thường trực)? (?:Ủy ban |UB)?(?:Trung ương|TW) (?:MTTQ|Mặt trận)(?: Tổ quốc)?(?: Việt Nam)?"
     r"(?: Lào xây dựng đất nước)?", "other", "national"),
    (r"(?:Phó )?Chủ tịch(?: Thường trực)? (?:Ủy ban |UB)?(?:MTTQ|Mặt trận)(?: Tổ quốc)?(?: Việt Nam)?(?: Lào xây dựng đất nước)?",
     "other", "any"),
    # (the association named by its pair of countries, which ends it: the holder's name may follow)
    (r"(?:Phó )?Chủ tịch Hội hữu nghị(?: " + _FRIEND_COUNTRY + r"(?:\s?[-–]\s?" + _FRIEND_COUNTRY + r")?)?", "other", "any"),
    # the head of any other association or board: "Chủ tịch Hội người Việt", "Trưởng Ban Xúc tiến đầu tư"
    (rf"(?:Phó )?Chủ tịch Hội(?! đồng)(?: (?:{_LOW}|Việt Nam|Lào|Campuchia))+", "other", "org"),
    # the province's mass organisations, named by words each capitalised once ("Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Hội
    # Liên hiệp Phụ nữ tỉnh", "Bí thư Tỉnh đoàn"; the labour federation is left out: not met in the tuning set)
    (rf"(?:Phó )?Chủ tịch Hội(?: {_CAP}(?: (?!(?:tỉnh|thành|huyện|tại|và|của|cùng|với|đã)\b){_LOW}){{1,2}})+|"
     r"(?:Phó )?Bí thư (?:Tỉnh|Thành) đoàn", "other", "org"),
    # the boards of a people's council ("Trưởng Ban Pháp chế HĐND tỉnh", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"): the
    # council's province, not a national board
    (r"(?:Phó )?Trưởng Ban " + _ORG_NAME + r"(?:\s?[-–]\s?" + _ORG_NAME + r")? (?:HĐND|Hội đồng nhân dân)", "other", "any"),
    (r"(?:Phó )?Trưởng Ban " + _ORG_NAME, "other", "org"),
    # ("Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh": the one office of the province's deputies and council)
    (r"(?:Phó )?Chánh Văn phòng (?:tỉnh|thành) ủy|(?:Phó )?Chánh Văn phòng (?:Đoàn (?:ĐBQH|đại biểu Quốc hội) (?:và|&) )?"
     r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)", "other", "any"),
    # memberships and delegation roles: they chain with real posts but are not posts themselves
    (r"(?:tỉnh|thành) ủy viên|TUV|Ủy viên (?:Ban Chấp hành|BCH) Đảng bộ tỉnh|Phó trưởng đoàn|"
     r"Trưởng đoàn(?! (?:ĐBQH|đại biểu Quốc hội))(?: đại biểu cấp cao| công tác)?|Đại biểu Quốc hội(?! tỉnh)", "skip", "skip"),
    # "Bí thư, Tỉnh trưởng tỉnh X", "Bí thư – Tỉnh trưởng": a bare secretary title stacked with a provincial one, or with
    # the head of one of the committee's boards ("Phó Bí thư, Trưởng ban Tổ chức Tỉnh ủy tỉnh X")
    (r"Phó Bí thư(?=" + _STACKED + ")", "deputy-party-secretary", "any"),
    (r"Bí thư(?=" + _STACKED + ")", "party-secretary", "any"),
]

_NAMED = rf"(?-i:[{_UP}][\w'’.\-]*)"
# "of the Lai Chau provincial", "of the provincial Quang Ninh": the words between a title's head and "Party Committee"
# ("of Thai Binh province's People's Committee": the unit's word in the possessive)
_PC = rf"(?:the\s+|its\s+|their\s+)?(?:(?:{_NAMED}|provincial|city|municipal|capital|(?:province|city|capital)['’]s|Vietnamese|Lao|[-–])\s+){{0,5}}?"
# an armed-forces command of a province: "the Ha Tinh provincial Border Guard Command", "Salavan Provincial Military Command"
_COMMAND = _PC + r"(?:Military Command|Military Headquarters|Border (?:Guard|Defen[cs]e) (?:Command|Headquarters))"
# Words of ministries' names: "Minister of Planning and Investment" ends before the minister's name
_MINISTRY = (r"(?:Foreign|Affairs|Planning|Investment|Land|Management|Urban|Economy|Religions?|Cults|Veterans|Public|Security|National|Defen[cs]e|Industry|Trade|Commerce|"
             r"Agriculture|Rural|Development|Forestry|Home|Interior|Finance|Education|Training|Sports?|Health|Justice|"
             r"Information|Communications?|Culture|Tourism|Natural|Resources|Environment|Labou?r|Invalids|Social|"
             r"Welfare|Transport|Transportation|Works|Construction|Science|Technology|Energy|Mines|Mining|Post|"
             r"Telecommunications|Fisheries|Water)")
_COMMISSION = (r"(?:Information and Education|Propaganda(?: and Education)?|Inspection|Mass [Mm]obili[sz]ation(?: and Propaganda)?|"
               r"Organi[sz]ation|Internal Affairs|Economic Affairs|External Relations|Foreign (?:Relations|Affairs))")
_PARTY_NAME = r"(?:Communist Party of (?:Vietnam|Viet Nam|China)|CPV|CPC|Lao People['’]?s Revolutionary Party|LPRP)"
_EN_TITLES: list[tuple[str, str, str]] = [
    # "the delegation of the Gyeongsangnam provincial Council, led by its Vice President NAME": the head of the body
    # named before, no head of state (its unit comes from the sentence)
    (r"(?<=\bits )(?:Vice |Deputy )?(?:President|Chairman|Chairwoman)(?=\s+(?-i:[A-Z]))", "other", "any"),
    (r"General Secretary(?: of the (?:[\w'’]+\s+){1,6}Party(?:\s*\([A-Z]{2,6}\))?(?: Central Committee)?)?"
     r"|Secretary[- ]General of the (?:[\w'’]+\s+){1,6}Party(?:\s*\([A-Z]{2,6}\))?(?: Central Committee)?", "general-secretary", "national"),
    (r"(?:Lao |Laotian |Vietnamese |State )President(?! of the)|President of (?:Laos|Vietnam|Viet Nam|Việt Nam|the Lao PDR)",
     "president", "national"),
    (r"(?:(?:Lao|Laotian|Vietnamese|State) )?Vice[- ](?:State )?President(?: of (?:Laos|Vietnam|Viet Nam|the Lao PDR))?"
     r"(?=\s+of (?:Laos|Vietnam|Viet Nam|the Lao PDR)|\s+(?-i:[A-Z])\w+\s+(?-i:[A-Z])|\s*,)", "other", "national"),
    (r"(?:Deputy|Vice) (?:Prime Minister|PM)|(?:Deputy |Vice )?Minister of (?:the )?" + _MINISTRY +
     r"(?:(?:,| and|,\s*and)? " + _MINISTRY + r")*|(?:Foreign|Defen[cs]e|Finance|Trade|Health) Minister", "other", "national"),
    (r"Prime Minister|PM(?=\s+(?-i:[A-Z]))", "prime-minister", "national"),
    (r"member of the Politburo|Politburo member", "politburo-member", "national"),
    # "standing member of the LPRP Central Committee's Secretariat": of the Secretariat, not of the Committee
    (r"(?:standing |permanent )?member of (?:the )?(?:[\w'’()]+ ){0,8}?Secretariat", "secretariat-member", "national"),
    # (the party's abbreviation in brackets inside: "member of the Communist Party of Vietnam (CPV) Central Committee";
    # "alternate member of the Central Committee of the Lao People's Revolutionary Party")
    (r"alternate member of (?:the )?(?:[\w'’]+ |\([A-Z]{2,6}\) ){0,5}Party (?:\([A-Z]{2,6}\) )?Central Committee|"
     r"alternate member of (?:the )?Central Committee", "other", "national"),
    # "Member of the Central Executive Committee of the LPRP": the Lao press's name of the Central Committee
    (r"member of (?:the )?(?:[\w'’]+ |\([A-Z]{2,6}\) ){0,5}?(?:Party )?(?:\([A-Z]{2,6}\) )?Central (?:Executive )?Committee"
     r"(?:['’]s Executive Committee)?",
     "central-committee-member", "national"),
    # heads of the central party's departments and commissions: "deputy head of the International Liaison
    # Department of the CPC Central Committee", "head of the CPV Central Committee's Commission for External Relations"
    # ("Deputy Head of the Commission for External Relations of the Lao People's Revolutionary Party Central Committee")
    (r"(?:Deputy |Vice )?Head of the (?:[\w'’]+ ){0,4}?(?:Department|Commission)(?: for " + _COMMISSION + r")? of the "
     r"(?:CPC|CPV|LPRP|(?:[\w'’]+ ){1,4}?Party(?: \([A-Z]{2,6}\))?) Central Committee|(?:Deputy |Vice )?Head of the (?:CPC|CPV|LPRP|(?:Lao |Vietnamese |Chinese )?Party) Central Committee['’]s "
     r"(?:[\w'’]+ ){0,2}?"
     r"(?:Department|Commission)(?: for " + _COMMISSION + ")?", "other", "national"),
    (r"Ambassador", "ambassador", "national"),
    # a member of a national senate or parliament ("Thai senator NAME"): a national post outside the vocabulary
    (r"[Ss]enator|(?:member of parliament|MP)(?=\s+(?-i:[A-Z]))", "other", "national"),
    # "Supreme Advisor to the King of Cambodia": a national post outside the vocabulary
    (r"(?:Supreme |Senior |Chief )?Advis[eo]r to the (?:King|Prime Minister|President|Government)", "other", "national"),
    # "advisor to Cambodian Prime Minister NAME": the title the leader's own (the leader's name follows it)
    (r"(?:Supreme |Senior |Chief )?Advis[eo]r(?= to (?:Cambodian|Lao|Laotian|Vietnamese|Thai|Chinese) (?:Prime Minister|President))",
     "other", "national"),
    # (the consulate for its head, before a dash and a name: "the Consulate General of Vietnam in Kunming - NAME")
    # a counsellor of an embassy ("Counsellor of the Lao Embassy in Vietnam NAME"): its country in the title
    (r"(?:Minister[- ])?Counsel+or(?: of (?:the )?(?:Lao|Laotian|Vietnamese|Cambodian|Chinese|Thai) Embassy)?", "other",
     "national"),
    (r"Consulate[- ]General(?= of [\w'’ ]{2,40} in [\w'’ ]{2,40} [-–] )|Consul[- ]General|Consul(?!ate)", "other", "national"),
    # "Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee": of the party's Secretariat
    # ("Secretary of the LPRP Central Committee": the party by its abbreviation)
    (r"Secretary of the (?:(?:[\w'’]+\s+){1,6}?Party(?:\s*\([A-Z]{2,6}\))?|CPV|CPC|LPRP) Central Committee", "secretariat-member",
     "national"),
    (r"(?:Permanent |Standing )?(?:Deputy|Vice) Secretary of " + _PC + r"Party['’]?s? Committee|"
     r"(?:Permanent |Standing )?(?:Deputy|Vice) Secretary of the " + _PARTY_NAME + r" Committee", "deputy-party-secretary", "any"),
    # "Party Committee Deputy Secretary of X province": the committee before the deputy's title
    (r"(?:Provincial )?Party Committee (?:Permanent |Standing )?(?:Deputy|Vice) Secretary|"
     r"(?:Permanent |Standing )?(?:Deputy|Vice) (?:provincial |city )?Party Secretary", "deputy-party-secretary", "any"),
    (r"Secretary of " + _PC + r"Party['’]?s? Committee|Party Secretary|Party Committee Secretary|"
     r"Secretary of the " + _PARTY_NAME + r" Committee", "party-secretary", "any"),
    # "Chairman of the Hoa Binh Party Committee": the head of a party committee is its secretary (not its commissions)
    (r"(?:Chairman|Chairwoman) of " + _PC + r"Party Committee(?!['’]|\s+(?:Office|Commission|Board|for)\b)", "party-secretary", "any"),
    (r"member of the Standing (?:Board|Committee) of " + _PC + r"Party Committee|"
     r"members? of (?:the )?" + _PC + r"(?:Party Committee['’]?s? Standing (?:Board|Committee)|Party Standing Committee|"
     r"Standing Party Committee)",
     "standing-committee-member", "any"),
    # a membership of the provincial party committee or council: chains with posts, is no post
    (r"(?:member of (?:the )?(?:provincial |city )?(?:Party Committee|People['’]?s Council)|"
     r"(?:provincial |city )?Party Committee member)(?! of)", "skip", "skip"),
    (r"(?:Permanent |Standing )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President) (?:of )?" + _PC + r"People['’]?s Committee",
     "people-committee-vice-chair", "vn"),
    (r"(?:Chairman|Chairwoman|Chair|President) (?:of )?" + _PC + r"People['’]?s Committee", "people-committee-chair", "vn"),
    (r"(?:Permanent |Standing )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President) (?:of )?" + _PC + r"People['’]?s Council",
     "people-council-vice-chair", "any"),
    (r"(?:Chairman|Chairwoman|Chair|President) (?:of )?" + _PC + r"People['’]?s Council", "people-council-chair", "any"),
    # China's provincial people's congress ("Chairman of the Standing Committee of the provincial People's Congress",
    # "Chairman of the Yunnan Provincial People's Congress Standing Committee"): a post outside the vocabulary
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|Director) of (?:the )?Standing Committee of " + _PC + r"People['’]?s Congress|"
     r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|Director) of " + _PC + r"People['’]?s Congress(?: Standing Committee)?",
     "other", "any"),
    # Cambodia's elected provincial councils ("Chairman of the Koh Kong provincial Council", "its provincial council head")
    (r"(?:provincial|city) council (?:head|chief|chairman|chairwoman|president)(?=\s+(?-i:[A-Z]))", "people-council-chair", "any"),
    # (a committee of a provincial council abroad: "Chairman of the Home Affairs Committee of the Gyeonggi Provincial Council")
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|Head) of the (?:(?-i:[A-Z])[\w'’-]*\s+|and\s+){1,4}Committee of (?:the )?"
     r"(?:[\w'’-]+\s+){0,3}?provincial (?:Council|Assembly)", "other", "foreign"),
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Head|Speaker) of (?:the )?(?:[\w'’-]+\s+){0,3}?provincial Council",
     "people-council-chair", "foreign"),
    (r"head of (?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:National Assembly|NA)(?: deputies['’]?)? delegation|"
     r"head of (?:the\s+)?(?:[\w'’]+\s+){0,2}?delegation (?:of (?:the\s+)?National Assembly deputies|to the National Assembly)",
     "na-delegation-head", "any"),
    # the new Lao provincial government (2025): "Chairman of the Houaphanh Provincial Administration Committee"
    (r"(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President|Head) of " + _PC + r"(?:Provincial |Capital |City )?"
     r"Administration(?: Committee)?", "vice-governor", "foreign"),
    (r"(?:Chairman|Chairwoman|Chair|President|Head) of " + _PC + r"(?:Provincial |Capital |City )?Administration(?: Committee)?",
     "governor", "foreign"),
    # a Chinese province's or region's government ("Chairman of the Guangxi Zhuang Autonomous Region Government",
    # "Vice Chairman of the People's Government of Yunnan Province"): its head is the governor
    (r"(?:Vice|Deputy) (?:Chairman|Chairwoman) of " + _PC + r"(?:Autonomous Region(?:al)? |Provincial |Regional )?"
     r"(?:People['’]?s )?Government(?! of (?:Vietnam|Viet Nam|Laos|Cambodia|China|the Lao))", "vice-governor", "foreign"),
    (r"(?:Chairman|Chairwoman) of " + _PC + r"(?:Autonomous Region(?:al)? |Provincial |Regional )?"
     r"(?:People['’]?s )?Government(?! of (?:Vietnam|Viet Nam|Laos|Cambodia|China|the Lao))", "governor", "foreign"),
    # ("Vice Chairman of the Yunnan Provincial Committee of the Chinese People's Political Consultative Conference")
    (r"(?:Vice )?(?:Chairman|Chairwoman) of " + _PC + r"(?:Provincial |Regional )?Committee of the (?:Chinese )?People['’]?s "
     r"Political Consultative Conference(?: \(CPPCC\))?|(?:Vice )?(?:Chairman|Chairwoman) of " + _PC + r"(?:Provincial |Regional )?"
     r"(?:CPPCC|People['’]?s Political Consultative Conference)(?: Committee)?", "other", "foreign"),
    (r"acting (?:Vice |Deputy )?Governor", "other", "foreign"),
    # "Hanoi People's Council Vice Chairwoman": the unit before the title (see _unit_before)
    (r"People['’]?s Council (?:Standing |Permanent )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President)",
     "people-council-vice-chair", "any"),
    (r"People['’]?s Council (?:Chairman|Chairwoman|Chair|President)", "people-council-chair", "any"),
    (r"People['’]?s Committee (?:Standing |Permanent )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President)",
     "people-committee-vice-chair", "vn"),
    (r"People['’]?s Committee (?:Chairman|Chairwoman|Chair|President)", "people-committee-chair", "vn"),
    # ("First Vice Governor": the first of a Korean province's vice governors)
    (r"(?:Provincial )?(?:Permanent |Standing |First )?(?:Vice|Deputy) Governor", "vice-governor", "foreign"),
    (r"(?:Provincial )?Governor", "governor", "foreign"),
    (r"(?:Vice|Deputy) Mayor", "vice", "head"),
    (r"Mayor", "head", "head"),
    (r"(?:Commander|Commanding Officer) of " + _PC + r"(?:Military Command|Military Headquarters)", "military-commander", "any"),
    (r"(?:(?:Deputy |Vice )?(?:Commander|Commanding Officer)|Political (?:Chief )?(?:Commander|Commissar)|Chief of Staff)"
     r"(?: and (?:Chief of Staff|Political Commissar))? of " + _COMMAND, "other", "any"),
    (r"(?:Deputy |Vice )?Commander of Military Region \d+", "other", "national"),
    # "a delegation of X Provincial Military Headquarters led by its Political Commander, Col. NAME": the command named
    # before the title (its unit comes from the sentence)
    (r"(?<=\bits )(?:Political (?:Chief )?(?:Commander|Commissar)|(?:Deputy |Vice )?Commander)(?=\s*,|\s+(?-i:[A-Z]))",
     "other", "any"),
    # "Chief of the Provincial Party Committee Office", "Chief of the Office of the provincial People's Committee"
    # (a district's office is no province's: "Chief of Office of the Ha Khau District Party Committee")
    (r"(?![^,;]{0,60}\b[Dd]istrict\b)(?:(?:Deputy |Vice )?(?:Chief|Head|Director) of (?:the )?" + _PC + r"(?:Party Committee|"
     r"People['’]?s Committee|People['’]?s Council|National Assembly Delegation|NA Delegation)(?:['’]s?)? Office|"
     r"(?:Deputy |Vice )?(?:Chief|Head) of (?:the )?Office of (?:the )?" + _PC + r"(?:Party Committee|People['’]?s Committee|"
     r"People['’]?s Council))",
     "other", "any"),
    # "Director of the Department of Foreign Affairs": the department's name after it, in the words of ministries
    # the head of a provincial department abroad ("Head of the Foreign Affairs Department of Salavan province", "Deputy Head
    # of the Luang Prabang provincial Department of Foreign Affairs"); not a national General Department
    (r"(?:Deputy|Vice) (?:Head|Chief) of (?:the )?(?!General )(?:(?-i:[A-Z])[\w&'’]*\s+|and\s+){1,4}Department(?! of (?:the )?" + _MINISTRY + r")|"
     r"(?:Deputy|Vice) (?:Head|Chief) of (?:the )?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}?(?:provincial |city )?Department of (?:the )?"
     + _MINISTRY + r"(?:(?:,| and|,\s*and)? " + _MINISTRY + r")*", "department-deputy-director", "any"),
    (r"(?:Head|Chief) of (?:the )?(?!General )(?:(?-i:[A-Z])[\w&'’]*\s+|and\s+){1,4}Department(?! of (?:the )?" + _MINISTRY + r")|"
     r"(?:Head|Chief) of (?:the )?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}?(?:provincial |city )?Department of (?:the )?"
     + _MINISTRY + r"(?:(?:,| and|,\s*and)? " + _MINISTRY + r")*", "department-director", "any"),
    # ("Director of the Quang Tri Department of Foreign Affairs": the province's name before the department's word)
    (r"(?:Deputy|Vice) Director of (?:the )?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}?(?:provincial |city )?Department of (?:the )?" + _MINISTRY +
     r"(?:(?:,| and|,\s*and)? " + _MINISTRY + r")*", "department-deputy-director", "any"),
    (r"Director of (?:the )?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}?(?:provincial |city )?Department of (?:the )?" + _MINISTRY +
     r"(?:(?:,| and|,\s*and)? " + _MINISTRY + r")*", "department-director", "any"),
    # ("Director of the Nghe An provincial External Relations Department": the department's words before its word)
    (r"(?:Deputy|Vice) Director of (?:the )?(?:(?-i:[A-Z])[\w&'’]*\s+|and\s+|of\s+|provincial\s+|city\s+){1,6}Department",
     "department-deputy-director", "any"),
    (r"Director of (?:the )?(?:(?-i:[A-Z])[\w&'’]*\s+|and\s+|of\s+|provincial\s+|city\s+){1,6}Department",
     "department-director", "any"),
    # heads of the party committee's commissions and of district committees: posts outside the vocabulary
    (r"(?:Deputy |Vice )?(?:Head|Chief|Chairman|Chairwoman) of (?:the |its )?" + _PC + r"(?:Party Committee['’]?s? )?"
     r"(?:Commission|Committee|Board) for " + _COMMISSION + r"(?: of (?:the )?" + _PC + r"Party Committee)?|"
     # (the commission's words before its word: "Head of the provincial Party Committee's Organisation Commission")
     r"(?:Deputy |Vice )?(?:Head|Chief|Chairman|Chairwoman) of (?:the |its )?" + _PC + r"Party Committee['’]s? " + _COMMISSION +
     r" (?:Commission|Committee|Board)|(?:Deputy |Vice )?(?:Head|Chief|Chairman|Chairwoman) of "
     r"(?:the |its )?(?:[\w'’-]+\s+){0,2}?inspection (?:committee|commission)", "other", "any"),
    (r"(?:Deputy |Vice )?Secretary of the (?:(?-i:[A-Z])[\w'’]*\s+){1,3}district Party Committee|"
     r"(?:Vice )?(?:Chairman|Chairwoman) of the (?:(?-i:[A-Z])[\w'’]*\s+){1,3}district People['’]?s (?:Committee|Council)",
     "other", "any"),
    (r"head of (?:the\s+)?(?:[\w'’]+\s+){0,3}?delegation", "skip", "skip"),
    # heads of assemblies abroad and of associations: posts outside the vocabulary
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Speaker) of (?:the )?(?:[\w'’-]+\s+){0,3}?"
     r"(?:Prefectural|Provincial|Metropolitan) Assembly|(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Speaker) of "
     r"(?:the )?(?:[\w'’-]+\s+){0,3}?Prefectural Council|(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Head) of "
     r"(?:the )?(?:[\w'’-]+\s+){0,3}?Parliamentary (?:Union|League|Group)", "other", "any"),
    # (the fronts first: "President of the Lao Front for National Construction Committee of Houaphanh")
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|President|Head) of the (?:LFNC|Lao Front for National Construction|"
     r"Vietnam Fatherland Front|VFF)(?:\s*\((?:LFNC|VFF)\))?(?:(?: [\w'’]+){0,2}? (?:chapter|committee))?"
     r"|(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Head) of (?:the )?(?:[\w'’-]+\s+){0,3}?Fatherland Front"
     r"(?: Committee)?"
     r"|(?:Vice |Deputy )?(?:Chairman|Chairwoman|Chair|President|Head) of (?:the )?(?:[\w'’-]+\s+){0,5}?"
     r"(?:Association|Front|Federation|Friendship Society|Steering Committee|Working Group|Border Committee|"
     r"(?:Women['’]?s|Youth|Farmers['’]?|Labou?r|Veterans['’]?) Union)", "other", "org"),
    # "Vice Chairman of the Mondulkiri provincial People's Party": a party's provincial leader (Cambodia)
    (r"(?:Vice |Deputy )?(?:Chairman|Chairwoman|President|Head) of (?:the )?(?:Central Committee of (?:the )?)?" + _PC +
     r"(?:Cambodian )?People['’]?s Party"
     r"(?: Committee)?", "other", "org"),
    (r"(?:Vice (?:President|Chairman|Chairwoman)|President|Chairman|Chairwoman|Speaker) of the (?:Lao |Vietnamese )?"
     r"National Assembly|(?:full-time )?member of the National Assembly['’]?s? Committee for (?:[\w,]+\s+){1,6}?Affairs",
     "other", "national"),
    (r"Secretary(?=\s*(?:,|and|,\s*and|-)\s*(?:the\s+)?(?:Provincial\s+)?(?:Vice )?Governor)", "party-secretary", "any"),
    # the newswires' short forms: "Quang Tri Party chief NAME", "NAME, Party chief of X province", "deputy Party chief"
    (r"(?:Deputy |Vice )(?:provincial |city )?Party (?:chief|leader)", "deputy-party-secretary", "any"),
    (r"(?:provincial |city )?Party (?:chief|leader)", "party-secretary", "any"),
    # a bare chairman of a province ("Ha Tinh Chairman NAME", "Chairman of Nghe An"): the head of its government, kept
    # only where a province is named right before or after it (see find_titles)
    (r"(?:Permanent |Standing )?(?:Vice |Deputy )(?:Chairman|Chairwoman)(?=\s+(?:of\s+)?(?-i:[A-Z]))", "vice", "head"),
    (r"(?:Chairman|Chairwoman)(?=\s+(?:of\s+)?(?-i:[A-Z]))", "head", "head"),
    # "President Nguyen Xuan Phuc": the bare title right before a name (two capitalised words)
    (r"President(?=\s+(?-i:[A-Z])\w+\s+(?-i:[A-Z]))", "president", "national"),
]

# "Vice-governor", "Deputy-Chairman": English writes the prefix with a hyphen too
_EN_TITLES = [(re.sub(r"\b(Vice|Deputy)(\)?) ", r"\1\2[- ]", p), code, scope) for p, code, scope in _EN_TITLES]
_TITLE_INFO = _VI_TITLES + _EN_TITLES
_TITLE_RE = re.compile("|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(_TITLE_INFO)), re.IGNORECASE)

# Every title begins with one of these words: the big alternation is tried only where one stands.
_TITLE_START = re.compile(
    r"(?<![\w])(?:Tổng|Phó|Chủ|Thủ|Thị|Ủy|Uỷ|UV|UVTV|UVBTV|UBTV|UVTW|UVTVTU|UVBTVTU|TUV|PCT|PBT|CT|nhóm|Thường|Bí|Thứ|Bộ|Đại|Tham|Công|Lãnh|Tư|Trưởng|Chỉ|Chính|Giám|Chánh|"
    r"Vụ|Cục|Tỉnh|Thành|Đô|Thống|General|Lao|Laotian|Vietnamese|State|President|Deputy|Vice|Minister|Prime|PM|"
    r"Foreign|Defen[cs]e|Finance|Trade|Health|Speaker|People|Commanding|Political|Chief|acting|full-time|Provincial|City|"
    r"Members?|Politburo|Alternate|Ambassador|Consul|Permanent|Standing|Secretary|Party|Chairman|Chairwoman|Chair|"
    r"Head|Governor|First|Mayor|Commander|Director|Supreme|Senior|Advis[eo]r|Consulate|Counsell?or|Senator|MP)(?![\w])", re.IGNORECASE)

# Between a title and its unit: "tỉnh", "of the Vietnamese northern province of", "Khu tự trị dân tộc Choang"
_UNIT_FILLER = re.compile(
    r"^\s*,?\s*(?:of\s+)?(?:the\s+)?(?:(?:Vietnamese|Lao|Laotian|Cambodian|Chinese|Korean|Japanese|Thai|"
    r"[a-z][a-z\-]*(?:ern|al|ous|ing)|Mekong Delta|Central Highlands?|Red River Delta|[Nn]orth[- ][Cc]entral|"
    r"[Ss]outh[- ][Cc]entral)\s+){0,3}(?:(?:province|city|capital|municipality)\s+(?:of\s+)?)?"
    r"(?:(?:Chính quyền nhân dân|Ban hành chính) )?(?:tỉnh|thành phố|TP\.?|Thủ đô|của|nước|Hoàng gia|Vương quốc|Khu tự trị(?: dân tộc [^\W\d_]+)?)?"
    r"\s*$", re.IGNORECASE)
# "Secretary of the Communist Party of Vietnam Committee in Lai Chau province": a committee's unit after "in"
_COMMITTEE_IN = re.compile(r"^\s+in\s+(?:the\s+)?(?:(?:province|city) of\s+)?$", re.IGNORECASE)
# "Lao Deputy Prime Minister": the country before a national title
_COUNTRY_BEFORE = [(re.compile(rf"(?:{adj})\s+$"), cc) for adj, cc in (
    ("Lao|Laotian|Laos['’]", "LA"), ("Vietnamese|Viet Nam['’]s|Vietnam['’]s", "VN"), ("Cambodian", "KH"),
    ("Chinese", "CN"), ("Thai", "TH"), ("South Korean|Korean", "KR"), ("Japanese", "JP"))]
# "Phó Lãnh sự, Tổng Lãnh sự quán Hàn Quốc tại …", "Counsellor, Embassy of Laos": the office after a title names its country
_OFFICE_OF = re.compile(r"\s*,?\s*(?:của\s+)?(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|(?:the )?(?:Embassy|Consulate General|"
                        r"Consulate) of)\s+(?:nước\s+|the\s+)?")
# a party named by its abbreviation inside a title ("the CPC Central Committee")
_PARTY_ABBR = {"CPC": "CN", "CPV": "VN", "LPRP": "LA", "CPP": "KH"}
_BARE_UNIT = re.compile(r"\s+(?:tỉnh|thành phố|TP\.?|thủ đô|provincial|city)(?=\s*(?:[,;)–-]|và\b|and\b|$)|\s+[^\W\d_])",
                        re.IGNORECASE)
_PARTY_COUNTRY = [
    (re.compile(r"^\s*(?:của\s+)?(?:Đảng\s+)?(?:Nhân dân Cách mạng|NDCM) Lào"
                r"|^\s*(?:of (?:the )?)?Lao People['’]?s Revolutionary Party(?:\s*\(LPRP\))?", re.IGNORECASE), "LA"),
    (re.compile(r"^\s*(?:của\s+)?(?:Đảng\s+)?Cộng sản Việt Nam"
                r"|^\s*(?:of (?:the )?)?Communist Party of (?:Vietnam|Viet Nam|Việt Nam)(?:\s*\(CPV\))?", re.IGNORECASE), "VN"),
    (re.compile(r"^\s*(?:của\s+)?(?:Đảng\s+)?Cộng sản Trung Quốc"
                r"|^\s*(?:of (?:the )?)?Communist Party of China(?:\s*\(CPC\))?", re.IGNORECASE), "CN"),
    (re.compile(r"^\s*(?:của\s+)?Đảng Nhân dân Campuchia|^\s*(?:of (?:the )?)?Cambodian People['’]?s Party", re.IGNORECASE), "KH"),
]


@dataclass
class Title:
    """A post title found in a sentence."""

    start: int
    end: int
    code: str
    scope: str
    text: str = ""                   # the title as written
    unit: str | None = None          # unit named in or right after the title
    country: str | None = None       # country named right after a national title
    bare: str | None = None          # the code of a bare head's title ("Chairman NAME") that names no unit


def starts_title(text: str, pos: int) -> bool:
    """Whether a post title begins at ``pos``."""
    return bool(_TITLE_START.match(text, pos) and _TITLE_RE.match(text, pos))


def _title_matches(text: str):
    """Leftmost, non-overlapping title matches (as finditer would give them)."""
    end = 0
    for start in _TITLE_START.finditer(text):
        if start.start() < end:
            continue
        m = _TITLE_RE.match(text, start.start())
        if m:
            end = m.end()
            yield m


def find_titles(sent: SentenceInfo, gaz) -> list[Title]:
    """The post titles of a sentence, each with the unit or country it names (computed once per sentence)."""
    if sent.titles is not None:
        return sent.titles
    text = sent.text
    out: list[Title] = []
    for m in _title_matches(text):
        _, code, scope = _TITLE_INFO[int(m.lastgroup[1:])]
        t = Title(m.start(), m.end(), code, scope, m.group(0))
        inside = [mm for mm in sent.mentions if t.start <= mm.start < t.end]
        local = [mm for mm in inside if gaz.is_subnational(mm.unit)]
        if local and local[0].district and t.code != "other":
            _lower_level(t)     # "Mayor of Dongxing city": a city's or district's post, no province's
        elif local:
            t.unit = local[0].unit
        else:
            if inside:      # "Secretary of the Communist Party of Vietnam Committee in Lai Chau province"
                t.country = gaz.country_of(inside[0].unit)
            if not _party_country(t, text):
                _unit_after(t, sent, gaz)
            if t.unit is None and t.text.isascii():
                _unit_before(t, sent, gaz)
        if t.unit is None and t.country is None and t.code == "other" and \
                re.search(r"\bits\s+$", text[max(0, t.start - 5):t.start]):
            _body_before(t, sent, gaz)
        if t.unit and _FRIEND_GROUP.search(t.text) and gaz.is_subnational(t.unit):
            # "Trưởng nhóm Hữu nghị tỉnh Nghệ An" (in a Korean provincial council): a group for friendship with the
            # province named, a post of the other side
            t.scope = "foreign" if gaz.country_of(t.unit) == "VN" else "vn"
            t.unit = None
        if re.search(r"Party (?:chief|leader)$", t.text, re.IGNORECASE) and not t.unit and \
                not re.search(r"\b(?:provincial|city)\b", t.text, re.IGNORECASE):
            t.scope = t.code = "skip"       # "Party chief Nguyen Phu Trong": the national leader, no province's
        if t.scope == "head" and re.fullmatch(r"(?:Phó )?Thị trưởng", t.text, re.IGNORECASE) and not (
                t.unit and gaz.is_subnational(t.unit)):
            t.scope = t.code = "skip"       # the mayor of a city below the province, or of one we do not know
        if t.scope == "head" and t.text.isascii() and re.fullmatch(r"(?:(?:Permanent|Standing) )?(?:(?:Vice|Deputy) )?"
                                                                   r"(?:Chairman|Chairwoman)", t.text, re.IGNORECASE):
            if not (t.unit and gaz.is_subnational(t.unit)):
                # "Chairman Thanh hoped": no province named with it (right before a name, the article's own province
                # may still be meant: see posts)
                t.bare = t.code if re.match(r"\s+(?-i:[A-ZĐ])", text[t.end:]) and not t.unit and not t.country else None
                t.scope = t.code = "skip"
            elif re.match(r"\s+(?:People|Party|Provincial|provincial|Council|Committee|Association|Front|Union|Department)\b",
                          text[t.end:]):
                t.scope = t.code = "skip"   # "Chairman of X People's …" not read by the full titles: no guess
        if t.scope != "skip" and t.code != "other" and _LOWER_UNIT.match(text, t.end):
            _lower_level(t)     # "Chủ tịch UBND huyện Mường Lát": a district's post
        if t.unit is None:
            bare = _BARE_UNIT.match(text, t.end)
            if bare and not any(mm.start == bare.end() + 1 for mm in sent.mentions):
                t.end = bare.end()
        _party_country(t, text)
        if t.scope == "org" and re.search(r"\b(?:provincial|province|city|tỉnh|thành phố)\b", t.text, re.IGNORECASE):
            t.scope = "any"         # "Chairwoman of the Provincial Fatherland Front Committee": a province's board
        if re.search(r"\bacting\s+$", text[max(0, t.start - 8):t.start], re.IGNORECASE) and t.scope != "skip":
            t.code = "other"        # an acting head holds no post of the vocabulary ("Acting Chairman of …")
        if t.scope == "national" and not t.country and not t.unit:
            office = _OFFICE_OF.match(text, t.end)
            at = office and next((mm for mm in sent.mentions if mm.start == office.end()), None)
            if at and gaz.unit(at.unit).is_country:
                t.country = at.unit
        if t.scope == "national" and not t.country and not t.unit:
            t.country = next((cc for rx, cc in _COUNTRY_BEFORE if rx.search(text[max(0, t.start - 20):t.start])), None) \
                or next((cc for rx, cc in _COUNTRY_BEFORE if rx.search(t.text[:t.text.find(" Embassy") + 1])
                         if " Embassy" in t.text), None) \
                or next((cc for abbr, cc in _PARTY_ABBR.items() if re.search(rf"\b{abbr}\b", t.text)), None)
        out.append(t)
    _former_posts(text, out)
    sent.titles = out
    return out


# "nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh NAME", "former Secretary of …": posts held before, not now ("Nguyên"
# capitalised only where no capitalised word stands before it: "Thái Nguyên" is a province)
_FORMER = re.compile(r"(?:(?<![^\W\d_])(?-i:nguyên)|(?<![^\W\d_] )(?<![^\W\d_])(?-i:Nguyên)|\b(?:former|ex-))\s*$",
                     re.IGNORECASE)
# between two titles of one person
_TITLE_GLUE = re.compile(r"\s*(?:,|và|and|[-–])?\s*")


def _former_posts(text: str, titles: list[Title]) -> None:
    """A title after "nguyên" / "former", and the titles stacked right after it, are posts held before: they chain
    with the person's other titles but are no post of theirs now."""
    former = False
    for i, t in enumerate(titles):
        glued = i > 0 and _TITLE_GLUE.fullmatch(text, titles[i - 1].end, t.start)
        former = bool(_FORMER.search(text, max(0, t.start - 12), t.start)) or (former and bool(glued))
        if former:
            t.scope = t.code = "skip"
            t.unit = t.country = None


# a friendship group named by the one province it befriends (no pair of countries in its name)
_FRIEND_GROUP = re.compile(r"nhóm (?:Hữu nghị|nghị sĩ(?: hữu nghị)?)$", re.IGNORECASE)
# a district, town or commune named right after a title: the post is that unit's, below the province
_LOWER_UNIT = re.compile(r"\s+(?:huyện|quận|thị xã|thị trấn|xã|phường|district|commune|township)\b", re.IGNORECASE)
# the words that say a place is a city, district or town ("thành phố Móng Cái", "Dongxing city")
_LOWER_WORD = re.compile(r"(?:^|\s)(?:thành phố|TP\.?|huyện|quận|thị xã|city|district|town|county)(?:\s|$)", re.IGNORECASE)


def _lower_level(t: Title) -> None:
    """A post of a city, district or commune below the province: it chains with a person's titles but is not the
    province's post of the same name (a district's party secretary is no provincial party secretary; the titles
    made for district posts, coded ``other``, keep their province)."""
    t.scope = "skip"
    t.code = "skip"
    t.unit = None


def _body_before(t: Title, sent: SentenceInfo, gaz) -> None:
    """'led by its Vice President': the body is of the place named last before the title, a province or a country ("a
    delegation of the Lao National Assembly led by its Vice President"); a country in brackets only says where a body
    we do not know is ("… provincial Council (South Korea), led by its …"): the sentence decides."""
    before = [mm for mm in sent.mentions if mm.end <= t.start]
    if not before or sent.text[before[-1].start - 1:before[-1].start] == "(":
        return
    if gaz.is_subnational(before[-1].unit):
        t.unit = before[-1].unit
    elif gaz.unit(before[-1].unit).is_country:
        t.country = before[-1].unit
        t.scope = "national"


def _party_country(t: Title, text: str) -> bool:
    """The party named after a title gives its country: "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"."""
    for rx, cc in _PARTY_COUNTRY:
        pm = rx.match(text[t.end:])
        if pm:
            t.country = cc
            t.end += pm.end()
            return True
    return False


def _unit_before(t: Title, sent: SentenceInfo, gaz) -> None:
    """English writes the unit first: "Hanoi People's Council Vice Chairwoman", "Vientiane Mayor", "Savannakhet Governor"."""
    text = sent.text
    for mm in reversed(sent.mentions):
        if mm.end <= t.start:
            if gaz.is_subnational(mm.unit) and re.fullmatch(r"(?:['’]s)?\s+(?:provincial\s+|city\s+)?", text[mm.end:t.start]):
                t.unit = mm.unit
                # the unit's name is part of the title: "NAME, Jeollanam Governor" joins the name before to it
                if re.search(r",\s*(?:the\s+)?$", text[:mm.start]):
                    t.start = mm.start
            return


def _unit_after(t: Title, sent: SentenceInfo, gaz) -> None:
    """The unit named right after a title ("Bí thư Tỉnh ủy tỉnh X", "Governor of X province")."""
    text = sent.text
    for k, mm in enumerate(sent.mentions):
        gap = text[t.end:mm.start]
        if mm.start < t.end or not (_UNIT_FILLER.match(gap) or _COMMITTEE_IN.match(gap) and
                                    re.search(r"(?:committee|association|front|federation)$", t.text, re.IGNORECASE)):
            continue
        if t.scope == "national" and gaz.is_subnational(mm.unit):
            return          # "President Ho Chi Minh Memorial": a national post names no province after it
        if mm.district and t.scope not in ("national", "org") and t.code != "other" and (
                _LOWER_WORD.search(gap) or _LOWER_WORD.match(text, mm.end) or not re.match(r"\s+[^\W\d_]", text[mm.end:])
                or not text[mm.end:].lstrip()[:1].isupper()):
            _lower_level(t)     # "Chủ tịch UBND thành phố Móng Cái", "Phó Bí thư Thành ủy thành phố Phòng Thành Cảng"
            t.end = mm.end
            return
        nxt = sent.mentions[k + 1] if k + 1 < len(sent.mentions) else None
        gap_from = mm.end
        # "the Republic of Korea (RoK)'s Chungcheongbuk-do province": the country's abbreviation in brackets
        if nxt and nxt.unit == mm.unit and re.fullmatch(r"\s*\(", text[mm.end:nxt.start]) and text[nxt.end:nxt.end + 1] == ")":
            gap_from = nxt.end + 1
            nxt = sent.mentions[k + 2] if k + 2 < len(sent.mentions) else None
        # "Deputy Governor of Laos' Oudomxay province": the country's province, not the country
        if nxt and gaz.unit(mm.unit).is_country and gaz.country_of(nxt.unit) == mm.unit and re.fullmatch(
                r"(?:['’]s?)?\s+(?:(?:[a-z]+ern|central|border)\s+)?(?:(?:province|city|capital)\s+(?:of\s+)?)?", text[gap_from:nxt.start]):
            # "Governor of the Lao province of Salavan": the country's province
            mm, nxt = nxt, None
        t.unit = mm.unit
        t.end = mm.end
        # ("Guangxi Zhuang Autonomous Region": the rest of a Chinese region's name)
        tail = re.match(r"\s*(?:[Pp]rovince\b|(?:(?:Zhuang|Hui|Uygur|Uyghur) )?Autonomous Region\b|"
                        r"\((?:Việt Nam|Lào|Laos|Vietnam|Campuchia|Cambodia|Trung Quốc|China)\))",
                        text[mm.end:])
        if tail:
            t.end = mm.end + tail.end()
        # "tỉnh Salavan, nước CHDCND Lào", "Quảng Tây, Trung Quốc": the unit's country after it
        nxt = next((n for n in sent.mentions if n.start >= t.end), None)
        if nxt and gaz.unit(nxt.unit).is_country and re.fullmatch(r"\s*(?:[,(]|of(?: the)?)\s*(?:nước\s+)?", text[t.end:nxt.start]):
            close = re.match(r"\s*\)", text[nxt.end:])
            t.end = nxt.end + (close.end() if close else 0)
        if gaz.unit(t.unit).is_country:
            t.country, t.unit = t.unit, None
        return
