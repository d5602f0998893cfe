<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>mamori::EnumNames</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>情報システム</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>電磁的記録媒体</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設・設備</translation>
    </message>
    <message>
        <source>System document</source>
        <translation>システム関連文書</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>My Number use</source>
        <translation>マイナンバー利用事務系</translation>
    </message>
    <message>
        <source>LGWAN-connected</source>
        <translation>LGWAN接続系</translation>
    </message>
    <message>
        <source>Internet-connected</source>
        <translation>インターネット接続系</translation>
    </message>
    <message>
        <source>Outside the tiers</source>
        <translation>三層の対策の対象外</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>稼働基盤</translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation>処理先</translation>
    </message>
    <message>
        <source>Connects via</source>
        <translation>接続経路</translation>
    </message>
    <message>
        <source>Located in</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation>電源供給元</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>実施予定</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Reduces likelihood</source>
        <translation>発生可能性を低減</translation>
    </message>
    <message>
        <source>Reduces impact</source>
        <translation>影響度を低減</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>保有</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移転</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>行政機関</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部課</translation>
    </message>
    <message>
        <source>Related organization</source>
        <translation>関係団体</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Intentional threats</source>
        <translation>意図的な要因による脅威</translation>
    </message>
    <message>
        <source>Unintentional threats</source>
        <translation>非意図的な要因による脅威</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>災害</translation>
    </message>
    <message>
        <source>Outage of supplied services</source>
        <translation>提供サービスの障害</translation>
    </message>
    <message>
        <source>Loss of social trust</source>
        <translation>社会的信用の低下</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織体制</translation>
    </message>
    <message>
        <source>Asset classification and management</source>
        <translation>情報資産の分類と管理</translation>
    </message>
    <message>
        <source>Three-tier resilience</source>
        <translation>情報システム全体の強じん性の向上</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>物理的セキュリティ</translation>
    </message>
    <message>
        <source>Human security</source>
        <translation>人的セキュリティ</translation>
    </message>
    <message>
        <source>Technical security</source>
        <translation>技術的セキュリティ</translation>
    </message>
    <message>
        <source>Operations and incident response</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Outsourcing and cloud services</source>
        <translation>業務委託と外部サービスの利用</translation>
    </message>
    <message>
        <source>Evaluation and review</source>
        <translation>評価・見直し</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>極めて高い</translation>
    </message>
