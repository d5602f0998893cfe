#!/usr/bin/env python3
"""Build the sample model resources/sample/sample-ward.json from the built-in catalogue.

The sample is a fictitious but realistic risk assessment of 江戸川区 for FY2026 (令和8年度): the
catalogue's org units, threats and controls (with realistic implementation status), about 160
assets across the three tiers of §7(3), their dependencies, a few exposures and decided responses,
a small risk response plan and what-if scenarios, in the mamori-model format (RISK-MODEL.md, section 2).

Usage: python3 scripts/make_sample_ward.py [--catalogue PATH] [--output PATH] [--continuity-only]
Standard library only; the output is deterministic (no randomness), so re-running it gives the
same file byte for byte.
"""
import argparse
import copy
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CATALOGUE = os.path.join(ROOT, "resources", "catalogue", "catalogue.json")
DEFAULT_OUTPUT = os.path.join(ROOT, "resources", "sample", "sample-ward.json")


def n(ja, en):
    return {"ja": ja, "en": en}


# ---------------------------------------------------------------------------------------------
# Control status in the sample ward: roughly 40 % implemented, 15 % partial, 20 % planned, rest none.
I, P, L, N = "implemented", "partial", "planned", "none"
STATUS = {
    "K1-01": I, "K1-02": I, "K1-03": I, "K1-04": I, "K1-05": P, "K1-06": N, "K1-07": I,
    "K2-01": P, "K2-02": P, "K2-03": I, "K2-04": I, "K2-05": I, "K2-06": N, "K2-07": I,
    "K3-01": I, "K3-02": I, "K3-03": I, "K3-04": I, "K3-05": I, "K3-06": I, "K3-07": P, "K3-08": I, "K3-09": L,
    "K4-01": I, "K4-02": L, "K4-03": I, "K4-04": I, "K4-05": N, "K4-06": I, "K4-07": P, "K4-08": L, "K4-09": N,
    "K4-10": N, "K4-11": N,
    "K5-01": I, "K5-02": I, "K5-03": L, "K5-04": I, "K5-05": N, "K5-06": P, "K5-07": N, "K5-08": I, "K5-09": P,
    "K6-01": L, "K6-02": P, "K6-03": P, "K6-04": L, "K6-05": P, "K6-06": I, "K6-07": I, "K6-08": I, "K6-09": I,
    "K6-10": N, "K6-11": N, "K6-12": L, "K6-13": P, "K6-14": P, "K6-15": L,
    "K7-01": I, "K7-02": N, "K7-03": I, "K7-04": P, "K7-05": L, "K7-06": I, "K7-07": N, "K7-08": L, "K7-09": I,
    "K7-10": L,
    "K8-01": I, "K8-02": I, "K8-03": L, "K8-04": N, "K8-05": N, "K8-06": N, "K8-07": N, "K8-08": L, "K8-09": L,
    "K9-01": I, "K9-02": I, "K9-03": L, "K9-04": L, "K9-05": L, "K9-06": N,
}

# ---------------------------------------------------------------------------------------------
# Assets

ASSETS = []


def asset(aid, typ, tier, ja, en, owner, cls=None, impact=None, gateway=False, note=None):
    a = {"id": aid, "name": n(ja, en), "type": typ, "tier": tier, "owner": owner}
    if cls:
        a["classification"] = dict(cls)
    if impact:
        a["impact"] = dict(impact)
    if gateway:
        a["gateway"] = True
    if note:
        a["note"] = note
    ASSETS.append(a)
    return aid


def cia(c, i, a):
    return {"C": str(c), "I": str(i), "A": str(a)}


# Facilities (tier none)
asset("F-HQ", "facility", "none", "本庁舎", "Main office building", "DEP-SOMU")
asset("F-HQ-SRVROOM", "facility", "none", "本庁舎サーバ室（管理区域）", "Main building server room (secure area)", "DEP-ICT")
asset("F-VAULT", "facility", "none", "媒体保管庫（管理区域）", "Media vault (secure area)", "DEP-ICT")
asset("F-BOSAI", "facility", "none", "災害対策本部室", "Disaster response headquarters room", "DEP-KIKI")
asset("F-ANNEX", "facility", "none", "第二庁舎", "Second office building", "DEP-SOMU")
asset("F-DC", "facility", "none", "外部データセンター（区外）", "External data centre (outside the ward)", "DEP-ICT")
asset("F-OFFSITE", "facility", "none", "遠隔地保管倉庫（バックアップ媒体）", "Off-site storage for backup media", "DEP-ICT")
OFFICES = [("KOMATSUGAWA", "小松川", "Komatsugawa"), ("KASAI", "葛西", "Kasai"), ("KOIWA", "小岩", "Koiwa"),
           ("TOBU", "東部", "Tobu"), ("SHISHIBONE", "鹿骨", "Shishibone")]
for key, ja, en in OFFICES:
    asset("F-OFFICE-" + key, "facility", "none", ja + "事務所（区民事務所）", en + " branch office", "DEP-KUMIN")

# Power supply
asset("PWR-GRID", "facility", "none", "商用電力（一般送配電事業者）", "Utility power grid", "DEP-SOMU")
asset("PWR-SUBSTATION", "facility", "none", "受変電設備（本庁舎）", "Substation (main building)", "DEP-SOMU")
asset("PWR-GENERATOR", "facility", "none", "非常用発電機（本庁舎・72時間運転）", "Emergency generator (main building, 72 h)",
      "DEP-SOMU")
asset("PWR-UPS-HQ", "device", "none", "無停電電源装置（本庁舎サーバ室）", "Uninterruptible power supply (main server room)",
      "DEP-ICT")
asset("PWR-UPS-OFFICE", "device", "none", "無停電電源装置（区民事務所のネットワーク機器）",
      "Uninterruptible power supplies (branch office network equipment)", "DEP-ICT")

# Networks and network equipment (§2(1): network equipment is part of the network)
asset("N-MY-LAN", "network", "mynumber", "マイナンバー利用事務系LAN", "My Number segment LAN", "DEP-ICT")
asset("N-MY-WAN", "network", "mynumber", "マイナンバー利用事務系 拠点間回線", "My Number segment inter-site lines", "DEP-ICT")
asset("N-JUKINET", "network", "mynumber", "住民基本台帳ネットワーク（住基ネット）", "Basic Resident Register Network (Juki-net)",
      "DEP-KUMIN")
asset("N-GOVCLOUD-LINE", "network", "mynumber", "ガバメントクラウド接続回線", "Government Cloud connection line", "DEP-ICT")
asset("NW-MY-SW", "network", "mynumber", "コアスイッチ（マイナンバー利用事務系）", "Core switch (My Number segment)", "DEP-ICT")
asset("N-LG-LAN", "network", "lgwan", "LGWAN接続系LAN", "LGWAN segment LAN", "DEP-ICT")
asset("N-CORE", "network", "lgwan", "庁内基幹ネットワーク（LGWAN接続系・拠点間）", "Backbone network (LGWAN segment, inter-site)",
      "DEP-ICT")
asset("N-LGWAN", "network", "lgwan", "LGWAN回線", "LGWAN line", "DEP-ICT", impact={"A": 4})
asset("N-WIFI-LG", "network", "lgwan", "庁内無線LAN（LGWAN接続系）", "Office wireless LAN (LGWAN segment)", "DEP-ICT")
asset("N-MOBILE", "network", "lgwan", "閉域モバイル回線（業務用タブレット）", "Closed mobile network (work tablets)", "DEP-ICT")
asset("NW-CORE-SW", "network", "lgwan", "基幹スイッチ（LGWAN接続系）", "Core switch (LGWAN segment)", "DEP-ICT")
asset("NW-FW-LGWAN", "network", "lgwan", "LGWAN接続ルータ・ファイアウォール", "LGWAN access router and firewall", "DEP-ICT")
asset("N-IN-LAN", "network", "internet", "インターネット接続系LAN", "Internet segment LAN", "DEP-ICT")
asset("N-SECCLOUD", "network", "internet", "自治体情報セキュリティクラウド接続",
      "Connection to the municipal information security cloud", "DEP-ICT")
asset("NW-FW-IN", "network", "internet", "インターネット境界ファイアウォール", "Internet boundary firewall", "DEP-ICT")
asset("N-PUBWIFI", "network", "internet", "来庁者用公衆無線LAN", "Public Wi-Fi for visitors", "DEP-SOMU",
      cls={"C": "1", "I": "1", "A": "1"})
