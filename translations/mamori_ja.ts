<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>mamori::AssetEditorDialog</name>
    <message>
        <source>Asset %1</source>
        <translation>情報資産 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>名称（日本語）(&amp;J):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英語）(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種別(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>三層区分(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所管(&amp;O):</translation>
    </message>
    <message>
        <source>Sanctioned separation point between tiers</source>
        <translation>三層間の分離点として承認されたもの</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>無害化・分離装置:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Classification and impact</source>
        <translation>格付けと影響度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (impact %2)</source>
        <translation>%1（影響度 %2）</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>格付け:</translation>
    </message>
    <message>
        <source>Impact (explicit):</source>
        <translation>影響度（直接指定）:</translation>
    </message>
    <message>
        <source>A blank impact comes from the classification through the impact table, or is 1 without one. Assets this one depends on inherit its impact.</source>
        <translation>影響度が空欄の場合は、格付けから影響度換算表で求めた値になります（格付けがない場合は 1）。この情報資産の依存先の情報資産は、この影響度を継承します。</translation>
    </message>
    <message>
        <source>Dependencies (read only)</source>
        <translation>依存関係（参照のみ）</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>This asset depends on (%1):</source>
        <translation>この情報資産の依存先（%1）:</translation>
    </message>
    <message>
        <source>Depending on this asset (%1):</source>
        <translation>この情報資産に依存する情報資産（%1）:</translation>
    </message>
    <message>
        <source>Edit dependencies in the Dependencies register.</source>
        <translation>依存関係は「依存関係」の台帳で編集してください。</translation>
    </message>
    <message>
        <source>From classification: %1</source>
        <translation>格付けから: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>日本語または英語の名称を入力してください。</translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation>影響度（%1）</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Columns of an imported inventory that no field takes, kept as written.</source>
        <translation>取り込んだ台帳のうち、どの項目にも当てはまらない列を書かれたまま保持します。</translation>
    </message>
    <message>
        <source>Attribute row %1 has a value but no heading.</source>
        <translation>属性の %1 行目に値がありますが、項目名がありません。</translation>
    </message>
    <message>
        <source>The attribute heading “%1” is written twice.</source>
        <translation>属性の項目名「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>対策区分</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>サービス継続性</translation>
    </message>
    <message>
        <source>A &amp;service whose outages are simulated</source>
        <translation>停止をシミュレーションするサービス(&amp;S)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>Target &amp;recovery time:</source>
        <translation>目標復旧時間(&amp;R):</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>&amp;Loss per hour:</source>
        <translation>1時間あたりの損失(&amp;L):</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>of %1 up</source>
        <translation>（%1 のうち）</translation>
    </message>
    <message>
        <source>Redundancy:</source>
        <translation>冗長構成:</translation>
    </message>
    <message>
        <source>No alternatives: give dependencies a group in the Dependencies register.</source>
        <translation>代替なし: 依存関係台帳で依存関係にグループを付けると、互いに代替になります。</translation>
    </message>
    <message>
        <source>Needs up:</source>
        <translation>稼働が必要な数:</translation>
    </message>
    <message>
        <source>Target recovery time</source>
        <translation>目標復旧時間</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>1時間あたりの損失</translation>
    </message>
</context>
<context>
    <name>mamori::AuditFindingsPage</name>
    <message>
        <source>Select an audit finding first.</source>
        <translation>先に監査指摘事項を選んでください。</translation>
    </message>
    <message>
        <source>Plan action %1 corrects audit finding %2.</source>
        <translation>対応項目 %1 は監査指摘事項 %2 の是正措置です。</translation>
    </message>
    <message>
        <source>Create corrective action</source>
        <translation>是正措置を作成</translation>
    </message>
    <message>
        <source>A plan action from the selected finding (its description, control, unit and due date), linked to it as its corrective action</source>
        <translation>選択した指摘事項の説明、対策、部署、期限から対応項目を作成し、その是正措置として関連付けます</translation>
    </message>
    <message numerus="yes">
        <source>%n audit finding(s)</source>
        <translation>
            <numerusform>監査指摘事項 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::Autosave</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>「%1」は保存されていません: %2</translation>
    </message>
</context>
<context>
    <name>mamori::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation>計算しています…</translation>
    </message>
</context>
<context>
    <name>mamori::CheckItems</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>a control id is required</source>
        <translation>対策の ID が必要です</translation>
    </message>
    <message>
        <source>"%1" should be "%2" (the control's id and the item's number)</source>
        <translation>「%1」は「%2」にしてください（対策の ID と項目の番号）</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>オフセット%1</translation>
    </message>
    <message>
        <source>expected "mamori-check-items"</source>
        <translation>"mamori-check-items" を指定してください</translation>
    </message>
    <message>
        <source>%1 has %2 items; a control has two to four</source>
        <translation>%1の点検項目が%2件あります。点検項目は対策ごとに2〜4件です</translation>
    </message>
</context>
<context>
    <name>mamori::CheckList</name>
    <message>
        <source>Search by ID or name</source>
        <translation>ID または名称で検索</translation>
    </message>
    <message>
        <source>Show only checked</source>
        <translation>チェックした項目のみ表示</translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n 件チェック済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>列幅を内容に合わせる</translation>
    </message>
</context>
<context>
    <name>mamori::ComparePage</name>
    <message>
        <source>not exposed</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>シナリオ:</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Inherent total</source>
        <translation>固有リスク合計</translation>
    </message>
    <message>
        <source>Residual total</source>
        <translation>残留リスク合計</translation>
    </message>
    <message>
        <source>Above appetite</source>
        <translation>リスク受容基準超過</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Plan, initial cost (yen)</source>
        <translation>リスク対応計画 初期費用（円）</translation>
    </message>
    <message>
        <source>Plan, annual cost (yen)</source>
        <translation>リスク対応計画 年間費用（円）</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Base residual</source>
        <translation>比較対象の残留リスク</translation>
    </message>
    <message>
        <source>Scenario residual</source>
        <translation>シナリオの残留リスク</translation>
    </message>
    <message>
        <source>Risks that changed</source>
        <translation>変わったリスク</translation>
    </message>
    <message>
        <source>Three-tier findings added and removed</source>
        <translation>追加・解消された三層分離の指摘事項</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>The project has no scenarios yet: create one on the Scenarios page.</source>
        <translation>シナリオはまだありません。「シナリオ」ページで作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) changed</source>
        <translation>
            <numerusform>%n 件のリスクが変わりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>残留リスク: %1</translation>
    </message>
    <message>
        <source>new in the scenario</source>
        <translation>シナリオで追加</translation>
    </message>
    <message>
        <source>gone in the scenario</source>
        <translation>シナリオで消滅</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>追加: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>解消: %1</translation>
    </message>
    <message>
        <source>No finding added or removed</source>
        <translation>追加・解消された指摘事項はありません</translation>
    </message>
    <message>
        <source>Residual risk difference by category and tier</source>
        <translation>脅威の分類別・三層区分別の残留リスクの差分</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be compared with this project: %n problem(s) in the file.</source>
        <translation>
            <numerusform>「%1」はこのプロジェクトと比較できません。ファイルに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…ほか %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <source>against the other file %1</source>
        <translation>と比較対象のファイル「%1」</translation>
    </message>
    <message>
        <source>Compare scenarios instead</source>
        <translation>シナリオを比較</translation>
    </message>
    <message>
        <source>Residual in the other file</source>
        <translation>比較対象のファイルの残留リスク</translation>
    </message>
    <message>
        <source>Residual in this project</source>
        <translation>このプロジェクトの残留リスク</translation>
    </message>
    <message>
        <source>Other file: %1</source>
        <extracomment>The side of a comparison read from another project file, e.g. last fiscal year's</extracomment>
        <translation>比較対象のファイル: %1</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>このプロジェクト</translation>
    </message>
    <message>
        <source>not in the other file</source>
        <translation>比較対象のファイルになし</translation>
    </message>
    <message>
        <source>only in the other file</source>
        <translation>比較対象のファイルのみ</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>サービス継続性</translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityCharts</name>
    <message>
        <source>Annual loss (million yen)</source>
        <translation>年間損失（百万円）</translation>
    </message>
    <message>
        <source>Annual loss (thousand yen)</source>
        <translation>年間損失（千円）</translation>
    </message>
    <message>
        <source>Loss exceedance curve</source>
        <translation>損失超過確率曲線</translation>
    </message>
    <message>
        <source>Probability that a year's loss is larger</source>
        <translation>年間損失がこれを超える確率</translation>
    </message>
    <message>
        <source>Probability per year</source>
        <translation>年間確率</translation>
    </message>
    <message>
        <source>Annual loss: share of the simulated years</source>
        <translation>年間損失の分布（シミュレーションした年の割合）</translation>
    </message>
    <message>
        <source>Share of years</source>
        <translation>年の割合</translation>
    </message>
    <message>
        <source>Share of years (%)</source>
        <translation>年の割合（%）</translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityComparePanel</name>
    <message>
        <source>&amp;Simulate both</source>
        <translation>両方をシミュレーション(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Base: P(over RTO)</source>
        <translation>比較元: RTO超過確率</translation>
    </message>
    <message>
        <source>Scenario: P(over RTO)</source>
        <translation>シナリオ: RTO超過確率</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>差（ポイント）</translation>
    </message>
    <message>
        <source>Base: ALE (yen)</source>
        <translation>比較元: 年間予想損失額（円）</translation>
    </message>
    <message>
        <source>Scenario: ALE (yen)</source>
        <translation>シナリオ: 年間予想損失額（円）</translation>
    </message>
    <message>
        <source>Difference (yen)</source>
        <translation>差（円）</translation>
    </message>
    <message>
        <source>Choose a scenario to compare.</source>
        <translation>比較するシナリオを選んでください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The sides changed since: simulate again.</source>
        <translation>その後、比較対象が変わりました。もう一度シミュレーションしてください。</translation>
    </message>
    <message>
        <source>The ward (every asset)</source>
        <translation>区全体（全資産）</translation>
    </message>
    <message numerus="yes">
        <source>Simulating both sides, %Ln year(s) each…</source>
        <translation><numerusform>両方をそれぞれ%Ln年分シミュレーション中…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulated year(s) each, seed %1, the same draws on both sides: the difference is the scenario's, not chance.</source>
        <extracomment>Common random numbers: both sides meet the same random draws in each simulated year.</extracomment>
        <translation><numerusform>それぞれ%Ln年分、シード%1。両方で同じ乱数を用いているため、差はシナリオによるもので偶然ではない。</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityPage</name>
    <message>
        <source>&amp;Trials:</source>
        <translation>試行回数(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>シミュレーション実行(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The ward's annual loss (yen)</source>
        <translation>区全体の年間損失（円）</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Annual loss expectancy (ALE)</source>
        <translation>年間予想損失額（ALE）</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Median (P50)</source>
        <translation>中央値（P50）</translation>
    </message>
    <message>
        <source>1 year in 10 (P90)</source>
        <translation>10年に1度（P90）</translation>
    </message>
    <message>
        <source>1 year in 20 (P95)</source>
        <translation>20年に1度（P95）</translation>
    </message>
    <message>
        <source>1 year in 100 (P99)</source>
        <translation>100年に1度（P99）</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Target recovery time (h)</source>
        <translation>目標復旧時間（時間）</translation>
    </message>
    <message>
        <source>Loss per hour (yen)</source>
        <translation>1時間あたりの損失（円）</translation>
    </message>
    <message>
        <source>Probability of an outage</source>
        <translation>停止の確率</translation>
    </message>
    <message>
        <source>Expected hours down a year</source>
        <translation>年間停止時間の期待値（時間）</translation>
    </message>
    <message>
        <source>Probability of exceeding the RTO</source>
        <translation>目標復旧時間を超える確率</translation>
    </message>
    <message>
        <source>Annual loss expectancy (yen)</source>
        <translation>年間予想損失額（円）</translation>
    </message>
    <message>
        <source>Waiting for the assessment…</source>
        <translation>リスク評価の完了を待っています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>The model changed since.</source>
        <translation>その後、モデルが変更されています。</translation>
    </message>
    <message>
        <source>No asset is a service yet: open an asset's editor and check “A service whose outages are simulated”, with its target recovery time and loss per hour.</source>
        <translation>サービスに指定された資産がありません。資産の編集画面で「停止をシミュレーションするサービス」をチェックし、目標復旧時間と1時間あたりの損失を入力してください。</translation>
    </message>
    <message>
        <source>No threat causes outages yet: open a threat's editor (a power failure, an earthquake) and check “Causes outages”, with its rate and durations.</source>
        <translation>停止を起こす脅威がありません。脅威（停電、地震など）の編集画面で「停止を起こす」をチェックし、発生頻度と停止時間を入力してください。</translation>
    </message>
    <message>
        <source>A model, not a forecast: the numbers follow the outage rates and durations entered on the threats, the controls and the redundancy of the dependencies.</source>
        <translation>予測ではなくモデルです。数値は、脅威に入力した停止の頻度と時間、対策、依存関係の冗長構成から計算されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %Ln year(s)…</source>
        <translation><numerusform>%Ln年分をシミュレーション中…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Shown: %Ln simulated year(s), seed %1, %2.</source>
        <translation><numerusform>表示中: %Ln年のシミュレーション、シード%1、%2。</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ControlEditorDialog</name>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>対策 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>名称（日本語）(&amp;J):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英語）(&amp;E):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>対策区分(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>対応状況(&amp;T):</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>0 to 1; blank uses the default %1</source>
        <translation>0～1。空欄の場合は既定値 %1</translation>
    </message>
    <message>
        <source>E&amp;ffectiveness:</source>
        <translation>有効性(&amp;F):</translation>
    </message>
    <message>
        <source>Effe&amp;ct:</source>
        <translation>効果(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Initial cost:</source>
        <translation>初期費用(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Annual cost:</source>
        <translation>年間費用(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所管(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. policy §7(1)</source>
        <translation>例: 基本方針 §7(1)</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>出典(&amp;U):</translation>
    </message>
    <message>
        <source>The threats this control mitigates, one by one or a whole threat category. A blank reduction uses the control's effectiveness. When a threat row and its category's row both apply, the threat row's reduction is used.</source>
        <translation>この対策が低減する脅威です。脅威を個別に、または脅威の分類ごとに指定します。低減率が空欄の場合は、この対策の有効性を用います。脅威の行とその脅威の分類の行の両方が該当する場合は、脅威の行の低減率を用います。</translation>
    </message>
    <message>
        <source>Threat or threat category</source>
        <translation>脅威または脅威の分類</translation>
    </message>
    <message>
        <source>Reduction (0 to 1)</source>
        <translation>低減率（0～1）</translation>
    </message>
    <message>
        <source>A&amp;dd a threat or category</source>
        <translation>脅威または分類を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Category %1: %2</source>
        <translation>分類 %1: %2</translation>
    </message>
    <message>
        <source>Type an ID or part of a name</source>
        <translation>ID または名称の一部を入力</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>As effectiveness (%1)</source>
        <translation>有効性と同じ（%1）</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>すべての情報資産</translation>
    </message>
    <message>
        <source>Listed assets</source>
        <translation>指定した情報資産</translation>
    </message>
    <message>
        <source>Assets of the checked types and tiers</source>
        <translation>チェックした種別・三層区分の情報資産</translation>
    </message>
    <message>
        <source>The control covers every asset of the model, including assets added later.</source>
        <translation>この対策は、後から追加する情報資産も含め、モデルのすべての情報資産を対象とします。</translation>
    </message>
    <message>
        <source>Asset types</source>
        <translation>情報資産の種別</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Nothing checked in a list means every asset type, or every tier. An asset is covered when both its type and its tier match.</source>
        <translation>一覧で何もチェックしない場合は、すべての種別、またはすべての三層区分が対象になります。種別と三層区分の両方が該当する情報資産が対象になります。</translation>
    </message>
    <message>
        <source>The controls this one depends on: its readiness is multiplied by theirs, so it works fully only when they are implemented. A chain of requirements must not loop back to this control.</source>
        <translation>この対策の前提となる対策です。この対策の実施度には前提となる対策の実施度が掛けられるため、それらが実施済みのときにのみ十分に機能します。前提となる対策をたどって、この対策に戻る循環があってはなりません。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Mitigates (%1)</source>
        <translation>低減する脅威（%1）</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>Requires (%1)</source>
        <translation>前提となる対策（%1）</translation>
    </message>
    <message>
        <source>Mitigates, row %1: choose a threat or a threat category from the list.</source>
        <translation>低減する脅威の %1 行目: 一覧から脅威または脅威の分類を選択してください。</translation>
    </message>
    <message>
        <source>Mitigates, row %1: the reduction</source>
        <translation>低減する脅威の %1 行目の低減率</translation>
    </message>
    <message>
        <source>Mitigates, rows %1 and %2 name the same threat or category.</source>
        <translation>低減する脅威の %1 行目と %2 行目で、同じ脅威または分類が指定されています。</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>日本語または英語の名称を入力してください。</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>有効性</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>初期費用</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>年間費用</translation>
    </message>
    <message>
        <source>Scope: check at least one asset, or choose another scope.</source>
        <translation>適用範囲: 情報資産を1つ以上チェックするか、別の適用範囲を選択してください。</translation>
    </message>
    <message>
        <source>The control's status for the assets one org unit owns, where it differs from the control's own status (the self-inspection sets these). Other units' assets use the control's status.</source>
        <translation>組織が所管する情報資産についての対策の対応状況のうち、対策全体の対応状況と異なるものです（自己点検で設定されます）。その他の組織の情報資産には、対策全体の対応状況を用います。</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Add a &amp;unit</source>
        <translation>組織を追加(&amp;U)</translation>
    </message>
    <message>
        <source>Status by unit, row %1: choose an org unit.</source>
        <translation>部署別の状況の %1 行目: 組織を選んでください。</translation>
    </message>
    <message>
        <source>Status by unit: %1 is listed twice.</source>
        <translation>部署別の状況: %1 が2回指定されています。</translation>
    </message>
    <message>
        <source>Status by unit (%1)</source>
        <translation>部署別の状況（%1）</translation>
    </message>
</context>
<context>
    <name>mamori::CsvExport</name>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>情報資産ID</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>情報資産</translation>
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
        <source>Threat ID</source>
        <translation>脅威ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>脅威の分類</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>固有リスクのレベル</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>残留リスクの発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>残留リスクの影響度</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Above the appetite</source>
        <translation>リスク受容基準超過</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>対応責任者</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進捗率（％）</translation>
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
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mamori::DashboardView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>リスク: %1件</translation>
    </message>
    <message>
        <source>Inherent risk total: %1</source>
        <translation>固有リスク合計: %1</translation>
    </message>
    <message>
        <source>Residual risk total: %1</source>
        <translation>残留リスク合計: %1</translation>
    </message>
    <message>
        <source>Residual risk above the risk appetite (%1): %2</source>
        <translation>リスク受容基準（%1）を超える残留リスク: %2件</translation>
    </message>
    <message>
        <source>Residual levels: %1</source>
        <translation>残留リスクのレベル: %1</translation>
    </message>
    <message>
        <source>Residual risk by threat category</source>
        <translation>脅威の分類別の残留リスク</translation>
    </message>
    <message>
        <source>Residual risk by tier</source>
        <translation>三層区分別の残留リスク</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message numerus="yes">
        <source>%1
Residual risk %2 (%Ln risks)</source>
        <translation>
            <numerusform>%1
残留リスク %2（%Ln件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Inherent and residual risk by threat category</source>
        <translation>脅威の分類別の固有リスクと残留リスク</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>%1
Inherent risk %2, residual risk %3</source>
        <translation>%1
固有リスク %2、残留リスク %3</translation>
    </message>
    <message>
        <source>%1. %2 / %3</source>
        <translation>%1. %2 / %3</translation>
    </message>
    <message>
        <source>%1 (%2) / %3 (%4)
Residual risk %5 (level %6), inherent risk %7</source>
        <translation>%1（%2）/ %3（%4）
残留リスク %5（%6）、固有リスク %7</translation>
    </message>
    <message>
        <source>Top ten risks by residual risk</source>
        <translation>残留リスクの上位10件</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Control status by control group</source>
        <translation>対策の区分別の対応状況</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %n controls</source>
        <translation>
            <numerusform>%1
%2：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>グラフ %1 はありません。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mamori::DependencyGraphView</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Find an asset by ID or name</source>
        <translation>ID または名称で情報資産を検索</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the graph to the window (Ctrl+0)</source>
        <translation>全体をウィンドウに合わせて表示（Ctrl+0）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>周辺表示</translation>
    </message>
    <message>
        <source>Show only the selected asset and its neighbourhood (or double-click an asset)</source>
        <translation>選択した情報資産とその周辺のみを表示（情報資産のダブルクリックでも可）</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>段数(&amp;H):</translation>
    </message>
    <message>
        <source>How many dependency hops around the focused asset are shown</source>
        <translation>周辺表示で、中心の情報資産から何段先までの依存関係を表示するか</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>影響波及範囲</translation>
    </message>
    <message>
        <source>Highlight every asset that depends on the selected one, directly or transitively: what stops or leaks if it fails</source>
        <translation>選択した情報資産に直接・間接に依存するすべての情報資産を強調表示（障害時に停止・漏えいし得る範囲）</translation>
    </message>
    <message>
        <source>Highlight the path of a tier-separation finding</source>
        <translation>三層分離の指摘事項の経路を強調表示</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>強調表示を解除</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Not assigned</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>Sanctioned separation point between tiers</source>
        <translation>三層間の分離点として承認されたもの</translation>
    </message>
    <message>
        <source>Effective impact (C / I / A)</source>
        <translation>実効影響度（機密性 / 完全性 / 可用性）</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) depend on it</source>
        <translation>
            <numerusform>%n 件の情報資産が依存</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the assessment…</source>
        <translation>評価を更新しています…</translation>
    </message>
    <message>
        <source>No tier-separation findings</source>
        <translation>三層分離の指摘事項なし</translation>
    </message>
    <message numerus="yes">
        <source>Tier-separation findings: %n</source>
        <translation>
            <numerusform>三層分離の指摘事項：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 – %3 (%4 … %5)</source>
        <translation>%1：%2 – %3（%4 … %5）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) shown</source>
        <translation>
            <numerusform>情報資産 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius of %1: %n asset(s) depend on it</source>
        <translation>
            <numerusform>%1 の影響波及範囲：%n 件の情報資産が依存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n asset(s)</source>
        <translation>
            <numerusform>指摘事項 %1 / %2（%3）：%4 と %5 が無害化・分離装置を経ずに接続（経路上の情報資産 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1 within %n hop(s)</source>
        <translation>
            <numerusform>%1 の周辺（%n 段以内）</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset matches “%1”</source>
        <translation>「%1」に一致する情報資産はありません</translation>
    </message>
    <message>
        <source>Match %1 of %2 for “%3” (Enter for the next)</source>
        <translation>「%3」の検索結果 %1 / %2 件（Enter で次へ）</translation>
    </message>
    <message>
        <source>Focus on this asset</source>
        <translation>この情報資産の周辺を表示</translation>
    </message>
    <message>
        <source>Show blast radius</source>
        <translation>影響波及範囲を表示</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>What if it fails? (new scenario)</source>
        <translation>停止したら？（新しいシナリオ）</translation>
    </message>
    <message>
        <source>Too many assets to read at once: showing the asset most others depend on. Search or focus on another asset, or show all</source>
        <translation>情報資産が多く一度に読み取れないため、他の多くの資産が依存している資産を中心に表示しています。別の資産を検索するか焦点を移すか、すべて表示してください</translation>
    </message>
</context>
<context>
    <name>mamori::DetailsPanel</name>
    <message>
        <source>Select an asset, a control or a risk to see its details here.</source>
        <translation>情報資産、対策またはリスクを選択すると、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Asset “%1” no longer exists.</source>
        <translation>情報資産「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>Own impact</source>
        <translation>固有の影響度</translation>
    </message>
    <message>
        <source>Effective impact</source>
        <translation>実効影響度</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>影響波及範囲</translation>
    </message>
    <message numerus="yes">
        <source>%n assets depend on it</source>
        <translation>
            <numerusform>%n 件の情報資産が依存</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>No threat applies to this asset.</source>
        <translation>この情報資産に該当する脅威はありません。</translation>
    </message>
    <message>
        <source>Control “%1” no longer exists.</source>
        <translation>対策「%1」はもう存在しません。</translation>
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
        <source>Readiness</source>
        <translation>実施度</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>効果の強さ</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>前提となる対策</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>%1 yen initially, %2 yen a year</source>
        <translation>初期費用 %1 円、年間費用 %2 円</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用対象</translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n 件のリスク</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::Edits</name>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation>シナリオ「%1」はありません。</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>新しい情報資産</translation>
    </message>
    <message>
        <source>Add asset %1</source>
        <translation>情報資産 %1 の追加</translation>
    </message>
    <message>
        <source>New threat</source>
        <translation>新しい脅威</translation>
    </message>
    <message>
        <source>Add threat %1</source>
        <translation>脅威 %1 の追加</translation>
    </message>
    <message>
        <source>New control</source>
        <translation>新しい対策</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>対策 %1 の追加</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新しい対応項目</translation>
    </message>
    <message>
        <source>Add plan action %1</source>
        <translation>対応項目 %1 の追加</translation>
    </message>
    <message>
        <source>Choose both assets of the dependency.</source>
        <translation>依存関係の両方の情報資産を選択してください。</translation>
    </message>
    <message>
        <source>There is no asset %1.</source>
        <translation>情報資産 %1 はありません。</translation>
    </message>
    <message>
        <source>An asset cannot depend on itself.</source>
        <translation>情報資産は自分自身に依存できません。</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 は既に %2 に依存しています。</translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>依存関係 %1 → %2 の追加</translation>
    </message>
    <message>
        <source>Choose the asset and the threat of the exposure.</source>
        <translation>脅威の割当ての情報資産と脅威を選択してください。</translation>
    </message>
    <message>
        <source>There is no threat %1.</source>
        <translation>脅威 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is exposed to %2 already.</source>
        <translation>%1 には既に %2 が割り当てられています。</translation>
    </message>
    <message>
        <source>Add exposure %1 × %2</source>
        <translation>脅威の割当て %1 × %2 の追加</translation>
    </message>
    <message>
        <source>Row %1 is not in the list any more.</source>
        <translation>%1 行目は一覧にもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n items</source>
        <translation>
            <numerusform>%n 件の%1の設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1の変更</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists.</source>
        <translation>情報資産 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>情報資産 %1 の編集</translation>
    </message>
    <message>
        <source>Threat %1 no longer exists.</source>
        <translation>脅威 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Edit threat %1</source>
        <translation>脅威 %1 の編集</translation>
    </message>
    <message>
        <source>Control %1 no longer exists.</source>
        <translation>対策 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Edit control %1</source>
        <translation>対策 %1 の編集</translation>
    </message>
    <message>
        <source>Select the risks to decide first.</source>
        <translation>先に対応を決定するリスクを選んでください。</translation>
    </message>
    <message>
        <source>Accepting %1 × %2 (residual %3, above the appetite %4) needs a rationale.</source>
        <translation>%1 × %2（残留リスク %3、受容基準 %4 超過）を保有するには理由が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Decide the response of %n risks</source>
        <translation>
            <numerusform>リスク %n 件の対応を決定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the decision of %n risks</source>
        <translation>
            <numerusform>リスク %n 件の対応決定を取消し</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the risk acceptance criteria</source>
        <translation>リスク受容基準の変更</translation>
    </message>
    <message>
        <source>%1 was added to the project meanwhile; open the proposals again.</source>
        <translation>%1 はその間にプロジェクトに追加されました。提案を開き直してください。</translation>
    </message>
    <message>
        <source>%1 is no longer in the project.</source>
        <translation>%1 はプロジェクトにありません。</translation>
    </message>
    <message>
        <source>Add plan action %1 for %2</source>
        <translation>対策 %2 の対応項目 %1 を追加</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>シナリオ %1 の作成</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>シナリオ %1 の名称変更</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>シナリオ %1 の説明の変更</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>“%1” is the base of %2. Delete those scenarios first.</source>
        <translation>「%1」は %2 の基準です。先にそれらのシナリオを削除してください。</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>シナリオ %1 の削除</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n change(s) of scenario %1</source>
        <translation>
            <numerusform>シナリオ %1 の変更 %n 件の取消し</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 の停止</translation>
    </message>
    <message>
        <source>%1 is unavailable: its availability impact is 5 and every threat to its availability is certain (likelihood 5). What depends on it is its blast radius.</source>
        <translation>%1 が利用できない場合: 可用性の影響度を5とし、可用性に対する脅威はすべて確実に発生する（発生可能性5）ものとします。これに依存する情報資産がその影響波及範囲です。</translation>
    </message>
    <message>
        <source>There is no control %1.</source>
        <translation>対策 %1 はありません。</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>%1 がない場合</translation>
    </message>
    <message>
        <source>Plan with its full budget</source>
        <translation>リスク対応計画（予算全額）</translation>
    </message>
    <message>
        <source>Every action of the plan completed (initial cost %1 yen).</source>
        <translation>リスク対応計画のすべての対応を完了した場合（初期費用 %1 円）。</translation>
    </message>
    <message>
        <source>Plan with %1 % of its budget</source>
        <translation>リスク対応計画（予算 %1 %）</translation>
    </message>
    <message>
        <source>Budget %1 yen: the actions that fit in plan order are completed (%2 yen); left out: %3.</source>
        <translation>予算 %1 円: 計画の順に予算内に収まる対応を完了した場合（%2 円）。見送り: %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Plan action %1 no longer exists.</source>
        <translation>対応項目 %1 はもうありません。</translation>
    </message>
    <message>
        <source>Edit plan action %1</source>
        <translation>対応項目 %1 の編集</translation>
    </message>
    <message>
        <source>There is no plan action %1.</source>
        <translation>対応項目 %1 はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n plan action(s) done</source>
        <translation>
            <numerusform>対応項目 %n 件を完了にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan the controls of %n chosen action(s)</source>
        <translation>
            <numerusform>選ばれた対応項目 %n 件の対策を計画済みにする</numerusform>
        </translation>
    </message>
    <message>
        <source>The optimizer chose no action: there is nothing to carry out.</source>
        <translation>最適化で選ばれた対応項目がないため、実施するものはありません。</translation>
    </message>
    <message>
        <source>Optimized plan within %1 yen</source>
        <translation>予算 %1 円の最適化計画</translation>
    </message>
    <message>
        <source>The actions the optimizer chose for a budget of %1 yen, carried out: %2.</source>
        <translation>予算 %1 円で最適化により選ばれた対応項目を実施した場合: %2。</translation>
    </message>
    <message>
        <source>Another asset has the ID %1 already.</source>
        <translation>ID %1 はほかの情報資産で使われています。</translation>
    </message>
    <message>
        <source>Rename asset %1 to %2</source>
        <translation>情報資産 %1 の ID を %2 に変更</translation>
    </message>
    <message>
        <source>Another threat has the ID %1 already.</source>
        <translation>ID %1 はほかの脅威で使われています。</translation>
    </message>
    <message>
        <source>Rename threat %1 to %2</source>
        <translation>脅威 %1 の ID を %2 に変更</translation>
    </message>
    <message>
        <source>Another control has the ID %1 already.</source>
        <translation>ID %1 はほかの対策で使われています。</translation>
    </message>
    <message>
        <source>Rename control %1 to %2</source>
        <translation>対策 %1 の ID を %2 に変更</translation>
    </message>
    <message>
        <source>Another plan action has the ID %1 already.</source>
        <translation>ID %1 はほかの対応項目で使われています。</translation>
    </message>
    <message>
        <source>Rename plan action %1 to %2</source>
        <translation>対応項目 %1 の ID を %2 に変更</translation>
    </message>
    <message>
        <source>Enter an ID.</source>
        <translation>ID を入力してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be an ID: an ID has no spaces, commas, slashes or line breaks, which separate IDs in lists.</source>
        <translation>「%1」は ID にできません。ID には空白、カンマ（読点）、スラッシュ、改行を含められません（一覧で ID を区切る文字のため）。</translation>
    </message>
    <message>
        <source>Audit finding %1 no longer exists.</source>
        <translation>監査指摘事項 %1 はもうありません。</translation>
    </message>
    <message>
        <source>Another audit finding has the ID %1 already.</source>
        <translation>ID %1 はほかの監査指摘事項で使われています。</translation>
    </message>
    <message>
        <source>Rename audit finding %1 to %2</source>
        <translation>監査指摘事項 %1 の ID を %2 に変更</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>組織「%1」はありません。</translation>
    </message>
    <message>
        <source>Apply the self-inspection of %1 (fiscal year %2)</source>
        <translation>%1 の自己点検（%2年度）の反映</translation>
    </message>
    <message>
        <source>There is no control "%1".</source>
        <translation>対策「%1」はありません。</translation>
    </message>
    <message>
        <source>Add audit finding %1</source>
        <translation>監査指摘事項 %1 の追加</translation>
    </message>
    <message>
        <source>Audit finding %1 has a corrective action already: %2.</source>
        <translation>監査指摘事項 %1 には既に是正措置があります: %2。</translation>
    </message>
    <message>
        <source>Correct audit finding %1</source>
        <translation>監査指摘事項 %1 の是正</translation>
    </message>
    <message>
        <source>Create corrective action %1 for %2</source>
        <translation>%2 の是正措置 %1 の作成</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 runs on %2, a host of another tier</source>
        <translation>%1 は別の三層区分のホスト %2 上で稼働</translation>
    </message>
    <message>
        <source>%1 and %2 reach each other over the network without a gateway</source>
        <translation>%1 と %2 が無害化・分離装置を経ずにネットワークで接続</translation>
    </message>
    <message>
        <source>Three-tier separation (§7(3)): %1 × %2. %3 (route: %4).</source>
        <translation>三層分離（基本方針７(3)）：%1 × %2。%3（経路：%4）。</translation>
    </message>
    <message>
        <source>Record finding as audit finding %1</source>
        <translation>指摘事項を監査指摘事項 %1 として記録</translation>
    </message>
    <message>
        <source>An exception needs its rationale.</source>
        <translation>例外措置の理由を入力してください。</translation>
    </message>
    <message>
        <source>An exception needs the name of who approved it.</source>
        <translation>例外措置の承認者を入力してください。</translation>
    </message>
    <message>
        <source>An exception needs the date it was approved.</source>
        <translation>例外措置の承認日を入力してください。</translation>
    </message>
    <message>
        <source>The expiry cannot be before the approval.</source>
        <translation>有効期限を承認日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Exception %1 covers this finding already.</source>
        <translation>この指摘事項には既に例外措置 %1 があります。</translation>
    </message>
    <message>
        <source>Accept exception %1 for %2 × %3</source>
        <translation>%2 × %3 の例外措置 %1 の承認</translation>
    </message>
    <message>
        <source>Exception %1 no longer exists.</source>
        <translation>例外措置 %1 はもうありません。</translation>
    </message>
    <message>
        <source>Revoke exception %1</source>
        <translation>例外措置 %1 の取消し</translation>
    </message>
    <message>
        <source>Write down the decision.</source>
        <translation>決定の内容を入力してください。</translation>
    </message>
    <message>
        <source>Name who decided.</source>
        <translation>決定者を入力してください。</translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation>決定日を入力してください。</translation>
    </message>
    <message>
        <source>Record review decision on %1</source>
        <translation>%1 の見直しの決定の記録</translation>
    </message>
    <message>
        <source>Change the document control</source>
        <translation>文書管理情報の変更</translation>
    </message>
    <message>
        <source>There is no dependency %1.</source>
        <translation>依存関係 %1 はありません。</translation>
    </message>
    <message>
        <source>A second %1 for %2</source>
        <translation>%2 に2つ目の%1</translation>
    </message>
    <message>
        <source>%1 is added beside %2 as an alternative: %3 stays up while one of them is up (or as many as its need for the group says). The new supply has no dependencies of its own.</source>
        <translation>%1 を %2 の代替として追加します。%3 はどちらか一方（またはグループに必要な数）が稼働していれば止まりません。新しい供給元には依存関係がありません。</translation>
    </message>
</context>
<context>
    <name>mamori::Engine</name>
    <message>
        <source>the requires chain loops: %1</source>
        <translation>前提となる対策の参照が循環しています: %1</translation>
    </message>
</context>
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
        <translation>三層分離の対象外</translation>
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
        <translation>業務委託及び外部サービスの利用</translation>
    </message>
    <message>
        <source>Evaluation and review</source>
        <translation>評価及び見直し</translation>
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
    <message>
        <source>%1 runs on %2 (shared host)</source>
        <translation>%1は%2上で稼働（ホストを共有）</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>内部監査</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>外部監査</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>監査指摘事項</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Intentional factors</source>
        <translation>意図的な要因</translation>
    </message>
    <message>
        <source>Unintentional factors</source>
        <translation>非意図的要因</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list in running text: 「A及びB」</extracomment>
        <translation>%1及び%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>MIC guidelines</source>
        <translation>総務省ガイドライン</translation>
    </message>
    <message>
        <source>Ward's own</source>
        <translation>区独自</translation>
    </message>
    <message>
        <source>Security standards</source>
        <translation>対策基準</translation>
    </message>
    <message>
        <source>0123456789</source>
        <extracomment>The digits 0 to 9 of the policy's section numbers as the policy writes them: ０１２３４５６７８９</extracomment>
        <translation>０１２３４５６７８９</translation>
    </message>
    <message>
        <source>Basic policy %1</source>
        <extracomment>A clause of the ward's cybersecurity basic policy, e.g. 基本方針３(1)</extracomment>
        <translation>基本方針%1</translation>
    </message>
</context>
<context>
    <name>mamori::ExceptionDialog</name>
    <message>
        <source>Expires on</source>
        <translation>有効期限を設定</translation>
    </message>
    <message>
        <source>Accept as exception</source>
        <translation>例外措置として承認</translation>
    </message>
    <message>
        <source>Why the tiers may meet here, and what makes up for it</source>
        <translation>ここで三層区分の接続を認める理由と、それを補う措置</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>承認者:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>承認日:</translation>
    </message>
</context>
<context>
    <name>mamori::Explain</name>
    <message>
        <source>%1 (%2, readiness %3)</source>
        <translation>%1（%2、実施度 %3）</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>情報資産「%1」は存在しません</translation>
    </message>
    <message>
        <source>threat "%1" does not exist</source>
        <translation>脅威「%1」は存在しません</translation>
    </message>
    <message>
        <source>asset "%1" is not exposed to threat "%2": an exposure entry excludes the pair</source>
        <translation>情報資産「%1」は脅威「%2」の対象ではありません。脅威の割当てでこの組合せが除外されています</translation>
    </message>
    <message>
        <source>asset "%1" is not exposed to threat "%2": the threat's applies_to does not match the asset and no exposure entry names the pair</source>
        <translation>情報資産「%1」は脅威「%2」の対象ではありません。脅威の applies_to がこの情報資産に該当せず、脅威の割当てでもこの組合せが指定されていません</translation>
    </message>
    <message>
        <source>Risk of asset %1 from threat %2 (category %3)
</source>
        <translation>情報資産 %1 に対する脅威 %2（分類 %3）のリスク
</translation>
    </message>
    <message>
        <source>Exposed: an exposure entry names the pair.
</source>
        <translation>対象: 脅威の割当てでこの組合せが指定されています。
</translation>
    </message>
    <message>
        <source>Exposed: the threat's applies_to matches the asset.
</source>
        <translation>対象: 脅威の applies_to がこの情報資産に該当します。
</translation>
    </message>
    <message>
        <source>
Likelihood %1: </source>
        <translation>
発生可能性 %1: </translation>
    </message>
    <message>
        <source>from the exposure entry.
</source>
        <translation>脅威の割当てで指定された値です。
</translation>
    </message>
    <message>
        <source>the threat has none, so the default 3.
</source>
        <translation>脅威に設定がないため、既定値 3 です。
</translation>
    </message>
    <message>
        <source>the threat's likelihood.
</source>
        <translation>脅威に設定された値です。
</translation>
    </message>
    <message>
        <source>
Impact %1: the largest over the threat's dimensions, here %2.
</source>
        <translation>
影響度 %1: 脅威が影響する特性のうち最大の値です（ここでは %2）。
</translation>
    </message>
    <message>
        <source>its impact %1</source>
        <translation>設定された影響度 %1</translation>
    </message>
    <message>
        <source>classification %1 = %2</source>
        <translation>格付け %1 = %2</translation>
    </message>
    <message>
        <source>no impact given, default 1</source>
        <translation>影響度の設定なし、既定値 1</translation>
    </message>
    <message>
        <source>  %1 = %2: the asset's own impact (%3).
</source>
        <translation>  %1 = %2: この情報資産の固有の影響度（%3）。
</translation>
    </message>
    <message>
        <source>  %1 = %2: inherited from %3 (%4)
</source>
        <translation>  %1 = %2: %3 から継承（%4）
</translation>
    </message>
    <message>
        <source>    %1 -&gt; %2 (%3, weight %4): %5
</source>
        <translation>    %1 -&gt; %2（%3、重み %4）: %5
</translation>
    </message>
    <message>
        <source>
Inherent risk %1 x %2 = %3 (%4).
</source>
        <translation>
固有リスク %1 x %2 = %3（%4）。
</translation>
    </message>
    <message>
        <source>
No control applies.
</source>
        <translation>
適用される対策はありません。
</translation>
    </message>
    <message>
        <source>
Applicable controls (factor = 1 - reduction x readiness):
</source>
        <translation>
適用される対策（係数 = 1 - 低減率 x 実施度）:
</translation>
    </message>
    <message>
        <source>threat entry</source>
        <translation>脅威単位の指定</translation>
    </message>
    <message>
        <source>category entry</source>
        <translation>分類単位の指定</translation>
    </message>
    <message>
        <source>  %1 on %2: reduction %3 (%4%5), readiness %6, factor %7
</source>
        <translation>  %1（%2 を低減）: 低減率 %3（%4%5）、実施度 %6、係数 %7
</translation>
    </message>
    <message>
        <source>, from the effectiveness</source>
        <translation>、有効性から</translation>
    </message>
    <message>
        <source>    its status %1 gives %2
</source>
        <translation>    対応状況 %1 による係数 %2
</translation>
    </message>
    <message>
        <source>    held back by: %1
</source>
        <translation>    実施度を下げている前提となる対策: %1
</translation>
    </message>
    <message>
        <source>
Residual likelihood 1 + (%1 - 1) x %2 = %3
</source>
        <translation>
残留リスクの発生可能性 1 + (%1 - 1) x %2 = %3
</translation>
    </message>
    <message>
        <source>Residual impact 1 + (%1 - 1) x %2 = %3
</source>
        <translation>残留リスクの影響度 1 + (%1 - 1) x %2 = %3
</translation>
    </message>
    <message>
        <source>Residual risk %1 x %2 = %3: level %4 (band up to %5).
</source>
        <translation>残留リスク %1 x %2 = %3: リスクレベル %4（上限 %5 の区分）。
</translation>
    </message>
    <message>
        <source>Response %1, decided.
</source>
        <translation>リスク対応方針 %1（決定済み）。
</translation>
    </message>
    <message>
        <source>Suggested response %1 (appetite %2).
</source>
        <translation>推奨するリスク対応方針 %1（リスク受容基準 %2）。
</translation>
    </message>
    <message>
        <source>%1 (status of %2: %3, readiness %4)</source>
        <translation>%1（%2の対応状況 %3、実施度 %4）</translation>
    </message>
    <message>
        <source>    status of %1: %2 gives %3
</source>
        <translation>    %1の対応状況 %2 による係数 %3
</translation>
    </message>
    <message>
        <source>%1 (see above)</source>
        <translation>%1（前掲）</translation>
    </message>
</context>
<context>
    <name>mamori::ExplanationPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>its own impact %1, set on the asset</source>
        <translation>資産に設定された影響度 %1</translation>
    </message>
    <message>
        <source>its own impact %1, from classification level %2</source>
        <translation>格付け %2 による影響度 %1</translation>
    </message>
    <message>
        <source>its own impact %1, the default (no impact or classification given)</source>
        <translation>既定の影響度 %1（影響度も格付けも未設定）</translation>
    </message>
    <message>
        <source>(the largest)</source>
        <translation>（最大）</translation>
    </message>
    <message>
        <source>the asset's own impact (%1).</source>
        <translation>この資産自身の影響度（%1）。</translation>
    </message>
    <message>
        <source>inherited along the dependencies from %1.</source>
        <translation>%1 から依存関係に沿って継承。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>depends on (%1, weight %2): %2 × %3 = %4</source>
        <translation>依存先（%1、重み %2）: %2 × %3 = %4</translation>
    </message>
    <message>
        <source>(impact %1)</source>
        <translation>（影響度 %1）</translation>
    </message>
    <message>
        <source>%1 (%2, readiness %3)</source>
        <translation>%1（%2、実施度 %3）</translation>
    </message>
    <message>
        <source>No control applies to this risk.</source>
        <translation>このリスクに適用される対策はありません。</translation>
    </message>
    <message>
        <source>Each control multiplies the likelihood or the impact above 1 by its factor = 1 − reduction × readiness; readiness = status factor × the readiness of the controls it requires.</source>
        <translation>各対策は、発生可能性または影響度の 1 を超える部分に係数（= 1 − 低減率 × 実施度）を掛けます。実施度 = 対応状況による係数 × 前提となる対策の実施度です。</translation>
    </message>
    <message>
        <source>Reduces</source>
        <translation>低減対象</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>低減率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>実施度</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>係数</translation>
    </message>
    <message>
        <source>for the threat category</source>
        <translation>脅威の分類に対して</translation>
    </message>
    <message>
        <source>from the effectiveness</source>
        <translation>有効性から</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>1 − %1 × %2 = %3</source>
        <translation>1 − %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Readiness held back by the controls it requires: %1</source>
        <translation>前提となる対策により実施度が下がっています: %1</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;L&lt;/sub&gt; = 1 (no control reduces the likelihood)</source>
        <translation>m&lt;sub&gt;L&lt;/sub&gt; = 1（発生可能性を低減する対策なし）</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;I&lt;/sub&gt; = 1 (no control reduces the impact)</source>
        <translation>m&lt;sub&gt;I&lt;/sub&gt; = 1（影響度を低減する対策なし）</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;L&lt;/sub&gt; = %1 = %2</source>
        <translation>m&lt;sub&gt;L&lt;/sub&gt; = %1 = %2</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;I&lt;/sub&gt; = %1 = %2</source>
        <translation>m&lt;sub&gt;I&lt;/sub&gt; = %1 = %2</translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation>このスコアの根拠</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation>情報資産: %1</translation>
    </message>
    <message>
        <source>Threat: %1, %2</source>
        <translation>脅威: %1、%2</translation>
    </message>
    <message>
        <source>Exposed because an exposure entry names this pair.</source>
        <translation>脅威の割当てでこの組合せが指定されているため、対象になります。</translation>
    </message>
    <message>
        <source>Exposed because the threat applies to this asset's type and tier.</source>
        <translation>脅威がこの資産の種別と三層区分に該当するため、対象になります。</translation>
    </message>
    <message>
        <source>Inherent risk %1</source>
        <translation>固有リスク %1</translation>
    </message>
    <message>
        <source>Residual risk %1</source>
        <translation>残留リスク %1</translation>
    </message>
    <message>
        <source>Likelihood L = %1</source>
        <translation>発生可能性 L = %1</translation>
    </message>
    <message>
        <source>From the exposure entry of this pair.</source>
        <translation>この組合せの脅威の割当てで指定された値です。</translation>
    </message>
    <message>
        <source>The threat gives no likelihood, so the default 3 applies.</source>
        <translation>脅威に発生可能性が設定されていないため、既定値 3 を用います。</translation>
    </message>
    <message>
        <source>The threat's likelihood.</source>
        <translation>脅威に設定された発生可能性です。</translation>
    </message>
    <message>
        <source>Impact I = %1</source>
        <translation>影響度 I = %1</translation>
    </message>
    <message>
        <source>The largest effective impact over the dimensions the threat affects. An asset carries the impact of what depends on it, times the dependency's weight.</source>
        <translation>脅威が影響する観点のうち最大の影響度です。資産は、それに依存する資産の影響度に依存関係の重みを掛けた値を引き継ぎます。</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>L × I = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>L × I = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicable controls</source>
        <translation>適用される対策</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>L&lt;sub&gt;res&lt;/sub&gt; = 1 + (L − 1) × m&lt;sub&gt;L&lt;/sub&gt; = 1 + (%1 − 1) × %2 = %3</source>
        <translation>L&lt;sub&gt;res&lt;/sub&gt; = 1 + (L − 1) × m&lt;sub&gt;L&lt;/sub&gt; = 1 + (%1 − 1) × %2 = %3</translation>
    </message>
    <message>
        <source>I&lt;sub&gt;res&lt;/sub&gt; = 1 + (I − 1) × m&lt;sub&gt;I&lt;/sub&gt; = 1 + (%1 − 1) × %2 = %3</source>
        <translation>I&lt;sub&gt;res&lt;/sub&gt; = 1 + (I − 1) × m&lt;sub&gt;I&lt;/sub&gt; = 1 + (%1 − 1) × %2 = %3</translation>
    </message>
    <message>
        <source>Residual risk = L&lt;sub&gt;res&lt;/sub&gt; × I&lt;sub&gt;res&lt;/sub&gt; = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>残留リスク = L&lt;sub&gt;res&lt;/sub&gt; × I&lt;sub&gt;res&lt;/sub&gt; = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Level (the first band whose bound is at least the residual risk, here up to %1):</source>
        <translation>リスクレベル（残留リスクが上限値以下となる最初の区分。ここでは上限 %1）:</translation>
    </message>
    <message>
        <source>Response: %1 (decided).</source>
        <translation>リスク対応方針: %1（決定済み）。</translation>
    </message>
    <message>
        <source>Suggested response: %1, as the residual risk is within the risk appetite (%2).</source>
        <translation>推奨するリスク対応方針: %1（残留リスクがリスク受容基準 %2 以下のため）。</translation>
    </message>
    <message>
        <source>Suggested response: %1, as the residual risk is above the risk appetite (%2).</source>
        <translation>推奨するリスク対応方針: %1（残留リスクがリスク受容基準 %2 を超えるため）。</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation>情報資産 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>The threat %1 no longer exists.</source>
        <translation>脅威 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 is not exposed to %2: an exposure entry excludes the pair.</source>
        <translation>%1 は %2 の対象ではありません。脅威の割当てでこの組合せが除外されています。</translation>
    </message>
    <message>
        <source>%1 is not exposed to %2: the threat does not apply to this asset's type and tier, and no exposure entry names the pair.</source>
        <translation>%1 は %2 の対象ではありません。脅威がこの資産の種別と三層区分に該当せず、脅威の割当てでも指定されていません。</translation>
    </message>
    <message>
        <source>No risk to explain</source>
        <translation>説明するリスクがありません</translation>
    </message>
    <message>
        <source>There is no score for this pair, so nothing to explain.</source>
        <translation>この組合せにはスコアがないため、説明はありません。</translation>
    </message>
    <message>
        <source>Working out the explanation…</source>
        <translation>根拠を計算しています…</translation>
    </message>
    <message>
        <source>Select a risk to see why it has its score.</source>
        <translation>リスクを選択すると、そのスコアの根拠が表示されます。</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>%1の対応状況: %2</translation>
    </message>
    <message>
        <source>The control's own status: %1 (the asset has no owning unit)</source>
        <translation>対策全体の対応状況: %1（情報資産に所管組織がありません）</translation>
    </message>
    <message>
        <source>The control's own status: %1 (%2 has no status of its own)</source>
        <translation>対策全体の対応状況: %1（%2には個別の対応状況がありません）</translation>
    </message>
    <message>
        <source>%1 (see above)</source>
        <translation>%1（前掲）</translation>
    </message>
</context>
<context>
    <name>mamori::FileReplace</name>
    <message>
        <source>the file is probably open in another program (Excel, Acrobat, another Mamori, a sync client such as OneDrive, or antivirus software). Close it there and try again, or save under another name. (Details: %1)</source>
        <translation>ファイルが他のプログラム（Excel、Acrobat、別のMamori、OneDriveなどの同期ソフト、ウイルス対策ソフト）で開かれている可能性があります。そちらで閉じてからやり直すか、別の名前で保存してください。（詳細: %1）</translation>
    </message>
    <message>
        <source>the file cannot be replaced; it may be read-only, or the folder may not allow changes. Save under another name or in another folder. (Details: %1)</source>
        <translation>ファイルを置き換えられません。読み取り専用か、フォルダーに変更の権限がない可能性があります。別の名前か別のフォルダーに保存してください。（詳細: %1）</translation>
    </message>
</context>
<context>
    <name>mamori::FilterStatus</name>
    <message>
        <source>Also filtered by: %1.</source>
        <translation>ほかの絞り込み条件: %1。</translation>
    </message>
    <message>
        <source>Clear filter (Esc)</source>
        <translation>絞り込みを解除（Esc）</translation>
    </message>
    <message>
        <source>0 of %1 shown — hidden by: %2.</source>
        <translation>%1 件中 0 件を表示 — 次の条件で非表示: %2。</translation>
    </message>
    <message>
        <source>0 of %1 shown — the filter “%2” hides the rest.</source>
        <translation>%1 件中 0 件を表示 — 絞り込み「%2」で残りは非表示です。</translation>
    </message>
</context>
<context>
    <name>mamori::FindingsPage</name>
    <message>
        <source>No breach of the three-tier separation: every path between tiers passes a gateway.</source>
        <translation>三層分離の指摘事項はありません。三層区分の間のすべての経路が無害化・分離装置を経由しています。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Exception %1 expired on %2</source>
        <translation>例外措置 %1（%2 に有効期限切れ）</translation>
    </message>
    <message>
        <source>Approved exception %1, no expiry</source>
        <translation>承認済みの例外措置 %1（有効期限なし）</translation>
    </message>
    <message>
        <source>Approved exception %1 until %2</source>
        <translation>承認済みの例外措置 %1（%2 まで）</translation>
    </message>
    <message numerus="yes">
        <source>%n breaches of the three-tier separation (§7(3)): tiers that reach each other over network connections without passing a gateway, or systems that run on a host of another tier. Double-click one to see its path in the dependency graph.</source>
        <translation>
            <numerusform>三層分離（基本方針７(3)）の違反%n件：無害化・分離装置を経由せずにネットワーク接続で相互に到達できる三層区分、又は別の三層区分のホスト上で稼働するシステムです。ダブルクリックすると、依存関係図でその経路を表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Record as audit finding…</source>
        <translation>監査指摘事項として記録…</translation>
    </message>
    <message>
        <source>Accept as exception…</source>
        <translation>例外措置として承認…</translation>
    </message>
    <message>
        <source>Revoke exception</source>
        <translation>例外措置の取消し</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions on record: %n</source>
        <translation>
            <numerusform>記録済みの例外措置: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（期限切れ）</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>先に指摘事項を選んでください。</translation>
    </message>
    <message>
        <source>Recorded as audit finding %1.</source>
        <translation>監査指摘事項 %1 として記録しました。</translation>
    </message>
    <message>
        <source>Record as audit finding</source>
        <translation>監査指摘事項として記録</translation>
    </message>
    <message>
        <source>ID of the audit finding:</source>
        <translation>監査指摘事項の ID:</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
</context>
<context>
    <name>mamori::FormFields</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>mamori::GraphLegend</name>
    <message>
        <source>Tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Gateway (separation point)</source>
        <translation>無害化・分離装置（分離点）</translation>
    </message>
    <message>
        <source>Dependencies (dependent → what it depends on)</source>
        <translation>依存関係（依存元 → 依存先）</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>強調表示</translation>
    </message>
    <message>
        <source>Blast radius (what depends on the asset)</source>
        <translation>影響波及範囲（その情報資産に依存するもの）</translation>
    </message>
    <message>
        <source>Tier-separation finding path</source>
        <translation>三層分離の指摘事項の経路</translation>
    </message>
</context>
<context>
    <name>mamori::HeatMapWidget</name>
    <message numerus="yes">
        <source>Residual risk (%Ln risks)</source>
        <translation>
            <numerusform>残留リスク（%Ln件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inherent risk (%Ln risks)</source>
        <translation>
            <numerusform>固有リスク（%Ln件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1, impact %2: %Ln risks (level %3)</source>
        <translation>
            <numerusform>発生可能性 %1・影響度 %2：%Ln件（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>a count in thousands, in a small heat map cell</comment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>mamori::InputFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1MB</translation>
    </message>
    <message>
        <source>the file is a symbolic link that loops</source>
        <translation>ファイルは循環するシンボリックリンクです</translation>
    </message>
    <message>
        <source>the file is a symbolic link to a file that does not exist</source>
        <translation>ファイルは存在しないファイルへのシンボリックリンクです</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>これはファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket); Mamori reads only files</source>
        <translation>これは通常のファイルではありません（パイプ、デバイス又はソケット）。Mamoriはファイルのみを読み込みます</translation>
    </message>
    <message>
        <source>the file is larger than %1; Mamori reads files of this kind up to that size</source>
        <translation>ファイルが%1を超えています。この種類のファイルはその大きさまでしか読み込みません</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionActions</name>
    <message>
        <source>Write a department's checklist</source>
        <translation>部署の点検票の書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Checklist written to %1</source>
        <translation>点検票を %1 に書き出しました</translation>
    </message>
    <message>
        <source>Apply a returned checklist</source>
        <translation>回収した点検票の反映</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>スプレッドシート (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The project has no org units: add them in an asset's owner first.</source>
        <translation>プロジェクトに組織がありません。先に情報資産の所管課で組織を追加してください。</translation>
    </message>
    <message>
        <source>&amp;Org unit:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>組織「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 owns no asset in the scope of a control: there is nothing to inspect.</source>
        <translation>%1 が所管する情報資産は、どの対策の適用範囲にも含まれません。点検する項目はありません。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Write a department's &amp;checklist…</source>
        <translation>部署の点検票を書き出し(&amp;C)…</translation>
    </message>
    <message>
        <source>Apply a &amp;returned checklist…</source>
        <translation>回収した点検票を反映(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionPreviewDialog</name>
    <message>
        <source>Apply a returned checklist</source>
        <translation>回収した点検票の反映</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>回答:</translation>
    </message>
    <message>
        <source>Total residual risk:</source>
        <translation>残留リスク合計:</translation>
    </message>
    <message>
        <source>Risks above the appetite:</source>
        <translation>リスク受容基準超過のリスク:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>反映前の対応状況</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>反映後の対応状況</translation>
    </message>
    <message>
        <source>The checklist cannot be applied until these are corrected:</source>
        <translation>次の点を修正するまで、点検票を反映できません:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>反映(&amp;A)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>回答済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>未回答 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied the self-inspection of %1, fiscal year %2: %n status changes</source>
        <translation>
            <numerusform>%1 の自己点検（%2年度）を反映しました: 対応状況の変更 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::InspectionSheet</name>
    <message>
        <source>row %1, column %2</source>
        <translation>%1 行目、列 %2</translation>
    </message>
    <message>
        <source>"%1" is no org unit of the project</source>
        <translation>「%1」はこのプロジェクトの組織ではありません</translation>
    </message>
    <message>
        <source>the sheet names no unit above its header (%1 and the unit's id); give --unit</source>
        <translation>見出し行より上に組織の記載（「%1」と組織の ID）がありません。--unit を指定してください</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>組織「%1」はありません</translation>
    </message>
    <message>
        <source>the sheet is the checklist of %1, not of %2</source>
        <translation>このシートは%2ではなく%1の点検票です</translation>
    </message>
    <message>
        <source>"%1" is not a fiscal year</source>
        <translation>「%1」は年度ではありません</translation>
    </message>
    <message>
        <source>the sheet is for fiscal year %1, not %2</source>
        <translation>このシートは%2年度ではなく%1年度の点検票です</translation>
    </message>
    <message>
        <source>"%1" is no control of the project</source>
        <translation>「%1」はこのプロジェクトの対策ではありません</translation>
    </message>
    <message>
        <source>the row names no control</source>
        <translation>この行には対策の指定がありません</translation>
    </message>
    <message>
        <source>"%1" is no check item of the project's controls</source>
        <translation>「%1」はこのプロジェクトの対策の点検項目ではありません</translation>
    </message>
    <message>
        <source>"%1" is not a check item of %2</source>
        <translation>「%1」は%2の点検項目ではありません</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>%1 is answered on row %2 already</source>
        <translation>%1は既に%2行目で回答されています</translation>
    </message>
    <message>
        <source>there is no sheet "%1"</source>
        <translation>シート「%1」はありません</translation>
    </message>
    <message>
        <source>no checklist header (回答 with 対策ID or 点検項目ID) in the first %1 rows</source>
        <translation>点検票の見出し行がありません: 先頭%1行に「回答」と「対策ID」または「点検項目ID」の列がありません</translation>
    </message>
    <message>
        <source>the fiscal year must be between 1989 and 2100 (got %1)</source>
        <translation>年度は1989から2100までの値にしてください（指定値: %1）</translation>
    </message>
    <message numerus="yes">
        <source>no check item is answered (%n left empty)</source>
        <translation>
            <numerusform>回答された点検項目がありません（未回答%n件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::InspectionText</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>(the control's)</source>
        <translation>（対策全体）</translation>
    </message>
    <message>
        <source>(the control's: %1)</source>
        <translation>（対策全体: %1）</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionsPage</name>
    <message>
        <source>Org unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>点検票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Controls at none</source>
        <translation>未実施の対策</translation>
    </message>
    <message>
        <source>Controls at partial</source>
        <translation>一部実施の対策</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回収済み</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未回収</translation>
    </message>
    <message>
        <source>Share of yes among the answers that apply (N/A left out)</source>
        <translation>該当する回答のうち「はい」の割合（「該当なし」を除く）</translation>
    </message>
    <message numerus="yes">
        <source>Self-inspection of %1: %2 of %n units returned their checklist</source>
        <translation>
            <numerusform>%1の自己点検: 点検票の回収 %2 / %n 組織</numerusform>
        </translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>The control's own status: the unit has no entry of its own</source>
        <translation>対策全体の対応状況です（この組織には個別の対応状況がありません）</translation>
    </message>
    <message>
        <source>Answers of %1, %2</source>
        <translation>%1の回答（%2）</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠・証跡</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>mamori::ItemEditorDialog</name>
    <message>
        <source>The change was not applied: %1</source>
        <translation>変更は適用されませんでした: %1</translation>
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
    <message>
        <source>expected an object of org unit id → status (%1)</source>
        <translation>組織 ID → 対応状況（%1）のオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>the escape %1 is half of a surrogate pair without its other half: it is no character</source>
        <translation>エスケープ %1 はサロゲートペアの片方だけで、文字を表しません</translation>
    </message>
    <message>
        <source>expected an object of dependency group → number of targets needed</source>
        <translation>依存関係グループ → 稼働が必要な数 のオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>is missing; expected the events per year</source>
        <translation>がありません。年間の発生回数を指定してください</translation>
    </message>
    <message>
        <source>is missing; expected [P5, P95], the hours one event lasts</source>
        <translation>がありません。1回の停止が続く時間 [P5, P95]（時間）を指定してください</translation>
    </message>
    <message>
        <source>expected a pair [P5, P95] of hours</source>
        <translation>時間の組 [P5, P95] を指定してください</translation>
    </message>
    <message>
        <source>must not be empty; leave it out for a dependency needed on its own</source>
        <translation>空にはできません。単独で必要な依存関係では省略してください</translation>
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
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>脅威の割当て</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>リスク台帳</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>依存関係図</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>選択項目を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>編集履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Assets %1 · Risks %2 · Above appetite %3 · Residual total %4 · Findings %5</source>
        <translation>情報資産 %1 · リスク %2 · リスク受容基準超過 %3 · 残留リスク合計 %4 · 指摘事項 %5</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>値を受け付けられません</translation>
    </message>
    <message>
        <source>“%1” is open in another Mamori (%2). Save under another name, or close it there first.</source>
        <translation>「%1」は別の Mamori で開かれています（%2）。別の名前で保存するか、先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>プロジェクトは既に開かれています</translation>
    </message>
    <message>
        <source>“%1” is open in another Mamori (%2).</source>
        <translation>「%1」は別の Mamori で開かれています（%2）。</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>コピーを開く</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか？</translation>
    </message>
    <message>
        <source>Mamori did not close normally. Unsaved changes to “%1” from %2 can be restored.</source>
        <translation>Mamori は正常に終了しませんでした。「%1」の未保存の変更（%2 時点）を復元できます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Dependent asset:</source>
        <translation>依存元の情報資産:</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>情報資産:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>依存先の情報資産:</translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation>脅威:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s): %1?</source>
        <translation>
            <numerusform>%n 件の項目（%1）を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependent entries (dependencies, exposures, responses, references) go with them.</source>
        <translation>
            <numerusform>関連する %n 件の項目（依存関係、脅威の割当て、リスク対応方針、参照）も併せて削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>詳細を編集(&amp;D)...</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>&amp;Propose controls for the risk…</source>
        <translation>リスクへの対策を提案(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a risk in the risk register or the response policy first.</source>
        <translation>先にリスク台帳またはリスク対応方針でリスクを選んでください。</translation>
    </message>
    <message>
        <source>D&amp;ecide the response…</source>
        <translation>対応を決定(&amp;E)…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>%1[*] — scenario “%2” — %3</source>
        <translation>%1[*] — シナリオ「%2」 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>ID of the new asset:</source>
        <translation>新しい情報資産の ID:</translation>
    </message>
    <message>
        <source>ID of the new threat:</source>
        <translation>新しい脅威の ID:</translation>
    </message>
    <message>
        <source>ID of the new control:</source>
        <translation>新しい対策の ID:</translation>
    </message>
    <message>
        <source>ID of the new plan action:</source>
        <translation>新しい対応項目の ID:</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>監査指摘事項</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>Compare with another project &amp;file…</source>
        <translation>他のプロジェクトファイルと比較(&amp;F)…</translation>
    </message>
    <message>
        <source>Compare with another project file</source>
        <translation>他のプロジェクトファイルと比較</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>「%1」を読み込んでいます…</translation>
    </message>
    <message>
        <source>ID of the new audit finding:</source>
        <translation>新しい監査指摘事項の ID:</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>継続性</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery; save the project. %1</source>
        <translation>未保存の変更を復旧用に保持できませんでした。プロジェクトを保存してください。%1</translation>
    </message>
    <message>
        <source>Two people saving the same project would overwrite each other's work. You can open a copy and save it under another name. If that Mamori is no longer running (it crashed, or its computer or virtual desktop is gone), you can take the project over.</source>
        <translation>同じプロジェクトを二人が保存すると、互いの作業を上書きしてしまいます。コピーを開いて別の名前で保存できます。そのMamoriがもう動いていない（異常終了した、またはそのPCや仮想デスクトップがもうない）場合は、プロジェクトを引き継ぐことができます。</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>引き継ぐ</translation>
    </message>
    <message>
        <source>“%1” is still in use by Mamori on this computer (%2); close it there first.</source>
        <translation>「%1」はこのコンピューターのMamoriでまだ使用中です（%2）。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>Assets %1 · assessing the risks…</source>
        <translation>情報資産 %1 · リスクを評価中…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>「%1」を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>Assessing the risks of %Ln asset(s)…</source>
        <translation><numerusform>情報資産%Ln件のリスクを評価中…</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ModelFile</name>
    <message numerus="yes">
        <source>“%1” was not saved: fix %n problem(s) in the model first:</source>
        <translation>
            <numerusform>「%1」は保存されていません。先にモデルの次の問題 %n 件を修正してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not saved: Mamori cannot write there. Save to another folder, or ask for permission to write there. (Details: %2)</source>
        <translation>「%1」は保存されていません: その場所には書き込めません。別のフォルダーに保存するか、書き込み権限を依頼してください。（詳細: %2）</translation>
    </message>
    <message>
        <source>“%1” was not saved: writing failed; the disk may be full. Free some space or save to another drive. (Details: %2)</source>
        <translation>「%1」は保存されていません: 書き込みに失敗しました。ディスクがいっぱいの可能性があります。空き容量を確保するか、別のドライブに保存してください。（詳細: %2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…ほか %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not saved: it is open in %2. Close it there first, or save under another name.</source>
        <translation>「%1」は保存されていません。%2 で開かれています。先にそちらで閉じるか、別の名前で保存してください。</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>「%1」は保存されていません: %2</translation>
    </message>
</context>
<context>
    <name>mamori::NumberField</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: 「%2」は数値ではありません。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1には%2から%3までの値を入力してください。</translation>
    </message>
</context>
<context>
    <name>mamori::OptimizerDialog</name>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>Optimize the plan for a budget</source>
        <translation>予算内での対応計画の最適化</translation>
    </message>
    <message>
        <source>&amp;Budget for initial cost:</source>
        <translation>初期費用の予算(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Limit the annual cost to:</source>
        <translation>年間費用の上限(&amp;L):</translation>
    </message>
    <message>
        <source>Candidates are the actions not done yet. Up to %1 candidates the result is the proven optimum; beyond, a greedy choice by reduction per yen improved by swaps, compared with the floor of doing every action.</source>
        <translation>候補は未完了の対応項目です。候補が%1件までは証明された最適解を求めます。それを超える場合は、1円当たりの低減量による貪欲法と入替えによる改善で求め、すべての対応項目を実施した場合の下限と比較します。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
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
        <source>Residual reduced</source>
        <translation>残留リスク低減量</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>探索中…</translation>
    </message>
    <message numerus="yes">
        <source>Residual %1 → %2 with %n chosen actions (initial %3 yen, annual %4 yen). Doing every action would reach %5.</source>
        <translation>
            <numerusform>残留リスク合計 %1 → %2（選定 %n 件、初期費用 %3 円、年間費用 %4 円）。すべての対応項目を実施した場合は %5 です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the proven optimum (%n sets assessed).</source>
        <translation>
            <numerusform>証明された最適解です（%n 通りの組合せを評価）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the best set found so far, not proven.</source>
        <translation>中止しました。それまでに見つかった最良の組合せで、最適性は証明されていません。</translation>
    </message>
    <message>
        <source>Heuristic result: too many candidates to try every set.</source>
        <translation>近似解です（候補が多く、すべての組合せは評価していません）。</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>見送り：%1</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation>計画に反映(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the controls the chosen actions introduce as planned, where they are not yet</source>
        <translation>選ばれた対応項目が導入する対策のうち、まだ計画されていないものを計画済みにします</translation>
    </message>
    <message>
        <source>&amp;Make a scenario</source>
        <translation>シナリオを作成(&amp;M)</translation>
    </message>
    <message>
        <source>A new scenario in which the chosen actions are carried out, to compare with the baseline</source>
        <translation>選ばれた対応項目を実施した新しいシナリオを作成し、ベースラインと比較できるようにします</translation>
    </message>
    <message numerus="yes">
        <source>The controls of the %n chosen action(s) are planned or further along already; nothing was changed.</source>
        <translation>
            <numerusform>選ばれた対応項目 %n 件の対策はすでに計画済み以降の状態のため、変更はありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) of the chosen actions marked planned (%1).</source>
        <translation>
            <numerusform>選ばれた対応項目の対策 %n 件を計画済みにしました（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1” carries out the %n chosen action(s); compare it with the baseline on the Compare page.</source>
        <translation>
            <numerusform>シナリオ「%1」で選ばれた対応項目 %n 件を実施します。比較ページでベースラインと比較できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>反映できません: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Plan</name>
    <message>
        <source>does not fit the initial budget left</source>
        <translation>残りの初期費用予算に収まらない</translation>
    </message>
    <message>
        <source>does not fit the annual budget left</source>
        <translation>残りの年間費用予算に収まらない</translation>
    </message>
    <message>
        <source>reduces nothing more once the chosen actions are done</source>
        <translation>選定した対応項目の実施後はこれ以上低減しない</translation>
    </message>
    <message>
        <source>fits, but the search found a better use of the budget</source>
        <translation>予算には収まるが、より効果的な予算の使い方がある</translation>
    </message>
</context>
<context>
    <name>mamori::PlanActionEditorDialog</name>
    <message>
        <source>Plan action %1</source>
        <translation>対応項目 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Title (&amp;Japanese):</source>
        <translation>対応項目名（日本語）(&amp;J):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>対応項目名（英語）(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>対応責任者(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>担当者(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>開始日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状況(&amp;U):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>進捗率(&amp;P):</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Initial cost:</source>
        <translation>初期費用(&amp;I):</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>A&amp;nnual cost:</source>
        <translation>年間費用(&amp;N):</translation>
    </message>
    <message>
        <source>The controls this action introduces: completing the action makes each of them implemented, which is what the projection and the optimizer count.</source>
        <translation>この対応項目が導入する対策です。対応項目を完了すると各対策が実施済みになり、計画の見通しと最適化はこれを基に計算します。</translation>
    </message>
    <message>
        <source>The risks this action is meant to lower, for the plan and the report.</source>
        <translation>この対応項目で低減するリスクです（計画と報告書に記載します）。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Controls (%1)</source>
        <translation>対策（%1）</translation>
    </message>
    <message>
        <source>Target risks (%1)</source>
        <translation>対象リスク（%1）</translation>
    </message>
    <message>
        <source>Enter a title in Japanese or English.</source>
        <translation>対応項目名を日本語または英語で入力してください。</translation>
    </message>
    <message>
        <source>The due date %1 is before the start %2.</source>
        <translation>期限 %1 が開始日 %2 より前です。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗率</translation>
    </message>
    <message>
        <source>Progress: enter a whole percentage from 0 to 100.</source>
        <translation>進捗率: 0 から 100 までの整数を入力してください。</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>初期費用</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>年間費用</translation>
    </message>
</context>
<context>
    <name>mamori::PlanPage</name>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Optimize for a budget…</source>
        <translation>予算で最適化(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the actions that reduce the residual risk the most within a budget</source>
        <translation>予算内で残留リスクを最も低減する対応項目を選びます</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>工程表</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>残留リスクの推移</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Residual after</source>
        <translation>実施後の残留リスク</translation>
    </message>
    <message>
        <source>Above appetite</source>
        <translation>受容基準超過</translation>
    </message>
    <message>
        <source>Reduction alone</source>
        <translation>単独での低減量</translation>
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
        <source>Yen per point</source>
        <translation>低減1点当たりの費用（円）</translation>
    </message>
    <message>
        <source>Projected residual risk over the fiscal year</source>
        <translation>年度内の残留リスクの推移（見込み）</translation>
    </message>
    <message numerus="yes">
        <source>Residual %1 → %2 after the plan; above appetite %3 → %4; %n actions to do, initial %5 yen, annual %6 yen</source>
        <translation>
            <numerusform>計画実施後の残留リスク合計 %1 → %2、受容基準超過 %3 → %4 件、未完了の対応項目 %n 件、初期費用 %5 円、年間費用 %6 円</numerusform>
        </translation>
    </message>
    <message>
        <source>Total residual</source>
        <translation>残留リスク合計</translation>
    </message>
    <message>
        <source>Risks above appetite</source>
        <translation>受容基準超過のリスク</translation>
    </message>
    <message>
        <source>Annual loss from outages (yen)</source>
        <translation>停止による年間損失（円）</translation>
    </message>
    <message numerus="yes">
        <source>Annual loss from outages: the expected loss from the continuity simulation with the actions up to that row completed, %Ln simulated years each with the same random numbers.</source>
        <translation>
            <numerusform>停止による年間損失：その行までの対応項目を完了したときの、継続性シミュレーションによる年間予想損失額です（各%Ln年、同じ乱数）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::PlanTimeline</name>
    <message>
        <source>FY%1 (Reiwa %2)</source>
        <translation>令和%2年度（%1年度）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
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
        <translation>
            <numerusform>…ほか %n 件のエラー</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1（シナリオ %2）</translation>
    </message>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation>シナリオ「%1」はありません。</translation>
    </message>
    <message>
        <source>Adopt scenario %1</source>
        <translation>シナリオ %1 の採用</translation>
    </message>
    <message>
        <source>IDs are renamed in the baseline, not in a scenario. Show the baseline and rename the item there: every scenario follows the new ID.</source>
        <translation>ID の変更はシナリオではなくベースラインで行います。ベースラインを表示して変更してください。すべてのシナリオが新しい ID に追従します。</translation>
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
        <source>there is not enough free space on the disk. Free some space, or save to another drive.</source>
        <translation>ディスクの空き容量が足りません。空き容量を確保するか、別のドライブに保存してください。</translation>
    </message>
    <message>
        <source>the file is in use by another program. Close it there and save again.</source>
        <translation>ファイルがほかのプログラムで使用中です。そのプログラムで閉じてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>what is in its place is not a Mamori project, or it is damaged. Save under another name (File &gt; Save As).</source>
        <translation>その場所にあるファイルは Mamori のプロジェクトではないか、壊れています。別の名前で保存してください（ファイル &gt; 名前を付けて保存）。</translation>
    </message>
    <message>
        <source>the drive reported an error while writing (a network drive may have been disconnected). Save again, or save to another drive.</source>
        <translation>書き込み中にドライブでエラーが発生しました（ネットワークドライブが切断された可能性があります）。もう一度保存するか、別のドライブに保存してください。</translation>
    </message>
    <message>
        <source>the model holds a reference the project file cannot store. Undo the last change and save again, and report this problem.</source>
        <translation>プロジェクトファイルに保存できない参照がモデルにあります。直前の変更を元に戻してから保存し直し、この問題を報告してください。</translation>
    </message>
    <message>
        <source>Mamori cannot write in the folder “%1”. Save to another folder (File &gt; Save As), or ask for permission to write there.</source>
        <translation>フォルダー「%1」に書き込めません。別のフォルダーに保存するか（ファイル &gt; 名前を付けて保存）、書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (a network drive may have been disconnected). Save to another folder (File &gt; Save As).</source>
        <translation>フォルダー「%1」がありません（ネットワークドライブが切断された可能性があります）。別のフォルダーに保存してください（ファイル &gt; 名前を付けて保存）。</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>「%1」は保存されていません: %2</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（詳細: %1）</translation>
    </message>
    <message>
        <source>“%1” was not saved: a copy of the older file could not be kept as “%2”. Save to a folder you can write to (File &gt; Save As).</source>
        <translation>「%1」は保存されていません: 旧バージョンのファイルの控えを「%2」として残せませんでした。書き込めるフォルダーに保存してください（ファイル &gt; 名前を付けて保存）。</translation>
    </message>
    <message>
        <source>inspection "%1" does not exist</source>
        <translation>点検「%1」は存在しません</translation>
    </message>
    <message>
        <source>exception "%1" does not exist</source>
        <translation>例外措置「%1」は存在しません</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>JSONオブジェクトではありません</translation>
    </message>
    <message>
        <source>the attribute "%1" is not text</source>
        <translation>属性「%1」が文字列ではありません</translation>
    </message>
    <message>
        <source>is 0, but the asset has a recovery target or a loss per hour</source>
        <translation>が0ですが、この資産には目標復旧時間または1時間あたりの損失があります</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>情報資産「%1」は存在しません</translation>
    </message>
    <message>
        <source>is empty; an outage needs its rate and both durations, or none of them</source>
        <translation>が空です。停止には発生率と二つの継続時間をすべて指定するか、いずれも指定しないでください</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to read the project file</source>
        <translation>プロジェクトファイルを読むための一時コピーを作成できません</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more object(s) that are not Mamori's own</source>
        <translation>
            <numerusform>…ほか、Mamoriのものではないオブジェクトが%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>it defines a view “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>ビュー「%1」が定義されています。プロジェクトファイルはテーブルだけを持ちます。Mamoriはコードを実行しうるファイルを開きません</translation>
    </message>
    <message>
        <source>it defines a trigger “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>トリガー「%1」が定義されています。プロジェクトファイルはテーブルだけを持ちます。Mamoriはコードを実行しうるファイルを開きません</translation>
    </message>
    <message>
        <source>it defines a virtual table “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>仮想テーブル「%1」が定義されています。プロジェクトファイルはテーブルだけを持ちます。Mamoriはコードを実行しうるファイルを開きません</translation>
    </message>
    <message>
        <source>it holds the index “%1”, which Mamori does not write</source>
        <translation>Mamoriが書き込まないインデックス「%1」があります</translation>
    </message>
    <message>
        <source>it holds the table “%1”, which Mamori does not write</source>
        <translation>Mamoriが書き込まないテーブル「%1」があります</translation>
    </message>
    <message>
        <source>its index “%1” is not defined as Mamori defines it</source>
        <translation>インデックス「%1」の定義がMamoriの定義と異なります</translation>
    </message>
    <message>
        <source>its table “%1” is not defined as Mamori defines it</source>
        <translation>テーブル「%1」の定義がMamoriの定義と異なります</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>インデックス「%1」がありません</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>テーブル「%1」がありません</translation>
    </message>
    <message numerus="yes">
        <source>binary data (%n byte(s))</source>
        <translation>
            <numerusform>バイナリデータ（%nバイト）</numerusform>
        </translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>正しいUTF-8の文字列ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 は有限の数値ではありません</translation>
    </message>
    <message>
        <source>is empty; a number is required</source>
        <translation>が空です。数値が必要です</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>is empty; a whole number is required</source>
        <translation>が空です。整数が必要です</translation>
    </message>
    <message>
        <source>%1 is not 0 or 1</source>
        <translation>%1 は0または1ではありません</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectLock</name>
    <message>
        <source>%1 on %2, process %3, since %4</source>
        <translation>%2 の %1（プロセス %3、%4 から）</translation>
    </message>
    <message>
        <source>%1 on %2, user %3, process %4, since %5</source>
        <translation>%2 の %1（ユーザー %3、プロセス %4、%5 から）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
</context>
<context>
    <name>mamori::ProposalsDialog</name>
    <message>
        <source>Controls for %1 × %2</source>
        <translation>%1 × %2 に対する対策の提案</translation>
    </message>
    <message>
        <source>No control that is not implemented yet would mitigate this risk.</source>
        <translation>このリスクを低減できる未実施の対策はありません。</translation>
    </message>
    <message>
        <source>Controls that would mitigate this risk (by its threat or category, with the asset in their scope) and are not implemented, best first. Residual of the risk now: %1.</source>
        <translation>このリスクを低減できる未実施の対策です（脅威または脅威区分が一致し、情報資産が適用範囲に含まれるもの）。効果の大きい順に表示します。現在の残留リスク：%1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>対策区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>実施後のリスク</translation>
    </message>
    <message>
        <source>Total reduction</source>
        <translation>残留リスク合計の低減量</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>初期費用（円）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Not in the project (catalogue)</source>
        <translation>プロジェクト未登録（カタログ）</translation>
    </message>
    <message>
        <source>Needs %1 first</source>
        <translation>先に %1 が必要</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>対応計画に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Added to the plan as %1.</source>
        <translation>%1 として対応計画に追加しました。</translation>
    </message>
    <message>
        <source>Choose a control first.</source>
        <translation>先に対策を選んでください。</translation>
    </message>
</context>
<context>
    <name>mamori::RegisterPage</name>
    <message>
        <source>Set %1</source>
        <translation>%1を設定</translation>
    </message>
</context>
<context>
    <name>mamori::RegisterTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::Registers</name>
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
        <source>Gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>Dependent asset</source>
        <translation>依存元の情報資産</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依存先の情報資産</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
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
    <message>
        <source>Class. C</source>
        <translation>格付け C</translation>
    </message>
    <message>
        <source>Class. I</source>
        <translation>格付け I</translation>
    </message>
    <message>
        <source>Class. A</source>
        <translation>格付け A</translation>
    </message>
    <message>
        <source>Impact C</source>
        <translation>影響度 C</translation>
    </message>
    <message>
        <source>Impact I</source>
        <translation>影響度 I</translation>
    </message>
    <message>
        <source>Impact A</source>
        <translation>影響度 A</translation>
    </message>
    <message>
        <source>Effective C</source>
        <translation>実効影響度 C</translation>
    </message>
    <message>
        <source>Effective I</source>
        <translation>実効影響度 I</translation>
    </message>
    <message>
        <source>Effective A</source>
        <translation>実効影響度 A</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>影響波及範囲</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Weight C</source>
        <translation>重み C</translation>
    </message>
    <message>
        <source>Weight I</source>
        <translation>重み I</translation>
    </message>
    <message>
        <source>Weight A</source>
        <translation>重み A</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>前提となる対策</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>実施度</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>効果の強さ</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進捗率（%）</translation>
    </message>
    <message>
        <source>Target risks</source>
        <translation>対象リスク</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>名称は空にできません</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>すべての情報資産</translation>
    </message>
    <message>
        <source>“%1” is not one of C, I, A</source>
        <translation>「%1」は C、I、A のいずれでもありません</translation>
    </message>
    <message>
        <source>“%1” is not ASSET/THREAT</source>
        <translation>「%1」は 情報資産/脅威 の形式ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-12-02, 2026/12/2 or 令和8年12月2日</source>
        <translation>「%1」は日付ではありません。2026-12-02、2026/12/2、令和8年12月2日 のように入力してください</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal year from 1989 to 2100</source>
        <translation>「%1」は1989から2100までの年度ではありません</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>The due date of corrective action %1</source>
        <translation>是正措置 %1 の期限</translation>
    </message>
    <message>
        <source>Status by unit</source>
        <translation>部署別の状況</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Needed of group</source>
        <translation>グループ中の必要数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>give the dependency a group first</source>
        <translation>先に依存関係にグループを付けてください</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 1 to %2</source>
        <translation>「%1」は1から%2までの整数ではありません</translation>
    </message>
</context>
<context>
    <name>mamori::Report</name>
    <message>
        <source>cannot start painting the report</source>
        <translation>報告書の描画を開始できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Method of assessment</source>
        <translation>評価の方法</translation>
    </message>
    <message>
        <source>%1: over %2 up to %3</source>
        <translation>%1：%2超%3以下</translation>
    </message>
    <message>
        <source>Risks are assessed as the ward's cybersecurity basic policy asks (§8), with the terms of JIS Q 27000 and JIS Q 31000. A risk is a pair of an information asset and a threat that can reach it.</source>
        <translation>リスクは、基本方針８に基づき、JIS Q 27000及びJIS Q 31000の用語に従って評価する。リスクとは、情報資産と当該情報資産に及び得る脅威との組合せをいう。</translation>
    </message>
    <message>
        <source>Impact. Each asset has an impact from 1 to 5 for confidentiality, integrity and availability, given directly or derived from its classification under the guideline (for example, confidentiality class 3 is impact 5). An asset that others depend on carries the impact of what depends on it: a server that runs the resident register system is as important as that system (the maximum principle). Where a dependency only partly passes impact on (for example, power affects availability only), a weight between 0 and 1 says how much.</source>
        <translation>影響度：各情報資産は、機密性、完全性及び可用性のそれぞれについて1から5までの影響度を持つ。影響度は、直接定めるか、又はガイドラインに基づく格付けから求める（例：機密性3は影響度5）。他の情報資産が依存する情報資産は、依存する側の影響度を引き継ぐ（最大化原則）。例えば、住民基本台帳システムが稼働するサーバは、当該システムと同等に重要である。依存関係が影響の一部のみを伝える場合（例：電源は可用性のみに影響する。）は、0から1までの重みでその程度を定める。</translation>
    </message>
    <message>
        <source>Inherent risk is likelihood times impact, before any control: from 1 to 25. For a threat that affects several of confidentiality, integrity and availability, the highest of those impacts is taken.</source>
        <translation>固有リスクは、対策を考慮しない発生可能性と影響度の積であり、1から25までの値をとる。機密性、完全性及び可用性のうち複数に影響する脅威については、そのうち最も高い影響度を用いる。</translation>
    </message>
    <message>
        <source>Residual risk takes the controls into account. A control that applies to the asset and the threat reduces likelihood (or impact) by its effectiveness, counted in full when it is implemented, half when partially implemented and not at all when only planned. A control that depends on another is only as ready as that one. Several controls multiply: two controls of 50 % leave a quarter of the part above 1.</source>
        <translation>残留リスクは、対策を考慮したリスクである。当該情報資産及び脅威に適用される対策は、その有効性に応じて発生可能性（又は影響度）を低減する。実施済みの対策は全部を、一部実施の対策は半分を算入し、実施予定の対策は算入しない。他の対策を前提とする対策の実施度は、前提となる対策の実施度を超えない。複数の対策の効果は乗じて算定する（有効性50％の対策2件で、1を超える部分が4分の1となる。）。</translation>
    </message>
    <message>
        <source>Levels: %1. The risk appetite is %2: a residual risk at or below it may be accepted; above it, a response is needed.</source>
        <translation>リスクレベル：%1。リスク受容基準は%2であり、残留リスクがこれ以下のリスクは保有することができ、これを超えるリスクには対応を要する。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Three-tier separation: assets connected by network links are grouped, leaving out sanctioned gateways. A group holding assets of two tiers is a finding: My Number use with Internet-connected is critical, LGWAN-connected with Internet-connected high, My Number use with LGWAN-connected medium.</source>
        <translation>三層分離：無害化・分離装置を除き、ネットワークで接続された情報資産をまとめる。一つのまとまりに二つの区分の情報資産が含まれる場合を指摘事項とし、その重大度は、マイナンバー利用事務系とインターネット接続系は「極めて高い」、LGWAN接続系とインターネット接続系は「高」、マイナンバー利用事務系とLGWAN接続系は「中」とする。</translation>
    </message>
    <message>
        <source>Impact spread (blast radius): the number of other assets that depend on an asset, directly or through others, and so stop or leak if it fails.</source>
        <translation>影響波及範囲：ある情報資産に直接又は他の情報資産を介して依存し、当該情報資産の障害時に停止又は漏えいのおそれがある他の情報資産の数をいう。</translation>
    </message>
    <message>
        <source>Threats and controls used</source>
        <translation>評価に用いた脅威及び対策</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>脅威の分類</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>影響を受ける特性</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Control group</source>
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
        <source>Reduces</source>
        <translation>低減対象</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>実施度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>情報資産台帳</translation>
    </message>
    <message>
        <source>Impact is the effective impact after dependencies (1 to 5); the impact spread is the number of assets that depend on the asset.</source>
        <translation>影響度は依存関係を考慮した実効影響度（1から5まで）であり、影響波及範囲は当該情報資産に依存する情報資産の数である。</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>情報資産</translation>
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
        <source>Impact spread</source>
        <translation>影響波及範囲</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Responsible</source>
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
    <message>
        <source>Initial cost</source>
        <translation>初期費用</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>年間費用</translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation>対応項目は、まだない。</translation>
    </message>
    <message>
        <source>Timeline of fiscal year %1</source>
        <translation>%1年度の工程</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Bars run from start to due date (◆); the dark part of an action in progress is its progress; a red outline marks an action past its due date. Actions outside fiscal year %1 are listed without a bar.</source>
        <translation>棒は開始日から対応期限（◆）までを示す。実施中の対応項目の濃色部分は進捗を、赤枠は対応期限を過ぎた対応項目を示す。%1年度外の対応項目は棒を表示しない。</translation>
    </message>
    <message>
        <source>Projected residual risk</source>
        <translation>残留リスクの推移見込み</translation>
    </message>
    <message>
        <source>The total residual risk as the actions are completed in due order: completing an action puts its controls in place. Actions already done are counted in the starting point.</source>
        <translation>対応項目を対応期限の順に完了した場合の残留リスクの合計の推移である。対応項目の完了により、その対策が実施済みとなる。完了済みの対応項目は起点に含めている。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Total residual risk after each action</source>
        <translation>対応項目完了ごとの残留リスク合計</translation>
    </message>
    <message>
        <source>Total residual risk</source>
        <translation>残留リスク合計</translation>
    </message>
    <message>
        <source>%1 above</source>
        <extracomment>Under each point of the projection chart: risks above the appetite</extracomment>
        <translation>超過%1件</translation>
    </message>
    <message>
        <source>Residual risk after</source>
        <translation>完了後の残留リスク</translation>
    </message>
    <message>
        <source>Risks above the appetite</source>
        <translation>受容基準超過リスク数</translation>
    </message>
    <message>
        <source>Reduction alone</source>
        <translation>単独での低減量</translation>
    </message>
    <message>
        <source>Now (actions done included)</source>
        <translation>現在（完了済みの対応項目を含む）</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>シナリオ比較</translation>
    </message>
    <message>
        <source>Scenario %1 (%2) compared with the current model. A scenario is a set of changes considered (what if); it does not change the model.</source>
        <translation>シナリオ「%1」（%2）と現在のモデルとの比較である。シナリオは検討のための変更（仮定）の集まりであり、モデル自体は変更しない。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Total inherent risk</source>
        <translation>固有リスク合計</translation>
    </message>
    <message>
        <source>Risks above the risk appetite</source>
        <translation>リスク受容基準を超えるリスク</translation>
    </message>
    <message>
        <source>Three-tier separation findings</source>
        <translation>三層分離に関する指摘事項</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Findings that change</source>
        <translation>変動がある指摘事項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>Risks that change</source>
        <translation>変動があるリスク</translation>
    </message>
    <message>
        <source>No risk changes in this scenario.</source>
        <translation>このシナリオで変動があるリスクはない。</translation>
    </message>
    <message>
        <source>Information asset risk assessment report</source>
        <translation>情報資産リスク評価報告書</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page footer: page number and page count</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>付録%1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <extracomment>A response suggested from the risk appetite, not decided yet</extracomment>
        <translation>%1（提案）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Fiscal year %1 (April %1 to March %2)</source>
        <translation>%1年度（%1年4月～%2年3月）</translation>
    </message>
    <message>
        <source>Scenario compared: %1 (%2)</source>
        <translation>比較シナリオ：%1（%2）</translation>
    </message>
    <message>
        <source>Risk response policy and risk response plan</source>
        <translation>リスク対応方針及びリスク対応計画</translation>
    </message>
    <message>
        <source>This report describes the ward's information security measures, which the policy keeps non-public (§11). Handle it according to its mark and do not disclose it to anyone who does not need it.</source>
        <translation>本書は、区のサイバーセキュリティ基本方針１１により非公開とされる本区の情報セキュリティ対策の内容を含む。表示された取扱区分に従って取り扱い、業務上必要のない者に開示しないこと。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>CISO</source>
        <translation>最高情報セキュリティ責任者（CISO）</translation>
    </message>
    <message>
        <source>Deputy CISO</source>
        <translation>統括情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Information security officer</source>
        <translation>情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Prepared with Mamori %1</source>
        <translation>Mamori %1により作成</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>評価結果の概要</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation>評価したリスク</translation>
    </message>
    <message>
        <source>Reduction by controls</source>
        <translation>対策による低減率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1％</translation>
    </message>
    <message>
        <source>Risk appetite</source>
        <translation>リスク受容基準</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>残留リスクのレベル</translation>
    </message>
    <message>
        <source>Number of risks</source>
        <translation>リスク数</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>リスクマップ</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Residual risk by threat category and by tier</source>
        <translation>脅威の分類別及び三層区分別のリスク</translation>
    </message>
    <message>
        <source>Total risk by threat category</source>
        <translation>脅威の分類別リスク合計</translation>
    </message>
    <message>
        <source>Total risk by tier</source>
        <translation>三層区分別リスク合計</translation>
    </message>
    <message>
        <source>Highest residual risks</source>
        <translation>残留リスクの上位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Path (impact spread route)</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>No finding: every connection between tiers passes a gateway.</source>
        <translation>指摘事項なし：区分間の接続は、全て無害化・分離装置を経由している。</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>リスク台帳</translation>
    </message>
    <message>
        <source>Every risk, highest residual risk first. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%1) and has not been decided.</source>
        <translation>全てのリスクを残留リスクの高い順に示す。発生可能性及び影響度は1から5まで、リスクはその積（1から25まで）である。残留の値は、現在の対策の状況を反映している。「提案」と付したリスク対応方針は、リスク受容基準（%1）から導いたものであり、未決定である。</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>情報資産ID</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>脅威ID</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>残留発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>残留影響度</translation>
    </message>
    <message>
        <source>Risk response policy</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>For every risk the ward decides one response (§8): accept (保有) a risk within the appetite, mitigate (低減) it with controls, transfer (移転) it, for example to insurance or a contractor, or avoid (回避) it by stopping the activity. Where no response has been decided, a risk at or below the risk appetite (%1) is suggested for acceptance and one above it for mitigation.</source>
        <translation>区は、リスクごとにリスク対応方針を一つ決定する（基本方針８）。すなわち、受容基準内のリスクの保有、対策による低減、保険、委託先等への移転又は業務の中止等による回避のいずれかである。リスク対応方針が未決定のリスクについては、残留リスクがリスク受容基準（%1）以下のものを保有、超えるものを低減として提案する。</translation>
    </message>
    <message>
        <source>Responses by kind</source>
        <translation>リスク対応方針別の件数</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Of which above the appetite</source>
        <translation>うち受容基準超過</translation>
    </message>
    <message>
        <source>Decided responses and their rationale</source>
        <translation>決定したリスク対応方針及びその理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by, on</source>
        <translation>決定者・決定日</translation>
    </message>
    <message>
        <source>No response has been decided yet.</source>
        <translation>決定したリスク対応方針はまだない。</translation>
    </message>
    <message>
        <source>The policy separates the My Number use, LGWAN-connected and Internet-connected tiers (§7(3)). A finding is a group of assets connected to each other without passing a sanctioned gateway (無害化・分離装置) that holds assets of two tiers. The path shows how the first asset reaches the second. A system that runs on a host of another tier is a finding too: the two tiers share the host's hypervisor or operating system.</source>
        <translation>基本方針７(3)は、マイナンバー利用事務系、LGWAN接続系及びインターネット接続系を分離することとしている。無害化・分離装置を経由せずに相互に接続された情報資産のまとまりに、二つの区分の情報資産が含まれる場合を指摘事項とする。経路は、一方の情報資産から他方に至る接続を示す。他の区分のホスト上で稼働するシステムも指摘事項とする。二つの区分が、ホストのハイパーバイザ又はオペレーティングシステムを共有するためである。</translation>
    </message>
    <message>
        <source>Comparison with the previous year</source>
        <translation>前年度との比較</translation>
    </message>
    <message>
        <source>This year's model compared with the previous year's file %1: the baseline of each, assessed with the same method. A change is this year's value minus the previous year's; a decrease is marked with %2.</source>
        <translation>本年度のモデルを前年度のファイル（%1）と比較したものである。いずれもベースラインを同じ方法で評価している。増減は本年度の値から前年度の値を引いたものであり、減少には%2を付している。</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>前年度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Risks by residual level</source>
        <translation>残留リスクのレベル別リスク数</translation>
    </message>
    <message>
        <source>Risks that moved most</source>
        <translation>増減の大きいリスク</translation>
    </message>
    <message numerus="yes">
        <source>The %n risk(s) of both years whose residual risk changed most, up or down.</source>
        <translation>
            <numerusform>両年度に共通するリスクのうち、残留リスクの増減が大きい%n件である。</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk of both years changed.</source>
        <translation>両年度に共通するリスクに変化はない。</translation>
    </message>
    <message>
        <source>Risks added and removed</source>
        <translation>追加又は削除されたリスク</translation>
    </message>
    <message>
        <source>Risks new this year: %1. Risks of the previous year no longer assessed: %2. The highest of each by residual risk:</source>
        <translation>本年度に新たに評価したリスクは%1件、前年度に評価し本年度は評価していないリスクは%2件である。それぞれ残留リスクの高いものは、次のとおりである。</translation>
    </message>
    <message>
        <source>New this year</source>
        <translation>本年度に追加</translation>
    </message>
    <message>
        <source>No longer assessed</source>
        <translation>本年度は評価対象外</translation>
    </message>
    <message>
        <source>The same risks were assessed in both years.</source>
        <translation>両年度で同じリスクを評価している。</translation>
    </message>
    <message>
        <source>Three-tier separation findings added and removed</source>
        <translation>追加又は解消された三層分離に関する指摘事項</translation>
    </message>
    <message>
        <source>Resolved since the previous year</source>
        <translation>前年度から解消</translation>
    </message>
    <message>
        <source>No three-tier separation finding was added or removed.</source>
        <translation>追加又は解消された三層分離に関する指摘事項はない。</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>監査指摘事項</translation>
    </message>
    <message>
        <source>Findings of self-inspections and audits (§9, §10). Open: %1, of which past their due date on %2: %3. Closed: %4.</source>
        <translation>自己点検及び監査による指摘事項である（基本方針９及び１０）。未完了は%1件（うち%2時点で期限超過のもの%3件）、完了は%4件である。</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>内部監査</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>外部監査</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>指摘内容</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Status of a plan action past its due date and not done</extracomment>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <extracomment>Exceptions (例外措置) accepted for three-tier findings</extracomment>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>Three-tier findings accepted as exceptions, with their rationale, who approved them and until when. An exception past its expiry on %1 is marked: decide again whether it stands.</source>
        <translation>例外措置として承認した三層分離に関する指摘事項を、その理由、承認者及び有効期限とともに示す。%1時点で有効期限を過ぎた例外措置には印を付している。継続の可否を改めて判断すること。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>%1期限切れ</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The policy review of §10 (見直し)</extracomment>
        <translation>見直し</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Likelihood. Each threat has a likelihood from 1 to 5, which can be set differently for a particular asset. Threats belong to the five categories of the policy (§3): %1.</source>
        <translation>発生可能性：各脅威は、1から5までの発生可能性を持ち、特定の情報資産について個別に定めることもできる。脅威は、基本方針３に定める五つの分類（%1）のいずれかに属する。</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %Ln action(s) that put controls in place (§8). Their initial cost is %1 in total and their running cost %2 a year.</source>
        <translation>
            <numerusform>本計画は、対策を実施する対応項目%Ln件からなる（基本方針８）。初期費用は合計%1、運用費用は年額%2である。</numerusform>
        </translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>The fiscal year of an audit finding, under its ID: 令和8年度</extracomment>
        <translation>%1年度</translation>
    </message>
    <message numerus="yes">
        <source>What this year's self-inspections, audits and assessment put up for review (§10): %Ln item(s).</source>
        <translation>
            <numerusform>本年度の自己点検、監査及びリスク評価の結果から見直しの対象となる事項（基本方針１０）は、%Ln件である。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %Ln risk(s) above the appetite have neither a response nor a plan action.</source>
        <translation>
            <numerusform>このうち、リスク受容基準を超え、リスク対応方針も対応項目もないリスクは%Ln件である。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 highest by residual risk are listed.</source>
        <translation>残留リスクの高い上位%1件を掲げる。</translation>
    </message>
    <message>
        <source>The table also shows the decisions recorded for fiscal year %1.</source>
        <translation>あわせて、%1年度に記録した見直しの決定を示す。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This report assesses %1, the pairs of the %2 and %3 registered in the model, against %4, as the ward's cybersecurity basic policy asks (§8).</source>
        <translation>本報告書は、区のサイバーセキュリティ基本方針（以下「基本方針」という。）８に基づき、登録された情報資産%2と脅威%3の組合せである%1のリスクを、対策%4を踏まえて評価したものである。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln information asset(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln control(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) have a residual risk above the risk appetite (%1) and need a response.</source>
        <translation>
            <numerusform>残留リスクがリスク受容基準（%1）を超え、対応を要するリスクは%Ln件である。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) have a decided response.</source>
        <translation>
            <numerusform>リスク対応方針を決定済みのリスクは%Ln件である。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The three-tier separation check (§7(3)) found %Ln finding(s).</source>
        <translation>
            <numerusform>三層分離の点検（基本方針７(3)）では、%Ln件の指摘事項があった。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) above the risk appetite have no decided response yet; the risk register lists them as "Mitigate (suggested)".</source>
        <translation>
            <numerusform>リスク受容基準を超えるリスクのうち%Ln件は、リスク対応方針が未決定であり、リスク台帳では「低減（提案）」と表示している。</numerusform>
        </translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>Confidentiality, integrity and availability abbreviated in a narrow column: 機, 完, 可</extracomment>
        <translation>機</translation>
    </message>
    <message>
        <source>I</source>
        <translation>完</translation>
    </message>
    <message>
        <source>A</source>
        <translation>可</translation>
    </message>
    <message numerus="yes">
        <source>Not or only partly implemented in %1 of %Ln unit(s): %2</source>
        <translation>
            <numerusform>%Ln組織中%1組織で未実施又は一部実施（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open past its due date, %1</source>
        <translation>対応期限（%1）を過ぎて未完了</translation>
    </message>
    <message>
        <source>Residual risk %1 above the risk appetite %2, with no response decided and no plan action</source>
        <translation>残留リスク%1がリスク受容基準%2を超え、リスク対応方針が未決定で、対応項目もない</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>有効期限（%1）を経過</translation>
    </message>
    <message>
        <source>Affects: C confidentiality, I integrity, A availability. Source: the clause of the basic policy or the guidelines the threat comes from, or the ward's own addition.</source>
        <translation>「影響を受ける特性」の機は機密性、完は完全性、可は可用性を表す。「出典」は、脅威の根拠となる基本方針の条項又はガイドラインを示し、「区独自」は本区が独自に追加した脅威であることを示す。</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who found an audit finding</comment>
        <translation>指摘元</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>the date an exception was approved</comment>
        <translation>承認日</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <extracomment>An action's status with its progress: 実施中（60％）</extracomment>
        <translation>%1（%2％）</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln assets with the largest impact spread</source>
        <translation>
            <numerusform>影響範囲の大きい情報資産（上位%Ln件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview by department</source>
        <translation>所管課別の概況</translation>
    </message>
    <message>
        <source>What each organizational unit is responsible for: the information assets it owns (所管), the risks of those assets by residual level, how many of them are above the risk appetite (%1), their total residual risk, and the plan actions it is responsible for that are not done yet.</source>
        <translation>各組織が所管する情報資産、それらのリスクの残留リスクのレベル別件数、リスク受容基準（%1）を超えるリスクの件数、残留リスクの合計及び当該組織が担当する未完了の対応項目を示す。</translation>
    </message>
    <message>
        <source>By organization</source>
        <extracomment>部局別: the top-level organizations (区長部局, 教育委員会, ...) with everything under them</extracomment>
        <translation>部局別</translation>
    </message>
    <message>
        <source>By org unit</source>
        <extracomment>所管課別: every org unit with what it owns itself</extracomment>
        <translation>所管課別</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln org units with the largest total residual risk are listed.</source>
        <translation>
            <numerusform>残留リスクの合計が大きい%Ln組織を掲載している。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln org units that own no asset and have no open plan action are left out.</source>
        <translation>
            <numerusform>情報資産を所管せず、未完了の対応項目もない%Ln組織は掲載していない。</numerusform>
        </translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Above the appetite</source>
        <translation>リスク受容基準超過</translation>
    </message>
    <message>
        <source>Open plan actions</source>
        <translation>未完了の対応項目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>所管課なし</translation>
    </message>
    <message>
        <source>No org unit owns an asset or a plan action.</source>
        <translation>情報資産又は対応項目を所管する組織はない。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are not listed here. The full edition of this report lists them all, and so does the Excel workbook (File &gt; Export to Excel…, or mamori-cli export-sheet).</source>
        <translation>
            <numerusform>ほか%Ln件はここに掲載していない。全件は本報告書の全件版及びExcelブック（［ファイル］＞［Excelに書き出し］又はmamori-cli export-sheet）に記載している。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are not listed here. The full edition of this report lists them all.</source>
        <translation>
            <numerusform>ほか%Ln件はここに掲載していない。全件は本報告書の全件版に記載している。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln highest residual risks</source>
        <translation>
            <numerusform>残留リスクの上位%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln highest residual risks of the %1 assessed, highest first; after them every risk is counted by residual level. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%2) and has not been decided.</source>
        <translation>
            <numerusform>評価した%1件のリスクのうち、残留リスクの高い上位%Ln件を高い順に示し、続いて全てのリスクを残留リスクのレベル別に集計する。発生可能性及び影響度は1から5までの5段階であり、リスクはその積（1から25まで）である。残留リスクは現在の対策の状況を考慮した値である。「（推奨）」と付した対応方針はリスク受容基準（%2）から導いたもので、まだ決定していない。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every risk by threat category and residual level</source>
        <translation>脅威の分類別及び残留リスクのレベル別の全リスク</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln risks, the ones listed above included, counted by residual level; a risk is above the appetite when its residual risk exceeds %1.</source>
        <translation>
            <numerusform>上記に掲載したものを含む全%Ln件のリスクを残留リスクのレベル別に集計した。残留リスクが%1を超えるリスクをリスク受容基準超過とする。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every risk by tier and residual level</source>
        <translation>三層分離の区分別及び残留リスクのレベル別の全リスク</translation>
    </message>
    <message>
        <source>Every asset by type and tier</source>
        <translation>種別及び三層分離の区分別の全情報資産</translation>
    </message>
    <message>
        <source>%1 (summary edition)</source>
        <extracomment>The page header's title in the summary edition (要約版)</extracomment>
        <translation>%1（要約版）</translation>
    </message>
    <message>
        <source>Each cell counts the risks of that likelihood (rows) and impact (columns), rounded to whole levels, and is coloured by the highest level of the risks it counts, so that the map agrees with the level counts; an empty cell is drawn paler, in the level of the centre of the cell. Inherent risk is before any control; residual risk is with the controls as they stand.</source>
        <translation>各セルは、発生可能性（行）及び影響度（列）をそれぞれ整数の段階に丸めたときに、そのセルに該当するリスクの件数を示す。セルの色は、そのセルに含まれるリスクのうち最も高いレベルを示し、レベル別の件数と一致する。リスクのないセルは、セルの中心の値に当たるレベルの色を淡く示す。固有リスクは対策を講じる前のリスク、残留リスクは現在の対策の状況を考慮したリスクである。</translation>
    </message>
    <message>
        <source>Organization</source>
        <comment>a top-level org unit (部局)</comment>
        <translation>部局</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成部署</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>改訂履歴</translation>
    </message>
    <message>
        <source>Description of the change</source>
        <translation>改訂内容</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>改訂者</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>配布先</translation>
    </message>
    <message>
        <source>End of document</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>Overdue and late actions</source>
        <translation>期限超過及び遅延のおそれのある対応項目</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n actions are past their due date and not done (overdue).</source>
        <extracomment>%1 is the report's date</extracomment>
        <translation>
            <numerusform>%1現在、期限を過ぎても完了していない対応項目（期限超過）は%n件である。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions are not started and due within %1 days (late).</source>
        <translation>
            <numerusform>着手しておらず、期限まで%1日以内の対応項目（遅延のおそれ）は%n件である。</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>残り%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue or late.</source>
        <translation>期限超過又は遅延のおそれのある対応項目はない。</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>運用経費</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Costs by fiscal year and budget</source>
        <translation>年度別の経費及び予算</translation>
    </message>
    <message>
        <source>The plan's costs in each fiscal year (April to March) and the budget set for it. An action's initial cost falls in the fiscal year of its due date; its running cost is paid in every later fiscal year. The table runs to two years after the last action, so that the running costs show.</source>
        <translation>各年度（4月から翌年3月まで）の計画の経費及びその年度の予算を示す。対応項目の初期費用はその期限の属する年度に計上し、運用経費はその翌年度以降の各年度に計上する。運用経費が分かるよう、最後の対応項目の2年度後までを示す。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>経費合計</translation>
    </message>
    <message>
        <source>Initial budget</source>
        <translation>初期費用予算</translation>
    </message>
    <message>
        <source>Running budget</source>
        <translation>運用経費予算</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>No action has a due date or a start date, so no cost falls in a fiscal year.</source>
        <translation>期限又は開始日のある対応項目がないため、年度に計上する経費はない。</translation>
    </message>
    <message>
        <source>Difference is the budget minus the total cost; a shortfall is marked %1. A year without a budget in the document control shows -.</source>
        <translation>差額は予算から経費合計を差し引いた額であり、不足は%1で示す。文書管理情報に予算のない年度は「-」と示す。</translation>
    </message>
    <message numerus="yes">
        <source>%n actions have neither a due date nor a start date and are not counted.</source>
        <translation>
            <numerusform>期限も開始日もない対応項目%n件は計上していない。</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual risk levels</source>
        <translation>残留リスクのレベル別件数</translation>
    </message>
    <message>
        <source>Cost of the scenario</source>
        <translation>シナリオの経費</translation>
    </message>
    <message numerus="yes">
        <source>The scenario puts %n controls in place that the current model does not have in place.</source>
        <translation>
            <numerusform>このシナリオは、現在のモデルでは実施されていない対策%n件を実施する。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their initial cost is %1 and their running cost %2 a year.</source>
        <translation>その初期費用は%1、運用経費は年間%2である。</translation>
    </message>
    <message>
        <source>The scenario puts no control in place.</source>
        <translation>このシナリオにより新たに実施される対策はない。</translation>
    </message>
    <message>
        <source>A scenario changes controls, not plan actions, and has no dates: its cost is that of the controls it adds or raises to partial or implemented, each control's own cost, and it is not spread over fiscal years.</source>
        <translation>シナリオは対策を変更するものであり、対応項目を変更せず、日付も持たない。そのため、シナリオの経費は、シナリオが追加し、又は一部実施若しくは実施済みに引き上げる対策それぞれの経費の合計であり、年度には配分しない。</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>the date of a revision</comment>
        <translation>改訂日</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A probability as a percentage: 12.3%</extracomment>
        <translation>%1％</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>サービス継続性</translation>
    </message>
    <message numerus="yes">
        <source>This chapter plays %Ln years of outages caused by the threats that can stop systems: disasters (Basic Policy 3(3)) and failures of supplied services such as power and communications (Basic Policy 3(4)).</source>
        <translation>
            <numerusform>本章では、システムを停止させうる脅威、すなわち災害（基本方針３(3)）並びに電力・通信等の供給サービスの障害（基本方針３(4)）による停止を、%Ln年分模擬した。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each outage starts at a random hour, lasts a random time, and stops what depends on the asset unless enough redundant alternatives stay up. Controls make outages rarer and shorter.</source>
        <translation>各停止は無作為な時刻に始まり無作為な時間続き、冗長構成の代替が十分に稼働していない限り、その資産に依存するものを停止させる。対策は停止の頻度を下げ、時間を短くする。</translation>
    </message>
    <message>
        <source>The figures follow from the model's assumptions (rates, durations, recovery targets and losses per hour); they are a model for planning, not a forecast.</source>
        <translation>数値はモデルの前提（発生率、停止時間、目標復旧時間及び1時間当たりの損失）から導かれる計画用の試算であり、予測ではない。</translation>
    </message>
    <message>
        <source>The ward's annual loss from outages</source>
        <translation>停止による区の年間損失</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Expected annual loss (ALE)</source>
        <translation>年間予想損失額（ALE）</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Median year (50th percentile)</source>
        <translation>中央値（50パーセンタイル）</translation>
    </message>
    <message>
        <source>One year in ten (90th percentile)</source>
        <translation>10年に1度（90パーセンタイル）</translation>
    </message>
    <message>
        <source>One year in twenty (95th percentile)</source>
        <translation>20年に1度（95パーセンタイル）</translation>
    </message>
    <message>
        <source>One year in a hundred (99th percentile)</source>
        <translation>100年に1度（99パーセンタイル）</translation>
    </message>
    <message>
        <source>Services and their recovery targets</source>
        <translation>サービスと目標復旧時間</translation>
    </message>
    <message numerus="yes">
        <source>%n services have a recovery target or a loss per hour. They are listed by the probability that an outage in a year lasts longer than the target recovery time (RTO).</source>
        <translation>
            <numerusform>目標復旧時間又は1時間当たりの損失が設定されたサービスは%n件である。1年の間に目標復旧時間（RTO）を超える停止が起きる確率の高い順に示す。</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>RTO (hours)</source>
        <translation>目標復旧時間（時間）</translation>
    </message>
    <message>
        <source>Outage in a year</source>
        <translation>年間停止確率</translation>
    </message>
    <message>
        <source>Hours down a year</source>
        <translation>年間停止時間</translation>
    </message>
    <message>
        <source>Longer than RTO</source>
        <translation>RTO超過確率</translation>
    </message>
    <message>
        <source>Annual loss</source>
        <translation>年間損失</translation>
    </message>
    <message>
        <source>Loss exceedance curve</source>
        <translation>損失超過確率曲線</translation>
    </message>
    <message>
        <source>The curve gives, for each amount, the probability that the ward's loss from outages in one year is larger. Read across from a probability (one year in ten is 10%) to the loss it corresponds to.</source>
        <translation>曲線は、各金額について、1年間の停止による区の損失がそれを上回る確率を示す。確率（10年に1度は10％）から横に読むと、対応する損失額が分かる。</translation>
    </message>
    <message>
        <source>Probability that the annual loss exceeds an amount</source>
        <translation>年間損失が金額を超える確率（損失超過確率曲線）</translation>
    </message>
    <message>
        <source>Annual loss (%1)</source>
        <extracomment>%1 is the unit: million yen (百万円) or thousand yen (千円)</extracomment>
        <translation>年間損失（%1）</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>Probability (log scale)</source>
        <translation>確率（対数目盛）</translation>
    </message>
    <message>
        <source>Services the scenario changes</source>
        <translation>シナリオにより変わるサービス</translation>
    </message>
    <message>
        <source>Both runs use the same random numbers (the same seed), so a difference comes from the scenario and not from chance.</source>
        <translation>両者は同じ乱数（同じシード）を用いるため、差は偶然ではなくシナリオによるものである。</translation>
    </message>
    <message numerus="yes">
        <source>The scenario changes the outages of %n services.</source>
        <translation>
            <numerusform>シナリオにより停止が変わるサービスは%n件である。</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer than RTO, current</source>
        <translation>RTO超過確率（現在）</translation>
    </message>
    <message>
        <source>Longer than RTO, scenario</source>
        <translation>RTO超過確率（シナリオ）</translation>
    </message>
    <message>
        <source>Annual loss, current</source>
        <translation>年間損失（現在）</translation>
    </message>
    <message>
        <source>Annual loss, scenario</source>
        <translation>年間損失（シナリオ）</translation>
    </message>
    <message>
        <source>Annual loss from outages</source>
        <translation>停止による年間損失</translation>
    </message>
    <message numerus="yes">
        <source>Annual loss from outages: the expected loss of the continuity chapter's simulation with the actions up to that row completed, %Ln years each with the same random numbers.</source>
        <translation>
            <numerusform>停止による年間損失：その行までの対策を完了したときの、サービス継続性の章のシミュレーションによる年間予想損失額（各%Ln年、同じ乱数を使用）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>報告書の出力</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Compare with scenario:</source>
        <translation>比較するシナリオ:</translation>
    </message>
    <message>
        <source>取扱注意 (Japanese) or Confidential (English)</source>
        <translation>取扱注意（日本語）又は Confidential（英語）</translation>
    </message>
    <message>
        <source>Handling mark:</source>
        <translation>取扱区分:</translation>
    </message>
    <message>
        <source>e.g. 江戸川区</source>
        <translation>例：江戸川区</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>団体名:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>評価結果の概要</translation>
    </message>
    <message>
        <source>Three-tier separation findings</source>
        <translation>三層分離に関する指摘事項</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>リスク台帳</translation>
    </message>
    <message>
        <source>Risk response policy</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>シナリオ比較</translation>
    </message>
    <message>
        <source>Appendices: method, catalogue, asset register</source>
        <translation>付録（評価の方法、脅威・対策一覧、情報資産台帳）</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF出力…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告書のプレビュー</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>報告書を出力できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を出力しています…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>報告書の出力(&amp;R)…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel用CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export risk register as &amp;CSV…</source>
        <translation>リスク台帳をCSVで出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Export risk register as CSV</source>
        <translation>リスク台帳をCSVで出力</translation>
    </message>
    <message>
        <source>Export &amp;plan as CSV…</source>
        <translation>リスク対応計画をCSVで出力(&amp;P)…</translation>
    </message>
    <message>
        <source>Export plan as CSV</source>
        <translation>リスク対応計画をCSVで出力</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Previous year's file</source>
        <translation>前年度のファイル</translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation>Mamori ファイル (*.mamori *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Previous year's file:</source>
        <translation>前年度のファイル:</translation>
    </message>
    <message>
        <source>Summary (at most about 60 pages)</source>
        <translation>要約版（おおむね60ページ以内）</translation>
    </message>
    <message>
        <source>Full (every register in full)</source>
        <translation>全件版（全ての台帳を掲載）</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版の種類:</translation>
    </message>
    <message>
        <source>Document control (kept in the project)</source>
        <translation>文書管理（プロジェクトに保存）</translation>
    </message>
    <message>
        <source>e.g. 江戸川区情報政策課-2026-001</source>
        <translation>例: 江戸川区情報政策課-2026-001</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文書番号:</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>例: 1.0</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版数:</translation>
    </message>
    <message>
        <source>e.g. 情報政策課</source>
        <translation>例: 情報政策課</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>作成部署:</translation>
    </message>
    <message>
        <source>2026-11-30 or 令和8年11月30日</source>
        <translation>2026-11-30 又は 令和8年11月30日</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>承認日:</translation>
    </message>
    <message>
        <source>One revision a line: version | date | description | by</source>
        <translation>1行に1改訂: 版数 | 日付 | 改訂内容 | 改訂者</translation>
    </message>
    <message>
        <source>Revision history:</source>
        <translation>改訂履歴:</translation>
    </message>
    <message>
        <source>One recipient a line</source>
        <translation>1行に1配布先</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>配布先:</translation>
    </message>
    <message>
        <source>One fiscal year a line: year | initial budget | running budget (yen)</source>
        <translation>1行に1年度: 年度 | 初期費用予算 | 運用経費予算（円）</translation>
    </message>
    <message>
        <source>Budgets:</source>
        <translation>予算:</translation>
    </message>
    <message>
        <source>Approved on: "%1" is not a date.</source>
        <translation>承認日: 「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>Revision history, line %1: expected version | date | description | by.</source>
        <translation>改訂履歴の%1行目: 版数 | 日付 | 改訂内容 | 改訂者 の形で入力してください。</translation>
    </message>
    <message>
        <source>Revision history, line %1: "%2" is not a date.</source>
        <translation>改訂履歴の%1行目: 「%2」は日付ではありません。</translation>
    </message>
    <message>
        <source>Budgets, line %1: expected year | initial budget | running budget, in yen.</source>
        <translation>予算の%1行目: 年度 | 初期費用予算 | 運用経費予算 の形で、円単位で入力してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document control was not taken: %1</source>
        <translation>文書管理情報を反映できませんでした: %1</translation>
    </message>
    <message>
        <source>Service continuity (simulated outages)</source>
        <translation>サービス継続性（停止のシミュレーション）</translation>
    </message>
</context>
<context>
    <name>mamori::ResponsePolicyModel</name>
    <message>
        <source>A rationale is required to accept a risk above the appetite</source>
        <translation>受容基準を超えるリスクを保有するには理由が必要です</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Threat name</source>
        <translation>脅威名</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>推奨対応</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定した対応</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>mamori::ResponsePolicyPage</name>
    <message>
        <source>Risk &amp;appetite:</source>
        <translation>リスク受容基準(&amp;A):</translation>
    </message>
    <message>
        <source>Risks whose residual is above this value are above the appetite and, undecided, are to be mitigated</source>
        <translation>残留リスクがこの値を超えるリスクは受容基準超過となり、対応が未決定の場合は低減が推奨されます</translation>
    </message>
    <message>
        <source>Level bands (upper bounds):</source>
        <translation>リスクレベルの区分（上限）:</translation>
    </message>
    <message>
        <source>Above appetite &amp;only</source>
        <translation>受容基準超過のみ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>未決定のみ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>対応を決定(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide the response of the selected risks (Ctrl+D)</source>
        <translation>選択したリスクの対応を決定します（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Clear decision</source>
        <translation>決定を取消し(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Propose controls…</source>
        <translation>対策を提案(&amp;P)…</translation>
    </message>
    <message>
        <source>Controls that would mitigate the current risk, to add to the plan</source>
        <translation>選択中のリスクを低減する対策を提案し、対応計画に追加します</translation>
    </message>
    <message numerus="yes">
        <source>%n risks shown</source>
        <translation>
            <numerusform>%n 件のリスクを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks are accepted above the appetite without a rationale (for example %1 × %2): write why, or decide another response.</source>
        <translation>
            <numerusform>受容基準を超えるリスク %n 件が理由なしで保有とされています（例：%1 × %2）。理由を記入するか、別の対応を決定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide the response of %n risks</source>
        <translation>
            <numerusform>リスク %n 件の対応を決定</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>対応(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>理由(&amp;A):</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>決定者(&amp;B):</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>決定日(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected risks are above the appetite: accepting them needs a rationale.</source>
        <translation>
            <numerusform>選択したリスクのうち %n 件が受容基準を超えています。保有とするには理由が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the suggested response for the selected risks (Delete)</source>
        <translation>選択したリスクを推奨対応に戻します（Delete）</translation>
    </message>
    <message>
        <source>%1 × %2 (residual %3)</source>
        <translation>%1 × %2（残留リスク %3）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more risks</source>
        <translation>
            <numerusform>… ほか %n 件のリスク</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ReviewDecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>決定の記録</translation>
    </message>
    <message>
        <source>What the review decided: revise the policy or a standard, add a control, keep it as it is and why</source>
        <translation>見直しの決定内容（基本方針・対策基準の改定、対策の追加、現状維持とその理由など）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>決定日:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定内容:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>決定者:</translation>
    </message>
</context>
<context>
    <name>mamori::ReviewItems</name>
    <message>
        <source>Not or only partly implemented in %1 of %2 units: %3</source>
        <translation>%2 組織中 %1 組織で未実施または一部実施: %3</translation>
    </message>
    <message>
        <source>Open past its due date %1</source>
        <translation>期限 %1 を過ぎても未完了</translation>
    </message>
    <message>
        <source>Residual %1 above the appetite %2, with no response decided and no plan action</source>
        <translation>残留リスク %1 がリスク受容基準 %2 を超過（対応方針が未決定で、対応項目もなし）</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1 に有効期限切れ</translation>
    </message>
</context>
<context>
    <name>mamori::ReviewPage</name>
    <message>
        <source>fiscal year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Why it is up for review</source>
        <translation>見直しの理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>Review of %1 (§10): nothing the year's results put up for review.</source>
        <translation>%1の見直し（基本方針１０）：当年度の結果から見直しの対象となった項目はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Review of %1 (§10): %n item(s) the self-inspections, audits and assessment put up for review</source>
        <translation>
            <numerusform>%1の見直し（基本方針１０）：自己点検、監査及びリスク評価の結果から見直しの対象となった項目%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>決定済み %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>決定を記録…</translation>
    </message>
    <message>
        <source>Select an item to decide on first.</source>
        <translation>先に決定する項目を選んでください。</translation>
    </message>
</context>
<context>
    <name>mamori::RiskRegisterModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（推奨）</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>情報資産 ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>脅威 ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
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
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>固有リスクのレベル</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>残留リスクの発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>残留リスクの影響度</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>残留リスクのレベル</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>Controls applied</source>
        <translation>適用される対策</translation>
    </message>
</context>
<context>
    <name>mamori::RiskRegisterPage</name>
    <message>
        <source>All levels</source>
        <translation>レベル（すべて）</translation>
    </message>
    <message>
        <source>All threat categories</source>
        <translation>脅威の分類（すべて）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>三層区分（すべて）</translation>
    </message>
    <message>
        <source>Above appetite only</source>
        <translation>リスク受容基準超過のみ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所管（すべて）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln risks</source>
        <translation>
            <numerusform>リスク %1 / %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual cell: likelihood %1, impact %2</source>
        <translation>残留リスクのセル: 発生可能性 %1・影響度 %2</translation>
    </message>
    <message>
        <source>Inherent cell: likelihood %1, impact %2</source>
        <translation>固有リスクのセル: 発生可能性 %1・影響度 %2</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioBanner</name>
    <message>
        <source>&lt;b&gt;Scenario: %1&lt;/b&gt; — every edit is recorded in this scenario; the baseline stays as approved.</source>
        <translation>&lt;b&gt;シナリオ: %1&lt;/b&gt; — 編集はすべてこのシナリオに記録されます。ベースラインは承認済みのまま変わりません。</translation>
    </message>
    <message>
        <source>Compare with its base</source>
        <translation>基準と比較</translation>
    </message>
    <message>
        <source>Back to baseline</source>
        <translation>ベースラインに戻る</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioChangeText</name>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>脅威の割当て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所管</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>無害化・分離装置</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>影響する観点</translation>
    </message>
    <message>
        <source>applies to</source>
        <translation>対象の資産種別</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>group</source>
        <translation>対策の区分</translation>
    </message>
    <message>
        <source>status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>有効性</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>mitigates</source>
        <translation>低減する脅威</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>前提となる対策</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>initial cost</source>
        <translation>初期費用</translation>
    </message>
    <message>
        <source>annual cost</source>
        <translation>年間費用</translation>
    </message>
    <message>
        <source>impact table</source>
        <translation>影響度表</translation>
    </message>
    <message>
        <source>level bands</source>
        <translation>リスク水準の区分</translation>
    </message>
    <message>
        <source>risk appetite</source>
        <translation>リスク受容基準</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>低減率</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>asset types</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（解除）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioRecording</name>
    <message>
        <source>Scenarios are managed on the Scenarios page, not inside a scenario.</source>
        <translation>シナリオの管理は「シナリオ」ページで行います。シナリオの中では行えません。</translation>
    </message>
    <message>
        <source>This edit cannot be recorded in a scenario.</source>
        <translation>この編集はシナリオの変更として記録できません。</translation>
    </message>
    <message>
        <source>A scenario changes assets, threats, controls, dependencies, exposures, responses and settings only. Go back to the baseline to change the plan, the org units or the project's name.</source>
        <translation>シナリオで変更できるのは、情報資産、脅威、対策、依存関係、脅威の割当て、リスク対応方針及び設定だけです。リスク対応計画、組織又はプロジェクト名を変更するには、ベースラインに戻ってください。</translation>
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
    <message>
        <source>Scenario “%1” would no longer apply: %2. Revert that change in the scenario or delete the scenario first.</source>
        <translation>シナリオ「%1」が適用できなくなります: %2。先にシナリオのその変更を取り消すか、シナリオを削除してください。</translation>
    </message>
</context>
<context>
    <name>mamori::ScenariosPage</name>
    <message>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>%1 を基にしたシナリオ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Changes of this scenario against its base (edits made while it is shown):</source>
        <translation>このシナリオの基準に対する変更（シナリオの表示中に行った編集）:</translation>
    </message>
    <message>
        <source>Revert selected changes</source>
        <translation>選択した変更を取り消す</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>A new scenario based on the baseline</source>
        <translation>ベースラインを基にした新しいシナリオ</translation>
    </message>
    <message>
        <source>New from selected</source>
        <translation>選択したシナリオから新規</translation>
    </message>
    <message>
        <source>A new scenario based on the selected scenario (a chain)</source>
        <translation>選択したシナリオを基にした新しいシナリオ（連鎖）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Show and edit</source>
        <translation>表示して編集</translation>
    </message>
    <message>
        <source>Make the selected scenario active: every view shows it, every edit goes into it</source>
        <translation>選択したシナリオを有効にします。すべての画面がこのシナリオを表示し、すべての編集がこのシナリオに記録されます</translation>
    </message>
    <message>
        <source>Back to baseline</source>
        <translation>ベースラインに戻る</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>採用...</translation>
    </message>
    <message>
        <source>Apply the scenario to the baseline, in one step you can undo</source>
        <translation>シナリオをベースラインに反映します（1回の操作で元に戻せます）</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>もしも...</translation>
    </message>
    <message>
        <source>An asset fails…</source>
        <translation>情報資産が停止したら...</translation>
    </message>
    <message>
        <source>A control is removed…</source>
        <translation>対策がなかったら...</translation>
    </message>
    <message>
        <source>The plan's budget is cut…</source>
        <translation>リスク対応計画の予算が削減されたら...</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1（表示中）</translation>
    </message>
    <message>
        <source>The approved model. Scenarios never change it until one is adopted.</source>
        <translation>承認済みのモデルです。シナリオを採用するまで、シナリオによって変更されることはありません。</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>基準: %1</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>シナリオの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete scenario “%1” with its %n change(s)? You can undo this.</source>
        <translation>
            <numerusform>シナリオ「%1」と %n 件の変更を削除しますか？ この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopting “%1” makes it the baseline.</source>
        <translation>「%1」を採用すると、その内容がベースラインになります。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) change.</source>
        <translation>
            <numerusform>%n 件のリスクが変わります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual total: %1 → %2</source>
        <translation>残留リスク合計: %1 → %2</translation>
    </message>
    <message>
        <source>Above appetite: %1 → %2</source>
        <translation>リスク受容基準超過: %1 → %2</translation>
    </message>
    <message>
        <source>Findings: %1 added, %2 removed</source>
        <translation>指摘事項: 追加 %1 件、解消 %2 件</translation>
    </message>
    <message>
        <source>Scenarios that become part of the baseline and are removed: %1</source>
        <translation>ベースラインに取り込まれて削除されるシナリオ: %1</translation>
    </message>
    <message>
        <source>Scenarios based on them are based on the baseline from now on: %1</source>
        <translation>これらを基準としていたシナリオは、今後ベースラインを基準とします: %1</translation>
    </message>
    <message>
        <source>You can undo this in one step.</source>
        <translation>この操作は1回で元に戻せます。</translation>
    </message>
    <message>
        <source>Adopt scenario</source>
        <translation>シナリオの採用</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>An asset fails</source>
        <translation>情報資産の停止</translation>
    </message>
    <message>
        <source>Asset that fails:</source>
        <translation>停止する情報資産:</translation>
    </message>
    <message>
        <source>A control is removed</source>
        <translation>対策がない場合</translation>
    </message>
    <message>
        <source>Control to remove:</source>
        <translation>取り除く対策:</translation>
    </message>
    <message>
        <source>The plan's budget is cut</source>
        <translation>リスク対応計画の予算削減</translation>
    </message>
    <message>
        <source>Budget, in percent of the plan's initial cost:</source>
        <translation>予算（リスク対応計画の初期費用に対する割合、%）:</translation>
    </message>
    <message numerus="yes">
        <source>Also mark these %n plan action(s) done (100 %)</source>
        <translation>
            <numerusform>これらの対応項目 %n 件も完了（100 %）にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario implements every control of %n plan action(s) that still read as not done:</source>
        <translation>
            <numerusform>このシナリオは、まだ完了になっていない次の対応項目 %n 件の対策をすべて実施します:</numerusform>
        </translation>
    </message>
    <message>
        <source>A redundant supply is added…</source>
        <translation>冗長な供給を追加したら…</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <extracomment>A dependency in a pick list: dependent asset → what it depends on (kind)</extracomment>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>The model has no dependencies: a redundant supply is added beside one.</source>
        <translation>モデルに依存関係がありません。冗長な供給は既存の依存関係の横に追加します。</translation>
    </message>
    <message>
        <source>A redundant supply is added</source>
        <translation>冗長な供給を追加</translation>
    </message>
    <message>
        <source>Add a second supply beside the one this dependency names:</source>
        <translation>この依存関係の供給元の横に2つ目の供給を追加します:</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Recovery copy of unsaved work every:</source>
        <translation>未保存の作業の復元用コピーを作成する間隔(&amp;R):</translation>
    </message>
    <message>
        <source>Japanese era (%1)</source>
        <translation>和暦（%1）</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>西暦（%1）</translation>
    </message>
    <message>
        <source>How the Japanese window shows dates. The English window shows ISO dates (2026-12-02). Either form can be typed.</source>
        <translation>日本語画面での日付の表示です。英語画面では ISO 形式（2026-12-02）で表示します。入力はどちらの形式でもできます。</translation>
    </message>
    <message>
        <source>&amp;Dates in Japanese:</source>
        <translation>日付の表示(&amp;D):</translation>
    </message>
</context>
<context>
    <name>mamori::SheetActions</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>スプレッドシートから取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>スプレッドシート (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>書き出しを中止しました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>Export a department's inventory</source>
        <translation>課の台帳を書き出し</translation>
    </message>
    <message>
        <source>The project has no org units: add them in an asset's owner first.</source>
        <translation>プロジェクトに組織がありません。先に情報資産の所管課で組織を追加してください。</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>スプレッドシートから取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Excel に書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel に書き出し</translation>
    </message>
    <message>
        <source>Export a &amp;department's inventory…</source>
        <translation>課の台帳を書き出し(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>mamori::SheetExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>組織「%1」はありません。</translation>
    </message>
    <message>
        <source>row %1, column %2: "%3"</source>
        <translation>%1 行目、列 %2: 「%3」</translation>
    </message>
    <message>
        <source>Cannot write %1 in CP932 (Shift_JIS): it has no %2 (%3). Export it as UTF-8, or change the text.</source>
        <translation>%1 を CP932（Shift_JIS）で書き出せません: %2 にない文字があります（%3）。UTF-8 で書き出すか、文字を変更してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a CSV file holds one register.</source>
        <translation>%1 を書き出せません: CSV ファイルには台帳を一つだけ書き出せます。</translation>
    </message>
    <message>
        <source>Cannot write %1: the name must end in .xlsx or .csv.</source>
        <translation>%1 を書き出せません: ファイル名は .xlsx または .csv で終わる必要があります。</translation>
    </message>
</context>
<context>
    <name>mamori::SheetImport</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 は %2 から %3 の範囲にありません</translation>
    </message>
    <message>
        <source>%1 is a level of the 2024 scheme (3A, 3B, 3C); this project uses %2</source>
        <translation>%1 は 2024 年版の区分（3A、3B、3C）です。このプロジェクトの区分は %2 です</translation>
    </message>
    <message>
        <source>%1 is neither yes (〇) nor no (×)</source>
        <translation>%1 は 有（〇）でも 無（×）でもありません</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 は日付ではありません</translation>
    </message>
    <message>
        <source>%1 names none of C, I, A</source>
        <translation>%1 は 機密性・完全性・可用性 のいずれも示していません</translation>
    </message>
    <message>
        <source>"%1" is neither an asset type nor a tier</source>
        <translation>「%1」は情報資産の種類でも三層区分でもありません</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>%1 内: %2</translation>
    </message>
    <message>
        <source>"%1" is not an asset and a threat (A-0001/T1-01)</source>
        <translation>「%1」は情報資産と脅威の組（A-0001/T1-01）ではありません</translation>
    </message>
    <message>
        <source>after the import, %1</source>
        <translation>取り込み後のモデル: %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>シート %1</translation>
    </message>
    <message>
        <source>no header row: none of the first %1 rows names a column of the %2 register</source>
        <translation>見出し行がありません: 先頭 %1 行のどれにも %2 台帳の列名がありません</translation>
    </message>
    <message>
        <source>there is no sheet "%1"</source>
        <translation>シート「%1」はありません</translation>
    </message>
    <message>
        <source>no sheet holds the %1 register</source>
        <translation>%1 台帳を含むシートがありません</translation>
    </message>
    <message>
        <source>several sheets could be imported (%1): choose one</source>
        <translation>取り込めるシートが複数あります（%1）。一つを選んでください</translation>
    </message>
    <message>
        <source>"%1" appears twice: rows %2 and %3</source>
        <translation>「%1」が %2 行目と %3 行目の 2 か所にあります</translation>
    </message>
    <message>
        <source>the row has neither an id nor a name</source>
        <translation>この行には ID も名称もありません</translation>
    </message>
    <message>
        <source>the row has no %1</source>
        <translation>この行には %1 がありません</translation>
    </message>
    <message>
        <source>a new item needs a name</source>
        <translation>新しい項目には名称が必要です</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>情報資産「%1」は存在しません</translation>
    </message>
    <message>
        <source>threat "%1" does not exist</source>
        <translation>脅威「%1」は存在しません</translation>
    </message>
    <message>
        <source>control "%1" does not exist</source>
        <translation>対策「%1」は存在しません</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>%1 行目、列 %2</translation>
    </message>
    <message>
        <source>sheet %1, %2</source>
        <translation>シート %1、%2</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>組織「%1」はありません</translation>
    </message>
    <message>
        <source>"%1" is not an org unit and a status (DEP-A=implemented)</source>
        <translation>「%1」は組織と対応状況の組（DEP-A=実施済み）ではありません</translation>
    </message>
    <message>
        <source>in "%1": "%2" is not one of %3</source>
        <translation>「%1」の「%2」は次のいずれでもありません: %3</translation>
    </message>
    <message>
        <source>org unit "%1" is given twice</source>
        <translation>組織「%1」が2回指定されています</translation>
    </message>
    <message>
        <source>org unit "%1" does not exist</source>
        <translation>組織「%1」は存在しません</translation>
    </message>
    <message>
        <source>"%1" is not a dependency group and a number (電源=1)</source>
        <translation>「%1」は代替グループと数の組（例: 電源=1）ではない</translation>
    </message>
    <message>
        <source>in "%1": "%2" is not a whole number of 1 or more</source>
        <translation>「%1」の「%2」は1以上の整数ではない</translation>
    </message>
    <message>
        <source>group "%1" is given twice</source>
        <translation>グループ「%1」が2回指定されている</translation>
    </message>
    <message>
        <source>give all of %1 or none of them; missing: %2</source>
        <translation>%1はすべて入力するか、すべて空欄にすること。未入力: %2</translation>
    </message>
</context>
<context>
    <name>mamori::SheetImportDialog</name>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16（BOM 付き）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Import from spreadsheet: %1</source>
        <translation>スプレッドシートから取り込み: %1</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>対応付けを保存…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>台帳の種類(&amp;R):</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>文字コード: %1</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Find the header row again by its column names</source>
        <translation>列名から見出し行を探し直します</translation>
    </message>
    <message>
        <source>MIC guideline levels</source>
        <translation>総務省ガイドラインの区分</translation>
    </message>
    <message>
        <source>IPA evaluation values (0–2)</source>
        <translation>IPA の評価値（0〜2）</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>尺度(&amp;C):</translation>
    </message>
    <message>
        <source>Remove items the sheet does not list</source>
        <translation>シートにない項目を削除する</translation>
    </message>
    <message>
        <source>⚠ They are deleted from the project, with everything that names them.</source>
        <translation>⚠ それらの項目と、それを参照するものがすべてプロジェクトから削除されます。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>読み取る項目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value in the sheet</source>
        <translation>シートの値</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Summary of the merge</source>
        <translation>取り込みの概要</translation>
    </message>
    <message>
        <source>Attribute (kept as written)</source>
        <translation>属性（書かれたまま保持）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>(attribute)</source>
        <translation>（属性）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>Nothing is imported until every problem is solved. What the import would do so far:</source>
        <translation>すべての問題が解決するまで何も取り込みません。現時点で取り込んだ場合の内容:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the sheet, or the mapping on the left.</source>
        <translation>
            <numerusform>問題 %n 件: シートか左の対応付けを修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: the project already holds what the sheet says.</source>
        <translation>取り込むものはありません: シートの内容はすでにプロジェクトにあります。</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>準備完了: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n org unit(s) from %1</source>
        <translation>
            <numerusform>%1 から組織 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s) from %1</source>
        <translation>
            <numerusform>%1 から情報資産 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n threat(s) from %1</source>
        <translation>
            <numerusform>%1 から脅威 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n control(s) from %1</source>
        <translation>
            <numerusform>%1 から対策 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependencies from %1</source>
        <translation>
            <numerusform>%1 から依存関係 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n exposure(s) from %1</source>
        <translation>
            <numerusform>%1 から脅威の割当て %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n plan action(s) from %1</source>
        <translation>
            <numerusform>%1 から対応項目 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1: 追加 %2 件、更新 %3 件</translation>
    </message>
    <message>
        <source>The sheet was not imported: %1</source>
        <translation>シートを取り込めませんでした: %1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>対応付けを保存</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>対応付け (*.json)</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 (sheet %2, header row %3)</source>
        <translation>%1（シート %2、見出し %3 行目）</translation>
    </message>
    <message>
        <source>  Added: %1</source>
        <translation>  追加: %1</translation>
    </message>
    <message>
        <source>  Updated: %1</source>
        <translation>  更新: %1</translation>
    </message>
    <message>
        <source>  Unchanged: %1</source>
        <translation>  変更なし: %1</translation>
    </message>
    <message>
        <source>  Not in the sheet, removed: %1</source>
        <translation>  シートになく削除: %1</translation>
    </message>
    <message>
        <source>  Not in the sheet, kept: %1</source>
        <translation>  シートにないが保持: %1</translation>
    </message>
    <message>
        <source>New org units: %1</source>
        <translation>新しい組織: %1</translation>
    </message>
    <message>
        <source>&amp;Every register</source>
        <translation>すべての台帳(&amp;E)</translation>
    </message>
    <message>
        <source>Import every sheet of this workbook that holds a register, in one step</source>
        <translation>このブックの台帳のシートをすべて、一度に取り込みます</translation>
    </message>
    <message>
        <source>A department's inventory: missing items are looked for only in %1.</source>
        <translation>部署の台帳です。シートにない項目は %1 の中だけで探します。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件を取り込み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::SheetMapping</name>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトを指定してください</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列を指定してください</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>expected a row number from 1</source>
        <translation>1 以上の行番号が必要です</translation>
    </message>
    <message>
        <source>"%1" is not one of: mic, ipa</source>
        <translation>「%1」は mic、ipa のいずれでもありません</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not a mapping: %1</source>
        <translation>対応付けファイルではありません: %1</translation>
    </message>
    <message>
        <source>expected "%1"</source>
        <translation>「%1」が必要です</translation>
    </message>
</context>
<context>
    <name>mamori::ThreatEditorDialog</name>
    <message>
        <source>Threat %1</source>
        <translation>脅威 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>名称（日本語）(&amp;J):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英語）(&amp;E):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分類(&amp;C):</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>1 to 5; blank uses the default 3</source>
        <translation>1～5。空欄の場合は既定値 3</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>発生可能性(&amp;L):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dimensions harmed:</source>
        <translation>影響を受ける特性:</translation>
    </message>
    <message>
        <source>Asset types</source>
        <translation>情報資産の種別</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>Nothing checked in a list means every asset type, or every tier. The threat applies to an asset when both its type and its tier match.</source>
        <translation>一覧で何もチェックしない場合は、すべての種別、またはすべての三層区分が対象になります。種別と三層区分の両方が該当する情報資産に、この脅威が適用されます。</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>適用対象:</translation>
    </message>
    <message>
        <source>e.g. policy §3(1)</source>
        <translation>例: 基本方針 §3(1)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>日本語または英語の名称を入力してください。</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Check at least one of confidentiality, integrity and availability.</source>
        <translation>機密性、完全性、可用性のうち1つ以上をチェックしてください。</translation>
    </message>
    <message>
        <source>Service outages</source>
        <translation>サービスの停止</translation>
    </message>
    <message>
        <source>Causes &amp;outages</source>
        <translation>停止を起こす(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>発生頻度(&amp;R):</translation>
    </message>
    <message>
        <source>events per year</source>
        <translation>回／年</translation>
    </message>
    <message>
        <source>Duration P&amp;5:</source>
        <translation>停止時間 P5(&amp;5):</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Duration P&amp;95:</source>
        <translation>停止時間 P95(&amp;9):</translation>
    </message>
    <message>
        <source>Events per year on each exposed asset. One event in twenty is shorter than P5 and one in twenty longer than P95. The controls of a risk make its outages rarer and shorter.</source>
        <translation>さらされている資産ごとの年間発生回数です。停止の20回に1回は P5 より短く、20回に1回は P95 より長くなります。リスクの対策は停止を少なく、短くします。</translation>
    </message>
    <message>
        <source>Outage rate</source>
        <translation>停止の発生頻度</translation>
    </message>
    <message>
        <source>Enter how many outages a year, or uncheck “Causes outages”.</source>
        <translation>年間の停止回数を入力するか、「停止を起こす」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Duration P5</source>
        <translation>停止時間 P5</translation>
    </message>
    <message>
        <source>Enter the duration P5 in hours, or uncheck “Causes outages”.</source>
        <translation>停止時間 P5 を時間で入力するか、「停止を起こす」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Duration P95</source>
        <translation>停止時間 P95</translation>
    </message>
    <message>
        <source>Enter the duration P95 in hours, or uncheck “Causes outages”.</source>
        <translation>停止時間 P95 を時間で入力するか、「停止を起こす」のチェックを外してください。</translation>
    </message>
    <message>
        <source>The duration P5 must be more than 0 hours.</source>
        <translation>停止時間 P5 は0時間より長くしてください。</translation>
    </message>
    <message>
        <source>The duration P95 must not be shorter than P5.</source>
        <translation>停止時間 P95 は P5 より短くできません。</translation>
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
    <message>
        <source>runs on</source>
        <translation>稼働基盤</translation>
    </message>
    <message>
        <source>processed by</source>
        <translation>処理先</translation>
    </message>
    <message>
        <source>connects via</source>
        <translation>接続経路</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>powered by</source>
        <translation>電源供給元</translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>duplicate dependency: %1 -&gt; %2 of the kind "%3" is listed already</source>
        <translation>依存関係の重複: %1 → %2（種類「%3」）は既にあります</translation>
    </message>
    <message>
        <source>%1 without an id (row %2)</source>
        <translation>ID のない%1（%2 行目）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>plan action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>exposure %1 × %2</source>
        <translation>脅威の割当て %1 × %2</translation>
    </message>
    <message>
        <source>response %1 × %2</source>
        <translation>リスク対応 %1 × %2</translation>
    </message>
    <message>
        <source>dependency %1 → %2</source>
        <translation>依存関係 %1 → %2</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所管</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>上位組織</translation>
    </message>
    <message>
        <source>dependent asset</source>
        <translation>依存元の情報資産</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>影響する観点</translation>
    </message>
    <message>
        <source>group</source>
        <translation>対策の区分</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>有効性</translation>
    </message>
    <message>
        <source>mitigated threats</source>
        <translation>低減する脅威</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>required controls</source>
        <translation>前提となる対策</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>target risks</source>
        <translation>対象リスク</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>進捗率</translation>
    </message>
    <message>
        <source>base</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>risk appetite</source>
        <translation>リスク受容基準</translation>
    </message>
    <message>
        <source>level bands</source>
        <translation>リスク水準の区分</translation>
    </message>
    <message>
        <source>impact table</source>
        <translation>影響度表</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>点検</translation>
    </message>
    <message>
        <source>audit finding</source>
        <translation>監査指摘事項</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>例外措置</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>見直しの決定</translation>
    </message>
    <message>
        <source>status by unit</source>
        <translation>部署別の状況</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>判定規則</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>三層区分</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>expires on</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>about</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>fiscal year %1 is out of range; expected 1989 to 2100</source>
        <translation>年度%1は範囲外です。1989から2100までの値を指定してください</translation>
    </message>
    <message>
        <source>an open audit finding cannot have a closing date; set its status to closed or clear the date</source>
        <translation>未完了の指摘事項に完了日は設定できません。状況を closed にするか、日付を削除してください</translation>
    </message>
    <message>
        <source>a closed finding needs the date it was closed</source>
        <translation>完了した指摘事項には完了日が必要です</translation>
    </message>
    <message>
        <source>"%1" is not one of: tier-separation, tier-hosting</source>
        <translation>「%1」は次のいずれでもありません: tier-separation, tier-hosting</translation>
    </message>
    <message>
        <source>the expiry %1 is before the approval %2</source>
        <translation>有効期限%1が承認日%2より前です</translation>
    </message>
    <message>
        <source>%1 scenarios; a model may have at most %2</source>
        <translation>シナリオが%1件あります。1つのモデルに設定できるシナリオは%2件までです</translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation>基になるシナリオの参照が循環しています: %1</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>%1文字あります。%2文字までにしてください</translation>
    </message>
    <message>
        <source>the model's name</source>
        <translation>モデルの名前</translation>
    </message>
    <message>
        <source>document control</source>
        <translation>文書管理</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>preparing department</source>
        <translation>作成部署</translation>
    </message>
    <message>
        <source>approval date</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>revision history</source>
        <translation>改訂履歴</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>配布先</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>%1 is out of range; expected a date from 1989 to 2100</source>
        <translation>%1は範囲外です。1989年から2100年までの日付を指定してください</translation>
    </message>
    <message>
        <source>fiscal year %1 has a budget already (item %2)</source>
        <translation>%1年度の予算は既にあります（項目%2）</translation>
    </message>
    <message>
        <source>a budget cannot be negative (%1)</source>
        <translation>予算に負の値は指定できません（%1）</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>continuity</source>
        <translation>継続性</translation>
    </message>
    <message>
        <source>needed in group</source>
        <translation>グループ内で必要な数</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>有限の数値ではありません</translation>
    </message>
    <message>
        <source>%1 is out of range; expected more than %2 and at most %3</source>
        <translation>%1は範囲外です。%2より大きく%3以下の値を指定してください</translation>
    </message>
    <message>
        <source>asset "%1" has no dependency in group "%2"</source>
        <translation>資産「%1」にはグループ「%2」の依存関係がありません</translation>
    </message>
    <message>
        <source>needs %1 of group "%2", which has %3 dependencies of this asset; expected 1 to %3</source>
        <translation>グループ「%2」のうち%1件の稼働を必要としていますが、この資産のその依存関係は%3件です。1から%3までを指定してください</translation>
    </message>
    <message>
        <source>a group needs a name that is not only spaces</source>
        <translation>グループには空白だけではない名前が必要です</translation>
    </message>
    <message>
        <source>the 95th percentile, %1 hours, is below the 5th, %2 hours</source>
        <translation>95パーセンタイル（%1時間）が5パーセンタイル（%2時間）を下回っています</translation>
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
        <translation>
            <numerusform>…ほか %n 件のエラー</numerusform>
        </translation>
    </message>
    <message>
        <source>error: expected one model file (.mamori or .json)</source>
        <translation>エラー: モデルファイル（.mamori または .json）を1つ指定してください</translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation>エラー: -o FILE の指定が必要です</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>シナリオ: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Assets %1, controls %2, risks %3, findings %4</source>
        <translation>情報資産 %1、対策 %2、リスク %3、指摘事項 %4</translation>
    </message>
    <message>
        <source>Total inherent %1, residual %2; above appetite (%3): %4</source>
        <translation>固有リスク合計 %1、残留リスク合計 %2、リスク受容基準（%3）超過: %4</translation>
    </message>
    <message>
        <source>Residual levels: %1</source>
        <translation>残留リスクのレベル: %1</translation>
    </message>
    <message>
        <source>Finding (%1): %2 and %3 connected without a gateway: %4</source>
        <translation>指摘事項（%1）: %2 と %3 が無害化・分離装置を経ずに接続: %4</translation>
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
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>固有リスク</translation>
    </message>
    <message>
        <source>L res</source>
        <translation>残留L</translation>
    </message>
    <message>
        <source>I res</source>
        <translation>残留I</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>response</source>
        <translation>リスク対応方針</translation>
    </message>
    <message>
        <source>* decided response; others are suggested from the appetite.</source>
        <translation>* は決定済みのリスク対応方針。その他はリスク受容基準に基づく推奨。</translation>
    </message>
    <message>
        <source>error: --top expects a whole number of rows</source>
        <translation>エラー: --top には行数を整数で指定してください</translation>
    </message>
    <message>
        <source>Scenario %1 against %2</source>
        <translation>シナリオ %1 と %2 の比較</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>above appetite</source>
        <translation>リスク受容基準超過</translation>
    </message>
    <message>
        <source>base</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>New finding (%1): %2 and %3</source>
        <translation>新たな指摘事項（%1）: %2 と %3</translation>
    </message>
    <message>
        <source>Resolved finding (%1): %2 and %3</source>
        <translation>解消した指摘事項（%1）: %2 と %3</translation>
    </message>
    <message numerus="yes">
        <source>%n changed risks</source>
        <translation>
            <numerusform>変化したリスク: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>error: --asset A and --threat T are required</source>
        <translation>エラー: --asset A と --threat T の指定が必要です</translation>
    </message>
    <message>
        <source>error: --assets expects a whole number from %1 to %2</source>
        <translation>エラー: --assets には %1 から %2 までの整数を指定してください</translation>
    </message>
    <message>
        <source>error: --seed expects a whole number</source>
        <translation>エラー: --seed には整数を指定してください</translation>
    </message>
    <message>
        <source>error: the generated model is not valid (a bug in the generator)</source>
        <translation>エラー: 生成したモデルに誤りがあります（生成処理の不具合です）</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 assets, %3 dependencies, %4 scenarios</source>
        <translation>書き出しました: %1（情報資産 %2 件、依存関係 %3 件、シナリオ %4 件）</translation>
    </message>
    <message>
        <source>Assess the risks of a model or of one of its scenarios.</source>
        <translation>モデルまたはそのシナリオのリスクを評価します。</translation>
    </message>
    <message>
        <source>Assess scenario ID instead of the baseline.</source>
        <translation>ベースラインの代わりにシナリオ ID を評価します。</translation>
    </message>
    <message>
        <source>Show only the N highest residual risks in the table.</source>
        <translation>表には残留リスクの上位 N 件のみを表示します。</translation>
    </message>
    <message>
        <source>The scenario to compare.</source>
        <translation>比較するシナリオを指定します。</translation>
    </message>
    <message>
        <source>Compare with scenario ID2 instead of the baseline.</source>
        <translation>ベースラインの代わりにシナリオ ID2 と比較します。</translation>
    </message>
    <message>
        <source>Explain why a risk has its score.</source>
        <translation>リスクの評価の根拠を説明します。</translation>
    </message>
    <message>
        <source>The asset of the risk.</source>
        <translation>リスクの情報資産を指定します。</translation>
    </message>
    <message>
        <source>The threat of the risk.</source>
        <translation>リスクの脅威を指定します。</translation>
    </message>
    <message>
        <source>Explain the risk in scenario ID.</source>
        <translation>シナリオ ID におけるリスクを説明します。</translation>
    </message>
    <message>
        <source>Write a synthetic ward model for tests and benchmarks.</source>
        <translation>テスト・ベンチマーク用に、架空の区のモデルを書き出します。</translation>
    </message>
    <message>
        <source>Number of assets.</source>
        <translation>情報資産の数を指定します。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same model.</source>
        <translation>乱数のシードを指定します。同じシードからは同じモデルが生成されます。</translation>
    </message>
    <message>
        <source>error: --%1 expects an amount in yen, 0 or more (got "%2")</source>
        <translation>エラー: --%1 には 0 以上の金額（円）を指定してください（指定値 "%2"）</translation>
    </message>
    <message>
        <source>Done (in the baseline): %1</source>
        <translation>完了済み（ベースラインに反映）: %1</translation>
    </message>
    <message>
        <source>Baseline: total residual %1, above appetite %2</source>
        <translation>ベースライン: 残留リスク合計 %1、受容基準超過 %2 件</translation>
    </message>
    <message>
        <source>action</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>residual after</source>
        <translation>実施後の残留リスク</translation>
    </message>
    <message>
        <source>reduction alone</source>
        <translation>単独での低減量</translation>
    </message>
    <message>
        <source>initial yen</source>
        <translation>初期費用（円）</translation>
    </message>
    <message>
        <source>annual yen</source>
        <translation>年間費用（円）</translation>
    </message>
    <message>
        <source>yen per point</source>
        <translation>低減1点当たり（円）</translation>
    </message>
    <message numerus="yes">
        <source>%n actions to do, initial %1 yen, annual %2 yen</source>
        <translation>
            <numerusform>未完了の対応項目 %n 件、初期費用 %1 円、年間費用 %2 円</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: initial %1 yen</source>
        <translation>予算: 初期費用 %1 円</translation>
    </message>
    <message>
        <source>, annual %1 yen</source>
        <translation>、年間費用 %1 円</translation>
    </message>
    <message>
        <source>Residual %1 -&gt; %2 (every action: %3)</source>
        <translation>残留リスク合計 %1 -&gt; %2（全対応項目の実施時: %3）</translation>
    </message>
    <message numerus="yes">
        <source>Optimum proven: %n sets of actions assessed.</source>
        <translation>
            <numerusform>証明された最適解です（%n 通りの組合せを評価）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heuristic result (greedy by reduction per yen, then swaps): %n sets assessed.</source>
        <translation>
            <numerusform>近似解です（1円当たりの低減量による貪欲法と入替え、%n 通りを評価）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n actions, initial %1 yen, annual %2 yen</source>
        <translation>
            <numerusform>選定: %n 件、初期費用 %1 円、年間費用 %2 円</numerusform>
        </translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>見送り:</translation>
    </message>
    <message>
        <source>would reduce</source>
        <translation>追加時の低減量</translation>
    </message>
    <message>
        <source>why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>error: plan optimize needs --budget N (yen of initial cost)</source>
        <translation>エラー: plan optimize には --budget N（初期費用の予算、円）が必要です</translation>
    </message>
    <message>
        <source>error: --budget and --annual-budget belong to plan optimize</source>
        <translation>エラー: --budget と --annual-budget は plan optimize で使うオプションです</translation>
    </message>
    <message>
        <source>Project the risk response plan action by action; with optimize, choose the actions that a budget buys best.</source>
        <translation>リスク対応計画の実施による残留リスクの推移を示します。optimize を付けると、予算内で最も効果的な対応項目を選びます。</translation>
    </message>
    <message>
        <source>optimize: the budget for initial costs, in yen.</source>
        <translation>optimize: 初期費用の予算（円）。</translation>
    </message>
    <message>
        <source>optimize: the budget for annual costs, in yen.</source>
        <translation>optimize: 年間費用の予算（円）。</translation>
    </message>
    <message>
        <source>Use the plan and model of scenario ID.</source>
        <translation>シナリオ ID の計画とモデルを使います。</translation>
    </message>
    <message>
        <source>error: --lang expects ja or en</source>
        <translation>エラー: --lang には ja 又は en を指定してください</translation>
    </message>
    <message>
        <source>error: the report needs a QGuiApplication</source>
        <translation>エラー: 報告書の出力には QGuiApplication が必要です</translation>
    </message>
    <message>
        <source>error: --fiscal-year expects a year such as 2026</source>
        <translation>エラー: --fiscal-year には 2026 のような年を指定してください</translation>
    </message>
    <message>
        <source>error: --date expects YYYY-MM-DD</source>
        <translation>エラー: --date には YYYY-MM-DD 形式の日付を指定してください</translation>
    </message>
    <message>
        <source>error: --sections expects a comma-separated list of: %1</source>
        <translation>エラー: --sections には次をカンマ区切りで指定してください: %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages</source>
        <translation>
            <numerusform>%1 を出力しました: %nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>所要時間 %1 ms</translation>
    </message>
    <message>
        <source>error: --what expects risks or plan</source>
        <translation>エラー: --what には risks 又は plan を指定してください</translation>
    </message>
    <message>
        <source>Language of the output: ja (default) or en.</source>
        <translation>出力の言語: ja（既定）又は en。</translation>
    </message>
    <message>
        <source>Write the risk report as PDF.</source>
        <translation>リスク評価報告書をPDFで出力する。</translation>
    </message>
    <message>
        <source>Compare scenario ID with the baseline in the report.</source>
        <translation>報告書でシナリオ ID と現在のモデルを比較する。</translation>
    </message>
    <message>
        <source>The handling mark on every page (default 取扱注意).</source>
        <translation>各ページの取扱区分（既定は 取扱注意）。</translation>
    </message>
    <message>
        <source>The organization named on the cover.</source>
        <translation>表紙に記載する団体名。</translation>
    </message>
    <message>
        <source>The fiscal year (default: the current one).</source>
        <translation>年度（既定は現在の年度）。</translation>
    </message>
    <message>
        <source>The date on the cover (default: today).</source>
        <translation>表紙の日付（既定は本日）。</translation>
    </message>
    <message>
        <source>Only these sections (comma-separated): %1.</source>
        <translation>出力する構成（カンマ区切り）: %1。</translation>
    </message>
    <message>
        <source>Print how long the report took.</source>
        <translation>出力に要した時間を表示する。</translation>
    </message>
    <message>
        <source>Export the risk register or the plan as CSV for Excel.</source>
        <translation>リスク台帳又はリスク対応計画をExcel用CSVで出力する。</translation>
    </message>
    <message>
        <source>risks (the risk register) or plan (the plan's actions).</source>
        <translation>risks（リスク台帳）又は plan（リスク対応計画の対応項目）。</translation>
    </message>
    <message>
        <source>Export scenario ID instead of the baseline.</source>
        <translation>現在のモデルに代えてシナリオ ID を出力する。</translation>
    </message>
    <message>
        <source>--what expects assets, dependencies, threats, exposures, controls, org_units or plan (got "%1")</source>
        <translation>--what には assets、dependencies、threats、exposures、controls、org_units、plan のいずれかを指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>--scale expects mic or ipa (got "%1")</source>
        <translation>--scale には mic または ipa を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 (sheet %2, header row %3): %4 added, %5 updated, %6 unchanged, %7 missing</source>
        <translation>%1（シート %2、見出し %3 行目）: 追加 %4 件、更新 %5 件、変更なし %6 件、シートにないもの %7 件</translation>
    </message>
    <message>
        <source>  - %1 (not in the sheet: removed)</source>
        <translation>  - %1（シートにないため削除）</translation>
    </message>
    <message>
        <source>  ? %1 (not in the sheet: kept)</source>
        <translation>  ? %1（シートにないが保持）</translation>
    </message>
    <message>
        <source>New org units: %1</source>
        <translation>新しい組織: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes, nothing written.</source>
        <translation>
            <numerusform>試行: 変更 %n 件。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>expected one spreadsheet file (.xlsx or .csv)</source>
        <translation>スプレッドシートのファイル（.xlsx または .csv）を一つ指定してください</translation>
    </message>
    <message>
        <source>--into PROJECT.mamori is required</source>
        <translation>--into PROJECT.mamori を指定してください</translation>
    </message>
    <message>
        <source>--lang expects ja or en (got "%1")</source>
        <translation>--lang には ja または en を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>--encoding expects utf-8 or cp932 (got "%1")</source>
        <translation>--encoding には utf-8 または cp932 を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>--encoding applies to a .csv file only</source>
        <translation>--encoding は .csv ファイルにだけ指定できます</translation>
    </message>
    <message>
        <source>The project to merge into (saved only when every row merged).</source>
        <translation>取り込み先のプロジェクト（すべての行を取り込めた場合だけ保存します）。</translation>
    </message>
    <message>
        <source>The register the sheet holds: assets (default), dependencies, threats, exposures, controls, org_units or plan. A workbook written by export-sheet is read whole.</source>
        <translation>シートの台帳: assets（既定）、dependencies、threats、exposures、controls、org_units、plan。export-sheet で書き出したブックはすべての台帳を読み込みます。</translation>
    </message>
    <message>
        <source>The sheet to read, when the workbook has several.</source>
        <translation>ブックに複数のシートがある場合に読み込むシート。</translation>
    </message>
    <message>
        <source>The classification scale: mic (default) or ipa (評価値 0-2).</source>
        <translation>分類の尺度: mic（既定）または ipa（評価値 0〜2）。</translation>
    </message>
    <message>
        <source>A column and value mapping saved by the import dialog.</source>
        <translation>取り込み画面で保存した列と値の対応付け。</translation>
    </message>
    <message>
        <source>Remove the items the sheet does not list.</source>
        <translation>シートにない項目を削除します。</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>変更内容を表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Write to FILE (.xlsx or .csv).</source>
        <translation>FILE（.xlsx または .csv）に書き出します。</translation>
    </message>
    <message>
        <source>Only this register (a .csv holds one: assets by default).</source>
        <translation>この台帳だけ（.csv は一つだけ。既定は assets）。</translation>
    </message>
    <message>
        <source>Headers and words in ja (default) or en.</source>
        <translation>見出しと語句の言語: ja（既定）または en。</translation>
    </message>
    <message>
        <source>Only the inventory of this org unit and its sub-units.</source>
        <translation>この組織と下位組織の台帳だけ。</translation>
    </message>
    <message>
        <source>For .csv: utf-8 (default, with a BOM for Excel) or cp932.</source>
        <translation>.csv の文字コード: utf-8（既定。Excel 用に BOM 付き）または cp932。</translation>
    </message>
    <message>
        <source>Merge a ward's spreadsheet (.xlsx or .csv) into a project, all or nothing.</source>
        <translation>区のスプレッドシート（.xlsx または .csv）をプロジェクトに取り込みます（すべて取り込めた場合だけ反映）。</translation>
    </message>
    <message>
        <source>Write the registers as a workbook (.xlsx), or one register as CSV.</source>
        <translation>台帳をブック（.xlsx）に、または台帳一つを CSV に書き出します。</translation>
    </message>
    <message>
        <source>A department's inventory: missing items are looked for only in %1.</source>
        <translation>部署の台帳です。シートにない項目は %1 の中だけで探します。</translation>
    </message>
    <message>
        <source>The sheet is this org unit's inventory: only its items (and its sub-units') can be missing. A department's workbook from export-sheet --unit says so by itself.</source>
        <translation>シートはこの組織の台帳です。シートにない項目として扱うのは、この組織（と下位の組織）の項目だけです。export-sheet --unit で書き出した部署のブックは、それ自体がそう示します。</translation>
    </message>
    <message>
        <source>Baseline against the file %1</source>
        <translation>ベースラインとファイル「%1」の比較</translation>
    </message>
    <message>
        <source>Scenario %1 against the file %2</source>
        <translation>シナリオ%1とファイル「%2」の比較</translation>
    </message>
    <message>
        <source>Compare a scenario with the baseline or with another scenario, or the model with another model file (last year's).</source>
        <translation>シナリオをベースラインまたは別のシナリオと、あるいはモデルを別のモデルファイル（前年度のもの）と比較します。</translation>
    </message>
    <message>
        <source>Compare with the baseline of another model file (.mamori or JSON), e.g. last fiscal year's.</source>
        <translation>別のモデルファイル（.mamori または JSON。前年度のものなど）のベースラインと比較します。</translation>
    </message>
    <message>
        <source>--fiscal-year Y is required</source>
        <translation>--fiscal-year Y を指定してください</translation>
    </message>
    <message>
        <source>--fiscal-year expects a year from 1989 to 2100 (got "%1")</source>
        <translation>--fiscal-year には1989から2100までの年を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>expected one project file: inspection template PROJECT --unit UNIT -o FILE.xlsx</source>
        <translation>プロジェクトファイルを一つ指定してください: inspection template PROJECT --unit UNIT -o FILE.xlsx</translation>
    </message>
    <message>
        <source>the checklist is written as .xlsx (got %1)</source>
        <translation>点検票は .xlsx 形式で書き出します（指定値: %1）</translation>
    </message>
    <message>
        <source>--unit UNIT is required</source>
        <translation>--unit UNIT を指定してください</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>組織「%1」はありません</translation>
    </message>
    <message>
        <source>%1 owns no asset in the scope of a control: there is nothing to inspect</source>
        <translation>%1が所管する情報資産は、どの対策の適用範囲にも含まれません。点検する項目はありません</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n check items for %2, fiscal year %3</source>
        <translation>
            <numerusform>書き出しました: %1（%2、%3年度、点検項目%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>(the control's: %1)</source>
        <translation>（対策全体: %1）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 (sheet %4, header row %5): %n answers</source>
        <translation>
            <numerusform>%1: %2、%3（シート%4、見出し%5行目）: 回答%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check items left unanswered: skipped</source>
        <translation>
            <numerusform>未回答の点検項目%n件は取り込みませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status changes</source>
        <translation>
            <numerusform>対応状況の変更: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>試行: 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>expected one checklist file (.xlsx or .csv)</source>
        <translation>点検票のファイル（.xlsx または .csv）を一つ指定してください</translation>
    </message>
    <message>
        <source>--into PROJECT is required</source>
        <translation>--into PROJECT を指定してください</translation>
    </message>
    <message>
        <source>inspection expects template or import (got "%1")</source>
        <translation>inspection には template または import を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>template: the org unit whose checklist to write; import: the unit answering (default: the one the sheet names).</source>
        <translation>template: 点検票を書き出す組織。import: 回答した組織（既定はシートに記載された組織）。</translation>
    </message>
    <message>
        <source>The fiscal year (年度) of the inspection; template: default the current one.</source>
        <translation>点検の年度（template の既定は現在の年度）。</translation>
    </message>
    <message>
        <source>template: write to FILE.xlsx.</source>
        <translation>template: FILE.xlsx に書き出します。</translation>
    </message>
    <message>
        <source>template: replace FILE if it exists.</source>
        <translation>template: FILE が既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>template: headers and check items in ja (default) or en.</source>
        <translation>template: 見出しと点検項目の言語を ja（既定）または en で指定します。</translation>
    </message>
    <message>
        <source>import: the project to record the inspection in.</source>
        <translation>import: 点検結果を記録するプロジェクト。</translation>
    </message>
    <message>
        <source>import: show the status changes; write nothing.</source>
        <translation>import: 対応状況の変更を表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Write a unit's self-inspection checklist (§9) as a workbook, or import its answers into the unit's control statuses.</source>
        <translation>組織の自己点検票（基本方針９）をブックに書き出します。又は、その回答を取り込んで、その組織の対策の対応状況に反映します。</translation>
    </message>
    <message>
        <source>Compare with the previous year's model file OLD (.mamori or JSON) in the report.</source>
        <translation>報告書で前年度のモデルファイル OLD（.mamori または JSON）と比較する。</translation>
    </message>
    <message>
        <source>error: --edition expects summary or full (got "%1")</source>
        <translation>エラー: --edition には summary 又は full を指定してください（指定値: "%1"）</translation>
    </message>
    <message>
        <source>summary (default): every long list cut to its highest entries and the rest counted, about 60 pages at most; full: the complete registers as well.</source>
        <translation>summary（既定）: 長い一覧は上位のみを掲載し、残りは件数で示す（おおむね60ページ以内）。full: 全ての台帳も掲載する。</translation>
    </message>
    <message>
        <source>error: --approved expects YYYY-MM-DD</source>
        <translation>エラー: --approved には YYYY-MM-DD の形で日付を指定してください</translation>
    </message>
    <message>
        <source>error: --budget expects FY=INITIAL or FY=INITIAL/RUNNING in yen, such as 2026=5000000/1200000</source>
        <translation>エラー: --budget には 年度=初期費用 又は 年度=初期費用/運用経費 の形で円単位の額を指定してください（例: 2026=5000000/1200000）</translation>
    </message>
    <message>
        <source>The document number on the cover (default: the project's).</source>
        <translation>表紙の文書番号（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>The document's version, such as 1.0 (default: the project's).</source>
        <translation>文書の版数。例: 1.0（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>The preparing department on the cover (default: the project's).</source>
        <translation>表紙の作成部署（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>The approval date on the cover (default: the project's).</source>
        <translation>表紙の承認日（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>The distribution list at the end, comma-separated (default: the project's).</source>
        <translation>末尾の配布先。カンマ区切り（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>The plan's budget of fiscal year FY in yen, initial and optionally running; may be repeated (default: the project's).</source>
        <translation>年度FYの計画の予算（円）。初期費用、必要に応じて運用経費。複数指定可（既定: プロジェクトの値）。</translation>
    </message>
    <message>
        <source>error: the output could not be written (disk full, or the reading end closed)</source>
        <translation>エラー: 出力を書き込めませんでした（ディスクの空き不足、又は読み取り側が閉じられました）</translation>
    </message>
    <message>
        <source>error: %1 is open in %2; close it there first</source>
        <translation>エラー: %1 は %2 で開かれています。先にそちらで閉じてください</translation>
    </message>
    <message>
        <source>--trials expects a whole number from 1 to %1</source>
        <translation>--trials には1から%1までの整数を指定してください</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615</source>
        <translation>--seed には0から18446744073709551615までの整数を指定してください</translation>
    </message>
    <message>
        <source>--threads expects a whole number from 0 (every core) to %1</source>
        <translation>--threads には0（全コア）から%1までの整数を指定してください</translation>
    </message>
    <message>
        <source>Service continuity: %1 simulated years, seed %2</source>
        <translation>サービス継続性: %1年分のシミュレーション、シード %2</translation>
    </message>
    <message>
        <source>No asset stops in any simulated year: no threat has an outage rate, or no asset is exposed to one.</source>
        <translation>どのシミュレーション年にも停止する資産はありません。停止率を持つ脅威がないか、それにさらされる資産がありません。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>P(outage)</source>
        <translation>停止確率</translation>
    </message>
    <message>
        <source>mean hours</source>
        <translation>平均停止時間</translation>
    </message>
    <message>
        <source>P(over RTO)</source>
        <translation>RTO超過確率</translation>
    </message>
    <message>
        <source>ALE (yen)</source>
        <translation>年間予想損失額（円）</translation>
    </message>
    <message>
        <source>No asset is a service (continuity: RTO, loss per hour): the assets down longest are shown and the ALE is 0.</source>
        <translation>サービス（継続性: 目標復旧時間、1時間当たりの損失）に指定された資産がありません。停止時間の長い資産を示します。年間予想損失額は0です。</translation>
    </message>
    <message>
        <source>Every asset, services or not, is in the output of --json.</source>
        <translation>--json の出力には、サービスかどうかに関わらずすべての資産が含まれます。</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>区全体</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>annual loss expectancy</source>
        <translation>年間予想損失額</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>median (p50)</source>
        <translation>中央値（p50）</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Service continuity: %1 simulated years, seed %2, the same random numbers on both sides</source>
        <translation>サービス継続性: %1年分のシミュレーション、シード %2、両方に同じ乱数</translation>
    </message>
    <message numerus="yes">
        <source>%n assets whose continuity changed</source>
        <translation>
            <numerusform>継続性が変わった資産 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>hours (base)</source>
        <translation>停止時間（比較元）</translation>
    </message>
    <message>
        <source>hours (scenario)</source>
        <translation>停止時間（シナリオ）</translation>
    </message>
    <message>
        <source>over RTO (base)</source>
        <translation>RTO超過（比較元）</translation>
    </message>
    <message>
        <source>over RTO (scenario)</source>
        <translation>RTO超過（シナリオ）</translation>
    </message>
    <message>
        <source>ALE (base)</source>
        <translation>年間予想損失額（比較元）</translation>
    </message>
    <message>
        <source>ALE (scenario)</source>
        <translation>年間予想損失額（シナリオ）</translation>
    </message>
    <message>
        <source>Simulated years (1 to 10,000,000).</source>
        <translation>シミュレーションする年数（1〜10,000,000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same result.</source>
        <translation>乱数のシード。同じシードなら同じ結果になります。</translation>
    </message>
    <message>
        <source>Threads to use; 0 uses every core. The result does not depend on it.</source>
        <translation>使用するスレッド数。0で全コアを使います。結果はこれに依存しません。</translation>
    </message>
    <message>
        <source>--against and --against-file exclude each other</source>
        <translation>--against と --against-file は同時に指定できません</translation>
    </message>
    <message>
        <source>--scenario ID is required (or --against-file OLD)</source>
        <translation>--scenario ID（又は --against-file OLD）が必要です</translation>
    </message>
    <message>
        <source>Simulate years of outages along the dependencies: how often and how long services stop, and what it costs.</source>
        <translation>依存関係に沿って停止を複数年シミュレーションし、サービスが止まる頻度・時間とその損失を求めます。</translation>
    </message>
    <message>
        <source>Simulate scenario ID instead of the baseline.</source>
        <translation>ベースラインの代わりにシナリオIDをシミュレーションします。</translation>
    </message>
    <message>
        <source>Compare the service continuity (simulate) instead of the risks, with the same random numbers on both sides.</source>
        <translation>リスクの代わりにサービス継続性（simulate）を、両方に同じ乱数を用いて比較します。</translation>
    </message>
    <message>
        <source>Years of outages the continuity chapter simulates (default 10,000).</source>
        <translation>継続性の章でシミュレーションする年数（既定 10,000）。</translation>
    </message>
    <message>
        <source>The continuity simulation's random seed (default 1), as mamori-cli simulate.</source>
        <translation>継続性シミュレーションの乱数シード（既定 1、mamori-cli simulate と同じ）。</translation>
    </message>
</context>
<context>
    <name>mamori::sheets</name>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation>シート %1、%2 行目、列 %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable or is missing.</source>
        <translation>%1 に書き込めません: フォルダーが存在しないか、書き込みが許可されていません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1: this is not a spreadsheet Mamori can read (not an .xlsx workbook nor CSV text); save it from Excel as .xlsx or .csv</source>
        <translation>%1: Mamori が読めるスプレッドシートではありません（.xlsx ブックでも CSV テキストでもありません）。Excel で .xlsx または .csv として保存してください</translation>
    </message>
    <message>
        <source>%1: the text is neither UTF-8 nor Shift_JIS (CP932); save it from Excel as "CSV UTF-8" or as .xlsx</source>
        <translation>%1: 文字コードが UTF-8 でも Shift_JIS（CP932）でもありません。Excel で「CSV UTF-8」または .xlsx として保存してください</translation>
    </message>
    <message>
        <source>%1: the workbook is protected by a password; remove the password in Excel and save it again as .xlsx</source>
        <translation>%1: ブックがパスワードで保護されています。Excel でパスワードを解除し、.xlsx として保存し直してください</translation>
    </message>
    <message>
        <source>%1: this is an old Excel file (.xls); open it in Excel and save it as .xlsx or .csv</source>
        <translation>%1: 古い形式の Excel ファイル（.xls）です。Excel で開き、.xlsx または .csv として保存してください</translation>
    </message>
    <message>
        <source>%1: this is an old Office file or a password-protected workbook; save it from Excel as .xlsx or .csv, without a password</source>
        <translation>%1: 古い形式の Office ファイルか、パスワードで保護されたブックです。Excel でパスワードなしの .xlsx または .csv として保存してください</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode テキスト）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>%1: the file is not an Excel workbook (.xlsx)</source>
        <translation>%1: Excel ブック（.xlsx）ではありません</translation>
    </message>
    <message>
        <source>the zip file is incomplete or broken</source>
        <translation>zip ファイルが不完全か壊れています</translation>
    </message>
    <message>
        <source>%1: this is an Excel binary workbook (.xlsb); save it from Excel as .xlsx or .csv</source>
        <translation>%1: Excel バイナリブック（.xlsb）です。Excel で .xlsx または .csv として保存してください</translation>
    </message>
    <message>
        <source>%1: this zip file is not an Excel workbook (.xlsx); save it as .xlsx or .csv</source>
        <translation>%1: この zip ファイルは Excel ブック（.xlsx）ではありません。.xlsx または .csv として保存してください</translation>
    </message>
    <message>
        <source>the sheet "%1" has no part</source>
        <translation>シート「%1」の本体がありません</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" has more than %3 cells; Mamori reads sheets up to that size</source>
        <translation>%1: シート「%2」のセルが %3 個を超えています。Mamori が読めるのはこの大きさまでです</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>構成要素 %1 がありません</translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %2 MB; Mamori reads workbooks up to that size (is the file damaged?)</source>
        <translation>%1: ブックを展開すると %2 MB を超えます。Mamori が読めるのはこの大きさまでです（ファイルが壊れていませんか）</translation>
    </message>
    <message>
        <source>its part %1 cannot be unpacked (%2)</source>
        <translation>構成要素 %1 を展開できません（%2）</translation>
    </message>
    <message>
        <source>its part %1 cannot be read (line %2)</source>
        <translation>構成要素 %1 を読み込めません（%2 行目）</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: %2</source>
        <translation>%1: ブックが壊れています: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>