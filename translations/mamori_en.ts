<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mamori::AssetEditorDialog</name>
    <message>
        <source>Asset %1</source>
        <translation>Asset %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>Name (&amp;Japanese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>T&amp;ier:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Sanctioned separation point between tiers</source>
        <translation>Sanctioned separation point between tiers</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Classification and impact</source>
        <translation>Classification and impact</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (impact %2)</source>
        <translation>%1 (impact %2)</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <source>Impact (explicit):</source>
        <translation>Impact (explicit):</translation>
    </message>
    <message>
        <source>A blank impact comes from the classification through the impact table, or is 1 without one. Assets this one depends on inherit its impact.</source>
        <translation>A blank impact comes from the classification through the impact table, or is 1 without one. Assets this one depends on inherit its impact.</translation>
    </message>
    <message>
        <source>Dependencies (read only)</source>
        <translation>Dependencies (read only)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>This asset depends on (%1):</source>
        <translation>This asset depends on (%1):</translation>
    </message>
    <message>
        <source>Depending on this asset (%1):</source>
        <translation>Depending on this asset (%1):</translation>
    </message>
    <message>
        <source>Edit dependencies in the Dependencies register.</source>
        <translation>Edit dependencies in the Dependencies register.</translation>
    </message>
    <message>
        <source>From classification: %1</source>
        <translation>From classification: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>Enter a name in Japanese or English.</translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation>Impact %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Columns of an imported inventory that no field takes, kept as written.</source>
        <translation>Columns of an imported inventory that no field takes, kept as written.</translation>
    </message>
    <message>
        <source>Attribute row %1 has a value but no heading.</source>
        <translation>Attribute row %1 has a value but no heading.</translation>
    </message>
    <message>
        <source>The attribute heading “%1” is written twice.</source>
        <translation>The attribute heading “%1” is written twice.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>Service continuity</translation>
    </message>
    <message>
        <source>A &amp;service whose outages are simulated</source>
        <translation>A &amp;service whose outages are simulated</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Target &amp;recovery time:</source>
        <translation>Target &amp;recovery time:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>&amp;Loss per hour:</source>
        <translation>&amp;Loss per hour:</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>of %1 up</source>
        <translation>of %1 up</translation>
    </message>
    <message>
        <source>Redundancy:</source>
        <translation>Redundancy:</translation>
    </message>
    <message>
        <source>No alternatives: give dependencies a group in the Dependencies register.</source>
        <translation>No alternatives: give dependencies a group in the Dependencies register.</translation>
    </message>
    <message>
        <source>Needs up:</source>
        <translation>Needs up:</translation>
    </message>
    <message>
        <source>Target recovery time</source>
        <translation>Target recovery time</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Loss per hour</translation>
    </message>
</context>
<context>
    <name>mamori::AuditFindingsPage</name>
    <message>
        <source>Select an audit finding first.</source>
        <translation>Select an audit finding first.</translation>
    </message>
    <message>
        <source>Plan action %1 corrects audit finding %2.</source>
        <translation>Plan action %1 corrects audit finding %2.</translation>
    </message>
    <message>
        <source>Create corrective action</source>
        <translation>Create corrective action</translation>
    </message>
    <message>
        <source>A plan action from the selected finding (its description, control, unit and due date), linked to it as its corrective action</source>
        <translation>A plan action from the selected finding (its description, control, unit and due date), linked to it as its corrective action</translation>
    </message>
    <message numerus="yes">
        <source>%n audit finding(s)</source>
        <translation>
            <numerusform>%n audit finding</numerusform>
            <numerusform>%n audit findings</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n is open</numerusform>
            <numerusform>%n are open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n is overdue</numerusform>
            <numerusform>%n are overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::Autosave</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” was not saved: %2</translation>
    </message>
</context>
<context>
    <name>mamori::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>mamori::CheckItems</name>
    <message>
        <source>a non-empty text is required</source>
        <translation>a non-empty text is required</translation>
    </message>
    <message>
        <source>a control id is required</source>
        <translation>a control id is required</translation>
    </message>
    <message>
        <source>"%1" should be "%2" (the control's id and the item's number)</source>
        <translation>"%1" should be "%2" (the control's id and the item's number)</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>"%1" is listed twice</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>expected "mamori-check-items"</source>
        <translation>expected "mamori-check-items"</translation>
    </message>
    <message>
        <source>%1 has %2 items; a control has two to four</source>
        <translation>%1 has %2 items; a control has two to four</translation>
    </message>
</context>
<context>
    <name>mamori::CheckList</name>
    <message>
        <source>Search by ID or name</source>
        <translation>Search by ID or name</translation>
    </message>
    <message>
        <source>Show only checked</source>
        <translation>Show only checked</translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Fit columns to contents</translation>
    </message>
</context>
<context>
    <name>mamori::ComparePage</name>
    <message>
        <source>not exposed</source>
        <translation>not exposed</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Inherent total</source>
        <translation>Inherent total</translation>
    </message>
    <message>
        <source>Residual total</source>
        <translation>Residual total</translation>
    </message>
    <message>
        <source>Above appetite</source>
        <translation>Above appetite</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Plan, initial cost (yen)</source>
        <translation>Plan, initial cost (yen)</translation>
    </message>
    <message>
        <source>Plan, annual cost (yen)</source>
        <translation>Plan, annual cost (yen)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Base residual</source>
        <translation>Base residual</translation>
    </message>
    <message>
        <source>Scenario residual</source>
        <translation>Scenario residual</translation>
    </message>
    <message>
        <source>Risks that changed</source>
        <translation>Risks that changed</translation>
    </message>
    <message>
        <source>Three-tier findings added and removed</source>
        <translation>Three-tier findings added and removed</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>The project has no scenarios yet: create one on the Scenarios page.</source>
        <translation>The project has no scenarios yet: create one on the Scenarios page.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) changed</source>
        <translation>
            <numerusform>%n risk changed</numerusform>
            <numerusform>%n risks changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>Residual risk: %1</translation>
    </message>
    <message>
        <source>new in the scenario</source>
        <translation>new in the scenario</translation>
    </message>
    <message>
        <source>gone in the scenario</source>
        <translation>gone in the scenario</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>No finding added or removed</source>
        <translation>No finding added or removed</translation>
    </message>
    <message>
        <source>Residual risk difference by category and tier</source>
        <translation>Residual risk difference by category and tier</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be compared with this project: %n problem(s) in the file.</source>
        <translation>
            <numerusform>“%1” cannot be compared with this project: %n problem in the file.</numerusform>
            <numerusform>“%1” cannot be compared with this project: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>against the other file %1</source>
        <translation>against the other file %1</translation>
    </message>
    <message>
        <source>Compare scenarios instead</source>
        <translation>Compare scenarios instead</translation>
    </message>
    <message>
        <source>Residual in the other file</source>
        <translation>Residual in the other file</translation>
    </message>
    <message>
        <source>Residual in this project</source>
        <translation>Residual in this project</translation>
    </message>
    <message>
        <source>Other file: %1</source>
        <extracomment>The side of a comparison read from another project file, e.g. last fiscal year's</extracomment>
        <translation>Other file: %1</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>This project</translation>
    </message>
    <message>
        <source>not in the other file</source>
        <translation>not in the other file</translation>
    </message>
    <message>
        <source>only in the other file</source>
        <translation>only in the other file</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>Service continuity</translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityCharts</name>
    <message>
        <source>Annual loss (million yen)</source>
        <translation>Annual loss (million yen)</translation>
    </message>
    <message>
        <source>Annual loss (thousand yen)</source>
        <translation>Annual loss (thousand yen)</translation>
    </message>
    <message>
        <source>Loss exceedance curve</source>
        <translation>Loss exceedance curve</translation>
    </message>
    <message>
        <source>Probability that a year's loss is larger</source>
        <translation>Probability that a year's loss is larger</translation>
    </message>
    <message>
        <source>Probability per year</source>
        <translation>Probability per year</translation>
    </message>
    <message>
        <source>Annual loss: share of the simulated years</source>
        <translation>Annual loss: share of the simulated years</translation>
    </message>
    <message>
        <source>Share of years</source>
        <translation>Share of years</translation>
    </message>
    <message>
        <source>Share of years (%)</source>
        <translation>Share of years (%)</translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityComparePanel</name>
    <message>
        <source>&amp;Simulate both</source>
        <translation>&amp;Simulate both</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Base: P(over RTO)</source>
        <translation>Base: P(over RTO)</translation>
    </message>
    <message>
        <source>Scenario: P(over RTO)</source>
        <translation>Scenario: P(over RTO)</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>Difference (points)</translation>
    </message>
    <message>
        <source>Base: ALE (yen)</source>
        <translation>Base: ALE (yen)</translation>
    </message>
    <message>
        <source>Scenario: ALE (yen)</source>
        <translation>Scenario: ALE (yen)</translation>
    </message>
    <message>
        <source>Difference (yen)</source>
        <translation>Difference (yen)</translation>
    </message>
    <message>
        <source>Choose a scenario to compare.</source>
        <translation>Choose a scenario to compare.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The sides changed since: simulate again.</source>
        <translation>The sides changed since: simulate again.</translation>
    </message>
    <message>
        <source>The ward (every asset)</source>
        <translation>The ward (every asset)</translation>
    </message>
    <message numerus="yes">
        <source>Simulating both sides, %Ln year(s) each…</source>
        <translation><numerusform>Simulating both sides, %Ln year each…</numerusform><numerusform>Simulating both sides, %Ln years each…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulated year(s) each, seed %1, the same draws on both sides: the difference is the scenario's, not chance.</source>
        <extracomment>Common random numbers: both sides meet the same random draws in each simulated year.</extracomment>
        <translation><numerusform>%Ln simulated year each, seed %1, the same draws on both sides: the difference is the scenario's, not chance.</numerusform><numerusform>%Ln simulated years each, seed %1, the same draws on both sides: the difference is the scenario's, not chance.</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ContinuityPage</name>
    <message>
        <source>&amp;Trials:</source>
        <translation>&amp;Trials:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The ward's annual loss (yen)</source>
        <translation>The ward's annual loss (yen)</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>Yen</translation>
    </message>
    <message>
        <source>Annual loss expectancy (ALE)</source>
        <translation>Annual loss expectancy (ALE)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <source>Median (P50)</source>
        <translation>Median (P50)</translation>
    </message>
    <message>
        <source>1 year in 10 (P90)</source>
        <translation>1 year in 10 (P90)</translation>
    </message>
    <message>
        <source>1 year in 20 (P95)</source>
        <translation>1 year in 20 (P95)</translation>
    </message>
    <message>
        <source>1 year in 100 (P99)</source>
        <translation>1 year in 100 (P99)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Target recovery time (h)</source>
        <translation>Target recovery time (h)</translation>
    </message>
    <message>
        <source>Loss per hour (yen)</source>
        <translation>Loss per hour (yen)</translation>
    </message>
    <message>
        <source>Probability of an outage</source>
        <translation>Probability of an outage</translation>
    </message>
    <message>
        <source>Expected hours down a year</source>
        <translation>Expected hours down a year</translation>
    </message>
    <message>
        <source>Probability of exceeding the RTO</source>
        <translation>Probability of exceeding the RTO</translation>
    </message>
    <message>
        <source>Annual loss expectancy (yen)</source>
        <translation>Annual loss expectancy (yen)</translation>
    </message>
    <message>
        <source>Waiting for the assessment…</source>
        <translation>Waiting for the assessment…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>The model changed since.</source>
        <translation>The model changed since.</translation>
    </message>
    <message>
        <source>No asset is a service yet: open an asset's editor and check “A service whose outages are simulated”, with its target recovery time and loss per hour.</source>
        <translation>No asset is a service yet: open an asset's editor and check “A service whose outages are simulated”, with its target recovery time and loss per hour.</translation>
    </message>
    <message>
        <source>No threat causes outages yet: open a threat's editor (a power failure, an earthquake) and check “Causes outages”, with its rate and durations.</source>
        <translation>No threat causes outages yet: open a threat's editor (a power failure, an earthquake) and check “Causes outages”, with its rate and durations.</translation>
    </message>
    <message>
        <source>A model, not a forecast: the numbers follow the outage rates and durations entered on the threats, the controls and the redundancy of the dependencies.</source>
        <translation>A model, not a forecast: the numbers follow the outage rates and durations entered on the threats, the controls and the redundancy of the dependencies.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %Ln year(s)…</source>
        <translation><numerusform>Simulating %Ln year…</numerusform><numerusform>Simulating %Ln years…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Shown: %Ln simulated year(s), seed %1, %2.</source>
        <translation><numerusform>Shown: %Ln simulated year, seed %1, %2.</numerusform><numerusform>Shown: %Ln simulated years, seed %1, %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ControlEditorDialog</name>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Control %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>Name (&amp;Japanese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>0 to 1; blank uses the default %1</source>
        <translation>0 to 1; blank uses the default %1</translation>
    </message>
    <message>
        <source>E&amp;ffectiveness:</source>
        <translation>E&amp;ffectiveness:</translation>
    </message>
    <message>
        <source>Effe&amp;ct:</source>
        <translation>Effe&amp;ct:</translation>
    </message>
    <message>
        <source>&amp;Initial cost:</source>
        <translation>&amp;Initial cost:</translation>
    </message>
    <message>
        <source>&amp;Annual cost:</source>
        <translation>&amp;Annual cost:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>e.g. policy §7(1)</source>
        <translation>e.g. policy §7(1)</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>The threats this control mitigates, one by one or a whole threat category. A blank reduction uses the control's effectiveness. When a threat row and its category's row both apply, the threat row's reduction is used.</source>
        <translation>The threats this control mitigates, one by one or a whole threat category. A blank reduction uses the control's effectiveness. When a threat row and its category's row both apply, the threat row's reduction is used.</translation>
    </message>
    <message>
        <source>Threat or threat category</source>
        <translation>Threat or threat category</translation>
    </message>
    <message>
        <source>Reduction (0 to 1)</source>
        <translation>Reduction (0 to 1)</translation>
    </message>
    <message>
        <source>A&amp;dd a threat or category</source>
        <translation>A&amp;dd a threat or category</translation>
    </message>
    <message>
        <source>Category %1: %2</source>
        <translation>Category %1: %2</translation>
    </message>
    <message>
        <source>Type an ID or part of a name</source>
        <translation>Type an ID or part of a name</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>As effectiveness (%1)</source>
        <translation>As effectiveness (%1)</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>All assets</translation>
    </message>
    <message>
        <source>Listed assets</source>
        <translation>Listed assets</translation>
    </message>
    <message>
        <source>Assets of the checked types and tiers</source>
        <translation>Assets of the checked types and tiers</translation>
    </message>
    <message>
        <source>The control covers every asset of the model, including assets added later.</source>
        <translation>The control covers every asset of the model, including assets added later.</translation>
    </message>
    <message>
        <source>Asset types</source>
        <translation>Asset types</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Nothing checked in a list means every asset type, or every tier. An asset is covered when both its type and its tier match.</source>
        <translation>Nothing checked in a list means every asset type, or every tier. An asset is covered when both its type and its tier match.</translation>
    </message>
    <message>
        <source>The controls this one depends on: its readiness is multiplied by theirs, so it works fully only when they are implemented. A chain of requirements must not loop back to this control.</source>
        <translation>The controls this one depends on: its readiness is multiplied by theirs, so it works fully only when they are implemented. A chain of requirements must not loop back to this control.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mitigates (%1)</source>
        <translation>Mitigates (%1)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requires (%1)</source>
        <translation>Requires (%1)</translation>
    </message>
    <message>
        <source>Mitigates, row %1: choose a threat or a threat category from the list.</source>
        <translation>Mitigates, row %1: choose a threat or a threat category from the list.</translation>
    </message>
    <message>
        <source>Mitigates, row %1: the reduction</source>
        <translation>Mitigates, row %1: the reduction</translation>
    </message>
    <message>
        <source>Mitigates, rows %1 and %2 name the same threat or category.</source>
        <translation>Mitigates, rows %1 and %2 name the same threat or category.</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>Enter a name in Japanese or English.</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>Scope: check at least one asset, or choose another scope.</source>
        <translation>Scope: check at least one asset, or choose another scope.</translation>
    </message>
    <message>
        <source>The control's status for the assets one org unit owns, where it differs from the control's own status (the self-inspection sets these). Other units' assets use the control's status.</source>
        <translation>The control's status for the assets one org unit owns, where it differs from the control's own status (the self-inspection sets these). Other units' assets use the control's status.</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add a &amp;unit</source>
        <translation>Add a &amp;unit</translation>
    </message>
    <message>
        <source>Status by unit, row %1: choose an org unit.</source>
        <translation>Status by unit, row %1: choose an org unit.</translation>
    </message>
    <message>
        <source>Status by unit: %1 is listed twice.</source>
        <translation>Status by unit: %1 is listed twice.</translation>
    </message>
    <message>
        <source>Status by unit (%1)</source>
        <translation>Status by unit (%1)</translation>
    </message>
</context>
<context>
    <name>mamori::CsvExport</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset ID</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>Information asset</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>Threat ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Threat category</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>Inherent level</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Residual impact</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Above the appetite</source>
        <translation>Above the appetite</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::DashboardView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risks: %1</translation>
    </message>
    <message>
        <source>Inherent risk total: %1</source>
        <translation>Inherent risk total: %1</translation>
    </message>
    <message>
        <source>Residual risk total: %1</source>
        <translation>Residual risk total: %1</translation>
    </message>
    <message>
        <source>Residual risk above the risk appetite (%1): %2</source>
        <translation>Residual risk above the risk appetite (%1): %2</translation>
    </message>
    <message>
        <source>Residual levels: %1</source>
        <translation>Residual levels: %1</translation>
    </message>
    <message>
        <source>Residual risk by threat category</source>
        <translation>Residual risk by threat category</translation>
    </message>
    <message>
        <source>Residual risk by tier</source>
        <translation>Residual risk by tier</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message numerus="yes">
        <source>%1
Residual risk %2 (%Ln risks)</source>
        <translation>
            <numerusform>%1
Residual risk %2 (%Ln risk)</numerusform>
            <numerusform>%1
Residual risk %2 (%Ln risks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inherent and residual risk by threat category</source>
        <translation>Inherent and residual risk by threat category</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>%1
Inherent risk %2, residual risk %3</source>
        <translation>%1
Inherent risk %2, residual risk %3</translation>
    </message>
    <message>
        <source>%1. %2 / %3</source>
        <translation>%1. %2 / %3</translation>
    </message>
    <message>
        <source>%1 (%2) / %3 (%4)
Residual risk %5 (level %6), inherent risk %7</source>
        <translation>%1 (%2) / %3 (%4)
Residual risk %5 (level %6), inherent risk %7</translation>
    </message>
    <message>
        <source>Top ten risks by residual risk</source>
        <translation>Top ten risks by residual risk</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Control status by control group</source>
        <translation>Control status by control group</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %n controls</source>
        <translation>
            <numerusform>%1
%2: %n control</numerusform>
            <numerusform>%1
%2: %n controls</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>There is no chart %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::DependencyGraphView</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Find an asset by ID or name</source>
        <translation>Find an asset by ID or name</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the graph to the window (Ctrl+0)</source>
        <translation>Fit the graph to the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Show only the selected asset and its neighbourhood (or double-click an asset)</source>
        <translation>Show only the selected asset and its neighbourhood (or double-click an asset)</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>&amp;Hops:</translation>
    </message>
    <message>
        <source>How many dependency hops around the focused asset are shown</source>
        <translation>How many dependency hops around the focused asset are shown</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Blast radius</translation>
    </message>
    <message>
        <source>Highlight every asset that depends on the selected one, directly or transitively: what stops or leaks if it fails</source>
        <translation>Highlight every asset that depends on the selected one, directly or transitively: what stops or leaks if it fails</translation>
    </message>
    <message>
        <source>Highlight the path of a tier-separation finding</source>
        <translation>Highlight the path of a tier-separation finding</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Clear highlight</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Sanctioned separation point between tiers</source>
        <translation>Sanctioned separation point between tiers</translation>
    </message>
    <message>
        <source>Effective impact (C / I / A)</source>
        <translation>Effective impact (C / I / A)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) depend on it</source>
        <translation>
            <numerusform>%n asset depends on it</numerusform>
            <numerusform>%n assets depend on it</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the assessment…</source>
        <translation>Updating the assessment…</translation>
    </message>
    <message>
        <source>No tier-separation findings</source>
        <translation>No tier-separation findings</translation>
    </message>
    <message numerus="yes">
        <source>Tier-separation findings: %n</source>
        <translation>
            <numerusform>Tier-separation findings: %n</numerusform>
            <numerusform>Tier-separation findings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 – %3 (%4 … %5)</source>
        <translation>%1: %2 – %3 (%4 … %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) shown</source>
        <translation>
            <numerusform>%1 of %n asset shown</numerusform>
            <numerusform>%1 of %n assets shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius of %1: %n asset(s) depend on it</source>
        <translation>
            <numerusform>Blast radius of %1: %n asset depends on it</numerusform>
            <numerusform>Blast radius of %1: %n assets depend on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n asset(s)</source>
        <translation>
            <numerusform>Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n asset</numerusform>
            <numerusform>Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1 within %n hop(s)</source>
        <translation>
            <numerusform>Neighbourhood of %1 within %n hop</numerusform>
            <numerusform>Neighbourhood of %1 within %n hops</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset matches “%1”</source>
        <translation>No asset matches “%1”</translation>
    </message>
    <message>
        <source>Match %1 of %2 for “%3” (Enter for the next)</source>
        <translation>Match %1 of %2 for “%3” (Enter for the next)</translation>
    </message>
    <message>
        <source>Focus on this asset</source>
        <translation>Focus on this asset</translation>
    </message>
    <message>
        <source>Show blast radius</source>
        <translation>Show blast radius</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copy ID</translation>
    </message>
    <message>
        <source>What if it fails? (new scenario)</source>
        <translation>What if it fails? (new scenario)</translation>
    </message>
    <message>
        <source>Too many assets to read at once: showing the asset most others depend on. Search or focus on another asset, or show all</source>
        <translation>Too many assets to read at once: showing the asset most others depend on. Search or focus on another asset, or show all</translation>
    </message>
</context>
<context>
    <name>mamori::DetailsPanel</name>
    <message>
        <source>Select an asset, a control or a risk to see its details here.</source>
        <translation>Select an asset, a control or a risk to see its details here.</translation>
    </message>
    <message>
        <source>Asset “%1” no longer exists.</source>
        <translation>Asset “%1” no longer exists.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <source>Own impact</source>
        <translation>Own impact</translation>
    </message>
    <message>
        <source>Effective impact</source>
        <translation>Effective impact</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Blast radius</translation>
    </message>
    <message numerus="yes">
        <source>%n assets depend on it</source>
        <translation>
            <numerusform>%n asset depends on it</numerusform>
            <numerusform>%n assets depend on it</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>No threat applies to this asset.</source>
        <translation>No threat applies to this asset.</translation>
    </message>
    <message>
        <source>Control “%1” no longer exists.</source>
        <translation>Control “%1” no longer exists.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>%1 yen initially, %2 yen a year</source>
        <translation>%1 yen initially, %2 yen a year</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::Edits</name>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation>There is no scenario “%1”.</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>Add asset %1</source>
        <translation>Add asset %1</translation>
    </message>
    <message>
        <source>New threat</source>
        <translation>New threat</translation>
    </message>
    <message>
        <source>Add threat %1</source>
        <translation>Add threat %1</translation>
    </message>
    <message>
        <source>New control</source>
        <translation>New control</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Add control %1</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Add plan action %1</source>
        <translation>Add plan action %1</translation>
    </message>
    <message>
        <source>Choose both assets of the dependency.</source>
        <translation>Choose both assets of the dependency.</translation>
    </message>
    <message>
        <source>There is no asset %1.</source>
        <translation>There is no asset %1.</translation>
    </message>
    <message>
        <source>An asset cannot depend on itself.</source>
        <translation>An asset cannot depend on itself.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 already depends on %2.</translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>Add dependency %1 → %2</translation>
    </message>
    <message>
        <source>Choose the asset and the threat of the exposure.</source>
        <translation>Choose the asset and the threat of the exposure.</translation>
    </message>
    <message>
        <source>There is no threat %1.</source>
        <translation>There is no threat %1.</translation>
    </message>
    <message>
        <source>%1 is exposed to %2 already.</source>
        <translation>%1 is exposed to %2 already.</translation>
    </message>
    <message>
        <source>Add exposure %1 × %2</source>
        <translation>Add exposure %1 × %2</translation>
    </message>
    <message>
        <source>Row %1 is not in the list any more.</source>
        <translation>Row %1 is not in the list any more.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n items</source>
        <translation>
            <numerusform>Set %1 of %n item</numerusform>
            <numerusform>Set %1 of %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists.</source>
        <translation>Asset %1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>Edit asset %1</translation>
    </message>
    <message>
        <source>Threat %1 no longer exists.</source>
        <translation>Threat %1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit threat %1</source>
        <translation>Edit threat %1</translation>
    </message>
    <message>
        <source>Control %1 no longer exists.</source>
        <translation>Control %1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit control %1</source>
        <translation>Edit control %1</translation>
    </message>
    <message>
        <source>Select the risks to decide first.</source>
        <translation>Select the risks to decide first.</translation>
    </message>
    <message>
        <source>Accepting %1 × %2 (residual %3, above the appetite %4) needs a rationale.</source>
        <translation>Accepting %1 × %2 (residual %3, above the appetite %4) needs a rationale.</translation>
    </message>
    <message numerus="yes">
        <source>Decide the response of %n risks</source>
        <translation>
            <numerusform>Decide the response of %n risk</numerusform>
            <numerusform>Decide the response of %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the decision of %n risks</source>
        <translation>
            <numerusform>Clear the decision of %n risk</numerusform>
            <numerusform>Clear the decision of %n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the risk acceptance criteria</source>
        <translation>Change the risk acceptance criteria</translation>
    </message>
    <message>
        <source>%1 was added to the project meanwhile; open the proposals again.</source>
        <translation>%1 was added to the project meanwhile; open the proposals again.</translation>
    </message>
    <message>
        <source>%1 is no longer in the project.</source>
        <translation>%1 is no longer in the project.</translation>
    </message>
    <message>
        <source>Add plan action %1 for %2</source>
        <translation>Add plan action %1 for %2</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>New scenario %1</translation>
    </message>
    <message>
        <source>Rename scenario %1</source>
        <translation>Rename scenario %1</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>Describe scenario %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>“%1” is the base of %2. Delete those scenarios first.</source>
        <translation>“%1” is the base of %2. Delete those scenarios first.</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Delete scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n change(s) of scenario %1</source>
        <translation>
            <numerusform>Revert %n change of scenario %1</numerusform>
            <numerusform>Revert %n changes of scenario %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 fails</translation>
    </message>
    <message>
        <source>%1 is unavailable: its availability impact is 5 and every threat to its availability is certain (likelihood 5). What depends on it is its blast radius.</source>
        <translation>%1 is unavailable: its availability impact is 5 and every threat to its availability is certain (likelihood 5). What depends on it is its blast radius.</translation>
    </message>
    <message>
        <source>There is no control %1.</source>
        <translation>There is no control %1.</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Without %1</translation>
    </message>
    <message>
        <source>Plan with its full budget</source>
        <translation>Plan with its full budget</translation>
    </message>
    <message>
        <source>Every action of the plan completed (initial cost %1 yen).</source>
        <translation>Every action of the plan completed (initial cost %1 yen).</translation>
    </message>
    <message>
        <source>Plan with %1 % of its budget</source>
        <translation>Plan with %1 % of its budget</translation>
    </message>
    <message>
        <source>Budget %1 yen: the actions that fit in plan order are completed (%2 yen); left out: %3.</source>
        <translation>Budget %1 yen: the actions that fit in plan order are completed (%2 yen); left out: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Plan action %1 no longer exists.</source>
        <translation>Plan action %1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit plan action %1</source>
        <translation>Edit plan action %1</translation>
    </message>
    <message>
        <source>There is no plan action %1.</source>
        <translation>There is no plan action %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n plan action(s) done</source>
        <translation>
            <numerusform>Mark %n plan action done</numerusform>
            <numerusform>Mark %n plan actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan the controls of %n chosen action(s)</source>
        <translation>
            <numerusform>Plan the controls of %n chosen action</numerusform>
            <numerusform>Plan the controls of %n chosen actions</numerusform>
        </translation>
    </message>
    <message>
        <source>The optimizer chose no action: there is nothing to carry out.</source>
        <translation>The optimizer chose no action: there is nothing to carry out.</translation>
    </message>
    <message>
        <source>Optimized plan within %1 yen</source>
        <translation>Optimized plan within %1 yen</translation>
    </message>
    <message>
        <source>The actions the optimizer chose for a budget of %1 yen, carried out: %2.</source>
        <translation>The actions the optimizer chose for a budget of %1 yen, carried out: %2.</translation>
    </message>
    <message>
        <source>Another asset has the ID %1 already.</source>
        <translation>Another asset has the ID %1 already.</translation>
    </message>
    <message>
        <source>Rename asset %1 to %2</source>
        <translation>Rename asset %1 to %2</translation>
    </message>
    <message>
        <source>Another threat has the ID %1 already.</source>
        <translation>Another threat has the ID %1 already.</translation>
    </message>
    <message>
        <source>Rename threat %1 to %2</source>
        <translation>Rename threat %1 to %2</translation>
    </message>
    <message>
        <source>Another control has the ID %1 already.</source>
        <translation>Another control has the ID %1 already.</translation>
    </message>
    <message>
        <source>Rename control %1 to %2</source>
        <translation>Rename control %1 to %2</translation>
    </message>
    <message>
        <source>Another plan action has the ID %1 already.</source>
        <translation>Another plan action has the ID %1 already.</translation>
    </message>
    <message>
        <source>Rename plan action %1 to %2</source>
        <translation>Rename plan action %1 to %2</translation>
    </message>
    <message>
        <source>Enter an ID.</source>
        <translation>Enter an ID.</translation>
    </message>
    <message>
        <source>“%1” cannot be an ID: an ID has no spaces, commas, slashes or line breaks, which separate IDs in lists.</source>
        <translation>“%1” cannot be an ID: an ID has no spaces, commas, slashes or line breaks, which separate IDs in lists.</translation>
    </message>
    <message>
        <source>Audit finding %1 no longer exists.</source>
        <translation>Audit finding %1 no longer exists.</translation>
    </message>
    <message>
        <source>Another audit finding has the ID %1 already.</source>
        <translation>Another audit finding has the ID %1 already.</translation>
    </message>
    <message>
        <source>Rename audit finding %1 to %2</source>
        <translation>Rename audit finding %1 to %2</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>There is no org unit "%1".</translation>
    </message>
    <message>
        <source>Apply the self-inspection of %1 (fiscal year %2)</source>
        <translation>Apply the self-inspection of %1 (fiscal year %2)</translation>
    </message>
    <message>
        <source>There is no control "%1".</source>
        <translation>There is no control "%1".</translation>
    </message>
    <message>
        <source>Add audit finding %1</source>
        <translation>Add audit finding %1</translation>
    </message>
    <message>
        <source>Audit finding %1 has a corrective action already: %2.</source>
        <translation>Audit finding %1 has a corrective action already: %2.</translation>
    </message>
    <message>
        <source>Correct audit finding %1</source>
        <translation>Correct audit finding %1</translation>
    </message>
    <message>
        <source>Create corrective action %1 for %2</source>
        <translation>Create corrective action %1 for %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs on %2, a host of another tier</source>
        <translation>%1 runs on %2, a host of another tier</translation>
    </message>
    <message>
        <source>%1 and %2 reach each other over the network without a gateway</source>
        <translation>%1 and %2 reach each other over the network without a gateway</translation>
    </message>
    <message>
        <source>Three-tier separation (§7(3)): %1 × %2. %3 (route: %4).</source>
        <translation>Three-tier separation (§7(3)): %1 × %2. %3 (route: %4).</translation>
    </message>
    <message>
        <source>Record finding as audit finding %1</source>
        <translation>Record finding as audit finding %1</translation>
    </message>
    <message>
        <source>An exception needs its rationale.</source>
        <translation>An exception needs its rationale.</translation>
    </message>
    <message>
        <source>An exception needs the name of who approved it.</source>
        <translation>An exception needs the name of who approved it.</translation>
    </message>
    <message>
        <source>An exception needs the date it was approved.</source>
        <translation>An exception needs the date it was approved.</translation>
    </message>
    <message>
        <source>The expiry cannot be before the approval.</source>
        <translation>The expiry cannot be before the approval.</translation>
    </message>
    <message>
        <source>Exception %1 covers this finding already.</source>
        <translation>Exception %1 covers this finding already.</translation>
    </message>
    <message>
        <source>Accept exception %1 for %2 × %3</source>
        <translation>Accept exception %1 for %2 × %3</translation>
    </message>
    <message>
        <source>Exception %1 no longer exists.</source>
        <translation>Exception %1 no longer exists.</translation>
    </message>
    <message>
        <source>Revoke exception %1</source>
        <translation>Revoke exception %1</translation>
    </message>
    <message>
        <source>Write down the decision.</source>
        <translation>Write down the decision.</translation>
    </message>
    <message>
        <source>Name who decided.</source>
        <translation>Name who decided.</translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation>A decision needs its date.</translation>
    </message>
    <message>
        <source>Record review decision on %1</source>
        <translation>Record review decision on %1</translation>
    </message>
    <message>
        <source>Change the document control</source>
        <translation>Change the document control</translation>
    </message>
    <message>
        <source>There is no dependency %1.</source>
        <translation>There is no dependency %1.</translation>
    </message>
    <message>
        <source>A second %1 for %2</source>
        <translation>A second %1 for %2</translation>
    </message>
    <message>
        <source>%1 is added beside %2 as an alternative: %3 stays up while one of them is up (or as many as its need for the group says). The new supply has no dependencies of its own.</source>
        <translation>%1 is added beside %2 as an alternative: %3 stays up while one of them is up (or as many as its need for the group says). The new supply has no dependencies of its own.</translation>
    </message>
</context>
<context>
    <name>mamori::Engine</name>
    <message>
        <source>the requires chain loops: %1</source>
        <translation>the requires chain loops: %1</translation>
    </message>
</context>
<context>
    <name>mamori::EnumNames</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Information system</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>System document</source>
        <translation>System document</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>My Number use</source>
        <translation>My Number use</translation>
    </message>
    <message>
        <source>LGWAN-connected</source>
        <translation>LGWAN-connected</translation>
    </message>
    <message>
        <source>Internet-connected</source>
        <translation>Internet-connected</translation>
    </message>
    <message>
        <source>Outside the tiers</source>
        <translation>Outside the tiers</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation>Processed by</translation>
    </message>
    <message>
        <source>Connects via</source>
        <translation>Connects via</translation>
    </message>
    <message>
        <source>Located in</source>
        <translation>Located in</translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation>Powered by</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partially implemented</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Reduces likelihood</source>
        <translation>Reduces likelihood</translation>
    </message>
    <message>
        <source>Reduces impact</source>
        <translation>Reduces impact</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigate</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Avoid</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>Administrative body</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Related organization</source>
        <translation>Related organization</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message>
        <source>Outage of supplied services</source>
        <translation>Outage of supplied services</translation>
    </message>
    <message>
        <source>Loss of social trust</source>
        <translation>Loss of social trust</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Asset classification and management</source>
        <translation>Asset classification and management</translation>
    </message>
    <message>
        <source>Three-tier resilience</source>
        <translation>Three-tier resilience</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>Physical security</translation>
    </message>
    <message>
        <source>Human security</source>
        <translation>Human security</translation>
    </message>
    <message>
        <source>Technical security</source>
        <translation>Technical security</translation>
    </message>
    <message>
        <source>Operations and incident response</source>
        <translation>Operations and incident response</translation>
    </message>
    <message>
        <source>Outsourcing and cloud services</source>
        <translation>Outsourcing and cloud services</translation>
    </message>
    <message>
        <source>Evaluation and review</source>
        <translation>Evaluation and review</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>%1 runs on %2 (shared host)</source>
        <translation>%1 runs on %2 (shared host)</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>External audit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Audit finding</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Intentional factors</source>
        <translation>Intentional factors</translation>
    </message>
    <message>
        <source>Unintentional factors</source>
        <translation>Unintentional factors</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list in running text: 「A及びB」</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>MIC guidelines</source>
        <translation>MIC guidelines</translation>
    </message>
    <message>
        <source>Ward's own</source>
        <translation>Ward's own</translation>
    </message>
    <message>
        <source>Security standards</source>
        <translation>Security standards</translation>
    </message>
    <message>
        <source>0123456789</source>
        <extracomment>The digits 0 to 9 of the policy's section numbers as the policy writes them: ０１２３４５６７８９</extracomment>
        <translation>0123456789</translation>
    </message>
    <message>
        <source>Basic policy %1</source>
        <extracomment>A clause of the ward's cybersecurity basic policy, e.g. 基本方針３(1)</extracomment>
        <translation>Basic policy %1</translation>
    </message>
</context>
<context>
    <name>mamori::ExceptionDialog</name>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Accept as exception</source>
        <translation>Accept as exception</translation>
    </message>
    <message>
        <source>Why the tiers may meet here, and what makes up for it</source>
        <translation>Why the tiers may meet here, and what makes up for it</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Rationale:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Approved on:</translation>
    </message>
</context>
<context>
    <name>mamori::Explain</name>
    <message>
        <source>%1 (%2, readiness %3)</source>
        <translation>%1 (%2, readiness %3)</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>asset "%1" does not exist</translation>
    </message>
    <message>
        <source>threat "%1" does not exist</source>
        <translation>threat "%1" does not exist</translation>
    </message>
    <message>
        <source>asset "%1" is not exposed to threat "%2": an exposure entry excludes the pair</source>
        <translation>asset "%1" is not exposed to threat "%2": an exposure entry excludes the pair</translation>
    </message>
    <message>
        <source>asset "%1" is not exposed to threat "%2": the threat's applies_to does not match the asset and no exposure entry names the pair</source>
        <translation>asset "%1" is not exposed to threat "%2": the threat's applies_to does not match the asset and no exposure entry names the pair</translation>
    </message>
    <message>
        <source>Risk of asset %1 from threat %2 (category %3)
</source>
        <translation>Risk of asset %1 from threat %2 (category %3)
</translation>
    </message>
    <message>
        <source>Exposed: an exposure entry names the pair.
</source>
        <translation>Exposed: an exposure entry names the pair.
</translation>
    </message>
    <message>
        <source>Exposed: the threat's applies_to matches the asset.
</source>
        <translation>Exposed: the threat's applies_to matches the asset.
</translation>
    </message>
    <message>
        <source>
Likelihood %1: </source>
        <translation>
Likelihood %1: </translation>
    </message>
    <message>
        <source>from the exposure entry.
</source>
        <translation>from the exposure entry.
</translation>
    </message>
    <message>
        <source>the threat has none, so the default 3.
</source>
        <translation>the threat has none, so the default 3.
</translation>
    </message>
    <message>
        <source>the threat's likelihood.
</source>
        <translation>the threat's likelihood.
</translation>
    </message>
    <message>
        <source>
Impact %1: the largest over the threat's dimensions, here %2.
</source>
        <translation>
Impact %1: the largest over the threat's dimensions, here %2.
</translation>
    </message>
    <message>
        <source>its impact %1</source>
        <translation>its impact %1</translation>
    </message>
    <message>
        <source>classification %1 = %2</source>
        <translation>classification %1 = %2</translation>
    </message>
    <message>
        <source>no impact given, default 1</source>
        <translation>no impact given, default 1</translation>
    </message>
    <message>
        <source>  %1 = %2: the asset's own impact (%3).
</source>
        <translation>  %1 = %2: the asset's own impact (%3).
</translation>
    </message>
    <message>
        <source>  %1 = %2: inherited from %3 (%4)
</source>
        <translation>  %1 = %2: inherited from %3 (%4)
</translation>
    </message>
    <message>
        <source>    %1 -&gt; %2 (%3, weight %4): %5
</source>
        <translation>    %1 -&gt; %2 (%3, weight %4): %5
</translation>
    </message>
    <message>
        <source>
Inherent risk %1 x %2 = %3 (%4).
</source>
        <translation>
Inherent risk %1 x %2 = %3 (%4).
</translation>
    </message>
    <message>
        <source>
No control applies.
</source>
        <translation>
No control applies.
</translation>
    </message>
    <message>
        <source>
Applicable controls (factor = 1 - reduction x readiness):
</source>
        <translation>
Applicable controls (factor = 1 - reduction x readiness):
</translation>
    </message>
    <message>
        <source>threat entry</source>
        <translation>threat entry</translation>
    </message>
    <message>
        <source>category entry</source>
        <translation>category entry</translation>
    </message>
    <message>
        <source>  %1 on %2: reduction %3 (%4%5), readiness %6, factor %7
</source>
        <translation>  %1 on %2: reduction %3 (%4%5), readiness %6, factor %7
</translation>
    </message>
    <message>
        <source>, from the effectiveness</source>
        <translation>, from the effectiveness</translation>
    </message>
    <message>
        <source>    its status %1 gives %2
</source>
        <translation>    its status %1 gives %2
</translation>
    </message>
    <message>
        <source>    held back by: %1
</source>
        <translation>    held back by: %1
</translation>
    </message>
    <message>
        <source>
Residual likelihood 1 + (%1 - 1) x %2 = %3
</source>
        <translation>
Residual likelihood 1 + (%1 - 1) x %2 = %3
</translation>
    </message>
    <message>
        <source>Residual impact 1 + (%1 - 1) x %2 = %3
</source>
        <translation>Residual impact 1 + (%1 - 1) x %2 = %3
</translation>
    </message>
    <message>
        <source>Residual risk %1 x %2 = %3: level %4 (band up to %5).
</source>
        <translation>Residual risk %1 x %2 = %3: level %4 (band up to %5).
</translation>
    </message>
    <message>
        <source>Response %1, decided.
</source>
        <translation>Response %1, decided.
</translation>
    </message>
    <message>
        <source>Suggested response %1 (appetite %2).
</source>
        <translation>Suggested response %1 (appetite %2).
</translation>
    </message>
    <message>
        <source>%1 (status of %2: %3, readiness %4)</source>
        <translation>%1 (status of %2: %3, readiness %4)</translation>
    </message>
    <message>
        <source>    status of %1: %2 gives %3
</source>
        <translation>    status of %1: %2 gives %3
</translation>
    </message>
    <message>
        <source>%1 (see above)</source>
        <translation>%1 (see above)</translation>
    </message>
</context>
<context>
    <name>mamori::ExplanationPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>its own impact %1, set on the asset</source>
        <translation>its own impact %1, set on the asset</translation>
    </message>
    <message>
        <source>its own impact %1, from classification level %2</source>
        <translation>its own impact %1, from classification level %2</translation>
    </message>
    <message>
        <source>its own impact %1, the default (no impact or classification given)</source>
        <translation>its own impact %1, the default (no impact or classification given)</translation>
    </message>
    <message>
        <source>(the largest)</source>
        <translation>(the largest)</translation>
    </message>
    <message>
        <source>the asset's own impact (%1).</source>
        <translation>the asset's own impact (%1).</translation>
    </message>
    <message>
        <source>inherited along the dependencies from %1.</source>
        <translation>inherited along the dependencies from %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>depends on (%1, weight %2): %2 × %3 = %4</source>
        <translation>depends on (%1, weight %2): %2 × %3 = %4</translation>
    </message>
    <message>
        <source>(impact %1)</source>
        <translation>(impact %1)</translation>
    </message>
    <message>
        <source>%1 (%2, readiness %3)</source>
        <translation>%1 (%2, readiness %3)</translation>
    </message>
    <message>
        <source>No control applies to this risk.</source>
        <translation>No control applies to this risk.</translation>
    </message>
    <message>
        <source>Each control multiplies the likelihood or the impact above 1 by its factor = 1 − reduction × readiness; readiness = status factor × the readiness of the controls it requires.</source>
        <translation>Each control multiplies the likelihood or the impact above 1 by its factor = 1 − reduction × readiness; readiness = status factor × the readiness of the controls it requires.</translation>
    </message>
    <message>
        <source>Reduces</source>
        <translation>Reduces</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>for the threat category</source>
        <translation>for the threat category</translation>
    </message>
    <message>
        <source>from the effectiveness</source>
        <translation>from the effectiveness</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>1 − %1 × %2 = %3</source>
        <translation>1 − %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Readiness held back by the controls it requires: %1</source>
        <translation>Readiness held back by the controls it requires: %1</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;L&lt;/sub&gt; = 1 (no control reduces the likelihood)</source>
        <translation>m&lt;sub&gt;L&lt;/sub&gt; = 1 (no control reduces the likelihood)</translation>
    </message>
    <message>
        <source>m&lt;sub&gt;I&lt;/sub&gt; = 1 (no control reduces the impact)</source>
        <translation>m&lt;sub&gt;I&lt;/sub&gt; = 1 (no control reduces the impact)</translation>
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
        <translation>Why this score?</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation>Asset: %1</translation>
    </message>
    <message>
        <source>Threat: %1, %2</source>
        <translation>Threat: %1, %2</translation>
    </message>
    <message>
        <source>Exposed because an exposure entry names this pair.</source>
        <translation>Exposed because an exposure entry names this pair.</translation>
    </message>
    <message>
        <source>Exposed because the threat applies to this asset's type and tier.</source>
        <translation>Exposed because the threat applies to this asset's type and tier.</translation>
    </message>
    <message>
        <source>Inherent risk %1</source>
        <translation>Inherent risk %1</translation>
    </message>
    <message>
        <source>Residual risk %1</source>
        <translation>Residual risk %1</translation>
    </message>
    <message>
        <source>Likelihood L = %1</source>
        <translation>Likelihood L = %1</translation>
    </message>
    <message>
        <source>From the exposure entry of this pair.</source>
        <translation>From the exposure entry of this pair.</translation>
    </message>
    <message>
        <source>The threat gives no likelihood, so the default 3 applies.</source>
        <translation>The threat gives no likelihood, so the default 3 applies.</translation>
    </message>
    <message>
        <source>The threat's likelihood.</source>
        <translation>The threat's likelihood.</translation>
    </message>
    <message>
        <source>Impact I = %1</source>
        <translation>Impact I = %1</translation>
    </message>
    <message>
        <source>The largest effective impact over the dimensions the threat affects. An asset carries the impact of what depends on it, times the dependency's weight.</source>
        <translation>The largest effective impact over the dimensions the threat affects. An asset carries the impact of what depends on it, times the dependency's weight.</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>L × I = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>L × I = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicable controls</source>
        <translation>Applicable controls</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
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
        <translation>Residual risk = L&lt;sub&gt;res&lt;/sub&gt; × I&lt;sub&gt;res&lt;/sub&gt; = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Level (the first band whose bound is at least the residual risk, here up to %1):</source>
        <translation>Level (the first band whose bound is at least the residual risk, here up to %1):</translation>
    </message>
    <message>
        <source>Response: %1 (decided).</source>
        <translation>Response: %1 (decided).</translation>
    </message>
    <message>
        <source>Suggested response: %1, as the residual risk is within the risk appetite (%2).</source>
        <translation>Suggested response: %1, as the residual risk is within the risk appetite (%2).</translation>
    </message>
    <message>
        <source>Suggested response: %1, as the residual risk is above the risk appetite (%2).</source>
        <translation>Suggested response: %1, as the residual risk is above the risk appetite (%2).</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation>The asset %1 no longer exists.</translation>
    </message>
    <message>
        <source>The threat %1 no longer exists.</source>
        <translation>The threat %1 no longer exists.</translation>
    </message>
    <message>
        <source>%1 is not exposed to %2: an exposure entry excludes the pair.</source>
        <translation>%1 is not exposed to %2: an exposure entry excludes the pair.</translation>
    </message>
    <message>
        <source>%1 is not exposed to %2: the threat does not apply to this asset's type and tier, and no exposure entry names the pair.</source>
        <translation>%1 is not exposed to %2: the threat does not apply to this asset's type and tier, and no exposure entry names the pair.</translation>
    </message>
    <message>
        <source>No risk to explain</source>
        <translation>No risk to explain</translation>
    </message>
    <message>
        <source>There is no score for this pair, so nothing to explain.</source>
        <translation>There is no score for this pair, so nothing to explain.</translation>
    </message>
    <message>
        <source>Working out the explanation…</source>
        <translation>Working out the explanation…</translation>
    </message>
    <message>
        <source>Select a risk to see why it has its score.</source>
        <translation>Select a risk to see why it has its score.</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>Status of %1: %2</translation>
    </message>
    <message>
        <source>The control's own status: %1 (the asset has no owning unit)</source>
        <translation>The control's own status: %1 (the asset has no owning unit)</translation>
    </message>
    <message>
        <source>The control's own status: %1 (%2 has no status of its own)</source>
        <translation>The control's own status: %1 (%2 has no status of its own)</translation>
    </message>
    <message>
        <source>%1 (see above)</source>
        <translation>%1 (see above)</translation>
    </message>
</context>
<context>
    <name>mamori::FileReplace</name>
    <message>
        <source>the file is probably open in another program (Excel, Acrobat, another Mamori, a sync client such as OneDrive, or antivirus software). Close it there and try again, or save under another name. (Details: %1)</source>
        <translation>the file is probably open in another program (Excel, Acrobat, another Mamori, a sync client such as OneDrive, or antivirus software). Close it there and try again, or save under another name. (Details: %1)</translation>
    </message>
    <message>
        <source>the file cannot be replaced; it may be read-only, or the folder may not allow changes. Save under another name or in another folder. (Details: %1)</source>
        <translation>the file cannot be replaced; it may be read-only, or the folder may not allow changes. Save under another name or in another folder. (Details: %1)</translation>
    </message>
</context>
<context>
    <name>mamori::FilterStatus</name>
    <message>
        <source>Also filtered by: %1.</source>
        <translation>Also filtered by: %1.</translation>
    </message>
    <message>
        <source>Clear filter (Esc)</source>
        <translation>Clear filter (Esc)</translation>
    </message>
    <message>
        <source>0 of %1 shown — hidden by: %2.</source>
        <translation>0 of %1 shown — hidden by: %2.</translation>
    </message>
    <message>
        <source>0 of %1 shown — the filter “%2” hides the rest.</source>
        <translation>0 of %1 shown — the filter “%2” hides the rest.</translation>
    </message>
</context>
<context>
    <name>mamori::FindingsPage</name>
    <message>
        <source>No breach of the three-tier separation: every path between tiers passes a gateway.</source>
        <translation>No breach of the three-tier separation: every path between tiers passes a gateway.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Exception %1 expired on %2</source>
        <translation>Exception %1 expired on %2</translation>
    </message>
    <message>
        <source>Approved exception %1, no expiry</source>
        <translation>Approved exception %1, no expiry</translation>
    </message>
    <message>
        <source>Approved exception %1 until %2</source>
        <translation>Approved exception %1 until %2</translation>
    </message>
    <message numerus="yes">
        <source>%n breaches of the three-tier separation (§7(3)): tiers that reach each other over network connections without passing a gateway, or systems that run on a host of another tier. Double-click one to see its path in the dependency graph.</source>
        <translation>
            <numerusform>%n breach of the three-tier separation (§7(3)): tiers that reach each other over network connections without passing a gateway, or systems that run on a host of another tier. Double-click one to see its path in the dependency graph.</numerusform>
            <numerusform>%n breaches of the three-tier separation (§7(3)): tiers that reach each other over network connections without passing a gateway, or systems that run on a host of another tier. Double-click one to see its path in the dependency graph.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Record as audit finding…</source>
        <translation>Record as audit finding…</translation>
    </message>
    <message>
        <source>Accept as exception…</source>
        <translation>Accept as exception…</translation>
    </message>
    <message>
        <source>Revoke exception</source>
        <translation>Revoke exception</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions on record: %n</source>
        <translation>
            <numerusform>%n exception on record</numerusform>
            <numerusform>%n exceptions on record</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Select a finding first.</translation>
    </message>
    <message>
        <source>Recorded as audit finding %1.</source>
        <translation>Recorded as audit finding %1.</translation>
    </message>
    <message>
        <source>Record as audit finding</source>
        <translation>Record as audit finding</translation>
    </message>
    <message>
        <source>ID of the audit finding:</source>
        <translation>ID of the audit finding:</translation>
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
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>mamori::GraphLegend</name>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Gateway (separation point)</source>
        <translation>Gateway (separation point)</translation>
    </message>
    <message>
        <source>Dependencies (dependent → what it depends on)</source>
        <translation>Dependencies (dependent → what it depends on)</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Blast radius (what depends on the asset)</source>
        <translation>Blast radius (what depends on the asset)</translation>
    </message>
    <message>
        <source>Tier-separation finding path</source>
        <translation>Tier-separation finding path</translation>
    </message>
</context>
<context>
    <name>mamori::HeatMapWidget</name>
    <message numerus="yes">
        <source>Residual risk (%Ln risks)</source>
        <translation>
            <numerusform>Residual risk (%Ln risk)</numerusform>
            <numerusform>Residual risk (%Ln risks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inherent risk (%Ln risks)</source>
        <translation>
            <numerusform>Inherent risk (%Ln risk)</numerusform>
            <numerusform>Inherent risk (%Ln risks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1, impact %2: %Ln risks (level %3)</source>
        <translation>
            <numerusform>Likelihood %1, impact %2: %Ln risk (level %3)</numerusform>
            <numerusform>Likelihood %1, impact %2: %Ln risks (level %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
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
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the file is a symbolic link that loops</source>
        <translation>the file is a symbolic link that loops</translation>
    </message>
    <message>
        <source>the file is a symbolic link to a file that does not exist</source>
        <translation>the file is a symbolic link to a file that does not exist</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket); Mamori reads only files</source>
        <translation>this is not a regular file (a pipe, a device or a socket); Mamori reads only files</translation>
    </message>
    <message>
        <source>the file is larger than %1; Mamori reads files of this kind up to that size</source>
        <translation>the file is larger than %1; Mamori reads files of this kind up to that size</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionActions</name>
    <message>
        <source>Write a department's checklist</source>
        <translation>Write a department's checklist</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Checklist written to %1</source>
        <translation>Checklist written to %1</translation>
    </message>
    <message>
        <source>Apply a returned checklist</source>
        <translation>Apply a returned checklist</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The project has no org units: add them in an asset's owner first.</source>
        <translation>The project has no org units: add them in an asset's owner first.</translation>
    </message>
    <message>
        <source>&amp;Org unit:</source>
        <translation>&amp;Org unit:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>There is no org unit "%1".</translation>
    </message>
    <message>
        <source>%1 owns no asset in the scope of a control: there is nothing to inspect.</source>
        <translation>%1 owns no asset in the scope of a control: there is nothing to inspect.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Write a department's &amp;checklist…</source>
        <translation>Write a department's &amp;checklist…</translation>
    </message>
    <message>
        <source>Apply a &amp;returned checklist…</source>
        <translation>Apply a &amp;returned checklist…</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionPreviewDialog</name>
    <message>
        <source>Apply a returned checklist</source>
        <translation>Apply a returned checklist</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>Org unit:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>Total residual risk:</source>
        <translation>Total residual risk:</translation>
    </message>
    <message>
        <source>Risks above the appetite:</source>
        <translation>Risks above the appetite:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status before</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status after</translation>
    </message>
    <message>
        <source>The checklist cannot be applied until these are corrected:</source>
        <translation>The checklist cannot be applied until these are corrected:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n item answered</numerusform>
            <numerusform>%n items answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n item unanswered</numerusform>
            <numerusform>%n items unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied the self-inspection of %1, fiscal year %2: %n status changes</source>
        <translation>
            <numerusform>Applied the self-inspection of %1, fiscal year %2: %n status change</numerusform>
            <numerusform>Applied the self-inspection of %1, fiscal year %2: %n status changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::InspectionSheet</name>
    <message>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <source>"%1" is no org unit of the project</source>
        <translation>"%1" is no org unit of the project</translation>
    </message>
    <message>
        <source>the sheet names no unit above its header (%1 and the unit's id); give --unit</source>
        <translation>the sheet names no unit above its header (%1 and the unit's id); give --unit</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>there is no org unit "%1"</translation>
    </message>
    <message>
        <source>the sheet is the checklist of %1, not of %2</source>
        <translation>the sheet is the checklist of %1, not of %2</translation>
    </message>
    <message>
        <source>"%1" is not a fiscal year</source>
        <translation>"%1" is not a fiscal year</translation>
    </message>
    <message>
        <source>the sheet is for fiscal year %1, not %2</source>
        <translation>the sheet is for fiscal year %1, not %2</translation>
    </message>
    <message>
        <source>"%1" is no control of the project</source>
        <translation>"%1" is no control of the project</translation>
    </message>
    <message>
        <source>the row names no control</source>
        <translation>the row names no control</translation>
    </message>
    <message>
        <source>"%1" is no check item of the project's controls</source>
        <translation>"%1" is no check item of the project's controls</translation>
    </message>
    <message>
        <source>"%1" is not a check item of %2</source>
        <translation>"%1" is not a check item of %2</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>"%1" is not one of %2</translation>
    </message>
    <message>
        <source>%1 is answered on row %2 already</source>
        <translation>%1 is answered on row %2 already</translation>
    </message>
    <message>
        <source>there is no sheet "%1"</source>
        <translation>there is no sheet "%1"</translation>
    </message>
    <message>
        <source>no checklist header (回答 with 対策ID or 点検項目ID) in the first %1 rows</source>
        <translation>no checklist header (回答 with 対策ID or 点検項目ID) in the first %1 rows</translation>
    </message>
    <message>
        <source>the fiscal year must be between 1989 and 2100 (got %1)</source>
        <translation>the fiscal year must be between 1989 and 2100 (got %1)</translation>
    </message>
    <message numerus="yes">
        <source>no check item is answered (%n left empty)</source>
        <translation>
            <numerusform>no check item is answered (%n item left empty)</numerusform>
            <numerusform>no check item is answered (%n items left empty)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::InspectionText</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>(the control's)</source>
        <translation>(the control's)</translation>
    </message>
    <message>
        <source>(the control's: %1)</source>
        <translation>(the control's: %1)</translation>
    </message>
</context>
<context>
    <name>mamori::InspectionsPage</name>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Controls at none</source>
        <translation>Controls at none</translation>
    </message>
    <message>
        <source>Controls at partial</source>
        <translation>Controls at partial</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>Share of yes among the answers that apply (N/A left out)</source>
        <translation>Share of yes among the answers that apply (N/A left out)</translation>
    </message>
    <message numerus="yes">
        <source>Self-inspection of %1: %2 of %n units returned their checklist</source>
        <translation>
            <numerusform>Self-inspection of %1: %2 of %n unit returned its checklist</numerusform>
            <numerusform>Self-inspection of %1: %2 of %n units returned their checklist</numerusform>
        </translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>The control's own status: the unit has no entry of its own</source>
        <translation>The control's own status: the unit has no entry of its own</translation>
    </message>
    <message>
        <source>Answers of %1, %2</source>
        <translation>Answers of %1, %2</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>mamori::ItemEditorDialog</name>
    <message>
        <source>The change was not applied: %1</source>
        <translation>The change was not applied: %1</translation>
    </message>
</context>
<context>
    <name>mamori::JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a string, one of: %1</source>
        <translation>expected a string, one of: %1</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" is not one of: %2</translation>
    </message>
    <message>
        <source>is missing; expected one of: %1</source>
        <translation>is missing; expected one of: %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>needs "ja" or "en"</source>
        <translation>needs "ja" or "en"</translation>
    </message>
    <message>
        <source>expected a string or an object {"ja", "en"}</source>
        <translation>expected a string or an object {"ja", "en"}</translation>
    </message>
    <message>
        <source>expected an object with keys C, I, A</source>
        <translation>expected an object with keys C, I, A</translation>
    </message>
    <message>
        <source>"%1" is not a dimension; expected C, I or A</source>
        <translation>"%1" is not a dimension; expected C, I or A</translation>
    </message>
    <message>
        <source>expected a level name (a string or a whole number)</source>
        <translation>expected a level name (a string or a whole number)</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>"%1" is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 5</source>
        <translation>is missing; expected 1 to 5</translation>
    </message>
    <message>
        <source>is missing; expected a non-empty list of C, I, A</source>
        <translation>is missing; expected a non-empty list of C, I, A</translation>
    </message>
    <message>
        <source>expected a threat id or an object {"threat" or "category", "reduction"}</source>
        <translation>expected a threat id or an object {"threat" or "category", "reduction"}</translation>
    </message>
    <message>
        <source>names exactly one of "threat" or "category"</source>
        <translation>names exactly one of "threat" or "category"</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 9</source>
        <translation>is missing; expected 1 to 9</translation>
    </message>
    <message>
        <source>"%1" is not one of: set, add, remove</source>
        <translation>"%1" is not one of: set, add, remove</translation>
    </message>
    <message>
        <source>"%1" is not one of: asset, threat, control, setting, dependency, exposure, response</source>
        <translation>"%1" is not one of: asset, threat, control, setting, dependency, exposure, response</translation>
    </message>
    <message>
        <source>only an asset, a threat, a control or a setting can be set</source>
        <translation>only an asset, a threat, a control or a setting can be set</translation>
    </message>
    <message>
        <source>a setting is changed with "set", not added</source>
        <translation>a setting is changed with "set", not added</translation>
    </message>
    <message>
        <source>expected the whole entity as an object</source>
        <translation>expected the whole entity as an object</translation>
    </message>
    <message>
        <source>a setting cannot be removed</source>
        <translation>a setting cannot be removed</translation>
    </message>
    <message>
        <source>expected a pair [bound, label]</source>
        <translation>expected a pair [bound, label]</translation>
    </message>
    <message>
        <source>this is not a Mamori model (expected "format": "mamori-model")</source>
        <translation>this is not a Mamori model (expected "format": "mamori-model")</translation>
    </message>
    <message>
        <source>expected a whole number, the format version</source>
        <translation>expected a whole number, the format version</translation>
    </message>
    <message>
        <source>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</source>
        <translation>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>expected an object of org unit id → status (%1)</source>
        <translation>expected an object of org unit id → status (%1)</translation>
    </message>
    <message>
        <source>the escape %1 is half of a surrogate pair without its other half: it is no character</source>
        <translation>the escape %1 is half of a surrogate pair without its other half: it is no character</translation>
    </message>
    <message>
        <source>expected an object of dependency group → number of targets needed</source>
        <translation>expected an object of dependency group → number of targets needed</translation>
    </message>
    <message>
        <source>is missing; expected the events per year</source>
        <translation>is missing; expected the events per year</translation>
    </message>
    <message>
        <source>is missing; expected [P5, P95], the hours one event lasts</source>
        <translation>is missing; expected [P5, P95], the hours one event lasts</translation>
    </message>
    <message>
        <source>expected a pair [P5, P95] of hours</source>
        <translation>expected a pair [P5, P95] of hours</translation>
    </message>
    <message>
        <source>must not be empty; leave it out for a dependency needed on its own</source>
        <translation>must not be empty; leave it out for a dependency needed on its own</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>Risk response plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open the &amp;sample ward</source>
        <translation>Open the &amp;sample ward</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filter the register</source>
        <translation>&amp;Filter the register</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>&amp;About Mamori</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Filter: type part of an ID, a name or any value (Ctrl+F)</source>
        <translation>Filter: type part of an ID, a name or any value (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1” has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <source>Mamori project (*.mamori);;Mamori model JSON (*.json)</source>
        <translation>Mamori project (*.mamori);;Mamori model JSON (*.json)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation>Mamori files (*.mamori *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>About Mamori</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>Exposures</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Dependency graph</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Assets %1 · Risks %2 · Above appetite %3 · Residual total %4 · Findings %5</source>
        <translation>Assets %1 · Risks %2 · Above appetite %3 · Residual total %4 · Findings %5</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>Value not accepted</translation>
    </message>
    <message>
        <source>“%1” is open in another Mamori (%2). Save under another name, or close it there first.</source>
        <translation>“%1” is open in another Mamori (%2). Save under another name, or close it there first.</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Project already open</translation>
    </message>
    <message>
        <source>“%1” is open in another Mamori (%2).</source>
        <translation>“%1” is open in another Mamori (%2).</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <source>Mamori did not close normally. Unsaved changes to “%1” from %2 can be restored.</source>
        <translation>Mamori did not close normally. Unsaved changes to “%1” from %2 can be restored.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Dependent asset:</source>
        <translation>Dependent asset:</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Depends on:</translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation>Threat:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s): %1?</source>
        <translation>
            <numerusform>Delete %n item: %1?</numerusform>
            <numerusform>Delete %n items: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependent entries (dependencies, exposures, responses, references) go with them.</source>
        <translation>
            <numerusform>%n dependent entry (a dependency, exposure, response or reference) goes with them.</numerusform>
            <numerusform>%n dependent entries (dependencies, exposures, responses, references) go with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Edit &amp;details…</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>Response policy</translation>
    </message>
    <message>
        <source>&amp;Propose controls for the risk…</source>
        <translation>&amp;Propose controls for the risk…</translation>
    </message>
    <message>
        <source>Select a risk in the risk register or the response policy first.</source>
        <translation>Select a risk in the risk register or the response policy first.</translation>
    </message>
    <message>
        <source>D&amp;ecide the response…</source>
        <translation>D&amp;ecide the response…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>%1[*] — scenario “%2” — %3</source>
        <translation>%1[*] — scenario “%2” — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>ID of the new asset:</source>
        <translation>ID of the new asset:</translation>
    </message>
    <message>
        <source>ID of the new threat:</source>
        <translation>ID of the new threat:</translation>
    </message>
    <message>
        <source>ID of the new control:</source>
        <translation>ID of the new control:</translation>
    </message>
    <message>
        <source>ID of the new plan action:</source>
        <translation>ID of the new plan action:</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Compare with another project &amp;file…</source>
        <translation>Compare with another project &amp;file…</translation>
    </message>
    <message>
        <source>Compare with another project file</source>
        <translation>Compare with another project file</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>ID of the new audit finding:</source>
        <translation>ID of the new audit finding:</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery; save the project. %1</source>
        <translation>Unsaved changes could not be kept for recovery; save the project. %1</translation>
    </message>
    <message>
        <source>Two people saving the same project would overwrite each other's work. You can open a copy and save it under another name. If that Mamori is no longer running (it crashed, or its computer or virtual desktop is gone), you can take the project over.</source>
        <translation>Two people saving the same project would overwrite each other's work. You can open a copy and save it under another name. If that Mamori is no longer running (it crashed, or its computer or virtual desktop is gone), you can take the project over.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>“%1” is still in use by Mamori on this computer (%2); close it there first.</source>
        <translation>“%1” is still in use by Mamori on this computer (%2); close it there first.</translation>
    </message>
    <message>
        <source>Assets %1 · assessing the risks…</source>
        <translation>Assets %1 · assessing the risks…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Assessing the risks of %Ln asset(s)…</source>
        <translation><numerusform>Assessing the risks of %Ln asset…</numerusform><numerusform>Assessing the risks of %Ln assets…</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ModelFile</name>
    <message numerus="yes">
        <source>“%1” was not saved: fix %n problem(s) in the model first:</source>
        <translation>
            <numerusform>“%1” was not saved: fix %n problem in the model first:</numerusform>
            <numerusform>“%1” was not saved: fix %n problems in the model first:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not saved: Mamori cannot write there. Save to another folder, or ask for permission to write there. (Details: %2)</source>
        <translation>“%1” was not saved: Mamori cannot write there. Save to another folder, or ask for permission to write there. (Details: %2)</translation>
    </message>
    <message>
        <source>“%1” was not saved: writing failed; the disk may be full. Free some space or save to another drive. (Details: %2)</source>
        <translation>“%1” was not saved: writing failed; the disk may be full. Free some space or save to another drive. (Details: %2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not saved: it is open in %2. Close it there first, or save under another name.</source>
        <translation>“%1” was not saved: it is open in %2. Close it there first, or save under another name.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” was not saved: %2</translation>
    </message>
</context>
<context>
    <name>mamori::NumberField</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
</context>
<context>
    <name>mamori::OptimizerDialog</name>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>Optimize the plan for a budget</source>
        <translation>Optimize the plan for a budget</translation>
    </message>
    <message>
        <source>&amp;Budget for initial cost:</source>
        <translation>&amp;Budget for initial cost:</translation>
    </message>
    <message>
        <source>&amp;Limit the annual cost to:</source>
        <translation>&amp;Limit the annual cost to:</translation>
    </message>
    <message>
        <source>Candidates are the actions not done yet. Up to %1 candidates the result is the proven optimum; beyond, a greedy choice by reduction per yen improved by swaps, compared with the floor of doing every action.</source>
        <translation>Candidates are the actions not done yet. Up to %1 candidates the result is the proven optimum; beyond, a greedy choice by reduction per yen improved by swaps, compared with the floor of doing every action.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>Residual reduced</source>
        <translation>Residual reduced</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Residual %1 → %2 with %n chosen actions (initial %3 yen, annual %4 yen). Doing every action would reach %5.</source>
        <translation>
            <numerusform>Residual %1 → %2 with %n chosen action (initial %3 yen, annual %4 yen). Doing every action would reach %5.</numerusform>
            <numerusform>Residual %1 → %2 with %n chosen actions (initial %3 yen, annual %4 yen). Doing every action would reach %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the proven optimum (%n sets assessed).</source>
        <translation>
            <numerusform>This is the proven optimum (%n set assessed).</numerusform>
            <numerusform>This is the proven optimum (%n sets assessed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the best set found so far, not proven.</source>
        <translation>Stopped: the best set found so far, not proven.</translation>
    </message>
    <message>
        <source>Heuristic result: too many candidates to try every set.</source>
        <translation>Heuristic result: too many candidates to try every set.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <source>&amp;Apply to the plan</source>
        <translation>&amp;Apply to the plan</translation>
    </message>
    <message>
        <source>Mark the controls the chosen actions introduce as planned, where they are not yet</source>
        <translation>Mark the controls the chosen actions introduce as planned, where they are not yet</translation>
    </message>
    <message>
        <source>&amp;Make a scenario</source>
        <translation>&amp;Make a scenario</translation>
    </message>
    <message>
        <source>A new scenario in which the chosen actions are carried out, to compare with the baseline</source>
        <translation>A new scenario in which the chosen actions are carried out, to compare with the baseline</translation>
    </message>
    <message numerus="yes">
        <source>The controls of the %n chosen action(s) are planned or further along already; nothing was changed.</source>
        <translation>
            <numerusform>The controls of the %n chosen action are planned or further along already; nothing was changed.</numerusform>
            <numerusform>The controls of the %n chosen actions are planned or further along already; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) of the chosen actions marked planned (%1).</source>
        <translation>
            <numerusform>%n control of the chosen actions marked planned (%1).</numerusform>
            <numerusform>%n controls of the chosen actions marked planned (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario “%1” carries out the %n chosen action(s); compare it with the baseline on the Compare page.</source>
        <translation>
            <numerusform>Scenario “%1” carries out the %n chosen action; compare it with the baseline on the Compare page.</numerusform>
            <numerusform>Scenario “%1” carries out the %n chosen actions; compare it with the baseline on the Compare page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Plan</name>
    <message>
        <source>does not fit the initial budget left</source>
        <translation>does not fit the initial budget left</translation>
    </message>
    <message>
        <source>does not fit the annual budget left</source>
        <translation>does not fit the annual budget left</translation>
    </message>
    <message>
        <source>reduces nothing more once the chosen actions are done</source>
        <translation>reduces nothing more once the chosen actions are done</translation>
    </message>
    <message>
        <source>fits, but the search found a better use of the budget</source>
        <translation>fits, but the search found a better use of the budget</translation>
    </message>
</context>
<context>
    <name>mamori::PlanActionEditorDialog</name>
    <message>
        <source>Plan action %1</source>
        <translation>Plan action %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Title (&amp;Japanese):</source>
        <translation>Title (&amp;Japanese):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Title (&amp;English):</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>&amp;Responsible unit:</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>A&amp;ssignee:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Initial cost:</source>
        <translation>&amp;Initial cost:</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>A&amp;nnual cost:</source>
        <translation>A&amp;nnual cost:</translation>
    </message>
    <message>
        <source>The controls this action introduces: completing the action makes each of them implemented, which is what the projection and the optimizer count.</source>
        <translation>The controls this action introduces: completing the action makes each of them implemented, which is what the projection and the optimizer count.</translation>
    </message>
    <message>
        <source>The risks this action is meant to lower, for the plan and the report.</source>
        <translation>The risks this action is meant to lower, for the plan and the report.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Controls (%1)</source>
        <translation>Controls (%1)</translation>
    </message>
    <message>
        <source>Target risks (%1)</source>
        <translation>Target risks (%1)</translation>
    </message>
    <message>
        <source>Enter a title in Japanese or English.</source>
        <translation>Enter a title in Japanese or English.</translation>
    </message>
    <message>
        <source>The due date %1 is before the start %2.</source>
        <translation>The due date %1 is before the start %2.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Progress: enter a whole percentage from 0 to 100.</source>
        <translation>Progress: enter a whole percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Annual cost</translation>
    </message>
</context>
<context>
    <name>mamori::PlanPage</name>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Optimize for a budget…</source>
        <translation>&amp;Optimize for a budget…</translation>
    </message>
    <message>
        <source>Choose the actions that reduce the residual risk the most within a budget</source>
        <translation>Choose the actions that reduce the residual risk the most within a budget</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Residual after</source>
        <translation>Residual after</translation>
    </message>
    <message>
        <source>Above appetite</source>
        <translation>Above appetite</translation>
    </message>
    <message>
        <source>Reduction alone</source>
        <translation>Reduction alone</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>Yen per point</source>
        <translation>Yen per point</translation>
    </message>
    <message>
        <source>Projected residual risk over the fiscal year</source>
        <translation>Projected residual risk over the fiscal year</translation>
    </message>
    <message numerus="yes">
        <source>Residual %1 → %2 after the plan; above appetite %3 → %4; %n actions to do, initial %5 yen, annual %6 yen</source>
        <translation>
            <numerusform>Residual %1 → %2 after the plan; above appetite %3 → %4; %n action to do, initial %5 yen, annual %6 yen</numerusform>
            <numerusform>Residual %1 → %2 after the plan; above appetite %3 → %4; %n actions to do, initial %5 yen, annual %6 yen</numerusform>
        </translation>
    </message>
    <message>
        <source>Total residual</source>
        <translation>Total residual</translation>
    </message>
    <message>
        <source>Risks above appetite</source>
        <translation>Risks above appetite</translation>
    </message>
    <message>
        <source>Annual loss from outages (yen)</source>
        <translation>Annual loss from outages (yen)</translation>
    </message>
    <message numerus="yes">
        <source>Annual loss from outages: the expected loss from the continuity simulation with the actions up to that row completed, %Ln simulated years each with the same random numbers.</source>
        <translation>
            <numerusform>Annual loss from outages: the expected loss from the continuity simulation with the actions up to that row completed, %Ln simulated year each with the same random numbers.</numerusform>
            <numerusform>Annual loss from outages: the expected loss from the continuity simulation with the actions up to that row completed, %Ln simulated years each with the same random numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::PlanTimeline</name>
    <message>
        <source>FY%1 (Reiwa %2)</source>
        <translation>FY%1 (Reiwa %2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1 (scenario %2)</translation>
    </message>
    <message>
        <source>There is no scenario “%1”.</source>
        <translation>There is no scenario “%1”.</translation>
    </message>
    <message>
        <source>Adopt scenario %1</source>
        <translation>Adopt scenario %1</translation>
    </message>
    <message>
        <source>IDs are renamed in the baseline, not in a scenario. Show the baseline and rename the item there: every scenario follows the new ID.</source>
        <translation>IDs are renamed in the baseline, not in a scenario. Show the baseline and rename the item there: every scenario follows the new ID.</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>table %1, row %2, column %3</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" is not one of: %2</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>"%1" is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>is not a JSON value</translation>
    </message>
    <message>
        <source>"%1" is not one of: all, assets, filter</source>
        <translation>"%1" is not one of: all, assets, filter</translation>
    </message>
    <message>
        <source>control "%1" does not exist</source>
        <translation>control "%1" does not exist</translation>
    </message>
    <message>
        <source>plan action "%1" does not exist</source>
        <translation>plan action "%1" does not exist</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>this is not a Mamori project file (it is not an SQLite database)</source>
        <translation>this is not a Mamori project file (it is not an SQLite database)</translation>
    </message>
    <message>
        <source>the project file cannot be opened: %1</source>
        <translation>the project file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the project file is damaged or truncated: %1</source>
        <translation>the project file is damaged or truncated: %1</translation>
    </message>
    <message>
        <source>this is an SQLite database but not a Mamori project file</source>
        <translation>this is an SQLite database but not a Mamori project file</translation>
    </message>
    <message>
        <source>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</source>
        <translation>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</translation>
    </message>
    <message>
        <source>the project file is damaged: it has no schema</source>
        <translation>the project file is damaged: it has no schema</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to upgrade the project file</source>
        <translation>cannot make a temporary copy to upgrade the project file</translation>
    </message>
    <message>
        <source>cannot upgrade the project file from format %1: %2</source>
        <translation>cannot upgrade the project file from format %1: %2</translation>
    </message>
    <message>
        <source>there is not enough free space on the disk. Free some space, or save to another drive.</source>
        <translation>there is not enough free space on the disk. Free some space, or save to another drive.</translation>
    </message>
    <message>
        <source>the file is in use by another program. Close it there and save again.</source>
        <translation>the file is in use by another program. Close it there and save again.</translation>
    </message>
    <message>
        <source>what is in its place is not a Mamori project, or it is damaged. Save under another name (File &gt; Save As).</source>
        <translation>what is in its place is not a Mamori project, or it is damaged. Save under another name (File &gt; Save As).</translation>
    </message>
    <message>
        <source>the drive reported an error while writing (a network drive may have been disconnected). Save again, or save to another drive.</source>
        <translation>the drive reported an error while writing (a network drive may have been disconnected). Save again, or save to another drive.</translation>
    </message>
    <message>
        <source>the model holds a reference the project file cannot store. Undo the last change and save again, and report this problem.</source>
        <translation>the model holds a reference the project file cannot store. Undo the last change and save again, and report this problem.</translation>
    </message>
    <message>
        <source>Mamori cannot write in the folder “%1”. Save to another folder (File &gt; Save As), or ask for permission to write there.</source>
        <translation>Mamori cannot write in the folder “%1”. Save to another folder (File &gt; Save As), or ask for permission to write there.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (a network drive may have been disconnected). Save to another folder (File &gt; Save As).</source>
        <translation>the folder “%1” does not exist (a network drive may have been disconnected). Save to another folder (File &gt; Save As).</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” was not saved: %2</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
    <message>
        <source>“%1” was not saved: a copy of the older file could not be kept as “%2”. Save to a folder you can write to (File &gt; Save As).</source>
        <translation>“%1” was not saved: a copy of the older file could not be kept as “%2”. Save to a folder you can write to (File &gt; Save As).</translation>
    </message>
    <message>
        <source>inspection "%1" does not exist</source>
        <translation>inspection "%1" does not exist</translation>
    </message>
    <message>
        <source>exception "%1" does not exist</source>
        <translation>exception "%1" does not exist</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>is not a JSON object</translation>
    </message>
    <message>
        <source>the attribute "%1" is not text</source>
        <translation>the attribute "%1" is not text</translation>
    </message>
    <message>
        <source>is 0, but the asset has a recovery target or a loss per hour</source>
        <translation>is 0, but the asset has a recovery target or a loss per hour</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>asset "%1" does not exist</translation>
    </message>
    <message>
        <source>is empty; an outage needs its rate and both durations, or none of them</source>
        <translation>is empty; an outage needs its rate and both durations, or none of them</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to read the project file</source>
        <translation>cannot make a temporary copy to read the project file</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more object(s) that are not Mamori's own</source>
        <translation>
            <numerusform>… and %n more object that is not Mamori's own</numerusform>
            <numerusform>… and %n more objects that are not Mamori's own</numerusform>
        </translation>
    </message>
    <message>
        <source>it defines a view “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>it defines a view “%1”; a project file holds only tables, and Mamori does not open files that could run code</translation>
    </message>
    <message>
        <source>it defines a trigger “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>it defines a trigger “%1”; a project file holds only tables, and Mamori does not open files that could run code</translation>
    </message>
    <message>
        <source>it defines a virtual table “%1”; a project file holds only tables, and Mamori does not open files that could run code</source>
        <translation>it defines a virtual table “%1”; a project file holds only tables, and Mamori does not open files that could run code</translation>
    </message>
    <message>
        <source>it holds the index “%1”, which Mamori does not write</source>
        <translation>it holds the index “%1”, which Mamori does not write</translation>
    </message>
    <message>
        <source>it holds the table “%1”, which Mamori does not write</source>
        <translation>it holds the table “%1”, which Mamori does not write</translation>
    </message>
    <message>
        <source>its index “%1” is not defined as Mamori defines it</source>
        <translation>its index “%1” is not defined as Mamori defines it</translation>
    </message>
    <message>
        <source>its table “%1” is not defined as Mamori defines it</source>
        <translation>its table “%1” is not defined as Mamori defines it</translation>
    </message>
    <message>
        <source>its index “%1” is missing</source>
        <translation>its index “%1” is missing</translation>
    </message>
    <message>
        <source>its table “%1” is missing</source>
        <translation>its table “%1” is missing</translation>
    </message>
    <message numerus="yes">
        <source>binary data (%n byte(s))</source>
        <translation>
            <numerusform>binary data (%n byte)</numerusform>
            <numerusform>binary data (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 is not a finite number</translation>
    </message>
    <message>
        <source>is empty; a number is required</source>
        <translation>is empty; a number is required</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>is empty; a whole number is required</source>
        <translation>is empty; a whole number is required</translation>
    </message>
    <message>
        <source>%1 is not 0 or 1</source>
        <translation>%1 is not 0 or 1</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectLock</name>
    <message>
        <source>%1 on %2, process %3, since %4</source>
        <translation>%1 on %2, process %3, since %4</translation>
    </message>
    <message>
        <source>%1 on %2, user %3, process %4, since %5</source>
        <translation>%1 on %2, user %3, process %4, since %5</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
</context>
<context>
    <name>mamori::ProposalsDialog</name>
    <message>
        <source>Controls for %1 × %2</source>
        <translation>Controls for %1 × %2</translation>
    </message>
    <message>
        <source>No control that is not implemented yet would mitigate this risk.</source>
        <translation>No control that is not implemented yet would mitigate this risk.</translation>
    </message>
    <message>
        <source>Controls that would mitigate this risk (by its threat or category, with the asset in their scope) and are not implemented, best first. Residual of the risk now: %1.</source>
        <translation>Controls that would mitigate this risk (by its threat or category, with the asset in their scope) and are not implemented, best first. Residual of the risk now: %1.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>Risk after</translation>
    </message>
    <message>
        <source>Total reduction</source>
        <translation>Total reduction</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not in the project (catalogue)</source>
        <translation>Not in the project (catalogue)</translation>
    </message>
    <message>
        <source>Needs %1 first</source>
        <translation>Needs %1 first</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Add to the plan</translation>
    </message>
    <message>
        <source>Added to the plan as %1.</source>
        <translation>Added to the plan as %1.</translation>
    </message>
    <message>
        <source>Choose a control first.</source>
        <translation>Choose a control first.</translation>
    </message>
</context>
<context>
    <name>mamori::RegisterPage</name>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Dependent asset</source>
        <translation>Dependent asset</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Class. C</source>
        <translation>Class. C</translation>
    </message>
    <message>
        <source>Class. I</source>
        <translation>Class. I</translation>
    </message>
    <message>
        <source>Class. A</source>
        <translation>Class. A</translation>
    </message>
    <message>
        <source>Impact C</source>
        <translation>Impact C</translation>
    </message>
    <message>
        <source>Impact I</source>
        <translation>Impact I</translation>
    </message>
    <message>
        <source>Impact A</source>
        <translation>Impact A</translation>
    </message>
    <message>
        <source>Effective C</source>
        <translation>Effective C</translation>
    </message>
    <message>
        <source>Effective I</source>
        <translation>Effective I</translation>
    </message>
    <message>
        <source>Effective A</source>
        <translation>Effective A</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Blast radius</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weight C</source>
        <translation>Weight C</translation>
    </message>
    <message>
        <source>Weight I</source>
        <translation>Weight I</translation>
    </message>
    <message>
        <source>Weight A</source>
        <translation>Weight A</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requires</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Target risks</source>
        <translation>Target risks</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is not one of: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>a name cannot be empty</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>All assets</translation>
    </message>
    <message>
        <source>“%1” is not one of C, I, A</source>
        <translation>“%1” is not one of C, I, A</translation>
    </message>
    <message>
        <source>“%1” is not ASSET/THREAT</source>
        <translation>“%1” is not ASSET/THREAT</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-12-02, 2026/12/2 or 令和8年12月2日</source>
        <translation>“%1” is not a date: type it as 2026-12-02, 2026/12/2 or 令和8年12月2日</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal year from 1989 to 2100</source>
        <translation>“%1” is not a fiscal year from 1989 to 2100</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>The due date of corrective action %1</source>
        <translation>The due date of corrective action %1</translation>
    </message>
    <message>
        <source>Status by unit</source>
        <translation>Status by unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Needed of group</source>
        <translation>Needed of group</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>give the dependency a group first</source>
        <translation>give the dependency a group first</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 1 to %2</source>
        <translation>“%1” is not a whole number from 1 to %2</translation>
    </message>
</context>
<context>
    <name>mamori::Report</name>
    <message>
        <source>cannot start painting the report</source>
        <translation>cannot start painting the report</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Method of assessment</source>
        <translation>Method of assessment</translation>
    </message>
    <message>
        <source>%1: over %2 up to %3</source>
        <translation>%1: over %2 up to %3</translation>
    </message>
    <message>
        <source>Risks are assessed as the ward's cybersecurity basic policy asks (§8), with the terms of JIS Q 27000 and JIS Q 31000. A risk is a pair of an information asset and a threat that can reach it.</source>
        <translation>Risks are assessed as the ward's cybersecurity basic policy asks (§8), with the terms of JIS Q 27000 and JIS Q 31000. A risk is a pair of an information asset and a threat that can reach it.</translation>
    </message>
    <message>
        <source>Impact. Each asset has an impact from 1 to 5 for confidentiality, integrity and availability, given directly or derived from its classification under the guideline (for example, confidentiality class 3 is impact 5). An asset that others depend on carries the impact of what depends on it: a server that runs the resident register system is as important as that system (the maximum principle). Where a dependency only partly passes impact on (for example, power affects availability only), a weight between 0 and 1 says how much.</source>
        <translation>Impact. Each asset has an impact from 1 to 5 for confidentiality, integrity and availability, given directly or derived from its classification under the guideline (for example, confidentiality class 3 is impact 5). An asset that others depend on carries the impact of what depends on it: a server that runs the resident register system is as important as that system (the maximum principle). Where a dependency only partly passes impact on (for example, power affects availability only), a weight between 0 and 1 says how much.</translation>
    </message>
    <message>
        <source>Inherent risk is likelihood times impact, before any control: from 1 to 25. For a threat that affects several of confidentiality, integrity and availability, the highest of those impacts is taken.</source>
        <translation>Inherent risk is likelihood times impact, before any control: from 1 to 25. For a threat that affects several of confidentiality, integrity and availability, the highest of those impacts is taken.</translation>
    </message>
    <message>
        <source>Residual risk takes the controls into account. A control that applies to the asset and the threat reduces likelihood (or impact) by its effectiveness, counted in full when it is implemented, half when partially implemented and not at all when only planned. A control that depends on another is only as ready as that one. Several controls multiply: two controls of 50 % leave a quarter of the part above 1.</source>
        <translation>Residual risk takes the controls into account. A control that applies to the asset and the threat reduces likelihood (or impact) by its effectiveness, counted in full when it is implemented, half when partially implemented and not at all when only planned. A control that depends on another is only as ready as that one. Several controls multiply: two controls of 50 % leave a quarter of the part above 1.</translation>
    </message>
    <message>
        <source>Levels: %1. The risk appetite is %2: a residual risk at or below it may be accepted; above it, a response is needed.</source>
        <translation>Levels: %1. The risk appetite is %2: a residual risk at or below it may be accepted; above it, a response is needed.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Three-tier separation: assets connected by network links are grouped, leaving out sanctioned gateways. A group holding assets of two tiers is a finding: My Number use with Internet-connected is critical, LGWAN-connected with Internet-connected high, My Number use with LGWAN-connected medium.</source>
        <translation>Three-tier separation: assets connected by network links are grouped, leaving out sanctioned gateways. A group holding assets of two tiers is a finding: My Number use with Internet-connected is critical, LGWAN-connected with Internet-connected high, My Number use with LGWAN-connected medium.</translation>
    </message>
    <message>
        <source>Impact spread (blast radius): the number of other assets that depend on an asset, directly or through others, and so stop or leak if it fails.</source>
        <translation>Impact spread (blast radius): the number of other assets that depend on an asset, directly or through others, and so stop or leak if it fails.</translation>
    </message>
    <message>
        <source>Threats and controls used</source>
        <translation>Threats and controls used</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Threat category</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>Affects</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Control group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Reduces</source>
        <translation>Reduces</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <source>Impact is the effective impact after dependencies (1 to 5); the impact spread is the number of assets that depend on the asset.</source>
        <translation>Impact is the effective impact after dependencies (1 to 5); the impact spread is the number of assets that depend on the asset.</translation>
    </message>
    <message>
        <source>Information asset</source>
        <translation>Information asset</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Impact spread</source>
        <translation>Impact spread</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>Risk response plan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>The plan has no actions yet.</source>
        <translation>The plan has no actions yet.</translation>
    </message>
    <message>
        <source>Timeline of fiscal year %1</source>
        <translation>Timeline of fiscal year %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Bars run from start to due date (◆); the dark part of an action in progress is its progress; a red outline marks an action past its due date. Actions outside fiscal year %1 are listed without a bar.</source>
        <translation>Bars run from start to due date (◆); the dark part of an action in progress is its progress; a red outline marks an action past its due date. Actions outside fiscal year %1 are listed without a bar.</translation>
    </message>
    <message>
        <source>Projected residual risk</source>
        <translation>Projected residual risk</translation>
    </message>
    <message>
        <source>The total residual risk as the actions are completed in due order: completing an action puts its controls in place. Actions already done are counted in the starting point.</source>
        <translation>The total residual risk as the actions are completed in due order: completing an action puts its controls in place. Actions already done are counted in the starting point.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Total residual risk after each action</source>
        <translation>Total residual risk after each action</translation>
    </message>
    <message>
        <source>Total residual risk</source>
        <translation>Total residual risk</translation>
    </message>
    <message>
        <source>%1 above</source>
        <extracomment>Under each point of the projection chart: risks above the appetite</extracomment>
        <translation>%1 above</translation>
    </message>
    <message>
        <source>Residual risk after</source>
        <translation>Residual risk after</translation>
    </message>
    <message>
        <source>Risks above the appetite</source>
        <translation>Risks above the appetite</translation>
    </message>
    <message>
        <source>Reduction alone</source>
        <translation>Reduction alone</translation>
    </message>
    <message>
        <source>Now (actions done included)</source>
        <translation>Now (actions done included)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <source>Scenario %1 (%2) compared with the current model. A scenario is a set of changes considered (what if); it does not change the model.</source>
        <translation>Scenario %1 (%2) compared with the current model. A scenario is a set of changes considered (what if); it does not change the model.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Total inherent risk</source>
        <translation>Total inherent risk</translation>
    </message>
    <message>
        <source>Risks above the risk appetite</source>
        <translation>Risks above the risk appetite</translation>
    </message>
    <message>
        <source>Three-tier separation findings</source>
        <translation>Three-tier separation findings</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Findings that change</source>
        <translation>Findings that change</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Risks that change</source>
        <translation>Risks that change</translation>
    </message>
    <message>
        <source>No risk changes in this scenario.</source>
        <translation>No risk changes in this scenario.</translation>
    </message>
    <message>
        <source>Information asset risk assessment report</source>
        <translation>Information asset risk assessment report</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page footer: page number and page count</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>Appendix %1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <extracomment>A response suggested from the risk appetite, not decided yet</extracomment>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Fiscal year %1 (April %1 to March %2)</source>
        <translation>Fiscal year %1 (April %1 to March %2)</translation>
    </message>
    <message>
        <source>Scenario compared: %1 (%2)</source>
        <translation>Scenario compared: %1 (%2)</translation>
    </message>
    <message>
        <source>Risk response policy and risk response plan</source>
        <translation>Risk response policy and risk response plan</translation>
    </message>
    <message>
        <source>This report describes the ward's information security measures, which the policy keeps non-public (§11). Handle it according to its mark and do not disclose it to anyone who does not need it.</source>
        <translation>This report describes the ward's information security measures, which the policy keeps non-public (§11). Handle it according to its mark and do not disclose it to anyone who does not need it.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>CISO</source>
        <translation>CISO</translation>
    </message>
    <message>
        <source>Deputy CISO</source>
        <translation>Deputy CISO</translation>
    </message>
    <message>
        <source>Information security officer</source>
        <translation>Information security officer</translation>
    </message>
    <message>
        <source>Prepared with Mamori %1</source>
        <translation>Prepared with Mamori %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation>Risks assessed</translation>
    </message>
    <message>
        <source>Reduction by controls</source>
        <translation>Reduction by controls</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Risk appetite</source>
        <translation>Risk appetite</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>Residual risk level</translation>
    </message>
    <message>
        <source>Number of risks</source>
        <translation>Number of risks</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>Heat maps</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>Residual risk by threat category and by tier</source>
        <translation>Residual risk by threat category and by tier</translation>
    </message>
    <message>
        <source>Total risk by threat category</source>
        <translation>Total risk by threat category</translation>
    </message>
    <message>
        <source>Total risk by tier</source>
        <translation>Total risk by tier</translation>
    </message>
    <message>
        <source>Highest residual risks</source>
        <translation>Highest residual risks</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Path (impact spread route)</source>
        <translation>Path (impact spread route)</translation>
    </message>
    <message>
        <source>No finding: every connection between tiers passes a gateway.</source>
        <translation>No finding: every connection between tiers passes a gateway.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Every risk, highest residual risk first. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%1) and has not been decided.</source>
        <translation>Every risk, highest residual risk first. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%1) and has not been decided.</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset ID</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>Threat ID</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Residual impact</translation>
    </message>
    <message>
        <source>Risk response policy</source>
        <translation>Risk response policy</translation>
    </message>
    <message>
        <source>For every risk the ward decides one response (§8): accept (保有) a risk within the appetite, mitigate (低減) it with controls, transfer (移転) it, for example to insurance or a contractor, or avoid (回避) it by stopping the activity. Where no response has been decided, a risk at or below the risk appetite (%1) is suggested for acceptance and one above it for mitigation.</source>
        <translation>For every risk the ward decides one response (§8): accept (保有) a risk within the appetite, mitigate (低減) it with controls, transfer (移転) it, for example to insurance or a contractor, or avoid (回避) it by stopping the activity. Where no response has been decided, a risk at or below the risk appetite (%1) is suggested for acceptance and one above it for mitigation.</translation>
    </message>
    <message>
        <source>Responses by kind</source>
        <translation>Responses by kind</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Of which above the appetite</source>
        <translation>Of which above the appetite</translation>
    </message>
    <message>
        <source>Decided responses and their rationale</source>
        <translation>Decided responses and their rationale</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Decided by, on</source>
        <translation>Decided by, on</translation>
    </message>
    <message>
        <source>No response has been decided yet.</source>
        <translation>No response has been decided yet.</translation>
    </message>
    <message>
        <source>The policy separates the My Number use, LGWAN-connected and Internet-connected tiers (§7(3)). A finding is a group of assets connected to each other without passing a sanctioned gateway (無害化・分離装置) that holds assets of two tiers. The path shows how the first asset reaches the second. A system that runs on a host of another tier is a finding too: the two tiers share the host's hypervisor or operating system.</source>
        <translation>The policy separates the My Number use, LGWAN-connected and Internet-connected tiers (§7(3)). A finding is a group of assets connected to each other without passing a sanctioned gateway (無害化・分離装置) that holds assets of two tiers. The path shows how the first asset reaches the second. A system that runs on a host of another tier is a finding too: the two tiers share the host's hypervisor or operating system.</translation>
    </message>
    <message>
        <source>Comparison with the previous year</source>
        <translation>Comparison with the previous year</translation>
    </message>
    <message>
        <source>This year's model compared with the previous year's file %1: the baseline of each, assessed with the same method. A change is this year's value minus the previous year's; a decrease is marked with %2.</source>
        <translation>This year's model compared with the previous year's file %1: the baseline of each, assessed with the same method. A change is this year's value minus the previous year's; a decrease is marked with %2.</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Risks by residual level</source>
        <translation>Risks by residual level</translation>
    </message>
    <message>
        <source>Risks that moved most</source>
        <translation>Risks that moved most</translation>
    </message>
    <message numerus="yes">
        <source>The %n risk(s) of both years whose residual risk changed most, up or down.</source>
        <translation>
            <numerusform>The %n risk of both years whose residual risk changed most, up or down.</numerusform>
            <numerusform>The %n risks of both years whose residual risk changed most, up or down.</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk of both years changed.</source>
        <translation>No risk of both years changed.</translation>
    </message>
    <message>
        <source>Risks added and removed</source>
        <translation>Risks added and removed</translation>
    </message>
    <message>
        <source>Risks new this year: %1. Risks of the previous year no longer assessed: %2. The highest of each by residual risk:</source>
        <translation>Risks new this year: %1. Risks of the previous year no longer assessed: %2. The highest of each by residual risk:</translation>
    </message>
    <message>
        <source>New this year</source>
        <translation>New this year</translation>
    </message>
    <message>
        <source>No longer assessed</source>
        <translation>No longer assessed</translation>
    </message>
    <message>
        <source>The same risks were assessed in both years.</source>
        <translation>The same risks were assessed in both years.</translation>
    </message>
    <message>
        <source>Three-tier separation findings added and removed</source>
        <translation>Three-tier separation findings added and removed</translation>
    </message>
    <message>
        <source>Resolved since the previous year</source>
        <translation>Resolved since the previous year</translation>
    </message>
    <message>
        <source>No three-tier separation finding was added or removed.</source>
        <translation>No three-tier separation finding was added or removed.</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>Findings of self-inspections and audits (§9, §10). Open: %1, of which past their due date on %2: %3. Closed: %4.</source>
        <translation>Findings of self-inspections and audits (§9, §10). Open: %1, of which past their due date on %2: %3. Closed: %4.</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>External audit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Status of a plan action past its due date and not done</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <extracomment>Exceptions (例外措置) accepted for three-tier findings</extracomment>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Three-tier findings accepted as exceptions, with their rationale, who approved them and until when. An exception past its expiry on %1 is marked: decide again whether it stands.</source>
        <translation>Three-tier findings accepted as exceptions, with their rationale, who approved them and until when. An exception past its expiry on %1 is marked: decide again whether it stands.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The policy review of §10 (見直し)</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Likelihood. Each threat has a likelihood from 1 to 5, which can be set differently for a particular asset. Threats belong to the five categories of the policy (§3): %1.</source>
        <translation>Likelihood. Each threat has a likelihood from 1 to 5, which can be set differently for a particular asset. Threats belong to the five categories of the policy (§3): %1.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %Ln action(s) that put controls in place (§8). Their initial cost is %1 in total and their running cost %2 a year.</source>
        <translation>
            <numerusform>The plan has %Ln action that puts controls in place (§8). Its initial cost is %1 and its running cost %2 a year.</numerusform>
            <numerusform>The plan has %Ln actions that put controls in place (§8). Their initial cost is %1 in total and their running cost %2 a year.</numerusform>
        </translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>The fiscal year of an audit finding, under its ID: 令和8年度</extracomment>
        <translation>FY%1</translation>
    </message>
    <message numerus="yes">
        <source>What this year's self-inspections, audits and assessment put up for review (§10): %Ln item(s).</source>
        <translation>
            <numerusform>What this year's self-inspections, audits and assessment put up for review (§10): %Ln item.</numerusform>
            <numerusform>What this year's self-inspections, audits and assessment put up for review (§10): %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %Ln risk(s) above the appetite have neither a response nor a plan action.</source>
        <translation>
            <numerusform>Of these, %Ln risk above the appetite has neither a response nor a plan action.</numerusform>
            <numerusform>Of these, %Ln risks above the appetite have neither a response nor a plan action.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 highest by residual risk are listed.</source>
        <translation>The %1 highest by residual risk are listed.</translation>
    </message>
    <message>
        <source>The table also shows the decisions recorded for fiscal year %1.</source>
        <translation>The table also shows the decisions recorded for fiscal year %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This report assesses %1, the pairs of the %2 and %3 registered in the model, against %4, as the ward's cybersecurity basic policy asks (§8).</source>
        <translation>This report assesses %1, the pairs of the %2 and %3 registered in the model, against %4, as the ward's cybersecurity basic policy asks (§8).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s)</source>
        <translation>
            <numerusform>%Ln risk</numerusform>
            <numerusform>%Ln risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln information asset(s)</source>
        <translation>
            <numerusform>%Ln information asset</numerusform>
            <numerusform>%Ln information assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln threat(s)</source>
        <translation>
            <numerusform>%Ln threat</numerusform>
            <numerusform>%Ln threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln control(s)</source>
        <translation>
            <numerusform>%Ln control</numerusform>
            <numerusform>%Ln controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) have a residual risk above the risk appetite (%1) and need a response.</source>
        <translation>
            <numerusform>%Ln risk has a residual risk above the risk appetite (%1) and needs a response.</numerusform>
            <numerusform>%Ln risks have a residual risk above the risk appetite (%1) and need a response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) have a decided response.</source>
        <translation>
            <numerusform>%Ln risk has a decided response.</numerusform>
            <numerusform>%Ln risks have a decided response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The three-tier separation check (§7(3)) found %Ln finding(s).</source>
        <translation>
            <numerusform>The three-tier separation check (§7(3)) found %Ln finding.</numerusform>
            <numerusform>The three-tier separation check (§7(3)) found %Ln findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s) above the risk appetite have no decided response yet; the risk register lists them as "Mitigate (suggested)".</source>
        <translation>
            <numerusform>%Ln risk above the risk appetite has no decided response yet; the risk register lists it as "Mitigate (suggested)".</numerusform>
            <numerusform>%Ln risks above the risk appetite have no decided response yet; the risk register lists them as "Mitigate (suggested)".</numerusform>
        </translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>Confidentiality, integrity and availability abbreviated in a narrow column: 機, 完, 可</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message numerus="yes">
        <source>Not or only partly implemented in %1 of %Ln unit(s): %2</source>
        <translation>
            <numerusform>Not or only partly implemented in %1 of %Ln unit: %2</numerusform>
            <numerusform>Not or only partly implemented in %1 of %Ln units: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open past its due date, %1</source>
        <translation>Open past its due date, %1</translation>
    </message>
    <message>
        <source>Residual risk %1 above the risk appetite %2, with no response decided and no plan action</source>
        <translation>Residual risk %1 above the risk appetite %2, with no response decided and no plan action</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Affects: C confidentiality, I integrity, A availability. Source: the clause of the basic policy or the guidelines the threat comes from, or the ward's own addition.</source>
        <translation>Affects: C confidentiality, I integrity, A availability. Source: the clause of the basic policy or the guidelines the threat comes from, or the ward's own addition.</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who found an audit finding</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>the date an exception was approved</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <extracomment>An action's status with its progress: 実施中（60％）</extracomment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln assets with the largest impact spread</source>
        <translation>
            <numerusform>The %Ln asset with the largest impact spread</numerusform>
            <numerusform>The %Ln assets with the largest impact spread</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview by department</source>
        <translation>Overview by department</translation>
    </message>
    <message>
        <source>What each organizational unit is responsible for: the information assets it owns (所管), the risks of those assets by residual level, how many of them are above the risk appetite (%1), their total residual risk, and the plan actions it is responsible for that are not done yet.</source>
        <translation>What each organizational unit is responsible for: the information assets it owns (所管), the risks of those assets by residual level, how many of them are above the risk appetite (%1), their total residual risk, and the plan actions it is responsible for that are not done yet.</translation>
    </message>
    <message>
        <source>By organization</source>
        <extracomment>部局別: the top-level organizations (区長部局, 教育委員会, ...) with everything under them</extracomment>
        <translation>By organization</translation>
    </message>
    <message>
        <source>By org unit</source>
        <extracomment>所管課別: every org unit with what it owns itself</extracomment>
        <translation>By org unit</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln org units with the largest total residual risk are listed.</source>
        <translation>
            <numerusform>The %Ln org unit with the largest total residual risk is listed.</numerusform>
            <numerusform>The %Ln org units with the largest total residual risk are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln org units that own no asset and have no open plan action are left out.</source>
        <translation>
            <numerusform>%Ln org unit that owns no asset and has no open plan action is left out.</numerusform>
            <numerusform>%Ln org units that own no asset and have no open plan action are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Above the appetite</source>
        <translation>Above the appetite</translation>
    </message>
    <message>
        <source>Open plan actions</source>
        <translation>Open plan actions</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>No org unit owns an asset or a plan action.</source>
        <translation>No org unit owns an asset or a plan action.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are not listed here. The full edition of this report lists them all, and so does the Excel workbook (File &gt; Export to Excel…, or mamori-cli export-sheet).</source>
        <translation>
            <numerusform>%Ln more is not listed here. The full edition of this report lists them all, and so does the Excel workbook (File &gt; Export to Excel…, or mamori-cli export-sheet).</numerusform>
            <numerusform>%Ln more are not listed here. The full edition of this report lists them all, and so does the Excel workbook (File &gt; Export to Excel…, or mamori-cli export-sheet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are not listed here. The full edition of this report lists them all.</source>
        <translation>
            <numerusform>%Ln more is not listed here. The full edition of this report lists them all.</numerusform>
            <numerusform>%Ln more are not listed here. The full edition of this report lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln highest residual risks</source>
        <translation>
            <numerusform>The %Ln highest residual risk</numerusform>
            <numerusform>The %Ln highest residual risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln highest residual risks of the %1 assessed, highest first; after them every risk is counted by residual level. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%2) and has not been decided.</source>
        <translation>
            <numerusform>The %Ln highest residual risk of the %1 assessed; after it every risk is counted by residual level. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%2) and has not been decided.</numerusform>
            <numerusform>The %Ln highest residual risks of the %1 assessed, highest first; after them every risk is counted by residual level. Likelihood and impact are on a scale of 1 to 5; a risk is their product (1 to 25). Residual values take the controls as they stand into account. A response marked "suggested" follows from the risk appetite (%2) and has not been decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every risk by threat category and residual level</source>
        <translation>Every risk by threat category and residual level</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln risks, the ones listed above included, counted by residual level; a risk is above the appetite when its residual risk exceeds %1.</source>
        <translation>
            <numerusform>All %Ln risk, counted by residual level; a risk is above the appetite when its residual risk exceeds %1.</numerusform>
            <numerusform>All %Ln risks, the ones listed above included, counted by residual level; a risk is above the appetite when its residual risk exceeds %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every risk by tier and residual level</source>
        <translation>Every risk by tier and residual level</translation>
    </message>
    <message>
        <source>Every asset by type and tier</source>
        <translation>Every asset by type and tier</translation>
    </message>
    <message>
        <source>%1 (summary edition)</source>
        <extracomment>The page header's title in the summary edition (要約版)</extracomment>
        <translation>%1 (summary edition)</translation>
    </message>
    <message>
        <source>Each cell counts the risks of that likelihood (rows) and impact (columns), rounded to whole levels, and is coloured by the highest level of the risks it counts, so that the map agrees with the level counts; an empty cell is drawn paler, in the level of the centre of the cell. Inherent risk is before any control; residual risk is with the controls as they stand.</source>
        <translation>Each cell counts the risks of that likelihood (rows) and impact (columns), rounded to whole levels, and is coloured by the highest level of the risks it counts, so that the map agrees with the level counts; an empty cell is drawn paler, in the level of the centre of the cell. Inherent risk is before any control; residual risk is with the controls as they stand.</translation>
    </message>
    <message>
        <source>Organization</source>
        <comment>a top-level org unit (部局)</comment>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <source>Description of the change</source>
        <translation>Description of the change</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>End of document</source>
        <translation>End of document</translation>
    </message>
    <message>
        <source>Overdue and late actions</source>
        <translation>Overdue and late actions</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n actions are past their due date and not done (overdue).</source>
        <extracomment>%1 is the report's date</extracomment>
        <translation>
            <numerusform>On %1, %n action is past its due date and not done (overdue).</numerusform>
            <numerusform>On %1, %n actions are past their due date and not done (overdue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions are not started and due within %1 days (late).</source>
        <translation>
            <numerusform>%n action is not started and due within %1 days (late).</numerusform>
            <numerusform>%n actions are not started and due within %1 days (late).</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue or late.</source>
        <translation>No action is overdue or late.</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Running cost</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Costs by fiscal year and budget</source>
        <translation>Costs by fiscal year and budget</translation>
    </message>
    <message>
        <source>The plan's costs in each fiscal year (April to March) and the budget set for it. An action's initial cost falls in the fiscal year of its due date; its running cost is paid in every later fiscal year. The table runs to two years after the last action, so that the running costs show.</source>
        <translation>The plan's costs in each fiscal year (April to March) and the budget set for it. An action's initial cost falls in the fiscal year of its due date; its running cost is paid in every later fiscal year. The table runs to two years after the last action, so that the running costs show.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Initial budget</source>
        <translation>Initial budget</translation>
    </message>
    <message>
        <source>Running budget</source>
        <translation>Running budget</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>No action has a due date or a start date, so no cost falls in a fiscal year.</source>
        <translation>No action has a due date or a start date, so no cost falls in a fiscal year.</translation>
    </message>
    <message>
        <source>Difference is the budget minus the total cost; a shortfall is marked %1. A year without a budget in the document control shows -.</source>
        <translation>Difference is the budget minus the total cost; a shortfall is marked %1. A year without a budget in the document control shows -.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions have neither a due date nor a start date and are not counted.</source>
        <translation>
            <numerusform>%n action has neither a due date nor a start date and is not counted.</numerusform>
            <numerusform>%n actions have neither a due date nor a start date and are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual risk levels</source>
        <translation>Residual risk levels</translation>
    </message>
    <message>
        <source>Cost of the scenario</source>
        <translation>Cost of the scenario</translation>
    </message>
    <message numerus="yes">
        <source>The scenario puts %n controls in place that the current model does not have in place.</source>
        <translation>
            <numerusform>The scenario puts %n control in place that the current model does not have in place.</numerusform>
            <numerusform>The scenario puts %n controls in place that the current model does not have in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their initial cost is %1 and their running cost %2 a year.</source>
        <translation>Their initial cost is %1 and their running cost %2 a year.</translation>
    </message>
    <message>
        <source>The scenario puts no control in place.</source>
        <translation>The scenario puts no control in place.</translation>
    </message>
    <message>
        <source>A scenario changes controls, not plan actions, and has no dates: its cost is that of the controls it adds or raises to partial or implemented, each control's own cost, and it is not spread over fiscal years.</source>
        <translation>A scenario changes controls, not plan actions, and has no dates: its cost is that of the controls it adds or raises to partial or implemented, each control's own cost, and it is not spread over fiscal years.</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>the date of a revision</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A probability as a percentage: 12.3%</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Service continuity</source>
        <translation>Service continuity</translation>
    </message>
    <message numerus="yes">
        <source>This chapter plays %Ln years of outages caused by the threats that can stop systems: disasters (Basic Policy 3(3)) and failures of supplied services such as power and communications (Basic Policy 3(4)).</source>
        <translation>
            <numerusform>This chapter plays %Ln year of outages caused by the threats that can stop systems: disasters (Basic Policy 3(3)) and failures of supplied services such as power and communications (Basic Policy 3(4)).</numerusform>
            <numerusform>This chapter plays %Ln years of outages caused by the threats that can stop systems: disasters (Basic Policy 3(3)) and failures of supplied services such as power and communications (Basic Policy 3(4)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each outage starts at a random hour, lasts a random time, and stops what depends on the asset unless enough redundant alternatives stay up. Controls make outages rarer and shorter.</source>
        <translation>Each outage starts at a random hour, lasts a random time, and stops what depends on the asset unless enough redundant alternatives stay up. Controls make outages rarer and shorter.</translation>
    </message>
    <message>
        <source>The figures follow from the model's assumptions (rates, durations, recovery targets and losses per hour); they are a model for planning, not a forecast.</source>
        <translation>The figures follow from the model's assumptions (rates, durations, recovery targets and losses per hour); they are a model for planning, not a forecast.</translation>
    </message>
    <message>
        <source>The ward's annual loss from outages</source>
        <translation>The ward's annual loss from outages</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Expected annual loss (ALE)</source>
        <translation>Expected annual loss (ALE)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <source>Median year (50th percentile)</source>
        <translation>Median year (50th percentile)</translation>
    </message>
    <message>
        <source>One year in ten (90th percentile)</source>
        <translation>One year in ten (90th percentile)</translation>
    </message>
    <message>
        <source>One year in twenty (95th percentile)</source>
        <translation>One year in twenty (95th percentile)</translation>
    </message>
    <message>
        <source>One year in a hundred (99th percentile)</source>
        <translation>One year in a hundred (99th percentile)</translation>
    </message>
    <message>
        <source>Services and their recovery targets</source>
        <translation>Services and their recovery targets</translation>
    </message>
    <message numerus="yes">
        <source>%n services have a recovery target or a loss per hour. They are listed by the probability that an outage in a year lasts longer than the target recovery time (RTO).</source>
        <translation>
            <numerusform>%n service has a recovery target or a loss per hour. It is listed with the probability that an outage in a year lasts longer than the target recovery time (RTO).</numerusform>
            <numerusform>%n services have a recovery target or a loss per hour. They are listed by the probability that an outage in a year lasts longer than the target recovery time (RTO).</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>RTO (hours)</source>
        <translation>RTO (hours)</translation>
    </message>
    <message>
        <source>Outage in a year</source>
        <translation>Outage in a year</translation>
    </message>
    <message>
        <source>Hours down a year</source>
        <translation>Hours down a year</translation>
    </message>
    <message>
        <source>Longer than RTO</source>
        <translation>Longer than RTO</translation>
    </message>
    <message>
        <source>Annual loss</source>
        <translation>Annual loss</translation>
    </message>
    <message>
        <source>Loss exceedance curve</source>
        <translation>Loss exceedance curve</translation>
    </message>
    <message>
        <source>The curve gives, for each amount, the probability that the ward's loss from outages in one year is larger. Read across from a probability (one year in ten is 10%) to the loss it corresponds to.</source>
        <translation>The curve gives, for each amount, the probability that the ward's loss from outages in one year is larger. Read across from a probability (one year in ten is 10%) to the loss it corresponds to.</translation>
    </message>
    <message>
        <source>Probability that the annual loss exceeds an amount</source>
        <translation>Probability that the annual loss exceeds an amount</translation>
    </message>
    <message>
        <source>Annual loss (%1)</source>
        <extracomment>%1 is the unit: million yen (百万円) or thousand yen (千円)</extracomment>
        <translation>Annual loss (%1)</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>million yen</translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation>thousand yen</translation>
    </message>
    <message>
        <source>Probability (log scale)</source>
        <translation>Probability (log scale)</translation>
    </message>
    <message>
        <source>Services the scenario changes</source>
        <translation>Services the scenario changes</translation>
    </message>
    <message>
        <source>Both runs use the same random numbers (the same seed), so a difference comes from the scenario and not from chance.</source>
        <translation>Both runs use the same random numbers (the same seed), so a difference comes from the scenario and not from chance.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario changes the outages of %n services.</source>
        <translation>
            <numerusform>The scenario changes the outages of %n service.</numerusform>
            <numerusform>The scenario changes the outages of %n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer than RTO, current</source>
        <translation>Longer than RTO, current</translation>
    </message>
    <message>
        <source>Longer than RTO, scenario</source>
        <translation>Longer than RTO, scenario</translation>
    </message>
    <message>
        <source>Annual loss, current</source>
        <translation>Annual loss, current</translation>
    </message>
    <message>
        <source>Annual loss, scenario</source>
        <translation>Annual loss, scenario</translation>
    </message>
    <message>
        <source>Annual loss from outages</source>
        <translation>Annual loss from outages</translation>
    </message>
    <message numerus="yes">
        <source>Annual loss from outages: the expected loss of the continuity chapter's simulation with the actions up to that row completed, %Ln years each with the same random numbers.</source>
        <translation>
            <numerusform>Annual loss from outages: the expected loss of the continuity chapter's simulation with the actions up to that row completed, %Ln year each with the same random numbers.</numerusform>
            <numerusform>Annual loss from outages: the expected loss of the continuity chapter's simulation with the actions up to that row completed, %Ln years each with the same random numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Compare with scenario:</source>
        <translation>Compare with scenario:</translation>
    </message>
    <message>
        <source>取扱注意 (Japanese) or Confidential (English)</source>
        <translation>取扱注意 (Japanese) or Confidential (English)</translation>
    </message>
    <message>
        <source>Handling mark:</source>
        <translation>Handling mark:</translation>
    </message>
    <message>
        <source>e.g. 江戸川区</source>
        <translation>e.g. 江戸川区</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Three-tier separation findings</source>
        <translation>Three-tier separation findings</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Risk response policy</source>
        <translation>Risk response policy</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>Risk response plan</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <source>Appendices: method, catalogue, asset register</source>
        <translation>Appendices: method, catalogue, asset register</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export risk register as &amp;CSV…</source>
        <translation>Export risk register as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export risk register as CSV</source>
        <translation>Export risk register as CSV</translation>
    </message>
    <message>
        <source>Export &amp;plan as CSV…</source>
        <translation>Export &amp;plan as CSV…</translation>
    </message>
    <message>
        <source>Export plan as CSV</source>
        <translation>Export plan as CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Previous year's file</source>
        <translation>Previous year's file</translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation>Mamori files (*.mamori *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Previous year's file:</source>
        <translation>Previous year's file:</translation>
    </message>
    <message>
        <source>Summary (at most about 60 pages)</source>
        <translation>Summary (at most about 60 pages)</translation>
    </message>
    <message>
        <source>Full (every register in full)</source>
        <translation>Full (every register in full)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Document control (kept in the project)</source>
        <translation>Document control (kept in the project)</translation>
    </message>
    <message>
        <source>e.g. 江戸川区情報政策課-2026-001</source>
        <translation>e.g. 江戸川区情報政策課-2026-001</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>e.g. 1.0</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>e.g. 情報政策課</source>
        <translation>e.g. 情報政策課</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>2026-11-30 or 令和8年11月30日</source>
        <translation>2026-11-30 or 令和8年11月30日</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Approved on:</translation>
    </message>
    <message>
        <source>One revision a line: version | date | description | by</source>
        <translation>One revision a line: version | date | description | by</translation>
    </message>
    <message>
        <source>Revision history:</source>
        <translation>Revision history:</translation>
    </message>
    <message>
        <source>One recipient a line</source>
        <translation>One recipient a line</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Distribution:</translation>
    </message>
    <message>
        <source>One fiscal year a line: year | initial budget | running budget (yen)</source>
        <translation>One fiscal year a line: year | initial budget | running budget (yen)</translation>
    </message>
    <message>
        <source>Budgets:</source>
        <translation>Budgets:</translation>
    </message>
    <message>
        <source>Approved on: "%1" is not a date.</source>
        <translation>Approved on: "%1" is not a date.</translation>
    </message>
    <message>
        <source>Revision history, line %1: expected version | date | description | by.</source>
        <translation>Revision history, line %1: expected version | date | description | by.</translation>
    </message>
    <message>
        <source>Revision history, line %1: "%2" is not a date.</source>
        <translation>Revision history, line %1: "%2" is not a date.</translation>
    </message>
    <message>
        <source>Budgets, line %1: expected year | initial budget | running budget, in yen.</source>
        <translation>Budgets, line %1: expected year | initial budget | running budget, in yen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document control was not taken: %1</source>
        <translation>The document control was not taken: %1</translation>
    </message>
    <message>
        <source>Service continuity (simulated outages)</source>
        <translation>Service continuity (simulated outages)</translation>
    </message>
</context>
<context>
    <name>mamori::ResponsePolicyModel</name>
    <message>
        <source>A rationale is required to accept a risk above the appetite</source>
        <translation>A rationale is required to accept a risk above the appetite</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Threat name</source>
        <translation>Threat name</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>mamori::ResponsePolicyPage</name>
    <message>
        <source>Risk &amp;appetite:</source>
        <translation>Risk &amp;appetite:</translation>
    </message>
    <message>
        <source>Risks whose residual is above this value are above the appetite and, undecided, are to be mitigated</source>
        <translation>Risks whose residual is above this value are above the appetite and, undecided, are to be mitigated</translation>
    </message>
    <message>
        <source>Level bands (upper bounds):</source>
        <translation>Level bands (upper bounds):</translation>
    </message>
    <message>
        <source>Above appetite &amp;only</source>
        <translation>Above appetite &amp;only</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>&amp;Undecided only</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Decide the response of the selected risks (Ctrl+D)</source>
        <translation>Decide the response of the selected risks (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Clear decision</source>
        <translation>&amp;Clear decision</translation>
    </message>
    <message>
        <source>&amp;Propose controls…</source>
        <translation>&amp;Propose controls…</translation>
    </message>
    <message>
        <source>Controls that would mitigate the current risk, to add to the plan</source>
        <translation>Controls that would mitigate the current risk, to add to the plan</translation>
    </message>
    <message numerus="yes">
        <source>%n risks shown</source>
        <translation>
            <numerusform>%n risk shown</numerusform>
            <numerusform>%n risks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks are accepted above the appetite without a rationale (for example %1 × %2): write why, or decide another response.</source>
        <translation>
            <numerusform>%n risk is accepted above the appetite without a rationale (%1 × %2): write why, or decide another response.</numerusform>
            <numerusform>%n risks are accepted above the appetite without a rationale (for example %1 × %2): write why, or decide another response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide the response of %n risks</source>
        <translation>
            <numerusform>Decide the response of %n risk</numerusform>
            <numerusform>Decide the response of %n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>R&amp;ationale:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected risks are above the appetite: accepting them needs a rationale.</source>
        <translation>
            <numerusform>%n of the selected risks is above the appetite: accepting it needs a rationale.</numerusform>
            <numerusform>%n of the selected risks are above the appetite: accepting them needs a rationale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the suggested response for the selected risks (Delete)</source>
        <translation>Back to the suggested response for the selected risks (Delete)</translation>
    </message>
    <message>
        <source>%1 × %2 (residual %3)</source>
        <translation>%1 × %2 (residual %3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more risks</source>
        <translation>
            <numerusform>… and %n more risk</numerusform>
            <numerusform>… and %n more risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ReviewDecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>What the review decided: revise the policy or a standard, add a control, keep it as it is and why</source>
        <translation>What the review decided: revise the policy or a standard, add a control, keep it as it is and why</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
</context>
<context>
    <name>mamori::ReviewItems</name>
    <message>
        <source>Not or only partly implemented in %1 of %2 units: %3</source>
        <translation>Not or only partly implemented in %1 of %2 units: %3</translation>
    </message>
    <message>
        <source>Open past its due date %1</source>
        <translation>Open past its due date %1</translation>
    </message>
    <message>
        <source>Residual %1 above the appetite %2, with no response decided and no plan action</source>
        <translation>Residual %1 above the appetite %2, with no response decided and no plan action</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
</context>
<context>
    <name>mamori::ReviewPage</name>
    <message>
        <source>fiscal year %1</source>
        <translation>fiscal year %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Why it is up for review</source>
        <translation>Why it is up for review</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Review of %1 (§10): nothing the year's results put up for review.</source>
        <translation>Review of %1 (§10): nothing the year's results put up for review.</translation>
    </message>
    <message numerus="yes">
        <source>Review of %1 (§10): %n item(s) the self-inspections, audits and assessment put up for review</source>
        <translation>
            <numerusform>Review of %1 (§10): %n item the self-inspections, audits and assessment put up for review</numerusform>
            <numerusform>Review of %1 (§10): %n items the self-inspections, audits and assessment put up for review</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n item decided</numerusform>
            <numerusform>%n items decided</numerusform>
        </translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Select an item to decide on first.</source>
        <translation>Select an item to decide on first.</translation>
    </message>
</context>
<context>
    <name>mamori::RiskRegisterModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>Threat ID</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>Inherent level</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Residual impact</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Residual level</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Controls applied</source>
        <translation>Controls applied</translation>
    </message>
</context>
<context>
    <name>mamori::RiskRegisterPage</name>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All threat categories</source>
        <translation>All threat categories</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Above appetite only</source>
        <translation>Above appetite only</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln risks</source>
        <translation>
            <numerusform>%1 of %Ln risk</numerusform>
            <numerusform>%1 of %Ln risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual cell: likelihood %1, impact %2</source>
        <translation>Residual cell: likelihood %1, impact %2</translation>
    </message>
    <message>
        <source>Inherent cell: likelihood %1, impact %2</source>
        <translation>Inherent cell: likelihood %1, impact %2</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioBanner</name>
    <message>
        <source>&lt;b&gt;Scenario: %1&lt;/b&gt; — every edit is recorded in this scenario; the baseline stays as approved.</source>
        <translation>&lt;b&gt;Scenario: %1&lt;/b&gt; — every edit is recorded in this scenario; the baseline stays as approved.</translation>
    </message>
    <message>
        <source>Compare with its base</source>
        <translation>Compare with its base</translation>
    </message>
    <message>
        <source>Back to baseline</source>
        <translation>Back to baseline</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioChangeText</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensions</translation>
    </message>
    <message>
        <source>applies to</source>
        <translation>applies to</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>effectiveness</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effect</translation>
    </message>
    <message>
        <source>mitigates</source>
        <translation>mitigates</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>requires</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>initial cost</source>
        <translation>initial cost</translation>
    </message>
    <message>
        <source>annual cost</source>
        <translation>annual cost</translation>
    </message>
    <message>
        <source>impact table</source>
        <translation>impact table</translation>
    </message>
    <message>
        <source>level bands</source>
        <translation>level bands</translation>
    </message>
    <message>
        <source>risk appetite</source>
        <translation>risk appetite</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>rationale</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>decided by</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>decided on</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>reduction</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>asset types</source>
        <translation>asset types</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>assets</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::ScenarioRecording</name>
    <message>
        <source>Scenarios are managed on the Scenarios page, not inside a scenario.</source>
        <translation>Scenarios are managed on the Scenarios page, not inside a scenario.</translation>
    </message>
    <message>
        <source>This edit cannot be recorded in a scenario.</source>
        <translation>This edit cannot be recorded in a scenario.</translation>
    </message>
    <message>
        <source>A scenario changes assets, threats, controls, dependencies, exposures, responses and settings only. Go back to the baseline to change the plan, the org units or the project's name.</source>
        <translation>A scenario changes assets, threats, controls, dependencies, exposures, responses and settings only. Go back to the baseline to change the plan, the org units or the project's name.</translation>
    </message>
</context>
<context>
    <name>mamori::Scenarios</name>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>dependency</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist in this scenario's base</source>
        <translation>%1 "%2" does not exist in this scenario's base</translation>
    </message>
    <message>
        <source>"%1" is not a field that can be set; expected one of: %2</source>
        <translation>"%1" is not a field that can be set; expected one of: %2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in this scenario's base</source>
        <translation>%1 %2 does not exist in this scenario's base</translation>
    </message>
    <message>
        <source>"%1" is not a setting; expected one of: %2</source>
        <translation>"%1" is not a setting; expected one of: %2</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation>the scenario base chain loops: %1</translation>
    </message>
    <message>
        <source>Scenario “%1” would no longer apply: %2. Revert that change in the scenario or delete the scenario first.</source>
        <translation>Scenario “%1” would no longer apply: %2. Revert that change in the scenario or delete the scenario first.</translation>
    </message>
</context>
<context>
    <name>mamori::ScenariosPage</name>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Based on %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Changes of this scenario against its base (edits made while it is shown):</source>
        <translation>Changes of this scenario against its base (edits made while it is shown):</translation>
    </message>
    <message>
        <source>Revert selected changes</source>
        <translation>Revert selected changes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>A new scenario based on the baseline</source>
        <translation>A new scenario based on the baseline</translation>
    </message>
    <message>
        <source>New from selected</source>
        <translation>New from selected</translation>
    </message>
    <message>
        <source>A new scenario based on the selected scenario (a chain)</source>
        <translation>A new scenario based on the selected scenario (a chain)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Show and edit</source>
        <translation>Show and edit</translation>
    </message>
    <message>
        <source>Make the selected scenario active: every view shows it, every edit goes into it</source>
        <translation>Make the selected scenario active: every view shows it, every edit goes into it</translation>
    </message>
    <message>
        <source>Back to baseline</source>
        <translation>Back to baseline</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <source>Apply the scenario to the baseline, in one step you can undo</source>
        <translation>Apply the scenario to the baseline, in one step you can undo</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <source>An asset fails…</source>
        <translation>An asset fails…</translation>
    </message>
    <message>
        <source>A control is removed…</source>
        <translation>A control is removed…</translation>
    </message>
    <message>
        <source>The plan's budget is cut…</source>
        <translation>The plan's budget is cut…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (shown)</translation>
    </message>
    <message>
        <source>The approved model. Scenarios never change it until one is adopted.</source>
        <translation>The approved model. Scenarios never change it until one is adopted.</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Based on: %1</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message numerus="yes">
        <source>Delete scenario “%1” with its %n change(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete scenario “%1” with its %n change? You can undo this.</numerusform>
            <numerusform>Delete scenario “%1” with its %n changes? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopting “%1” makes it the baseline.</source>
        <translation>Adopting “%1” makes it the baseline.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) change.</source>
        <translation>
            <numerusform>%n risk changes.</numerusform>
            <numerusform>%n risks change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Residual total: %1 → %2</source>
        <translation>Residual total: %1 → %2</translation>
    </message>
    <message>
        <source>Above appetite: %1 → %2</source>
        <translation>Above appetite: %1 → %2</translation>
    </message>
    <message>
        <source>Findings: %1 added, %2 removed</source>
        <translation>Findings: %1 added, %2 removed</translation>
    </message>
    <message>
        <source>Scenarios that become part of the baseline and are removed: %1</source>
        <translation>Scenarios that become part of the baseline and are removed: %1</translation>
    </message>
    <message>
        <source>Scenarios based on them are based on the baseline from now on: %1</source>
        <translation>Scenarios based on them are based on the baseline from now on: %1</translation>
    </message>
    <message>
        <source>You can undo this in one step.</source>
        <translation>You can undo this in one step.</translation>
    </message>
    <message>
        <source>Adopt scenario</source>
        <translation>Adopt scenario</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>An asset fails</source>
        <translation>An asset fails</translation>
    </message>
    <message>
        <source>Asset that fails:</source>
        <translation>Asset that fails:</translation>
    </message>
    <message>
        <source>A control is removed</source>
        <translation>A control is removed</translation>
    </message>
    <message>
        <source>Control to remove:</source>
        <translation>Control to remove:</translation>
    </message>
    <message>
        <source>The plan's budget is cut</source>
        <translation>The plan's budget is cut</translation>
    </message>
    <message>
        <source>Budget, in percent of the plan's initial cost:</source>
        <translation>Budget, in percent of the plan's initial cost:</translation>
    </message>
    <message numerus="yes">
        <source>Also mark these %n plan action(s) done (100 %)</source>
        <translation>
            <numerusform>Also mark this %n plan action done (100 %)</numerusform>
            <numerusform>Also mark these %n plan actions done (100 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario implements every control of %n plan action(s) that still read as not done:</source>
        <translation>
            <numerusform>The scenario implements every control of %n plan action that still reads as not done:</numerusform>
            <numerusform>The scenario implements every control of %n plan actions that still read as not done:</numerusform>
        </translation>
    </message>
    <message>
        <source>A redundant supply is added…</source>
        <translation>A redundant supply is added…</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <extracomment>A dependency in a pick list: dependent asset → what it depends on (kind)</extracomment>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>The model has no dependencies: a redundant supply is added beside one.</source>
        <translation>The model has no dependencies: a redundant supply is added beside one.</translation>
    </message>
    <message>
        <source>A redundant supply is added</source>
        <translation>A redundant supply is added</translation>
    </message>
    <message>
        <source>Add a second supply beside the one this dependency names:</source>
        <translation>Add a second supply beside the one this dependency names:</translation>
    </message>
</context>
<context>
    <name>mamori::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Recovery copy of unsaved work every:</source>
        <translation>&amp;Recovery copy of unsaved work every:</translation>
    </message>
    <message>
        <source>Japanese era (%1)</source>
        <translation>Japanese era (%1)</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>Western (%1)</translation>
    </message>
    <message>
        <source>How the Japanese window shows dates. The English window shows ISO dates (2026-12-02). Either form can be typed.</source>
        <translation>How the Japanese window shows dates. The English window shows ISO dates (2026-12-02). Either form can be typed.</translation>
    </message>
    <message>
        <source>&amp;Dates in Japanese:</source>
        <translation>&amp;Dates in Japanese:</translation>
    </message>
</context>
<context>
    <name>mamori::SheetActions</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Export cancelled: nothing was written</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Export a department's inventory</source>
        <translation>Export a department's inventory</translation>
    </message>
    <message>
        <source>The project has no org units: add them in an asset's owner first.</source>
        <translation>The project has no org units: add them in an asset's owner first.</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>Org unit:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export a &amp;department's inventory…</source>
        <translation>Export a &amp;department's inventory…</translation>
    </message>
</context>
<context>
    <name>mamori::SheetExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>There is no org unit "%1".</source>
        <translation>There is no org unit "%1".</translation>
    </message>
    <message>
        <source>row %1, column %2: "%3"</source>
        <translation>row %1, column %2: "%3"</translation>
    </message>
    <message>
        <source>Cannot write %1 in CP932 (Shift_JIS): it has no %2 (%3). Export it as UTF-8, or change the text.</source>
        <translation>Cannot write %1 in CP932 (Shift_JIS): it has no %2 (%3). Export it as UTF-8, or change the text.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a CSV file holds one register.</source>
        <translation>Cannot write %1: a CSV file holds one register.</translation>
    </message>
    <message>
        <source>Cannot write %1: the name must end in .xlsx or .csv.</source>
        <translation>Cannot write %1: the name must end in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>mamori::SheetImport</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 is not between %2 and %3</translation>
    </message>
    <message>
        <source>%1 is a level of the 2024 scheme (3A, 3B, 3C); this project uses %2</source>
        <translation>%1 is a level of the 2024 scheme (3A, 3B, 3C); this project uses %2</translation>
    </message>
    <message>
        <source>%1 is neither yes (〇) nor no (×)</source>
        <translation>%1 is neither yes (〇) nor no (×)</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>%1 names none of C, I, A</source>
        <translation>%1 names none of C, I, A</translation>
    </message>
    <message>
        <source>"%1" is neither an asset type nor a tier</source>
        <translation>"%1" is neither an asset type nor a tier</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>in %1: %2</translation>
    </message>
    <message>
        <source>"%1" is not an asset and a threat (A-0001/T1-01)</source>
        <translation>"%1" is not an asset and a threat (A-0001/T1-01)</translation>
    </message>
    <message>
        <source>after the import, %1</source>
        <translation>after the import, %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>no header row: none of the first %1 rows names a column of the %2 register</source>
        <translation>no header row: none of the first %1 rows names a column of the %2 register</translation>
    </message>
    <message>
        <source>there is no sheet "%1"</source>
        <translation>there is no sheet "%1"</translation>
    </message>
    <message>
        <source>no sheet holds the %1 register</source>
        <translation>no sheet holds the %1 register</translation>
    </message>
    <message>
        <source>several sheets could be imported (%1): choose one</source>
        <translation>several sheets could be imported (%1): choose one</translation>
    </message>
    <message>
        <source>"%1" appears twice: rows %2 and %3</source>
        <translation>"%1" appears twice: rows %2 and %3</translation>
    </message>
    <message>
        <source>the row has neither an id nor a name</source>
        <translation>the row has neither an id nor a name</translation>
    </message>
    <message>
        <source>the row has no %1</source>
        <translation>the row has no %1</translation>
    </message>
    <message>
        <source>a new item needs a name</source>
        <translation>a new item needs a name</translation>
    </message>
    <message>
        <source>asset "%1" does not exist</source>
        <translation>asset "%1" does not exist</translation>
    </message>
    <message>
        <source>threat "%1" does not exist</source>
        <translation>threat "%1" does not exist</translation>
    </message>
    <message>
        <source>control "%1" does not exist</source>
        <translation>control "%1" does not exist</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <source>sheet %1, %2</source>
        <translation>sheet %1, %2</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>there is no org unit "%1"</translation>
    </message>
    <message>
        <source>"%1" is not an org unit and a status (DEP-A=implemented)</source>
        <translation>"%1" is not an org unit and a status (DEP-A=implemented)</translation>
    </message>
    <message>
        <source>in "%1": "%2" is not one of %3</source>
        <translation>in "%1": "%2" is not one of %3</translation>
    </message>
    <message>
        <source>org unit "%1" is given twice</source>
        <translation>org unit "%1" is given twice</translation>
    </message>
    <message>
        <source>org unit "%1" does not exist</source>
        <translation>org unit "%1" does not exist</translation>
    </message>
    <message>
        <source>"%1" is not a dependency group and a number (電源=1)</source>
        <translation>"%1" is not a dependency group and a number (電源=1)</translation>
    </message>
    <message>
        <source>in "%1": "%2" is not a whole number of 1 or more</source>
        <translation>in "%1": "%2" is not a whole number of 1 or more</translation>
    </message>
    <message>
        <source>group "%1" is given twice</source>
        <translation>group "%1" is given twice</translation>
    </message>
    <message>
        <source>give all of %1 or none of them; missing: %2</source>
        <translation>give all of %1 or none of them; missing: %2</translation>
    </message>
</context>
<context>
    <name>mamori::SheetImportDialog</name>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16 (with BOM)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Import from spreadsheet: %1</source>
        <translation>Import from spreadsheet: %1</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Read as:</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Find the header row again by its column names</source>
        <translation>Find the header row again by its column names</translation>
    </message>
    <message>
        <source>MIC guideline levels</source>
        <translation>MIC guideline levels</translation>
    </message>
    <message>
        <source>IPA evaluation values (0–2)</source>
        <translation>IPA evaluation values (0–2)</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>Remove items the sheet does not list</source>
        <translation>Remove items the sheet does not list</translation>
    </message>
    <message>
        <source>⚠ They are deleted from the project, with everything that names them.</source>
        <translation>⚠ They are deleted from the project, with everything that names them.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the sheet</source>
        <translation>Value in the sheet</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Summary of the merge</source>
        <translation>Summary of the merge</translation>
    </message>
    <message>
        <source>Attribute (kept as written)</source>
        <translation>Attribute (kept as written)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>(attribute)</source>
        <translation>(attribute)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Nothing is imported until every problem is solved. What the import would do so far:</source>
        <translation>Nothing is imported until every problem is solved. What the import would do so far:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the sheet, or the mapping on the left.</source>
        <translation>
            <numerusform>%n problem: correct the sheet, or the mapping on the left.</numerusform>
            <numerusform>%n problems: correct the sheet, or the mapping on the left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: the project already holds what the sheet says.</source>
        <translation>Nothing to import: the project already holds what the sheet says.</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>Ready: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n org unit(s) from %1</source>
        <translation>
            <numerusform>Import %n org unit from %1</numerusform>
            <numerusform>Import %n org units from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s) from %1</source>
        <translation>
            <numerusform>Import %n asset from %1</numerusform>
            <numerusform>Import %n assets from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n threat(s) from %1</source>
        <translation>
            <numerusform>Import %n threat from %1</numerusform>
            <numerusform>Import %n threats from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n control(s) from %1</source>
        <translation>
            <numerusform>Import %n control from %1</numerusform>
            <numerusform>Import %n controls from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependencies from %1</source>
        <translation>
            <numerusform>Import %n dependency from %1</numerusform>
            <numerusform>Import %n dependencies from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n exposure(s) from %1</source>
        <translation>
            <numerusform>Import %n exposure from %1</numerusform>
            <numerusform>Import %n exposures from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n plan action(s) from %1</source>
        <translation>
            <numerusform>Import %n plan action from %1</numerusform>
            <numerusform>Import %n plan actions from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1: %2 added, %3 updated</translation>
    </message>
    <message>
        <source>The sheet was not imported: %1</source>
        <translation>The sheet was not imported: %1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 (sheet %2, header row %3)</source>
        <translation>%1 (sheet %2, header row %3)</translation>
    </message>
    <message>
        <source>  Added: %1</source>
        <translation>  Added: %1</translation>
    </message>
    <message>
        <source>  Updated: %1</source>
        <translation>  Updated: %1</translation>
    </message>
    <message>
        <source>  Unchanged: %1</source>
        <translation>  Unchanged: %1</translation>
    </message>
    <message>
        <source>  Not in the sheet, removed: %1</source>
        <translation>  Not in the sheet, removed: %1</translation>
    </message>
    <message>
        <source>  Not in the sheet, kept: %1</source>
        <translation>  Not in the sheet, kept: %1</translation>
    </message>
    <message>
        <source>New org units: %1</source>
        <translation>New org units: %1</translation>
    </message>
    <message>
        <source>&amp;Every register</source>
        <translation>&amp;Every register</translation>
    </message>
    <message>
        <source>Import every sheet of this workbook that holds a register, in one step</source>
        <translation>Import every sheet of this workbook that holds a register, in one step</translation>
    </message>
    <message>
        <source>A department's inventory: missing items are looked for only in %1.</source>
        <translation>A department's inventory: missing items are looked for only in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1</source>
        <translation>
            <numerusform>Import %n item from %1</numerusform>
            <numerusform>Import %n items from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::SheetMapping</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" is not one of: %2</translation>
    </message>
    <message>
        <source>expected a row number from 1</source>
        <translation>expected a row number from 1</translation>
    </message>
    <message>
        <source>"%1" is not one of: mic, ipa</source>
        <translation>"%1" is not one of: mic, ipa</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>the top level is not an object</translation>
    </message>
    <message>
        <source>not a mapping: %1</source>
        <translation>not a mapping: %1</translation>
    </message>
    <message>
        <source>expected "%1"</source>
        <translation>expected "%1"</translation>
    </message>
</context>
<context>
    <name>mamori::ThreatEditorDialog</name>
    <message>
        <source>Threat %1</source>
        <translation>Threat %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>Name (&amp;Japanese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>1 to 5; blank uses the default 3</source>
        <translation>1 to 5; blank uses the default 3</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Likelihood:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dimensions harmed:</source>
        <translation>Dimensions harmed:</translation>
    </message>
    <message>
        <source>Asset types</source>
        <translation>Asset types</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Nothing checked in a list means every asset type, or every tier. The threat applies to an asset when both its type and its tier match.</source>
        <translation>Nothing checked in a list means every asset type, or every tier. The threat applies to an asset when both its type and its tier match.</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>e.g. policy §3(1)</source>
        <translation>e.g. policy §3(1)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Enter a name in Japanese or English.</source>
        <translation>Enter a name in Japanese or English.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Check at least one of confidentiality, integrity and availability.</source>
        <translation>Check at least one of confidentiality, integrity and availability.</translation>
    </message>
    <message>
        <source>Service outages</source>
        <translation>Service outages</translation>
    </message>
    <message>
        <source>Causes &amp;outages</source>
        <translation>Causes &amp;outages</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>events per year</source>
        <translation>events per year</translation>
    </message>
    <message>
        <source>Duration P&amp;5:</source>
        <translation>Duration P&amp;5:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Duration P&amp;95:</source>
        <translation>Duration P&amp;95:</translation>
    </message>
    <message>
        <source>Events per year on each exposed asset. One event in twenty is shorter than P5 and one in twenty longer than P95. The controls of a risk make its outages rarer and shorter.</source>
        <translation>Events per year on each exposed asset. One event in twenty is shorter than P5 and one in twenty longer than P95. The controls of a risk make its outages rarer and shorter.</translation>
    </message>
    <message>
        <source>Outage rate</source>
        <translation>Outage rate</translation>
    </message>
    <message>
        <source>Enter how many outages a year, or uncheck “Causes outages”.</source>
        <translation>Enter how many outages a year, or uncheck “Causes outages”.</translation>
    </message>
    <message>
        <source>Duration P5</source>
        <translation>Duration P5</translation>
    </message>
    <message>
        <source>Enter the duration P5 in hours, or uncheck “Causes outages”.</source>
        <translation>Enter the duration P5 in hours, or uncheck “Causes outages”.</translation>
    </message>
    <message>
        <source>Duration P95</source>
        <translation>Duration P95</translation>
    </message>
    <message>
        <source>Enter the duration P95 in hours, or uncheck “Causes outages”.</source>
        <translation>Enter the duration P95 in hours, or uncheck “Causes outages”.</translation>
    </message>
    <message>
        <source>The duration P5 must be more than 0 hours.</source>
        <translation>The duration P5 must be more than 0 hours.</translation>
    </message>
    <message>
        <source>The duration P95 must not be shorter than P5.</source>
        <translation>The duration P95 must not be shorter than P5.</translation>
    </message>
</context>
<context>
    <name>mamori::Validator</name>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>after its changes, the model is not valid: %1: %2</source>
        <translation>after its changes, the model is not valid: %1: %2</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 is out of range; expected %2 to %3</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist</source>
        <translation>%1 "%2" does not exist</translation>
    </message>
    <message>
        <source>duplicate id "%1" (first used at item %2)</source>
        <translation>duplicate id "%1" (first used at item %2)</translation>
    </message>
    <message>
        <source>needs a name in Japanese or English</source>
        <translation>needs a name in Japanese or English</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>org unit</source>
        <translation>org unit</translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation>needs at least one level</translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation>needs at least one band</translation>
    </message>
    <message>
        <source>a band needs a label</source>
        <translation>a band needs a label</translation>
    </message>
    <message>
        <source>band bounds must increase</source>
        <translation>band bounds must increase</translation>
    </message>
    <message>
        <source>the last band must reach 25, the highest possible risk value</source>
        <translation>the last band must reach 25, the highest possible risk value</translation>
    </message>
    <message>
        <source>the parent chain loops</source>
        <translation>the parent chain loops</translation>
    </message>
    <message>
        <source>level "%1" is not in the impact table for %2 (levels: %3)</source>
        <translation>level "%1" is not in the impact table for %2 (levels: %3)</translation>
    </message>
    <message>
        <source>asset "%1" cannot depend on itself</source>
        <translation>asset "%1" cannot depend on itself</translation>
    </message>
    <message>
        <source>needs at least one of C, I, A</source>
        <translation>needs at least one of C, I, A</translation>
    </message>
    <message>
        <source>a second %1 for asset "%2" and threat "%3"</source>
        <translation>a second %1 for asset "%2" and threat "%3"</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>a control cannot require itself</source>
        <translation>a control cannot require itself</translation>
    </message>
    <message>
        <source>the requires chain loops: %1</source>
        <translation>the requires chain loops: %1</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>the due date %1 is before the start %2</source>
        <translation>the due date %1 is before the start %2</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>runs on</translation>
    </message>
    <message>
        <source>processed by</source>
        <translation>processed by</translation>
    </message>
    <message>
        <source>connects via</source>
        <translation>connects via</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>located in</translation>
    </message>
    <message>
        <source>powered by</source>
        <translation>powered by</translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation>supplied by</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>duplicate dependency: %1 -&gt; %2 of the kind "%3" is listed already</source>
        <translation>duplicate dependency: %1 -&gt; %2 of the kind "%3" is listed already</translation>
    </message>
    <message>
        <source>%1 without an id (row %2)</source>
        <translation>%1 without an id (row %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>plan action</source>
        <translation>plan action</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>exposure %1 × %2</source>
        <translation>exposure %1 × %2</translation>
    </message>
    <message>
        <source>response %1 × %2</source>
        <translation>response %1 × %2</translation>
    </message>
    <message>
        <source>dependency %1 → %2</source>
        <translation>dependency %1 → %2</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>parent unit</translation>
    </message>
    <message>
        <source>dependent asset</source>
        <translation>dependent asset</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>depends on</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensions</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>effectiveness</source>
        <translation>effectiveness</translation>
    </message>
    <message>
        <source>mitigated threats</source>
        <translation>mitigated threats</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>required controls</source>
        <translation>required controls</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>controls</translation>
    </message>
    <message>
        <source>target risks</source>
        <translation>target risks</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>risk appetite</source>
        <translation>risk appetite</translation>
    </message>
    <message>
        <source>level bands</source>
        <translation>level bands</translation>
    </message>
    <message>
        <source>impact table</source>
        <translation>impact table</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>audit finding</source>
        <translation>audit finding</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>review decision</translation>
    </message>
    <message>
        <source>status by unit</source>
        <translation>status by unit</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>fiscal year</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>corrective action</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>closed on</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>assets</translation>
    </message>
    <message>
        <source>expires on</source>
        <translation>expires on</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>fiscal year %1 is out of range; expected 1989 to 2100</source>
        <translation>fiscal year %1 is out of range; expected 1989 to 2100</translation>
    </message>
    <message>
        <source>an open audit finding cannot have a closing date; set its status to closed or clear the date</source>
        <translation>an open audit finding cannot have a closing date; set its status to closed or clear the date</translation>
    </message>
    <message>
        <source>a closed finding needs the date it was closed</source>
        <translation>a closed finding needs the date it was closed</translation>
    </message>
    <message>
        <source>"%1" is not one of: tier-separation, tier-hosting</source>
        <translation>"%1" is not one of: tier-separation, tier-hosting</translation>
    </message>
    <message>
        <source>the expiry %1 is before the approval %2</source>
        <translation>the expiry %1 is before the approval %2</translation>
    </message>
    <message>
        <source>%1 scenarios; a model may have at most %2</source>
        <translation>%1 scenarios; a model may have at most %2</translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation>the scenario base chain loops: %1</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>the model's name</source>
        <translation>the model's name</translation>
    </message>
    <message>
        <source>document control</source>
        <translation>document control</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>preparing department</source>
        <translation>preparing department</translation>
    </message>
    <message>
        <source>approval date</source>
        <translation>approval date</translation>
    </message>
    <message>
        <source>revision history</source>
        <translation>revision history</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>budgets</source>
        <translation>budgets</translation>
    </message>
    <message>
        <source>%1 is out of range; expected a date from 1989 to 2100</source>
        <translation>%1 is out of range; expected a date from 1989 to 2100</translation>
    </message>
    <message>
        <source>fiscal year %1 has a budget already (item %2)</source>
        <translation>fiscal year %1 has a budget already (item %2)</translation>
    </message>
    <message>
        <source>a budget cannot be negative (%1)</source>
        <translation>a budget cannot be negative (%1)</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>outage</translation>
    </message>
    <message>
        <source>continuity</source>
        <translation>continuity</translation>
    </message>
    <message>
        <source>needed in group</source>
        <translation>needed in group</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>is not a finite number</translation>
    </message>
    <message>
        <source>%1 is out of range; expected more than %2 and at most %3</source>
        <translation>%1 is out of range; expected more than %2 and at most %3</translation>
    </message>
    <message>
        <source>asset "%1" has no dependency in group "%2"</source>
        <translation>asset "%1" has no dependency in group "%2"</translation>
    </message>
    <message>
        <source>needs %1 of group "%2", which has %3 dependencies of this asset; expected 1 to %3</source>
        <translation>needs %1 of group "%2", which has %3 dependencies of this asset; expected 1 to %3</translation>
    </message>
    <message>
        <source>a group needs a name that is not only spaces</source>
        <translation>a group needs a name that is not only spaces</translation>
    </message>
    <message>
        <source>the 95th percentile, %1 hours, is below the 5th, %2 hours</source>
        <translation>the 95th percentile, %1 hours, is below the 5th, %2 hours</translation>
    </message>
</context>
<context>
    <name>mamori::cli</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Write to FILE.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>error: expected the name of the new project file</source>
        <translation>error: expected the name of the new project file</translation>
    </message>
    <message>
        <source>error: %1 exists; use --force to replace it</source>
        <translation>error: %1 exists; use --force to replace it</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>project (schema %1)</source>
        <translation>project (schema %1)</translation>
    </message>
    <message>
        <source>mamori-model JSON</source>
        <translation>mamori-model JSON</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>org units</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>assets</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dependencies</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>threats</translation>
    </message>
    <message>
        <source>exposures</source>
        <translation>exposures</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>controls</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>responses</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>plan actions</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarios</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>gateways</translation>
    </message>
    <message>
        <source>appetite</source>
        <translation>appetite</translation>
    </message>
    <message>
        <source>Create a project from the built-in catalogue.</source>
        <translation>Create a project from the built-in catalogue.</translation>
    </message>
    <message>
        <source>Start from the bundled sample ward instead.</source>
        <translation>Start from the bundled sample ward instead.</translation>
    </message>
    <message>
        <source>Import a model into a project file.</source>
        <translation>Import a model into a project file.</translation>
    </message>
    <message>
        <source>Export a project as model JSON.</source>
        <translation>Export a project as model JSON.</translation>
    </message>
    <message>
        <source>Check a model and list every error with its place.</source>
        <translation>Check a model and list every error with its place.</translation>
    </message>
    <message>
        <source>Show what a model contains.</source>
        <translation>Show what a model contains.</translation>
    </message>
    <message>
        <source>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</source>
        <translation>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</translation>
    </message>
    <message>
        <source>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</source>
        <translation>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</translation>
    </message>
    <message>
        <source>error: unknown command "%1"</source>
        <translation>error: unknown command "%1"</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1 %2
</source>
        <translation>Usage: mamori-cli %1 %2
</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <source>error: expected one model file (.mamori or .json)</source>
        <translation>error: expected one model file (.mamori or .json)</translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation>error: -o FILE is required</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>Assets %1, controls %2, risks %3, findings %4</source>
        <translation>Assets %1, controls %2, risks %3, findings %4</translation>
    </message>
    <message>
        <source>Total inherent %1, residual %2; above appetite (%3): %4</source>
        <translation>Total inherent %1, residual %2; above appetite (%3): %4</translation>
    </message>
    <message>
        <source>Residual levels: %1</source>
        <translation>Residual levels: %1</translation>
    </message>
    <message>
        <source>Finding (%1): %2 and %3 connected without a gateway: %4</source>
        <translation>Finding (%1): %2 and %3 connected without a gateway: %4</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
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
        <translation>inherent</translation>
    </message>
    <message>
        <source>L res</source>
        <translation>L res</translation>
    </message>
    <message>
        <source>I res</source>
        <translation>I res</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>* decided response; others are suggested from the appetite.</source>
        <translation>* decided response; others are suggested from the appetite.</translation>
    </message>
    <message>
        <source>error: --top expects a whole number of rows</source>
        <translation>error: --top expects a whole number of rows</translation>
    </message>
    <message>
        <source>Scenario %1 against %2</source>
        <translation>Scenario %1 against %2</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>the baseline</translation>
    </message>
    <message>
        <source>above appetite</source>
        <translation>above appetite</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>New finding (%1): %2 and %3</source>
        <translation>New finding (%1): %2 and %3</translation>
    </message>
    <message>
        <source>Resolved finding (%1): %2 and %3</source>
        <translation>Resolved finding (%1): %2 and %3</translation>
    </message>
    <message numerus="yes">
        <source>%n changed risks</source>
        <translation>
            <numerusform>%n changed risk</numerusform>
            <numerusform>%n changed risks</numerusform>
        </translation>
    </message>
    <message>
        <source>error: --asset A and --threat T are required</source>
        <translation>error: --asset A and --threat T are required</translation>
    </message>
    <message>
        <source>error: --assets expects a whole number from %1 to %2</source>
        <translation>error: --assets expects a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>error: --seed expects a whole number</source>
        <translation>error: --seed expects a whole number</translation>
    </message>
    <message>
        <source>error: the generated model is not valid (a bug in the generator)</source>
        <translation>error: the generated model is not valid (a bug in the generator)</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>error: cannot write %1: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 assets, %3 dependencies, %4 scenarios</source>
        <translation>wrote %1: %2 assets, %3 dependencies, %4 scenarios</translation>
    </message>
    <message>
        <source>Assess the risks of a model or of one of its scenarios.</source>
        <translation>Assess the risks of a model or of one of its scenarios.</translation>
    </message>
    <message>
        <source>Assess scenario ID instead of the baseline.</source>
        <translation>Assess scenario ID instead of the baseline.</translation>
    </message>
    <message>
        <source>Show only the N highest residual risks in the table.</source>
        <translation>Show only the N highest residual risks in the table.</translation>
    </message>
    <message>
        <source>The scenario to compare.</source>
        <translation>The scenario to compare.</translation>
    </message>
    <message>
        <source>Compare with scenario ID2 instead of the baseline.</source>
        <translation>Compare with scenario ID2 instead of the baseline.</translation>
    </message>
    <message>
        <source>Explain why a risk has its score.</source>
        <translation>Explain why a risk has its score.</translation>
    </message>
    <message>
        <source>The asset of the risk.</source>
        <translation>The asset of the risk.</translation>
    </message>
    <message>
        <source>The threat of the risk.</source>
        <translation>The threat of the risk.</translation>
    </message>
    <message>
        <source>Explain the risk in scenario ID.</source>
        <translation>Explain the risk in scenario ID.</translation>
    </message>
    <message>
        <source>Write a synthetic ward model for tests and benchmarks.</source>
        <translation>Write a synthetic ward model for tests and benchmarks.</translation>
    </message>
    <message>
        <source>Number of assets.</source>
        <translation>Number of assets.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same model.</source>
        <translation>Random seed; the same seed gives the same model.</translation>
    </message>
    <message>
        <source>error: --%1 expects an amount in yen, 0 or more (got "%2")</source>
        <translation>error: --%1 expects an amount in yen, 0 or more (got "%2")</translation>
    </message>
    <message>
        <source>Done (in the baseline): %1</source>
        <translation>Done (in the baseline): %1</translation>
    </message>
    <message>
        <source>Baseline: total residual %1, above appetite %2</source>
        <translation>Baseline: total residual %1, above appetite %2</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>residual after</source>
        <translation>residual after</translation>
    </message>
    <message>
        <source>reduction alone</source>
        <translation>reduction alone</translation>
    </message>
    <message>
        <source>initial yen</source>
        <translation>initial yen</translation>
    </message>
    <message>
        <source>annual yen</source>
        <translation>annual yen</translation>
    </message>
    <message>
        <source>yen per point</source>
        <translation>yen per point</translation>
    </message>
    <message numerus="yes">
        <source>%n actions to do, initial %1 yen, annual %2 yen</source>
        <translation>
            <numerusform>%n action to do, initial %1 yen, annual %2 yen</numerusform>
            <numerusform>%n actions to do, initial %1 yen, annual %2 yen</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: initial %1 yen</source>
        <translation>Budget: initial %1 yen</translation>
    </message>
    <message>
        <source>, annual %1 yen</source>
        <translation>, annual %1 yen</translation>
    </message>
    <message>
        <source>Residual %1 -&gt; %2 (every action: %3)</source>
        <translation>Residual %1 -&gt; %2 (every action: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Optimum proven: %n sets of actions assessed.</source>
        <translation>
            <numerusform>Optimum proven: %n set of actions assessed.</numerusform>
            <numerusform>Optimum proven: %n sets of actions assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heuristic result (greedy by reduction per yen, then swaps): %n sets assessed.</source>
        <translation>
            <numerusform>Heuristic result (greedy by reduction per yen, then swaps): %n set assessed.</numerusform>
            <numerusform>Heuristic result (greedy by reduction per yen, then swaps): %n sets assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n actions, initial %1 yen, annual %2 yen</source>
        <translation>
            <numerusform>Chosen: %n action, initial %1 yen, annual %2 yen</numerusform>
            <numerusform>Chosen: %n actions, initial %1 yen, annual %2 yen</numerusform>
        </translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>would reduce</source>
        <translation>would reduce</translation>
    </message>
    <message>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <source>error: plan optimize needs --budget N (yen of initial cost)</source>
        <translation>error: plan optimize needs --budget N (yen of initial cost)</translation>
    </message>
    <message>
        <source>error: --budget and --annual-budget belong to plan optimize</source>
        <translation>error: --budget and --annual-budget belong to plan optimize</translation>
    </message>
    <message>
        <source>Project the risk response plan action by action; with optimize, choose the actions that a budget buys best.</source>
        <translation>Project the risk response plan action by action; with optimize, choose the actions that a budget buys best.</translation>
    </message>
    <message>
        <source>optimize: the budget for initial costs, in yen.</source>
        <translation>optimize: the budget for initial costs, in yen.</translation>
    </message>
    <message>
        <source>optimize: the budget for annual costs, in yen.</source>
        <translation>optimize: the budget for annual costs, in yen.</translation>
    </message>
    <message>
        <source>Use the plan and model of scenario ID.</source>
        <translation>Use the plan and model of scenario ID.</translation>
    </message>
    <message>
        <source>error: --lang expects ja or en</source>
        <translation>error: --lang expects ja or en</translation>
    </message>
    <message>
        <source>error: the report needs a QGuiApplication</source>
        <translation>error: the report needs a QGuiApplication</translation>
    </message>
    <message>
        <source>error: --fiscal-year expects a year such as 2026</source>
        <translation>error: --fiscal-year expects a year such as 2026</translation>
    </message>
    <message>
        <source>error: --date expects YYYY-MM-DD</source>
        <translation>error: --date expects YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: --sections expects a comma-separated list of: %1</source>
        <translation>error: --sections expects a comma-separated list of: %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pages</source>
        <translation>
            <numerusform>wrote %1: %n page</numerusform>
            <numerusform>wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>took %1 ms</translation>
    </message>
    <message>
        <source>error: --what expects risks or plan</source>
        <translation>error: --what expects risks or plan</translation>
    </message>
    <message>
        <source>Language of the output: ja (default) or en.</source>
        <translation>Language of the output: ja (default) or en.</translation>
    </message>
    <message>
        <source>Write the risk report as PDF.</source>
        <translation>Write the risk report as PDF.</translation>
    </message>
    <message>
        <source>Compare scenario ID with the baseline in the report.</source>
        <translation>Compare scenario ID with the baseline in the report.</translation>
    </message>
    <message>
        <source>The handling mark on every page (default 取扱注意).</source>
        <translation>The handling mark on every page (default 取扱注意).</translation>
    </message>
    <message>
        <source>The organization named on the cover.</source>
        <translation>The organization named on the cover.</translation>
    </message>
    <message>
        <source>The fiscal year (default: the current one).</source>
        <translation>The fiscal year (default: the current one).</translation>
    </message>
    <message>
        <source>The date on the cover (default: today).</source>
        <translation>The date on the cover (default: today).</translation>
    </message>
    <message>
        <source>Only these sections (comma-separated): %1.</source>
        <translation>Only these sections (comma-separated): %1.</translation>
    </message>
    <message>
        <source>Print how long the report took.</source>
        <translation>Print how long the report took.</translation>
    </message>
    <message>
        <source>Export the risk register or the plan as CSV for Excel.</source>
        <translation>Export the risk register or the plan as CSV for Excel.</translation>
    </message>
    <message>
        <source>risks (the risk register) or plan (the plan's actions).</source>
        <translation>risks (the risk register) or plan (the plan's actions).</translation>
    </message>
    <message>
        <source>Export scenario ID instead of the baseline.</source>
        <translation>Export scenario ID instead of the baseline.</translation>
    </message>
    <message>
        <source>--what expects assets, dependencies, threats, exposures, controls, org_units or plan (got "%1")</source>
        <translation>--what expects assets, dependencies, threats, exposures, controls, org_units or plan (got "%1")</translation>
    </message>
    <message>
        <source>--scale expects mic or ipa (got "%1")</source>
        <translation>--scale expects mic or ipa (got "%1")</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 (sheet %2, header row %3): %4 added, %5 updated, %6 unchanged, %7 missing</source>
        <translation>%1 (sheet %2, header row %3): %4 added, %5 updated, %6 unchanged, %7 missing</translation>
    </message>
    <message>
        <source>  - %1 (not in the sheet: removed)</source>
        <translation>  - %1 (not in the sheet: removed)</translation>
    </message>
    <message>
        <source>  ? %1 (not in the sheet: kept)</source>
        <translation>  ? %1 (not in the sheet: kept)</translation>
    </message>
    <message>
        <source>New org units: %1</source>
        <translation>New org units: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes, nothing written.</source>
        <translation>
            <numerusform>Dry run: %n change, nothing written.</numerusform>
            <numerusform>Dry run: %n changes, nothing written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>expected one spreadsheet file (.xlsx or .csv)</source>
        <translation>expected one spreadsheet file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>--into PROJECT.mamori is required</source>
        <translation>--into PROJECT.mamori is required</translation>
    </message>
    <message>
        <source>--lang expects ja or en (got "%1")</source>
        <translation>--lang expects ja or en (got "%1")</translation>
    </message>
    <message>
        <source>--encoding expects utf-8 or cp932 (got "%1")</source>
        <translation>--encoding expects utf-8 or cp932 (got "%1")</translation>
    </message>
    <message>
        <source>--encoding applies to a .csv file only</source>
        <translation>--encoding applies to a .csv file only</translation>
    </message>
    <message>
        <source>The project to merge into (saved only when every row merged).</source>
        <translation>The project to merge into (saved only when every row merged).</translation>
    </message>
    <message>
        <source>The register the sheet holds: assets (default), dependencies, threats, exposures, controls, org_units or plan. A workbook written by export-sheet is read whole.</source>
        <translation>The register the sheet holds: assets (default), dependencies, threats, exposures, controls, org_units or plan. A workbook written by export-sheet is read whole.</translation>
    </message>
    <message>
        <source>The sheet to read, when the workbook has several.</source>
        <translation>The sheet to read, when the workbook has several.</translation>
    </message>
    <message>
        <source>The classification scale: mic (default) or ipa (評価値 0-2).</source>
        <translation>The classification scale: mic (default) or ipa (評価値 0-2).</translation>
    </message>
    <message>
        <source>A column and value mapping saved by the import dialog.</source>
        <translation>A column and value mapping saved by the import dialog.</translation>
    </message>
    <message>
        <source>Remove the items the sheet does not list.</source>
        <translation>Remove the items the sheet does not list.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Show what would change; write nothing.</translation>
    </message>
    <message>
        <source>Write to FILE (.xlsx or .csv).</source>
        <translation>Write to FILE (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Only this register (a .csv holds one: assets by default).</source>
        <translation>Only this register (a .csv holds one: assets by default).</translation>
    </message>
    <message>
        <source>Headers and words in ja (default) or en.</source>
        <translation>Headers and words in ja (default) or en.</translation>
    </message>
    <message>
        <source>Only the inventory of this org unit and its sub-units.</source>
        <translation>Only the inventory of this org unit and its sub-units.</translation>
    </message>
    <message>
        <source>For .csv: utf-8 (default, with a BOM for Excel) or cp932.</source>
        <translation>For .csv: utf-8 (default, with a BOM for Excel) or cp932.</translation>
    </message>
    <message>
        <source>Merge a ward's spreadsheet (.xlsx or .csv) into a project, all or nothing.</source>
        <translation>Merge a ward's spreadsheet (.xlsx or .csv) into a project, all or nothing.</translation>
    </message>
    <message>
        <source>Write the registers as a workbook (.xlsx), or one register as CSV.</source>
        <translation>Write the registers as a workbook (.xlsx), or one register as CSV.</translation>
    </message>
    <message>
        <source>A department's inventory: missing items are looked for only in %1.</source>
        <translation>A department's inventory: missing items are looked for only in %1.</translation>
    </message>
    <message>
        <source>The sheet is this org unit's inventory: only its items (and its sub-units') can be missing. A department's workbook from export-sheet --unit says so by itself.</source>
        <translation>The sheet is this org unit's inventory: only its items (and its sub-units') can be missing. A department's workbook from export-sheet --unit says so by itself.</translation>
    </message>
    <message>
        <source>Baseline against the file %1</source>
        <translation>Baseline against the file %1</translation>
    </message>
    <message>
        <source>Scenario %1 against the file %2</source>
        <translation>Scenario %1 against the file %2</translation>
    </message>
    <message>
        <source>Compare a scenario with the baseline or with another scenario, or the model with another model file (last year's).</source>
        <translation>Compare a scenario with the baseline or with another scenario, or the model with another model file (last year's).</translation>
    </message>
    <message>
        <source>Compare with the baseline of another model file (.mamori or JSON), e.g. last fiscal year's.</source>
        <translation>Compare with the baseline of another model file (.mamori or JSON), e.g. last fiscal year's.</translation>
    </message>
    <message>
        <source>--fiscal-year Y is required</source>
        <translation>--fiscal-year Y is required</translation>
    </message>
    <message>
        <source>--fiscal-year expects a year from 1989 to 2100 (got "%1")</source>
        <translation>--fiscal-year expects a year from 1989 to 2100 (got "%1")</translation>
    </message>
    <message>
        <source>expected one project file: inspection template PROJECT --unit UNIT -o FILE.xlsx</source>
        <translation>expected one project file: inspection template PROJECT --unit UNIT -o FILE.xlsx</translation>
    </message>
    <message>
        <source>the checklist is written as .xlsx (got %1)</source>
        <translation>the checklist is written as .xlsx (got %1)</translation>
    </message>
    <message>
        <source>--unit UNIT is required</source>
        <translation>--unit UNIT is required</translation>
    </message>
    <message>
        <source>there is no org unit "%1"</source>
        <translation>there is no org unit "%1"</translation>
    </message>
    <message>
        <source>%1 owns no asset in the scope of a control: there is nothing to inspect</source>
        <translation>%1 owns no asset in the scope of a control: there is nothing to inspect</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n check items for %2, fiscal year %3</source>
        <translation>
            <numerusform>wrote %1: %n check item for %2, fiscal year %3</numerusform>
            <numerusform>wrote %1: %n check items for %2, fiscal year %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(the control's: %1)</source>
        <translation>(the control's: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 (sheet %4, header row %5): %n answers</source>
        <translation>
            <numerusform>%1: %2, %3 (sheet %4, header row %5): %n answer</numerusform>
            <numerusform>%1: %2, %3 (sheet %4, header row %5): %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check items left unanswered: skipped</source>
        <translation>
            <numerusform>%n check item left unanswered: skipped</numerusform>
            <numerusform>%n check items left unanswered: skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status changes</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Dry run: nothing written.</translation>
    </message>
    <message>
        <source>expected one checklist file (.xlsx or .csv)</source>
        <translation>expected one checklist file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>--into PROJECT is required</source>
        <translation>--into PROJECT is required</translation>
    </message>
    <message>
        <source>inspection expects template or import (got "%1")</source>
        <translation>inspection expects template or import (got "%1")</translation>
    </message>
    <message>
        <source>template: the org unit whose checklist to write; import: the unit answering (default: the one the sheet names).</source>
        <translation>template: the org unit whose checklist to write; import: the unit answering (default: the one the sheet names).</translation>
    </message>
    <message>
        <source>The fiscal year (年度) of the inspection; template: default the current one.</source>
        <translation>The fiscal year (年度) of the inspection; template: default the current one.</translation>
    </message>
    <message>
        <source>template: write to FILE.xlsx.</source>
        <translation>template: write to FILE.xlsx.</translation>
    </message>
    <message>
        <source>template: replace FILE if it exists.</source>
        <translation>template: replace FILE if it exists.</translation>
    </message>
    <message>
        <source>template: headers and check items in ja (default) or en.</source>
        <translation>template: headers and check items in ja (default) or en.</translation>
    </message>
    <message>
        <source>import: the project to record the inspection in.</source>
        <translation>import: the project to record the inspection in.</translation>
    </message>
    <message>
        <source>import: show the status changes; write nothing.</source>
        <translation>import: show the status changes; write nothing.</translation>
    </message>
    <message>
        <source>Write a unit's self-inspection checklist (§9) as a workbook, or import its answers into the unit's control statuses.</source>
        <translation>Write a unit's self-inspection checklist (§9) as a workbook, or import its answers into the unit's control statuses.</translation>
    </message>
    <message>
        <source>Compare with the previous year's model file OLD (.mamori or JSON) in the report.</source>
        <translation>Compare with the previous year's model file OLD (.mamori or JSON) in the report.</translation>
    </message>
    <message>
        <source>error: --edition expects summary or full (got "%1")</source>
        <translation>error: --edition expects summary or full (got "%1")</translation>
    </message>
    <message>
        <source>summary (default): every long list cut to its highest entries and the rest counted, about 60 pages at most; full: the complete registers as well.</source>
        <translation>summary (default): every long list cut to its highest entries and the rest counted, about 60 pages at most; full: the complete registers as well.</translation>
    </message>
    <message>
        <source>error: --approved expects YYYY-MM-DD</source>
        <translation>error: --approved expects YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: --budget expects FY=INITIAL or FY=INITIAL/RUNNING in yen, such as 2026=5000000/1200000</source>
        <translation>error: --budget expects FY=INITIAL or FY=INITIAL/RUNNING in yen, such as 2026=5000000/1200000</translation>
    </message>
    <message>
        <source>The document number on the cover (default: the project's).</source>
        <translation>The document number on the cover (default: the project's).</translation>
    </message>
    <message>
        <source>The document's version, such as 1.0 (default: the project's).</source>
        <translation>The document's version, such as 1.0 (default: the project's).</translation>
    </message>
    <message>
        <source>The preparing department on the cover (default: the project's).</source>
        <translation>The preparing department on the cover (default: the project's).</translation>
    </message>
    <message>
        <source>The approval date on the cover (default: the project's).</source>
        <translation>The approval date on the cover (default: the project's).</translation>
    </message>
    <message>
        <source>The distribution list at the end, comma-separated (default: the project's).</source>
        <translation>The distribution list at the end, comma-separated (default: the project's).</translation>
    </message>
    <message>
        <source>The plan's budget of fiscal year FY in yen, initial and optionally running; may be repeated (default: the project's).</source>
        <translation>The plan's budget of fiscal year FY in yen, initial and optionally running; may be repeated (default: the project's).</translation>
    </message>
    <message>
        <source>error: the output could not be written (disk full, or the reading end closed)</source>
        <translation>error: the output could not be written (disk full, or the reading end closed)</translation>
    </message>
    <message>
        <source>error: %1 is open in %2; close it there first</source>
        <translation>error: %1 is open in %2; close it there first</translation>
    </message>
    <message>
        <source>--trials expects a whole number from 1 to %1</source>
        <translation>--trials expects a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615</source>
        <translation>--seed expects a whole number from 0 to 18446744073709551615</translation>
    </message>
    <message>
        <source>--threads expects a whole number from 0 (every core) to %1</source>
        <translation>--threads expects a whole number from 0 (every core) to %1</translation>
    </message>
    <message>
        <source>Service continuity: %1 simulated years, seed %2</source>
        <translation>Service continuity: %1 simulated years, seed %2</translation>
    </message>
    <message>
        <source>No asset stops in any simulated year: no threat has an outage rate, or no asset is exposed to one.</source>
        <translation>No asset stops in any simulated year: no threat has an outage rate, or no asset is exposed to one.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>P(outage)</source>
        <translation>P(outage)</translation>
    </message>
    <message>
        <source>mean hours</source>
        <translation>mean hours</translation>
    </message>
    <message>
        <source>P(over RTO)</source>
        <translation>P(over RTO)</translation>
    </message>
    <message>
        <source>ALE (yen)</source>
        <translation>ALE (yen)</translation>
    </message>
    <message>
        <source>No asset is a service (continuity: RTO, loss per hour): the assets down longest are shown and the ALE is 0.</source>
        <translation>No asset is a service (continuity: RTO, loss per hour): the assets down longest are shown and the ALE is 0.</translation>
    </message>
    <message>
        <source>Every asset, services or not, is in the output of --json.</source>
        <translation>Every asset, services or not, is in the output of --json.</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>annual loss expectancy</source>
        <translation>annual loss expectancy</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>standard deviation</translation>
    </message>
    <message>
        <source>median (p50)</source>
        <translation>median (p50)</translation>
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
        <translation>Service continuity: %1 simulated years, seed %2, the same random numbers on both sides</translation>
    </message>
    <message numerus="yes">
        <source>%n assets whose continuity changed</source>
        <translation>
            <numerusform>%n asset whose continuity changed</numerusform>
            <numerusform>%n assets whose continuity changed</numerusform>
        </translation>
    </message>
    <message>
        <source>hours (base)</source>
        <translation>hours (base)</translation>
    </message>
    <message>
        <source>hours (scenario)</source>
        <translation>hours (scenario)</translation>
    </message>
    <message>
        <source>over RTO (base)</source>
        <translation>over RTO (base)</translation>
    </message>
    <message>
        <source>over RTO (scenario)</source>
        <translation>over RTO (scenario)</translation>
    </message>
    <message>
        <source>ALE (base)</source>
        <translation>ALE (base)</translation>
    </message>
    <message>
        <source>ALE (scenario)</source>
        <translation>ALE (scenario)</translation>
    </message>
    <message>
        <source>Simulated years (1 to 10,000,000).</source>
        <translation>Simulated years (1 to 10,000,000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same result.</source>
        <translation>Random seed; the same seed gives the same result.</translation>
    </message>
    <message>
        <source>Threads to use; 0 uses every core. The result does not depend on it.</source>
        <translation>Threads to use; 0 uses every core. The result does not depend on it.</translation>
    </message>
    <message>
        <source>--against and --against-file exclude each other</source>
        <translation>--against and --against-file exclude each other</translation>
    </message>
    <message>
        <source>--scenario ID is required (or --against-file OLD)</source>
        <translation>--scenario ID is required (or --against-file OLD)</translation>
    </message>
    <message>
        <source>Simulate years of outages along the dependencies: how often and how long services stop, and what it costs.</source>
        <translation>Simulate years of outages along the dependencies: how often and how long services stop, and what it costs.</translation>
    </message>
    <message>
        <source>Simulate scenario ID instead of the baseline.</source>
        <translation>Simulate scenario ID instead of the baseline.</translation>
    </message>
    <message>
        <source>Compare the service continuity (simulate) instead of the risks, with the same random numbers on both sides.</source>
        <translation>Compare the service continuity (simulate) instead of the risks, with the same random numbers on both sides.</translation>
    </message>
    <message>
        <source>Years of outages the continuity chapter simulates (default 10,000).</source>
        <translation>Years of outages the continuity chapter simulates (default 10,000).</translation>
    </message>
    <message>
        <source>The continuity simulation's random seed (default 1), as mamori-cli simulate.</source>
        <translation>The continuity simulation's random seed (default 1), as mamori-cli simulate.</translation>
    </message>
</context>
<context>
    <name>mamori::sheets</name>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation>sheet %1, row %2, column %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable or is missing.</source>
        <translation>Cannot write %1: the folder is not writable or is missing.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: this is not a spreadsheet Mamori can read (not an .xlsx workbook nor CSV text); save it from Excel as .xlsx or .csv</source>
        <translation>%1: this is not a spreadsheet Mamori can read (not an .xlsx workbook nor CSV text); save it from Excel as .xlsx or .csv</translation>
    </message>
    <message>
        <source>%1: the text is neither UTF-8 nor Shift_JIS (CP932); save it from Excel as "CSV UTF-8" or as .xlsx</source>
        <translation>%1: the text is neither UTF-8 nor Shift_JIS (CP932); save it from Excel as "CSV UTF-8" or as .xlsx</translation>
    </message>
    <message>
        <source>%1: the workbook is protected by a password; remove the password in Excel and save it again as .xlsx</source>
        <translation>%1: the workbook is protected by a password; remove the password in Excel and save it again as .xlsx</translation>
    </message>
    <message>
        <source>%1: this is an old Excel file (.xls); open it in Excel and save it as .xlsx or .csv</source>
        <translation>%1: this is an old Excel file (.xls); open it in Excel and save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>%1: this is an old Office file or a password-protected workbook; save it from Excel as .xlsx or .csv, without a password</source>
        <translation>%1: this is an old Office file or a password-protected workbook; save it from Excel as .xlsx or .csv, without a password</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8 (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode text)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>%1: the file is not an Excel workbook (.xlsx)</source>
        <translation>%1: the file is not an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>the zip file is incomplete or broken</source>
        <translation>the zip file is incomplete or broken</translation>
    </message>
    <message>
        <source>%1: this is an Excel binary workbook (.xlsb); save it from Excel as .xlsx or .csv</source>
        <translation>%1: this is an Excel binary workbook (.xlsb); save it from Excel as .xlsx or .csv</translation>
    </message>
    <message>
        <source>%1: this zip file is not an Excel workbook (.xlsx); save it as .xlsx or .csv</source>
        <translation>%1: this zip file is not an Excel workbook (.xlsx); save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>the sheet "%1" has no part</source>
        <translation>the sheet "%1" has no part</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" has more than %3 cells; Mamori reads sheets up to that size</source>
        <translation>%1: the sheet "%2" has more than %3 cells; Mamori reads sheets up to that size</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>its part %1 is missing</translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %2 MB; Mamori reads workbooks up to that size (is the file damaged?)</source>
        <translation>%1: the workbook unpacks to more than %2 MB; Mamori reads workbooks up to that size (is the file damaged?)</translation>
    </message>
    <message>
        <source>its part %1 cannot be unpacked (%2)</source>
        <translation>its part %1 cannot be unpacked (%2)</translation>
    </message>
    <message>
        <source>its part %1 cannot be read (line %2)</source>
        <translation>its part %1 cannot be read (line %2)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: %2</source>
        <translation>%1: the workbook is damaged: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>