asset("N-CARRIER-A", "network", "none", "通信事業者回線A（専用線）", "Carrier A leased lines", "DEP-ICT")
asset("N-CARRIER-B", "network", "none", "通信事業者回線B（閉域網・モバイル）", "Carrier B closed network and mobile", "DEP-ICT")

# Sanctioned separation points between tiers (§7(3))
asset("GW-MY-LG", "device", "mynumber", "ファイル連携装置（マイナンバー利用事務系⇔LGWAN接続系）",
      "File transfer gateway (My Number segment to LGWAN segment)", "DEP-ICT", gateway=True)
asset("GW-SANITIZE", "device", "internet", "メール・ファイル無害化装置", "Mail and file sanitization gateway", "DEP-ICT",
      gateway=True)
asset("GW-SCREEN", "system", "internet", "インターネット画面転送装置（仮想ブラウザ）",
      "Screen-transfer web browsing gateway (virtual browser)", "DEP-ICT", cls=cia(2, 1, 2), gateway=True)

# Servers, storage, virtualization hosts
asset("DEV-VH-MY-01", "device", "mynumber", "仮想化基盤ホスト1（マイナンバー利用事務系）",
      "Virtualization host 1 (My Number segment)", "DEP-ICT")
asset("DEV-VH-MY-02", "device", "mynumber", "仮想化基盤ホスト2（マイナンバー利用事務系）",
      "Virtualization host 2 (My Number segment)", "DEP-ICT")
asset("DEV-STORAGE-MY", "device", "mynumber", "共有ストレージ（マイナンバー利用事務系）", "Shared storage (My Number segment)",
      "DEP-ICT")
asset("DEV-AD-MY", "device", "mynumber", "認証サーバ（マイナンバー利用事務系・生体認証）",
      "Authentication server (My Number segment, biometrics)", "DEP-ICT")
asset("DEV-BACKUP-MY", "device", "mynumber", "バックアップサーバ（マイナンバー利用事務系）", "Backup server (My Number segment)",
      "DEP-ICT")
asset("DEV-CS", "device", "mynumber", "住基ネットCSサーバ", "Juki-net communication server", "DEP-KUMIN")
asset("DEV-PRINT-MY", "device", "mynumber", "帳票一括印刷機（マイナンバー利用事務系）", "Bulk form printer (My Number segment)",
      "DEP-ICT")
asset("DEV-VH-LG-01", "device", "lgwan", "仮想化基盤ホスト1（LGWAN接続系）", "Virtualization host 1 (LGWAN segment)", "DEP-ICT")
asset("DEV-VH-LG-02", "device", "lgwan", "仮想化基盤ホスト2（LGWAN接続系）", "Virtualization host 2 (LGWAN segment)", "DEP-ICT")
asset("DEV-VH-LG-03", "device", "lgwan", "仮想化基盤ホスト3（LGWAN接続系・データセンター）",
      "Virtualization host 3 (LGWAN segment, data centre)", "DEP-ICT")
asset("DEV-STORAGE-LG", "device", "lgwan", "共有ストレージ（LGWAN接続系）", "Shared storage (LGWAN segment)", "DEP-ICT")
asset("DEV-AD", "device", "lgwan", "ディレクトリサーバ（Active Directory・LGWAN接続系）",
      "Directory server (Active Directory, LGWAN segment)", "DEP-ICT")
asset("DEV-BACKUP-LG", "device", "lgwan", "バックアップサーバ（LGWAN接続系・データセンター）",
      "Backup server (LGWAN segment, data centre)", "DEP-ICT")
asset("DEV-MFP", "device", "lgwan", "複合機（LGWAN接続系・全庁）", "Multifunction printers (LGWAN segment, all offices)",
      "DEP-SOMU", impact={"C": 3, "A": 2})
asset("DEV-SRV-IN-01", "device", "internet", "インターネット系サーバ（メール中継・プロキシ）",
      "Internet segment server (mail relay, proxy)", "DEP-ICT")

# Terminals (groups of business terminals, §2(12))
MY_TERM_IMPACT = {"C": 4, "I": 3, "A": 3}
LG_TERM_IMPACT = {"C": 3, "I": 2, "A": 3}
IN_TERM_IMPACT = {"C": 2, "I": 2, "A": 2}
TERMINALS = []  # (id, tier, network, facility)


def terminal(tid, tier, ja, en, owner, net, place, impact):
    asset(tid, "device", tier, ja, en, owner, impact=impact)
    TERMINALS.append((tid, tier, net, place))


terminal("TERM-MY-01", "mynumber", "区民課 窓口端末（マイナンバー利用事務系）", "Residents Division counter terminals (My Number)",
         "DEP-KUMIN", "N-MY-LAN", "F-HQ", {"C": 4, "I": 3, "A": 4})
terminal("TERM-MY-02", "mynumber", "税務課 業務用端末（マイナンバー利用事務系）", "Taxation Division terminals (My Number)",
         "DEP-TAX", "N-MY-LAN", "F-HQ", MY_TERM_IMPACT)
terminal("TERM-MY-03", "mynumber", "福祉部 業務用端末（マイナンバー利用事務系）", "Welfare Department terminals (My Number)",
         "DEP-WELFARE", "N-MY-LAN", "F-HQ", MY_TERM_IMPACT)
terminal("TERM-MY-04", "mynumber", "医療保険課 業務用端末（マイナンバー利用事務系）",
         "Health Insurance Division terminals (My Number)", "DEP-IRYO", "N-MY-LAN", "F-HQ", MY_TERM_IMPACT)
terminal("TERM-MY-05", "mynumber", "子育て支援課 業務用端末（マイナンバー利用事務系）",
         "Child-rearing Support Division terminals (My Number)", "DEP-CHILD", "N-MY-LAN", "F-ANNEX", MY_TERM_IMPACT)
for i, (key, ja, en) in enumerate(OFFICES):
    terminal("TERM-MY-%02d" % (6 + i), "mynumber", ja + "事務所 窓口端末（マイナンバー利用事務系）",
             en + " branch office counter terminals (My Number)", "DEP-KUMIN", "N-MY-WAN", "F-OFFICE-" + key,
             {"C": 4, "I": 3, "A": 4})
terminal("TERM-MY-11", "mynumber", "選挙管理委員会 業務用端末（マイナンバー利用事務系）",
         "Election Administration Commission terminals (My Number)", "ORG-ELECTION", "N-MY-LAN", "F-HQ",
         MY_TERM_IMPACT)
terminal("TERM-MY-12", "mynumber", "教育委員会 就学事務端末（マイナンバー利用事務系）",
         "Board of Education school enrolment terminals (My Number)", "ORG-EDU", "N-MY-LAN", "F-ANNEX", MY_TERM_IMPACT)

LG_TERMS = [
    ("DEP-SOMU", "総務課", "General Affairs Division", "N-LG-LAN", "F-HQ"),
    ("DEP-ICT", "情報政策課", "Information Policy Division", "N-WIFI-LG", "F-HQ"),
    ("DEP-HR", "職員課", "Personnel Division", "N-LG-LAN", "F-HQ"),
    ("DEP-FINANCE", "財政課", "Finance Division", "N-LG-LAN", "F-HQ"),
    ("DEP-KUMIN", "区民課", "Residents Division", "N-LG-LAN", "F-HQ"),
    ("DEP-TAX", "税務課", "Taxation Division", "N-LG-LAN", "F-HQ"),
    ("DEP-WELFARE", "福祉部", "Welfare Department", "N-LG-LAN", "F-HQ"),
    ("DEP-KIKI", "危機管理室", "Crisis Management Office", "N-LG-LAN", "F-BOSAI"),
    ("DEP-SOMU", "第二庁舎 各課", "Second building divisions", "N-CORE", "F-ANNEX"),
]
for key, ja, en in OFFICES:
    LG_TERMS.append(("DEP-KUMIN", ja + "事務所", en + " branch office", "N-CORE", "F-OFFICE-" + key))