</context>
<context>
    <name>mamori::JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトを指定してください</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>指定がありません</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列を指定してください</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値を指定してください</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数を指定してください</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>expected a string, one of: %1</source>
        <translation>次のいずれかを文字列で指定してください: %1</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>is missing; expected one of: %1</source>
        <translation>指定がありません。次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列を指定してください</translation>
    </message>
    <message>
        <source>needs "ja" or "en"</source>
        <translation>"ja" または "en" が必要です</translation>
    </message>
    <message>
        <source>expected a string or an object {"ja", "en"}</source>
        <translation>文字列またはオブジェクト {"ja", "en"} を指定してください</translation>
    </message>
    <message>
        <source>expected an object with keys C, I, A</source>
        <translation>キー C、I、A を持つオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>"%1" is not a dimension; expected C, I or A</source>
        <translation>「%1」は特性ではありません。C、I、A のいずれかを指定してください</translation>
    </message>
    <message>
        <source>expected a level name (a string or a whole number)</source>
        <translation>格付けの区分名（文字列または整数）を指定してください</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 5</source>
        <translation>指定がありません。1から5までの値を指定してください</translation>
    </message>
    <message>
        <source>is missing; expected a non-empty list of C, I, A</source>
        <translation>指定がありません。C、I、A から1つ以上を選んだ配列を指定してください</translation>
    </message>
    <message>
        <source>expected a threat id or an object {"threat" or "category", "reduction"}</source>
        <translation>脅威の ID、またはオブジェクト {"threat" または "category", "reduction"} を指定してください</translation>
    </message>
    <message>
        <source>names exactly one of "threat" or "category"</source>
        <translation>"threat" と "category" のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 9</source>
        <translation>指定がありません。1から9までの値を指定してください</translation>
    </message>
    <message>
        <source>"%1" is not one of: set, add, remove</source>
        <translation>「%1」は次のいずれでもありません: set, add, remove</translation>
    </message>
    <message>
        <source>"%1" is not one of: asset, threat, control, setting, dependency, exposure, response</source>
        <translation>「%1」は次のいずれでもありません: asset, threat, control, setting, dependency, exposure, response</translation>
    </message>
    <message>
        <source>only an asset, a threat, a control or a setting can be set</source>
        <translation>set で変更できるのは asset、threat、control、setting のみです</translation>
    </message>
    <message>
        <source>a setting is changed with "set", not added</source>
        <translation>setting は追加できません。"set" で変更してください</translation>
    </message>
    <message>
        <source>expected the whole entity as an object</source>
        <translation>追加する項目の全体をオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>a setting cannot be removed</source>
        <translation>setting は削除できません</translation>
    </message>
    <message>
        <source>expected a pair [bound, label]</source>
        <translation>[上限値, ラベル] の組を指定してください</translation>
    </message>
    <message>
        <source>this is not a Mamori model (expected "format": "mamori-model")</source>
        <translation>Mamori のモデルではありません（"format": "mamori-model" が必要です）</translation>
    </message>
    <message>
        <source>expected a whole number, the format version</source>
        <translation>形式のバージョンを整数で指定してください</translation>
    </message>
    <message>
        <source>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</source>
        <translation>このモデルの形式バージョン %1 は、この Mamori が対応しているバージョン（%2）より新しいものです。開くには Mamori を更新してください</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>テキストが正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON の形式に誤りがあります: %1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>最上位の値はオブジェクトにしてください</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;sample ward</source>
        <translation>区のサンプルを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>上書き保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter the register</source>
        <translation>台帳の絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>Mamori について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Filter: type part of an ID, a name or any value (Ctrl+F)</source>
        <translation>絞り込み: ID、名称その他の値の一部を入力（Ctrl+F）</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Assets: %1   Dependencies: %2   Threats: %3   Controls: %4   Plan actions: %5</source>
        <translation>情報資産: %1   依存関係: %2   脅威: %3   対策: %4   対応項目: %5</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>「%1」には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Mamori project (*.mamori);;Mamori model JSON (*.json)</source>
        <translation>Mamori プロジェクト (*.mamori);;Mamori モデル JSON (*.json)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation>Mamori ファイル (*.mamori *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>「%1」を開けません。</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>Mamori について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;地方公共団体のサイバーセキュリティ基本方針に基づき、情報資産のサイバーセキュリティ上のリスクを評価し、リスク対応計画を策定するためのツールです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mamori::ModelFile</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation><numerusform>…ほか %n 件のエラー</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>テーブル %1 の %2 行目、列 %3</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>JSON の値として解釈できません</translation>
    </message>
    <message>
        <source>"%1" is not one of: all, assets, filter</source>
        <translation>「%1」は次のいずれでもありません: all, assets, filter</translation>
    </message>
    <message>
        <source>control "%1" does not exist</source>
        <translation>対策「%1」は存在しません</translation>
    </message>
    <message>
        <source>plan action "%1" does not exist</source>
        <translation>対応項目「%1」は存在しません</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>シナリオ「%1」は存在しません</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>this is not a Mamori project file (it is not an SQLite database)</source>
        <translation>Mamori のプロジェクトファイルではありません（SQLite データベースではありません）</translation>
    </message>
    <message>
        <source>the project file cannot be opened: %1</source>
        <translation>プロジェクトファイルを開けません: %1</translation>
    </message>
    <message>
        <source>the project file is damaged or truncated: %1</source>
        <translation>プロジェクトファイルが破損しているか、途中で切れています: %1</translation>
    </message>
    <message>
        <source>this is an SQLite database but not a Mamori project file</source>
        <translation>SQLite データベースですが、Mamori のプロジェクトファイルではありません</translation>
    </message>
    <message>
        <source>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</source>
        <translation>このプロジェクトは新しいバージョンの Mamori で保存されています（ファイル形式 %1。このバージョンで読み込めるのは %2 までです）。開くには Mamori を更新してください</translation>
    </message>
    <message>
        <source>the project file is damaged: it has no schema</source>
        <translation>プロジェクトファイルが破損しています（スキーマがありません）</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to upgrade the project file</source>
        <translation>プロジェクトファイルを新しい形式に変換するための一時コピーを作成できません</translation>
    </message>
    <message>
        <source>cannot upgrade the project file from format %1: %2</source>
        <translation>プロジェクトファイルをファイル形式 %1 から変換できません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot write the project: %1</source>
        <translation>プロジェクトを書き込めません: %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of the older project file as %1</source>
        <translation>旧形式のプロジェクトファイルの控えを %1 として保存できません</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
</context>
<context>
    <name>mamori::Registers</name>
    <message>
        <source>All assets</source>
        <translation>すべての情報資産</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所管</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付け</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>Dependent asset</source>
        <translation>依存元資産</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依存先資産</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>影響を受ける特性</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用対象</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>対策区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>有効性</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>初期費用（円）</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>年間費用（円）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>対応責任者</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
</context>
<context>
    <name>mamori::Scenarios</name>
    <message>
        <source>asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>脅威の割当て</translation>
    </message>
    <message>
        <source>response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist in this scenario's base</source>
        <translation>%1「%2」は、このシナリオの基になるモデルに存在しません</translation>
    </message>
    <message>
        <source>"%1" is not a field that can be set; expected one of: %2</source>
        <translation>「%1」は変更できる項目ではありません。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in this scenario's base</source>
        <translation>%1 %2 は、このシナリオの基になるモデルに存在しません</translation>
    </message>
    <message>
        <source>"%1" is not a setting; expected one of: %2</source>
        <translation>「%1」は設定項目ではありません。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>シナリオ「%1」は存在しません</translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation>基になるシナリオの参照が循環しています: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Validator</name>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>シナリオ「%1」は存在しません</translation>
    </message>
    <message>
        <source>after its changes, the model is not valid: %1: %2</source>
        <translation>変更を適用したモデルに誤りがあります: %1: %2</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>テーブル %1 の %2 行目</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>テーブル %1</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1は範囲外です。%2から%3までの値を指定してください</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist</source>
        <translation>%1「%2」は存在しません</translation>
    </message>
    <message>
        <source>duplicate id "%1" (first used at item %2)</source>
        <translation>ID「%1」が重複しています（項目 %2 で使用済み）</translation>
    </message>
    <message>
        <source>needs a name in Japanese or English</source>
        <translation>日本語または英語の名称が必要です</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>org unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation>格付けが1つ以上必要です</translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation>リスクレベルの区分が1つ以上必要です</translation>
    </message>
    <message>
        <source>a band needs a label</source>
        <translation>区分にはラベルが必要です</translation>
    </message>
    <message>
        <source>band bounds must increase</source>
        <translation>区分の上限値は昇順に並べてください</translation>
    </message>
    <message>
        <source>the last band must reach 25, the highest possible risk value</source>
        <translation>最後の区分の上限値は、リスク値の最大値である25以上にしてください</translation>
    </message>
    <message>
        <source>the parent chain loops</source>
        <translation>上位組織の参照が循環しています</translation>
    </message>
    <message>
        <source>level "%1" is not in the impact table for %2 (levels: %3)</source>
        <translation>格付け「%1」は %2 の影響度換算表にありません（定義されている格付け: %3）</translation>
    </message>
    <message>
        <source>asset "%1" cannot depend on itself</source>
        <translation>情報資産「%1」は自身に依存できません</translation>
    </message>
    <message>
        <source>duplicate dependency %1 -&gt; %2 (%3)</source>
        <translation>依存関係 %1 -&gt; %2（%3）が重複しています</translation>
    </message>
    <message>
        <source>needs at least one of C, I, A</source>
        <translation>C、I、A のうち1つ以上を指定してください</translation>
    </message>
    <message>
        <source>a second %1 for asset "%2" and threat "%3"</source>
        <translation>情報資産「%2」と脅威「%3」の組に対する%1が重複しています</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>脅威の割当て</translation>
    </message>
    <message>
        <source>a control cannot require itself</source>
        <translation>対策の前提に自身を指定することはできません</translation>
    </message>
    <message>
        <source>the requires chain loops: %1</source>
        <translation>前提となる対策の参照が循環しています: %1</translation>
    </message>
    <message>
        <source>response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>the due date %1 is before the start %2</source>
        <translation>対応期限 %1 が開始日 %2 より前です</translation>
    </message>
</context>
<context>
    <name>mamori::cli</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>FILE に書き出します。</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE が既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>error: expected the name of the new project file</source>
        <translation>エラー: 新しいプロジェクトファイルの名前を指定してください</translation>
    </message>
    <message>
        <source>error: %1 exists; use --force to replace it</source>
        <translation>エラー: %1 は既に存在します。置き換えるには --force を指定してください</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>作成しました: %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: 問題はありません</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>project (schema %1)</source>
        <translation>プロジェクト（スキーマ %1）</translation>
    </message>
    <message>
        <source>mamori-model JSON</source>
        <translation>mamori-model JSON</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>exposures</source>
        <translation>脅威の割当て</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>appetite</source>
        <translation>リスク受容基準</translation>
    </message>
    <message>
        <source>Create a project from the built-in catalogue.</source>
        <translation>内蔵のカタログからプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Start from the bundled sample ward instead.</source>
        <translation>カタログの代わりに、同梱の区のサンプルから作成します。</translation>
    </message>
    <message>
        <source>Import a model into a project file.</source>
        <translation>モデルをプロジェクトファイルに取り込みます。</translation>
    </message>
    <message>
        <source>Export a project as model JSON.</source>
        <translation>プロジェクトをモデル JSON として書き出します。</translation>
    </message>
    <message>
        <source>Check a model and list every error with its place.</source>
        <translation>モデルを検査し、すべてのエラーを発生箇所とともに表示します。</translation>
    </message>
    <message>
        <source>Show what a model contains.</source>
        <translation>モデルの内容を表示します。</translation>
    </message>
    <message>
        <source>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</source>
        <translation>使い方: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: 地方公共団体のためのサイバーリスク評価ツール。読み込む FILE には、.mamori プロジェクトまたは mamori-model 形式の .json を指定できます。

コマンド:
</translation>
    </message>
    <message>
        <source>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</source>
        <translation>
各コマンドのオプションは mamori-cli COMMAND --help で表示できます。
終了コード: 0 成功、1 失敗、2 入力エラー
</translation>
    </message>
    <message>
        <source>error: unknown command "%1"</source>
        <translation>エラー: 「%1」というコマンドはありません</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1 %2
</source>
        <translation>使い方: mamori-cli %1 %2
</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation><numerusform>…ほか %n 件のエラー</numerusform></translation>
    </message>
    <message>
        <source>error: expected one model file (.mamori or .json)</source>
        <translation>エラー: モデルファイル（.mamori または .json）を1つ指定してください</translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation>エラー: -o FILE の指定が必要です</translation>
    </message>
</context>
</TS>