"""The provinces of GB/T 2260: the first two digits of every division code.

A code's first two digits name its province (530100, Kunming, is in 53,
Yunnan), so a dataset's ``province`` can be checked against its code.  Each
province is listed with its full name and the short name sources also use.
"""

from __future__ import annotations

from collections.abc import Mapping

PROVINCES: Mapping[str, tuple[str, str]] = {
    "11": ("北京市", "北京"),
    "12": ("天津市", "天津"),
    "13": ("河北省", "河北"),
    "14": ("山西省", "山西"),
    "15": ("内蒙古自治区", "内蒙古"),
    "21": ("辽宁省", "辽宁"),
    "22": ("吉林省", "吉林"),
    "23": ("黑龙江省", "黑龙江"),
    "31": ("上海市", "上海"),
    "32": ("江苏省", "江苏"),
    "33": ("浙江省", "浙江"),
    "34": ("安徽省", "安徽"),
    "35": ("福建省", "福建"),
    "36": ("江西省", "江西"),
    "37": ("山东省", "山东"),
    "41": ("河南省", "河南"),
    "42": ("湖北省", "湖北"),
    "43": ("湖南省", "湖南"),
    "44": ("广东省", "广东"),
    "45": ("广西壮族自治区", "广西"),
    "46": ("海南省", "海南"),
    "50": ("重庆市", "重庆"),
    "51": ("四川省", "四川"),
    "52": ("贵州省", "贵州"),
    "53": ("云南省", "云南"),
    "54": ("西藏自治区", "西藏"),
    "61": ("陕西省", "陕西"),
    "62": ("甘肃省", "甘肃"),
    "63": ("青海省", "青海"),
    "64": ("宁夏回族自治区", "宁夏"),
    "65": ("新疆维吾尔自治区", "新疆"),
    "71": ("台湾省", "台湾"),
    "81": ("香港特别行政区", "香港"),
    "82": ("澳门特别行政区", "澳门"),
}
"""Each province's two digits, with its full and its short name."""

_BY_NAME = {name: prefix for prefix, names in PROVINCES.items() for name in names}

# The traditional characters of the names above, each with its simplified one:
# 雲南省, 廣西壯族自治區, 臺灣, 香港特別行政區.
_SIMPLIFIED = str.maketrans(
    "雲遼龍廣貴陝肅寧維灣臺別區門內蘇東慶爾壯", "云辽龙广贵陕肃宁维湾台别区门内苏东庆尔壮"
)


def province_of_name(name: str) -> str | None:
    """The two digits of the province named ``name``, in either script, if any.

    >>> province_of_name("雲南省"), province_of_name("云南"), province_of_name("示例省")
    ('53', '53', None)
    """
    return _BY_NAME.get(name.strip().translate(_SIMPLIFIED))