LG_TERMS += [
    ("ORG-EDU", "教育委員会事務局", "Board of Education secretariat", "N-CORE", "F-ANNEX"),
    ("ORG-ELECTION", "選挙管理委員会事務局", "Election Administration Commission secretariat", "N-LG-LAN", "F-HQ"),
    ("ORG-AGRI", "農業委員会事務局", "Agricultural Committee secretariat", "N-LG-LAN", "F-HQ"),
    ("ORG-AUDIT", "監査委員事務局", "Audit commissioners' secretariat", "N-LG-LAN", "F-HQ"),
    ("ORG-COUNCIL", "区議会事務局", "Ward Assembly secretariat", "N-LG-LAN", "F-HQ"),
    ("DEP-IRYO", "医療保険課", "Health Insurance Division", "N-LG-LAN", "F-HQ"),
    ("DEP-CHILD", "子育て支援課", "Child-rearing Support Division", "N-CORE", "F-ANNEX"),
    ("DEP-KOHO", "広報課", "Public Relations Division", "N-LG-LAN", "F-HQ"),
]
for i, (owner, ja, en, net, place) in enumerate(LG_TERMS):
    terminal("TERM-LG-%02d" % (i + 1), "lgwan", ja + " 業務用端末（LGWAN接続系）", en + " terminals (LGWAN segment)", owner, net,
             place, LG_TERM_IMPACT)
terminal("TERM-LG-MOBILE", "lgwan", "業務用タブレット（庁外業務・災害対応）", "Work tablets (field work, disaster response)",
         "DEP-ICT", "N-MOBILE", "F-HQ", {"C": 3, "I": 2, "A": 2})
asset("TERM-LG-MAINT", "device", "lgwan", "保守用端末（ネットワーク・サーバ保守）",
      "Maintenance PC (network and server maintenance)", "DEP-ICT", impact={"C": 5, "I": 5, "A": 2},
      note="全サーバ・ネットワーク機器の管理者認証情報を保持")
terminal("TERM-IN-01", "internet", "広報課 ホームページ・SNS更新端末（インターネット接続系）",
         "PR Division web and SNS publishing terminals (Internet)", "DEP-KOHO", "N-IN-LAN", "F-HQ", {"C": 2, "I": 3, "A": 2})
terminal("TERM-IN-02", "internet", "情報政策課 検証用端末（インターネット接続系）",
         "Information Policy Division test terminals (Internet)", "DEP-ICT", "N-IN-LAN", "F-HQ", IN_TERM_IMPACT)
terminal("TERM-IN-03", "internet", "危機管理室 防災情報発信端末（インターネット接続系）",
         "Crisis Management Office alert publishing terminals (Internet)", "DEP-KIKI", "N-IN-LAN", "F-BOSAI",
         {"C": 2, "I": 3, "A": 4})
terminal("TERM-IN-04", "internet", "区議会事務局 インターネット端末", "Ward Assembly secretariat Internet terminals",
         "ORG-COUNCIL", "N-IN-LAN", "F-HQ", IN_TERM_IMPACT)

# Information systems
GOVCLOUD_SYSTEMS = []
MY3 = cia(3, 2, 2)


def system(sid, tier, ja, en, owner, cls, host, impact=None):
    asset(sid, "system", tier, ja, en, owner, cls=cls, impact=impact)
    if host == "CL-GOVCLOUD":
        GOVCLOUD_SYSTEMS.append(sid)
    HOSTS.append((sid, host))


HOSTS = []
# My Number segment: standard-compliant systems on the Government Cloud
system("SYS-JUKI", "mynumber", "住民基本台帳システム（標準準拠）", "Basic resident register system (standard)", "DEP-KUMIN",
       MY3, "CL-GOVCLOUD", impact={"A": 5})
system("SYS-TAX", "mynumber", "税務システム（特別区民税・軽自動車税、標準準拠）",
       "Tax system (special ward resident tax, light vehicle tax; standard)", "DEP-TAX", MY3, "CL-GOVCLOUD")
system("SYS-KOKUHO", "mynumber", "国民健康保険システム（標準準拠）", "National health insurance system (standard)",
       "DEP-IRYO", MY3, "CL-GOVCLOUD")
system("SYS-NENKIN", "mynumber", "国民年金システム（標準準拠）", "National pension system (standard)", "DEP-IRYO",
       cia(3, 2, 1), "CL-GOVCLOUD")
system("SYS-KOUKI", "mynumber", "後期高齢者医療システム（標準準拠）", "Late-stage elderly medical care system (standard)",
       "DEP-IRYO", cia(3, 2, 1), "CL-GOVCLOUD")
system("SYS-KAIGO", "mynumber", "介護保険システム（標準準拠）", "Long-term care insurance system (standard)", "DEP-WELFARE",
       MY3, "CL-GOVCLOUD")
system("SYS-JIDO", "mynumber", "児童手当システム（標準準拠）", "Child allowance system (standard)", "DEP-CHILD", cia(3, 2, 1),
       "CL-GOVCLOUD")
system("SYS-HOIKU", "mynumber", "子ども・子育て支援システム（標準準拠）", "Childcare support system (standard)", "DEP-CHILD",
       cia(3, 2, 1), "CL-GOVCLOUD")
system("SYS-SEIHO", "mynumber", "生活保護システム（標準準拠）", "Public assistance system (standard)", "DEP-WELFARE", MY3,
       "CL-GOVCLOUD")
system("SYS-SHOGAI", "mynumber", "障害者福祉システム（標準準拠）", "Disability welfare system (standard)", "DEP-WELFARE",
       cia(3, 2, 1), "CL-GOVCLOUD")
system("SYS-GAKUREI", "mynumber", "就学事務システム（学齢簿、標準準拠）", "School enrolment system (standard)", "ORG-EDU",
       cia(3, 2, 1), "CL-GOVCLOUD")
system("SYS-SENKYO", "mynumber", "選挙人名簿管理システム（標準準拠）", "Electoral register system (standard)", "ORG-ELECTION",
       cia(2, 2, 2), "CL-GOVCLOUD")
# My Number segment: on premises
system("SYS-KOSEKI", "mynumber", "戸籍情報システム", "Family register system", "DEP-KUMIN", MY3, "DEV-VH-MY-01",
       impact={"I": 5})
system("SYS-ATENA", "mynumber", "団体内統合宛名システム", "Integrated addressee system", "DEP-ICT", MY3, "DEV-VH-MY-01")
system("SYS-CHUKAN", "mynumber", "中間サーバー接続（情報提供ネットワークシステム連携）",
       "Intermediate server connection (My Number information exchange)", "DEP-ICT", MY3, "DEV-VH-MY-02")
system("SYS-CONVENI", "mynumber", "証明書コンビニ交付システム", "Convenience-store certificate issuing system", "DEP-KUMIN",
       MY3, "DEV-VH-MY-02")
# LGWAN segment
system("SYS-ZAIMU", "lgwan", "財務会計システム", "Financial accounting system", "DEP-FINANCE", cia(2, 2, 2), "DEV-VH-LG-01")
system("SYS-BUNSHO", "lgwan", "文書管理・電子決裁システム", "Document management and e-approval system", "DEP-SOMU",
       cia(2, 2, 2), "DEV-VH-LG-01")
system("SYS-LGMAIL", "lgwan", "LGWANメールシステム", "LGWAN mail system", "DEP-ICT", cia(2, 2, 2), "DEV-VH-LG-01")
system("SYS-ASSETMGMT", "lgwan", "IT資産管理・ログ管理システム", "IT asset and log management system", "DEP-ICT",
       cia(2, 2, 1), "DEV-VH-LG-01")
system("SYS-JINJI", "lgwan", "人事給与システム", "Personnel and payroll system", "DEP-HR", cia(3, 2, 2), "DEV-VH-LG-02")
system("SYS-GROUPWARE", "lgwan", "グループウェア", "Groupware", "DEP-ICT", cia(2, 1, 2), "DEV-VH-LG-02")
system("SYS-FILESRV", "lgwan", "ファイルサーバ", "File server", "DEP-ICT", cia(2, 2, 2), "DEV-VH-LG-02")
system("SYS-NOCHI", "lgwan", "農地台帳システム", "Farmland register system", "ORG-AGRI", cia(2, 2, 1), "DEV-VH-LG-02")
system("SYS-NYUTAI", "lgwan", "入退室管理システム", "Entry control system", "DEP-SOMU", cia(2, 2, 2), "DEV-VH-LG-02")
system("SYS-BOSAI", "lgwan", "防災情報システム", "Disaster information system", "DEP-KIKI", cia(1, 2, 2), "DEV-VH-LG-03",
       impact={"A": 5})
# Internet segment
system("SYS-INETMAIL", "internet", "インターネットメールシステム", "Internet mail system", "DEP-ICT", cia(2, 1, 2),
       "DEV-SRV-IN-01")
system("SYS-CMS", "internet", "区ホームページCMS", "Ward website CMS", "DEP-KOHO", cia(1, 2, 2), "CL-WEBHOST")
system("SYS-GIKAI", "internet", "区議会 会議録検索・議会中継システム", "Ward Assembly minutes search and live streaming",
       "ORG-COUNCIL", cia(1, 2, 1), "CL-WEBHOST")
system("SYS-BOSAI-PUBLIC", "internet", "防災ポータル・防災アプリ", "Disaster portal and app", "DEP-KIKI", cia(1, 2, 2),
       "CL-ALERT", impact={"A": 5})

# Cloud services
asset("CL-GOVCLOUD", "cloud_service", "mynumber", "ガバメントクラウド上の標準準拠システム基盤",
      "Government Cloud platform for the standard-compliant systems", "DEP-ICT", cls=MY3)
asset("CL-ESHINSEI", "cloud_service", "lgwan", "電子申請サービス（LGWAN-ASP）", "Online application service (LGWAN-ASP)",
      "DEP-ICT", cls=cia(3, 2, 1))
asset("CL-MYNAPORTAL", "cloud_service", "lgwan", "マイナポータル（ぴったりサービス）連携",
      "Myna Portal online applications link", "DEP-KUMIN", cls=cia(3, 2, 1))
asset("CL-WEBHOST", "cloud_service", "internet", "ホームページ公開基盤（クラウドホスティング）",
      "Website hosting (cloud)", "DEP-KOHO", cls=cia(1, 2, 2))
asset("CL-SNS", "cloud_service", "internet", "区公式SNSアカウント（X・LINE等）", "Official SNS accounts (X, LINE, etc.)",
      "DEP-KOHO", cls=cia(1, 2, 1), impact={"I": 5})
asset("CL-ALERT", "cloud_service", "internet", "防災情報配信サービス（メール・アプリ通知）",
      "Disaster alert delivery service (mail, app push)", "DEP-KIKI", cls=cia(1, 2, 2))
asset("CL-WEBMEETING", "cloud_service", "internet", "Web会議サービス", "Web conferencing service", "DEP-ICT",
      cls=cia(2, 1, 1))

# Information (§4(2)②)
asset("INF-JUMIN", "information", "mynumber", "住民記録情報", "Resident records", "DEP-KUMIN", cls=MY3, impact={"A": 5})
asset("INF-MYNUMBER", "information", "mynumber", "個人番号（特定個人情報）", "Individual numbers (specific personal information)",
      "DEP-ICT", cls=MY3)
asset("INF-KOSEKI", "information", "mynumber", "戸籍情報", "Family register information", "DEP-KUMIN", cls=MY3,
      impact={"I": 5})
asset("INF-KAZEI", "information", "mynumber", "課税情報（特別区民税）", "Tax assessment information", "DEP-TAX", cls=MY3)
asset("INF-KOKUHO", "information", "mynumber", "国民健康保険・年金・後期高齢者医療の資格・給付情報",
      "Health insurance and pension eligibility and benefit information", "DEP-IRYO", cls=MY3)
asset("INF-KAIGO", "information", "mynumber", "介護保険情報", "Long-term care insurance information", "DEP-WELFARE", cls=MY3)
asset("INF-FUKUSHI", "information", "mynumber", "福祉情報（生活保護・障害者福祉）",
      "Welfare information (public assistance, disability)", "DEP-WELFARE", cls=MY3)
asset("INF-KOSODATE", "information", "mynumber", "子育て関連情報（児童手当・保育）",
      "Child-rearing information (child allowance, childcare)", "DEP-CHILD", cls=cia(3, 2, 1))
asset("INF-SENKYO", "information", "mynumber", "選挙人名簿", "Electoral register", "ORG-ELECTION", cls=cia(2, 2, 2))
asset("INF-GAKUREI", "information", "mynumber", "学齢簿情報", "School-age register information", "ORG-EDU", cls=cia(3, 2, 1))
asset("INF-SHOKUIN", "information", "lgwan", "職員情報（人事・給与）", "Staff information (personnel, payroll)", "DEP-HR",
      cls=cia(3, 2, 1))
asset("INF-ZAIMU", "information", "lgwan", "財務会計情報", "Financial accounting information", "DEP-FINANCE",
      cls=cia(2, 2, 2))
asset("INF-BUNSHO", "information", "lgwan", "行政文書（電子決裁文書）", "Administrative documents (e-approval)", "DEP-SOMU",
      cls=cia(2, 2, 2))
asset("INF-NOCHI", "information", "lgwan", "農地台帳情報", "Farmland register information", "ORG-AGRI", cls=cia(2, 2, 1))
asset("INF-SHINSEI", "information", "lgwan", "電子申請受付データ", "Online application data", "DEP-KUMIN", cls=cia(3, 2, 1))
asset("INF-AUTH", "information", "lgwan", "認証情報（職員ID・パスワード）", "Credentials (staff IDs and passwords)", "DEP-ICT",
      cls=cia(3, 2, 2))
asset("INF-KANSA", "information", "lgwan", "監査資料（監査調書）", "Audit working papers", "ORG-AUDIT", cls=cia(2, 2, 1))
asset("INF-BOSAI", "information", "internet", "防災・避難情報", "Disaster and evacuation information", "DEP-KIKI",
      cls=cia(1, 2, 2), impact={"I": 5, "A": 5})
asset("INF-HP", "information", "internet", "ホームページ掲載情報（公開情報）", "Website content (public information)",
      "DEP-KOHO", cls=cia(1, 2, 1))
asset("INF-GIKAI", "information", "internet", "議会会議録・議会中継", "Assembly minutes and live streams", "ORG-COUNCIL",
      cls=cia(1, 2, 1))
asset("INF-MAIL-IN", "information", "internet", "インターネットメールの受発信内容", "Internet mail contents", "DEP-ICT",
      cls=cia(2, 1, 1))

# Media (§2(13))
asset("MED-USB", "media", "lgwan", "業務用USBメモリ（暗号化・登録制）", "Work USB memory sticks (encrypted, registered)",
      "DEP-ICT")
asset("MED-TAPE", "media", "none", "バックアップテープ（LTO）", "Backup tapes (LTO)", "DEP-ICT")
asset("MED-DVD-MY", "media", "mynumber", "他団体とのデータ授受用光ディスク", "Optical discs for data exchange with other bodies",
      "DEP-TAX")

# System documents (§4(2)③) and printouts (§4(2)②)
asset("DOC-NETDIAG", "document", "none", "ネットワーク構成図", "Network diagrams", "DEP-ICT", cls={"C": "2", "I": "1", "A": "1"})
asset("DOC-SYSSPEC", "document", "none", "システム仕様書・設計書", "System specifications and designs", "DEP-ICT",
      cls={"C": "2", "I": "1", "A": "1"})
asset("DOC-PASSWD", "document", "none", "管理者パスワード封緘台帳", "Sealed administrator password register", "DEP-ICT",
      cls={"C": "3", "I": "2", "A": "1"})
asset("DOC-BCP", "document", "none", "ICT-BCP（ICT部門の業務継続計画）", "ICT business continuity plan", "DEP-KIKI",
      cls={"C": "1", "I": "2", "A": "2"})
asset("DOC-SECSTD", "document", "none", "サイバーセキュリティ対策基準・実施手順（非公開）",
      "Security standards and procedures (not public)", "DEP-ICT", cls={"C": "2", "I": "2", "A": "1"})
asset("DOC-PRINTOUT", "document", "none", "住民票等の出力帳票（窓口・郵送）", "Printed residence certificates (counter, mail)",
      "DEP-KUMIN", cls={"C": "3", "I": "2", "A": "1"})
asset("DOC-APPLICATION", "document", "none", "紙の届出・申請書類", "Paper notifications and applications", "DEP-KUMIN",
      cls={"C": "3", "I": "2", "A": "1"})

# ---------------------------------------------------------------------------------------------
# Dependencies: `from` depends on `to`.
DEPS = []


def dep(frm, to, kind, weights=None, note=None):
    d = {"from": frm, "to": to, "kind": kind}
    if weights:
        d["weights"] = dict(weights)
    if note:
        d["note"] = note
    DEPS.append(d)


COPY_ONLY = {"C": 1, "I": 0, "A": 0}          # holds a copy: a leak leaks the original, a loss loses nothing
BACKUP = {"C": 1, "I": 0.5, "A": 0.5}          # restore source
CARRIER = {"C": 0.2, "I": 0.5, "A": 1}         # encrypted transport supplied by a carrier

# information processed_by systems
for info, systems in [
    ("INF-JUMIN", ["SYS-JUKI", "SYS-CONVENI"]),
    ("INF-MYNUMBER", ["SYS-ATENA", "SYS-JUKI", "SYS-CHUKAN"]),
    ("INF-KOSEKI", ["SYS-KOSEKI"]),
    ("INF-KAZEI", ["SYS-TAX"]),
    ("INF-KOKUHO", ["SYS-KOKUHO", "SYS-NENKIN", "SYS-KOUKI"]),
    ("INF-KAIGO", ["SYS-KAIGO"]),
    ("INF-FUKUSHI", ["SYS-SEIHO", "SYS-SHOGAI"]),
    ("INF-KOSODATE", ["SYS-JIDO", "SYS-HOIKU"]),
    ("INF-SENKYO", ["SYS-SENKYO"]),
    ("INF-GAKUREI", ["SYS-GAKUREI"]),
    ("INF-SHOKUIN", ["SYS-JINJI"]),
    ("INF-ZAIMU", ["SYS-ZAIMU"]),
    ("INF-BUNSHO", ["SYS-BUNSHO", "SYS-FILESRV"]),
    ("INF-NOCHI", ["SYS-NOCHI"]),
    ("INF-SHINSEI", ["CL-ESHINSEI", "CL-MYNAPORTAL"]),
    ("INF-AUTH", ["DEV-AD"]),
    ("INF-KANSA", ["SYS-FILESRV"]),
    ("INF-BOSAI", ["SYS-BOSAI", "SYS-BOSAI-PUBLIC", "CL-ALERT"]),
    ("INF-HP", ["SYS-CMS"]),
    ("INF-GIKAI", ["SYS-GIKAI"]),
    ("INF-MAIL-IN", ["SYS-INETMAIL"]),
]:
    for s in systems:
        dep(info, s, "processed_by")
# the electoral register is built from the resident records: the register system reads them
dep("INF-JUMIN", "SYS-SENKYO", "processed_by", {"C": 1, "I": 1, "A": 0.5})
# copies of information on media and paper
dep("INF-KAZEI", "MED-DVD-MY", "other", COPY_ONLY, note="課税資料の授受用に複製を格納")
dep("INF-BUNSHO", "MED-USB", "other", {"C": 0.6, "I": 0, "A": 0}, note="一部の文書を持ち出し用に複製")
dep("INF-JUMIN", "DOC-PRINTOUT", "other", COPY_ONLY)
dep("INF-JUMIN", "DOC-APPLICATION", "other", {"C": 1, "I": 0.5, "A": 0})

# systems run_on hosts
for s, host in HOSTS:
    dep(s, host, "runs_on")
# authentication and directory
for s in ["SYS-KOSEKI", "SYS-ATENA"]:
    dep(s, "DEV-AD-MY", "other")
dep("DEV-AD-MY", "DEV-VH-MY-02", "runs_on")
for s in ["SYS-BUNSHO", "SYS-GROUPWARE", "SYS-FILESRV", "SYS-ZAIMU", "SYS-JINJI"]:
    dep(s, "DEV-AD", "other")
dep("DEV-AD", "DEV-VH-LG-01", "runs_on")
# cycle 1: the virtualization management console signs in through the directory it hosts
dep("DEV-VH-LG-01", "DEV-AD", "other", {"C": 0.3, "I": 0.5, "A": 0.5},
    note="仮想化基盤の管理コンソールはADで認証（循環依存）")
# cycle 2: the server room's entry control runs on a host inside that room
dep("F-HQ-SRVROOM", "SYS-NYUTAI", "other", {"C": 0.5, "I": 0, "A": 0.3},
    note="サーバ室の入退室管理は室内の仮想化基盤上で稼働（循環依存）")
# storage and backup
for h in ["DEV-VH-MY-01", "DEV-VH-MY-02"]:
    dep(h, "DEV-STORAGE-MY", "other")
for h in ["DEV-VH-LG-01", "DEV-VH-LG-02"]:
    dep(h, "DEV-STORAGE-LG", "other")
for s in ["SYS-KOSEKI", "SYS-ATENA", "SYS-CONVENI"]:
    dep(s, "DEV-BACKUP-MY", "other", BACKUP)
for s in ["SYS-ZAIMU", "SYS-BUNSHO", "SYS-JINJI", "SYS-FILESRV", "SYS-GROUPWARE"]:
    dep(s, "DEV-BACKUP-LG", "other", BACKUP)
dep("DEV-BACKUP-LG", "MED-TAPE", "other", {"C": 1, "I": 0.3, "A": 0.3})
dep("DEV-BACKUP-MY", "MED-TAPE", "other", {"C": 1, "I": 0.3, "A": 0.3})
# mail flow: LGWAN mail receives Internet mail only through the sanitizer
dep("SYS-LGMAIL", "GW-SANITIZE", "other", {"C": 0.5, "I": 1, "A": 0.5})
dep("GW-SANITIZE", "SYS-INETMAIL", "other", {"C": 0, "I": 0, "A": 1})
dep("SYS-BOSAI", "CL-ALERT", "other", {"C": 0, "I": 1, "A": 1}, note="避難情報の配信")
# Juki-net: the resident register system sends updates through the communication server
dep("SYS-JUKI", "DEV-CS", "other", {"C": 1, "I": 1, "A": 0.6})
dep("INF-JUMIN", "DEV-CS", "processed_by", {"C": 1, "I": 1, "A": 0.5}, note="本人確認情報を住基ネットへ送信")
# bulk printing of tax and insurance notices
dep("SYS-TAX", "DEV-PRINT-MY", "other", {"C": 1, "I": 0.5, "A": 0.5})
dep("SYS-KOKUHO", "DEV-PRINT-MY", "other", {"C": 1, "I": 0.5, "A": 0.5})
# extracts from the My Number segment reach LGWAN business only through the file transfer gateway
dep("INF-JUMIN", "GW-MY-LG", "other", {"C": 1, "I": 0.5, "A": 0},
    note="避難行動要支援者名簿等の抽出データをLGWAN接続系へ連携")
dep("SYS-BOSAI", "GW-MY-LG", "other", {"C": 0, "I": 1, "A": 0.5})

# located_in
for d in ["DEV-VH-MY-01", "DEV-VH-MY-02", "DEV-STORAGE-MY", "DEV-BACKUP-MY", "DEV-CS", "DEV-VH-LG-01", "DEV-VH-LG-02",
          "DEV-STORAGE-LG", "DEV-SRV-IN-01", "GW-MY-LG", "GW-SANITIZE", "GW-SCREEN", "NW-MY-SW", "NW-CORE-SW",
          "NW-FW-LGWAN", "NW-FW-IN", "PWR-UPS-HQ"]:
    dep(d, "F-HQ-SRVROOM", "located_in")
for d in ["DEV-VH-LG-03", "DEV-BACKUP-LG"]:
    dep(d, "F-DC", "located_in")
dep("DEV-PRINT-MY", "F-HQ", "located_in")
dep("DEV-MFP", "F-HQ", "located_in")
dep("TERM-LG-MAINT", "F-HQ-SRVROOM", "located_in")
for f in ["F-HQ-SRVROOM", "F-VAULT", "F-BOSAI"]:
    dep(f, "F-HQ", "located_in")
for tid, tier, net, place in TERMINALS:
    dep(tid, place, "located_in")
dep("MED-TAPE", "F-OFFSITE", "located_in")
dep("MED-USB", "F-VAULT", "located_in")
dep("MED-DVD-MY", "F-VAULT", "located_in")
dep("DOC-PASSWD", "F-VAULT", "located_in")
dep("DOC-PRINTOUT", "F-HQ", "located_in")
dep("DOC-APPLICATION", "F-HQ", "located_in")
dep("DOC-NETDIAG", "F-HQ", "located_in")
dep("DOC-SYSSPEC", "F-HQ", "located_in")
dep("DOC-SECSTD", "F-HQ", "located_in")
dep("DOC-BCP", "F-BOSAI", "located_in")

# power
dep("F-HQ", "PWR-SUBSTATION", "powered_by")
dep("F-BOSAI", "PWR-GENERATOR", "powered_by", {"A": 0.8}, note="災害対策本部室は非常用発電機の優先回路")
dep("F-HQ-SRVROOM", "PWR-UPS-HQ", "powered_by")
dep("PWR-UPS-HQ", "PWR-SUBSTATION", "powered_by")
dep("PWR-UPS-HQ", "PWR-GENERATOR", "powered_by", {"A": 0.6}, note="停電時は非常用発電機から給電")
dep("PWR-SUBSTATION", "PWR-GRID", "powered_by")
dep("F-ANNEX", "PWR-GRID", "powered_by")
for key, ja, en in OFFICES:
    dep("F-OFFICE-" + key, "PWR-GRID", "powered_by")
dep("PWR-UPS-OFFICE", "PWR-GRID", "powered_by")
dep("N-CORE", "PWR-UPS-OFFICE", "powered_by")
dep("N-MY-WAN", "PWR-UPS-OFFICE", "powered_by")

# connects_via: the three tiers meet only through the gateway assets, except one breach
for tid, tier, net, place in TERMINALS:
    dep(tid, net, "connects_via")
# My Number segment
dep("N-MY-LAN", "NW-MY-SW", "connects_via")
dep("N-MY-WAN", "NW-MY-SW", "connects_via")
dep("N-MY-LAN", "N-GOVCLOUD-LINE", "connects_via")
dep("CL-GOVCLOUD", "N-GOVCLOUD-LINE", "connects_via")
for d in ["DEV-VH-MY-01", "DEV-VH-MY-02", "DEV-BACKUP-MY", "DEV-PRINT-MY", "DEV-CS"]:
    dep(d, "N-MY-LAN", "connects_via")
dep("DEV-CS", "N-JUKINET", "connects_via")
dep("GW-MY-LG", "N-MY-LAN", "connects_via")
dep("GW-MY-LG", "N-LG-LAN", "connects_via")
# LGWAN segment
dep("N-LG-LAN", "NW-CORE-SW", "connects_via")
dep("N-CORE", "NW-CORE-SW", "connects_via")
dep("N-WIFI-LG", "NW-CORE-SW", "connects_via")
dep("N-MOBILE", "N-CORE", "connects_via")
dep("NW-FW-LGWAN", "NW-CORE-SW", "connects_via")
dep("N-LGWAN", "NW-FW-LGWAN", "connects_via")
for d in ["DEV-VH-LG-01", "DEV-VH-LG-02", "DEV-MFP"]:
    dep(d, "N-LG-LAN", "connects_via")
for d in ["DEV-VH-LG-03", "DEV-BACKUP-LG"]:
    dep(d, "N-CORE", "connects_via")
dep("CL-ESHINSEI", "N-LGWAN", "connects_via")
dep("CL-MYNAPORTAL", "N-LGWAN", "connects_via")
dep("TERM-LG-MAINT", "N-LG-LAN", "connects_via")
# the deliberate breach: the maintenance PC also has a cable into the Internet segment
dep("TERM-LG-MAINT", "N-IN-LAN", "connects_via",
    note="保守用端末がファームウェア取得のためインターネット接続系LANにも接続されている（要是正・三層分離違反）")
# sanctioned LGWAN <-> Internet points
for g in ["GW-SANITIZE", "GW-SCREEN"]:
    dep(g, "N-LG-LAN", "connects_via")
    dep(g, "N-IN-LAN", "connects_via")
# Internet segment
dep("N-IN-LAN", "NW-FW-IN", "connects_via")
dep("NW-FW-IN", "N-SECCLOUD", "connects_via")
dep("DEV-SRV-IN-01", "N-IN-LAN", "connects_via")
for c in ["CL-WEBHOST", "CL-SNS", "CL-ALERT", "CL-WEBMEETING"]:
    dep(c, "N-SECCLOUD", "connects_via")

# supplied_by: lines supplied by carriers and by the LGWAN (logical separation, not a connection)
dep("N-MY-WAN", "N-CARRIER-A", "supplied_by", CARRIER)
dep("N-CORE", "N-CARRIER-A", "supplied_by", CARRIER)
dep("N-LGWAN", "N-CARRIER-A", "supplied_by", CARRIER)
dep("N-SECCLOUD", "N-CARRIER-A", "supplied_by", CARRIER)
dep("N-GOVCLOUD-LINE", "N-CARRIER-B", "supplied_by", CARRIER)
dep("N-MOBILE", "N-CARRIER-B", "supplied_by", CARRIER)
dep("N-PUBWIFI", "N-CARRIER-B", "supplied_by", CARRIER)
dep("N-JUKINET", "N-LGWAN", "supplied_by", CARRIER, note="住基ネットはLGWAN回線を伝送路として利用（論理的に分離）")

# ---------------------------------------------------------------------------------------------
EXPOSURES = [
    {"asset": "SYS-CMS", "threat": "T1-05", "likelihood": 4,
     "note": "自治体ウェブサイトを狙ったDDoS攻撃の報道事例を踏まえ引上げ"},
    {"asset": "SYS-CMS", "threat": "T1-08", "likelihood": 3, "note": "公開サーバのため改ざんの標的になりやすい"},
    {"asset": "F-HQ", "threat": "T3-04", "likelihood": 4,
     "note": "区の大部分が浸水想定区域であり、本庁舎も想定浸水深の範囲内"},
    {"asset": "F-HQ-SRVROOM", "threat": "T3-04", "likelihood": 4, "note": "サーバ室が低層階にあるため引上げ"},
    {"asset": "N-LGWAN", "threat": "T4-02", "likelihood": 2, "note": "冗長化された全国ネットワークのため引下げ"},
    {"asset": "SYS-KOSEKI", "threat": "T1-11", "likelihood": 2,
     "note": "保守事業者のリモート保守経路を経由した感染を想定して追加（マイナンバー利用事務系）"},
    {"asset": "TERM-LG-MAINT", "threat": "T1-04", "likelihood": 4, "note": "インターネット接続系への二重接続のため引上げ"},
    {"asset": "CL-SNS", "threat": "T5-03", "likelihood": 4, "note": "公式アカウントのなりすまし事例が多いため引上げ"},
    {"asset": "DEV-VH-LG-03", "threat": "T3-04", "likelihood": 1, "note": "浸水想定区域外のデータセンターに設置"},
    {"asset": "DEV-BACKUP-LG", "threat": "T3-04", "likelihood": 1, "note": "浸水想定区域外のデータセンターに設置"},
    {"asset": "DOC-PASSWD", "threat": "T2-06", "likelihood": 1, "note": "封緘して保管庫で管理し、送付・交付することはない"},
    {"asset": "SYS-CONVENI", "threat": "T2-04", "likelihood": 4,
     "note": "他自治体で証明書コンビニ交付の誤交付が発生した事例を踏まえ引上げ"},
    {"asset": "SYS-CMS", "threat": "T5-02", "likelihood": 3, "note": "ホームページへの問合せ・書込みを通じた誹謗中傷を想定して追加"},
    {"asset": "F-DC", "threat": "T3-04", "excluded": True,
     "note": "データセンターは浸水想定区域外の高台に立地（事業者の立地条件で確認済み）のため対象外"},
    {"asset": "PWR-GENERATOR", "threat": "T4-01", "excluded": True,
     "note": "非常用発電機は商用電力の途絶時に稼働する設備のため対象外。燃料確保はICT-BCPで評価"},
]

RESPONSES = [
    {"asset": "SYS-CMS", "threat": "T1-05", "response": "transfer",
     "rationale": "自治体向けサイバー保険によりDDoS攻撃時の復旧費用及び賠償責任を移転する。WAF・DDoS対策サービスは次年度予算で検討する。",
     "decided_by": "CISO（副区長）", "decided_on": "2026-05-20"},
    {"asset": "F-HQ-SRVROOM", "threat": "T3-04", "response": "mitigate",
     "rationale": "サーバ室の上層階移設は新庁舎整備まで困難なため、重要機器のデータセンター移設（P-08）と止水板の設置により低減する。",
     "decided_by": "情報セキュリティ委員会", "decided_on": "2026-05-20"},
    {"asset": "DEV-VH-MY-01", "threat": "T2-11", "response": "accept",
     "rationale": "仮想化基盤は2台構成で切替可能であり、戸籍データは法務省の副本データからも復元できるため、残留リスクを保有する。",
     "decided_by": "情報政策課長", "decided_on": "2026-06-03"},
    {"asset": "CL-SNS", "threat": "T5-02", "response": "accept",
     "rationale": "外部からの誹謗中傷の発生は区では制御できないため、風評監視と広報対応で影響を抑えつつ残留リスクを保有する。",
     "decided_by": "広報課長", "decided_on": "2026-06-03"},
    {"asset": "TERM-LG-MAINT", "threat": "T1-04", "response": "avoid",
     "rationale": "保守用端末のインターネット接続系への接続を禁止し、ファームウェアは無害化装置経由で取り込む運用に改め、二重接続を解消する。",
     "decided_by": "CISO（副区長）", "decided_on": "2026-05-20"},
    {"asset": "CL-GOVCLOUD", "threat": "T4-03", "response": "transfer",
     "rationale": "ガバメントクラウド基盤の障害対応は、利用契約及び運用管理補助者との契約に定めた責任分界により事業者側に移転する。",
     "decided_by": "情報政策課長", "decided_on": "2026-06-10"},
    {"asset": "SYS-JUKI", "threat": "T1-13", "response": "mitigate",
     "rationale": "標準準拠システムの運用事業者に対する履行状況の確認（報告書・立入検査）を強化して低減する。",
     "decided_by": "情報セキュリティ委員会", "decided_on": "2026-05-20"},
]

PLAN = [
    ("P-01", "多要素認証の全庁展開（LGWAN接続系・インターネット接続系）", ["K6-01", "K6-12"], "DEP-ICT",
     "情報政策課 セキュリティ担当係長", "2026-04-01", "2026-12-25", "in_progress", 35),
    ("P-02", "EDRの全端末・サーバへの導入", ["K6-05"], "DEP-ICT", "情報政策課 基盤担当係長", "2026-06-01", "2027-02-26",
     "not_started", 0),
    ("P-03", "オフラインバックアップの整備とランサムウェア復旧訓練", ["K6-03", "K7-05"], "DEP-ICT", "情報政策課 基盤担当係長",
     "2026-05-01", "2026-11-30", "in_progress", 20),
    ("P-04", "委託事業者の対策状況確認とリモート保守接続の管理", ["K8-03", "K8-09"], "DEP-ICT",
     "情報政策課 セキュリティ担当主査", "2026-04-15", "2026-09-30", "in_progress", 50),
    ("P-05", "標的型攻撃メール訓練の実施（全職員）", ["K5-03"], "DEP-ICT", "情報政策課 セキュリティ担当主査", "2026-07-01",
     "2026-10-30", "not_started", 0),
    ("P-06", "ICT-BCPの改定と代替回線・非常用電源の切替訓練", ["K7-04", "K7-10"], "DEP-KIKI", "危機管理室 防災担当係長",
     "2026-06-01", "2027-01-29", "not_started", 0),
    ("P-07", "公式SNSアカウントの運用管理強化と風評監視", ["K8-08", "K7-08"], "DEP-KOHO", "広報課 広報係長",
     "2026-04-01", "2026-07-31", "in_progress", 60),
    ("P-08", "重要機器のデータセンター移設（第1期）とサーバ冗長化", ["K4-08", "K4-02"], "DEP-ICT", "情報政策課長",
     "2026-09-01", "2027-03-31", "not_started", 0),
]

SCENARIOS = [
    {"id": "S-01", "name": n("LGWAN回線の3日間途絶", "LGWAN line cut for three days"),
     "description": "通信事業者設備の被災によりLGWAN回線が3日間途絶した場合。LGWAN回線を伝送路とする住基ネット、"
                    "電子申請（LGWAN-ASP）及びマイナポータル連携が停止する。",
     "base": None,
     "changes": [
         {"op": "set", "entity": "asset", "id": "N-LGWAN", "field": "impact", "value": {"A": 5}},
         {"op": "remove", "entity": "exposure", "asset": "N-LGWAN", "threat": "T4-02"},
         {"op": "add", "entity": "exposure", "value": {"asset": "N-LGWAN", "threat": "T4-02", "likelihood": 5}},
         {"op": "set", "entity": "asset", "id": "N-JUKINET", "field": "impact", "value": {"A": 5}},
         {"op": "add", "entity": "exposure", "value": {"asset": "N-JUKINET", "threat": "T4-02", "likelihood": 5}},
         {"op": "add", "entity": "exposure", "value": {"asset": "CL-ESHINSEI", "threat": "T4-02", "likelihood": 5}},
         {"op": "add", "entity": "exposure", "value": {"asset": "CL-MYNAPORTAL", "threat": "T4-02", "likelihood": 5}},
     ]},
    {"id": "S-02", "name": n("多要素認証の全庁導入", "Multi-factor authentication rolled out"),
     "description": "P-01の完了を想定し、LGWAN接続系・インターネット接続系の多要素認証、庁外アクセス制限及び認証情報の管理を"
                    "実施済みとした場合。",
     "base": None,
     "changes": [
         {"op": "set", "entity": "control", "id": "K6-01", "field": "status", "value": "implemented"},
         {"op": "set", "entity": "control", "id": "K6-12", "field": "status", "value": "implemented"},
         {"op": "set", "entity": "control", "id": "K5-06", "field": "status", "value": "implemented"},
     ]},
    {"id": "S-03", "name": n("多要素認証導入と保守端末の二重接続解消", "MFA plus removal of the maintenance PC's dual connection"),
     "description": "S-02に加え、保守用端末のインターネット接続系LANへの接続を撤去した場合（三層分離の指摘事項の是正）。",
     "base": "S-02",
     "changes": [
         {"op": "remove", "entity": "dependency", "from": "TERM-LG-MAINT", "to": "N-IN-LAN", "kind": "connects_via"},
         {"op": "remove", "entity": "exposure", "asset": "TERM-LG-MAINT", "threat": "T1-04"},
     ]},
]


# ---------------------------------------------------------------------------------------------
# Service continuity (RISK-MODEL.md 10): how often the disasters and supply failures of §3(3)(4) stop
# an exposed asset, how long one stop lasts (5th and 95th percentile, hours), which services have a
# recovery target (目標復旧時間) and what an hour of their outage costs, and the redundancy the ward
# already has. Illustrative figures for a low-lying ward on Tokyo Bay, not a forecast.

# The rates are per exposed asset, and a service depends on a dozen or more exposed assets (its
# servers, the room, the building, power, network and lines), each with its own events: the rates are
# chosen so that the services come out as a ward knows them: the resident register stops in about
# half of the years, some 15 hours a year, and longer than a day about one year in ten.
OUTAGES = {
    "T3-01": (0.003, 4, 168),   # 地震: shaking that stops this asset about once in 300 years; up to a week
    "T3-02": (0.01, 1, 24),     # 落雷: a surge that trips this equipment once in a hundred years; up to a day
    "T3-03": (0.001, 24, 720),  # 火災: a fire reaching this asset once in a thousand years; days to a month
    "T3-04": (0.005, 6, 336),   # 風水害: typhoon, storm surge, river flooding; a flooded site for up to two weeks
    "T3-05": (0.02, 2, 48),     # 事故: a cable cut by works or a water leak here once in fifty years; up to 2 days
    "T4-01": (0.02, 1, 72),     # 電力: power lost at this asset; a typhoon's outage lasts days
    "T4-02": (0.03, 1, 48),     # 通信: a carrier's failure; the large ones of recent years lasted up to 2 days
    "T4-03": (0.05, 1, 24),     # クラウド: one of the service's many failures a year that reach this ward
    "T4-04": (0.02, 2, 48),     # 空調・給水: air conditioning or water failing where this asset stands
}

# Recovery target in hours and loss per hour in yen: the staff who cannot work (about 4,000 yen an
# hour each, with overtime to catch up) and the residents who must come again; for disaster
# information the figure weighs the harm of a late warning.
CONTINUITY = {
    "SYS-JUKI": (24, 800000),       # 住民記録: 120 counter staff, certificates at six offices
    "SYS-KOSEKI": (24, 300000),     # 戸籍: notifications of births and deaths cannot wait
    "SYS-TAX": (72, 300000),        # 税: 60 staff; deadlines can be moved a few days
    "SYS-KOKUHO": (48, 250000),     # 国民健康保険
    "SYS-KAIGO": (48, 200000),      # 介護保険
    "SYS-SEIHO": (24, 300000),      # 生活保護: payments must not stop
    "SYS-SHOGAI": (48, 150000),     # 障害者福祉
    "SYS-JIDO": (72, 100000),       # 児童手当
    "SYS-HOIKU": (72, 150000),      # 保育
    "SYS-CONVENI": (24, 50000),     # コンビニ交付: fees lost and residents sent to the counters
    "SYS-ATENA": (24, None),        # 宛名: a target, its cost is counted in the systems it serves
    "SYS-BOSAI": (3, 1000000),      # 防災情報システム: needed within hours of a disaster
    "SYS-BOSAI-PUBLIC": (3, 500000),  # 防災ポータル・防災アプリ
    "SYS-ZAIMU": (72, 200000),      # 財務会計: payments can wait a few days
    "SYS-BUNSHO": (72, 150000),     # 文書管理・電子決裁
    "SYS-GROUPWARE": (24, 200000),  # グループウェア: every member of staff
    "SYS-LGMAIL": (24, 100000),     # LGWANメール
    "SYS-JINJI": (168, 50000),      # 人事給与: a week, unless on pay day
    "CL-ESHINSEI": (24, 100000),    # 電子申請
    "SYS-CMS": (24, 50000),         # ホームページ
}

# Redundancy the ward has (groups: either member is enough unless NEED says otherwise), and the
# second lines and hosts it has put in.
REDUNDANT_DEPS = [
    ("F-HQ", "PWR-GENERATOR", "powered_by", {"A": 0.6}),       # 本庁舎: the generator's essential circuits
    ("F-BOSAI", "PWR-SUBSTATION", "powered_by", None),           # 災害対策本部室: commercial power too
    ("SYS-KOSEKI", "DEV-VH-MY-02", "runs_on", None),            # the My Number hosts fail over (HA)
    ("SYS-ATENA", "DEV-VH-MY-02", "runs_on", None),
    ("SYS-CHUKAN", "DEV-VH-MY-01", "runs_on", None),
    ("SYS-CONVENI", "DEV-VH-MY-01", "runs_on", None),
    ("SYS-BOSAI", "DEV-VH-LG-01", "runs_on", None),             # 防災: the data centre or the main building
    ("SYS-BUNSHO", "DEV-VH-LG-02", "runs_on", None),            # a three-host cluster that needs two
    ("SYS-BUNSHO", "DEV-VH-LG-03", "runs_on", None),
    ("N-LGWAN", "N-CARRIER-B", "supplied_by", {"C": 0.2, "I": 0.5, "A": 1}),  # LGWAN回線: a second carrier
]
GROUPS = {
    ("F-HQ", "PWR-SUBSTATION", "powered_by"): "給電",
    ("F-HQ", "PWR-GENERATOR", "powered_by"): "給電",
    ("PWR-UPS-HQ", "PWR-SUBSTATION", "powered_by"): "給電",
    ("PWR-UPS-HQ", "PWR-GENERATOR", "powered_by"): "給電",
    ("F-BOSAI", "PWR-GENERATOR", "powered_by"): "給電",
    ("F-BOSAI", "PWR-SUBSTATION", "powered_by"): "給電",
    ("SYS-KOSEKI", "DEV-VH-MY-01", "runs_on"): "仮想化基盤",
    ("SYS-KOSEKI", "DEV-VH-MY-02", "runs_on"): "仮想化基盤",
    ("SYS-ATENA", "DEV-VH-MY-01", "runs_on"): "仮想化基盤",
    ("SYS-ATENA", "DEV-VH-MY-02", "runs_on"): "仮想化基盤",
    ("SYS-CHUKAN", "DEV-VH-MY-01", "runs_on"): "仮想化基盤",
    ("SYS-CHUKAN", "DEV-VH-MY-02", "runs_on"): "仮想化基盤",
    ("SYS-CONVENI", "DEV-VH-MY-01", "runs_on"): "仮想化基盤",
    ("SYS-CONVENI", "DEV-VH-MY-02", "runs_on"): "仮想化基盤",
    ("SYS-BOSAI", "DEV-VH-LG-01", "runs_on"): "仮想化基盤",
    ("SYS-BOSAI", "DEV-VH-LG-03", "runs_on"): "仮想化基盤",
    ("SYS-BUNSHO", "DEV-VH-LG-01", "runs_on"): "仮想化基盤",
    ("SYS-BUNSHO", "DEV-VH-LG-02", "runs_on"): "仮想化基盤",
    ("SYS-BUNSHO", "DEV-VH-LG-03", "runs_on"): "仮想化基盤",
    ("N-LGWAN", "N-CARRIER-A", "supplied_by"): "回線",
    ("N-LGWAN", "N-CARRIER-B", "supplied_by"): "回線",
}
NEED = {"SYS-BUNSHO": {"仮想化基盤": 2}}


def add_continuity(model):
    """Adds the continuity figures above to a model (the generated one, or the sample as saved)."""
    for t in model["threats"]:
        if t["id"] in OUTAGES:
            rate, p5, p95 = OUTAGES[t["id"]]
            t["outage"] = {"rate": rate, "hours": [p5, p95]}
    for a in model["assets"]:
        if a["id"] in CONTINUITY:
            rto, loss = CONTINUITY[a["id"]]
            a["continuity"] = {"rto_hours": rto}
            if loss is not None:
                a["continuity"]["loss_per_hour"] = loss
        if a["id"] in NEED:
            a["need"] = dict(NEED[a["id"]])
    deps = model["dependencies"]
    known = {(d["from"], d["to"], d["kind"]) for d in deps}
    for frm, to, kind, weights in REDUNDANT_DEPS:
        if (frm, to, kind) not in known:
            d = {"from": frm, "to": to, "kind": kind}
            if weights:
                d["weights"] = dict(weights)
            deps.append(d)
    for d in deps:
        group = GROUPS.get((d["from"], d["to"], d["kind"]))
        if group:
            d["group"] = group
    return model


def build(catalogue):
    if catalogue.get("format") != "mamori-model" or catalogue.get("version") != 1:
        raise SystemExit("catalogue is not a mamori-model version 1 document")
    controls = copy.deepcopy(catalogue["controls"])
    by_id = {k["id"]: k for k in controls}
    missing = sorted(set(by_id) - set(STATUS))
    unknown = sorted(set(STATUS) - set(by_id))
    if missing or unknown:
        raise SystemExit("control status table out of date: missing %s, unknown %s" % (missing, unknown))
    for k in controls:
        k["status"] = STATUS[k["id"]]

    actions = []
    for aid, title, kids, owner, assignee, start, due, status, progress in PLAN:
        for kid in kids:
            if by_id[kid]["status"] == "implemented":
                raise SystemExit("plan action %s names implemented control %s" % (aid, kid))
        cost = {"initial": sum(by_id[k].get("cost", {}).get("initial", 0) for k in kids),
                "annual": sum(by_id[k].get("cost", {}).get("annual", 0) for k in kids)}
        actions.append({"id": aid, "title": title, "controls": kids, "owner": owner, "assignee": assignee,
                        "start": start, "due": due, "status": status, "progress": progress, "cost": cost})

    seen = set()
    for d in DEPS:
        key = (d["from"], d["to"], d["kind"])
        if key in seen or d["from"] == d["to"]:
            raise SystemExit("bad dependency %r" % (key,))
        seen.add(key)

    return add_continuity({
        "format": "mamori-model",
        "version": 1,
        "name": n("江戸川区 情報資産リスク評価 令和8年度", "Edogawa City information asset risk assessment FY2026"),
        "settings": copy.deepcopy(catalogue["settings"]),
        "org_units": copy.deepcopy(catalogue["org_units"]),
        "assets": copy.deepcopy(ASSETS),
        "dependencies": copy.deepcopy(DEPS),
        "threats": copy.deepcopy(catalogue["threats"]),
        "exposures": copy.deepcopy(EXPOSURES),
        "controls": controls,
        "responses": copy.deepcopy(RESPONSES),
        "plan": {"actions": actions},
        "scenarios": copy.deepcopy(SCENARIOS),
    })


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--catalogue", default=DEFAULT_CATALOGUE)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--continuity-only", action="store_true",
                    help="add the continuity figures to the model already at --output (which has records "
                         "added since by mamori-cli) instead of building it anew")
    args = ap.parse_args(argv)
    if args.continuity_only:
        with open(args.output, encoding="utf-8") as fh:
            model = add_continuity(json.load(fh))
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(model, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("added continuity to %s" % args.output)
        return 0
    with open(args.catalogue, encoding="utf-8") as fh:
        catalogue = json.load(fh)
    model = build(catalogue)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(model, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d assets, %d dependencies, %d controls, %d threats" % (
        args.output, len(model["assets"]), len(model["dependencies"]), len(model["controls"]), len(model["threats"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
